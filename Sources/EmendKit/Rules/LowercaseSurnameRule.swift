/// Shows the capitals of a person's surname that MT wrote in lower case because the surname
/// is also an English word ("moon said", "park's remarks"), where the article names that
/// person in full ("Moon Jae-in", "Park Geun-hye").
///
/// The word must stand where a name stands: before a possessive "'s" or a verb of saying, or
/// after a role word; and not after a determiner or a possessive ("the park's gates", "his
/// song said"). Always a suggestion (the surname or the full name): the word is English too,
/// and the editor sees both readings in review.
public struct LowercaseSurnameRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.lowercase-surname",
        name: "Surname in lower case",
        summary: "A lower-case English word that is the surname of a person the article names in full, standing where a name stands, is shown as that surname.",
        category: .personName,
        nonTriggeringExamples: [
            "South Korea's parliament met in Seoul, Korea. Crowds filled the park's lawns.",
            "South Korea's Moon Jae-in spoke in Seoul. The park's gates opened at noon.",
            "South Korea's Moon Jae-in spoke in Seoul. The moon rose over the city.",
            "The moon said nothing to anyone.",
            "South Korea's Moon Jae-in spoke in Seoul. Moon said the plan would go ahead.",
        ],
        triggeringExamples: [
            .suggestion("South Korea's Moon Jae-in spoke in Seoul. Later, moon said the plan would go ahead."),
            .suggestion("Former president Park Geun-hye was in Seoul. Officials said park's brother had left."),
            .suggestion("South Korea's opposition met in Seoul, Korea. A statement from park's office said talks would resume."),
        ])

    /// Verbs of saying that follow a name.
    static let sayings: Set<String> = ["said", "says", "told", "added", "stressed", "noted", "urged", "announced", "stated", "warned", "called", "pointed"]

    /// Words after which a word is a common noun, not a name ("the park's", "a new song").
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                                           "my", "your", "every", "each", "no", "some", "any", "one", "full", "new", "old", "national"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard document.language == "en", let model = context.article, model.showsMT, let lexicon = context.lexicon else { return findings }
        for (i, entry) in Self.surnames(in: document, dictionary: context.dictionary, lexicon: lexicon)
        where !model.isProtected(document.tokens[i].range) && !model.inQuotation(document.tokens[i].range) {
            let t = document.tokens[i]
            let e = context.dictionary[entry]
            let full = e.name["en"] ?? t.text
            findings.suggestions.append(SuggestionProposal(range: t.range, candidates: [Self.capitalized(t.text), full],
                rule: Self.description.identifier, entry: e.id, category: .personName,
                reason: "'\(t.text)' stands where a name stands and is the surname of \(full), whom the article names",
                evidence: Evidence(.curatedMisrendering, supports: [.structure("the article names \(full) in full")], entry: entry)))
        }
        // In an article about Korea, a Korean surname that is an English word, though the
        // article never names its bearer in full ("park's sister").
        let dict = context.dictionary
        if let south = dict.entryIndex["Q884"], let north = dict.entryIndex["Q423"],
           model.isLeading(country: south) || model.isLeading(country: north) {
            let taken = Set(findings.suggestions.map(\.range.lowerBound))
            let roles = dict.dictionaries.wordClasses["roles"] ?? []
            for i in Self.koreanSurnames(in: document, roles: roles, excluding: [])
            where !taken.contains(document.tokens[i].range.lowerBound) && !model.isProtected(document.tokens[i].range)
                && !model.inQuotation(document.tokens[i].range) {
                let t = document.tokens[i]
                findings.suggestions.append(SuggestionProposal(range: t.range, candidates: [Self.capitalized(t.text)],
                    rule: Self.description.identifier, category: .personName,
                    reason: "'\(t.text)' stands where a name stands and is a Korean surname, in an article about Korea",
                    evidence: Evidence(.curatedMisrendering, supports: [.structure("the article is about Korea")])))
            }
        }
        return findings
    }

    /// In a document about Korea: the lower-case words that are a Korean surname as the South
    /// romanizes it and stand where a name stands ("song said"), but for those in `taken`.
    public static func koreanSurnames(in document: Document, roles: Set<String>, excluding taken: Set<Int>) -> [Int] {
        let surnames = Self.koreanSurnameKeys
        return document.tokens.indices.filter { i in
            let t = document.tokens[i]
            return t.isWord && !t.isCapitalized && surnames.contains(t.key) && !taken.contains(i) && standsAsName(i, in: document, roles: roles)
        }
    }

    static let koreanSurnameKeys = Set(KoreanRomanization.surnames.values.map { Fold.key($0.south) })

    /// The lower-case words of `document` that stand where a name stands and are the
    /// English surname of one person the document names in full: (token index, entry).
    public static func surnames(in document: Document, dictionary dict: CompiledDictionary, lexicon: Lexicon) -> [(Int, Int)] {
        // The people named in full, by the key of an English surname that is a word.
        var people: [String: Set<Int>] = [:]
        for m in document.nameMatches where m.first != m.last {
            for p in m.payloads {
                let entry = dict.variants[p].entry
                let e = dict[entry]
                guard e.kind == .person, let full = e.name["en"], full.contains(bytes: " ") else { continue }
                let words = full.split(separator: " ")
                let surname = e.surname["en"] ?? String(CompiledDictionary.eastAsian.contains(e.country ?? "") ? words[0] : words[words.count - 1])
                guard !surname.contains(bytes: " "), surname.count >= 3, lexicon.isCommonWord(surname.lowercased()) else { continue }
                people[Fold.key(surname), default: []].insert(entry)
            }
        }
        guard !people.isEmpty else { return [] }
        let roles = dict.dictionaries.wordClasses["roles"] ?? []
        var out: [(Int, Int)] = []
        for (i, t) in document.tokens.enumerated() where t.isWord && !t.isCapitalized {
            guard let found = people[t.key], found.count == 1, standsAsName(i, in: document, roles: roles) else { continue }
            out.append((i, found.first!))
        }
        return out
    }

    /// Word `i` stands where a name stands: before a possessive "'s" or a verb of saying, or
    /// after a role word; not after a determiner.
    public static func standsAsName(_ i: Int, in document: Document, roles: Set<String>) -> Bool {
        let tokens = document.tokens
        let previous = document.previousWord(i)
        if let p = previous, determiners.contains(tokens[p].key) { return false }
        let afterRole = previous.map { roles.contains(tokens[$0].key) } ?? false
        let possessive = i + 1 < tokens.count && ["'s", "’s"].contains(tokens[i + 1].text)  // the tokenizer splits it off
        let says = document.nextWord(i).map { sayings.contains(tokens[$0].key) } ?? false
        return possessive || says || afterRole
    }

    static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
