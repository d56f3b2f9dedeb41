@testable import EmendKit
import Foundation
import Testing

/// `WordTable` answers as `Set<String>` does, canonical equivalence included.
@Suite struct WordTableTests {
    @Test func membershipIsSetMembership() {
        let words = ["said", "Turkey", "Ångström", "e\u{301}cole", "\u{212A}elvin", "naïve", "x", "co-op", "O'Neill"]
        var table = WordTable()
        for w in words { table.insert(w) }
        let set = Set(words)
        let queries = words + ["Kelvin", "école", "A\u{30A}ngstro\u{308}m", "naive", "Said", "sai", "", "co", "Ω", "\u{2126}"]
        for q in queries { #expect(table.contains(q) == set.contains(q), "\(q)") }
    }

    @Test func growsAndKeepsEveryWord() {
        var table = WordTable()
        let words = (0..<5000).map { "w\($0)x" }
        for w in words { table.insert(w) }
        #expect(words.allSatisfy { table.contains($0) })
        #expect(!table.contains("w5000x"))
    }
}
