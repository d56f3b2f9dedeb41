import Dispatch
import Synchronization
@testable import EmendKit
import Testing

/// Fold keys: case, accents and compatibility forms folded; the same key whichever of two
/// canonically equivalent spellings is folded first, and from any number of threads at once
/// (keys of non-ASCII words are remembered).
@Suite struct FoldTests {
    @Test func foldsCaseAccentsAndCompatibilityForms() {
        #expect(Fold.key("Türkiye") == "turkiye")
        #expect(Fold.key("ＴＵＲＫＩＹＥ") == "turkiye")
        #expect(Fold.key("Йемен") == "иемен")
        #expect(Fold.key("d’Ürümqi") == "d'urumqi")
        #expect(Fold.key("Ελλάδα") == "ελλαδα")
    }

    @Test func canonicallyEquivalentSpellingsShareAKeyInEitherOrder() {
        // Decomposed first, then precomposed; and the other way round with another word.
        let decomposed = "Sa\u{0303}o Tome\u{0301}", precomposed = "São Tomé"
        #expect(Fold.key(decomposed) == "sao tome")
        #expect(Fold.key(precomposed) == "sao tome")
        let precomposed2 = "Zürich", decomposed2 = "Zu\u{0308}rich"
        #expect(Fold.key(precomposed2) == "zurich")
        #expect(Fold.key(decomposed2) == "zurich")
    }

    @Test func threadsFoldAlike() {
        let words = (0..<2_000).map { i in ["Москва", "Ереван", "Bakú", "Zürich", "Ürümqi", "Şuşa"][i % 6] + String(i % 300) }
        let alone = words.map { Fold.key($0) }
        let keys = Mutex([String](repeating: "", count: words.count))
        DispatchQueue.concurrentPerform(iterations: 8) { part in
            for i in stride(from: part, to: words.count, by: 8) {
                let k = Fold.key(words[i])
                keys.withLock { $0[i] = k }
            }
        }
        #expect(keys.withLock { $0 } == alone)
    }
}
