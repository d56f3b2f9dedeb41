/// A loose key for one romanized word, so that spellings MT and transliteration tables vary
/// share it: "Naqa" and "Naka", "Shoyghu" and "Shoygu", "Tikhonov" and "Tihonov".
///
/// Folded (case, accents), then: kh → h, ph → f, q → k, ck → k, y → i, and every doubled
/// letter written once. Only letters a–z take part; a word with any other character has no key.
public enum VariantKey {
    public static func key(_ word: String) -> String? {
        let folded = Fold.key(word)
        guard folded.utf8.count >= 3, folded.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var out: [UInt8] = []
        let b = Array(folded.utf8)
        var i = 0
        while i < b.count {
            var c = b[i]
            let next: UInt8? = i + 1 < b.count ? b[i + 1] : nil
            if c == 0x6B, next == 0x68 { c = 0x68; i += 1 }            // kh → h
            else if c == 0x70, next == 0x68 { c = 0x66; i += 1 }       // ph → f
            else if c == 0x63, next == 0x6B { c = 0x6B; i += 1 }       // ck → k
            else if c == 0x71 { c = 0x6B }                             // q → k
            else if c == 0x79 { c = 0x69 }                             // y → i
            if out.last != c { out.append(c) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
