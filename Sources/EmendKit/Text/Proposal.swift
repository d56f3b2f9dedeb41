/// A rule's proposed replacement, in UTF-8 byte offsets of the text the rule saw.
public struct Proposal: Equatable, Sendable {
    public var range: Range<Int>
    public var replacement: String
    public var rule: String
    public var entry: String?
    public var category: Category
    public var reason: String

    public init(range: Range<Int>, replacement: String, rule: String, entry: String? = nil,
                category: Category, reason: String) {
        self.range = range
        self.replacement = replacement
        self.rule = rule
        self.entry = entry
        self.category = category
        self.reason = reason
    }
}

/// A rule's uncertain repair, in UTF-8 byte offsets of the text the rule saw.
public struct SuggestionProposal: Equatable, Sendable {
    public var range: Range<Int>
    public var candidates: [String]
    public var rule: String
    public var entry: String?
    public var category: Category
    public var reason: String

    public init(range: Range<Int>, candidates: [String], rule: String, entry: String? = nil,
                category: Category, reason: String) {
        self.range = range
        self.candidates = candidates
        self.rule = rule
        self.entry = entry
        self.category = category
        self.reason = reason
    }
}
