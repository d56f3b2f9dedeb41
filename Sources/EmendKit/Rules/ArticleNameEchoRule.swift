/// Shows an unknown word that is another spelling of a place or person the same article
/// names correctly: MT that met a name twice may render it once from the dictionary and once
/// through its Chinese transcription ("Beersheba" in one paragraph, "Bishba" in the next).
///
/// The word is capitalized, at least five letters, no English word or known name; the name
/// is one word the dictionaries know and the article writes. They are near by the edit
/// costs learned from the dictionaries' own spellings of one name (``EditCosts``): at most a
/// fifth of the longer word's letters' worth, more than one letter apart (one letter is the
/// variant rules' business), and neither is the other with an ending ("Ivanova", "Ivanov").
/// Always a suggestion: an article can name two people or places with similar names.
public struct ArticleNameEchoRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.article-echo",
        name: "Another spelling of a name the article writes",
        summary: "An unknown capitalized word that is near, by learned spelling costs, a one-word place or person name the article writes correctly, is shown with that name.",
        category: .placeName,
        nonTriggeringExamples: [
            "Officials in Bangkok said Bangkok was calm.",
            "Rockets hit Ashkelon and Ashdod on Monday.",
            "Officials in Beersheba said Bangkok was calm.",
        ],
        triggeringExamples: [
            .suggestion("Rockets fell on Beersheba on Monday. Sirens sounded in Tel Aviv and Bershiba, the army said."),
        ])

    /// The most a word may cost from the name, per letter of the longer of the two.
    static let maximumCostPerLetter = 0.2

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard document.language == "en", let lexicon = context.lexicon else { return findings }
        let dict = context.dictionary
        let tokens = document.tokens
        // The one-word person and place names the article writes, by key.
        var named: [String: Int] = [:]
        for m in document.nameMatches where m.first == m.last {
            for p in m.payloads {
                let v = dict.variants[p]
                let kind = dict[v.entry].kind
                guard v.origin.isCorrect, kind == .place || kind == .person, tokens[m.first].key.count >= 5 else { continue }
                named[tokens[m.first].key] = v.entry
            }
        }
        guard !named.isEmpty else { return findings }
        let inNames = document.tokensInNames
        var seen: [String: [String]] = [:]
        for (i, t) in tokens.enumerated() where t.isWord && t.isCapitalized && !t.isAllCaps && t.isAllLetters && !inNames.contains(i) {
            let key = t.key
            guard key.count >= 5, named[key] == nil, !document.isCommonWord(i, lexicon), !document.isListedCapitalized(i, lexicon),
                  dict.surnames.lookup(key, distance: 0).isEmpty, !dict.givenNames.contains(key) else { continue }
            let near = seen[key] ?? named.keys.filter { name in
                guard name.first == key.first, !name.hasPrefix(key), !key.hasPrefix(name),
                      FuzzyIndex.distance(Array(name), Array(key)) > 1 else { return false }
                // (Learned on first use: most articles never get this far.)
                return dict.editCosts.distance(key, name) <= Self.maximumCostPerLetter * Double(max(key.count, name.count))
            }.sorted()
            seen[key] = near
            guard near.count == 1, let entry = named[near[0]], let display = dict[entry].name["en"] else { continue }
            let ops = dict.editCosts.describe(key, near[0])
            findings.suggestions.append(SuggestionProposal(range: t.range, candidates: [display], rule: Self.description.identifier,
                entry: dict[entry].id, category: dict[entry].kind == .place ? .placeName : .personName,
                reason: "'\(t.text)' is near \(display), which the article names (learned edit costs: \(ops))",
                evidence: Evidence(.nearMiss(distance: FuzzyIndex.distance(Array(key), Array(near[0]))), entry: entry)))
        }
        return findings
    }
}
