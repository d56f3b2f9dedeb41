/// Tells which language an edition is in, from the share of each language's most frequent
/// words (the `stop-LANG` word classes in the dictionaries), with how sure it is.
public struct LanguageDetector: Sendable {
    public struct Guess: Equatable, Sendable {
        /// ISO 639-1 code: "en", "fr", "de", "es", "ru".
        public var language: String
        /// The winner's share of all frequent-word hits, 0...1.
        public var confidence: Double
    }

    let stopWords: [String: Set<String>]
    /// The languages each frequent word belongs to: one look-up a word.
    let languagesOf: [String: [String]]

    public init(dictionary: CompiledDictionary) {
        var words: [String: Set<String>] = [:]
        var languagesOf: [String: [String]] = [:]
        for (name, set) in dictionary.dictionaries.wordClasses where name.hasPrefix("stop-") {
            let lang = String(name.dropFirst(5))
            words[lang] = set
            for w in set { languagesOf[w, default: []].append(lang) }
        }
        stopWords = words
        self.languagesOf = languagesOf
    }

    /// The most likely language of `tokens`; English when nothing decides.
    public func guess(_ tokens: [Token]) -> Guess {
        var hits: [String: Int] = [:]
        for t in tokens where t.isWord {
            for lang in languagesOf[t.key] ?? [] { hits[lang, default: 0] += 1 }
        }
        let total = hits.values.reduce(0, +)
        guard total > 0, let best = hits.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return Guess(language: "en", confidence: 0) }
        return Guess(language: best.key, confidence: Double(best.value) / Double(total))
    }
}
