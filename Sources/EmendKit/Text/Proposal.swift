/// A rule's proposed replacement, in UTF-8 byte offsets of the text the rule saw.
public struct Proposal: Equatable, Sendable {
    public var range: Range<Int>
    public var replacement: String
    public var rule: String
    public var entry: String?
    public var category: Category
    public var reason: String
    /// What the repair rests on; ``Decision`` reads it.
    public var evidence: Evidence

    public init(range: Range<Int>, replacement: String, rule: String, entry: String? = nil,
                category: Category, reason: String, evidence: Evidence? = nil) {
        self.range = range
        self.replacement = replacement
        self.rule = rule
        self.entry = entry
        self.category = category
        self.reason = reason
        self.evidence = evidence ?? Evidence(.standard(for: category))
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
    /// What the suggestion rests on; ``Decision`` reads it.
    public var evidence: Evidence

    public init(range: Range<Int>, candidates: [String], rule: String, entry: String? = nil,
                category: Category, reason: String, evidence: Evidence? = nil) {
        self.range = range
        self.candidates = candidates
        self.rule = rule
        self.entry = entry
        self.category = category
        self.reason = reason
        self.evidence = evidence ?? Evidence(.standard(for: category))
    }
}

extension Evidence.Source {
    /// The source a proposal of `category` has when its rule names none.
    static func standard(for category: Category) -> Evidence.Source {
        switch category {
        case .mojibake: .encoding
        case .punctuation: .typography
        case .pinyinName: .shortFormPinyin
        case .personName, .placeName, .variantSpelling: .curatedMisrendering
        case .orgName: .literalTranslation
        case .abbreviation: .misreadShortForm
        case .countryForm: .countryForm
        case .casing: .strayCapital
        }
    }
}
