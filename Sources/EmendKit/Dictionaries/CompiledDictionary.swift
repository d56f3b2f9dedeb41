import Synchronization

/// The dictionaries compiled for matching: every correct name, misrendering and derived
/// variant in one token automaton, person surnames in a fuzzy index, and the country
/// terms and Chinese short-form readings the abbreviation rules use.
public final class CompiledDictionary: Sendable {
    /// Where a variant came from.
    public enum Origin: String, Sendable {
        case canonical, alias, misrendering, literal, shortForm = "short-form", derived
        /// Correct text that is left as it is (up to case).
        public var isCorrect: Bool { self == .canonical || self == .alias }
    }

    /// One spelling that resolves to an entry.
    public struct Variant: Sendable {
        public var entry: Int
        public var text: String
        public var form: NameForm
        public var origin: Origin
        /// What to write; nil means the entry's canonical English form.
        public var replacement: String?
        /// The misrendering's context, if any.
        public var misrendering: Misrendering?
        /// How a derived variant was made.
        public var derivation: String?
        /// The language of a correct name ("en", "fr", ...); nil for misrenderings and
        /// derived variants, which are wrong in every language.
        public var language: String? = nil

        /// Made from the Chinese characters' Mandarin reading (ICU's Han-Latin).
        public var isPinyinReading: Bool { derivation?.contains(bytes: "Han-Latin") == true }
        /// Made from the Chinese characters: pinyin, or Palladius Cyrillic.
        public var isChineseReading: Bool { isPinyinReading || derivation?.contains(bytes: "Palladius") == true }
    }

    /// A country term or a reading of a Chinese short form, for the abbreviation rules.
    public struct Term: Sendable {
        public enum Form: String, Sendable { case noun, adjective, demonym, any, prefix }
        /// The entry the term names; nil for a pure reading ("soil").
        public var entry: Int?
        public var form: Form
        /// The Chinese characters this text is a reading of (literal or wrong-entity readings).
        public var readingOf: [String]
        /// True when the term is a literal word, not a name ("Black", "soil", "Wu").
        public var literal: Bool
        public var when: String?
        /// The inflection of this form (``Inflection/Form/features``): "f.p", "ins", ...
        public var features: String = ""
        /// The form carries its definite article ("l'Arménie", "la Corée du Sud").
        public var definite: Bool = false
    }

    public let dictionaries: DictionarySet
    public var entries: [Entry] { dictionaries.entries }
    /// Every variant by index (the payload of the name automata); an edition language's own
    /// names are numbered in a range of their own (``VariantTable/stride``).
    public let variants: VariantTable
    public let names: TokenTrie
    public let terms: TokenTrie
    public let termList: [Term]
    public let surnames: FuzzyIndex
    /// One-word names of places and bodies and their pinyin, by ``VariantKey`` (variant
    /// indexes), for the spellings of them that no entry lists ("Naqa" for Naka).
    public let variantKeys: [String: [Int]]
    /// The correct whole names (two words or more) of people and places by ``WholeNameKey``
    /// (variant indexes), and the same keys in a fuzzy index (payload: variant index), for
    /// romanizations and hybrids that no entry lists ("Kim Jeong-eun", "Ras Ein").
    public let wholeNameKeys: [String: [Int]]
    public let wholeNames: FuzzyIndex
    /// The canonical spelling of each fuzzy-indexed surname key.
    public let surnameDisplay: [String: String]
    /// Keys of people's given names ("mohammed" of Mohammed bin Salman): a word that is one
    /// is no near-miss of a surname.
    public let givenNames: Set<String>
    /// Entries by acronym (exact case, e.g. "NATO").
    public let acronyms: [String: Int]
    /// Entries that a Chinese short-form character stands for.
    public let charEntities: [String: [Int]]
    public let entryIndex: [String: Int]
    /// Each country entry's CLDR region code (entry index → "CZ"), when Debian's
    /// `unicode-cldr-core` is installed (``CLDRTerritories``); CLDR's other names of the
    /// country are correct forms in each language.
    public let cldrCodes: [Int: String]
    /// Bulk TSV layers, each compiled to a flat automaton (from its cache when there is one).
    public let bulk: [BulkIndex]
    /// The edition languages besides English that have names and country terms of their own.
    public static let editionLanguages = ["fr", "de", "es", "ru"]
    /// Each edition language's names and terms, built when an edition in that language
    /// first asks (an English run never builds them).
    private let editions = Mutex<[String: EditionTables]>([:])
    private let learnedCosts = Mutex<EditCosts?>(nil)

    /// Edit costs learned from the dictionaries' own spellings of one person's or place's
    /// name (its aliases, romanizations, misrenderings and Latin-script names in French,
    /// German and Spanish, each against its English name); learned when first asked.
    public var editCosts: EditCosts {
        if let known = learnedCosts.withLock({ $0 }) { return known }
        var pairs: [(String, String)] = []
        var canonical: [Int: String] = [:]
        for (i, e) in entries.enumerated() where e.kind == .person || e.kind == .place {
            guard let en = e.name["en"], let key = WholeNameKey.key(en) else { continue }
            canonical[i] = key
            for lang in ["fr", "de", "es"] {
                if let other = e.name[lang], let k = WholeNameKey.key(other) { pairs.append((k, key)) }
            }
        }
        for v in variants.english where v.language == nil {
            if let key = canonical[v.entry], let k = WholeNameKey.key(v.text) { pairs.append((k, key)) }
        }
        let costs = EditCosts.learn(pairs)
        learnedCosts.withLock { $0 = costs }
        return costs
    }

    /// An edition language's correct names in an automaton with every English variant,
    /// and its country terms and short-form readings.
    struct EditionTables: Sendable {
        let names: TokenTrie
        let terms: (trie: TokenTrie, list: [Term])
    }

    /// The name automaton for editions in `language`.
    public func names(for language: String) -> TokenTrie { edition(language)?.names ?? names }

    /// The country terms and readings for editions in `language`.
    public func terms(for language: String) -> (trie: TokenTrie, list: [Term]) { edition(language)?.terms ?? (terms, termList) }

    /// Builds every edition language's tables now (for `dict check`, which counts and runs them all).
    public func buildEditions() { for language in Self.editionLanguages { _ = edition(language) } }

    private func edition(_ language: String) -> EditionTables? {
        guard let number = Self.editionLanguages.firstIndex(of: language) else { return nil }
        return editions.withLock { built in
            if let tables = built[language] { return tables }
            let (trie, own) = Self.editionNames(dictionaries, language: language, english: variants.english,
                                                 first: VariantTable.stride * (number + 1), base: names, cldrCodes: cldrCodes)
            variants.add(own, language: number)
            let tables = EditionTables(names: trie, terms: Self.localizedTerms(dictionaries, language: language, charEntities: charEntities))
            built[language] = tables
            return tables
        }
    }

    public init(_ given: DictionarySet) {
        let set = EditionNames.filled(given)
        self.dictionaries = set
        self.bulk = set.bulkFiles.map { BulkIndex.compiled(tsv: $0.bytes) }
        var variants: [Variant] = []
        var names = TokenTrie()
        var surnames = FuzzyIndex(maxDistance: 2)
        var surnameDisplay: [String: String] = [:]
        var givenNames = Set<String>()
        var acronyms: [String: Int] = [:]
        var entryIndex: [String: Int] = [:]
        var charEntities: [String: [Int]] = [:]
        let cldrCodes = CLDRTerritories.shared?.codes(of: set.entries) ?? [:]
        self.cldrCodes = cldrCodes

        func add(_ v: Variant) {
            let keys = Fold.keys(ofPhrase: v.text)
            guard !keys.isEmpty else { return }
            variants.append(v)
            names.insert(keys, payload: variants.count - 1)
        }

        for (i, e) in set.entries.enumerated() {
            if entryIndex[e.id] == nil { entryIndex[e.id] = i }
            var correctKeys: Set<String> = []
            func correct(_ text: String?, _ form: NameForm, _ origin: Origin = .canonical) {
                guard let text else { return }
                correctKeys.insert(Fold.phraseKey(text))
                add(Variant(entry: i, text: text, form: form, origin: origin))
            }
            for form in NameForm.allCases where form != .compound { correct(e.english(form), form) }
            if e.kind == .country, let c = e.compound { correct(c, .compound) }
            for a in e.aliases { correct(a, .name, .alias) }
            for n in Self.cldrNames(i, language: "en", cldrCodes) where correctKeys.insert(Fold.phraseKey(n)).inserted {
                add(Variant(entry: i, text: n, form: .name, origin: .alias, derivation: Self.cldrDerivation))
            }
            if let acr = e.acronym["en"] { acronyms[acr] = i }
            for m in e.misrenderings {
                add(Variant(entry: i, text: m.text, form: m.form, origin: .misrendering, replacement: m.to, misrendering: m))
            }
            for l in e.literal { add(Variant(entry: i, text: l, form: .name, origin: .literal)) }
            for s in e.shortForms {
                for d in Derivation.pinyin(s.zh, person: false) where !correctKeys.contains(Fold.phraseKey(d.text)) {
                    add(Variant(entry: i, text: d.text, form: .name, origin: .shortForm, replacement: s.en, derivation: d.how))
                }
            }
            for c in e.shortChars {
                if e.kind == .country || c.count == 1 { charEntities[c, default: []].append(i); continue }
                for d in Derivation.pinyin(c, person: false) where !correctKeys.contains(Fold.phraseKey(d.text)) {
                    add(Variant(entry: i, text: d.text, form: .name, origin: .derived, derivation: d.how))
                }
            }
            for s in e.shortForms where s.zh.count == 1 { charEntities[s.zh, default: []].append(i) }
            var derived: [(Derivation.Derived, NameForm)] = []
            if let zh = e.name["zh"], e.kind != .country || zh.count >= 2 {
                // Chinese writes a foreign person by surname alone (绍伊古 is Shoigu) unless a
                // middle dot joins given name and surname; East Asian names are whole.
                let whole = e.kind != .person || zh.contains(where: { "·•・‧".contains($0) }) || Self.eastAsian.contains(e.country ?? "")
                derived += Derivation.pinyin(zh, person: e.kind == .person, japanese: e.kind == .person && e.country == "Q17")
                    .map { ($0, whole ? .name : .surname) }
            }
            // (A Russian name made from the English or the pinyin romanizes to nothing new.)
            for n in e.native + [e.derivedNames["ru"] == nil ? e.name["ru"] : nil].compactMap({ $0 }) where e.kind == .person || e.kind == .place {
                for d in Derivation.romanizations(n) {
                    derived.append((d, .name))
                    // East Asian names are written whole: their last word is a given-name syllable.
                    if e.kind == .person, !Self.eastAsian.contains(e.country ?? ""), let last = d.text.split(separator: " ").last, d.text.contains(" ") {
                        derived.append((Derivation.Derived(text: String(last), how: d.how + ", surname"), .surname))
                    }
                }
            }
            // A person whose surname is left out (shared with another: Heydar and Ilham Aliyev)
            // is still written with it: the derived surname that is the English name's last
            // word is correct text, not a rendering to repair into the full name.
            let ownLastWord = e.kind == .person && e.surname["en"] == nil
                ? e.name["en"]?.split(separator: " ").last.map { Fold.phraseKey(String($0)) } : nil
            for (d, form) in derived {
                let key = Fold.phraseKey(d.text)
                guard !correctKeys.contains(key), !(form == .surname && key == ownLastWord) else { continue }
                add(Variant(entry: i, text: d.text, form: form, origin: .derived, derivation: d.how))
            }
            // (East Asian names start with the surname.)
            if e.kind == .person, !Self.eastAsian.contains(e.country ?? ""), let words = e.name["en"]?.split(separator: " "), words.count >= 2 {
                givenNames.insert(Fold.key(words[0]))
            }
            if e.kind == .person, let surname = e.surname["en"] ?? e.name["en"]?.split(separator: " ").last.map(String.init) {
                for word in Tokenizer.tokenize(surname) where word.isWord && word.key.count >= 5 {
                    surnames.insert(word.key, payload: i)
                    surnameDisplay[word.key] = word.text
                }
            }
        }
        self.variants = VariantTable(variants)
        self.names = names
        self.surnames = surnames
        var variantKeys: [String: [Int]] = [:]
        for (k, v) in variants.enumerated() where v.language == nil && !v.text.contains(" ") && !v.text.contains("-")
            && set.entries[v.entry].kind != .person && set.entries[v.entry].kind != .country {
            if let key = VariantKey.key(v.text), key.count >= 4 { variantKeys[key, default: []].append(k) }
        }
        self.variantKeys = variantKeys
        var wholeNameKeys: [String: [Int]] = [:]
        var wholeNames = FuzzyIndex(maxDistance: 1)
        for (k, v) in variants.enumerated() where v.language == nil && v.origin.isCorrect && v.form == .name
            && (set.entries[v.entry].kind == .person || set.entries[v.entry].kind == .place) {
            guard let key = WholeNameKey.key(v.text) else { continue }
            wholeNameKeys[key, default: []].append(k)
            wholeNames.insert(key, payload: k)
        }
        self.wholeNameKeys = wholeNameKeys
        self.wholeNames = wholeNames
        self.surnameDisplay = surnameDisplay
        self.givenNames = givenNames
        self.acronyms = acronyms
        self.entryIndex = entryIndex
        self.charEntities = charEntities

        // Country terms and short-form readings.
        var english = TermTable(keys: { Fold.keys(ofPhrase: $0) })
        func addTerm(_ text: String, _ term: Term) { english.add(text, term) }
        let charsOf = Self.chars(of: charEntities)
        for (i, e) in set.entries.enumerated() where e.kind == .country || charsOf[i] != nil {
            let chars = charsOf[i] ?? []
            let siblings = chars.filter { (charEntities[$0]?.count ?? 0) > 1 }
            for n in [e.name["en"]].compactMap({ $0 }) + e.aliases + [e.compound].compactMap({ $0 }) {
                addTerm(n, Term(entry: i, form: .noun, readingOf: siblings, literal: false))
            }
            if let a = e.adjective["en"] { addTerm(a, Term(entry: i, form: .adjective, readingOf: siblings, literal: false)) }
            if let d = e.demonym["en"] { addTerm(d, Term(entry: i, form: .demonym, readingOf: siblings, literal: false)) }
        }
        for ch in set.chars {
            for r in ch.readings where r.language == "en" {
                let form: Term.Form = r.form == .noun ? .noun : r.form == .adjective ? .adjective : .any
                addTerm(r.text, Term(entry: nil, form: form, readingOf: [ch.char], literal: true, when: r.when))
            }
            if let latin = try? ICU.transliterate(ch.char, id: "Han-Latin; Latin-ASCII"), !latin.isEmpty {
                addTerm(Derivation.capitalized(latin), Term(entry: nil, form: .any, readingOf: [ch.char], literal: true))
            }
        }
        self.terms = english.trie
        self.termList = english.list
        TransliterationCache.save()
    }

    /// Country names, adjectives and compound prefixes in `language` with their inflected
    /// forms, and the readings of Chinese short forms MT writes in that language.
    /// An edition language's correct names, added to the English automaton `base` (French
    /// splits elided words off their hosts, "l'", "d'", so its keys are made again that way),
    /// numbered from `first`; Russian adds the Palladius Cyrillic of every derived pinyin.
    static func editionNames(_ set: DictionarySet, language: String, english: [Variant], first: Int, base: TokenTrie,
                             cldrCodes: [Int: String] = [:]) -> (TokenTrie, [Variant]) {
        let french = language == "fr"
        func keysOf(_ text: String) -> [String] { french ? Elision.keys(ofPhrase: text) : Fold.keys(ofPhrase: text) }
        var trie = base
        var own: [Variant] = []
        func add(_ v: Variant, keys: [String]) {
            own.append(v)
            trie.insert(keys, payload: first + own.count - 1)
        }
        if french {
            trie = TokenTrie()
            for (k, v) in english.enumerated() {
                let keys = keysOf(v.text)
                if !keys.isEmpty { trie.insert(keys, payload: k) }
            }
        }
        for (i, e) in set.entries.enumerated() {
            for (form, text) in e.localizedForms(language) {
                let keys = keysOf(text)
                guard !keys.isEmpty else { continue }
                add(Variant(entry: i, text: text, form: form, origin: .canonical, language: language), keys: keys)
            }
            for n in cldrNames(i, language: language, cldrCodes) where n != e.name[language] {
                let keys = keysOf(n)
                if !keys.isEmpty { add(Variant(entry: i, text: n, form: .name, origin: .alias, derivation: cldrDerivation, language: language), keys: keys) }
            }
        }
        if language == "ru" {
            // Russian MT writes unknown Chinese names in Palladius Cyrillic (尹锡悦 "Инь Сиюэ").
            for v in english where (v.origin == .derived || v.origin == .shortForm) && v.derivation?.contains("Han-Latin") == true {
                guard let cyrillic = Palladius.name(v.text) else { continue }
                var p = v
                p.text = cyrillic
                p.derivation = "Palladius Cyrillic of the pinyin \(v.text)"
                add(p, keys: Fold.keys(ofPhrase: cyrillic))
            }
        }
        return (trie, own)
    }

    static func localizedTerms(_ set: DictionarySet, language: String, charEntities: [String: [Int]]) -> (trie: TokenTrie, list: [Term]) {
        let split: (String) -> [String] = language == "fr" ? { Elision.keys(ofPhrase: $0) } : { Fold.keys(ofPhrase: $0) }
        var table = TermTable(keys: split)
        func add(_ text: String, _ term: Term) { table.add(text, term) }
        let charsOf = chars(of: charEntities)
        for (i, e) in set.entries.enumerated() where e.kind == .country || charsOf[i] != nil {
            let siblings = (charsOf[i] ?? []).filter { (charEntities[$0]?.count ?? 0) > 1 }
            func term(_ form: Term.Form, _ features: String, definite: Bool = false) -> Term {
                Term(entry: i, form: form, readingOf: siblings, literal: false, features: features, definite: definite)
            }
            if let name = e.name[language] {
                for f in Inflection.noun(name, language: language) { add(f.text, term(.noun, f.features)) }
                if language == "fr", let first = name.first, "AEIOUÉÈÊÎÔHaeiouéh".contains(first) {
                    for elided in ["l'", "l’", "d'", "d’"] { add(elided + name, term(.noun, "nom", definite: elided.hasPrefix("l"))) }
                }
            }
            if let definite = e.definite[language] { add(definite, term(.noun, "nom", definite: true)) }
            if let adjective = e.adjective[language] {
                for f in Inflection.adjective(adjective, language: language) { add(f.text, term(.adjective, f.features)) }
                add(e.prefix[language] ?? Inflection.prefix(adjective, language: language), term(.prefix, ""))
            }
        }
        for ch in set.chars {
            for r in ch.readings where r.language == language {
                let form: Term.Form = r.form == .noun ? .noun : r.form == .adjective ? .adjective : .any
                let forms = r.form == .adjective ? Inflection.adjective(r.text, language: language)
                    : r.form == .noun ? Inflection.noun(r.text, language: language) : [Inflection.Form(text: r.text, features: "")]
                for f in forms {
                    add(f.text, Term(entry: nil, form: form, readingOf: [ch.char], literal: true, when: r.when, features: f.features))
                }
                if r.form == .adjective { add(Inflection.prefix(r.text, language: language), Term(entry: nil, form: .prefix, readingOf: [ch.char], literal: true)) }
            }
            if let latin = try? ICU.transliterate(ch.char, id: "Han-Latin; Latin-ASCII"), !latin.isEmpty {
                add(Derivation.capitalized(latin), Term(entry: nil, form: .any, readingOf: [ch.char], literal: true))
                if language == "ru", let cyrillic = Palladius.name(latin) {
                    add(cyrillic, Term(entry: nil, form: .any, readingOf: [ch.char], literal: true))
                }
            }
        }
        return (table.trie, table.list)
    }

    /// Terms and the automaton over their keys, built together; `keys` splits a term's text.
    struct TermTable {
        let keys: (String) -> [String]
        var trie = TokenTrie()
        var list: [Term] = []

        mutating func add(_ text: String, _ term: Term) {
            let k = keys(text)
            guard !k.isEmpty else { return }
            list.append(term)
            trie.insert(k, payload: list.count - 1)
        }
    }

    /// The Chinese short-form characters of each entry, from the entries of each character.
    static func chars(of charEntities: [String: [Int]]) -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        for (c, ids) in charEntities { for i in ids { out[i, default: []].append(c) } }
        return out
    }

    /// Countries whose people's Chinese names are their whole names (China, Hong Kong, Macao,
    /// Taiwan, North and South Korea, Japan, Vietnam, Singapore).
    static let cldrDerivation = "CLDR's name of the country (unicode-cldr-core)"

    /// One line for `emend dict check`: the country entries CLDR's English names found, and
    /// the names of CLDR's each language adds as correct forms; nil without the package.
    public func cldrSummary() -> String? {
        guard CLDRTerritories.shared != nil else { return nil }
        buildEditions()
        let countries = entries.filter { $0.kind == .country }.count
        var added: [String: Int] = [:]
        for v in variants.all where v.derivation == Self.cldrDerivation { added[v.language ?? "en", default: 0] += 1 }
        let unmatched = entries.indices.filter { entries[$0].kind == .country && cldrCodes[$0] == nil }.compactMap { entries[$0].name["en"] }
        return "CLDR (unicode-cldr-core): \(cldrCodes.count) of \(countries) countries found by their English names"
            + (ISOCountryCodes.shared.isEmpty ? "" : " or ISO 3166-1's (iso-codes)")
            + (unmatched.isEmpty ? "" : " (not: \(unmatched.joined(separator: ", ")))")
            + "; their other CLDR names added as correct forms: "
            + (["en"] + Self.editionLanguages).map { "\($0) \(added[$0] ?? 0)" }.joined(separator: ", ")
    }

    /// CLDR's names of country entry `i` in `language`, when the package is installed.
    static func cldrNames(_ i: Int, language: String, _ codes: [Int: String]) -> [String] {
        guard let code = codes[i] else { return [] }
        return CLDRTerritories.shared?.names[code]?[language] ?? []
    }

    /// Countries whose people are not called by the last word of their name in English
    /// news: no surnames or the surname first (Myanmar, Cambodia, Indonesia, Thailand, Laos,
    /// Mongolia, Malaysia, Brunei), or a patronymic last (Ethiopia, Eritrea, Iceland).
    static let givenNameCountries: Set<String> = ["Q836", "Q424", "Q252", "Q869", "Q819", "Q711", "Q833", "Q921", "Q115", "Q986", "Q189"]

    static let eastAsian: Set<String> = ["Q148", "Q8646", "Q14773", "Q865", "Q423", "Q884", "Q17", "Q881", "Q334"]

    /// The entry at `index`.
    /// (Read in place: `dict[i].kind` copies nothing.)
    public subscript(index: Int) -> Entry {
        _read { yield dictionaries.entries[index] }
    }

    /// The replacement text a variant calls for.
    public func replacement(for v: Variant) -> String? {
        let e = dictionaries.entries[v.entry]
        if v.replacement == nil, v.form == .surname, !v.text.contains(where: { $0 == " " || $0 == "-" }), let last = Self.lastName(of: e) { return last }
        return v.replacement ?? e.english(v.form) ?? e.name["en"]
    }

    /// The surname of a person whose entry gives none, for one word that Chinese wrote for the
    /// person's surname alone: the last of two words of the English name ("Messi" of Lionel
    /// Messi, whom Chinese writes 梅西), unless the person is East Asian (surname first), of a
    /// country whose people are called by another part of their name (``givenNameCountries``),
    /// or the last word is a generational suffix ("Júnior"). Longer names are left whole:
    /// their surname is not simply the last word (Lula da Silva, López Obrador).
    static func lastName(of e: Entry) -> String? {
        guard e.kind == .person, e.surname["en"] == nil, !eastAsian.contains(e.country ?? ""), !givenNameCountries.contains(e.country ?? ""),
              let words = e.name["en"]?.split(separator: " "), words.count == 2, let last = words.last,
              !["Jr.", "Junior", "Júnior", "Filho", "Neto", "Sr."].contains(last) else { return nil }
        return String(last)
    }

    /// The replacement text a variant calls for in an edition in `language`: the entry's
    /// form in that language. Latin-script languages fall back to the English form; a
    /// misrendering's own `to` text is English and applies to English editions only.
    public func replacement(for v: Variant, language: String) -> String? {
        guard language != "en" else { return replacement(for: v) }
        let e = dictionaries.entries[v.entry]
        let fallback = language == "ru" ? nil : replacement(for: v)
        if let r = v.replacement {
            guard v.origin == .shortForm else { return nil }
            if r == e.acronym["en"] { return e.acronym[language] ?? fallback }
            if r == e.name["en"] { return e.name[language] ?? fallback }
            return fallback
        }
        return e.localizedForms(language).first { $0.form == v.form }?.text ?? (v.form == .compound ? e.name[language] : nil) ?? fallback
    }
}
