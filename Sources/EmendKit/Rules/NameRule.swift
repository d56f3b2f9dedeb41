/// Restores known names from the dictionaries: the canonical case of a correct name
/// ("european union" → "European Union"), and the canonical name for a known
/// misrendering or a derived variant ("Naka" → "Nagorno-Karabakh", "Shoygu" → "Shoigu",
/// "Russian Satellite News Agency" → "Sputnik news agency").
///
/// Matching is case-, accent- and hyphen/space-insensitive, longest match first. A
/// misrendering limited to a context is repaired only where the context holds; a variant
/// that is also a common English word, or that two entries claim with different
/// replacements, becomes a suggestion.
public struct NameRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.dictionary",
        name: "Dictionary names",
        summary: "Known names are written in their canonical form; known misrenderings and derived pinyin or romanizations are replaced.",
        category: .personName,
        nonTriggeringExamples: [
            "The Nagorno-Karabakh region",
            "the Arab League and the White House",
            "Hossein Amir Abdollahian met Faisal bin Farhan al-Saud in Beijing.",
            "the cruiser Moskva sank in the Black Sea",
            "Kate flew to Bali with Angela.",
            "Les deux pays se sont affrontés pour le contrôle du Nagorny Karabakh, une enclave peuplée d'Arméniens.",
            "Перемирие объявили на выходных, но Армения и Азербайджан обвинили друг друга в его нарушении.",
            "Los acuerdos entre Rusia, Armenia y Azerbaiyán buscan lograr la paz entre Bakú y Ereván.",
            "Los barcos llegaron a la costa de Chile y el gobierno dijo que la costa estaba tranquila.",
            "Alexander Rutskoy, the former vice-president, said",
            "She studied at Kursk State University for four years.",
            "NATO and the EU",
            "told us that",
            "along the Han River",
            "headquartered in Atlanta, Georgia",
            "the Asian Development Bank and the Black Sea",
        ],
        triggeringExamples: [
            RuleExample("fighting in the Naka region", "fighting in the Nagorno-Karabakh region"),
            // A Japanese name's two-character surname (安倍晋三 read as "Anbei Jinsan").
            RuleExample("Japan's Prime Minister Anbei Jinsan met officials in Tokyo.", "Japan's Prime Minister Shinzo Abe met officials in Tokyo."),
            RuleExample("les combats au Naka ont repris", "les combats au Haut-Karabakh ont repris", language: "fr"),
            RuleExample("Verteidigungsminister Shoygu sagte", "Verteidigungsminister Schoigu sagte", language: "de"),
            RuleExample("ситуацию в Нака обсудили", "ситуацию в Нагорном Карабахе обсудили", language: "ru"),
            RuleExample("The european union called", "The European Union called"),
            RuleExample("Secretary General stoltenberg said", "Secretary General Stoltenberg said"),
            RuleExample("Defense Minister Shoygu said", "Defense Minister Shoigu said"),
            RuleExample("the Oumeng foreign policy chief", "the EU foreign policy chief"),
            RuleExample("a conference in Teheran", "a conference in Tehran"),
            RuleExample("Rutskoy, head of the Main Operational Directorate of the General Staff", "Rudskoy, head of the Main Operational Directorate of the General Staff"),
        ])

    public static let languages: Set<String>? = ["en", "fr", "de", "es", "ru"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        let language = document.language
        for m in document.nameMatches {
            let range = document.span(m.first, m.last)
            let surface = document.string(range)
            let candidates = m.payloads.map { dict.variants[$0] }.filter { Self.caseAgrees($0.text, surface) }
            guard !candidates.isEmpty else { continue }
            let correct = candidates.filter { Self.isCorrect($0, in: language, dict) }
            var repairs: [CompiledDictionary.Variant] = []
            var unmet: [CompiledDictionary.Variant] = []
            for v in candidates where !Self.isCorrect(v, in: language, dict) && !(v.origin.isCorrect && v.language != nil && v.language != "en") {
                if language != "en", v.misrendering?.to != nil { continue }  // its `to` is English
                // Words its entry says rule it out ("Kursk State University"): not even a suggestion.
                if let m = v.misrendering, !m.unless.isEmpty, document.sentence(at: range.lowerBound, contains: m.unless) { continue }
                if Self.contextHolds(v.misrendering, document, range.lowerBound, context) {
                    repairs.append(v)
                } else if let country = v.misrendering?.country, let c = dict.entryIndex[country], (context.article?.weight(ofCountry: c) ?? 0) == 0 {
                    continue  // a body's rendering for a country the article does not name at all: no suggestion either
                } else {
                    unmet.append(v)
                }
            }
            // A correct name wins over a repair unless the repair's own context picked it out.
            if !correct.isEmpty { repairs = repairs.filter { $0.misrendering?.hasContext == true } }
            if !repairs.isEmpty {
                propose(repairs, surface: surface, range: range, document: document, context: context, into: &findings)
            } else if !correct.isEmpty {
                // Outside English only names of people, or of several words, get their capitals
                // back: a lower-case word may be an ordinary word there (Spanish "china").
                let safe = language == "en" || correct.contains { dict[$0.entry].kind == .person } || m.first != m.last
                if safe { restoreCase(correct, m, surface: surface, document: document, context: context, into: &findings) }
            } else if !unmet.isEmpty, let target = unmet.compactMap({ dict.replacement(for: $0, language: language) }).first {
                findings.suggestions.append(SuggestionProposal(
                    range: range, candidates: [target], rule: Self.description.identifier, entry: dict[unmet[0].entry].id,
                    category: Self.category(unmet[0], dict), reason: "'\(surface)' may be \(target)",
                    evidence: Evidence(Self.source(unmet[0]), against: [.contextMissing], entry: unmet[0].entry)))
            }
        }
        if language == "en" {
            for (layer, m) in document.bulkMatches { bulk(layer, m, document, context, &findings) }
        }
        return findings
    }

    /// Whether `v` is correct text in an edition in `language`: a correct name of that
    /// language, or an English one the language writes the same way. A Latin-script name
    /// in a Russian edition, and a person's English name where the language has its own
    /// transliteration (Shoigu, Schoigu, Choïgou), are repaired.
    static func isCorrect(_ v: CompiledDictionary.Variant, in language: String, _ dict: CompiledDictionary) -> Bool {
        guard v.origin.isCorrect else { return false }
        guard language != "en" else { return v.language == nil || v.language == "en" }
        if v.language == language { return true }
        guard v.language == nil || v.language == "en" else { return false }
        // Another correct English spelling ("Abdul Kalam") stays in Latin-script editions.
        if v.origin == .alias && language != "ru" { return true }
        let e = dict[v.entry]
        guard let own = e.localizedForms(language).first(where: { $0.form == v.form })?.text else { return true }
        if language == "ru" { return ![.name, .surname, .acronym].contains(v.form) }
        return e.kind != .person || Fold.keys(ofPhrase: own) == Fold.keys(ofPhrase: v.text)
    }

    /// A gazetteer (bulk layer) match: its canonical name, or its capitals.
    private func bulk(_ layer: Int, _ m: BulkIndex.Match, _ document: Document, _ context: RuleContext, _ findings: inout RuleFindings) {
        let (name, kind) = context.dictionary.bulk[layer].target(m.target)
        let range = document.span(m.first, m.last)
        let surface = document.string(range)
        guard surface != name, Self.caseAgrees(name, surface) else { return }
        let category: Category = kind == .person ? .personName : kind == .organization ? .orgName : .variantSpelling
        let common = context.lexicon.map { lexicon in
            (m.first...m.last).filter { document.tokens[$0].isWord }.allSatisfy { lexicon.isCommonWord(document.tokens[$0].text) }
        } ?? false
        let id = Self.description.identifier
        if Fold.keys(ofPhrase: surface) == Fold.keys(ofPhrase: name) {
            // The same name: only lower-case text that is no ordinary word gets capitals.
            guard surface == surface.lowercased(), surface.lowercased() == name.lowercased(), !common else { return }
            findings.edits.append(Proposal(range: range, replacement: name, rule: "names.case", entry: "bulk:\(layer)",
                                           category: .casing, reason: "'\(surface)' is the name \(name), written with capitals",
                                           evidence: Evidence(.lostCapitals)))
        } else {
            findings.edits.append(Proposal(range: range, replacement: name, rule: id, entry: "bulk:\(layer)",
                                           category: category, reason: "'\(surface)' is listed in a gazetteer layer as a variant of \(name)",
                                           evidence: Evidence(.gazetteer, against: common ? [.englishWord(surface)] : [])))
        }
    }

    private func propose(_ repairs: [CompiledDictionary.Variant], surface: String, range: Range<Int>, document: Document,
                         context: RuleContext, into findings: inout RuleFindings) {
        var range = range, surface = surface
        let dict = context.dictionary
        // Per entry keep the most specific origin; then the replacements must agree.
        let best = Dictionary(grouping: repairs, by: \.entry)
            .compactMap { $0.value.min { (Self.rank($0.origin), $0.text) < (Self.rank($1.origin), $1.text) } }
            .sorted { $0.entry < $1.entry }  // a stable choice, whatever the hash seed
        let language = document.language
        let targets = Array(Set(best.compactMap { v in
            dict.replacement(for: v, language: language).map { Self.declined($0, v, at: range.lowerBound, document, context) }
        })).sorted()
        guard let v = best.first, let target = targets.first else { return }
        let id = Self.description.identifier
        // A derived word that is an ordinary English word ("said", the BGN romanization of
        // Саид) is that word, wherever it stands: not even a suggestion.
        if !surface.contains(bytes: " "), best.allSatisfy({ $0.origin == .derived && $0.misrendering == nil }), language == "en",
           let lexicon = context.lexicon, lexicon.isCommonWord(surface), !lexicon.isListedCapitalized(surface) {
            return
        }
        if targets.count > 1 {
            findings.suggestions.append(SuggestionProposal(range: range, candidates: targets, rule: id, entry: nil,
                category: Self.category(v, dict), reason: "'\(surface)' is a known misrendering of more than one name",
                evidence: Evidence(Self.source(v), against: [.otherEntity("claimed by more than one entry")])))
            return
        }
        guard target != surface else { return }
        // A hybrid of a pinyin short form and the name's own last word ("Naka Karabakh" for
        // 纳卡 and Karabakh) is repaired whole, or the last word would be written twice.
        if v.origin == .shortForm || v.origin == .derived, let end = document.lastToken(endingAt: range.upperBound),
           let n = document.nextWord(end), let tail = Fold.keys(ofPhrase: target).last, tail.count >= 4, document.tokens[n].key == tail,
           Fold.keys(ofPhrase: surface).last != tail {
            range = range.lowerBound..<document.tokens[n].range.upperBound
            surface = document.string(range)
        }
        let explicit = v.misrendering?.hasContext == true
        var against: [Evidence.Against] = []
        let reason = "'\(surface)' is \(Self.how(v)) \(target)"
        // One derived word that is also a word or a name ("Kate" is pinyin of 卡特, Carter;
        // "Bali" of 巴黎, Paris; "Silva" the BGN of Lula da Silva's last word). A name the
        // spelling list knows is one in any Latin script, and a Latin pinyin word in a
        // Russian edition too; outside English, with no word list, a lower-case word is
        // taken for a word.
        if !explicit, v.origin == .derived || v.origin == .shortForm, let lexicon = context.lexicon, !surface.contains(bytes: " "),
           language != "ru" || v.isPinyinReading,
           lexicon.isListedCapitalized(surface) || (language == "en" ? lexicon.isCommonWord(surface) : surface == surface.lowercased()) {
            against.append(.englishWord(surface))
        }
        // A word in capitals is an acronym ("ATA"), not the pinyin of a name.
        if !explicit, v.origin == .derived || v.origin == .shortForm, !surface.contains(bytes: " "), surface.count >= 2,
           surface.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
            against.append(.acronymShape)
        }
        // One word romanized from a place's own name ("Moskva", "Krym") is also the name of
        // ships, papers and firms ("the cruiser Moskva", "Krym.Realii").
        let romanized = !explicit && v.origin == .derived && v.derivation?.contains(bytes: "-Latin/BGN") == true
        if romanized, dict[v.entry].kind == .place, !surface.contains(where: { $0 == " " || $0 == "-" }) {
            against.append(.oneWordName)
        }
        // BGN is the English-language romanization. French, German and Spanish papers spell
        // people their own way (Choïgou, not Shoygu), but write places by several
        // ("Nagorny Karabakh" is AFP's French).
        if romanized, ["fr", "de", "es"].contains(language), dict[v.entry].kind == .place {
            against.append(.editionPractice)
        }
        // A standard romanization is a spelling careful outlets use, in English.
        if romanized, language == "en" { against.append(.alternativeSpelling) }
        var supports: [Evidence.Support] = explicit ? [.entryContext] : []
        // Outside English a person's English romanization is not the language's own spelling.
        if language != "en", romanized { supports.append(.structure("the edition's language writes the name its own way")) }
        // A role before the name, or before the person's given name ("Defense Minister Sergei Shoygu").
        var start = document.firstToken(startingAt: range.lowerBound) ?? 0
        if let p = document.previousWord(start), let given = dict[v.entry].name["en"].map({ Fold.keys(ofPhrase: $0) }),
           given.count > 1, document.tokens[p].key == given[0] {
            start = p
        }
        if RoleContext.roleBefore(start, in: document, roles: dict[v.entry].roles), let role = dict[v.entry].roles.first {
            supports.append(.roleBeside(role))
        }
        findings.edits.append(Proposal(range: range, replacement: target, rule: id, entry: dict[v.entry].id,
                                       category: Self.category(v, dict), reason: reason,
                                       evidence: Evidence(Self.source(v), supports: supports, against: against, entry: v.entry)))
    }

    /// What kind of evidence a variant's origin is.
    static func source(_ v: CompiledDictionary.Variant) -> Evidence.Source {
        switch v.origin {
        case .misrendering: .curatedMisrendering
        case .literal: .literalTranslation
        case .shortForm: .shortFormPinyin
        case .derived: v.isChineseReading ? .derivedPinyin : .derivedRomanization
        case .canonical, .alias: .lostCapitals
        }
    }

    /// Gives a correct name its canonical capitals and hyphenation, keeping its letters.
    private func restoreCase(_ correct: [CompiledDictionary.Variant], _ m: TokenTrie.Match, surface: String, document: Document,
                             context: RuleContext, into findings: inout RuleFindings) {
        let dict = context.dictionary
        // The edition language's own spelling first ("al Thani" in Spanish, "Al Thani" in English).
        let ordered = correct.count == 1 ? correct
            : correct.filter { $0.language == document.language } + correct.filter { $0.language != document.language }
        // Written exactly as the spelling it would be recased to: nothing to do (the usual case;
        // the first spelling, when it is the surface itself, is the first that lower-cases alike).
        if ordered.first?.text == surface { return }
        let lowered = surface.lowercased()
        if let exact = ordered.first(where: { $0.text.lowercased() == lowered }), exact.text == surface { return }
        let keys = Fold.keys(ofPhrase: surface)
        let same = ordered.filter { Fold.keys(ofPhrase: $0.text) == keys }
        guard let v = same.first(where: { $0.text.lowercased() == lowered }) ?? same.first else { return }
        let target = Tokenizer.tokenize(v.text)
        let targetWords = target.indices.filter { target[$0].isWord }
        let words = (m.first...m.last).filter { document.tokens[$0].isWord }
        guard targetWords.count == words.count, !words.contains(where: { document.tokens[$0].isAllCaps }) else { return }
        // The lower-case part of a hyphenated name ("Hae-chan") is no name of its own ("Chan").
        if m.first >= 2, document.tokens[m.first - 1].isHyphen, document.tokens[m.first - 2].isCapitalized { return }
        // Only the capitals MT lost are restored. The article's own hyphens and spaces stay
        // ("Amir Abdollahian" and "Amir-Abdollahian" are both the press's), and so does a
        // short lower-case particle in a name written with capitals ("al-Saud", "bin").
        let allLower = words.allSatisfy { document.tokens[$0].isLowercase }
        var out = ""
        var recased = 0
        var recasedShort = false
        var recasedWords: [Int] = []
        for (k, (i, t)) in zip(words, targetWords).enumerated() {
            let token = document.tokens[i]
            if token.isLowercase && target[t].isCapitalized && (allLower || token.text.count > 3) {
                out += Self.capitalizeFirst(token.text)
                recased += 1
                recasedWords.append(i)
                if token.text.count <= 3 { recasedShort = true }
            } else {
                out += token.text
            }
            if k + 1 < words.count {
                out += document.tokens[(i + 1)..<words[k + 1]].map(\.text).joined()
            }
        }
        guard out != surface else { return }
        // A frequent word of the edition's language is that word ("но", Russian "but", is
        // not the Korean surname Но). Outside English, which has its word lists (below), a
        // lower-case word of three letters or fewer is taken for a function word too: "la
        // paz" is Spanish for "the peace" before it is La Paz.
        let frequent = context.dictionary.dictionaries.wordClasses["stop-\(document.language)"] ?? []
        if recasedWords.contains(where: { frequent.contains(document.tokens[$0].key) }) { return }
        if recasedShort && document.language != "en" { return }
        // Nor, with no word list of the language, is one lower-case word a person's name:
        // Spanish "costa", German "sein" are words before they are Costa or Thein Sein.
        if recased > 0, words.count == 1, document.language != "en", dict[v.entry].kind == .person { return }
        var against: [Evidence.Against] = []
        var supports: [Evidence.Support] = []
        if recased > 0, let lexicon = context.lexicon {
            // A lower-case common word ("turkey", "china") is not a name by itself, unless the
            // person's role stands right before it ("President trump") or a country is meant
            // ("came to china,"); nor is a name inside a collocation WordNet lists ("brussels
            // sprouts"), and a phrase of common words that is one is a phrase.
            let entry = dict[v.entry]
            let phrase = words.map { document.tokens[$0].text }.joined(separator: " ")
            let common = words.allSatisfy { lexicon.isCommonWord(document.tokens[$0].text) }
            if words.count == 1 && common {
                if RoleContext.roleBefore(m.first, in: document, roles: entry.roles) {
                    supports.append(.roleBeside(entry.roles.first ?? "role"))
                } else if entry.kind == .country, Self.countryIsMeant(m.first, document, context) {
                    supports.append(.structure("a preposition of place stands before it"))
                } else if entry.kind == .person {
                    // A word that is also someone's surname ("an", "park", "song") is the word:
                    // not even worth a suggestion without the person's role before it.
                    return
                } else {
                    against.append(.englishWord(surface))
                }
            }
            if let p = document.previousWord(m.first), lexicon.isCollocation(document.tokens[p].text + " " + phrase) {
                against.append(.englishWord(document.tokens[p].text + " " + phrase))
            }
            if let n = document.nextWord(m.last), lexicon.isCollocation(phrase + " " + document.tokens[n].text) {
                against.append(.englishWord(phrase + " " + document.tokens[n].text))
            }
            if words.count > 1 && common && lexicon.isCollocation(phrase) { against.append(.englishWord(phrase)) }
        }
        findings.edits.append(Proposal(range: document.span(m.first, m.last), replacement: out,
                                       rule: "names.case", entry: dict[v.entry].id, category: .casing,
                                       reason: "'\(surface)' is the name \(v.text), written with its capitals",
                                       evidence: Evidence(.lostCapitals, supports: supports, against: against, entry: v.entry)))
    }

    /// A lower-case country name where the country is meant: after a preposition of place
    /// or motion ("came to china,", "in turkey and"), before punctuation or a function word.
    static func countryIsMeant(_ i: Int, _ document: Document, _ context: RuleContext) -> Bool {
        guard let p = document.previousWord(i), ["to", "in", "from", "into", "visit", "visited", "visiting", "across", "toward", "towards"].contains(document.tokens[p].key),
              let n = document.nextNonSpace(i) else { return false }
        let t = document.tokens[n]
        return (t.kind == .punctuation && t.text != "-") || (t.isWord && t.isLowercase && context.words("function").contains(t.key))
    }

    /// In a Russian edition, a place's or country's name in the case its preposition governs
    /// ("в Naka" → "в Нагорном Карабахе").
    static func declined(_ target: String, _ v: CompiledDictionary.Variant, at offset: Int, _ document: Document, _ context: RuleContext) -> String {
        guard document.language == "ru", v.form == .name, [.place, .country].contains(context.dictionary[v.entry].kind),
              let first = document.firstToken(startingAt: offset),
              let p = document.previousWord(first) else { return target }
        let key = document.tokens[p].key
        for c in ["loc", "ins", "gen", "dat"] where context.words("case-\(c)").contains(key) {
            return Inflection.form(Inflection.noun(target, language: "ru"), c) ?? target
        }
        return target
    }

    /// An all-capitals variant ("US", "NATO") matches only all-capitals text.
    static func caseAgrees(_ variant: String, _ surface: String) -> Bool {
        if let v = ASCIILetters(variant) {  // the same test, byte by byte
            guard v.upper >= 2 && v.lower == 0 else { return true }
            if let s = ASCIILetters(surface) { return surface == variant || s.lower == 0 }
        }
        let letters = variant.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) else { return true }
        return surface == variant || surface.unicodeScalars.filter { $0.properties.isAlphabetic }.allSatisfy { $0.properties.isUppercase }
    }

    static func contextHolds(_ m: Misrendering?, _ document: Document, _ at: Int, _ context: RuleContext) -> Bool {
        guard let m else { return true }
        if let country = m.country {
            guard let model = context.article, let c = context.dictionary.entryIndex[country], model.isLeading(country: c) else { return false }
        }
        if !m.near.isEmpty && !document.sentence(at: at, contains: m.near) { return false }
        if !m.article.isEmpty && !document.article(contains: m.article) { return false }
        if !m.unless.isEmpty && document.sentence(at: at, contains: m.unless) { return false }
        return true
    }

    static func rank(_ o: CompiledDictionary.Origin) -> Int {
        switch o {
        case .misrendering: 0
        case .literal: 1
        case .shortForm: 2
        case .derived: 3
        case .canonical, .alias: 4
        }
    }

    static func how(_ v: CompiledDictionary.Variant) -> String {
        switch v.origin {
        case .misrendering: "a known misrendering of"
        case .literal: "a word-by-word translation of the Chinese name of"
        case .shortForm: "the pinyin of a Chinese short form (\(v.derivation ?? "")) for"
        case .derived: "\(v.derivation ?? "a derived spelling"), i.e."
        case .canonical, .alias: "the name"
        }
    }

    static func category(_ v: CompiledDictionary.Variant, _ dict: CompiledDictionary) -> Category {
        let kind = dict[v.entry].kind
        switch v.origin {
        case .shortForm: return .pinyinName
        case .derived: return v.isPinyinReading ? .pinyinName : (kind == .person ? .personName : .variantSpelling)
        case .literal: return .orgName
        case .misrendering, .canonical, .alias:
            switch kind {
            case .person: return .personName
            case .organization: return .orgName
            case .place, .country: return v.origin == .misrendering ? .variantSpelling : .placeName
            }
        }
    }

    /// `word` with its first letter upper-cased by the rules of `locale` (Turkish "i" → "İ").
    static func capitalizeFirst(_ word: String, locale: String = "en") -> String {
        guard let first = word.first else { return word }
        return ((try? ICU.uppercase(String(first), locale: locale)) ?? first.uppercased()) + word.dropFirst()
    }
}
