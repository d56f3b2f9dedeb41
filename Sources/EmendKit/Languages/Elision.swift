/// French elision: "l'Azerbaïdjan", "d'Arménie", "qu'Erevan" are one word to ICU but two
/// to a reader. In French editions the elided article or conjunction becomes a word of its
/// own, so names and country terms match after it ("de l'Oumeng" → "de l'UE").
public enum Elision {
    /// Elided words, as folded keys.
    static let elided: Set<String> = ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"]

    /// `tokens` with each elided word split off its host.
    public static func split(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for t in tokens {
            guard t.isWord, let cut = cut(t.text) else { out.append(t); continue }
            let head = String(t.text.prefix(cut)), rest = String(t.text.dropFirst(cut))
            let middle = t.range.lowerBound + head.utf8.count
            out.append(Token(range: t.range.lowerBound..<middle, text: head, kind: .word, key: Fold.key(head)))
            out.append(Token(range: middle..<t.range.upperBound, text: rest, kind: .word, key: Fold.key(rest)))
        }
        return out
    }

    /// The keys of a phrase as a French edition tokenizes it.
    public static func keys(ofPhrase phrase: String) -> [String] {
        split(Tokenizer.tokenize(phrase)).filter(\.isWord).map(\.key)
    }

    /// Characters before the host word, if `word` starts with an elided word.
    static func cut(_ word: String) -> Int? {
        // Most words hold neither apostrophe: their bytes tell so without reading characters
        // (no other bytes make a character equal to ' or ’).
        guard word.utf8.contains(0x27) || word.contains(bytes: "\u{2019}") else { return nil }
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return nil }
        let head = word[...apostrophe]
        let rest = word[word.index(after: apostrophe)...]
        guard let first = rest.first, first.isLetter, elided.contains(Fold.key(head)) else { return nil }
        return head.count
    }
}
