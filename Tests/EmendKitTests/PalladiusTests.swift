@testable import EmendKit
import Testing

@Suite struct PalladiusTests {
    /// Names as pinyin → their standard Russian form.
    static let names: [(String, String)] = [
        ("Xi Jinping", "Си Цзиньпин"),
        ("Li Qiang", "Ли Цян"),
        ("Wang Yi", "Ван И"),
        ("Mao Zedong", "Мао Цзэдун"),
        ("Deng Xiaoping", "Дэн Сяопин"),
        ("Hu Jintao", "Ху Цзиньтао"),
        ("Jiang Zemin", "Цзян Цзэминь"),
        ("Zhou Enlai", "Чжоу Эньлай"),
        ("Yin Xiyue", "Инь Сиюэ"),
        ("Jin Yuzheng", "Цзинь Юйчжэн"),
        ("Wen Zaiyin", "Вэнь Цзайинь"),
        ("Guangzhou", "Гуанчжоу"),
        ("Shenzhen", "Шэньчжэнь"),
        ("Chongqing", "Чунцин"),
        ("Wuhan", "Ухань"),
        ("Xi'an", "Сиань"),
        ("Qinghai", "Цинхай"),
        ("Xinjiang", "Синьцзян"),
        ("Ningxia", "Нинся"),
        ("Hebei", "Хэбэй"),
        ("Henan", "Хэнань"),
        ("Hubei", "Хубэй"),
        ("Sichuan", "Сычуань"),
        ("Yunnan", "Юньнань"),
        ("Guizhou", "Гуйчжоу"),
        ("Oumeng", "Оумэн"),
        ("Beiyue", "Бэйюэ"),
        ("Lü", "Люй"),
        ("Shenyang", "Шэньян"),
        ("Yan'an", "Яньань"),
        ("Chang'an", "Чанъань"),
        ("Xiong'an", "Сюнъань"),
        ("Beijing", "Бэйцзин"),
        ("Shanghai", "Шанхай"),
        ("Shandong", "Шаньдун"),
        ("Heilongjiang", "Хэйлунцзян"),
        ("Nei Menggu", "Нэй Мэнгу"),
        ("Zhongguo", "Чжунго"),
        ("Taiwan", "Тайвань"),
        ("Sun Zhongshan", "Сунь Чжуншань"),
        ("Wang Yang", "Ван Ян"),
        ("Zhao Leji", "Чжао Лэцзи"),
        ("Han Zheng", "Хань Чжэн"),
        ("Cai Qi", "Цай Ци"),
        ("Ding Xuexiang", "Дин Сюэсян"),
        ("Li Keqiang", "Ли Кэцян"),
        ("Peng Liyuan", "Пэн Лиюань"),
        ("Lü Xun", "Люй Сюнь"),
        ("Ouyang Xiu", "Оуян Сю"),
        ("Hui Liangyu", "Хуэй Лянъюй"),
        ("Huizhou", "Хуэйчжоу"),
    ]

    @Test(arguments: names)
    func namesTranscribe(_ pinyin: String, _ expected: String) {
        #expect(Palladius.name(pinyin) == expected)
    }

    /// Single syllables, including the initial × final exceptions.
    static let syllables: [(String, String)] = [
        ("zhuang", "чжуан"), ("zhi", "чжи"), ("chi", "чи"), ("shi", "ши"), ("ri", "жи"),
        ("zi", "цзы"), ("ci", "цы"), ("si", "сы"), ("ji", "цзи"), ("qi", "ци"), ("xi", "си"),
        ("le", "лэ"), ("ge", "гэ"), ("he", "хэ"), ("ke", "кэ"), ("de", "дэ"), ("te", "тэ"),
        ("ne", "нэ"), ("re", "жэ"), ("ze", "цзэ"), ("ce", "цэ"), ("se", "сэ"), ("zhe", "чжэ"),
        ("che", "чэ"), ("she", "шэ"), ("me", "мэ"),
        ("bei", "бэй"), ("mei", "мэй"), ("fei", "фэй"), ("lei", "лэй"), ("nei", "нэй"),
        ("gei", "гэй"), ("hei", "хэй"), ("zei", "цзэй"), ("shei", "шэй"),
        ("gui", "гуй"), ("dui", "дуй"), ("rui", "жуй"), ("kui", "куй"), ("hui", "хуэй"), ("guo", "го"), ("luo", "ло"), ("zhuo", "чжо"),
        ("jiu", "цзю"), ("qiu", "цю"), ("xiu", "сю"), ("liu", "лю"), ("niu", "ню"),
        ("lü", "люй"), ("lv", "люй"), ("lu:", "люй"), ("nü", "нюй"), ("lüe", "люэ"), ("nüe", "нюэ"),
        ("lue", "люэ"), ("nue", "нюэ"), ("lu", "лу"), ("nu", "ну"),
        ("ju", "цзюй"), ("qu", "цюй"), ("xu", "сюй"), ("jue", "цзюэ"), ("quan", "цюань"), ("xun", "сюнь"),
        ("jiong", "цзюн"), ("xiong", "сюн"), ("bian", "бянь"), ("lian", "лянь"), ("die", "де"),
        ("jie", "цзе"), ("xie", "се"), ("niang", "нян"), ("dian", "дянь"), ("miao", "мяо"),
        ("bo", "бо"), ("fo", "фо"), ("lo", "ло"), ("dou", "доу"), ("rou", "жоу"), ("rong", "жун"),
        ("ran", "жань"), ("ren", "жэнь"), ("reng", "жэн"), ("rua", "жуа"), ("ruan", "жуань"),
        ("a", "а"), ("o", "о"), ("e", "э"), ("ai", "ай"), ("ei", "эй"), ("ao", "ао"), ("ou", "оу"),
        ("an", "ань"), ("en", "энь"), ("ang", "ан"), ("eng", "эн"), ("er", "эр"),
        ("ya", "я"), ("yan", "янь"), ("yang", "ян"), ("ye", "е"), ("yao", "яо"), ("you", "ю"),
        ("yi", "и"), ("yin", "инь"), ("ying", "ин"), ("yong", "юн"), ("yu", "юй"), ("yue", "юэ"),
        ("yuan", "юань"), ("yun", "юнь"), ("wa", "ва"), ("wai", "вай"), ("wan", "вань"),
        ("wang", "ван"), ("wei", "вэй"), ("wen", "вэнь"), ("weng", "вэн"), ("wo", "во"), ("wu", "у"),
    ]

    @Test(arguments: syllables)
    func syllablesTranscribe(_ pinyin: String, _ expected: String) {
        #expect(Palladius.syllable(pinyin) == expected)
    }

    @Test(arguments: ["xyz", "bing2", "Moscow", "", "bong", "gi", "fai", "sha'", "'an", "x i", "jü2"])
    func nonPinyinIsNil(_ text: String) {
        #expect(Palladius.word(text) == nil)
        #expect(Palladius.name(text) == nil)
    }

    @Test(arguments: ["xyz", "bing2", "moscow", "", "bong", "gi", "ra", "ian", "v", "ng", "xiyue"])
    func nonSyllablesAreNil(_ text: String) {
        #expect(Palladius.syllable(text) == nil)
    }

    @Test func wordsSegmentLongestFirstAndLowerCase() {
        #expect(Palladius.word("XiYue") == "сиюэ")
        #expect(Palladius.word("jinping") == "цзиньпин")
        #expect(Palladius.word("xian") == "сянь")
        #expect(Palladius.word("xi'an") == "сиань")
        #expect(Palladius.word("xi’an") == "сиань")
        #expect(Palladius.word("xinan") == "синань")
        #expect(Palladius.word("pengyou") == "пэнъю")
        #expect(Palladius.word("nanyang") == "наньян")
        #expect(Palladius.word("jiangyin") == "цзянъинь")
        #expect(Palladius.word("zhouenlai") == "чжоуэньлай")
        #expect(Palladius.name("Yin  Xiyue") == "Инь Сиюэ")
        #expect(Palladius.name("Yin Xiyue2") == nil)
    }

    @Test func tableCoversTheMandarinSyllables() {
        // Every syllable spelled with ü once (not also u/v), i.e. the canonical inventory.
        let canonical = Palladius.table.keys.filter { key in
            !(key.hasPrefix("y") && key.contains("ü")) && !(["lue", "nue"].contains(key))
                && !(["j", "q", "x"].contains(key.first) && key.contains("ü"))
        }
        #expect((395...415).contains(canonical.count), "\(canonical.count) syllables")
        #expect(Palladius.table.values.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("а"..."я").contains($0) || $0 == "ё" } })
    }
}
