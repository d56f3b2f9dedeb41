/// Splits text into words, spaces and punctuation at ICU word boundaries (UAX #29).
///
/// A possessive "’s" or "'s" is split from its word so that "Russia’s" matches "Russia".
/// Plain ASCII is segmented without ICU (``ASCIIWordSegmenter``), with the same result;
/// ICU segments the rest, one stretch between spaces at a time.
public enum Tokenizer {
    /// - Returns: Tokens covering all of `text`, in order, with UTF-8 offsets.
    public static func tokenize(_ text: String) -> [Token] {
        guard !text.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    /// Tokens of UTF-8 `bytes` (valid UTF-8), offsets counted from `base`.
    static func tokenize(bytes: UnsafeBufferPointer<UInt8>, base: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3)
        tokenize(bytes: bytes, base: base, into: &tokens)
        return tokens
    }

    /// Appends the tokens of UTF-8 `bytes` (valid UTF-8), offsets counted from `base`.
    static func tokenize(bytes: UnsafeBufferPointer<UInt8>, base: Int, into tokens: inout [Token]) {
        let n = bytes.count
        var i = 0
        // A stretch of text ICU must segment: non-plain chunks with the spaces around them.
        var icuStart: Int? = nil
        func flushICU(_ end: Int) {
            if let s = icuStart {
                appendICU(UnsafeBufferPointer(rebasing: bytes[s..<end]), base: base + s, into: &tokens)
                icuStart = nil
            }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                flushICU(i)
                let len = b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
                tokens.append(Token(range: (base + i)..<(base + i + len), text: b == 0x0A ? "\n" : len == 2 ? "\r\n" : "\r",
                                    kind: .space, key: ""))
                i += len
                continue
            }
            if b == 0x20 {
                var j = i + 1
                while j < n && bytes[j] == 0x20 { j += 1 }
                // Spaces before a chunk ICU segments go with it (a combining mark or another
                // space character there would join them).
                if icuStart == nil && !chunkIsPlain(bytes, from: j) {
                    icuStart = i
                } else if icuStart == nil {
                    tokens.append(Token(range: (base + i)..<(base + j), text: String(repeating: " ", count: j - i), kind: .space, key: ""))
                }
                i = j
                continue
            }
            // A chunk: everything up to the next space or line break.
            var end = i
            var plain = true
            while end < n {
                let c = bytes[end]
                if c == 0x20 || c == 0x0A || c == 0x0D { break }
                if plain {
                    let (cls, l) = ASCIIWordSegmenter.unit(bytes, at: end, end: n)
                    if cls == .none { plain = false } else { end += l; continue }
                }
                end += 1
            }
            if !plain {
                if icuStart == nil { icuStart = i }
                i = end
                continue
            }
            flushICU(i)
            var k = i
            while k < end {
                let e = ASCIIWordSegmenter.segmentEnd(bytes, from: k, to: end)
                appendPlain(UnsafeBufferPointer(rebasing: bytes[k..<e]), at: base + k, into: &tokens)
                k = e
            }
            i = end
        }
        flushICU(n)
    }

    /// True when the chunk starting at `start` (up to the next space or line break) is
    /// plain ASCII; false too at a line break or the end, where nothing follows to decide.
    private static func chunkIsPlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x0D { return true }
            let (cls, l) = ASCIIWordSegmenter.unit(bytes, at: i, end: bytes.count)
            if cls == .none { return false }
            i += l
        }
        return true
    }

    /// One segment of plain text: a word (split before a possessive "'s" or "’s") or a mark.
    private static func appendPlain(_ seg: UnsafeBufferPointer<UInt8>, at offset: Int, into tokens: inout [Token]) {
        let first = seg[0]
        guard ASCIIWordSegmenter.isLetter(first) || ASCIIWordSegmenter.isDigit(first) else {
            tokens.append(Token(range: offset..<(offset + seg.count), text: String(decoding: seg, as: UTF8.self), kind: .punctuation, key: ""))
            return
        }
        var length = seg.count
        let n = seg.count
        if n > 2 && seg[n - 2] == 0x27 && (seg[n - 1] == 0x73 || seg[n - 1] == 0x53) {
            length -= 2
        } else if n > 4 && seg[n - 4] == 0xE2 && seg[n - 3] == 0x80 && seg[n - 2] == 0x99 && (seg[n - 1] == 0x73 || seg[n - 1] == 0x53) {
            length -= 4
        }
        let word = UnsafeBufferPointer(rebasing: seg[0..<length])
        let text = String(decoding: word, as: UTF8.self)
        let key: String
        if word.contains(where: { $0 >= 0x80 }) {
            key = Fold.key(text)
        } else if word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            key = String(unsafeUninitializedCapacity: length) { out in
                for (k, b) in word.enumerated() { out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                return length
            }
        } else {
            key = text
        }
        tokens.append(Token(range: offset..<(offset + length), text: text, kind: .word, key: key))
        if length < n {
            tokens.append(Token(range: (offset + length)..<(offset + n),
                                text: String(decoding: UnsafeBufferPointer(rebasing: seg[length...]), as: UTF8.self),
                                kind: .punctuation, key: ""))
        }
    }

    /// The tokens as ICU alone gives them, for comparison in tests.
    static func tokenizeWithICU(_ text: String) -> [Token] {
        guard !text.isEmpty else { return [] }
        var text = text
        var tokens: [Token] = []
        text.withUTF8 { appendICU($0, base: 0, into: &tokens) }
        return tokens
    }

    /// Segments `bytes` with ICU and appends its tokens.
    private static func appendICU(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, into tokens: inout [Token]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let segments = (try? ICU.segments(text, .word)) ?? [ICU.Segment(range: 0..<text.utf16.count, ruleStatus: 200)]
        // Map UTF-16 boundaries to UTF-8 offsets in one pass.
        var u16 = 0, u8 = base
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        for seg in segments {
            let start8 = u8
            var piece = String.UnicodeScalarView()
            while u16 < seg.range.upperBound {
                guard let s = pending ?? scalars.next() else { break }
                pending = nil
                piece.append(s)
                u16 += s.utf16.count
                u8 += s.utf8.count
            }
            let str = String(piece)
            let kind: Token.Kind
            if seg.isWord || str.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                kind = .word
            } else if str.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                kind = .space
            } else {
                kind = .punctuation
            }
            if kind == .word, let split = possessiveSplit(str) {
                let first8 = start8 + split.utf8.count
                tokens.append(Token(range: start8..<first8, text: split, kind: .word, key: Fold.key(split)))
                let rest = String(str.dropFirst(split.count))
                tokens.append(Token(range: first8..<u8, text: rest, kind: .punctuation, key: ""))
            } else {
                tokens.append(Token(range: start8..<u8, text: str, kind: kind, key: kind == .word ? Fold.key(str) : ""))
            }
        }
    }

    /// "Russia’s" → "Russia"; nil when the word has no possessive ending.
    private static func possessiveSplit(_ word: String) -> String? {
        for suffix in ["’s", "'s", "’S", "'S"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return nil
    }
}
