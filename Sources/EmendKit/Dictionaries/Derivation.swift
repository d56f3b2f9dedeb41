/// Variants of names derived with ICU instead of typed by hand.
public enum Derivation {
    /// A derived spelling and how it was made.
    public struct Derived: Equatable, Sendable {
        public var text: String
        public var how: String
    }

    /// The pinyin MT leaves behind for a Chinese name, through ICU "Han-Latin; Latin-ASCII".
    ///
    /// Names of two or more syllables give the joined form ("纳卡" → "Naka", "欧盟" →
    /// "Oumeng"); person names also give surname + joined given name ("尹锡悦" → "Yin Xiyue").
    /// Parts separated by a middle dot are romanized separately. Single syllables give nothing:
    /// they are too ambiguous to be names.
    ///
    /// A Japanese name's surname is mostly two characters (安倍晋三 → "Anbei Jinsan"):
    /// `japanese` adds the form with a two-syllable surname.
    public static func pinyin(_ chinese: String, person: Bool, japanese: Bool = false) -> [Derived] {
        let parts = chinese.split(whereSeparator: { "·•・‧".contains($0) })
        var joinedParts: [String] = [], personParts: [String] = [], japaneseParts: [String] = []
        var syllableCount = 0
        for part in parts {
            guard part.unicodeScalars.allSatisfy({ ICU.script(of: $0) == "Han" }) else { return [] }
            guard let latin = try? ICU.transliterate(String(part), id: "Han-Latin; Latin-ASCII") else { return [] }
            var syllables = latin.split(separator: " ").map { String($0).filter(\.isLetter) }.filter { !$0.isEmpty }
            // In names a character has its name reading (什 shi, 勒 le, 都 du, 长 chang), one
            // syllable a character.
            if syllables.count == part.count {
                for (k, c) in part.enumerated() { if let r = nameReadings[c] { syllables[k] = r } }
            }
            // A surname has its own reading (朴 is Piao as a surname, not pu).
            if person, parts.count == 1, let first = part.first, let reading = surnameReadings[first], !syllables.isEmpty {
                syllables[0] = reading
            }
            syllableCount += syllables.count
            joinedParts.append(capitalized(syllables.joined()))
            if syllables.count >= 2 {
                personParts.append(capitalized(syllables[0]) + " " + capitalized(syllables.dropFirst().joined()))
            } else {
                personParts.append(capitalized(syllables.joined()))
            }
            if syllables.count >= 3 {
                japaneseParts.append(capitalized(syllables.prefix(2).joined()) + " " + capitalized(syllables.dropFirst(2).joined()))
            }
        }
        guard syllableCount >= 2 else { return [] }
        var out = [Derived(text: joinedParts.joined(separator: " "), how: "pinyin of \(chinese) (ICU Han-Latin)")]
        if person && parts.count == 1 {
            let p = personParts.joined(separator: " ")
            if p != out[0].text { out.append(Derived(text: p, how: "pinyin of \(chinese) as surname and given name (ICU Han-Latin)")) }
            if japanese, let j = japaneseParts.first {
                out.append(Derived(text: j, how: "pinyin of \(chinese) as a two-character Japanese surname and given name (ICU Han-Latin)"))
            }
        }
        return out
    }

    /// BGN/PCGN romanizations of a native name in Cyrillic, Armenian or Georgian, through
    /// ICU, plus the usual English simplification of final -yy/-iy to -y ("Nagornyy" →
    /// "Nagorny", "Zelenskiy" → "Zelensky") and without apostrophes.
    public static func romanizations(_ native: String) -> [Derived] {
        let scalars = native.unicodeScalars
        let transform: String
        switch ICU.script(of: native) {
        case "Cyrillic":
            if scalars.contains(where: { "іїєґІЇЄҐ".unicodeScalars.contains($0) }) { transform = "Ukrainian-Latin/BGN" }
            else if scalars.contains(where: { "ўЎ".unicodeScalars.contains($0) }) { transform = "Belarusian-Latin/BGN" }
            else if scalars.contains(where: { "қҚғҒңҢүҮұҰһҺәӘөӨ".unicodeScalars.contains($0) }) { transform = "Kazakh-Latin/BGN" }
            else { transform = "Russian-Latin/BGN" }
        case "Armenian": transform = "Armenian-Latin/BGN"
        case "Georgian": transform = "Georgian-Latin/BGN"
        default: return []
        }
        guard let latin = try? ICU.transliterate(native, id: transform + "; Latin-ASCII") else { return [] }
        let plain = String(latin.unicodeScalars.filter { !"'’ʹʺ\"`".unicodeScalars.contains($0) }.map(Character.init))
        var out = [Derived(text: plain, how: "\(transform) of \(native)")]
        let simplified = plain.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            for end in ["yy", "iy"] where word.hasSuffix(end) && word.count > 4 { return String(word.dropLast(2)) + "y" }
            return String(word)
        }.joined(separator: " ")
        if simplified != plain { out.append(Derived(text: simplified, how: "\(transform) of \(native), -yy/-iy written -y")) }
        return out
    }

    /// Characters whose reading as a surname differs from the reading ICU gives first, from
    /// the surname readings of the Xiandai Hanyu Cidian (现代汉语词典) and the Unihan
    /// kHanyuPinyin readings of these characters.
    static let surnameReadings: [Character: String] = [
        "朴": "piao", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "盖": "ge",
        "乐": "yue", "覃": "qin", "召": "shao", "缪": "miao", "曾": "zeng", "种": "chong", "繁": "po",
        "员": "yun", "句": "gou", "朝": "chao", "尉": "yu", "宿": "su", "藏": "zang", "什": "shi",
    ]

    /// Characters whose reading in transliterated and East Asian names differs from the one
    /// ICU gives first (勒 is le in 费德勒 Federer, 什 shi in 拉什福德 Rashford, 都 du in 京都
    /// Kyoto, 长 chang in 长崎 Nagasaki), from Xinhua's transliteration tables (《世界人名翻译大辞典》)
    /// and Unihan's kHanyuPinyin readings of these characters.
    static let nameReadings: [Character: String] = [
        "什": "shi", "勒": "le", "卜": "bu", "都": "du", "长": "chang",
    ]

    static func capitalized(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }
}
