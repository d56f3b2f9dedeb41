/// Lower-cases a verb that MT capitalized in mid-sentence ("Russia Dispatched
/// peacekeeping troops" → "Russia dispatched peacekeeping troops").
///
/// Parts of speech come from WordNet (Debian's `wordnet-base`): the word must be a verb
/// form and not a noun, the spelling list must not know it capitalized, and it must not
/// start a sentence, follow punctuation or "the", stand in a known name, or sit in a title-case line
/// (a headline). The next word must be lower case, so the word does not open a name, or
/// clause punctuation (not an opening quote).
public struct MidSentenceCapitalRule: Rule {
    public static let description = RuleDescription(
        identifier: "casing.mid-sentence",
        name: "Capitalized verb in mid-sentence",
        summary: "A capitalized verb in the middle of a sentence is lower-cased.",
        category: .casing,
        nonTriggeringExamples: [
            "Lavrov said at the Federation after the talks.",
            "Erdogan Says Ready To Meet Assad",
            "He said: Stop the war.",
            "the United States and the United Nations",
            "The Georgian Dream party won.",
            "Moscow, November 11, According to a report",
            "the Arab League Secretary-General said",
            "ships in the Black Sea and the White House",
            "9. Acceptance Not Required for Having Copies.",
            "Preserve the section Entitled \"History\" as it is.",
            "The song played as Stand Up for Ukraine raised funds.",
        ],
        triggeringExamples: [
            RuleExample("Russia Dispatched peacekeeping troops to the area.", "Russia dispatched peacekeeping troops to the area."),
            RuleExample("Russia’s Defense Ministry Said on Monday that the attack failed.", "Russia’s Defense Ministry said on Monday that the attack failed."),
            RuleExample("the gap between the two sides Is narrowing", "the gap between the two sides is narrowing"),
            RuleExample("Le ministre a Déclaré que la trêve tiendrait.", "Le ministre a déclaré que la trêve tiendrait.", language: "fr"),
            RuleExample("Президент Путин Заявил журналистам, что переговоры продолжатся.", "Президент Путин заявил журналистам, что переговоры продолжатся.", language: "ru"),
            RuleExample("Los representantes Celebrarán el día 21 una reunión.", "Los representantes celebrarán el día 21 una reunión.", language: "es"),
        ])

    public static let languages: Set<String>? = ["en", "fr", "de", "es", "ru"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        if document.language != "en" { return VerbShape.check(document, context, rule: Self.description.identifier) }
        var findings = RuleFindings()
        guard let lexicon = context.lexicon else { return findings }
        let tokens = document.tokens
        var headline: [Bool]? = nil
        for (i, t) in tokens.enumerated() where t.isWord && t.isCapitalized && Self.isInitialCapitalOnly(t.text) {
            let lower = t.key
            // (An adverb or particle is more often part of a title: "Stand Up for Ukraine".)
            guard lexicon.isVerbForm(lower), !lexicon.isNounForm(lower), !lexicon.isAdverb(lower),
                  !document.isListedCapitalized(i, lexicon), !Self.inName(i, document), !document.startsSentence(i) else { continue }
            // The verb follows its subject directly: a word, not punctuation ("November 11, According" is a dateline).
            guard let p = document.previousNonSpace(i), tokens[p].isWord, !["the", "a", "an"].contains(tokens[p].key) else { continue }
            // Before punctuation that ends a clause, not before an opening quote: 'the section
            // Entitled "History"' names a heading.
            guard let n = document.nextNonSpace(i),
                  (tokens[n].kind == .punctuation && !Self.opensQuote(tokens[n].text)) || (tokens[n].isWord && tokens[n].isLowercase) else { continue }
            if headline == nil { headline = Self.titleCaseLines(document) }
            if headline![i] { continue }
            findings.edits.append(Proposal(range: t.range, replacement: (try? ICU.lowercase(t.text, locale: "en")) ?? t.text.lowercased(),
                                           rule: Self.description.identifier, category: .casing,
                                           reason: "'\(t.text)' is a verb capitalized in mid-sentence"))
        }
        return findings
    }

    /// The word is part of a name: a derived romanization of one word ("Said", BGN of Саид)
    /// does not make a verb a name.
    static func inName(_ i: Int, _ document: Document) -> Bool {
        guard document.tokensInNames.contains(i) else { return false }
        let variants = document.dictionary.variants
        if let m = document.nameMatch(containing: i), m.first != m.last || m.payloads.contains(where: { variants[$0].origin != .derived }) {
            return true
        }
        return document.bulkMatch(containing: i) != nil
    }

    /// Two or more characters, all lower-case after the first ("Said", not "SAID", "McCain"
    /// or "G7"); plain ASCII is read byte by byte.
    static func isInitialCapitalOnly(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.count >= 2 && utf8.dropFirst().allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        }
        return text.count >= 2 && text.dropFirst().allSatisfy { $0.isLowercase }
    }

    /// A quotation mark that opens a quotation (or may: the straight ones).
    static func opensQuote(_ text: String) -> Bool {
        ["\"", "'", "“", "‘", "«", "„", "‚"].contains(text)
    }

    /// For each token, whether its line is a headline in title case: most of its longer
    /// words capitalized, and no sentence punctuation at its end. One pass over the tokens.
    static func titleCaseLines(_ document: Document) -> [Bool] {
        let tokens = document.tokens
        var result = [Bool](repeating: false, count: tokens.count)
        var start = 0
        func close(_ end: Int) {
            guard start < end else { return }
            let line = tokens[start..<end]
            let words = line.filter { $0.isWord && $0.key.hasMoreCharacters(than: 3) }
            let last = line.last { $0.kind != .space }
            let sentenceEnd = last.map { ".!?”\"".contains($0.text.last ?? " ") } ?? false
            // Most longer words capitalized; with a full stop at the end ("9. Acceptance Not
            // Required for Having Copies."), nearly all of a short line.
            let capitalized = words.filter(\.isCapitalized).count
            let title = words.count >= 3 && (sentenceEnd
                ? words.count <= 12 && capitalized * 10 >= words.count * 8
                : capitalized * 10 >= words.count * 6)
            if title { for i in start..<end { result[i] = true } }
        }
        for (i, t) in tokens.enumerated() where t.isLineBreak {
            close(i)
            start = i + 1
        }
        close(tokens.count)
        return result
    }
}
