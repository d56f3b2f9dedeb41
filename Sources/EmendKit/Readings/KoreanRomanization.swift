/// Hangul to Latin letters as English-language news writes Korean names.
///
/// Given names in the Revised Romanization (South Korea, 2000), syllables hyphenated
/// ("Jae-in"), or, for North Korea, in its own simplified McCune–Reischauer style, syllables
/// as words ("Sol Ju"); surnames as their bearers' passports usually have them (Kim, Lee,
/// Park; in the North Ri, Rim, Ryu), from the National Institute of the Korean Language's
/// survey of surname romanizations.
public enum KoreanRomanization {
    static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    static let medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
    static let finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]

    /// Surnames by hangul, South and North.
    static let surnames: [String: (south: String, north: String)] = [
        "김": ("Kim", "Kim"), "이": ("Lee", "Ri"), "리": ("Lee", "Ri"), "박": ("Park", "Pak"), "최": ("Choi", "Choe"),
        "정": ("Jung", "Jong"), "강": ("Kang", "Kang"), "조": ("Cho", "Jo"), "윤": ("Yoon", "Yun"), "장": ("Jang", "Jang"),
        "임": ("Lim", "Rim"), "림": ("Lim", "Rim"), "한": ("Han", "Han"), "오": ("Oh", "O"), "서": ("Seo", "So"),
        "신": ("Shin", "Sin"), "권": ("Kwon", "Kwon"), "황": ("Hwang", "Hwang"), "안": ("Ahn", "An"), "송": ("Song", "Song"),
        "전": ("Jeon", "Jon"), "홍": ("Hong", "Hong"), "유": ("Yoo", "Ryu"), "류": ("Ryu", "Ryu"), "고": ("Ko", "Ko"),
        "문": ("Moon", "Mun"), "양": ("Yang", "Yang"), "손": ("Son", "Son"), "배": ("Bae", "Pae"), "백": ("Baek", "Paek"),
        "허": ("Heo", "Ho"), "노": ("Roh", "Ro"), "로": ("Roh", "Ro"), "남": ("Nam", "Nam"), "하": ("Ha", "Ha"),
        "곽": ("Kwak", "Kwak"), "성": ("Sung", "Song"), "차": ("Cha", "Cha"), "주": ("Joo", "Ju"), "우": ("Woo", "U"),
        "구": ("Koo", "Ku"), "민": ("Min", "Min"), "나": ("Na", "Ra"), "진": ("Jin", "Jin"), "지": ("Ji", "Ji"),
        "엄": ("Eom", "Om"), "채": ("Chae", "Chae"), "원": ("Won", "Won"), "천": ("Cheon", "Chon"), "방": ("Bang", "Pang"),
        "공": ("Kong", "Kong"), "현": ("Hyun", "Hyon"), "함": ("Ham", "Ham"), "변": ("Byun", "Pyon"), "염": ("Yeom", "Yom"),
        "여": ("Yeo", "Ryo"), "추": ("Choo", "Chu"), "도": ("Do", "To"), "소": ("So", "So"), "석": ("Seok", "Sok"),
        "선": ("Sun", "Son"), "설": ("Seol", "Sol"), "마": ("Ma", "Ma"), "길": ("Gil", "Kil"), "연": ("Yeon", "Yon"),
        "위": ("Wi", "Wi"), "표": ("Pyo", "Pyo"), "명": ("Myung", "Myong"), "기": ("Ki", "Ki"), "반": ("Ban", "Pan"),
        "왕": ("Wang", "Wang"), "금": ("Keum", "Kum"), "옥": ("Ok", "Ok"), "육": ("Yook", "Ryuk"), "인": ("In", "In"),
        "맹": ("Maeng", "Maeng"), "탁": ("Tak", "Thak"), "국": ("Kook", "Kuk"), "은": ("Eun", "Un"), "용": ("Yong", "Ryong"),
    ]

    /// The Korean surnames Chinese media write, in simplified hanja, with their hangul.
    static let surnameHanja: [(Character, String)] = [
        ("金", "김"), ("李", "이"), ("朴", "박"), ("崔", "최"), ("郑", "정"), ("姜", "강"), ("赵", "조"), ("尹", "윤"),
        ("张", "장"), ("林", "임"), ("韩", "한"), ("吴", "오"), ("徐", "서"), ("申", "신"), ("权", "권"), ("黄", "황"),
        ("安", "안"), ("宋", "송"), ("全", "전"), ("洪", "홍"), ("柳", "유"), ("高", "고"), ("文", "문"), ("梁", "양"),
        ("孙", "손"), ("裴", "배"), ("白", "백"), ("许", "허"), ("卢", "노"), ("南", "남"), ("河", "하"), ("郭", "곽"),
        ("成", "성"), ("车", "차"), ("朱", "주"), ("禹", "우"), ("具", "구"), ("闵", "민"), ("罗", "나"), ("池", "지"),
        ("严", "엄"), ("蔡", "채"), ("元", "원"), ("千", "천"), ("方", "방"), ("孔", "공"), ("玄", "현"), ("咸", "함"),
        ("卞", "변"), ("廉", "염"), ("吕", "여"), ("秋", "추"), ("都", "도"), ("石", "석"), ("宣", "선"), ("薛", "설"),
        ("吉", "길"), ("延", "연"), ("魏", "위"), ("表", "표"), ("明", "명"), ("奇", "기"), ("潘", "반"), ("琴", "금"),
        ("玉", "옥"), ("陆", "육"), ("孟", "맹"), ("卓", "탁"), ("鞠", "국"), ("殷", "은"), ("龙", "용"), ("任", "임"),
        ("丁", "정"), ("辛", "신"), ("俞", "유"), ("刘", "유"), ("杨", "양"),
    ]

    /// Toneless pinyin of a Korean surname → its hangul, most frequent surname first.
    public static let surnameByPinyin: [String: String] = {
        var out: [String: String] = [:]
        for (h, k) in surnameHanja {
            let pinyin = Derivation.surnameReadings[h] ?? ((try? ICU.transliterate(String(h), id: "Han-Latin; Latin-ASCII")) ?? "")
            let key = Fold.key(pinyin)
            if !key.isEmpty, out[key] == nil { out[key] = k }
        }
        return out
    }()

    /// One hangul syllable in the Revised Romanization ("운" → "un", "규" → "gyu").
    public static func syllable(_ s: Character) -> String? {
        guard let v = s.unicodeScalars.first?.value, s.unicodeScalars.count == 1, v >= 0xAC00, v <= 0xD7A3 else { return nil }
        let code = Int(v - 0xAC00)
        return initials[code / 588] + medials[(code % 588) / 28] + finals[code % 28]
    }

    /// A whole name, surname hangul and given-name hangul: "Baek Un-gyu", or in the North's
    /// style "Ri Sol Ju".
    public static func name(surname: String, given: String, north: Bool) -> String? {
        guard let s = surnames[surname] else { return nil }
        let parts = given.compactMap(syllable)
        guard parts.count == given.count, !parts.isEmpty else { return nil }
        if north {
            let simplified = parts.map { $0.replacingOccurrences(of: "eo", with: "o").replacingOccurrences(of: "eu", with: "u") }
            return s.north + " " + simplified.map(Derivation.capitalized).joined(separator: " ")
        }
        return s.south + " " + Derivation.capitalized(parts.joined(separator: "-"))
    }

    /// The probable Korean name behind a pinyin surname and given name ("Jin", "Dongming" →
    /// 김동명, "Kim Dong-myeong"), through the Sino-Korean readings; nil when the surname is no
    /// Korean one or the given name does not split into one or two syllables.
    public static func probable(surname: String, given: String, readings: SinoKoreanReadings, north: Bool) -> (hangul: String, name: String)? {
        guard let s = surnameByPinyin[Fold.key(surname)], let syllables = readings.split(given) else { return nil }
        let g = syllables.compactMap { readings.reading[$0] }.joined()
        guard g.count == syllables.count, let name = name(surname: s, given: g, north: north) else { return nil }
        return (s + g, name)
    }
}
