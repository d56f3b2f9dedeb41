/// Repairs the pinyin of a Korean surname standing alone ("Wen and Li met") when the article
/// names the person in full, right or as MT left it: 卢武铉 Roh Moo-hyun, 文在寅 Moon Jae-in
/// and 李海瓒 Lee Hae-chan are "Roh", "Moon" and "Lee".
///
/// Korean names are written surname first and a later mention is the surname alone, so the
/// pinyin of the hanja surname (one syllable) is what MT leaves. The word must stand alone
/// (no capitalized word joined to it), and no one else in the article may bear that pinyin
/// surname: a "Li Qiang" elsewhere makes every "Li" ambiguous.
public struct SurnameAloneRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.surname-alone",
        name: "Korean surname alone in pinyin",
        summary: "The pinyin of a Korean surname standing alone is the surname of the person the article names in full.",
        category: .personName,
        nonTriggeringExamples: [
            "Wen Zaiyin met Wen Jiabao; Wen said.",
            "Moon Jae-in spoke. Li said nothing.",
        ],
        triggeringExamples: [
            RuleExample("South Korea's Wen Zaiyin spoke; later Wen said no.", "South Korea's Wen Zaiyin spoke; later Moon said no."),
        ])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard document.language == "en", let model = context.article else { return findings }
        let dict = context.dictionary
        // The Korean people the article names, by the pinyin of their surname.
        var people: [String: [(entry: Int, surname: String)]] = [:]
        for (entry, n) in model.matches where n > 0 {
            let e = dict[entry]
            guard e.kind == .person, e.native.contains(where: { ICU.script(of: $0) == "Hangul" }),
                  let zh = e.name["zh"], zh.count == 3, let first = zh.first,
                  let pinyin = try? ICU.transliterate(String(first), id: "Han-Latin; Latin-ASCII"),
                  let surname = e.surname["en"] ?? e.name["en"]?.split(separator: " ").first.map(String.init),
                  Fold.key(pinyin) != Fold.key(surname) else { continue }
            people[Fold.key(pinyin), default: []].append((entry, surname))
        }
        guard !people.isEmpty else { return findings }
        // Tokens inside a mention of one of those people.
        var inTheirNames = TokenSet(count: document.tokens.count)
        for m in document.nameMatches where m.payloads.contains(where: { p in people.values.contains { $0.contains { $0.entry == dict.variants[p].entry } } }) {
            inTheirNames.insert(m.first, through: m.last)
        }
        let tokens = document.tokens
        var ambiguous: Set<String> = []
        var candidates: [Int] = []
        for (i, t) in tokens.enumerated() where t.isWord && t.isCapitalized && people[t.key] != nil && !inTheirNames.contains(i) {
            let joined = { (j: Int) in j >= 0 && j < tokens.count && tokens[j].isWord && tokens[j].isCapitalized }
            let before = i >= 2 && tokens[i - 1].text == " " && joined(i - 2)
            let after = i + 2 < tokens.count && (tokens[i + 1].text == " " || tokens[i + 1].isHyphen) && joined(i + 2)
            if before || after { ambiguous.insert(t.key) } else { candidates.append(i) }
        }
        for i in candidates {
            let t = tokens[i]
            guard !ambiguous.contains(t.key), let found = people[t.key], Set(found.map(\.surname)).count == 1 else { continue }
            let person = dict[found[0].entry]
            let full = person.name["en"] ?? found[0].surname
            findings.edits.append(Proposal(range: t.range, replacement: found[0].surname, rule: Self.description.identifier,
                entry: person.id, category: .personName,
                reason: "'\(t.text)' is the pinyin of the surname of \(full), whom the article names",
                evidence: Evidence(.derivedPinyin, supports: [.structure("the article names \(full) in full")], entry: found[0].entry)))
        }
        return findings
    }
}
