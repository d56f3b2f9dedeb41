/// Shows China's ruling party named where the article's own country's party is meant.
///
/// Chinese writes "the party" (党, 党中央 "the party centre") and lets the article say which;
/// MT from Chinese resolves it to the Communist Party of China by default. In an article about
/// another country's ruling party, "elected to the Military Commission of the CPC Central
/// Committee" is then most likely that party's commission.
///
/// The party named is a party of China that an entry lists; it stands beside a party organ
/// ("Central Committee", "Political Bureau", "Military Commission"…); the sentence names
/// nothing else of China (no person, place or body of China, no "China" or "Chinese"); the
/// article is led by another country and names that country's own party, which is the
/// candidate. Always a suggestion: Chinese and foreign parties do meet in the news.
public struct DefaultPartyRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.default-party",
        name: "China's party read for another's",
        summary: "China's ruling party, beside a party organ in a sentence that names nothing of China, in an article about another country's party, is shown with that party.",
        category: .orgName,
        nonTriggeringExamples: [
            "North Korea's Workers' Party of Korea met. Xi Jinping, general secretary of the CPC Central Committee, sent a message.",
            "North Korea's Workers' Party of Korea met. The CPC Central Committee in Beijing sent congratulations to Pyongyang.",
            "The CPC Central Committee met in Beijing, and North Korea was not discussed.",
        ],
        triggeringExamples: [
            .suggestion("North Korea's leader heads the Workers' Party of Korea. In 2010 he was elected to the Military Commission of the CPC Central Committee."),
        ])

    /// Words of a party's organs: a party named beside one is that organ's party.
    static let organs: Set<String> = ["central", "committee", "politburo", "political", "bureau", "military", "commission",
                                      "secretariat", "congress", "plenary", "presidium", "secretary"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let dict = context.dictionary
        guard document.language == "en", let model = context.article, model.showsMT, let china = dict.entryIndex["Q148"] else { return findings }
        let chinese = { (entry: Int) in entry == china || dict[entry].country.flatMap { dict.entryIndex[$0] } == china }
        let isParty = { (entry: Int) in dict[entry].kind == .organization && (dict[entry].name["en"]?.contains(bytes: "Party") ?? false) }
        // The leading country other than China, and its parties the article names.
        guard let (own, _) = model.countries.filter({ $0.key != china && model.isLeading(country: $0.key) }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
        else { return findings }
        let ownParties = model.matches.keys.filter { isParty($0) && dict[$0].country.flatMap { dict.entryIndex[$0] } == own }.sorted()
        guard let ownParty = ownParties.first, ownParties.count == 1, let ownName = dict[ownParty].name["en"] else { return findings }
        let matches = document.nameMatches
        var bySentence: [Int: [Int]] = [:]
        for m in matches {
            let entries = Set(m.payloads.map { dict.variants[$0].entry })
            for e in entries where chinese(e) { bySentence[document.sentence(at: document.tokens[m.first].range.lowerBound), default: []].append(e) }
        }
        for m in matches {
            let entries = Set(m.payloads.map { dict.variants[$0].entry })
            guard entries.count == 1, let party = entries.first, isParty(party), chinese(party) else { continue }
            let range = document.span(m.first, m.last)
            let sentence = document.sentence(at: range.lowerBound)
            guard bySentence[sentence, default: []].allSatisfy({ $0 == party }),
                  !document.sentence(at: range.lowerBound, contains: ["China", "Chinese", "Sino"]),
                  Self.besideOrgan(m, document) else { continue }
            findings.suggestions.append(SuggestionProposal(range: range, candidates: [ownName], rule: Self.description.identifier,
                entry: dict[ownParty].id, category: .orgName,
                reason: "'\(document.string(range))' stands beside a party organ in a sentence that names nothing of China, in an article about \(dict[own].name["en"] ?? "another country") that names the \(ownName); MT from Chinese reads 党 ('the party') as China's",
                evidence: Evidence(.bodyInCountry, entry: ownParty)))
        }
        return findings
    }

    /// True when a word of a party organ stands right before or after the match (skipping "of the").
    static func besideOrgan(_ m: TokenTrie.Match, _ document: Document) -> Bool {
        var before = document.previousWord(m.first)
        while let b = before, ["of", "the"].contains(document.tokens[b].key) { before = document.previousWord(b) }
        let after = document.nextWord(m.last)
        return [before, after].contains { $0.map { organs.contains(document.tokens[$0].key) } ?? false }
    }
}
