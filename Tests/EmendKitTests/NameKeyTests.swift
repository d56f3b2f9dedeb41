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
        #expect(WholeNameKey.key("Taro Kono") != WholeNameKey.key("Taro Ono"))
        // Vowel rules apply inside a word, not across: "Taro Ono" is no "Tar-uno".
        #expect(WholeNameKey.key("Taro Ono") == "taroono")
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
