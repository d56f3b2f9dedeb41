/// Shows a Korean place that MT left in the Mandarin reading of its hanja: 江南区 "Jiangnan
/// District" for Gangnam, 瑞草区 "Ruicao District" for Seocho. The bridge: the pinyin word →
/// the Korean places whose hanja read so (``KoreanPlaceReadings``, from libhangul-data and
/// Unihan) → their hangul → the Revised Romanization.
///
/// The word is capitalized, no English word or known name, and stands before a word for an
/// administrative unit ("District", "County", "City", "Province", "Town", "Township",
/// "Village", "Island"); the article is about South or North Korea. Always a suggestion:
/// a Chinese place can read the same, and the romanization misses some sound changes.
public struct KoreanPlaceReadingRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.korean-place-reading",
        name: "Korean place read in Mandarin",
        summary: "An unknown pinyin word before 'District', 'County' or the like, in an article about Korea, is shown with the Korean place its hanja name, read in Korean.",
        category: .placeName,
        nonTriggeringExamples: [
            "China's Jiangnan District in Nanning held a fair.",
            "South Korea's government said Seoul's Jiangnan was busy.",
        ],
        triggeringExamples: [
            .suggestion("South Korea's police said the rally in Seoul's Ruicao District ended peacefully, Seoul officials said."),
        ])

    public static var requiredData: [String] { [KoreanPlaceReadings.path, Unihan.readingsPath] }

    /// Words MT writes for a Korean administrative suffix (区, 郡, 市, 道, 邑, 面, 洞, 里) or island.
    static let units: Set<String> = ["district", "county", "city", "province", "town", "township", "village", "island", "dong", "gu", "gun"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        guard document.language == "en", let model = context.article, model.showsMT, let lexicon = context.lexicon,
              let korea = ["Q884", "Q423"].compactMap({ dict.entryIndex[$0] }).first(where: { model.isLeading(country: $0) }),
              let places = KoreanPlaceReadings.shared else { return findings }
        let inNames = document.tokensInNames
        for (i, t) in document.tokens.enumerated() where t.isWord && t.isCapitalized && !t.isAllCaps && t.isAllLetters && !inNames.contains(i) {
            guard let n = document.nextWord(i), Self.units.contains(document.tokens[n].key), document.tokens[n].isCapitalized,
                  !document.isCommonWord(i, lexicon), !document.isListedCapitalized(i, lexicon),
                  let found = places.byPinyin[t.key], !found.isEmpty else { continue }
            let names = found.map(\.romanized).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let shown = found.prefix(3).map { "\($0.hanja) \($0.hangul)" }.joined(separator: ", ")
            findings.suggestions.append(SuggestionProposal(range: t.range, candidates: names, rule: Self.description.identifier,
                entry: nil, category: .placeName,
                reason: "'\(t.text)' reads like a Korean place in Mandarin: \(shown), \(names.joined(separator: " or "))?",
                evidence: Evidence(.readingBridge, supports: [.countryInArticle(dict[korea].name["en"] ?? "Korea")])))
        }
        return findings
    }
}
