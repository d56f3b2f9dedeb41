@testable import EmendKit
import Testing

/// The binary searches that keep long documents linear answer exactly what the scans they
/// replaced answered, empty spans (insertions) included.
@Suite struct EditSpansTests {
    static func randomRange(_ rng: inout SplitMix64, limit: Int) -> Range<Int> {
        let a = Int.random(in: 0...limit, using: &rng)
        return a..<min(limit, a + Int.random(in: 0...3, using: &rng))
    }

    @Test func placingSpansClashesExactlyWhereAScanWould() {
        var rng = SplitMix64(seed: 0x5BA4_0000)
        for _ in 0..<300 {
            var placed = DisjointSpans()
            var scanned: [Range<Int>] = []
            for _ in 0..<40 {
                let r = Self.randomRange(&rng, limit: 60)
                let scan = scanned.contains { $0.lowerBound < r.upperBound && r.lowerBound < $0.upperBound || $0.lowerBound == r.lowerBound }
                #expect(placed.clashes(r) == scan, "\(r) against \(scanned)")
                if !scan {
                    placed.insert(r)
                    scanned.append(r)
                }
            }
            #expect(placed.spans == scanned.sorted { $0.lowerBound < $1.lowerBound })
        }
    }

    @Test func aSuggestionIsMootExactlyWhereAScanOfTheEditsSays() {
        var rng = SplitMix64(seed: 0x5BA5_0000)
        for _ in 0..<300 {
            var placed = DisjointSpans()
            for _ in 0..<20 {
                let r = Self.randomRange(&rng, limit: 60)
                if !placed.clashes(r) { placed.insert(r) }
            }
            let edits = placed.spans.map { Edit(start: $0.lowerBound, end: $0.upperBound, before: "", after: "x", rule: "t", category: .mojibake, reason: "") }
            for _ in 0..<30 {
                let s = Self.randomRange(&rng, limit: 60)
                let scan = edits.contains { $0.start < s.upperBound && s.lowerBound < $0.end }
                #expect(edits.changesText(in: s.lowerBound, s.upperBound) == scan, "\(s) against \(placed.spans)")
            }
        }
    }
}
