/// The matching key of a word: case-folded, without diacritics, compatibility-normalized.
///
/// Two spellings that differ only in case, accents or compatibility forms ("Türkiye",
/// "turkiye", "ＴＵＲＫＩＹＥ") share one key. ASCII words take a fast path.
public enum Fold {
    /// - Returns: NFKC_Casefold of the word after removing combining marks (NFD, then
    ///   dropping General_Category Mn), with typographic apostrophes as "'".
    public static func key(_ word: some StringProtocol) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return word.lowercased() }
        let decomposed = (try? ICU.normalize(String(word), .nfd)) ?? String(word)
        var stripped = String.UnicodeScalarView()
        for s in decomposed.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            stripped.append(s == "\u{2019}" || s == "\u{02BC}" ? "'" : s)
        }
        return (try? ICU.normalize(String(stripped), .nfkcCasefold)) ?? String(stripped).lowercased()
    }

    /// The keys of the words of a phrase ("General Staff" → ["general", "staff"]).
    public static func keys(ofPhrase phrase: String) -> [String] {
        Tokenizer.tokenize(phrase).filter(\.isWord).map(\.key)
    }
}
