@testable import EmendKit
import Testing

/// An exception is remembered by the words around a change; reading only the lines around
/// it must give the context reading the whole text gives.
@Suite struct ExceptionsTests {
    /// The context as the whole text's tokens give it: the definition the windowed reading keeps.
    static func wholeTextContext(_ text: [UInt8], _ range: Range<Int>, words: Int) -> String {
        let tokens = Tokenizer.tokenize(String(decoding: text, as: UTF8.self))
        let before = tokens.filter { $0.isWord && $0.range.upperBound <= range.lowerBound }.suffix(words)
        let after = tokens.filter { $0.isWord && $0.range.lowerBound >= range.upperBound }.prefix(words)
        let lo = before.first?.range.lowerBound ?? range.lowerBound
        let hi = after.last?.range.upperBound ?? range.upperBound
        return String(decoding: text[lo..<hi], as: UTF8.self)
    }

    /// Pieces that stress the tokenizer at line breaks: blank lines, CR LF, possessives,
    /// accented and CJK letters, a combining mark after a space, punctuation alone on a line.
    static let pieces = ["Arab", "Asian", "Russia’s", "Workers' Party", "Zürich", "Arménie", "l'Arménie", "北京", "e\u{301}té",
                         " ", "  ", " \u{301}", ",", ".", "—", "(", ")", "\n", "\r\n", "\n\n", "\r", "-", "2024", "x"]

    @Test(arguments: 0..<8)
    func readingTheLinesAroundAChangeGivesTheWholeTextsContext(_ shard: Int) {
        var rng = SplitMix64(seed: 0xE4C0_0000 | UInt64(shard))
        for _ in 0..<250 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { text += Self.pieces.randomElement(using: &rng)! }
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokenize(text)
            // Ranges as rules propose them (one or more whole tokens), and empty ones.
            var ranges: [Range<Int>] = [0..<0, bytes.count..<bytes.count]
            for _ in 0..<6 where !tokens.isEmpty {
                let a = Int.random(in: 0..<tokens.count, using: &rng)
                let b = min(tokens.count - 1, a + Int.random(in: 0...2, using: &rng))
                ranges.append(tokens[a].range.lowerBound..<tokens[b].range.upperBound)
            }
            for range in ranges {
                for words in [1, 3] {
                    let expected = Self.wholeTextContext(bytes, range, words: words)
                    #expect(Exceptions.wordContext(bytes, range, words: words) == expected,
                            "text \(text.debugDescription), range \(range), \(words) words")
                }
            }
        }
    }

    @Test func theContextReachesOverLineBreaksForItsWords() {
        let text = Array("Talks in Baku.\n\nThe Russian, Arab and\nAsian foreign ministers met.\n".utf8)
        let arab = text.firstRange(of: Array("Arab".utf8))!
        #expect(Exceptions.wordContext(text, arab) == "Baku.\n\nThe Russian, Arab and\nAsian foreign")
    }

    @Test func aRejectedChangeIsRecognizedInALaterArticle() {
        let exceptions = Exceptions(items: [.init(rule: "countries.abbreviation", before: "Arab", after: "Azerbaijani",
                                                  context: "Later the Russian, Arab and Asian foreign")])
        // Remembered from one line, recognized where a line break falls inside the words.
        let later = Array("Later\nthe Russian, Arab and Asian foreign ministers met in Moscow.".utf8)
        let other = Array("Later the Russian, Arab and Chinese envoys met.".utf8)
        let range = { (text: [UInt8]) in text.firstRange(of: Array("Arab".utf8))! }
        #expect(exceptions.rejects(rule: "countries.abbreviation", text: later, range: range(later), replacement: "Azerbaijani"))
        #expect(!exceptions.rejects(rule: "countries.abbreviation", text: other, range: range(other), replacement: "Azerbaijani"))
        #expect(!exceptions.rejects(rule: "countries.abbreviation", text: later, range: range(later), replacement: "Armenian"))
    }
}
