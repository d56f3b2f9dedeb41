@testable import EmendKit
import Testing

/// ``EditionNames``: a Russian edition gets its own name for a person whose entry gives none.
@Suite struct EditionNamesTests {
    @Test func japaneseAndChinesePeopleGetRussianNamesByTheirTranscriptions() {
        var set = DictionarySet()
        var japanese = Entry(id: "t:j", kind: .person, location: SourceLocation(file: "test", line: 1, column: 1))
        japanese.name = ["en": "Fumio Kishida", "zh": "岸田文雄"]
        japanese.surname = ["en": "Kishida"]
        japanese.country = "Q17"
        var taiwanese = Entry(id: "t:t", kind: .person, location: SourceLocation(file: "test", line: 1, column: 1))
        taiwanese.name = ["en": "Lai Ching-te", "zh": "赖清德"]
        taiwanese.country = "Q865"
        var given = Entry(id: "t:g", kind: .person, location: SourceLocation(file: "test", line: 1, column: 1))
        given.name = ["en": "Taro Kono", "ru": "Таро Коно (as the entry says)"]
        given.country = "Q17"
        var american = Entry(id: "t:a", kind: .person, location: SourceLocation(file: "test", line: 1, column: 1))
        american.name = ["en": "Jensen Huang", "zh": "黄仁勋"]
        american.country = "Q30"
        set.entries = [japanese, taiwanese, given, american]
        let filled = EditionNames.filled(set).entries
        #expect(filled[0].name["ru"] == "Фумио Кисида" && filled[0].surname["ru"] == "Кисида")
        #expect(filled[1].name["ru"] == "Лай Циндэ")
        #expect(filled[2].name["ru"] == "Таро Коно (as the entry says)" && filled[2].derivedNames.isEmpty)
        #expect(filled[3].name["ru"] == nil)
    }

    @Test func aRussianEditionRepairsAJapaneseNameToItsPolivanovForm() {
        let r = Fixtures.clean("Токио, 3 марта. Министр транспорта Японии Чжунъе Янчан заявил, что Япония продолжит переговоры.",
                               rules: [NameRule()], language: "ru")
        #expect(String(decoding: r.edition, as: UTF8.self).contains("Японии Хиромаса Накано заявил"))
    }
}
