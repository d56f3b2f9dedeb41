/// Finds spellings of a known one-word name that no entry lists but that share its
/// ``VariantKey``: "the Naqa conflict" in an article that writes Naka (纳卡) elsewhere.
///
/// A near miss: ``Decision`` applies it only in a machine-translated article that supports
/// it (the name repeated, its canonical form or its country elsewhere).
public struct VariantNameRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.variant",
        name: "Unlisted spelling of a known name",
        summary: "A capitalized word that shares the loose key of a known one-word name or its pinyin is that name.",
        category: .pinyinName,
        nonTriggeringExamples: [
            "The Naka conflict, the Naka talks.",
            "Nokia and Samsung reported results.",
            "She met Kate in Paris.",
        ],
        triggeringExamples: [
            RuleExample("Talks on Naka stalled; the Naqa conflict goes on in Naka.",
                        "Talks on Naka stalled; the Nagorno-Karabakh conflict goes on in Naka."),
        ])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard let lexicon = context.lexicon else { return findings }
        let dict = context.dictionary
        for (i, t) in document.tokens.enumerated() where t.isWord && t.isCapitalized && !t.isAllCaps && !document.tokensInNames.contains(i) {
            guard let key = VariantKey.key(t.text), let found = dict.variantKeys[key],
                  !lexicon.isCommonWord(t.text), !lexicon.isListedCapitalized(t.text) else { continue }
            let entries = Set(found.map { dict.variants[$0].entry })
            guard entries.count == 1, let v = found.first.map({ dict.variants[$0] }),
                  let target = dict.replacement(for: v, language: document.language), target != t.text else { continue }
            let distance = FuzzyIndex.distance(Array(Fold.key(t.text)), Array(Fold.key(v.text)))
            findings.edits.append(Proposal(range: t.range, replacement: target, rule: Self.description.identifier, entry: dict[v.entry].id,
                category: v.derivation?.contains("Han-Latin") == true ? .pinyinName : .variantSpelling,
                reason: "'\(t.text)' is spelt like '\(v.text)', i.e. \(target)",
                evidence: Evidence(.nearMiss(distance: distance), entry: v.entry)))
        }
        return findings
    }
}
