/// Shows what an unknown name probably is when it reads like a Korean name in Mandarin, in
/// an article about South or North Korea: "Bai Yunkui" is 백운규 read in Mandarin, so
/// probably Baek Un-gyu. The bridge: the pinyin surname → the Korean surname written with
/// those hanja; each given-name syllable → the Sino-Korean reading most characters of that
/// Mandarin syllable have (``SinoKoreanReadings``, from Unihan) → the romanization of the
/// South or the North (``KoreanRomanization``).
///
/// Always a suggestion: the hanja of a name are many for each syllable, and the editor
/// knows the person. Known names (any form the dictionaries hold) are not considered.
public struct KoreanReadingRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.korean-reading",
        name: "Korean name read in Mandarin",
        summary: "An unknown surname-and-given-name pair in pinyin, in an article about Korea, is shown with its probable Korean reading.",
        category: .personName,
        nonTriggeringExamples: [
            "China's Jin Dongming spoke in Beijing.",
            "China's Li Qiang met officials in Beijing.",
        ],
        triggeringExamples: [
            .suggestion("South Korea's industry minister Jin Dongming said Seoul would act."),
        ])

    public static var requiredData: [String] { [SinoKoreanReadings.path] }

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        guard document.language == "en", let model = context.article,
              let south = dict.entryIndex["Q884"], let north = dict.entryIndex["Q423"],
              model.isLeading(country: south) || model.isLeading(country: north) else { return findings }
        let isNorth = model.weight(ofCountry: north) > model.weight(ofCountry: south)
        let tokens = document.tokens
        var readings: SinoKoreanReadings?
        for (si, gi) in UnknownNamePairs.find(in: document, context) {
            let s = tokens[si], g = tokens[gi]
            guard KoreanRomanization.surnameByPinyin[s.key] != nil else { continue }
            if readings == nil { readings = SinoKoreanReadings.shared }
            guard let r = readings, let (hangul, name) = KoreanRomanization.probable(surname: s.text, given: g.text, readings: r, north: isNorth)
            else { continue }
            let surface = s.text + " " + g.text
            findings.suggestions.append(SuggestionProposal(range: s.range.lowerBound..<g.range.upperBound, candidates: [name],
                rule: Self.description.identifier, category: .personName,
                reason: "'\(surface)' reads like a Korean name in Mandarin: \(hangul), \(name)?",
                evidence: Evidence(.derivedPinyin)))
        }
        return findings
    }
}
