/// The decisions of one review, interactive (`emend review`) or replayed from a decisions
/// file (`emend apply`, the HTML review's "Save decisions"): one answer per change and per
/// suggestion, any of which can be taken back, and what they make of the article.
///
/// Answers are kept by position in the change log (`log.edits[i]`, `log.suggestions[i]`),
/// not in the order they were given, so the same answers give the same edition, change log
/// and exceptions however they were reached.
public struct ReviewSession {
    /// An answer to one change.
    public enum ChangeAnswer: Equatable, Sendable {
        /// Apply the change as proposed.
        case accept
        /// Keep the original text and remember the change in the exceptions file.
        case reject
        /// Apply the change with this replacement instead.
        case edit(String)
        /// Neither apply nor remember it (also what a change left unanswered is).
        case skip
    }

    /// An answer to one suggestion.
    public enum SuggestionAnswer: Equatable, Sendable {
        /// Apply this candidate.
        case apply(String)
        /// Apply the first candidate and add the suggestion to the user dictionary as a
        /// name of this kind ("person", "place", "organization").
        case addToDictionary(kind: String)
        /// Leave the text as it is (nothing is remembered).
        case no
    }

    /// A line the user dictionary receives: the text as a variant of its first candidate.
    public struct DictionaryAddition: Equatable, Sendable {
        public var variant: String
        public var canonical: String
        public var kind: String
    }

    public let article: Article
    public let log: ChangeLog
    /// The answer to each of `log.edits`, nil while unanswered.
    public private(set) var changes: [ChangeAnswer?]
    /// The answer to each of `log.suggestions`, nil while unanswered.
    public private(set) var suggestions: [SuggestionAnswer?]

    public init(article: Article, log: ChangeLog) {
        self.article = article
        self.log = log
        changes = Array(repeating: nil, count: log.edits.count)
        suggestions = Array(repeating: nil, count: log.suggestions.count)
    }

    /// Answers the change `log.edits[index]`; nil takes the answer back.
    public mutating func answer(change index: Int, _ answer: ChangeAnswer?) { changes[index] = answer }

    /// Answers the suggestion `log.suggestions[index]`; nil takes the answer back.
    public mutating func answer(suggestion index: Int, _ answer: SuggestionAnswer?) { suggestions[index] = answer }

    /// The edits to apply, in the change log's order: accepted and edited changes, then the
    /// suggestions taken (their reason says they were accepted in review).
    public var accepted: [Edit] {
        var out: [Edit] = []
        for (edit, answer) in zip(log.edits, changes) {
            switch answer {
            case .accept?: out.append(edit)
            case .edit(let text)?:
                var changed = edit
                changed.after = text
                changed.reason += " (edited in review)"
                out.append(changed)
            default: break
            }
        }
        for (s, answer) in zip(log.suggestions, suggestions) {
            switch answer {
            case .apply(let candidate)?: out.append(Self.edit(s, candidate))
            case .addToDictionary?: out.append(Self.edit(s, s.candidates[0]))
            default: break
            }
        }
        return out
    }

    /// The rejected changes, in the change log's order, each with the words around it.
    public var rejected: [Exceptions.Item] {
        zip(log.edits, changes).compactMap { edit, answer in
            guard answer == .reject else { return nil }
            let context = Exceptions.wordContext(article.bytes, edit.start..<edit.end)
            return Exceptions.Item(rule: edit.rule.split(separator: "+").last.map(String.init) ?? edit.rule,
                                   before: edit.before, after: edit.after, context: context)
        }
    }

    /// The suggestions to add to the user dictionary, in the change log's order.
    public var dictionaryAdditions: [DictionaryAddition] {
        zip(log.suggestions, suggestions).compactMap { s, answer in
            guard case .addToDictionary(let kind)? = answer else { return nil }
            return DictionaryAddition(variant: s.text, canonical: s.candidates[0], kind: kind)
        }
    }

    /// A suggestion's candidate as an edit.
    static func edit(_ s: Suggestion, _ candidate: String) -> Edit {
        var e = Edit(start: s.start, end: s.end, before: s.text, after: candidate, rule: s.rule, entry: s.entry,
                     category: s.category, reason: s.reason + " (accepted in review)")
        e.line = s.line
        e.column = s.column
        return e
    }

    /// The dictionary kind a suggestion's name belongs to, or nil when it is not a name.
    public func dictionaryKind(of s: Suggestion, _ dictionary: CompiledDictionary) -> String? {
        if let id = s.entry, let i = dictionary.entryIndex[id] { return dictionary[i].kind.rawValue }
        switch s.category {
        case .personName: return "person"
        case .orgName: return "organization"
        case .placeName, .pinyinName, .variantSpelling: return "place"
        default: return nil
        }
    }

    /// The edition with the accepted edits, and its change log.
    public func finish() -> (edition: [UInt8], log: ChangeLog) {
        log.keeping(accepted, original: article.bytes)
    }
}
