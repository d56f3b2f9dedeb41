/// Writes the country noun where a coordination of countries has an adjective standing
/// alone: "between Azerbaijan and Armenian in" → "between Azerbaijan and Armenia in";
/// "the leaders of Iran and Iraqi on" → "Iran and Iraq on".
///
/// The adjective is changed only when another member of the coordination is a country
/// noun and no noun follows the adjective (the next word is a preposition, conjunction,
/// auxiliary or punctuation). "The Armenian foreign minister", "its residents are mostly
/// Armenian" and "Azerbaijani and Armenian sides" are left alone.
public struct CountryFormRule: Rule {
    public static let description = RuleDescription(
        identifier: "countries.form",
        name: "Country form in coordinations",
        summary: "An adjective standing for a country in a coordination with country nouns becomes the country noun.",
        category: .countryForm,
        nonTriggeringExamples: [
            "the Armenian foreign minister",
            "its residents are mostly Armenian.",
            "the Azerbaijani and Armenian sides should stop",
            "Russia and Ukrainian troops",
            "the Russian, Azerbaijani and Armenian foreign ministers",
            "Qatar, which has no relations with Israel, hosts talks.",
            "an Armenian church in Azerbaijan and Georgia",
            "the Arab League and the Arab world",
            "She spoke in Russian and Ukrainian at the talks.",
            "both Armenian and Azerbaijani delegations to the talks",
            "the residents are Armenian and Azerbaijani by origin",
            "Armenian and Azerbaijani leaders discussed the ceasefire",
        ],
        triggeringExamples: [
            RuleExample("a war broke out between Azerbaijan and Armenian over the region", "a war broke out between Azerbaijan and Armenia over the region"),
            RuleExample("the foreign ministers of Russia, Azerbaijan and Armenian in Moscow", "the foreign ministers of Russia, Azerbaijan and Armenia in Moscow"),
            RuleExample("talks between Iran and Iraqi on border security", "talks between Iran and Iraq on border security"),
            RuleExample("transit through Kazakh and Russia", "transit through Kazakhstan and Russia"),
            RuleExample("Azerbaijani and Armenian agreed to stop fighting.", "Azerbaijan and Armenia agreed to stop fighting."),
            RuleExample("the deal backed by Armenian and Azerbaijani in Moscow", "the deal backed by Armenia and Azerbaijan in Moscow"),
            RuleExample("officials of Azerbaijan and Armenian claimed victories", "officials of Azerbaijan and Armenia claimed victories"),
            RuleExample("les combats entre l'Azerbaïdjan et arménien, ont fait", "les combats entre l'Azerbaïdjan et l'Arménie, ont fait", language: "fr"),
            RuleExample("die Kämpfe zwischen Aserbaidschan und armenisch waren", "die Kämpfe zwischen Aserbaidschan und Armenien waren", language: "de"),
            RuleExample("отношения между Россией и северокорейским вышли на новый уровень", "отношения между Россией и КНДР вышли на новый уровень", language: "ru"),
        ])

    public static let languages: Set<String>? = ["en", "fr", "de", "es", "ru"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let s = CountryStructures(document, context)
        let function = context.words("function")
        let verbEndings = document.language == "ru" ? context.words("verb-endings") : []
        let english = document.language == "en"
        for g in s.groups where g.kind == .coordination {
            let members = g.members.map { s.occurrences[$0] }
            let nouns = members.filter { o in o.entity.map { english ? isNoun(o.text, s.dictionary[$0]) : o.form == .noun } ?? false }
            // A coordination of adjectives alone stands for the countries when nothing follows
            // that they could qualify ("Azerbaijani and Armenian agreed to", "signed by
            // Armenian and Azerbaijani in"); English only, and not after a word that takes a
            // language ("in Russian and Ukrainian", "speaks French and German").
            let adjectivesAlone = english && nouns.isEmpty && members.count >= 2
                && members.allSatisfy { $0.entity != nil && $0.terms.contains { $0.form == .adjective && !$0.literal } }
                && !Self.takesLanguage(before: members[0].first, document)
            guard let partner = nouns.first ?? (adjectivesAlone ? members[0] : nil), let last = members.last else { continue }
            // Beside a country name each adjective must stand alone; adjectives alone, the whole
            // coordination.
            if adjectivesAlone, !Self.standsAlone(after: last.last, document, context, function: function, verbEndings: verbEndings) { continue }
            for o in members where o.terms.contains(where: { $0.form == .adjective && !$0.literal }) {
                guard let e = o.entity, english ? !isNoun(o.text, s.dictionary[e]) : o.form != .noun else { continue }
                guard Self.standsAlone(after: o.last, document, context, function: function, verbEndings: verbEndings) else { continue }
                // In other languages the noun takes the partner's case and article.
                let grammaticalCase = document.language == "ru" ? partner.features : "nom"
                guard let noun = english ? s.dictionary[e].name["en"]
                        : s.localized(e, .noun, features: grammaticalCase, definite: nouns.contains { $0.definite }) else { continue }
                let structure = nouns.isEmpty ? "a coordination of country adjectives with nothing after it to qualify"
                                              : "a coordination with the country name \(partner.text)"
                findings.edits.append(Proposal(range: o.range, replacement: noun, rule: Self.description.identifier,
                    entry: s.dictionary[e].id, category: .countryForm,
                    reason: "'\(o.text)' is an adjective, but it stands for the country beside other country names",
                    evidence: Evidence(.countryForm, supports: [.structure(structure)], entry: e)))
            }
        }
        return findings
    }

    /// Whether the coordination ending at token `i` has nothing after it to qualify: clause
    /// punctuation, a function word, or a verb ("agreed", "have", "started").
    static func standsAlone(after i: Int, _ document: Document, _ context: RuleContext, function: Set<String>, verbEndings: Set<String>) -> Bool {
        guard let next = document.nextNonSpace(i) else { return true }
        let t = document.tokens[next]
        if t.kind == .space { return true }  // the end of a line
        if t.kind == .punctuation { return t.text != "-" && t.text != "'s" && t.text != "’s" }
        guard t.isWord, t.isLowercase else { return false }
        if function.contains(t.key) || verbEndings.contains(where: { t.key.hasSuffix($0) }) { return true }
        // An English verb that is no noun ("agreed", "claimed"), by WordNet.
        if document.language == "en", let lexicon = context.lexicon {
            return lexicon.isVerbForm(t.key) && !lexicon.isNounForm(t.key) && (!lexicon.isAdjective(t.key) || lexicon.isPastVerbForm(t.key))
        }
        return false
    }

    /// "in", "speak", "into": words after which country adjectives name languages.
    static func takesLanguage(before i: Int, _ document: Document) -> Bool {
        guard let p = document.previousWord(i) else { return false }
        return ["in", "into", "speak", "speaks", "spoke", "speaking", "fluent", "both", "mostly", "are", "is", "were", "was"].contains(document.tokens[p].key)
    }

    /// The text is the country's name or one of its aliases.
    private func isNoun(_ text: String, _ e: Entry) -> Bool {
        let key = Fold.keys(ofPhrase: text)
        return ([e.name["en"]].compactMap { $0 } + e.aliases).contains { Fold.keys(ofPhrase: $0) == key }
    }
}
