/// Capitalized verbs in mid-sentence in French, German, Spanish and Russian editions,
/// told by their shape and place rather than a lexicon (``MidSentenceCapitalRule`` uses
/// WordNet for English): the word classes `verb-endings-LANG`, `auxiliaries-fr` and
/// `verb-prefixes-de` in the dictionaries say what a verb looks like.
///
/// - French: a past participle after an auxiliary (« a Déclaré » → « a déclaré »).
/// - Spanish: a preterite or future ending in mid-sentence (« partes Celebrarán el »).
/// - German, where nouns are capitalized: a weak preterite with an inseparable prefix right
///   after its capitalized subject, followed by a function word (« Scholz Betonte nach »).
/// - Russian: a past-tense ending right after a capitalized subject (« Путин Заявил »).
enum VerbShape {
    static func check(_ document: Document, _ context: RuleContext, rule: String) -> RuleFindings {
        var findings = RuleFindings()
        let tokens = document.tokens
        let language = document.language
        let endings = context.words("verb-endings")
        guard !endings.isEmpty else { return findings }
        var headline: [Bool]? = nil
        for (i, t) in tokens.enumerated() where t.isWord && t.isCapitalized && !t.isAllCaps && t.text.count >= 4 {
            let lower = (try? ICU.lowercase(t.text, locale: language)) ?? t.text.lowercased()
            guard t.text.dropFirst().allSatisfy({ $0.isLowercase }), endings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 2 }),
                  !document.tokensInNames.contains(i), !document.startsSentence(i) else { continue }
            guard let n = document.nextNonSpace(i), tokens[n].kind == .punctuation && !tokens[n].isHyphen || (tokens[n].isWord && tokens[n].isLowercase) else { continue }
            guard let p = document.previousNonSpace(i) else { continue }
            let prev = tokens[p]
            switch language {
            case "fr":
                guard prev.isWord, context.words("auxiliaries").contains(prev.key), prev.isLowercase else { continue }
            case "es":
                guard prev.isWord || prev.text == "," else { continue }
            case "de":
                guard prev.isWord, prev.isCapitalized, !context.words("articles").contains(prev.key),
                      context.words("verb-prefixes").contains(where: { lower.hasPrefix($0) }),
                      tokens[n].isWord, context.words("function").contains(tokens[n].key) || context.words("articles").contains(tokens[n].key) else { continue }
            case "ru":
                guard prev.isWord && prev.isCapitalized || prev.text == ",", !context.words("not-verbs").contains(t.key) else { continue }
            default:
                continue
            }
            if headline == nil { headline = MidSentenceCapitalRule.titleCaseLines(document) }
            if headline![i] { continue }
            findings.edits.append(Proposal(range: t.range, replacement: lower, rule: rule, category: .casing,
                                           reason: "'\(t.text)' has the form of a verb, capitalized in mid-sentence"))
        }
        return findings
    }
}
