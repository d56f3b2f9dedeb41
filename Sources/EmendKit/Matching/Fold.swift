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
        // Letters, digits, spaces and hyphens only: split as ICU would, without ICU.
        if phrase.utf8.allSatisfy({ b in (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x20 || b == 0x2D }),
           !phrase.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            // ASCII: characters are bytes; split on spaces and hyphens, lower-case A–Z.
            var out: [String] = []
            var word: [UInt8] = []
            for b in phrase.utf8 {
                if b == 0x20 || b == 0x2D {
                    if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
                } else {
                    word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
            }
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
            return out
        }
        return Tokenizer.tokenize(phrase).filter(\.isWord).map(\.key)
    }
}
