import EmendKit
import Foundation
import Testing

@Suite struct PipelineTests {
    static let seeds = Fixtures.seedStems

    @Test(arguments: seeds)
    func seedComesOutAsTheEditorWroteIt(_ stem: String) throws {
        let article = try Article(source: stem + ".txt", bytes: Fixtures.bytes(stem + ".txt"))
        let result = Fixtures.pipeline.clean(article)
        #expect(result.editionText == String(decoding: Fixtures.bytes(stem + ".expected.txt"), as: UTF8.self))
    }

    @Test(arguments: seeds)
    func cleaningAnEditionChangesNothing(_ stem: String) throws {
        let edition = Fixtures.pipeline.clean(try Article(source: "-", bytes: Fixtures.bytes(stem + ".txt"))).edition
        let again = Fixtures.pipeline.clean(try Article(source: "-", bytes: edition))
        #expect(again.edition == edition)
        #expect(again.log.edits.isEmpty)
    }

    @Test(arguments: seeds)
    func theJSONChangeLogAloneRevertsTheEdition(_ stem: String) throws {
        let original = Fixtures.bytes(stem + ".txt")
        let result = Fixtures.pipeline.clean(try Article(source: "-", bytes: original))
        let log = try ChangeLogJSON.decode(try ChangeLogJSON.encode(result.log))
        #expect(try log.revert(result.edition) == original)
        // Every edit's span and position point at its text in the original.
        let index = LineIndex(original)
        for e in log.edits {
            #expect(String(decoding: original[e.start..<e.end], as: UTF8.self) == e.before)
            #expect(index.position(ofByte: e.start) == TextPosition(line: e.line, column: e.column))
            #expect(!e.reason.isEmpty && !e.rule.isEmpty)
        }
    }

    @Test(arguments: ["\u{FEFF}the naka region\r\nand Naka", "Naka region\r\n", "no final newline in the Naka region"])
    func bomCRLFAndMissingNewlineSurvive(_ text: String) throws {
        let result = Fixtures.pipeline.clean(Article(source: "-", text: text))
        let want = text.replacingOccurrences(of: "naka", with: "Nagorno-Karabakh").replacingOccurrences(of: "Naka", with: "Nagorno-Karabakh")
        #expect(result.editionText == want)
        #expect(try result.log.revert(result.edition) == Array(text.utf8))
    }

    @Test func textThatNeedsNoRepairPassesThroughUntouched() {
        let text = "Moscow, October 12 -- Russian Foreign Minister Sergei Lavrov met his Armenian counterpart.\nThe Arab League, the White House and the Black Sea.\n《丝路同行，友谊长青》\n"
        let result = Fixtures.pipeline.clean(Article(source: "-", text: text))
        #expect(result.edition == Array(text.utf8))
        #expect(result.log.edits.isEmpty)
    }

    @Test func aKnownSurnameAloneIsNeitherRepairedNorSuggested() {
        // Aliyev and Sharif are each the surname of two people in the dictionary; Assad is
        // one letter from another surname; Mohammed is a given name. Each is correct.
        let text = "President Ilham Aliyev met Pashinyan. Pashinyan and Aliyev also had a brief conversation, and Assad and Sharif spoke later. Musaad bin Mohammed Al-Aiban led the delegation."
        let result = Fixtures.pipeline.clean(Article(source: "-", text: text))
        #expect(result.log.edits.isEmpty)
        #expect(result.log.suggestions.isEmpty, "\(result.log.suggestions.map { "\($0.text) → \($0.candidates)" })")
    }

    @Test func uncertainRepairsAreSuggestionsNotEdits() {
        let text = "The statement of the Russian, Arab and Asian foreign ministers was short."
        let result = Fixtures.pipeline.clean(Article(source: "-", text: text))
        #expect(result.editionText == text)
        #expect(result.log.suggestions.contains { $0.text == "Arab" })
    }

    @Test func rutskoyStaysRutskoyWithoutTheGeneralStaff() {
        let text = "Alexander Rutskoy, the former vice-president, spoke. Rutskoy said he would run."
        #expect(Fixtures.pipeline.clean(Article(source: "-", text: text)).editionText == text)
    }
}
