/// A segment of text between ICU word boundaries.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, space, punctuation }

    /// UTF-8 byte offsets in the text tokenized.
    public var range: Range<Int>
    public var text: String
    public var kind: Kind
    /// The folded matching key of a word (see ``Fold/key(_:)``); empty for other tokens.
    public var key: String

    public var isWord: Bool { kind == .word }
    /// Starts with an upper-case letter.
    public var isCapitalized: Bool {
        if let b = text.utf8.first, b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }
    /// Has letters and all of them are lower-case.
    public var isLowercase: Bool {
        if let ascii = ASCIILetters(text) { return ascii.lower > 0 && ascii.upper == 0 }
        return text.unicodeScalars.contains { $0.properties.isAlphabetic } && !text.unicodeScalars.contains { $0.properties.isUppercase }
    }
    /// Two or more letters, all upper-case ("NATO").
    public var isAllCaps: Bool {
        // A lower-case ASCII letter among the first two bytes rules it out (most words).
        var bytes = text.utf8.makeIterator()
        for _ in 0..<2 { if let b = bytes.next(), b >= 0x61 && b <= 0x7A { return false } }
        if let ascii = ASCIILetters(text) { return ascii.upper >= 2 && ascii.lower == 0 }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }
    /// Letters only (Unicode Alphabetic); true for an empty text.
    public var isAllLetters: Bool {
        if let ascii = ASCIILetters(text) { return ascii.upper + ascii.lower == text.utf8.count }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }
    /// A single hyphen or dash joining two words.
    public var isHyphen: Bool { kind == .punctuation && (text == "-" || text == "‐" || text == "‑") }
    /// Horizontal whitespace only (no line break).
    public var isInlineSpace: Bool { kind == .space && !breaksLine }
    /// A space holding a line break.
    public var isLineBreak: Bool { kind == .space && breaksLine }
    /// The text holds a line break (ASCII texts are read as bytes: LF, VT, FF, CR).
    private var breaksLine: Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains { $0 >= 0x0A && $0 <= 0x0D } }
        return text.contains(where: \.isNewline)
    }
}
