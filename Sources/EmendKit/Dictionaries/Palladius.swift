/// Mandarin pinyin to Russian Cyrillic in the Palladius system (the standard Russian
/// transcription of Chinese): 习近平 xi jin ping → "Си Цзиньпин".
///
/// The syllable table is built from initials × finals: each final lists the initials it
/// combines with in Mandarin, and a consonant syllable is the initial's Cyrillic followed by
/// the final's (zh + uang → чж + уан). Syllables without an initial (a, ou, yi, wu, yue…) are
/// a table of their own, and so are the few consonant syllables written otherwise (hui хуэй).
/// The interjections m, n, ng, hm, ê are left out, and so are conventional names that are not
/// Palladius at all (Пекин, Харбин, Гонконг): Beijing gives Бэйцзин.
///
/// Within a word, a syllable ending in "н" (from -ng) gets a separating "ъ" before a
/// syllable starting with a vowel letter: 长安 Chang'an → Чанъань, 雄安 Xiong'an → Сюнъань.
/// A syllable ending in "нь" (from -n) already separates and stays as it is: 延安 Yan'an →
/// Яньань, 沈阳 Shenyang → Шэньян.
public enum Palladius {
    /// One toneless, lower-case pinyin syllable ("zhuang", "lü"/"lv"/"lu:" for ü) → Cyrillic, nil if it is not a Mandarin syllable.
    public static func syllable(_ pinyin: String) -> String? {
        table[normalized(pinyin)]
    }

    /// A word of one or more toneless pinyin syllables written together ("xiyue", "jinping", "xi'an"): segmented into syllables (apostrophe is a boundary; otherwise the segmentation that uses only valid syllables, preferring longest syllables first, with backtracking) and transcribed; nil if it cannot be segmented. Capitalization of the input is ignored; output is lower case.
    ///
    /// As pinyin spelling requires, a syllable starting with a, o or e begins the word or
    /// follows an apostrophe, so "henan" is he + nan (Хэнань), not hen + an. Only when no
    /// segmentation obeys that rule is it relaxed ("zhouenlai" → чжоуэньлай).
    public static func word(_ pinyin: String) -> String? {
        let chunks = normalized(pinyin).split(omittingEmptySubsequences: false, whereSeparator: { apostrophes.contains($0) })
        guard !chunks.isEmpty, chunks.allSatisfy({ !$0.isEmpty }) else { return nil }
        var out = ""
        for chunk in chunks {
            let letters = Array(chunk)
            guard let syllables = segment(letters) else { return nil }
            for s in syllables {
                guard let cyrillic = table[s] else { return nil }
                if out.hasSuffix("н"), let first = cyrillic.first, vowels.contains(first) { out += "ъ" }
                out += cyrillic
            }
        }
        return out
    }

    /// A name as a list of words (each one or more syllables): each word transcribed and capitalized, joined with spaces ("Yin Xiyue" → "Инь Сиюэ"). nil if any word fails.
    public static func name(_ pinyin: String) -> String? {
        let words = pinyin.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        var out: [String] = []
        for w in words {
            guard let cyrillic = word(String(w)), let first = cyrillic.first else { return nil }
            out.append(first.uppercased() + cyrillic.dropFirst())
        }
        return out.joined(separator: " ")
    }

    /// Initials in pinyin → Cyrillic.
    static let initials: [String: String] = [
        "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
        "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с",
        "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
    ]

    /// Finals as spelled after an initial → Cyrillic, with the initials they follow. ü after
    /// j, q, x is spelled u; lüe and nüe also come as ASCII "lue", "nue".
    static let finals: [(pinyin: String, cyrillic: String, initials: String)] = [
        ("a", "а", "b p m f d t n l g k h zh ch sh z c s"),
        ("o", "о", "b p m f l"),
        ("e", "э", "m d t n l g k h zh ch sh r z c s"),
        ("ai", "ай", "b p m d t n l g k h zh ch sh z c s"),
        ("ei", "эй", "b p m f d t n l g k h zh sh z"),
        ("ao", "ао", "b p m d t n l g k h zh ch sh r z c s"),
        ("ou", "оу", "p m f d t n l g k h zh ch sh r z c s"),
        ("an", "ань", "b p m f d t n l g k h zh ch sh r z c s"),
        ("en", "энь", "b p m f d n g k h zh ch sh r z c s"),
        ("ang", "ан", "b p m f d t n l g k h zh ch sh r z c s"),
        ("eng", "эн", "b p m f d t n l g k h zh ch sh r z c s"),
        ("ong", "ун", "d t n l g k h zh ch r z c s"),
        ("i", "и", "b p m d t n l j q x zh ch sh r"),
        ("i", "ы", "z c s"),
        ("ia", "я", "d l j q x"),
        ("ie", "е", "b p m d t n l j q x"),
        ("iao", "яо", "b p m d t n l j q x"),
        ("iu", "ю", "m d n l j q x"),
        ("ian", "янь", "b p m d t n l j q x"),
        ("in", "инь", "b p m n l j q x"),
        ("iang", "ян", "n l j q x"),
        ("ing", "ин", "b p m d t n l j q x"),
        ("iong", "юн", "j q x"),
        ("u", "у", "b p m f d t n l g k h zh ch sh r z c s"),
        ("ua", "уа", "g k h zh ch sh r"),
        ("uo", "о", "d t n l g k h zh ch sh r z c s"),
        ("uai", "уай", "g k h zh ch sh"),
        ("ui", "уй", "d t g k h zh ch sh r z c s"),
        ("uan", "уань", "d t n l g k h zh ch sh r z c s"),
        ("un", "унь", "d t l g k h zh ch sh r z c s"),
        ("uang", "уан", "g k h zh ch sh"),
        ("ü", "юй", "n l j q x"),
        ("üe", "юэ", "n l j q x"),
        ("üan", "юань", "j q x"),
        ("ün", "юнь", "j q x"),
        ("u", "юй", "j q x"),
        ("ue", "юэ", "n l j q x"),
        ("uan", "юань", "j q x"),
        ("un", "юнь", "j q x"),
    ]

    /// Syllables without an initial (including those spelled with y- and w-).
    static let bare: [String: String] = [
        "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
        "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "er": "эр",
        "yi": "и", "ya": "я", "yo": "ё", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь",
        "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн",
        "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
        "yü": "юй", "yüe": "юэ", "yüan": "юань", "yün": "юнь",
        "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань",
        "wen": "вэнь", "wang": "ван", "weng": "вэн",
    ]

    /// Consonant syllables that Palladius does not write as initial + final: hui is хуэй
    /// (回良玉 Хуэй Лянъюй, 惠州 Хуэйчжоу), not the regular хуй.
    static let exceptions: [String: String] = ["hui": "хуэй"]

    /// Every accepted pinyin spelling (ü written "ü") → Cyrillic.
    static let table: [String: String] = {
        var table = bare
        for final in finals {
            for initial in final.initials.split(separator: " ") {
                table[initial + final.pinyin] = initials[String(initial)]! + final.cyrillic
            }
        }
        table.merge(exceptions) { _, exception in exception }
        return table
    }()

    /// The longest syllable, in characters ("zhuang").
    static let longest = 6
    static let apostrophes: Set<Character> = ["'", "’", "ʼ", "‘"]
    /// Letters before which a syllable ending in "н" takes "ъ".
    static let vowels: Set<Character> = ["а", "о", "у", "э", "ы", "и", "я", "е", "ё", "ю"]

    /// Lower case, with "u:" and "v" spelled "ü".
    static func normalized(_ pinyin: String) -> String {
        var out = ""
        var rest = Substring(pinyin.lowercased())
        while let c = rest.popFirst() {
            if c == "v" { out.append("ü") }
            else if c == "u" && rest.first == ":" { rest.removeFirst(); out.append("ü") }
            else { out.append(c) }
        }
        return out
    }

    /// The syllables of `letters[start...]`, longest first with backtracking; `strict` keeps
    /// a, o, e from starting any syllable but the first. `dead` remembers the positions
    /// already known not to segment, which keeps the search linear.
    static func segment(_ letters: [Character], from start: Int, strict: Bool, dead: inout Set<Int>) -> [String]? {
        if start == letters.count { return [] }
        if dead.contains(start) || (strict && start > 0 && "aoe".contains(letters[start])) { return nil }
        for length in stride(from: min(longest, letters.count - start), through: 1, by: -1) {
            let candidate = String(letters[start..<start + length])
            guard table[candidate] != nil else { continue }
            if let rest = segment(letters, from: start + length, strict: strict, dead: &dead) { return [candidate] + rest }
        }
        dead.insert(start)
        return nil
    }

    /// The syllables of `letters`, obeying the a/o/e rule if any segmentation does.
    static func segment(_ letters: [Character]) -> [String]? {
        var dead = Set<Int>()
        if let strict = segment(letters, from: 0, strict: true, dead: &dead) { return strict }
        dead = []
        return segment(letters, from: 0, strict: false, dead: &dead)
    }
}
