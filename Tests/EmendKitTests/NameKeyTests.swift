import Foundation
@testable import EmendKit
import Testing

/// The loose keys that let spellings of one name meet, and the pinyin a surname is read with.
@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Kim Jeong-eun", "Kim Jong Un"),          // Revised Romanization / the North's own
        ("Mun Jae-in", "Moon Jae-in"),             // oo / u
        ("Ras al-Ain", "Ras Ain"),                 // the Arabic article
        ("Khalid Mishaal", "Halid Mishal"),        // kh / h, doubled letters
        ("Yusuf Qaradawi", "Iusuf Karadawi"),      // y / i, q / k
    ])
    func spellingsOfOneNameShareTheKey(_ a: String, _ b: String) {
        #expect(WholeNameKey.key(a) != nil)
        #expect(WholeNameKey.key(a) == WholeNameKey.key(b))
    }

    /// A hybrid one vowel off ("Ras Ein", "Deir el-Zour") is one edit from the name's key,
    /// which the fuzzy index finds.
    @Test func aHybridIsOneEditFromTheKey() throws {
        for (a, b) in [("Ras Ein", "Ras al-Ain"), ("Deir el-Zour", "Deir ez-Zor")] {
            let ka = try #require(WholeNameKey.key(a)), kb = try #require(WholeNameKey.key(b))
            #expect(FuzzyIndex.distance(Array(ka), Array(kb)) == 1)
        }
    }

    @Test func differentNamesKeepDifferentKeys() {
        #expect(WholeNameKey.key("Kim Jong Un") != WholeNameKey.key("Kim Jong Il"))
        #expect(WholeNameKey.key("Fumio Kishida") != WholeNameKey.key("Fumio Ishida"))
        // Vowel rules apply inside a word, not across: "Kenta Ono" is no "Kent-auno".
        #expect(WholeNameKey.key("Kenta Ono") == "kentaono")
    }

    @Test func oneWordOrOtherScriptsHaveNoKey() {
        #expect(WholeNameKey.key("Seoul") == nil)
        #expect(WholeNameKey.key("Ким Чен Ын") == nil)
        #expect(WholeNameKey.key("Li Bo") == nil)   // under five letters
    }

    @Test func aSurnameIsReadAsASurname() {
        let park = Derivation.pinyin("朴槿惠", person: true).map(\.text)
        #expect(park.contains("Piao Jinhui"))
        let place = Derivation.pinyin("朴槿惠", person: false).map(\.text)
        #expect(place == ["Pujinhui"])
    }
}

/// The reading bridge for Korean names read in Mandarin, on data written for the tests.
@Suite struct KoreanBridgeTests {
    /// Three characters in Unihan's own format: 文 and 闻 read 문, 温 온; 在 재.
    static let sample = """
        U+6587\tkHangul\t문:0E
        U+6587\tkMandarin\twén
        U+95FB\tkHangul\t문:0E
        U+95FB\tkMandarin\twén
        U+6E29\tkHangul\t온:0E
        U+6E29\tkMandarin\twēn
        U+5728\tkHangul\t재:0E
        U+5728\tkMandarin\tzài
        U+5BC5\tkHangul\t인:0N
        U+5BC5\tkMandarin\tyín
        """

    @Test func theMostFrequentReadingOfASyllableWins() {
        let r = SinoKoreanReadings.parse(Self.sample)
        #expect(r.reading["wen"] == "문")
        #expect(r.reading["zai"] == "재")
        #expect(r.split("Zaiyin") == ["zai", "yin"])
        #expect(r.split("Wen") == ["wen"])
        #expect(r.split("Zaixy") == nil)
    }

    @Test func theReadingsComeBackFromTheCacheAsParsed() throws {
        let dir = NSTemporaryDirectory() + "emend-unihan-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // A bzip2 file of the sample, as the package installs Unihan.
        let plain = dir + "/Unihan_Readings.txt"
        try Self.sample.write(toFile: plain, atomically: true, encoding: .utf8)
        let bzip = Process()
        bzip.executableURL = URL(fileURLWithPath: "/usr/bin/bzip2")
        bzip.arguments = [plain]
        try bzip.run()
        bzip.waitUntilExit()
        let first = try #require(SinoKoreanReadings.load(plain + ".bz2", cacheDirectory: dir + "/cache"))
        let cached = try FileManager.default.contentsOfDirectory(atPath: dir + "/cache")
        #expect(cached.count == 1 && cached[0].hasPrefix("sino-korean-"))
        // The cache holds what the parse gave; a later load reads it, not Unihan.
        let cache = dir + "/cache/" + cached[0]
        let fromCache = try #require(SinoKoreanReadings.fromCache(try String(contentsOfFile: cache, encoding: .utf8)))
        #expect(fromCache.reading == first.reading && fromCache.syllables == first.syllables)
        try (SinoKoreanReadings.cacheHeader + "\nwen\t온\n").write(toFile: cache, atomically: true, encoding: .utf8)
        let second = try #require(SinoKoreanReadings.load(plain + ".bz2", cacheDirectory: dir + "/cache"))
        #expect(second.reading == ["wen": "온"])
        #expect(SinoKoreanReadings.fromCache("not a cache") == nil)
    }

    @Test func hangulIsRomanizedAsTheSouthOrTheNorthWritesIt() {
        #expect(KoreanRomanization.syllable("운") == "un")
        #expect(KoreanRomanization.syllable("규") == "gyu")
        #expect(KoreanRomanization.name(surname: "문", given: "재인", north: false) == "Moon Jae-in")
        #expect(KoreanRomanization.name(surname: "이", given: "설주", north: true) == "Ri Sol Ju")
        #expect(KoreanRomanization.surnameByPinyin["piao"] == "박")
        #expect(KoreanRomanization.surnameByPinyin["wen"] == "문")
    }
}
