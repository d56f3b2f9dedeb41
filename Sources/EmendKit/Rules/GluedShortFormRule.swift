/// Shows a word that is the pinyin of a Chinese short form glued to the syllables after it.
/// Headlines in Chinese pack a short form and a verb into a few characters (阿塔吁, "the
/// Afghan Taliban urge"), and MT that does not know the short form writes the whole run as
/// one pinyin word ("Atayu"), which no dictionary variant matches.
///
/// The word is capitalized, no English word or known name, and reads wholly as pinyin
/// syllables; its first two or more syllables are the pinyin of a short form that an entry
/// lists (纳卡, 阿塔), and one or two syllables follow. The entry's country, when it has one,
/// must be named in the article ("Sanxingdui", 三星堆, begins with the pinyin of 三星,
/// Samsung's short form, but an article about it does not name Korea). Always a suggestion:
/// what the glued syllables said is lost.
public struct GluedShortFormRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.glued-short-form",
        name: "Short form glued to the next syllable",
        summary: "A capitalized pinyin word that begins with the pinyin of a known Chinese short form is shown with the name the short form stands for.",
        category: .orgName,
        nonTriggeringExamples: [
            "Archaeologists at Sanxingdui near Chengdu found more bronze masks.",
            "Ataturk founded the republic, and Atayu is not a word of Turkish.",
            "The Ata delegation arrived.",
        ],
        triggeringExamples: [
            .suggestion("Atayu recognizes the new cabinet, a spokesman said in Kabul, Afghanistan."),
            .suggestion("Nakazhan resumed on Sunday, as Armenia and Azerbaijan traded fire."),
        ])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard document.language == "en", let model = context.article, model.showsMT, let lexicon = context.lexicon else { return findings }
        let dict = context.dictionary
        let names = dict.names(for: document.language)
        let inNames = document.tokensInNames
        for (i, t) in document.tokens.enumerated() where t.isWord && t.isCapitalized && !t.isAllCaps && t.isAllLetters && !inNames.contains(i) {
            guard t.text.count >= 5, !document.isCommonWord(i, lexicon), !document.isListedCapitalized(i, lexicon),
                  let syllables = Palladius.segment(Array(t.key)), syllables.count >= 3 else { continue }
            for head in stride(from: syllables.count - 1, through: max(2, syllables.count - 2), by: -1) {
                let prefix = syllables[..<head].joined()
                let probe = Tokenizer.tokenize(prefix.prefix(1).uppercased() + prefix.dropFirst())
                guard let m = names.longestMatch(in: probe, from: 0), m.last == probe.count - 1 else { continue }
                // The pinyin of a short form: a variant so made, or one derived from a
                // short form's characters (a place's short form is derived like its name).
                let variants = m.payloads.map { dict.variants[$0] }.filter {
                    ($0.origin == .shortForm || $0.origin == .derived) && Self.shortForms(dict[$0.entry]).contains { $0.count == head }
                }
                guard let v = variants.first, Set(variants.map(\.entry)).count == 1,
                      let target = dict.replacement(for: v, language: document.language) else { continue }
                let e = dict[v.entry]
                let support = Decision.articleSupport(for: v.entry, surface: t.text, model: model, dictionary: dict)
                if e.country.flatMap({ dict.entryIndex[$0] }) != nil,
                   !support.contains(where: { if case .countryInArticle = $0 { true } else { false } }) { continue }
                let short = Self.shortForms(e).first { $0.count == head } ?? ""
                let rest = syllables[head...].joined(separator: " ")
                findings.suggestions.append(SuggestionProposal(range: t.range, candidates: [target], rule: Self.description.identifier,
                    entry: e.id, category: NameRule.category(v, dict),
                    reason: "'\(t.text)' begins with '\(prefix)', the pinyin of \(short.isEmpty ? "a Chinese short form" : short), the Chinese short form of \(target); '\(rest)' is read with it",
                    evidence: Evidence(.shortFormPinyin, entry: v.entry)))
                break
            }
        }
        return findings
    }

    /// An entry's Chinese short forms of more than one character (纳卡, 阿塔).
    static func shortForms(_ e: Entry) -> [String] {
        (e.shortChars + e.shortForms.map(\.zh)).filter { $0.count >= 2 }
    }
}
