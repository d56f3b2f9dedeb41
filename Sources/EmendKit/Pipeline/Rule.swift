import Foundation

/// A repair: a small type that says what it fixes, shows examples of where it fires and
/// where it must not, and proposes edits on a ``Document``.
///
/// Modelled on SwiftLint's rules: the test suite runs every rule's examples, also with
/// emoji prepended, with CRLF line endings and in NFD.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// The languages whose editions the rule repairs; nil for any language.
    static var languages: Set<String>? { get }
    /// Files of optional system packages the rule reads; without them it proposes nothing
    /// (and its triggering examples cannot fire).
    static var requiredData: [String] { get }
    /// Proposes edits and suggestions for `document`.
    func check(_ document: Document, _ context: RuleContext) -> RuleFindings
}

extension Rule {
    public var description: RuleDescription { Self.description }
    /// The languages whose editions the rule repairs; nil for any language.
    public static var languages: Set<String>? { ["en"] }
    public static var requiredData: [String] { [] }
    /// Whether every file the rule reads is installed.
    public var hasItsData: Bool { Self.requiredData.allSatisfy { FileManager.default.fileExists(atPath: $0) } }
}

/// What a rule is, with its examples.
public struct RuleDescription: Sendable {
    /// Stable id used in change logs and exceptions, e.g. "unicode.mojibake".
    public let identifier: String
    public let name: String
    /// One sentence.
    public let summary: String
    public let category: Category
    /// Text the rule must leave byte-identical.
    public let nonTriggeringExamples: [String]
    /// Text the rule repairs, with the repaired text (or a suggestion only).
    public let triggeringExamples: [RuleExample]

    public init(identifier: String, name: String, summary: String, category: Category,
                nonTriggeringExamples: [String], triggeringExamples: [RuleExample]) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.category = category
        self.nonTriggeringExamples = nonTriggeringExamples
        self.triggeringExamples = triggeringExamples
    }
}

/// A triggering example: `text` cleaned by the rule gives `corrected`; when `suggests`
/// is set the rule must also (or instead) leave a suggestion.
public struct RuleExample: Sendable {
    public let text: String
    public let corrected: String
    public let suggests: Bool
    /// The edition language the example is in; nil detects it (English examples).
    public let language: String?

    public init(_ text: String, _ corrected: String, language: String? = nil) {
        self.text = text
        self.corrected = corrected
        self.suggests = false
        self.language = language
    }

    /// An example the rule only suggests a repair for; the text stays as it is.
    public static func suggestion(_ text: String) -> RuleExample { RuleExample(text: text, suggests: true) }

    private init(text: String, suggests: Bool) {
        self.text = text
        self.corrected = text
        self.suggests = suggests
        self.language = nil
    }
}

/// What a rule found.
public struct RuleFindings: Sendable {
    public var edits: [Proposal] = []
    public var suggestions: [SuggestionProposal] = []
    public init() {}
}

/// What rules share besides the document: the compiled dictionaries and the lexicon.
public struct RuleContext: Sendable {
    public let dictionary: CompiledDictionary
    /// English word lists; nil when the system packages are missing (rules that need it
    /// then do nothing, and the pipeline reports it).
    public let lexicon: Lexicon?

    /// The edition's language ("en", "fr", "de", "es", "ru"), set by the pipeline per article.
    public var language: String
    /// What the article is (entities, countries, MT traces, protected spans), built once per
    /// article by the pipeline before any rule runs; nil outside a pipeline.
    public var article: ArticleModel?

    public init(dictionary: CompiledDictionary, lexicon: Lexicon?, language: String = "en") {
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.language = language
    }

    /// The closed word class `name` of the edition's language: "function" in English,
    /// "function-fr" in French (folded keys, see ``Fold``).
    public func words(_ name: String) -> Set<String> {
        dictionary.dictionaries.wordClasses[language == "en" ? name : "\(name)-\(language)"] ?? []
    }
}
