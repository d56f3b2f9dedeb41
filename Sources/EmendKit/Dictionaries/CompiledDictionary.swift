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
    }

    /// A country term or a reading of a Chinese short form, for the abbreviation rules.
    public struct Term: Sendable {
        public enum Form: String, Sendable { case noun, adjective, demonym, any }
        /// The entry the term names; nil for a pure reading ("soil").
        public var entry: Int?
        public var form: Form
        /// The Chinese characters this text is a reading of (literal or wrong-entity readings).
        public var readingOf: [String]
        /// True when the term is a literal word, not a name ("Black", "soil", "Wu").
        public var literal: Bool
        public var when: String?
    }

    public let dictionaries: DictionarySet
    public var entries: [Entry] { dictionaries.entries }
    public let variants: [Variant]
    public let names: TokenTrie
    public let terms: TokenTrie
    public let termList: [Term]
    public let surnames: FuzzyIndex
    /// The canonical spelling of each fuzzy-indexed surname key.
    public let surnameDisplay: [String: String]
    /// Entries by acronym (exact case, e.g. "NATO").
    public let acronyms: [String: Int]
    /// Entries that a Chinese short-form character stands for.
    public let charEntities: [String: [Int]]
    public let entryIndex: [String: Int]
    /// Bulk TSV layers, each compiled to a flat automaton (from its cache when there is one).
    public let bulk: [BulkIndex]

    public init(_ set: DictionarySet) {
        self.dictionaries = set
        self.bulk = set.bulkFiles.map { BulkIndex.compiled(tsv: $0.bytes) }
        var variants: [Variant] = []
        var names = TokenTrie()
        var surnames = FuzzyIndex(maxDistance: 2)
        var surnameDisplay: [String: String] = [:]
        var acronyms: [String: Int] = [:]
        var entryIndex: [String: Int] = [:]
        var charEntities: [String: [Int]] = [:]

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
                correctKeys.insert(Fold.keys(ofPhrase: text).joined(separator: " "))
                add(Variant(entry: i, text: text, form: form, origin: origin))
            }
            for form in NameForm.allCases where form != .compound { correct(e.english(form), form) }
            if e.kind == .country, let c = e.compound { correct(c, .compound) }
            for a in e.aliases { correct(a, .name, .alias) }
            if let acr = e.acronym["en"] { acronyms[acr] = i }
            for m in e.misrenderings {
                add(Variant(entry: i, text: m.text, form: m.form, origin: .misrendering, replacement: m.to, misrendering: m))
            }
            for l in e.literal { add(Variant(entry: i, text: l, form: .name, origin: .literal)) }
            for s in e.shortForms {
                for d in Derivation.pinyin(s.zh, person: false) where !correctKeys.contains(Fold.keys(ofPhrase: d.text).joined(separator: " ")) {
                    add(Variant(entry: i, text: d.text, form: .name, origin: .shortForm, replacement: s.en, derivation: d.how))
                }
            }
            for c in e.shortChars {
                if e.kind == .country || c.count == 1 { charEntities[c, default: []].append(i); continue }
                for d in Derivation.pinyin(c, person: false) where !correctKeys.contains(Fold.keys(ofPhrase: d.text).joined(separator: " ")) {
                    add(Variant(entry: i, text: d.text, form: .name, origin: .derived, derivation: d.how))
                }
            }
            for s in e.shortForms where s.zh.count == 1 { charEntities[s.zh, default: []].append(i) }
            var derived: [(Derivation.Derived, NameForm)] = []
            if let zh = e.name["zh"], e.kind != .country {
                // Chinese writes a foreign person by surname alone (绍伊古 is Shoigu) unless a
                // middle dot joins given name and surname; East Asian names are whole.
                let whole = e.kind != .person || zh.contains(where: { "·•・‧".contains($0) }) || Self.eastAsian.contains(e.country ?? "")
                derived += Derivation.pinyin(zh, person: e.kind == .person).map { ($0, whole ? .name : .surname) }
            }
            for n in e.native + [e.name["ru"]].compactMap({ $0 }) where e.kind == .person || e.kind == .place {
                for d in Derivation.romanizations(n) {
                    derived.append((d, .name))
                    if e.kind == .person, let last = d.text.split(separator: " ").last, d.text.contains(" ") {
                        derived.append((Derivation.Derived(text: String(last), how: d.how + ", surname"), .surname))
                    }
                }
            }
            for (d, form) in derived {
                let key = Fold.keys(ofPhrase: d.text).joined(separator: " ")
                guard !correctKeys.contains(key) else { continue }
                add(Variant(entry: i, text: d.text, form: form, origin: .derived, derivation: d.how))
            }
            if e.kind == .person, let surname = e.surname["en"] ?? e.name["en"]?.split(separator: " ").last.map(String.init) {
                for word in Tokenizer.tokenize(surname) where word.isWord && word.key.count >= 5 {
                    surnames.insert(word.key, payload: i)
                    surnameDisplay[word.key] = word.text
                }
            }
        }
        self.variants = variants
        self.names = names
        self.surnames = surnames
        self.surnameDisplay = surnameDisplay
        self.acronyms = acronyms
        self.entryIndex = entryIndex
        self.charEntities = charEntities

        // Country terms and short-form readings.
        var terms = TokenTrie()
        var termList: [Term] = []
        func addTerm(_ text: String, _ term: Term) {
            let keys = Fold.keys(ofPhrase: text)
            guard !keys.isEmpty else { return }
            termList.append(term)
            terms.insert(keys, payload: termList.count - 1)
        }
        var charsOf: [Int: [String]] = [:]
        for (c, ids) in charEntities { for i in ids { charsOf[i, default: []].append(c) } }
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
            for r in ch.readings {
                let form: Term.Form = r.form == .noun ? .noun : r.form == .adjective ? .adjective : .any
                addTerm(r.text, Term(entry: nil, form: form, readingOf: [ch.char], literal: true, when: r.when))
            }
            if let latin = try? ICU.transliterate(ch.char, id: "Han-Latin; Latin-ASCII"), !latin.isEmpty {
                addTerm(Derivation.capitalized(latin), Term(entry: nil, form: .any, readingOf: [ch.char], literal: true))
            }
        }
        self.terms = terms
        self.termList = termList
        TransliterationCache.save()
    }

    /// Countries whose people's Chinese names are their whole names (China, Hong Kong, Macao,
    /// Taiwan, North and South Korea, Japan, Vietnam, Singapore).
    static let eastAsian: Set<String> = ["Q148", "Q8646", "Q14773", "Q865", "Q423", "Q884", "Q17", "Q881", "Q334"]

    /// The entry at `index`.
    public subscript(index: Int) -> Entry { dictionaries.entries[index] }

    /// The replacement text a variant calls for.
    public func replacement(for v: Variant) -> String? {
        v.replacement ?? dictionaries.entries[v.entry].english(v.form) ?? dictionaries.entries[v.entry].name["en"]
    }
}
