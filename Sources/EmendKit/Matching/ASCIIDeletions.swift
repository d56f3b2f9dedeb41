/// The deletion neighbourhood and the edit distance of ``FuzzyIndex`` for ASCII words,
/// on bytes: no `Character` arrays, no sets of strings.
enum ASCIIDeletions {
    /// Calls `body` with every string made by deleting up to `k` bytes of `word` (the word
    /// itself included), as ``FuzzyIndex/deletes(of:upTo:)`` lists them (a word of one byte
    /// is not shortened further). Each deletion comes once per set of deleted positions,
    /// and deleting either of two equal neighbours counts once; a string may still come
    /// twice, which the caller's look-up tolerates.
    static func forEach(of word: [UInt8], upTo k: Int, _ body: ([UInt8]) -> Void) {
        body(word)
        guard k > 0 else { return }
        // (string, first position it may still delete at)
        var frontier: [([UInt8], Int)] = [(word, 0)]
        for _ in 0..<k {
            var next: [([UInt8], Int)] = []
            for (w, from) in frontier where w.count > 1 {
                for i in from..<w.count {
                    if i > from && w[i] == w[i - 1] { continue }
                    var c = w
                    c.remove(at: i)
                    body(c)
                    next.append((c, i))
                }
            }
            frontier = next
        }
    }

    /// Optimal string alignment distance, as ``FuzzyIndex/distance(_:_:)`` on bytes.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let w = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: (a.count + 1) * w) { d in
            for i in 0...a.count { d[i * w] = i }
            for j in 0...b.count { d[j] = j }
            for i in 1...a.count {
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        v = min(v, d[(i - 2) * w + j - 2] + 1)
                    }
                    d[i * w + j] = v
                }
            }
            return d[a.count * w + b.count]
        }
    }
}
