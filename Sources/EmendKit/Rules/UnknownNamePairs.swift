/// Two capitalized words that may be an unknown person's name as MT leaves it from Chinese:
/// a surname and a joined given name ("Bai Yunkui", "Anbei Jinsan"), letters only, no
/// dictionary name over them, not part of a longer capitalized run, neither an English word.
/// The reading rules (Korean, Japanese) look up what such a pair reads as.
enum UnknownNamePairs {
    /// Token indexes of surname and given name, in text order. With `afterTitle`, a pair may
    /// follow another capitalized word ("Prime Minister Anbei Jinsan"): for look-ups narrow
    /// enough that a title's last word cannot pass for a surname.
    static func find(in document: Document, _ context: RuleContext, afterTitle: Bool = false) -> [(surname: Int, given: Int)] {
        let tokens = document.tokens
        let inNames = document.tokensInNames
        var out: [(Int, Int)] = []
        for i in tokens.indices where i + 2 < tokens.count {
            let s = tokens[i], sep = tokens[i + 1], g = tokens[i + 2]
            guard s.isWord, g.isWord, s.isCapitalized, g.isCapitalized, sep.text == " ", !inNames.contains(i + 2),
                  s.isAllLetters, g.isAllLetters, s.text.dropFirst().allSatisfy(\.isLowercase),
                  g.text.dropFirst().allSatisfy(\.isLowercase) else { continue }
            if !afterTitle, i >= 2, tokens[i - 1].text == " ", tokens[i - 2].isWord, tokens[i - 2].isCapitalized { continue }
            if i + 4 < tokens.count, tokens[i + 3].text == " ", tokens[i + 4].isWord, tokens[i + 4].isCapitalized { continue }
            if let lexicon = context.lexicon, lexicon.isCommonWord(g.text) || lexicon.isListedCapitalized(g.text) { continue }
            out.append((i, i + 2))
        }
        return out
    }
}
