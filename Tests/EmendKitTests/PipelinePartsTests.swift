import EmendKit
import Foundation
import Testing

@Suite struct PipelinePartsTests {
    static let paragraphs = [
        "Fighting in the Naka region，sources said. The mnachakanyan visit was delayed.",
        "Foreign Minister mnachakanyan met the Russian side in Moscow on Tuesday.",
        "Ａ statement said the talks would go on，and both sides agreed.",
        "The Arab League and the Armenian foreign minister were not mentioned in the naka report.",
    ]

    func pipeline(partBytes: Int) -> Pipeline {
        var p = Pipeline(context: Fixtures.context)
        p.partBytes = partBytes
        return p
    }

    @Test func cutsFallAtParagraphsThenLinesThenSpacesAndNeverInsideACharacter() {
        let text = Array("aaaa\n\nbbbb\ncccc dddd".utf8)
        #expect(Pipeline.partBoundaries(text, limit: 8) == [0, 6, 11, 16, text.count])
        let wide = Array("ééééééééé".utf8)  // two bytes each, no break anywhere
        let cuts = Pipeline.partBoundaries(wide, limit: 5)
        #expect(cuts.first == 0 && cuts.last == wide.count)
        for (lo, hi) in zip(cuts, cuts.dropFirst()) {
            #expect(hi - lo <= 5 && hi > lo)
            #expect(String(validating: Array(wide[lo..<hi]), as: UTF8.self) != nil)
        }
        #expect(Pipeline.partBoundaries(text, limit: 100) == [0, text.count])
    }

    @Test func aLongTextIsCleanedAsItsPartsAndTheLogFitsTheWholeText() throws {
        let text = (0..<12).map { Self.paragraphs[$0 % Self.paragraphs.count] }.joined(separator: "\n\n") + "\n"
        let original = Array(text.utf8)
        let limit = 300
        let parts = pipeline(partBytes: limit).clean(Article(source: "-", text: text))
        // The edition is each part cleaned on its own, in order.
        let cuts = Pipeline.partBoundaries(original, limit: limit)
        #expect(cuts.count > 3)
        let separately = zip(cuts, cuts.dropFirst()).flatMap { lo, hi in
            pipeline(partBytes: limit).clean(Article(source: "-", text: String(decoding: original[lo..<hi], as: UTF8.self))).edition
        }
        #expect(parts.edition == separately)
        #expect(parts.editionText.contains("Nagorno-Karabakh") && !parts.editionText.contains("，"))
        // Every edit and suggestion points into the whole text, and the log reverts exactly.
        let lines = LineIndex(original)
        for e in parts.log.edits {
            #expect(String(decoding: original[e.start..<e.end], as: UTF8.self) == e.before)
            #expect(String(decoding: parts.edition[e.editionStart..<e.editionEnd], as: UTF8.self) == e.after)
            #expect(lines.position(ofByte: e.start) == TextPosition(line: e.line, column: e.column))
        }
        for s in parts.log.suggestions {
            #expect(String(decoding: original[s.start..<s.end], as: UTF8.self) == s.text)
        }
        #expect(try parts.log.revert(parts.edition) == original)
        #expect(parts.log.original == ChangeLog.Fingerprint(original) && parts.log.edition == ChangeLog.Fingerprint(parts.edition))
        #expect(parts.log.edits.count > 12 && parts.log.language == "en")
    }

    @Test func aTextUnderThePartSizeIsCleanedWhole() {
        let text = Self.paragraphs.joined(separator: "\n\n")
        let whole = pipeline(partBytes: 1 << 20).clean(Article(source: "-", text: text))
        let exact = pipeline(partBytes: text.utf8.count).clean(Article(source: "-", text: text))
        #expect(whole.edition == exact.edition && whole.log.edits == exact.log.edits)
    }
}
