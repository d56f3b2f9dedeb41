/// Takes a Japanese person's name that MT left in the Mandarin reading of its kanji back to
/// the name English news writes: "Anbei Jinsan" is 安倍晋三 read in Mandarin, Shinzo Abe.
/// The bridge: the pinyin surname and given name → the notable people ENAMDICT lists whose
/// kanji read so in Mandarin (``JapaneseNameReadings``, with Unihan's readings) → their
/// Japanese reading in news romanization.
///
/// Decided by the article's evidence (``Decision``): applied in a machine-translated article
/// about Japan, else shown; shown when the pinyin fits more than one person, and when the
/// name has one surname character and so also the shape of an ordinary Chinese name
/// ("Jian Yiwei", 菅義偉, could be a Chinese Jian Yiwei). Names the dictionaries hold are
/// their entries' business. A pair that no notable person reads as, in an article about
/// Japan, is shown with the names its surname (two kanji or more) and given name make as the
/// notable people's names read them, the commonest first (``JapaneseNameReadings/probable(surname:given:limit:)``).
public struct JapaneseReadingRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.japanese-reading",
        name: "Japanese name read in Mandarin",
        summary: "An unknown surname-and-given-name pair that is the Mandarin reading of a notable Japanese person's kanji, in an article about Japan, is written as English news writes the person's name.",
        category: .personName,
        nonTriggeringExamples: [
            "China's Wang Dongming spoke in Beijing.",
            "Japanese officials met in Tokyo on Monday, the Tokyo office said.",
            "Japan's government said Sima Liaotailang's novels sold well in Tokyo, a Tokyo official said.",
        ],
        triggeringExamples: [
            RuleExample("Japan's government said Minister Gaoqiao Yisheng would visit Osaka, a Tokyo official said.",
                        "Japan's government said Minister Issei Takahashi would visit Osaka, a Tokyo official said."),
            .suggestion("Japan's government said Shancun Hao would visit Osaka, a Tokyo official said."),
        ])

    public static var requiredData: [String] { [JapaneseNameReadings.path, Unihan.readingsPath] }

    /// Chinese two-character surnames (the compound surnames of the Hundred Family Surnames,
    /// 百家姓), whose pinyin pair is a Chinese name as often as a Japanese one (司马, 欧阳).
    static let chineseCompoundSurnames: Set<String> = [
        "ouyang", "sima", "zhuge", "shangguan", "situ", "dongfang", "xiahou", "huangfu", "linghu", "murong",
        "gongsun", "duanmu", "zhangsun", "yuwen", "tantai", "wenren", "huyan", "xianyu", "zhongli", "yuchi",
        "gongyang", "taishi", "shentu", "nangong", "ximen", "baili", "dongguo", "zhongsun", "qidiao", "zuoqiu",
    ]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        guard document.language == "en", let model = context.article, let japan = dict.entryIndex["Q17"],
              model.weight(ofCountry: japan) >= 1 || (model.mentions[japan] ?? 0) >= 1 else { return findings }
        let pairs = UnknownNamePairs.find(in: document, context, afterTitle: true)
        guard !pairs.isEmpty, let table = JapaneseNameReadings.shared else { return findings }
        let tokens = document.tokens
        for (si, gi) in pairs {
            let s = tokens[si], g = tokens[gi]
            let names = table.names(surname: s.text, given: g.text)
            var english: [String] = []
            for n in names where !english.contains(n.english) { english.append(n.english) }
            guard let first = names.first else {
                // No notable person reads so: the surname and given name as such names read
                // them, shown in an article about Japan.
                guard model.isLeading(country: japan), !Self.chineseCompoundSurnames.contains(s.key) else { continue }
                let probable = table.probable(surname: s.text, given: g.text)
                guard !probable.isEmpty else { continue }
                let shown = probable.map { "\($0.kanji) \($0.english)" }.joined(separator: ", ")
                findings.suggestions.append(SuggestionProposal(range: s.range.lowerBound..<g.range.upperBound, candidates: probable.map(\.english),
                    rule: Self.description.identifier, category: .personName,
                    reason: "'\(s.text) \(g.text)' may be a Japanese name read in Mandarin, of no notable person ENAMDICT lists; as such names read its parts: \(shown)",
                    evidence: Evidence(.readingBridge, supports: [.countryInArticle(dict[japan].name["en"] ?? "Japan")])))
                continue
            }
            let surface = s.text + " " + g.text
            let range = s.range.lowerBound..<g.range.upperBound
            let kanji = names.map { $0.surname + $0.given }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let reason = "'\(surface)' is the Mandarin reading of \(kanji.joined(separator: ", ")), \(english.joined(separator: " or "))"
            var evidence = Evidence(.readingBridge)
            if model.isLeading(country: japan), let name = dict[japan].name["en"] { evidence.supports.append(.countryInArticle(name)) }
            if first.surname.count == 1 || Self.chineseCompoundSurnames.contains(s.key) {
                evidence.against.append(.otherEntity("an ordinary Chinese name"))
            }
            if english.count > 1 {
                findings.suggestions.append(SuggestionProposal(range: range, candidates: english, rule: Self.description.identifier,
                                                               category: .personName, reason: reason, evidence: evidence))
            } else {
                findings.edits.append(Proposal(range: range, replacement: first.english, rule: Self.description.identifier,
                                               category: .personName, reason: reason, evidence: evidence))
            }
        }
        return findings
    }
}
