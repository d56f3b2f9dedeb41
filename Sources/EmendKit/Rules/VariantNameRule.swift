/// Finds spellings of a known one-word name that no entry lists but that share its
/// ``VariantKey``: "the Naqa conflict" in an article that writes Naka (纳卡) elsewhere.
///
/// A lower-case word that is no English word and is such a name with one stray letter glued
/// to an edge (web debris, "fighting in xnaka resumed") is that name too.
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
            "Talks on Naka stalled over the snaky road.",
        ],
        triggeringExamples: [
            RuleExample("Talks on Naka stalled; the Naqa conflict goes on in Naka.",
                        "Talks on Naka stalled; the Nagorno-Karabakh conflict goes on in Naka."),
            RuleExample("Naka talks stalled in Naka, and fighting in xnaka resumed.",
                        "Naka talks stalled in Naka, and fighting in Nagorno-Karabakh resumed."),
        ])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard let lexicon = context.lexicon else { return findings }
        let dict = context.dictionary
        for (i, t) in document.tokens.enumerated() where t.isWord && !t.isAllCaps && !document.tokensInNames.contains(i) {
            guard !document.isCommonWord(i, lexicon), !document.isListedCapitalized(i, lexicon) else { continue }
            let (found, stray) = t.isCapitalized ? (VariantKey.key(t.text).flatMap { dict.variantKeys[$0] }, false)
                                                 : (Self.strayLetterMatch(t.text, lexicon: lexicon, dict: dict), true)
            guard let found else { continue }
            let entries = Set(found.map { dict.variants[$0].entry })
            let folded = Array(Fold.key(t.text))
            let nearest = found.map { (dict.variants[$0], FuzzyIndex.distance(folded, Array(Fold.key(dict.variants[$0].text)))) }
                .min { $0.1 < $1.1 }
            guard entries.count == 1, let (v, distance) = nearest,
                  let target = dict.replacement(for: v, language: document.language), target != t.text else { continue }
            // The entry's own name in another language ("Hodeida", Spanish and AP's) is a
            // spelling careful outlets use.
            let e = dict[v.entry]
            if (Array(e.name.values) + e.aliases).contains(where: { Fold.key($0) == Fold.key(t.text) }) { continue }
            findings.edits.append(Proposal(range: t.range, replacement: target, rule: Self.description.identifier, entry: dict[v.entry].id,
                category: v.isPinyinReading ? .pinyinName : .variantSpelling,
                reason: stray ? "'\(t.text)' is '\(v.text)' with a stray letter glued to it, i.e. \(target)"
                              : "'\(t.text)' is spelt like '\(v.text)', i.e. \(target)",
                evidence: Evidence(.nearMiss(distance: distance), entry: v.entry)))
        }
        return findings
    }

    /// The known names a lower-case word of five letters or more is, less one letter at
    /// either edge, when neither the word nor what remains is English.
    static func strayLetterMatch(_ word: String, lexicon: Lexicon, dict: CompiledDictionary) -> [Int]? {
        guard word.utf8.count >= 5, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        for rest in [String(word.dropFirst()), String(word.dropLast())] where !lexicon.isCommonWord(rest) {
            if let key = VariantKey.key(rest), let found = dict.variantKeys[key] { return found }
        }
        return nil
    }
}
