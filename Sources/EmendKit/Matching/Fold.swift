import Synchronization

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
        let text = String(word)
        if let known = folded.withLock({ $0[text] }) { return known }
        let decomposed = (try? ICU.normalize(text, .nfd)) ?? text
        var stripped = String.UnicodeScalarView()
        for s in decomposed.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            stripped.append(s == "\u{2019}" || s == "\u{02BC}" ? "'" : s)
        }
        let key = (try? ICU.normalize(String(stripped), .nfkcCasefold)) ?? String(stripped).lowercased()
        folded.withLock { known in
            if known.count >= foldedLimit { known.removeAll(keepingCapacity: true) }
            known[text] = key
        }
        return key
    }

    /// The keys of non-ASCII words folded so far, shared by every thread: each costs two ICU
    /// normalizations, and a text in Cyrillic, Greek or accented Latin repeats its words.
    /// (A `String` key compares canonically, and canonically equivalent words, having one
    /// NFD, fold alike.) Emptied when full.
    private static let folded = Mutex<[String: String]>([:])
    private static let foldedLimit = 1 << 16

    /// The keys of the words of a phrase ("General Staff" → ["general", "staff"]).
    public static func keys(ofPhrase phrase: String) -> [String] {
        // Letters, spaces and hyphens only (ASCII: characters are bytes): split on spaces
        // and hyphens and lower-case, as ICU would split it, without ICU.
        var phrase = phrase
        if let keys = phrase.withUTF8({ plainKeys($0) }) { return keys }
        return Tokenizer.tokenize(phrase).filter(\.isWord).map(\.key)
    }

    /// A phrase's word keys joined by single spaces ("General-Staff" → "general staff"): one
    /// string to compare or index whole names by.
    public static func phraseKey(_ phrase: String) -> String { keys(ofPhrase: phrase).joined(separator: " ") }

    /// The keys of a phrase of ASCII letters, spaces and hyphens; nil for any other phrase.
    private static func plainKeys(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        for b in bytes where !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) && b != 0x20 && b != 0x2D { return nil }
        var out: [String] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x2D) { i += 1 }
            guard i < bytes.count else { break }
            var j = i
            var upper = false
            while j < bytes.count && bytes[j] != 0x20 && bytes[j] != 0x2D { upper = upper || bytes[j] <= 0x5A; j += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[i..<j])
            out.append(upper ? String(unsafeUninitializedCapacity: word.count) { buffer in
                for (k, b) in word.enumerated() { buffer[k] = b <= 0x5A ? b | 0x20 : b }
                return word.count
            } : String(decoding: word, as: UTF8.self))
            i = j
        }
        return out
    }
}
