/// Repairs a mis-romanized surname of a known person ("mnachakanyan" → "Mnatsakanyan",
/// "Zelinsky" → "Zelensky") by edit distance over ICU-folded forms.
///
/// It considers only name-like words that no dictionary entry and no common English word
/// explains, and only within distance 1 (words of 5–7 letters) or 2 (8 or more). The
/// repair is an edit when one surname is nearest and the context agrees: the sentence has
/// one of the person's roles right before the word, or the article names the person correctly
/// elsewhere. Anything weaker is a suggestion.
public struct FuzzyPersonNameRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.fuzzy-person",
        name: "Near-miss person names",
        summary: "A name-like word close to a known surname is repaired when the context agrees, and suggested otherwise.",
        category: .personName,
        nonTriggeringExamples: [
            "President Zelensky said",
            "the zealous reporters said",
            "Alexander Rutskoy, the former vice-president",
            "Palestinian officials in Ramallah said",
            "Secretary-General Guterres said",
            "Pashinyan and Aliyev also had a brief conversation.",
            "Trump's adviser Michael Flynn spoke to his counterpart.",
            "Japan's minister Taro Kono spoke. Konos visit to Seoul ended.",
        ],
        triggeringExamples: [
            RuleExample("talks with Armenian foreign minister mnachakanyan in Moscow", "talks with Armenian foreign minister Mnatsakanyan in Moscow"),
            RuleExample("Ukrainian President Zelinsky said", "Ukrainian President Zelensky said"),
            .suggestion("Zelinsky arrived on Monday."),
        ])

    /// Latin-script editions; in other languages than English the person's given name must
    /// stand right before the word ("Antonio Gutierrez"), and the repair is the surname in
    /// that language.
    public static let languages: Set<String>? = ["en", "fr", "de", "es"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        let inNames = document.tokensInNames
        for (i, token) in document.tokens.enumerated() where token.isWord && !inNames.contains(i) {
            let key = token.key
            // (Five characters take at least five bytes: the byte count screens most words.)
            guard key.utf8.count >= 5, key.count >= 5, !token.isAllCaps, token.isCapitalized || token.isLowercase,
                  token.isAllLetters else { continue }
            let english = document.language == "en"
            if english, let lexicon = context.lexicon, document.isCommonWord(i, lexicon) { continue }
            if !english && !token.isCapitalized { continue }
            // A word the spelling list knows as a name ("Gutierrez") needs a role right before it.
            let knownName = english && (context.lexicon.map { document.isListedCapitalized(i, $0) } ?? false)
            let maxDistance = key.count <= 7 ? 1 : 2
            let near = document.articleMemo.surnames(near: key, distance: maxDistance, in: dict)
            // A known surname itself ("Aliyev") is no near-miss of another ("Abiyev"), nor is
            // a known given name ("Mohammed" of "Mohammad").
            if near.contains(where: { $0.distance == 0 }) || dict.givenNames.contains(key) { continue }
            // A known surname that lost its possessive's apostrophe ("Konos visit") is that
            // surname; one Mandarin syllable ("Zheng") is a Chinese surname, no near miss.
            if key.hasSuffix("s"), !document.articleMemo.surnames(near: String(key.dropLast()), distance: 0, in: dict).isEmpty { continue }
            if english, SinoKoreanReadings.shared?.syllables.contains(key) == true { continue }
            let found = near.filter { $0.distance == 1 || $0.word.first == key.first }
            guard let nearest = found.first?.distance else { continue }
            let closest = found.filter { $0.distance == nearest }
            let displays = Array(Set(closest.compactMap { dict.surnameDisplay[$0.word] })).sorted()
            let people = Array(Set(closest.flatMap(\.payloads))).sorted()
            guard let display = displays.first else { continue }
            let id = Self.description.identifier
            if displays.count > 1 {
                findings.suggestions.append(SuggestionProposal(range: token.range, candidates: displays, rule: id,
                    category: .personName, reason: "'\(token.text)' is close to several known surnames",
                    evidence: Evidence(.nearMiss(distance: nearest))))
                continue
            }
            let agreeing = people.filter {
                !english ? givenNameBefore(dict[$0], document, i)
                    : knownName ? RoleContext.roleBefore(i, in: document, roles: dict[$0].roles) : agrees(dict[$0], document, i)
            }
            // A name the spelling list knows ("Michael") is someone's own unless a role of the
            // person stands right before it: without one, not even a suggestion.
            if knownName && agreeing.isEmpty { continue }
            // Outside English a one-letter difference is usually another transliteration the
            // press also uses (Spanish "Alíev" for Alíyev): only suggested.
            let transliteration = !english && nearest < 2
            if agreeing.count >= 1 && Set(agreeing.map { dict[$0].id }).count == 1 && !transliteration {
                let person = dict[agreeing[0]]
                let replacement = english ? display : person.localizedForms(document.language).first { $0.form == .surname }?.text ?? display
                guard replacement != token.text else { continue }
                findings.edits.append(Proposal(range: token.range, replacement: replacement, rule: id, entry: person.id,
                    category: .personName,
                    reason: "'\(token.text)' is \(nearest) edit\(nearest == 1 ? "" : "s") from \(person.name["en"] ?? display), and the context names the person's role or full name",
                    evidence: Evidence(.nearMiss(distance: nearest), supports: [.structure("the person's role or full name stands beside it")])))
            } else {
                findings.suggestions.append(SuggestionProposal(range: token.range, candidates: [display], rule: id,
                    entry: people.count == 1 ? dict[people[0]].id : nil, category: .personName,
                    reason: "'\(token.text)' is close to \(display), but nothing around it confirms the person",
                    evidence: Evidence(.nearMiss(distance: nearest))))
            }
        }
        return findings
    }

    /// The person's given name, in the edition's language or in English, stands right
    /// before the word ("Antonio Gutierrez" for António Guterres).
    func givenNameBefore(_ person: Entry, _ document: Document, _ i: Int) -> Bool {
        guard let p = document.previousWord(i) else { return false }
        let given = [person.name[document.language], person.name["en"]].compactMap { $0?.split(separator: " ").first.map(String.init) }
        return given.contains { Fold.key($0) == document.tokens[p].key }
    }

    /// A role of the person stands right before the word ("foreign minister
    /// mnachakanyan"), or the article names the person correctly elsewhere.
    func agrees(_ person: Entry, _ document: Document, _ i: Int) -> Bool {
        if RoleContext.roleBefore(i, in: document, roles: person.roles) { return true }
        if let surname = person.surname["en"], document.article(contains: [surname]) { return true }
        if let name = person.name["en"], document.article(contains: [name]) { return true }
        return false
    }
}
