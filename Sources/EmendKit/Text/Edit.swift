/// One change to an article: a span of the original replaced by new text.
///
/// Offsets are UTF-8 byte offsets into the original; `editionStart..<editionEnd` is where
/// the replacement sits in the edition. Edits of one article never overlap.
public struct Edit: Codable, Equatable, Hashable, Sendable {
    /// Start and end of the replaced span in the original (UTF-8 bytes, end exclusive).
    public var start: Int
    public var end: Int
    /// 1-based line and column (Unicode scalars) of `start` in the original.
    public var line: Int
    public var column: Int
    /// Where the replacement sits in the edition.
    public var editionStart: Int
    public var editionEnd: Int
    /// The original text of the span, and what replaced it.
    public var before: String
    public var after: String
    /// The rule that made the edit, e.g. "names.canonical".
    public var rule: String
    /// The dictionary entry it came from (an id such as "Q224522"), if any.
    public var entry: String?
    public var category: Category
    /// Why, in one sentence for an editor.
    public var reason: String

    public init(start: Int, end: Int, before: String, after: String, rule: String, entry: String? = nil,
                category: Category, reason: String) {
        self.start = start
        self.end = end
        self.line = 0
        self.column = 0
        self.editionStart = start
        self.editionEnd = start + after.utf8.count
        self.before = before
        self.after = after
        self.rule = rule
        self.entry = entry
        self.category = category
        self.reason = reason
    }
}

/// A repair Emend is not sure of: shown for review, never applied.
public struct Suggestion: Codable, Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var text: String
    /// Replacements to consider, best first.
    public var candidates: [String]
    public var rule: String
    public var entry: String?
    public var category: Category
    public var reason: String
}

extension [Edit] {
    /// True when one of these edits, sorted by start and disjoint (so their ends rise too),
    /// changes text in `start..<end`: `contains { $0.start < end && start < $0.end }`, in
    /// O(log n). The first edit that ends after `start` is the only one that can.
    func changesText(in start: Int, _ end: Int) -> Bool {
        let i = partitionPoint { $0.end > start }
        return i < count && self[i].start < end
    }
}
