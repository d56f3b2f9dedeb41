import Synchronization

/// Shows "Chang" standing between a body and a Japanese surname: 长 ("head of") in a title
/// such as 幕僚长 (chief of staff) or 局长 (bureau chief) read as the Chinese surname Chang
/// (Zhang): "Sea Staff Chang Yamamura" for the Maritime Self-Defense Force's Chief of Staff
/// Yamamura.
///
/// The word before is a body or unit ("Staff", "Bureau", "Department"…), the word after is a
/// Japanese surname (of a Japanese person the dictionaries hold, or of a notable person in
/// ENAMDICT), and "Chang Yamamura" cannot be one person's name: a Chinese surname is not
/// followed by a Japanese one. Always a suggestion, with the title's usual English forms.
public struct TitleReadAsNameRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.title-as-surname",
        name: "Title's 长 read as a surname",
        summary: "'Chang' or 'Zhang' between a body's name and a Japanese surname is shown as 长, the title's 'chief'.",
        category: .personName,
        nonTriggeringExamples: [
            "Army Chief of Staff Chang Wan-chuan met reporters in Taipei.",
            "Bureau Chang said nothing.",
            "The Staff Chang Building opened.",
        ],
        triggeringExamples: [
            .suggestion("Japan's Sea Staff Chang Nakatani visited the port."),
        ])

    /// Bodies and units whose head a Chinese title ends in 长.
    static let bodies: Set<String> = [
        "staff", "bureau", "department", "office", "section", "division", "agency", "committee", "command", "ministry",
        "council", "station", "team", "unit", "corps", "board", "court", "prefecture", "ward", "city", "town", "village",
        "county", "school", "hospital", "company", "association", "federation", "chamber", "academy", "institute", "fleet",
    ]
    private static let surnameSets = Mutex<[ObjectIdentifier: Set<String>]>([:])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard document.language == "en", context.article?.showsMT == true else { return findings }
        for (i, t) in document.tokens.enumerated() where t.isWord && t.isCapitalized && (t.key == "chang" || t.key == "zhang") {
            guard let p = document.previousWord(i), let n = document.nextWord(i),
                  Self.bodies.contains(document.tokens[p].key), document.tokens[p].isCapitalized,
                  document.tokens[n].isCapitalized, !document.tokens[n].isAllCaps,
                  // One space on each side: words of one phrase.
                  document.tokens[i].range.lowerBound == document.tokens[p].range.upperBound + 1,
                  document.tokens[n].range.lowerBound == t.range.upperBound + 1,
                  // A hyphen after it makes it part of a Chinese or Korean given name ("Chang Wan-chuan").
                  document.tokens.indices.contains(n + 1) ? document.tokens[n + 1].text != "-" : true,
                  // A Japanese surname of more than one syllable: "Ito", not "Wan".
                  Palladius.syllable(document.tokens[n].key) == nil,
                  Self.japaneseSurnames(context.dictionary).contains(document.tokens[n].key) else { continue }
            let body = document.tokens[p].text
            let range = document.span(p, i)
            findings.suggestions.append(SuggestionProposal(range: range, candidates: ["Chief of \(body)", "\(body) Chief"],
                rule: Self.description.identifier, entry: nil, category: .personName,
                reason: "'\(t.text)' stands between '\(body)' and the Japanese surname '\(document.tokens[n].text)': a Chinese surname does not come before a Japanese one, so it is likely 长 ('chief') of the title read as a name",
                evidence: Evidence(.strayCapital)))
        }
        return findings
    }

    /// Folded Japanese surnames: of the Japanese people the dictionaries hold, and of the
    /// notable people ENAMDICT lists (when installed). Built once per dictionary.
    static func japaneseSurnames(_ dict: CompiledDictionary) -> Set<String> {
        let id = ObjectIdentifier(dict)
        if let known = surnameSets.withLock({ $0[id] }) { return known }
        var out = Set<String>()
        for e in dict.entries where e.kind == .person && e.country == "Q17" {
            if let last = (e.surname["en"] ?? e.name["en"])?.split(separator: " ").last { out.insert(Fold.key(String(last))) }
        }
        for names in JapaneseNameReadings.shared?.byPinyin.values.map(Array.init) ?? [] {
            for name in names { if let last = name.english.split(separator: " ").last { out.insert(Fold.key(String(last))) } }
        }
        // Korean surnames a Japanese surname's romanization can also be (Chinese ones are
        // single pinyin syllables, which the rule turns away before it asks).
        out.subtract(["lee", "kim", "park"])
        surnameSets.withLock { $0[id] = out }
        return out
    }
}
