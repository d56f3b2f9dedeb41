/// Which rules a run applies: the standard ones (and the optional ones when asked), narrowed
/// by `only` and `skip`. A pattern is a rule's identifier ("unicode.mojibake") or its group,
/// the part before the dot ("names" selects every "names.…" rule).
public struct RuleSelection: Sendable, Equatable {
    public var only: [String]
    public var skip: [String]
    /// Whether the optional rules (``Pipeline/optionalRules``) run without being named in `only`.
    public var optional: Bool

    public init(only: [String] = [], skip: [String] = [], optional: Bool = false) {
        self.only = only
        self.skip = skip
        self.optional = optional
    }

    /// Every rule a selection can name: the standard rules, then the optional ones.
    public static var all: [any Rule] { Pipeline.standardRules + Pipeline.optionalRules }

    /// A pattern that names no rule.
    public struct UnknownRule: Error, CustomStringConvertible, Equatable {
        public let pattern: String
        public init(pattern: String) { self.pattern = pattern }
        public var description: String {
            "No rule is called '\(pattern)'. Rules: \(RuleSelection.all.map { $0.description.identifier }.joined(separator: ", ")); a group such as 'names' selects all of its rules."
        }
    }

    /// The selected rules in pipeline order, or the first pattern that names none.
    public func rules() throws(UnknownRule) -> [any Rule] {
        for pattern in only + skip where !Self.all.contains(where: { Self.pattern(pattern, names: $0) }) {
            throw UnknownRule(pattern: pattern)
        }
        let standard = Set(Pipeline.standardRules.map { $0.description.identifier })
        return Self.all.filter { rule in
            let chosen = only.isEmpty
                ? standard.contains(rule.description.identifier) || optional
                : only.contains { Self.pattern($0, names: rule) }
            return chosen && !skip.contains { Self.pattern($0, names: rule) }
        }
    }

    /// Whether `pattern` is `rule`'s identifier or its group.
    static func pattern(_ pattern: String, names rule: any Rule) -> Bool {
        let id = rule.description.identifier
        return id == pattern || id.hasPrefix(pattern + ".")
    }
}
