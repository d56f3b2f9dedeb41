@testable import EmendKit
import Foundation
import Testing

/// Line-by-line analysis gives the whole text's tokens and sentences, fresh or reused.
@Suite struct LineAnalysisTests {
    static var articles: [String] {
        var texts: [String] = []
        let folders = [Fixtures.seeds, Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/devset").path]
        for folder in folders {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where name.hasSuffix(".txt") {
                texts.append(String(decoding: Fixtures.bytes(folder + "/" + name), as: UTF8.self))
            }
        }
        texts += ["", "\n", "\n\n", "One. Two.\r\nThree\rFour.\n\nFive", "Mr. Smith went.\nTo Washington. He said \u{201C}no.\u{201D}\n\u{301}x. Y",
                  "last line without a line feed. Really", "丝路同行。友谊长青。\nRussia\u{2019}s talks\u{2029}ended. Then"]
        return texts
    }

    @Test func linesGiveTheWholeTextsSentencesAndTokens() {
        for text in Self.articles {
            let a = LineAnalysis(text, bytes: Array(text.utf8))
            #expect(a.tokens == Tokenizer.tokenizeWithICU(text), "\(text.prefix(80))")
            #expect(a.sentences == LineAnalysis.sentences(text), "\(text.prefix(80))")
        }
    }

    @Test func reusedLinesGiveWhatAFreshAnalysisGives() {
        var rng = SystemRandomNumberGenerator()
        let inserts = ["X", " ", "\n", ". ", "é", "Russia\u{2019}s", ""]
        for text in Self.articles {
            var previous = (bytes: Array(text.utf8), analysis: LineAnalysis(text, bytes: Array(text.utf8)))
            for _ in 0..<5 {
                var bytes = previous.bytes
                // Replace a few random byte ranges at character boundaries.
                var edited = String(decoding: bytes, as: UTF8.self)
                for _ in 0..<Int.random(in: 1...3, using: &rng) where !edited.isEmpty {
                    let scalars = Array(edited.unicodeScalars)
                    let i = Int.random(in: 0..<scalars.count, using: &rng)
                    let j = min(scalars.count, i + Int.random(in: 0...3, using: &rng))
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[..<i])
                    view.append(contentsOf: inserts.randomElement(using: &rng)!.unicodeScalars)
                    view.append(contentsOf: scalars[j...])
                    edited = String(view)
                }
                bytes = Array(edited.utf8)
                let reused = LineAnalysis(edited, bytes: bytes, reusing: previous)
                let fresh = LineAnalysis(edited, bytes: bytes)
                #expect(reused.tokens == fresh.tokens)
                #expect(reused.sentences == fresh.sentences)
                #expect(reused.sentences == LineAnalysis.sentences(edited))
                previous = (bytes, reused)
            }
        }
    }

    @Test func reusedMatchesAreWhatAFreshDocumentFinds() {
        let dictionary = Fixtures.dictionary
        var rng = SystemRandomNumberGenerator()
        let inserts = ["Russia", " and ", "\n", "European Union", "Moscow-", "Kiev ", ""]
        for text in Self.articles {
            var previous = Document(text, dictionary: dictionary)
            _ = previous.nameMatches
            _ = previous.termMatches
            for _ in 0..<4 {
                var scalars = Array(previous.text.unicodeScalars)
                if !scalars.isEmpty {
                    let i = Int.random(in: 0..<scalars.count, using: &rng)
                    let j = min(scalars.count, i + Int.random(in: 0...4, using: &rng))
                    scalars.replaceSubrange(i..<j, with: inserts.randomElement(using: &rng)!.unicodeScalars)
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                let edited = String(view)
                let reused = Document(edited, dictionary: dictionary, reusing: previous)
                let fresh = Document(edited, dictionary: dictionary)
                #expect(reused.nameMatches == fresh.nameMatches)
                #expect(reused.termMatches == fresh.termMatches)
                previous = reused
            }
        }
    }
}
