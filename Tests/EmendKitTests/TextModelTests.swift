@testable import EmendKit
import Testing

@Suite struct TextModelTests {
    @Test func invalidUTF8IsRefusedWithItsPosition() {
        let bytes: [UInt8] = Array("ab\ncd".utf8) + [0xC3, 0x28] + Array("x".utf8)
        #expect {
            _ = try Article(source: "a.txt", bytes: bytes)
        } throws: { error in
            let e = error as! InputError
            return e.byteOffset == 5 && e.position == TextPosition(line: 2, column: 3)
                && e.description == "a.txt:2:3: error: invalid UTF-8 at byte 5: malformed 2-byte sequence starting with 0xC3"
        }
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func surrogatesOverlongAndTruncatedAreInvalid(_ bytes: [UInt8]) {
        #expect(UTF8Validation.firstError(in: bytes) != nil)
    }

    @Test func utf16AndBinaryAreRefused() {
        #expect(throws: InputError.self) { try ArticleReader.article(source: "u", bytes: [0xFF, 0xFE, 0x41, 0x00]) }
        #expect(throws: InputError.self) { try ArticleReader.article(source: "b", bytes: [0x41, 0x00, 0x42]) }
    }

    @Test func columnsCountScalarsAndLinesEndAtLFCRLFAndCR() {
        let index = LineIndex(Array("a\r\nbé\rc\nd".utf8))
        #expect(index.position(ofByte: 0) == TextPosition(line: 1, column: 1))
        #expect(index.position(ofByte: 3) == TextPosition(line: 2, column: 1))
        #expect(index.position(ofByte: 6) == TextPosition(line: 2, column: 3))
        #expect(index.position(ofByte: 7) == TextPosition(line: 3, column: 1))
        #expect(index.position(ofByte: 9) == TextPosition(line: 4, column: 1))
    }

    @Test func laterProposalsMergeWithEarlierEditsAndStillRevert() throws {
        var edited = EditedText(Array("the naka region and naka".utf8))
        edited.apply([Proposal(range: 4..<8, replacement: "Naka", rule: "a", category: .casing, reason: "r1")])
        edited.apply([Proposal(range: 4..<15, replacement: "Nagorno-Karabakh region", rule: "b", category: .pinyinName, reason: "r2"),
                      Proposal(range: 20..<24, replacement: "Nagorno-Karabakh", rule: "b", category: .pinyinName, reason: "r3")])
        #expect(edited.currentText == "the Nagorno-Karabakh region and Nagorno-Karabakh")
        let edits = edited.finishedEdits()
        #expect(edits.count == 2)
        #expect(edits[0].before == "naka region" && edits[0].rule == "a+b")
        let log = ChangeLog(emend: "t", icu: "t", source: "-", original: .init(edited.original), edition: .init(edited.current),
                            dictionaries: "", edits: edits, suggestions: [])
        #expect(try log.revert(edited.current) == edited.original)
    }

    /// Two proposals inside one earlier edit: the second waits for the next pass instead
    /// of tearing the edit (this crashed before).
    @Test func twoProposalsReachingOneEarlierEditApplyOneAtATime() {
        var edited = EditedText(Array("in Danubi Noyburg now".utf8))
        edited.apply([Proposal(range: 3..<17, replacement: "Neuburg an der Donau", rule: "a", category: .placeName, reason: "")])
        edited.apply([Proposal(range: 3..<10, replacement: "X", rule: "b", category: .placeName, reason: ""),
                      Proposal(range: 15..<18, replacement: "Y", rule: "c", category: .placeName, reason: "")])
        #expect(edited.currentText == "in X an der Donau now")
        #expect(edited.finishedEdits().count == 1)
    }

    @Test func overlappingProposalsKeepTheFirst() {
        var edited = EditedText(Array("abcdef".utf8))
        edited.apply([Proposal(range: 1..<4, replacement: "X", rule: "a", category: .casing, reason: ""),
                      Proposal(range: 2..<5, replacement: "Y", rule: "b", category: .casing, reason: "")])
        #expect(edited.currentText == "aXef")
    }

    @Test func revertRefusesAnotherEdition() {
        let log = ChangeLog(emend: "t", icu: "t", source: "-", original: .init(Array("a".utf8)), edition: .init(Array("b".utf8)),
                            dictionaries: "", edits: [], suggestions: [])
        #expect(throws: RevertError.self) { try log.revert(Array("c".utf8)) }
    }
}
