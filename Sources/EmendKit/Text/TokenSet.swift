/// A set of token indexes of one document, as bits: membership is a shift and a mask,
/// with none of a `Set<Int>`'s hashing, for the questions rules ask of every token.
public struct TokenSet: Sendable, Equatable {
    private var words: [UInt64]

    /// An empty set for a document of `count` tokens.
    public init(count: Int) {
        words = Array(repeating: 0, count: (max(count, 0) + 63) / 64)
    }

    /// Whether token `i` is in the set; false for any index outside the document.
    public func contains(_ i: Int) -> Bool {
        guard i >= 0, i >> 6 < words.count else { return false }
        return words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Adds token `i` (an index inside the document).
    public mutating func insert(_ i: Int) {
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// Adds tokens `first...last`.
    public mutating func insert(_ first: Int, through last: Int) {
        guard first <= last else { return }
        for i in first...last { insert(i) }
    }

    /// Whether any of tokens `first...last` is in the set.
    public func containsAny(_ first: Int, through last: Int) -> Bool {
        guard first <= last else { return false }
        return (first...last).contains(where: contains)
    }
}
