@testable import EmendKit
import Foundation
import Testing

/// The tokenizer's ASCII fast path gives exactly ICU's tokens.
@Suite struct TokenizerTests {
    /// Every string of up to four characters over an alphabet with each word-break class
    /// that matters (letters, digits, the middle marks, spaces, line breaks, tabs,
    /// combining marks, non-ASCII punctuation and spaces).
    @Test func agreesWithICUOnAllShortStrings() {
        let alphabet: [String] = ["a", "Z", "5", " ", ".", ",", ";", ":", "'", "\"", "-", "(", "%", "!", "\n", "\r", "\t",
                                  "_", "@", "é", "’", "‘", "“", "”", "—", "–", "\u{2022}", "\u{301}", "\u{3000}", "，", "s", "S", "\u{200D}"]
        var mismatches: [String] = []
        var strings: [String] = [""]
        for _ in 0..<4 {
            strings = strings.flatMap { s in alphabet.map { s + $0 } }
            for s in strings where Tokenizer.tokenize(s) != Tokenizer.tokenizeWithICU(s) {
                mismatches.append(s)
                if mismatches.count > 20 { break }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
    }

    /// Random longer strings, and every article of the seeds and the devset, line by line
    /// and whole.
    @Test func agreesWithICUOnArticlesAndRandomText() throws {
        var texts: [String] = []
        let folders = [Fixtures.seeds, Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/devset").path]
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".txt") {
                texts.append(String(decoding: Fixtures.bytes(folder + "/" + name), as: UTF8.self))
            }
        }
        var rng = SystemRandomNumberGenerator()
        let pieces = ["the", "U.S.", "Russia's", "1,000.5", " ", "  ", "\n", "\r\n", "’s", "“", "”", "—", "e\u{301}", "Türkiye",
                      "丝路", "，", "。", "(", ")", "-", "'", ".", ",", "x_y", "a@b.c", "\t", "3;4", "a:b", "\u{2028}", "🇺🇦",
                      "O’Neill’s", "“", "”", "—", "–", "‘", "don’t", "1’000", "\u{2019}\u{301}"]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 1...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        var mismatches = 0
        for t in texts {
            if Tokenizer.tokenize(t) != Tokenizer.tokenizeWithICU(t) { mismatches += 1; Issue.record("differs: \(t.prefix(200))") }
            if mismatches > 5 { break }
        }
        #expect(mismatches == 0)
    }
}
