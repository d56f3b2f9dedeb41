import Synchronization

/// Shows a word that is the pinyin of a known Japanese or Korean person's given name, in an
/// article about that person's country: MT that misread the surname (二阶 as a numeral, a
/// title for a surname) still leaves the given name's pinyin ("Junbo" of 二阶俊博, Toshihiro
/// Nikai), which points to the person.
///
/// The given name is the person's Chinese name after the surname (one character for a Korean
/// surname, two for a Japanese one; a three-character Japanese name is tried both ways), at
/// least two syllables and five letters; the word is capitalized, no English word or known
/// name; the person is the only one the dictionaries hold with that given name, and the
/// article is about the person's country. Always a suggestion: a given name alone is too
/// little to rewrite a sentence.
public struct GivenNamePinyinRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.given-name-pinyin",
        name: "Pinyin of a known person's given name",
        summary: "A capitalized word that is the pinyin of a known Japanese or Korean person's given name, in an article about that country, is shown with the person's name.",
        category: .personName,
        nonTriggeringExamples: [
            "China's envoy Junbo met officials in Beijing.",
            "Japan's government met in Tokyo, and Junbo Square was closed.",
        ],
        triggeringExamples: [
            .suggestion("Japan's ruling party met in Tokyo. Secretary-General Junbo said the party would act."),
        ])

    static let countries: Set<String> = ["Q17", "Q884", "Q423"]
    private static let indexes = Mutex<[ObjectIdentifier: [String: [Int]]]>([:])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        guard document.language == "en", let model = context.article, let lexicon = context.lexicon else { return findings }
        let leading = Self.countries.compactMap { dict.entryIndex[$0] }.filter { model.isLeading(country: $0) }
        guard !leading.isEmpty else { return findings }
        let index = Self.index(dict)
        let inNames = document.tokensInNames
        for (i, t) in document.tokens.enumerated() where t.isWord && t.isCapitalized && !t.isAllCaps && t.isAllLetters && !inNames.contains(i) {
            guard let people = index[t.key], people.count == 1, let person = people.first,
                  let country = dict[person].country.flatMap({ dict.entryIndex[$0] }), leading.contains(country),
                  !document.isCommonWord(i, lexicon), !document.isListedCapitalized(i, lexicon),
                  // Not the first word of a longer name ("Junbo Square").
                  !(document.nextWord(i).map { document.tokens[$0].isCapitalized && !document.tokens[$0].isAllCaps && document.tokens[$0].range.lowerBound == t.range.upperBound + 1 } ?? false)
            else { continue }
            let e = dict[person]
            guard let name = e.name["en"] else { continue }
            findings.suggestions.append(SuggestionProposal(range: t.range, candidates: [name], rule: Self.description.identifier,
                entry: e.id, category: .personName,
                reason: "'\(t.text)' is the pinyin of the given name of \(name) (\(e.name["zh"] ?? "")), and the article is about \(dict[country].name["en"] ?? "the country")",
                evidence: Evidence(.derivedPinyin, entry: person)))
        }
        return findings
    }

    /// Given-name pinyin key → the people of those countries with that given name.
    static func index(_ dict: CompiledDictionary) -> [String: [Int]] {
        let id = ObjectIdentifier(dict)
        if let known = indexes.withLock({ $0[id] }) { return known }
        var out: [String: Set<Int>] = [:]
        for (i, e) in dict.entries.enumerated() where e.kind == .person && countries.contains(e.country ?? "") {
            guard let zh = e.name["zh"], (3...4).contains(zh.count),
                  let latin = try? ICU.transliterate(zh, id: "Han-Latin; Latin-ASCII") else { continue }
            let syllables = latin.split(separator: " ").map { String($0).filter(\.isLetter).lowercased() }
            guard syllables.count == zh.count else { continue }
            let surnameLengths = e.country == "Q17" ? (zh.count == 4 ? [2] : [1, 2]) : [1]
            for n in surnameLengths where zh.count - n >= 2 {
                let given = syllables.dropFirst(n).joined()
                if given.count >= 5 { out[given, default: []].insert(i) }
            }
        }
        let index = out.mapValues { $0.sorted() }
        indexes.withLock { $0[id] = index }
        return index
    }
}
