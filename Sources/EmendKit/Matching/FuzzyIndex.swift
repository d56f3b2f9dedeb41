/// Finds words within a small edit distance of a query, by a deletion neighbourhood
/// (SymSpell): every word is stored under each string obtained by deleting up to
/// ``maxDistance`` characters, and a query looks up its own deletions.
///
/// - Complexity: a look-up costs O(L²) hash probes for a query of length L, independent
///   of the number of words stored.
public struct FuzzyIndex: Sendable {
    public let maxDistance: Int
    private var words: [[Character]] = []
    /// The UTF-8 of each word that is all ASCII (one byte a character), else nil.
    private var asciiWords: [[UInt8]?] = []
    private var payloads: [[Int]] = []
    private var wordNumbers: [String: Int] = [:]
    /// The non-ASCII deletions of non-ASCII words (the ASCII ones are in the byte table).
    private var deletions: [String: [Int32]] = [:]
    /// The same lists for the ASCII deletions, by number in a byte table: an ASCII query
    /// looks its deletions up there. A non-ASCII deletion whose NFC form is ASCII (and
    /// so equal to it as a `String`) is filed there too.
    private var asciiDeletionNumbers = WordTable()
    private var asciiDeletions: [[Int32]] = []
    /// The ASCII deletions as bits: most deletions of a query are of no stored word.
    private var asciiDeletionFilter = KeyFilter(log2Bits: 19)

    public init(maxDistance: Int = 2) { self.maxDistance = maxDistance }

    public mutating func insert(_ word: String, payload: Int) {
        if let n = wordNumbers[word] {
            if !payloads[n].contains(payload) { payloads[n].append(payload) }
            return
        }
        let n = words.count
        words.append(Array(word))
        asciiWords.append(word.utf8.allSatisfy { $0 < 0x80 } ? Array(word.utf8) : nil)
        payloads.append([payload])
        wordNumbers[word] = n
        if let bytes = asciiWords[n] {
            // An ASCII word's deletions are ASCII: made on bytes, filed in the byte table only.
            ASCIIDeletions.forEach(of: bytes, upTo: maxDistance) { fileASCII($0, n) }
            return
        }
        for d in Self.deletes(of: word, upTo: maxDistance) {
            if let ascii = Self.asciiForm(d) { fileASCII(Array(ascii.utf8), n) } else { deletions[d, default: []].append(Int32(n)) }
        }
    }

    /// Files word `n` under the ASCII deletion `d` (once, however often `d` comes).
    private mutating func fileASCII(_ d: [UInt8], _ n: Int) {
        asciiDeletionFilter.insert(bytes: d)
        let k = Int(asciiDeletionNumbers.insertASCII(d))
        if k == asciiDeletions.count { asciiDeletions.append([]) }
        if asciiDeletions[k].last != Int32(n) { asciiDeletions[k].append(Int32(n)) }
    }

    /// `d` itself when it is ASCII, or its NFC form when that is ASCII (equal as a `String`).
    private static func asciiForm(_ d: String) -> String? {
        if d.utf8.allSatisfy({ $0 < 0x80 }) { return d }
        if let nfc = try? ICU.normalize(d, .nfc), nfc.utf8.allSatisfy({ $0 < 0x80 }) { return nfc }
        return nil
    }

    /// Stored words within `distance` of `query`, nearest first: (word, distance, payloads).
    public func lookup(_ query: String, distance: Int) -> [(word: String, distance: Int, payloads: [Int])] {
        if query.utf8.allSatisfy({ $0 < 0x80 }) { return lookupASCII(Array(query.utf8), distance: distance) }
        let q = Array(query)
        var seen: Set<Int32> = []
        var out: [(String, Int, [Int])] = []
        for d in Self.deletes(of: query, upTo: min(distance, maxDistance)) {
            let hits: [Int32]
            if let ascii = Self.asciiForm(d) {
                let bytes = Array(ascii.utf8)
                guard asciiDeletionFilter.mayContain(bytes: bytes),
                      let k = bytes.withUnsafeBufferPointer({ asciiDeletionNumbers.number(ofASCII: $0) }) else { continue }
                hits = asciiDeletions[Int(k)]
            } else {
                hits = deletions[d] ?? []
            }
            for n in hits where seen.insert(n).inserted {
                let dist = Self.distance(q, words[Int(n)])
                if dist <= distance { out.append((String(words[Int(n)]), dist, payloads[Int(n)])) }
            }
        }
        return out.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }

    /// ``lookup(_:distance:)`` for an ASCII query, where a character is a byte: the same
    /// deletions, made and measured on bytes.
    private func lookupASCII(_ q: [UInt8], distance: Int) -> [(word: String, distance: Int, payloads: [Int])] {
        var seen: [Int32] = []
        var out: [(String, Int, [Int])] = []
        ASCIIDeletions.forEach(of: q, upTo: min(distance, maxDistance)) { d in
            guard asciiDeletionFilter.mayContain(bytes: d),
                  let k = d.withUnsafeBufferPointer({ asciiDeletionNumbers.number(ofASCII: $0) }) else { return }
            let hits = asciiDeletions[Int(k)]
            for n in hits where !seen.contains(n) {
                seen.append(n)
                let dist = asciiWords[Int(n)].map { ASCIIDeletions.distance(q, $0) } ?? Self.distance(q.map { Character(Unicode.Scalar($0)) }, words[Int(n)])
                if dist <= distance { out.append((String(words[Int(n)]), dist, payloads[Int(n)])) }
            }
        }
        return out.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }

    static func deletes(of word: String, upTo k: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<k {
            var next: Set<String> = []
            for w in frontier where w.count > 1 {
                let chars = Array(w)
                for i in chars.indices {
                    var c = chars
                    c.remove(at: i)
                    next.insert(String(c))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

    /// Optimal string alignment distance (Levenshtein with adjacent transpositions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
