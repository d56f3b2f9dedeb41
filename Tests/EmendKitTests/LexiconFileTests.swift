@testable import EmendKit
import Foundation
import Testing

/// The byte-level reading of the word lists gives what the original `Character`-based
/// reading gave (skipped when the system lists are missing).
@Suite struct LexiconFileTests {
    /// The original reading: decoded text split on "\n" and " " as `Character`s.
    static func referenceLemmas(_ path: String) -> Set<String>? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var out = Set<String>()
        for l in String(decoding: data, as: UTF8.self).split(separator: "\n") where !l.hasPrefix(" ") {
            if let w = l.split(separator: " ", maxSplits: 1).first, !w.contains("_") { out.insert(String(w)) }
        }
        return out
    }

    @Test func lemmasAndWordsAreTheOriginalOnes() throws {
        let wordnet = Lexicon.defaultWordNet, wordlist = Lexicon.defaultWordList
        guard let lexicon = Lexicon.system, let nouns = Self.referenceLemmas(wordnet + "/index.noun"),
              let verbs = Self.referenceLemmas(wordnet + "/index.verb"),
              let data = FileManager.default.contents(atPath: wordlist) else { return }
        for w in nouns { #expect(lexicon.nouns.contains(w), "\(w)") }
        for w in verbs { #expect(lexicon.verbs.contains(w), "\(w)") }
        for w in nouns.prefix(3000) { #expect(lexicon.nouns.contains(w + "q") == nouns.contains(w + "q")) }
        var lower = Set<String>(), capital = Set<String>()
        for w in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let f = w.unicodeScalars.first else { continue }
            if f.properties.isUppercase { capital.insert(String(w)) } else { lower.insert(String(w)) }
        }
        for w in lower { #expect(lexicon.lowercaseWords.contains(w) && !lexicon.capitalizedWords.contains(w) || capital.contains(w), "\(w)") }
        for w in capital { #expect(lexicon.capitalizedWords.contains(w), "\(w)") }
        for w in lower.prefix(3000) { #expect(lexicon.lowercaseWords.contains(w.uppercased()) == lower.contains(w.uppercased())) }
    }
}
