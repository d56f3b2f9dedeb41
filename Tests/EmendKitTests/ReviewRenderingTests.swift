@testable import EmendKit
import Testing

/// The review's renderings read only the lines around each change, and still show what
/// indexing the whole text showed.
@Suite struct ReviewRenderingTests {
    /// Texts of LF, CR and CR LF lines, blank ones among them, with and without a last terminator.
    static func texts() -> [[UInt8]] {
        var rng = SplitMix64(seed: 0xD1FF_0000)
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0A], Array("Naka".utf8), Array(" ".utf8), Array("Zürich".utf8)]
        var out: [[UInt8]] = [[0x41], [0x0A], [0x0D], [0x0D, 0x0A], [0x41, 0x0D, 0x0A], [0x0D, 0x0D, 0x0A, 0x0A]]
        for _ in 0..<400 {
            var t: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &rng) { t += pieces.randomElement(using: &rng)! }
            out.append(t)
        }
        return out
    }

    @Test func theLineOfAChangeIsTheOneTheLineIndexGives() {
        for text in Self.texts() {
            let lines = Lines(text)
            for offset in text.indices {
                #expect(Lines.lineRange(in: text, holding: offset) == lines.range(of: lines.line(at: offset)),
                        "text \(text), offset \(offset)")
            }
        }
    }

    /// A change on every line of a long text: one hunk, whose lines are the edition's.
    @Test func editsCloseTogetherMakeOneHunkWithEveryEdit() throws {
        let original = String(repeating: "The Naka talks went on.\n", count: 400)
        let result = Fixtures.clean(original, rules: [NameRule()])
        try #require(result.log.edits.count == 400)
        let diff = UnifiedDiff.render(original: Array(original.utf8), edition: result.edition, log: result.log, path: "a.txt")
        #expect(diff.components(separatedBy: "\n@@ ").count == 2)
        let added = diff.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }.map { $0.dropFirst() + "\n" }
        #expect(added.joined() == result.editionText)
        let words = WordDiff(color: false).render(original: Array(original.utf8), log: result.log)
        #expect(words.contains("×400 The [-Naka-]{+Nagorno-Karabakh+} talks went on."))
    }
}
