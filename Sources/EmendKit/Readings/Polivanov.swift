/// Japanese names in Hepburn romanization to Russian Cyrillic in the Polivanov system (the
/// standard Russian transcription of Japanese): "Shinzo Abe" → "Синдзо Абэ", "Fumio
/// Kishida" → "Фумио Кисида".
///
/// The input is a name as English-language news writes it: Hepburn without macrons (ā ī ū ē ō
/// are accepted as plain vowels), syllabic n usually without its apostrophe. Each word is
/// segmented into Hepburn syllables, longest first with backtracking, plus three units that
/// are not syllables: syllabic n (н; м before b, p, m: Gunma → Гумма; нъ before a vowel or
/// y), syllabic m (Hepburn's m before b, p, m: Shimbashi → Симбаси) and a geminate consonant
/// (kk, ss, tt, pp, tch, ssh, tts), written as the doubled first letter of the next
/// syllable's Cyrillic: Hokkaido → Хоккайдо, Matcha → Маття.
///
/// A dropped apostrophe is guessed back where it usually was: n before "ichi" or "y" after a
/// vowel is syllabic (Shinichi → Синъити, Shinya → Синъя). The guess is wrong for the rarer
/// names with na-ni-nu-ne-no there (Hanyu 羽生 gives Ханъю, not Ханю).
///
/// A lone i after a or e is the diphthong й (Daisuke → Дайсукэ, Keiko → Кэйко), but a
/// word-final "ai" is аи, as in the many surnames in -i 井 (Sakai → Сакаи, Arai → Араи), so
/// Sendai gives Сэндаи, not the conventional Сэндай; Takaichi likewise gives Такайти, not
/// Такаити. Conventional names that are not Polivanov at all (Токио, Иокогама) are not
/// known: Tokyo gives Токё.
public enum Polivanov {
    /// A name of one or more words separated by single spaces ("Junichiro Koizumi"): each word
    /// transcribed and capitalized, in order ("Дзюнъитиро Коидзуми"). nil if any word is not
    /// wholly Hepburn syllables ("Smith", "Xi Jinping") or the input has anything but ASCII
    /// letters, macron vowels, single spaces, and hyphens or apostrophes inside words.
    public static func name(_ hepburn: String) -> String? {
        let words = hepburn.split(separator: " ", omittingEmptySubsequences: false)
        var out: [String] = []
        for w in words {
            guard let cyrillic = word(String(w)), let first = cyrillic.first else { return nil }
            out.append(first.uppercased() + cyrillic.dropFirst())
        }
        return out.isEmpty ? nil : out.joined(separator: " ")
    }

    /// One word ("Shin'ichi", "Hokkaido") → lower-case Cyrillic, nil if it does not segment.
    /// An apostrophe may only follow n; a hyphen inside the word is a syllable boundary, read
    /// as the apostrophe after n (Shin-ichi → синъити) and dropped elsewhere (Ryu-ichi → рюити).
    static func word(_ hepburn: String) -> String? {
        var letters: [Character] = []
        let lower = Array(hepburn.lowercased())
        for (i, c) in lower.enumerated() {
            if let plain = macrons[c] { letters.append(plain) }
            else if c.isASCII && c.isLetter { letters.append(c) }
            else if marks.contains(c) {
                // Only between two letters; an apostrophe only after n.
                guard i > 0, i + 1 < lower.count, !marks.contains(lower[i - 1]), !marks.contains(lower[i + 1]),
                      c == "-" || lower[i - 1] == "n" else { return nil }
                if lower[i - 1] == "n" { letters.append("'") }
            } else { return nil }
        }
        guard !letters.isEmpty else { return nil }
        var dead = Set<Int>()
        guard let units = segment(letters, from: 0, dead: &dead) else { return nil }
        return transcribe(units)
    }

    /// A piece of a segmented word.
    enum Unit {
        /// A Hepburn syllable in `table` ("shi").
        case syllable(String)
        /// A syllable with its consonant doubled ("kka" is `.geminate("ka")`, "tchi" is `.geminate("chi")`).
        case geminate(String)
        /// Syllabic n.
        case moraicN
        /// Hepburn's m for syllabic n before b, p, m.
        case moraicM

        /// The Hepburn letters the unit starts with, for the rules that look at the next unit.
        var hepburn: String {
            switch self {
            case .syllable(let s), .geminate(let s): s
            case .moraicN: "n"
            case .moraicM: "m"
            }
        }
    }

    /// The units of `letters[start...]`: the longest syllable first, with backtracking.
    /// `dead` remembers the positions already known not to segment, which keeps the search linear.
    static func segment(_ letters: [Character], from start: Int, dead: inout Set<Int>) -> [Unit]? {
        if start == letters.count { return [] }
        if dead.contains(start) { return nil }
        let c = letters[start]
        let next: Character? = start + 1 < letters.count ? letters[start + 1] : nil
        var candidates: [(unit: Unit, end: Int)] = []
        func syllables(at p: Int) -> [(String, Int)] {
            stride(from: min(longest, letters.count - p), through: 1, by: -1).compactMap { length in
                let s = String(letters[p..<p + length])
                return table[s] != nil ? (s, p + length) : nil
            }
        }
        if c == "n", start > 0, vowels.contains(letters[start - 1]),
           next == "y" || String(letters[(start + 1)...].prefix(4)) == "ichi" {
            candidates.append((.moraicN, start + 1))  // the dropped apostrophe: Shinichi, Shinya
        }
        candidates += syllables(at: start).map { (.syllable($0.0), $0.1) }
        if c == "n", next.map({ !vowels.contains($0) && $0 != "y" }) ?? true {
            candidates.append((.moraicN, next == "'" ? start + 2 : start + 1))
        }
        if c == "m", let next, "bpm".contains(next) { candidates.append((.moraicM, start + 1)) }
        if "kstp".contains(c), let next, next == c || (c == "t" && next == "c") {
            candidates += syllables(at: start + 1).map { (.geminate($0.0), $0.1) }
        }
        for (unit, end) in candidates {
            if let rest = segment(letters, from: end, dead: &dead) { return [unit] + rest }
        }
        dead.insert(start)
        return nil
    }

    /// Segmented units → Cyrillic, applying the rules for syllabic n and the diphthong i.
    static func transcribe(_ units: [Unit]) -> String {
        var out = ""
        for (i, unit) in units.enumerated() {
            let following = i + 1 < units.count ? units[i + 1].hepburn.first : nil
            switch unit {
            case .syllable("i") where i > 0 && "ae".contains(units[i - 1].hepburn.last!):
                out += following == nil && units[i - 1].hepburn.last == "a" ? "и" : "й"
            case .syllable(let s):
                out += table[s]!
            case .geminate(let s):
                let cyrillic = table[s]!
                out += String(cyrillic.first!) + cyrillic
            case .moraicN:
                if let following, "bpm".contains(following) { out += "м" }
                else if let following, vowels.contains(following) || following == "y" { out += "нъ" }
                else { out += "н" }
            case .moraicM:
                out += "м"
            }
        }
        return out
    }

    /// Hepburn syllable → Cyrillic, one row of the kana table a line.
    static let table: [String: String] = {
        let rows = """
            a а i и u у e э o о
            ka ка ki ки ku ку ke кэ ko ко kya кя kyu кю kyo кё
            sa са shi си su су se сэ so со sha ся shu сю sho сё
            ta та chi ти tsu цу te тэ to то cha тя chu тю cho тё
            na на ni ни nu ну ne нэ no но nya ня nyu ню nyo нё
            ha ха hi хи fu фу he хэ ho хо hya хя hyu хю hyo хё
            ma ма mi ми mu му me мэ mo мо mya мя myu мю myo мё
            ya я yu ю yo ё
            ra ра ri ри ru ру re рэ ro ро rya ря ryu рю ryo рё
            wa ва wo о
            ga га gi ги gu гу ge гэ go го gya гя gyu гю gyo гё
            za дза ji дзи zu дзу ze дзэ zo дзо ja дзя ju дзю jo дзё
            da да di дзи du дзу de дэ do до
            ba ба bi би bu бу be бэ bo бо bya бя byu бю byo бё
            pa па pi пи pu пу pe пэ po по pya пя pyu пю pyo пё
            """
        let fields = rows.split(whereSeparator: \.isWhitespace).map(String.init)
        return Dictionary(uniqueKeysWithValues: stride(from: 0, to: fields.count, by: 2).map { (fields[$0], fields[$0 + 1]) })
    }()

    /// The longest syllable, in letters ("shi", "kya").
    static let longest = 3
    static let vowels: Set<Character> = ["a", "i", "u", "e", "o"]
    static let macrons: [Character: Character] = ["ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o"]
    /// Apostrophes and the hyphen, accepted inside a word.
    static let marks: Set<Character> = ["'", "’", "ʼ", "-"]
}
