/// One piece of an HTML document, as ``HTMLTokenizer`` splits it.
struct HTMLToken: Equatable {
    enum Kind: Equatable {
        /// Character data (may hold character references).
        case text
        /// The content of a raw-text or RCDATA element (`script`, `style`, `textarea`, `title`...).
        case rawText
        case startTag
        case endTag
        /// `<!-- ... -->`, `<? ... >`, or a bogus `</ ...>`.
        case comment
        /// `<!DOCTYPE ...>`, `<![CDATA[ ... ]]>` or another `<! ...>`.
        case declaration
    }

    var kind: Kind
    /// Where the token sits in the input.
    var range: Range<Int>
    /// The lower-cased tag name, for tags and raw text (the element holding it).
    var name: String = ""
    var attributes: [HTMLAttribute] = []
    var selfClosing = false
}

/// An attribute of a start tag. `value` is nil for a bare attribute (`<input disabled>`).
struct HTMLAttribute: Equatable {
    var name: String
    /// The value between its quotes (or the unquoted value).
    var value: Range<Int>?
    /// `"` or `'`, or nil when unquoted.
    var quote: UInt8?
}

/// A small HTML tokenizer after the WHATWG tokenizer's states, without building a tree:
/// it knows where every tag, attribute, comment and declaration starts and ends, so that
/// everything that is not text can be left byte for byte.
///
/// Follows the standard where it matters for finding text: `<` starts a tag only before a
/// letter (`a < b` is text); quoted attribute values may hold `>`; the contents of
/// `script`, `style`, `textarea`, `title`, `xmp`, `iframe`, `noembed`, `noframes` end only
/// at their own end tag; `<![CDATA[` runs to `]]>`; an unfinished tag or comment at the
/// end of the input is markup, never text.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    let bytes: [UInt8]
    private var at = 0
    /// Set after a start tag whose content is raw text.
    private var rawTextElement: String?

    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> HTMLToken? {
        guard at < bytes.count else { return nil }
        if let element = rawTextElement {
            rawTextElement = nil
            let end = element == "plaintext" ? bytes.count : endOfRawText(element, from: at)
            if end > at {
                defer { at = end }
                return HTMLToken(kind: .rawText, range: at..<end, name: element)
            }
        }
        let start = at
        if bytes[at] == 0x3C, let token = markup(at: at) {
            at = token.range.upperBound
            if token.kind == .startTag, !token.selfClosing, Self.rawTextElements.contains(token.name) {
                rawTextElement = token.name
            }
            return token
        }
        at += 1
        while at < bytes.count, !(bytes[at] == 0x3C && startsMarkup(at)) { at += 1 }
        return HTMLToken(kind: .text, range: start..<at)
    }

    private func byte(_ i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }
    private static func isLetter(_ b: UInt8?) -> Bool { b.map { (0x61...0x7A).contains($0 | 0x20) } ?? false }
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    private func startsMarkup(_ i: Int) -> Bool {
        guard let n = byte(i + 1) else { return false }
        return Self.isLetter(n) || n == 0x21 || n == 0x3F || n == 0x2F
    }

    private func starts(with s: String, at i: Int, ignoringCase: Bool = false) -> Bool {
        let u = Array(s.utf8)
        guard i + u.count <= bytes.count else { return false }
        for k in 0..<u.count {
            let b = bytes[i + k]
            if ignoringCase ? (b | 0x20) != (u[k] | 0x20) : b != u[k] { return false }
        }
        return true
    }

    /// Offset just past the first `needle` at or after `from`, or the end of the input.
    private func after(_ needle: String, from: Int) -> Int {
        var i = from
        while i < bytes.count {
            if starts(with: needle, at: i) { return i + needle.utf8.count }
            i += 1
        }
        return bytes.count
    }

    private func endOfRawText(_ element: String, from: Int) -> Int {
        var i = from
        while i < bytes.count {
            if bytes[i] == 0x3C, starts(with: "</" + element, at: i, ignoringCase: true) {
                let n = byte(i + 2 + element.utf8.count)
                if n == nil || Self.isSpace(n!) || n == 0x2F || n == 0x3E { return i }
            }
            i += 1
        }
        return bytes.count
    }

    /// The markup token at `i` (a `<`), or nil when this `<` is text.
    func markup(at i: Int) -> HTMLToken? {
        let n = byte(i + 1)
        if n == 0x21 {  // <!
            if starts(with: "<!--", at: i) {
                var end: Int
                if byte(i + 4) == 0x3E { end = i + 5 } else if starts(with: "->", at: i + 4) { end = i + 6 } else {
                    end = after("-->", from: i + 4)
                    let bang = after("--!>", from: i + 4)
                    end = Swift.min(end, bang)
                }
                return HTMLToken(kind: .comment, range: i..<end)
            }
            if starts(with: "<![CDATA[", at: i) { return HTMLToken(kind: .declaration, range: i..<after("]]>", from: i + 9)) }
            return HTMLToken(kind: .declaration, range: i..<after(">", from: i + 2))
        }
        if n == 0x3F { return HTMLToken(kind: .comment, range: i..<after(">", from: i + 2)) }
        if n == 0x2F {
            guard Self.isLetter(byte(i + 2)) else {
                return byte(i + 2) == nil ? nil : HTMLToken(kind: .comment, range: i..<after(">", from: i + 2))
            }
            var token = tag(at: i + 2, start: i)
            if token.kind == .startTag { token.kind = .endTag }
            return token
        }
        guard Self.isLetter(n) else { return nil }
        return tag(at: i + 1, start: i)
    }

    /// A tag whose name starts at `i`; `start` is its `<`.
    private func tag(at i: Int, start: Int) -> HTMLToken {
        var j = i
        while j < bytes.count, !Self.isSpace(bytes[j]), bytes[j] != 0x2F, bytes[j] != 0x3E { j += 1 }
        var token = HTMLToken(kind: .startTag, range: start..<j, name: String(decoding: bytes[i..<j], as: UTF8.self).lowercased())
        while j < bytes.count {
            let b = bytes[j]
            if Self.isSpace(b) { j += 1; continue }
            if b == 0x3E { token.range = start..<(j + 1); return token }
            if b == 0x2F {
                j += 1
                if byte(j) == 0x3E { token.selfClosing = true }
                continue
            }
            let nameStart = j
            j += 1
            while j < bytes.count, !Self.isSpace(bytes[j]), bytes[j] != 0x2F, bytes[j] != 0x3E, bytes[j] != 0x3D { j += 1 }
            var attribute = HTMLAttribute(name: String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased())
            var k = j
            while k < bytes.count, Self.isSpace(bytes[k]) { k += 1 }
            if byte(k) == 0x3D {
                k += 1
                while k < bytes.count, Self.isSpace(bytes[k]) { k += 1 }
                if let q = byte(k), q == 0x22 || q == 0x27 {
                    var e = k + 1
                    while e < bytes.count, bytes[e] != q { e += 1 }
                    attribute.value = (k + 1)..<e
                    attribute.quote = q
                    j = Swift.min(e + 1, bytes.count)
                } else {
                    var e = k
                    while e < bytes.count, !Self.isSpace(bytes[e]), bytes[e] != 0x3E { e += 1 }
                    attribute.value = k..<e
                    j = e
                }
            }
            token.attributes.append(attribute)
        }
        // The input ended inside the tag: all of it is markup.
        token.range = start..<bytes.count
        token.kind = .declaration
        return token
    }
}
