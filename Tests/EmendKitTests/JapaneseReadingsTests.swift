import Foundation
@testable import EmendKit
import Testing

/// The bridge from the Mandarin reading of a Japanese name's kanji to the name as English
/// news writes it, on ENAMDICT-format lines written for these tests.
@Suite struct JapaneseReadingsTests {
    /// Lines in ENAMDICT's format (EUC-JP in the package; here as text): surnames (s), given
    /// names (g), full names (h), one a Chinese person read in Japanese.
    static let sample = """
        高橋 [たかはし] /(s) Takahashi/
        高橋 [たかばし] /(s) Takabashi/
        大樹 [だいき] /(g) Daiki/
        小野 [おの] /(p,s) Ono/
        河野 [こうの] /(s) Kouno/
        井上 [いのうえ] /(s) Inoue/
        王 [おう] /(s) Ou/
        高橋大樹 [たかはしだいき] /(h) Takahashi Daiki (1980.1-)/
        河野裕子 [こうのゆうこ] /(h) Kouno Yuuko/
        井上翔太 [いのうえしょうた] /(h) Shouta Inoue/
        王明 [おうめい] /(h) Wang Ming/
        小野健 [おのけん] /(h) Ono Ken/
        """

    static let mandarin: [Character: [String]] = [
        "高": ["gao"], "橋": ["qiao"], "大": ["da"], "樹": ["shu"], "小": ["xiao"], "野": ["ye"], "河": ["he"],
        "裕": ["yu"], "子": ["zi"], "井": ["jing"], "上": ["shang"], "翔": ["xiang"], "太": ["tai"], "王": ["wang"],
        "明": ["ming"],
    ]

    @Test func fullNamesAreSplitAndRomanizedAsNewsWritesThem() {
        let table = JapaneseNameReadings.fromCache(JapaneseNameReadings.build(enamdict: Self.sample, mandarin: Self.mandarin))
        #expect(table.names(surname: "Gaoqiao", given: "Dashu").map(\.english) == ["Daiki Takahashi"])
        #expect(table.names(surname: "Heye", given: "Yuzi").map(\.english) == ["Yuko Kono"])
        #expect(table.names(surname: "Jingshang", given: "Xiangtai").map(\.english) == ["Shota Inoue"])
        // The gloss is another romanization: a Chinese person read in Japanese is left out.
        #expect(table.names(surname: "Wang", given: "Ming").isEmpty)
        // One given-name character without a Mandarin reading in the table: left out.
        #expect(table.names(surname: "Xiaoye", given: "Jian").isEmpty)
    }

    @Test(arguments: [
        ("shinzou", "shinzo"), ("yuuko", "yuko"), ("oono", "ono"), ("inoue", "inoue"),
        ("shin'ichi", "shinichi"), ("shōta", "shota"), ("kitchiri", "kitchiri"),
    ])
    func longVowelsAreShortenedAsNewsDoes(_ romaji: String, _ news: String) {
        #expect(JapaneseNameReadings.newsRomanization(romaji) == news)
    }

    @Test func anEntryLineIsReadIntoItsParts() throws {
        let line = try #require(JapaneseNameReadings.Line("河野裕子 [こうのゆうこ] /(h) Kouno Yuuko (1946-)/"))
        #expect(line.kanji == "河野裕子" && line.kana == "こうのゆうこ" && line.tags == ["h"])
        #expect(line.gloss == " Kouno Yuuko ")
        #expect(JapaneseNameReadings.Line("no brackets here") == nil)
    }

    /// With Debian's enamdict and unicode-data installed, the installed files give the table.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: JapaneseNameReadings.path)
                   && FileManager.default.fileExists(atPath: Unihan.readingsPath)))
    func theInstalledDictionaryGivesTheTable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("emend-jp-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let table = try #require(JapaneseNameReadings.load(cacheDirectory: dir))
        #expect(table.byPinyin.count > 20_000)
        let cached = try #require(JapaneseNameReadings.load(cacheDirectory: dir))
        #expect(cached.byPinyin.count == table.byPinyin.count)
    }
}

/// The parts of the notable people's names, for a name that no notable person bears.
@Suite struct JapaneseNamePartsTests {
    /// Cache lines written for the test: pinyin, surname, given name, English.
    static let table = JapaneseNameReadings.fromCache("""
        Gaoqiao Hao\t高橋\t浩\tHiroshi Takahashi
        Shancun Xiong\t山村\t雄\tTakeshi Yamamura
        Shancun Jian\t山村\t健\tKen Yamamura
        Linmu Hao\t林木\t浩\tHiroshi Hayashiki
        Zuoteng Hao\t佐藤\t浩\tKo Sato
        Wang Hao\t王\t浩\tHiroshi O
        Wang Ming\t王\t明\tAkira O
        """)

    @Test func anUnknownNameIsReadAsItsPartsAreInNotableNames() {
        let names = Self.table.probable(surname: "Shancun", given: "Hao")
        #expect(names.map(\.english) == ["Hiroshi Yamamura"])
        #expect(names.map(\.kanji) == ["山村浩"])
        // A one-kanji surname is the shape of a Chinese name; a part read once is no evidence.
        #expect(Self.table.probable(surname: "Wang", given: "Hao").isEmpty)
        #expect(Self.table.probable(surname: "Shancun", given: "Ming").isEmpty)
    }
}
