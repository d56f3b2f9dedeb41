/// The decisions of one interactive review: which edits to apply (possibly with an edited
/// replacement), which were rejected, and which suggestions were taken.
public struct ReviewSession {
    public let article: Article
    public let log: ChangeLog
    public private(set) var accepted: [Edit] = []
    public private(set) var rejected: [Exceptions.Item] = []

    public init(article: Article, log: ChangeLog) {
        self.article = article
        self.log = log
    }

    public mutating func accept(_ edit: Edit) { accepted.append(edit) }

    /// Rejects `edit` and remembers it with the text around it.
    public mutating func reject(_ edit: Edit) {
        let context = Exceptions.wordContext(article.bytes, edit.start..<edit.end)
        rejected.append(.init(rule: edit.rule.split(separator: "+").last.map(String.init) ?? edit.rule,
                              before: edit.before, after: edit.after, context: context))
    }

    /// Applies a suggestion's candidate as an edit.
    public mutating func apply(_ s: Suggestion, candidate: String) {
        var e = Edit(start: s.start, end: s.end, before: s.text, after: candidate, rule: s.rule, entry: s.entry,
                     category: s.category, reason: s.reason + " (accepted in review)")
        e.line = s.line
        e.column = s.column
        accepted.append(e)
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
