/// Splits text into words, spaces and punctuation at ICU word boundaries (UAX #29).
///
/// A possessive "’s" or "'s" is split from its word so that "Russia’s" matches "Russia".
public enum Tokenizer {
    /// - Returns: Tokens covering all of `text`, in order, with UTF-8 offsets.
    public static func tokenize(_ text: String) -> [Token] {
        guard !text.isEmpty else { return [] }
        let segments = (try? ICU.segments(text, .word)) ?? [ICU.Segment(range: 0..<text.utf16.count, ruleStatus: 200)]
        // Map UTF-16 boundaries to UTF-8 offsets in one pass.
        var tokens: [Token] = []
        tokens.reserveCapacity(segments.count)
        var u16 = 0, u8 = 0
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        var bytes = Array(text.utf8)[...]
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
        _ = bytes.popFirst()
        return tokens
    }

    /// "Russia’s" → "Russia"; nil when the word has no possessive ending.
    private static func possessiveSplit(_ word: String) -> String? {
        for suffix in ["’s", "'s", "’S", "'S"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return nil
    }
}
