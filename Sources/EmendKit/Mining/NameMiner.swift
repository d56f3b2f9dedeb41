/// Finds, across an archive, the names Emend does not know but that look like MT artifacts,
/// for a terminologist (`emend mine`): runs of capitalized words that no dictionary entry
/// matches and that are no English words, ranked by how often they occur, with what makes
/// them suspect (pinyin-shaped, a role word before them, a probable Korean reading) and a
/// few contexts.
///
/// It reads each article's edition, so what Emend already repairs is not listed.
public struct NameMiner {
    /// One unknown name.
    public struct Candidate: Sendable {
        public var text: String
        public var count = 0
        /// Articles it occurs in.
        public var articles: Set<String> = []
        public var pinyinShaped = false
        /// A role word stood before it at least once ("minister Bai Yunkui").
        public var besideRole = false
        /// The probable original, from the reading bridges ("Baek Un-gyu").
        public var probable: String?
        public var contexts: [String] = []

        /// What makes it suspect, in words: "pinyin-shaped", "beside a role", "probably …".
        public var why: [String] {
            var out: [String] = []
            if pinyinShaped { out.append("pinyin-shaped") }
            if besideRole { out.append("beside a role") }
            if let p = probable { out.append(text.first?.isLowercase == true ? "probably \(p)'s surname in lower case" : "probably \(p) (Korean reading)") }
            return out
        }

        /// Occurrences, weighted by how suspect the name looks.
        public var score: Int { count * (1 + (pinyinShaped ? 2 : 0) + (besideRole ? 2 : 0) + (probable != nil ? 1 : 0)) }
    }

    public let context: RuleContext
    public private(set) var found: [String: Candidate] = [:]
    let roles: Set<String>
    let readings: SinoKoreanReadings?

    public init(context: RuleContext) {
        self.context = context
        var roles = context.dictionary.dictionaries.wordClasses["roles"] ?? []
        for e in context.dictionary.entries { for r in e.roles { if let last = r.split(separator: " ").last { roles.insert(Fold.key(String(last))) } } }
        roles.formUnion(["minister", "president", "chairman", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
                         "director", "secretary", "ambassador", "envoy", "general", "commander", "chief", "ceo", "coach", "player"])
        self.roles = roles
        self.readings = SinoKoreanReadings.shared
    }

    /// Adds the names of one article's edition.
    public mutating func add(edition text: String, source: String, language: String = "en") {
        guard let lexicon = context.lexicon else { return }
        let document = Document(text, dictionary: context.dictionary, language: language)
        let tokens = document.tokens
        let inNames = document.tokensInNames
        let korea = ["Q884", "Q423"].compactMap { context.dictionary.entryIndex[$0] }
        let aboutKorea = document.nameMatches.contains { m in
            m.payloads.contains { p in
                let e = context.dictionary[context.dictionary.variants[p].entry]
                return korea.contains(context.dictionary.variants[p].entry) || (e.country.flatMap { context.dictionary.entryIndex[$0] }.map(korea.contains) ?? false)
            }
        }
        // Words that name a country ("Korean Army Chief …" is a title before a name).
        var countryWords = Set<Int>()
        for m in document.nameMatches where m.payloads.allSatisfy({ context.dictionary[context.dictionary.variants[$0].entry].kind == .country }) {
            countryWords.formUnion(m.first...m.last)
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, tokens[i].isCapitalized, !tokens[i].isAllCaps else { i += 1; continue }
            // The run of capitalized words joined by one space or a hyphen.
            var words = [i]
            var j = i + 1
            while j + 1 < tokens.count, words.count < 5, tokens[j].text == " " || tokens[j].isHyphen,
                  tokens[j + 1].isWord, tokens[j + 1].isCapitalized || tokens[j].isHyphen {
                words.append(j + 1)
                j += 2
            }
            defer { i = words[words.count - 1] + 1 }
            // Titles before the name ("Secretary-General Wenxiong Anten") say it is one, and are not part of it.
            var besideRole = document.previousWord(words[0]).map { roles.contains(tokens[$0].key) } ?? false
            func title(_ k: Int) -> Bool {
                roles.contains(tokens[k].key) || lexicon.isCommonWord(tokens[k].text) || countryWords.contains(k)
            }
            while words.count > 1, title(words[0]) {
                besideRole = besideRole || roles.contains(tokens[words[0]].key)
                words.removeFirst()
            }
            // What the dictionaries know whole is no candidate; a known surname inside is ("Kim Sunhui").
            if words.allSatisfy(inNames.contains) { continue }
            let texts = words.map { tokens[$0].text }
            // English words and names the spelling list knows ("Monday", "Paris") are no artifacts;
            // a lone capitalized word at a sentence's start is an ordinary word.
            let unknown = texts.filter { !lexicon.isCommonWord($0) && !lexicon.isListedCapitalized($0) }
            guard !unknown.isEmpty, !(words.count == 1 && document.startsSentence(words[0])),
                  texts.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) else { continue }
            let name = document.string(document.span(words[0], words[words.count - 1]))
            var c = found[name] ?? Candidate(text: name)
            c.count += 1
            c.articles.insert(source)
            if let r = readings, texts.allSatisfy({ r.split($0) != nil || r.syllables.contains(Fold.key($0)) }) { c.pinyinShaped = true }
            if besideRole { c.besideRole = true }
            if c.probable == nil, aboutKorea, words.count == 2, let r = readings,
               let k = KoreanRomanization.probable(surname: texts[0], given: texts[1], readings: r, north: false) {
                c.probable = k.name
            }
            if c.contexts.count < 3 {
                c.contexts.append(Self.context(document, tokens[words[0]].range.lowerBound..<tokens[words[words.count - 1]].range.upperBound))
            }
            found[name] = c
        }
        // A known person's surname that MT wrote in lower case ("moon said"), with the person.
        let lowerCaseSurnames = LowercaseSurnameRule.surnames(in: document, dictionary: context.dictionary, lexicon: lexicon)
        for (i, entry) in lowerCaseSurnames {
            let word = tokens[i].text
            var c = found[word] ?? Candidate(text: word)
            c.count += 1
            c.articles.insert(source)
            c.probable = context.dictionary[entry].name["en"]
            if c.contexts.count < 3 {
                c.contexts.append(Self.context(document, tokens[i].range))
            }
            found[word] = c
        }
        // In an article about Korea, a Korean surname that is an English word, in lower case
        // where a name stands ("song said"), though the article never names its bearer in full.
        if aboutKorea {
            let roleWords = context.dictionary.dictionaries.wordClasses["roles"] ?? []
            for i in LowercaseSurnameRule.koreanSurnames(in: document, roles: roleWords, excluding: Set(lowerCaseSurnames.map(\.0))) {
                let t = tokens[i]
                var c = found[t.text] ?? Candidate(text: t.text)
                c.count += 1
                c.articles.insert(source)
                if c.contexts.count < 3 { c.contexts.append(Self.context(document, t.range)) }
                found[t.text] = c
            }
        }
    }

    /// Six words either side of `range`, the name in brackets.
    static func context(_ document: Document, _ range: Range<Int>) -> String {
        WordDiff(color: false, context: 6).window(document.bytes, range.lowerBound, range.upperBound, "[" + document.string(range) + "]")
    }

    /// The candidates, most suspect first.
    public func candidates(minimum: Int = 1) -> [Candidate] {
        found.values.filter { $0.count >= minimum }
            .sorted { ($0.score, $0.count, $1.text) > ($1.score, $1.count, $0.text) }
    }

    /// The candidates as a dictionary file a terminologist edits and `emend dict add --from`
    /// takes: one entry each, its misrendering the text found, its English name the probable
    /// original or `FIXME` (an entry still named FIXME is not added).
    public func file(minimum: Int = 1) -> String {
        var out = "# Names Emend does not know, found by 'emend mine'. Write each one's right name (and kind,\n"
            + "# country, zh), delete what is no artifact, then: emend dict add --from THIS-FILE --file LAYER\n"
        for c in candidates(minimum: minimum) {
            let why = ["\(c.count)× in \(c.articles.count) article\(c.articles.count == 1 ? "" : "s")"] + c.why
            out += "\n# '\(c.text)': " + why.joined(separator: "; ") + "\n"
            for x in c.contexts { out += "#   \(x)\n" }
            let slug = Fold.key(c.text).unicodeScalars.map { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? String($0) : "-" }.joined()
            out += "[[person]]\nid = \(DictionaryEditor.quote("emend:" + slug))\n"
            out += "name = { en = \(DictionaryEditor.quote(c.probable ?? "FIXME")) }\n"
            out += "misrenderings = [{ text = \(DictionaryEditor.quote(c.text)) }]\n"
        }
        return out
    }
}
