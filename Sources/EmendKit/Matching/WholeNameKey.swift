/// A loose key for a whole romanized name of two or more words, so that the spellings of one
/// name that romanization systems and MT's hybrids vary share it: "Kim Jeong-eun" (Revised
/// Romanization) and "Kim Jong Un" (the North's own), "Ras Ein" and "Ras al-Ain", "Moon Jae-in"
/// and "Mun Jae-in".
///
/// Each word folded (case, accents); an Arabic article joined by a hyphen to the next word
/// ("al-", "el-", "ad-", "ash-", …) dropped; in each word kh → h, ph → f, q → k, ck → k,
/// y → i, eo → o, eu → u, oo → u, ou → u, and every doubled letter written once; the words
/// run together.
/// Only letters a–z take part; a name with any other letter has no key.
public enum WholeNameKey {
    /// Arabic articles as romanizations write them before a hyphen.
    static let articles: Set<String> = ["al", "el", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "es", "ez", "et", "er"]

    /// The key of a name given as its words, each with whether a hyphen follows it.
    public static func key(_ words: [(word: String, hyphenAfter: Bool)]) -> String? {
        var letters: [UInt8] = []
        for (n, w) in words.enumerated() {
            let folded = Fold.key(w.word)
            guard !folded.isEmpty, folded.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            if w.hyphenAfter, n > 0 || words.count > 2, articles.contains(folded), n + 1 < words.count { continue }
            letters += normalized(Array(folded.utf8))
        }
        guard letters.count >= 5 else { return nil }
        return String(decoding: letters, as: UTF8.self)
    }

    /// The key of a name as it is written ("Ras al-Ain", "Kim Jong Un").
    public static func key(_ name: String) -> String? {
        var words: [(word: String, hyphenAfter: Bool)] = []
        for t in Tokenizer.tokenize(name) {
            if t.isWord { words.append((t.text, false)) }
            else if t.isHyphen, !words.isEmpty { words[words.count - 1].hyphenAfter = true }
            else if t.kind == .punctuation { return nil }
        }
        return words.count >= 2 ? key(words) : nil
    }

    static func normalized(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            var c = b[i]
            let next: UInt8? = i + 1 < b.count ? b[i + 1] : nil
            switch (c, next) {
            case (0x6B, 0x68): c = 0x68; i += 1            // kh → h
            case (0x70, 0x68): c = 0x66; i += 1            // ph → f
            case (0x63, 0x6B): c = 0x6B; i += 1            // ck → k
            case (0x65, 0x6F): c = 0x6F; i += 1            // eo → o
            case (0x65, 0x75): c = 0x75; i += 1            // eu → u
            case (0x6F, 0x6F), (0x6F, 0x75): c = 0x75; i += 1  // oo, ou → u
            case (0x71, _): c = 0x6B                       // q → k
            case (0x79, _): c = 0x69                       // y → i
            default: break
            }
            if out.last != c { out.append(c) }
            i += 1
        }
        return out
    }
}
