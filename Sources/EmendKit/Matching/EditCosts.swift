import Foundation

/// A weighted edit distance between name keys whose costs are learned from the
/// dictionaries' own spellings of one name: every person's and place's other Latin forms
/// (aliases, BGN romanizations, misrenderings, its names in the other edition languages) are
/// aligned with its English name's key, and each letter substitution, insertion or deletion
/// seen there costs less the more often it was seen ("v"/"w" from Wladimir and Vladimir,
/// "e"/"a" from vowel reductions). An edit never seen between two spellings of one name
/// costs 1; the most frequent cost a quarter.
///
/// Used to rank the near misses of a whole name and to say what speaks against one; never
/// to decide alone (``Decision`` does).
public struct EditCosts: Sendable {
    /// Cost of an operation; a letter pair is stored in sorted order (substitutions are
    /// symmetric), an insertion or deletion as the letter with 0.
    let costs: [UInt16: Double]
    /// How many name pairs the costs were learned from.
    public let pairs: Int

    static func op(_ a: UInt8, _ b: UInt8) -> UInt16 { a < b ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a) }

    /// Learns costs from pairs of spellings of one name (their keys).
    public static func learn(_ pairs: [(String, String)]) -> EditCosts {
        var counts: [UInt16: Int] = [:]
        var used = 0
        for (a, b) in pairs {
            let x = Array(a.utf8), y = Array(b.utf8)
            guard x != y, let ops = alignment(x, y), ops.count <= max(2, min(x.count, y.count) / 4) else { continue }
            used += 1
            for o in ops { counts[o, default: 0] += 1 }
        }
        // 1 for an edit never seen, down to 1/4 for the most frequent, by the log of the count.
        let top = log(1 + Double(counts.values.max() ?? 1))
        let costs = counts.mapValues { 1 - 0.75 * log(1 + Double($0)) / top }
        return EditCosts(costs: costs, pairs: used)
    }

    /// The cost of one operation (0 for no change).
    public func cost(_ a: UInt8, _ b: UInt8) -> Double {
        a == b ? 0 : costs[Self.op(a, b)] ?? 1
    }

    /// The weighted distance between two keys.
    public func distance(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8), y = Array(b.utf8)
        var prev = [Double](repeating: 0, count: y.count + 1)
        for j in 0...y.count { prev[j] = j == 0 ? 0 : prev[j - 1] + cost(0, y[j - 1]) }
        for i in 1...max(1, x.count) where !x.isEmpty {
            var cur = [Double](repeating: 0, count: y.count + 1)
            cur[0] = prev[0] + cost(x[i - 1], 0)
            for j in stride(from: 1, through: y.count, by: 1) {
                cur[j] = min(prev[j - 1] + cost(x[i - 1], y[j - 1]), prev[j] + cost(x[i - 1], 0), cur[j - 1] + cost(0, y[j - 1]))
            }
            prev = cur
        }
        return prev[y.count]
    }

    /// The operations of a shortest (unweighted) alignment of two keys.
    static func alignment(_ x: [UInt8], _ y: [UInt8]) -> [UInt16]? {
        guard x.count < 64, y.count < 64 else { return nil }
        let w = y.count + 1
        var d = [Int](repeating: 0, count: (x.count + 1) * w)
        for i in 0...x.count { d[i * w] = i }
        for j in 0...y.count { d[j] = j }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                d[i * w + j] = min(d[(i - 1) * w + j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1)
            }
        }
        var ops: [UInt16] = []
        var i = x.count, j = y.count
        while i > 0 || j > 0 {
            if i > 0, j > 0, d[i * w + j] == d[(i - 1) * w + j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1) {
                if x[i - 1] != y[j - 1] { ops.append(op(x[i - 1], y[j - 1])) }
                i -= 1; j -= 1
            } else if i > 0, d[i * w + j] == d[(i - 1) * w + j] + 1 {
                ops.append(op(x[i - 1], 0)); i -= 1
            } else {
                ops.append(op(0, y[j - 1])); j -= 1
            }
        }
        return ops
    }

    /// The operations two keys differ by, in words ("k/q", "+h"), for a change log.
    public func describe(_ a: String, _ b: String) -> String {
        guard let ops = Self.alignment(Array(a.utf8), Array(b.utf8)) else { return "" }
        return ops.reversed().map { o -> String in
            let p = UInt8(o >> 8), q = UInt8(o & 0xFF)
            let s = p == 0 ? "±" + String(UnicodeScalar(q)) : String(UnicodeScalar(p)) + "/" + String(UnicodeScalar(q))
            return s + " " + String(Double(Int((cost(p, q) * 100).rounded())) / 100)
        }.joined(separator: ", ")
    }
}
