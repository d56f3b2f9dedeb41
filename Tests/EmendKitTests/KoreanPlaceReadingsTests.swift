@testable import EmendKit
import Testing

/// The bridge from the Mandarin reading of a Korean place's hanja to its romanization, on
/// lines in the format of libhangul's hanja.txt written for these tests.
@Suite struct KoreanPlaceReadingsTests {
    static let sample = """
        # comment
        서초구:瑞草區:지명
        강남구:江南區:지명
        수원시:水原市:지명
        대전광역시:大田廣域市:지명
        가락동:可樂洞:지명
        서울:서울:
        학교:學校:
        동:洞:지명
        """

    static let mandarin: [Character: [String]] = [
        "瑞": ["rui"], "草": ["cao"], "江": ["jiang"], "南": ["nan"], "水": ["shui"], "原": ["yuan"],
        "大": ["da"], "田": ["tian"], "可": ["ke"], "樂": ["le", "yue"],
    ]

    @Test func placesLoseTheirSuffixAndReadInBothLanguages() {
        let table = KoreanPlaceReadings.fromCache(KoreanPlaceReadings.build(hanjaText: Self.sample, mandarin: Self.mandarin))
        #expect(table.byPinyin["ruicao"] == [KoreanPlaceReadings.Place(hanja: "瑞草", hangul: "서초", romanized: "Seocho")])
        #expect(table.byPinyin["jiangnan"]?.map(\.romanized) == ["Gangnam"])
        #expect(table.byPinyin["shuiyuan"]?.map(\.romanized) == ["Suwon"])
        // A metropolitan city's three-character suffix goes whole.
        #expect(table.byPinyin["datian"]?.map(\.romanized) == ["Daejeon"])
        // The first Mandarin reading of a character with several.
        #expect(table.byPinyin["kele"]?.map(\.hangul) == ["가락"])
        // Entries not tagged as places, and a bare suffix, are left out.
        #expect(table.byPinyin.count == 5)
    }
}
