/// Country words in a document and the structures they stand in: hyphenated compounds
/// ("Pakistan-Israel"), coordinations ("Russia, Azerbaijan and Armenia", "between X and
/// Y"), "the X side", and "X Foreign Minister".
///
/// Shared by ``AbbreviationRule`` and ``CountryFormRule``.
struct CountryStructures {
    /// One occurrence of a country term or a short-form reading.
    struct Occurrence {
        var first: Int
        var last: Int
        var range: Range<Int>
        var text: String
        /// Terms found at this place (a country form, a reading, or both).
        var terms: [CompiledDictionary.Term]

        var entity: Int? { terms.first { $0.entry != nil && !$0.literal }?.entry }
        var form: CompiledDictionary.Term.Form {
            terms.first { $0.entry != nil && !$0.literal }?.form ?? terms.first?.form ?? .any
        }
        var literalReading: CompiledDictionary.Term? { terms.first { $0.literal } }
        /// The inflection of the text (``Inflection/Form/features``), its most usual reading.
        var features: String { (terms.first { $0.entry != nil && !$0.literal } ?? terms.first)?.features ?? "" }
        /// The text carries its definite article ("l'Azerbaïdjan").
        var definite: Bool { terms.contains { $0.definite } }
        /// Characters whose other entities this occurrence may be a misreading of.
        var readingOf: [String] { Array(Set(terms.flatMap(\.readingOf))).sorted() }
    }

    enum Kind { case compound, coordination }

    /// A compound or coordination: its members, in order.
    struct Group {
        var kind: Kind
        var members: [Int]  // indexes into occurrences
        /// "between" precedes the first member.
        var afterBetween: Bool
    }

    let document: Document
    let dictionary: CompiledDictionary
    let context: RuleContext
    /// The edition language's coordinating conjunctions ("and", "et") and "between" words.
    let conjunctions: Set<String>
    let betweenWords: Set<String>
    private(set) var occurrences: [Occurrence] = []
    private(set) var groups: [Group] = []
    /// The groups each entity stands in, for look-ups that would otherwise scan them all.
    private(set) var groupsByEntity: [Int: [Int]] = [:]
    /// Mentions (country entry index → occurrence indexes), from term and name matches.
    private(set) var mentions: [Int: [Range<Int>]] = [:]
    /// Token indexes of the words that are also readings, by key.
    private(set) var wordPositions: [String: [Int]] = [:]
    /// Look-ups over the above, built when first asked.
    private let index = CountryIndex()

    init(_ document: Document, _ context: RuleContext) {
        self.document = document
        self.context = context
        let dictionary = context.dictionary
        self.dictionary = dictionary
        let english = document.language == "en"
        let classes = dictionary.dictionaries.wordClasses
        self.conjunctions = english ? ["and", "or"] : classes["and-\(document.language)"] ?? []
        self.betweenWords = english ? ["between"] : classes["between-\(document.language)"] ?? []
        if let p = document.memo.value(Parts.self, for: dictionary) {
            (occurrences, groups, groupsByEntity, mentions, wordPositions) = (p.occurrences, p.groups, p.groupsByEntity, p.mentions, p.wordPositions)
            return
        }
        let tokens = document.tokens
        let termList = dictionary.terms(for: document.language).list
        // Name matches that are longer than a term (e.g. "Black Sea", "Arab League") hide it.
        var coveringName: [Int: TokenTrie.Match] = [:]
        for m in document.nameMatches { for i in m.first...m.last { coveringName[i] = m } }
        for m in document.termMatches {
            var terms = m.payloads.map { termList[$0] }
            if let n = coveringName[m.first], n.first < m.first || n.last > m.last {
                terms = terms.filter { !$0.literal }
                // A longer name that is not this country (e.g. "Iraqi Kurdistan") hides it too.
                let nameEntities = Set(n.payloads.map { dictionary.variants[$0].entry })
                if !terms.contains(where: { $0.entry.map(nameEntities.contains) ?? false }) { terms = [] }
            }
            // Pinyin and literal readings must look like what MT writes: not lower-case
            // unless the reading itself is ("soil", "to").
            terms = terms.filter { t in
                guard t.literal else { return true }
                let surface = document.string(document.span(m.first, m.last))
                // Outside English a pinyin reading is capitalized: "ha" is Spanish "has".
                if document.language != "en", t.form == .any, surface.first?.isUppercase != true { return false }
                return surface.count >= 2 && !(tokens[m.first].isAllCaps && surface.count > 2)
            }
            guard !terms.isEmpty else { continue }
            occurrences.append(Occurrence(first: m.first, last: m.last, range: document.span(m.first, m.last),
                                          text: document.string(document.span(m.first, m.last)), terms: terms))
        }
        for o in occurrences {
            if let e = o.entity { mentions[e, default: []].append(o.range) }
        }
        let readingKeys = Set(occurrences.filter { $0.literalReading != nil }.map { tokens[$0.first].key })
        for (i, t) in tokens.enumerated() where t.isWord && readingKeys.contains(t.key) { wordPositions[t.key, default: []].append(i) }
        // Places and people count as mentions of their country.
        for m in document.nameMatches {
            for p in Set(m.payloads.map { dictionary.variants[$0].entry }) {
                let entry = dictionary[p]
                if entry.kind != .country, let c = entry.country, let ci = dictionary.entryIndex[c] {
                    mentions[ci, default: []].append(document.span(m.first, m.last))
                }
                if entry.kind == .organization, !entry.shortForms.filter({ $0.zh.count == 1 }).isEmpty {
                    mentions[p, default: []].append(document.span(m.first, m.last))
                }
            }
        }
        findGroups()
        for (gi, g) in groups.enumerated() {
            for e in Set(g.members.compactMap({ occurrences[$0].entity })) { groupsByEntity[e, default: []].append(gi) }
        }
        document.memo.store(Parts(occurrences: occurrences, groups: groups, groupsByEntity: groupsByEntity,
                                  mentions: mentions, wordPositions: wordPositions), for: dictionary)
    }

    private mutating func findGroups() {
        let tokens = document.tokens
        var k = 0
        while k < occurrences.count {
            var members = [k]
            var kind: Kind? = nil
            var j = k
            while j + 1 < occurrences.count {
                let a = occurrences[j], b = occurrences[j + 1]
                if a.last + 2 == b.first, tokens[a.last + 1].isHyphen, kind != .coordination {
                    kind = .compound
                } else if kind != .compound, Self.isSeparator(tokens[(a.last + 1)..<b.first], conjunctions: conjunctions) {
                    kind = .coordination
                } else { break }
                members.append(j + 1)
                j += 1
            }
            if let kind {
                groups.append(Group(kind: kind, members: members, afterBetween: precededByBetween(occurrences[k].first)))
            } else if occurrences[k].entity == nil, betweenCapitalizedAnd(occurrences[k].first) {
                // "between North and Han": the first member is not a country word.
                groups.append(Group(kind: .coordination, members: [k], afterBetween: true))
            }
            k = j + 1
        }
    }

    /// ", ", " and ", ", and ", " or ", " & " between two members (the edition language's
    /// conjunctions in place of "and" and "or").
    static func isSeparator(_ slice: ArraySlice<Token>, conjunctions: Set<String> = ["and", "or"]) -> Bool {
        // Every separator has at most two parts besides spaces: stop early between far members.
        var marks = 0
        for t in slice where !t.isInlineSpace {
            marks += 1
            if marks > 2 { return false }
        }
        let parts = slice.filter { !$0.isInlineSpace }.map { $0.isWord ? $0.key : $0.text }
        guard slice.allSatisfy({ $0.isInlineSpace || $0.isWord || $0.text == "," || $0.text == "&" }) else { return false }
        let separates = parts == [","] || parts == ["&"] || (parts.count == 1 && conjunctions.contains(parts[0]))
            || (parts.count == 2 && parts[0] == "," && conjunctions.contains(parts[1]))
        return separates && (slice.first?.isInlineSpace == true || slice.first?.text == ",")
    }

    /// Token `token` follows "between <Capitalized word> and".
    func betweenCapitalizedAnd(_ token: Int) -> Bool {
        guard let and = document.previousWord(token), conjunctions.contains(document.tokens[and].key), document.tokens[and].key != "or",
              let x = document.previousWord(and), document.tokens[x].isCapitalized,
              let between = document.previousWord(x) else { return false }
        return betweenWords.contains(document.tokens[between].key)
    }

    func precededByBetween(_ token: Int) -> Bool {
        guard var p = document.previousWord(token) else { return false }
        // "entre la Corée du Nord": an article may stand between.
        if document.language != "en", !betweenWords.contains(document.tokens[p].key), let q = document.previousWord(p),
           (dictionary.dictionaries.wordClasses["articles-\(document.language)"] ?? []).contains(document.tokens[p].key) { p = q }
        return betweenWords.contains(document.tokens[p].key)
    }

    /// Groups holding occurrence `o`, and the entities of its partners there.
    func partners(of o: Int) -> [Int] {
        var out: [Int] = []
        for gi in index.groups(containing: o, in: groups) {
            let g = groups[gi]
            for m in g.members where m != o { if let e = occurrences[m].entity { out.append(e) } }
        }
        return out
    }

    /// How often `entity` is mentioned outside `excluding`.
    func evidence(_ entity: Int, excluding: [Range<Int>]) -> Int {
        index.evidence(entity, excluding: excluding, mentions: mentions)
    }

    /// How often `entity` is mentioned outside its places beside `partners` and outside `extra`.
    func evidence(_ entity: Int, outsideBeside partners: Set<Int>, also extra: Range<Int>) -> Int {
        index.evidence(entity, outside: .beside(partners), { rangesBeside(entity, partners: partners) }, also: extra, mentions: mentions)
    }

    /// How often `entity` is mentioned outside the ranges `excluded()` gives, which `key`
    /// names (the same key, the same ranges).
    func evidence(_ entity: Int, outside key: CountryIndex.RangesKey, _ excluded: () -> [Range<Int>]) -> Int {
        index.evidence(entity, outside: key, excluded, also: nil, mentions: mentions)
    }

    /// The ranges of occurrences of `entity` that stand in a compound or coordination
    /// with one of `partners` (where a misreading would be).
    func rangesBeside(_ entity: Int, partners: Set<Int>) -> [Range<Int>] {
        index.ranges(beside: entity, partners: partners) { rangesBesideScanning(entity, partners: partners) }
    }

    private func rangesBesideScanning(_ entity: Int, partners: Set<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for gi in groupsByEntity[entity] ?? [] {
            let g = groups[gi]
            let ents = g.members.compactMap { occurrences[$0].entity }
            guard ents.contains(entity), !partners.isDisjoint(with: ents.filter { $0 != entity }) else { continue }
            for m in g.members where occurrences[m].entity == entity { out.append(occurrences[m].range) }
        }
        return out
    }

    /// How often the word with `key` occurs outside names and outside `sites`.
    func plainUses(of key: String, outside sites: Set<Int>) -> Int {
        (wordPositions[key] ?? []).filter { !sites.contains($0) && !document.tokensInNames.contains($0) }.count
    }

    /// The English form of `entity` for `form`.
    func english(_ entity: Int, _ form: CompiledDictionary.Term.Form) -> String? {
        let e = dictionary[entity]
        switch form {
        case .adjective: return e.adjective["en"] ?? e.name["en"]
        case .demonym: return e.demonym["en"] ?? e.name["en"]
        case .noun, .any: return e.name["en"]
        case .prefix: return e.compound ?? e.name["en"]
        }
    }

    /// The form of `entity` for `form` in the edition's language, inflected with
    /// `features` ("f.p", "en", "ins") and with its definite article when `definite`.
    func localized(_ entity: Int, _ form: CompiledDictionary.Term.Form, features: String, definite: Bool = false) -> String? {
        let language = document.language
        guard language != "en" else { return english(entity, form) }
        let e = dictionary[entity]
        switch form {
        case .adjective, .demonym:
            guard let a = e.adjective[language] else { return nil }
            return Inflection.form(Inflection.adjective(a, language: language), features) ?? a
        case .prefix:
            return e.prefix[language] ?? e.adjective[language].map { Inflection.prefix($0, language: language) }
        case .noun, .any:
            guard let name = e.name[language] else { return nil }
            if definite {
                if let d = e.definite[language] { return d }
                if language == "fr", let first = name.first, "AEIOUÉÈÊÎÔH".contains(first) { return "l'" + name }
                return nil
            }
            let grammaticalCase = features.split(separator: ".").last.map(String.init) ?? "nom"
            return Inflection.form(Inflection.noun(name, language: language), grammaticalCase) ?? name
        }
    }
}
