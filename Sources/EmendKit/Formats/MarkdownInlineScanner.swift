/// Reads the inline content of one Markdown line: what is prose, what is markup.
///
/// Markup: emphasis and strike-through delimiters (`*`, `**`, `_`, `~~`, when flanking a
/// word as CommonMark defines it), link and image brackets with their destinations and
/// titles (`[text](url "title")`, `[text][ref]`), raw inline HTML tags and comments, and
/// the backslash of an escape. Code spans and autolinks are not prose either and read as
/// U+FFFC, one non-word. Escapes and character references are decoded.
///
/// Simplification: an inline construct (a code span, a link) must end on the line it
/// starts on; one that does not is read as literal text, which is prose.
struct MarkdownInlineScanner {
    let input: [UInt8]
    /// Read image descriptions (`![this](...)`) as prose.
    var images: Bool

    func scan(_ range: Range<Int>, into builder: inout ProseBuilder) {
        var i = range.lowerBound, run = i
        let hi = range.upperBound
        func skip(to end: Int, placeholder: Bool = false, _ builder: inout ProseBuilder) {
            builder.verbatim(run..<i)
            if placeholder { builder.synthetic("\u{FFFC}", at: i) }
            i = end
            run = end
        }
        while i < hi {
            let b = input[i]
            switch b {
            case 0x5C where i + 1 < hi && Self.isPunctuation(input[i + 1]):  // backslash escape
                builder.verbatim(run..<i)
                builder.decoded(String(UnicodeScalar(input[i + 1])), from: i..<(i + 2))
                i += 2
                run = i
            case 0x26:  // &
                if let (text, end) = HTMLEntities.decode(input, at: i), end <= hi {
                    builder.verbatim(run..<i)
                    builder.decoded(text, from: i..<end)
                    i = end
                    run = i
                } else { i += 1 }
            case 0x60:  // `
                let n = runLength(at: i, hi)
                if let close = closingBackticks(n, from: i + n, hi) { skip(to: close + n, placeholder: true, &builder) } else { i += n }
            case 0x3C:  // <
                if let end = autolinkEnd(at: i, hi) {
                    skip(to: end, placeholder: true, &builder)
                } else if let tag = HTMLTokenizer(input).markup(at: i), tag.kind != .text, tag.range.upperBound <= hi {
                    skip(to: tag.range.upperBound, &builder)
                } else { i += 1 }
            case 0x21 where i + 1 < hi && input[i + 1] == 0x5B:  // ![
                if let link = link(at: i + 1, hi) {
                    builder.verbatim(run..<i)
                    if images { scan(link.text, into: &builder) } else { builder.synthetic("\u{FFFC}", at: i) }
                    i = link.end
                    run = i
                } else { i += 2 }
            case 0x5B:  // [
                if let link = link(at: i, hi) {
                    builder.verbatim(run..<i)
                    scan(link.text, into: &builder)
                    i = link.end
                    run = i
                } else { i += 1 }
            case 0x2A, 0x5F, 0x7E:  // * _ ~
                let n = runLength(at: i, hi)
                if isDelimiter(b, at: i, count: n, range) { skip(to: i + n, &builder) } else { i += n }
            default:
                i += 1
            }
        }
        builder.verbatim(run..<hi)
    }

    private func runLength(at i: Int, _ hi: Int) -> Int {
        var j = i
        while j < hi, input[j] == input[i] { j += 1 }
        return j - i
    }

    /// The start of the first run of exactly `n` backticks at or after `from`.
    private func closingBackticks(_ n: Int, from: Int, _ hi: Int) -> Int? {
        var j = from
        while j < hi {
            if input[j] == 0x60 {
                let m = runLength(at: j, hi)
                if m == n { return j }
                j += m
            } else { j += 1 }
        }
        return nil
    }

    /// CommonMark's flanking rules: whether a run of `*`, `_` or `~~` can open or close
    /// emphasis, judged by the characters either side (Unicode white space and punctuation).
    private func isDelimiter(_ b: UInt8, at i: Int, count n: Int, _ range: Range<Int>) -> Bool {
        if b == 0x7E && n != 2 { return false }
        let before = scalar(endingAt: i, from: range.lowerBound), after = scalar(startingAt: i + n, before: range.upperBound)
        let spaceBefore = before.map { $0.properties.isWhitespace } ?? true
        let spaceAfter = after.map { $0.properties.isWhitespace } ?? true
        let punctBefore = before.map(Self.isUnicodePunctuation) ?? false
        let punctAfter = after.map(Self.isUnicodePunctuation) ?? false
        let left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
        let right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
        guard b == 0x5F else { return left || right }
        // "snake_case": an underscore inside a word is a letter.
        return (left && (!right || punctBefore)) || (right && (!left || punctAfter))
    }

    private func scalar(endingAt i: Int, from lo: Int) -> Unicode.Scalar? {
        guard i > lo else { return nil }
        var s = i - 1
        while s > lo, input[s] & 0xC0 == 0x80 { s -= 1 }
        return String(decoding: input[s..<i], as: UTF8.self).unicodeScalars.first
    }

    private func scalar(startingAt i: Int, before hi: Int) -> Unicode.Scalar? {
        guard i < hi else { return nil }
        var e = i + 1
        while e < hi, input[e] & 0xC0 == 0x80 { e += 1 }
        return String(decoding: input[i..<e], as: UTF8.self).unicodeScalars.first
    }

    /// Punctuation or a symbol (Unicode categories P and S), as CommonMark counts them.
    static func isUnicodePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default: return false
        }
    }

    /// The end of an autolink (`<https://...>`, `<name@host>`) starting at `i`.
    private func autolinkEnd(at i: Int, _ hi: Int) -> Int? {
        var j = i + 1
        var sawColon = false, sawAt = false
        while j < hi, input[j] != 0x3E {
            let c = input[j]
            if HTMLTokenizer.isSpace(c) || c == 0x3C { return nil }
            if c == 0x3A { sawColon = true }
            if c == 0x40 { sawAt = true }
            j += 1
        }
        guard j < hi, sawColon || sawAt, j > i + 2 else { return nil }
        if sawColon {
            let scheme = input[(i + 1)...].prefix { $0 != 0x3A }
            guard (2...32).contains(scheme.count), (0x61...0x7A).contains(scheme.first! | 0x20),
                  scheme.allSatisfy({ HTMLEntities.isAlphanumeric($0) || $0 == 0x2B || $0 == 0x2E || $0 == 0x2D }) else { return nil }
        }
        return j + 1
    }

    /// A link at `i` (a `[`): its text and where the whole link ends.
    private func link(at i: Int, _ hi: Int) -> (text: Range<Int>, end: Int)? {
        guard let close = closingBracket(from: i, hi), close + 1 < hi else { return nil }
        let text = (i + 1)..<close
        var j = close + 2
        if input[close + 1] == 0x5B {  // [text][ref]
            while j < hi, input[j] != 0x5D { if input[j] == 0x5B { return nil }; j += 1 }
            return j < hi ? (text, j + 1) : nil
        }
        guard input[close + 1] == 0x28 else { return nil }  // (
        while j < hi, HTMLTokenizer.isSpace(input[j]) { j += 1 }
        if j < hi, input[j] == 0x3C {  // <destination>
            while j < hi, input[j] != 0x3E { j += 1 }
            j += 1
        } else {
            var depth = 0
            while j < hi, !HTMLTokenizer.isSpace(input[j]) {
                if input[j] == 0x5C { j += 2; continue }
                if input[j] == 0x28 { depth += 1 }
                if input[j] == 0x29 { if depth == 0 { break }; depth -= 1 }
                j += 1
            }
        }
        while j < hi, HTMLTokenizer.isSpace(input[j]) { j += 1 }
        if j < hi, let q = [UInt8(0x22), 0x27, 0x28].first(where: { $0 == input[j] }) {  // "title"
            let end: UInt8 = q == 0x28 ? 0x29 : q
            j += 1
            while j < hi, input[j] != end { j += input[j] == 0x5C ? 2 : 1 }
            j += 1
            while j < hi, HTMLTokenizer.isSpace(input[j]) { j += 1 }
        }
        return j < hi && input[j] == 0x29 ? (text, j + 1) : nil
    }

    /// The `]` matching the `[` at `i`, skipping escapes and code spans.
    private func closingBracket(from i: Int, _ hi: Int) -> Int? {
        var depth = 0, j = i
        while j < hi {
            switch input[j] {
            case 0x5C: j += 2; continue
            case 0x60:
                let n = runLength(at: j, hi)
                j = (closingBackticks(n, from: j + n, hi) ?? j) + n
                continue
            case 0x5B: depth += 1
            case 0x5D:
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return nil
    }

    /// ASCII punctuation, which a backslash escapes.
    static func isPunctuation(_ b: UInt8) -> Bool {
        (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7B...0x7E).contains(b)
    }
}
