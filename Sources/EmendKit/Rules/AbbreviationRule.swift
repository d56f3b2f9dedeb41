/// Repairs Chinese one-character country short forms that MT read literally or as the
/// wrong country: 俄阿亚 "the Russian, Arab and Asian foreign ministers" → "the Russian,
/// Azerbaijani and Armenian foreign ministers"; 巴以 "Pakistan-Israel" → "Palestine-Israel";
/// 乌方 "the Wu side" → "the Ukrainian side".
///
/// A repair fires only where the misreading stands in a compound or coordination of
/// country words, in "the X side", before a title ("Sha Foreign Minister"), beside a known
/// person of another country ("Iranian Prime Minister Mohammed Shia al-Sudani"), or in a
/// collocation the article uses with the other country ("Iraq nuclear issue" where the
/// article speaks of "the Iran nuclear deal"). The article's own mentions choose the
/// country; when they do not decide, the repair is a suggestion. The grammatical form is
/// kept (adjective for adjective, noun for noun).
public struct AbbreviationRule: Rule {
    public static let description = RuleDescription(
        identifier: "countries.abbreviation",
        name: "Chinese country short forms",
        summary: "A one-character Chinese country short form read literally or as the wrong country is replaced by the country the article is about.",
        category: .abbreviation,
        nonTriggeringExamples: [
            "The Arab League met. Azerbaijan and Armenia signed.",
            "the Arab world, the Asian Development Bank and Central Asian states",
            "the White House said. Belarus denied it.",
            "The Afghan envoy said Afghanistan there was calm. Afghanistan there is quiet. Algeria there is calm too.",
            "The Iran-Contra affair and the Iran-Iraq war were both in the 1980s.",
            "ships in the Black Sea. Ukraine said.",
            "along the Han River in South Korea",
            "talks with Israel. Egypt and Israel signed a treaty.",
            "Before the talks, Iraq and Oman hosted meetings between Riyadh and Tehran. Iran said.",
            "Iraqi Foreign Minister Fuad Hussein met Iran's foreign minister.",
            "an Armenian church in Tbilisi",
            "The network is headquartered in Atlanta, Georgia. Russia and Georgia fought in 2008.",
            "a tomb from the Han dynasty. South Korea said.",
            "Central Asian states and the Asian Development Bank. Armenia said.",
        ],
        triggeringExamples: [
            RuleExample("Azerbaijan and Armenia agreed. The statement of the Russian, Arab and Asian foreign ministers",
                        "Azerbaijan and Armenia agreed. The statement of the Russian, Azerbaijani and Armenian foreign ministers"),
            RuleExample("the Pakistan-Israel ceasefire. The Palestinian factions met in Gaza.",
                        "the Palestine-Israel ceasefire. The Palestinian factions met in Gaza."),
            RuleExample("Ukraine said. The Wu side denied it.", "Ukraine said. The Ukrainian side denied it."),
            RuleExample("relations between soil and narrative. Türkiye and Syria met.",
                        "relations between Türkiye and Syria. Türkiye and Syria met."),
            RuleExample("Saudi Arabia said. Sha Foreign Minister Faisal", "Saudi Arabia said. Saudi Foreign Minister Faisal"),
            .suggestion("the Russian, Arab and Asian foreign ministers met."),
            RuleExample("L'Azerbaïdjan et l'Arménie ont signé. Les ministres russe, arabe et asiatique se sont réunis.",
                        "L'Azerbaïdjan et l'Arménie ont signé. Les ministres russe, azerbaïdjanais et arménien se sont réunis.", language: "fr"),
            RuleExample("Aserbaidschan und Armenien stimmten zu. Die russischen, arabischen und asiatischen Außenminister trafen sich.",
                        "Aserbaidschan und Armenien stimmten zu. Die russischen, aserbaidschanischen und armenischen Außenminister trafen sich.", language: "de"),
        ])

    public static let languages: Set<String>? = ["en", "fr", "de", "es", "ru"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let s = CountryStructures(document, context)
        let words = ["function": context.words("function"), "side-nouns": context.words("side-nouns"), "roles": context.words("roles")]
        var inGroups = Set<Int>()
        for g in s.groups { for m in g.members where !s.occurrences[m].readingOf.isEmpty { inGroups.insert(m) } }
        let phrases = Set(s.occurrences.indices.filter { !inGroups.contains($0) && s.occurrences[$0].entity == nil && inPhrase($0, s, context, words) })
        // Tokens where a misreading may stand; the same word elsewhere is a plain use.
        let sites = Set((inGroups.union(phrases)).map { s.occurrences[$0].first })
        for g in s.groups {
            for m in g.members where inGroups.contains(m) {
                repairInGroup(m, g, s, context, sites, &findings)
            }
        }
        for k in phrases.sorted() {
            decideLiteral(s.occurrences[k], form: .adjective, compound: false, s, context, sites, &findings)
        }
        // Which entity stands before which content word, computed once.
        var collocations: [CollocationKey: [Int]] = [:]
        for (k, o) in s.occurrences.enumerated() {
            if let e = o.entity, let w = collocate(o.last, s.document, words, context.lexicon) { collocations[CollocationKey(entity: e, word: w), default: []].append(k) }
        }
        for (k, o) in s.occurrences.enumerated() where !inGroups.contains(k) && !o.readingOf.isEmpty && o.entity != nil {
            if !repairBesidePerson(k, s, context, &findings) { repairCollocation(k, s, context, words, collocations, &findings) }
        }
        return findings
    }

    // MARK: - Compounds and coordinations

    private func repairInGroup(_ m: Int, _ g: CountryStructures.Group, _ s: CountryStructures, _ context: RuleContext,
                               _ sites: Set<Int>, _ findings: inout RuleFindings) {
        let o = s.occurrences[m]
        let partners = s.partners(of: m)
        let form = groupForm(m, g, s)
        if let own = o.entity {
            // A real country that shares its character with others.
            // Not a country it already stands beside: "the Iran-Iraq war" never becomes "Iran-Iran".
            let candidates = siblings(o, s.dictionary).filter { $0 != own && !partners.contains($0) }
            let ownEvidence = s.evidence(own, outsideBeside: Set(partners), also: o.range)
            let ranked = candidates.map { ($0, s.evidence($0, excluding: [o.range])) }.sorted { $0.1 > $1.1 }
            guard let top = ranked.first, top.1 > 0 else { return }
            let decided: Bool
            switch g.kind {
            case .compound:
                decided = ownEvidence == 0 && (ranked.count < 2 || ranked[1].1 == 0)
            case .coordination:
                // Needs the other country beside the same partner elsewhere in the article.
                decided = !s.rangesBeside(top.0, partners: Set(partners)).isEmpty && top.1 > ownEvidence && ownEvidence <= 1
            }
            guard decided else { return }
            edit(o, top.0, form: form, compound: g.kind == .compound, s, document: s.document,
                 reason: "\(s.dictionary[own].name["en"] ?? o.text) is not mentioned elsewhere in the article, \(s.dictionary[top.0].name["en"] ?? "") is, and both are written with \(o.readingOf.joined()) in Chinese",
                 &findings)
        } else {
            decideLiteral(o, form: form, compound: g.kind == .compound, s, context, sites, &findings)
        }
    }

    /// The form a member should take: its own when it has one, else its partners'.
    private func groupForm(_ m: Int, _ g: CountryStructures.Group, _ s: CountryStructures) -> CompiledDictionary.Term.Form {
        let o = s.occurrences[m]
        if o.entity != nil { return o.form }
        if let r = o.literalReading, r.form != .any { return r.form }
        if g.kind == .coordination && g.afterBetween { return .noun }
        let forms = g.members.filter { $0 != m }.compactMap { k -> CompiledDictionary.Term.Form? in
            let p = s.occurrences[k]
            return p.entity != nil ? (p.form == .demonym ? .noun : p.form) : (p.literalReading?.form == .any ? nil : p.literalReading?.form)
        }
        return forms.filter { $0 == .adjective }.count > forms.count / 2 && !forms.isEmpty ? .adjective : .noun
    }

    // MARK: - "the X side", "X Foreign Minister"

    /// "the X side" or "X Foreign Minister" around occurrence `k`.
    private func inPhrase(_ k: Int, _ s: CountryStructures, _ context: RuleContext, _ words: [String: Set<String>]) -> Bool {
        let o = s.occurrences[k]
        let doc = s.document
        if doc.language != "en" { return SidePhrase.find(o, doc, context) != nil }
        let sideNouns = words["side-nouns"] ?? [], roles = words["roles"] ?? []
        let next = doc.nextWord(o.last).map { doc.tokens[$0] }
        let prev = doc.previousWord(o.first).map { doc.tokens[$0] }
        let side = prev?.key == "the" && next.map { sideNouns.contains($0.key) && $0.isLowercase } == true
        let title = next.map { $0.isCapitalized && roles.contains($0.key) } == true && o.text.first?.isUppercase == true
        return side || title
    }

    private func decideLiteral(_ o: CountryStructures.Occurrence, form: CompiledDictionary.Term.Form, compound: Bool,
                               _ s: CountryStructures, _ context: RuleContext, _ sites: Set<Int>, _ findings: inout RuleFindings) {
        guard let reading = o.literalReading else { return }
        let doc = s.document
        if reading.when == "past-verb" {
            guard let n = doc.nextWord(o.last), let lexicon = context.lexicon, lexicon.isPastVerbForm(doc.tokens[n].key) else { return }
        }
        let candidates = siblings(o, s.dictionary)
        let ranked = candidates.map { ($0, s.evidence($0, excluding: [o.range])) }.sorted { $0.1 > $1.1 }
        // The same word used plainly elsewhere ("Black" outside "Black Sea") makes the reading doubtful;
        // function words ("to") are read only before a past-tense verb, so they are exempt.
        let plainUses = reading.when != nil ? 0 : s.plainUses(of: doc.tokens[o.first].key, outside: sites)
        guard let top = ranked.first, top.1 > 0, ranked.count < 2 || ranked[1].1 * 2 < top.1, plainUses == 0 else {
            let names = ranked.compactMap { s.localized($0.0, form, features: o.features) }
            if !names.isEmpty {
                findings.suggestions.append(SuggestionProposal(range: o.range, candidates: names, rule: Self.description.identifier,
                    category: .abbreviation,
                    reason: "'\(o.text)' may be a misread Chinese short form (\(o.readingOf.joined())), but the article does not settle which country"))
            }
            return
        }
        edit(o, top.0, form: form, compound: compound, s, document: doc,
             reason: "'\(o.text)' is a literal reading of \(o.readingOf.joined()), the Chinese short form of \(s.dictionary[top.0].name["en"] ?? ""), which the article is about",
             &findings)
    }

    // MARK: - Beside a known person; in a shared collocation

    /// "Iranian Prime Minister Mohammed Shia al-Sudani" when the dictionary knows him as Iraq's.
    @discardableResult
    private func repairBesidePerson(_ k: Int, _ s: CountryStructures, _ context: RuleContext, _ findings: inout RuleFindings) -> Bool {
        let o = s.occurrences[k]
        guard let own = o.entity, o.form == .adjective else { return false }
        let doc = s.document
        let roles = context.dictionary.dictionaries.wordClasses["roles"] ?? []
        var i = o.last + 1, titleWords = 0
        while i < doc.tokens.count {
            let t = doc.tokens[i]
            if t.isInlineSpace { i += 1; continue }
            if t.isWord && t.isCapitalized && (roles.contains(t.key) || titleWords > 0 && t.key.count > 3) && titleWords < 4,
               doc.nameMatch(startingAt: i) == nil { titleWords += 1; i += 1; continue }
            break
        }
        guard titleWords > 0, let m = doc.nameMatch(startingAt: i) else { return false }
        let candidates = Set(siblings(o, s.dictionary))
        let countries = Set(m.payloads.compactMap { p -> Int? in
            let e = s.dictionary[s.dictionary.variants[p].entry]
            guard e.kind == .person, let c = e.country else { return nil }
            return s.dictionary.entryIndex[c]
        })
        guard countries.count == 1, let c = countries.first, c != own, candidates.contains(c) else { return false }
        edit(o, c, form: .adjective, compound: false, s, document: doc,
             reason: "\(doc.string(doc.span(m.first, m.last))) serves \(s.dictionary[c].name["en"] ?? ""), whose Chinese short form \(o.readingOf.joined()) it shares with \(s.dictionary[own].name["en"] ?? "")",
             &findings)
        return true
    }

    /// "Iraq nuclear issue" in an article that elsewhere says "the Iran nuclear deal".
    @discardableResult
    private func repairCollocation(_ k: Int, _ s: CountryStructures, _ context: RuleContext, _ words: [String: Set<String>],
                                   _ collocations: [CollocationKey: [Int]], _ findings: inout RuleFindings) -> Bool {
        let o = s.occurrences[k]
        guard let own = o.entity, let w = collocate(o.last, s.document, words, context.lexicon) else { return false }
        let key = CollocationKey(entity: own, word: w)
        let ownEvidence = s.evidence(own, outside: .collocation(key)) { (collocations[key] ?? []).map { s.occurrences[$0].range } }
        for c in siblings(o, s.dictionary) where c != own {
            let parallels = (collocations[CollocationKey(entity: c, word: w)] ?? []).map { s.occurrences[$0] }
            guard !parallels.isEmpty, s.evidence(c, excluding: []) > 2 * ownEvidence else { continue }
            let form: CompiledDictionary.Term.Form = parallels.contains { $0.form == .noun } ? .noun : parallels[0].form
            edit(o, c, form: form, compound: false, s, document: s.document,
                 reason: "the article speaks of \(s.dictionary[c].name["en"] ?? "") with '\(w)' elsewhere, and both countries are written \(o.readingOf.joined()) in Chinese",
                 &findings)
            return true
        }
        return false
    }

    /// The lower-case content word right after token `last` (a possessive is skipped).
    private func collocate(_ last: Int, _ doc: Document, _ words: [String: Set<String>], _ lexicon: Lexicon?) -> String? {
        var i = last + 1
        if i < doc.tokens.count, ["’s", "'s"].contains(doc.tokens[i].text) { i += 1 }
        guard i + 1 < doc.tokens.count, doc.tokens[i].isInlineSpace else { return nil }
        let t = doc.tokens[i + 1]
        guard t.isWord, t.isLowercase, !(words["function"] ?? []).contains(t.key), !(words["side-nouns"] ?? []).contains(t.key) else { return nil }
        // A collocation is a noun or an adjective ("nuclear deal"); an adverb ("there",
        // "today") follows any country.
        if doc.language == "en", let lexicon, lexicon.isAdverb(t.key) { return nil }
        return t.key
    }

    // MARK: - Helpers

    struct CollocationKey: Hashable {
        var entity: Int
        var word: String
    }

    private func siblings(_ o: CountryStructures.Occurrence, _ dict: CompiledDictionary) -> [Int] {
        Array(Set(o.readingOf.flatMap { dict.charEntities[$0] ?? [] })).sorted()
    }

    private func edit(_ o: CountryStructures.Occurrence, _ entity: Int, form: CompiledDictionary.Term.Form, compound: Bool,
                      _ s: CountryStructures, document: Document, reason: String, _ findings: inout RuleFindings) {
        let e = s.dictionary[entity]
        if document.language != "en" {
            localizedEdit(o, entity, form: form, compound: compound, s, reason: reason, &findings)
            return
        }
        var text: String?
        switch form {
        case .adjective: text = e.adjective["en"]
        case .demonym: text = e.demonym["en"]
        case .noun, .any, .prefix: text = compound ? (e.compound ?? preferredName(e, document)) : preferredName(e, document)
        }
        guard let replacement = text ?? e.name["en"], replacement != o.text else { return }
        findings.edits.append(Proposal(range: o.range, replacement: replacement, rule: Self.description.identifier,
                                       entry: e.id, category: .abbreviation, reason: reason))
    }

    /// The repair in a French, German, Spanish or Russian edition: the country's form in
    /// that language, inflected like the word it replaces, or agreeing with the side noun.
    private func localizedEdit(_ o: CountryStructures.Occurrence, _ entity: Int, form: CompiledDictionary.Term.Form, compound: Bool,
                               _ s: CountryStructures, reason: String, _ findings: inout RuleFindings) {
        let document = s.document
        let e = s.dictionary[entity]
        let id = Self.description.identifier
        if let phrase = SidePhrase.find(o, document, s.context) {
            guard let adjective = s.localized(entity, .adjective, features: phrase.features) else { return }
            let replacement = phrase.render(adjective)
            guard replacement != document.string(phrase.range) else { return }
            findings.edits.append(Proposal(range: phrase.range, replacement: replacement, rule: id, entry: e.id, category: .abbreviation, reason: reason))
            return
        }
        let own: CompiledDictionary.Term.Form = o.terms.contains { $0.form == .prefix } && o.terms.allSatisfy({ $0.form != .adjective }) ? .prefix : form
        guard var replacement = s.localized(entity, own, features: o.features, definite: o.definite), replacement != o.text else { return }
        if document.language == "ru", own == .noun, o.features.isEmpty {
            // A pinyin word shows no case, and a Russian noun needs one: only suggested.
            findings.suggestions.append(SuggestionProposal(range: o.range, candidates: [replacement], rule: id, entry: e.id, category: .abbreviation, reason: reason))
            return
        }
        if o.text.first?.isUppercase == true, own != .noun, replacement.first?.isLowercase == true, document.startsSentence(o.first) {
            replacement = NameRule.capitalizeFirst(replacement, locale: document.language)
        }
        if compound, document.language == "fr" {
            // French fixes the order of some compounds (« israélo-palestinien »): the repaired
            // compound must be one of them, in either order; otherwise it is only suggested.
            if let fixed = fixedCompound(o, entity, s) {
                findings.edits.append(Proposal(range: fixed.range, replacement: fixed.text, rule: id, entry: e.id, category: .abbreviation, reason: reason))
            } else {
                findings.suggestions.append(SuggestionProposal(range: o.range, candidates: [replacement], rule: id, entry: e.id, category: .abbreviation, reason: reason))
            }
            return
        }
        findings.edits.append(Proposal(range: o.range, replacement: replacement, rule: id, entry: e.id, category: .abbreviation, reason: reason))
    }

    /// The two-part compound holding `o` with `o` read as `entity`, in the order the
    /// language's `compounds` word class fixes for that pair, if it lists the pair.
    private func fixedCompound(_ o: CountryStructures.Occurrence, _ entity: Int, _ s: CountryStructures) -> (range: Range<Int>, text: String)? {
        guard let g = s.groups.first(where: { g in g.kind == .compound && g.members.count == 2 && g.members.contains { s.occurrences[$0].range == o.range } }) else { return nil }
        let members = g.members.map { s.occurrences[$0] }
        let mine = members[0].range == o.range ? 0 : 1
        guard let partner = members[1 - mine].entity else { return nil }
        var pair = [entity, partner]
        if mine == 1 { pair.reverse() }
        let features = members[1].features
        let listed = s.context.words("compounds")
        for order in [pair, pair.reversed()] {
            guard let first = s.localized(order[0], .prefix, features: ""),
                  let base = s.localized(order[1], .adjective, features: "m.s"),
                  listed.contains(Fold.key(first + "-" + base)),
                  let second = s.localized(order[1], .adjective, features: features) else { continue }
            return (members[0].range.lowerBound..<members[1].range.upperBound, first + "-" + second)
        }
        return nil
    }

    /// The name the article itself uses most ("Türkiye" or "Turkey").
    private func preferredName(_ e: Entry, _ document: Document) -> String? {
        guard let name = e.name["en"] else { return nil }
        let used = ([name] + e.aliases.filter { $0.count > 3 }).map { ($0, document.count(of: $0)) }
        return used.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 != name && $1.0 == name) }?.0 ?? name
    }
}
