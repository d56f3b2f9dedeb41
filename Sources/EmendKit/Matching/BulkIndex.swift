import Foundation

/// A gazetteer-size name automaton in flat arrays: interned word keys, an open-addressing
/// table of edges (node, word) → node, and one target per accepting node.
///
/// It is built from the bulk TSV format (`variant<TAB>canonical<TAB>kind`) and saved to and
/// loaded from a compiled cache with plain memory copies (see ``BulkIndex/save(to:)``), so
/// a million variants are ready in well under a second. Matching walks it like
/// ``TokenTrie``: cost per word does not grow with the number of names.
public final class BulkIndex: @unchecked Sendable {
    /// UTF-8 of every word key and every target name.
    var blob: [UInt8] = []
    var tokenOffset: [Int32] = [], tokenLength: [Int32] = [], tokenHash: [UInt64] = []
    /// Open-addressing slots holding token numbers (-1 empty); size a power of two.
    var tokenSlots: [Int32] = []
    var edgeFrom: [Int32] = [], edgeToken: [Int32] = [], edgeTo: [Int32] = []
    var edgeSlots: [Int32] = []
    /// Target of each node (-1 none); node 0 is the root.
    var nodeTarget: [Int32] = [-1]
    var targetOffset: [Int32] = [], targetLength: [Int32] = [], targetKind: [UInt8] = []
    /// Variant lines whose canonical names disagreed with an earlier line (the first is kept).
    public internal(set) var conflicts = 0
    /// Source fingerprint the index was built from.
    public internal(set) var fingerprint: UInt64 = 0

    public var nodeCount: Int { nodeTarget.count }
    /// Spellings the automaton accepts: every variant and every canonical name.
    public var variantCount: Int { nodeTarget.filter { $0 >= 0 }.count }

    init() {}

    // MARK: - Hashing and look-up

    /// FNV-1a 64 of `bytes`: names caches and checks what they were built from.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    static func edgeHash(_ from: Int32, _ token: Int32) -> UInt64 {
        var x = UInt64(UInt32(bitPattern: from)) << 32 | UInt64(UInt32(bitPattern: token))
        x = (x ^ (x >> 33)) &* 0xff51_afd7_ed55_8ccd
        return x ^ (x >> 33)
    }

    /// The number of a word key, if any name uses it.
    func token(_ key: String) -> Int32? {
        guard !tokenSlots.isEmpty else { return nil }
        return withTables { $0.token(key) }
    }

    func child(_ from: Int32, _ token: Int32) -> Int32? {
        guard !edgeSlots.isEmpty else { return nil }
        return withTables { $0.child(from, token) }
    }

    /// The look-up tables as raw buffers, for the span of `body`: matching reads them once
    /// per line instead of through the class's (exclusivity-checked) properties per word.
    func withTables<R>(_ body: (Tables) -> R) -> R {
        blob.withUnsafeBufferPointer { blob in
            tokenSlots.withUnsafeBufferPointer { tokenSlots in
                tokenHash.withUnsafeBufferPointer { tokenHash in
                    tokenOffset.withUnsafeBufferPointer { tokenOffset in
                        tokenLength.withUnsafeBufferPointer { tokenLength in
                            edgeSlots.withUnsafeBufferPointer { edgeSlots in
                                edgeFrom.withUnsafeBufferPointer { edgeFrom in
                                    edgeToken.withUnsafeBufferPointer { edgeToken in
                                        edgeTo.withUnsafeBufferPointer { edgeTo in
                                            nodeTarget.withUnsafeBufferPointer { nodeTarget in
                                                body(Tables(blob: blob, tokenSlots: tokenSlots, tokenHash: tokenHash, tokenOffset: tokenOffset,
                                                            tokenLength: tokenLength, edgeSlots: edgeSlots, edgeFrom: edgeFrom,
                                                            edgeToken: edgeToken, edgeTo: edgeTo, nodeTarget: nodeTarget))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// ``BulkIndex``'s tables, borrowed (see ``withTables(_:)``); both tables are non-empty.
    struct Tables {
        let blob: UnsafeBufferPointer<UInt8>
        let tokenSlots: UnsafeBufferPointer<Int32>, tokenHash: UnsafeBufferPointer<UInt64>
        let tokenOffset: UnsafeBufferPointer<Int32>, tokenLength: UnsafeBufferPointer<Int32>
        let edgeSlots: UnsafeBufferPointer<Int32>
        let edgeFrom: UnsafeBufferPointer<Int32>, edgeToken: UnsafeBufferPointer<Int32>, edgeTo: UnsafeBufferPointer<Int32>
        let nodeTarget: UnsafeBufferPointer<Int32>

        @inline(__always)
        func token(_ key: String) -> Int32? {
            if let found = key.utf8.withContiguousStorageIfAvailable({ token(bytes: $0) }) { return found }
            return Array(key.utf8).withUnsafeBufferPointer { token(bytes: $0) }
        }

        func token(bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            let mask = tokenSlots.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let t = tokenSlots[i]
                if t < 0 { return nil }
                if tokenHash[Int(t)] == h && Int(tokenLength[Int(t)]) == bytes.count
                    && (bytes.isEmpty || memcmp(blob.baseAddress! + Int(tokenOffset[Int(t)]), bytes.baseAddress!, bytes.count) == 0) {
                    return t
                }
                i = (i + 1) & mask
            }
        }

        @inline(__always)
        func child(_ from: Int32, _ token: Int32) -> Int32? {
            let mask = edgeSlots.count - 1
            var i = Int(truncatingIfNeeded: BulkIndex.edgeHash(from, token)) & mask
            while true {
                let e = edgeSlots[i]
                if e < 0 { return nil }
                if edgeFrom[Int(e)] == from && edgeToken[Int(e)] == token { return edgeTo[Int(e)] }
                i = (i + 1) & mask
            }
        }
    }

    /// The canonical name and kind at a node's target.
    public func target(_ t: Int32) -> (name: String, kind: EntryKind) {
        let start = Int(targetOffset[Int(t)])
        let name = String(decoding: blob[start..<(start + Int(targetLength[Int(t)]))], as: UTF8.self)
        return (name, EntryKind.allCases[Int(targetKind[Int(t)])])
    }

    /// A match: tokens `first...last` and the target found there.
    public struct Match: Equatable, Sendable {
        public var first: Int
        public var last: Int
        public var target: Int32
    }

    /// Leftmost-longest matches in `tokens`; words of a name are separated by one run of
    /// inline spaces or one hyphen.
    public func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        matches(in: tokens, range: 0..<tokens.count, into: &out)
        return out
    }

    /// The matches that start in `range` of `tokens`, scanning from its start, appended to
    /// `out`: a line's tokens scan as in the whole text (no name reaches over a line break).
    func matches(in tokens: [Token], range: Range<Int>, into out: inout [Match]) {
        guard !tokenSlots.isEmpty, !edgeSlots.isEmpty else { return }
        withTables { tables in
            var i = range.lowerBound
            while i < range.upperBound {
                guard tokens[i].isWord, let t = tables.token(tokens[i].key), var node = tables.child(0, t) else { i += 1; continue }
                var best: Match? = tables.nodeTarget[Int(node)] >= 0 ? Match(first: i, last: i, target: tables.nodeTarget[Int(node)]) : nil
                var j = i
                while j + 2 < tokens.count, tokens[j + 1].isInlineSpace || tokens[j + 1].isHyphen, tokens[j + 2].isWord,
                      let t2 = tables.token(tokens[j + 2].key), let next = tables.child(node, t2) {
                    node = next
                    j += 2
                    if tables.nodeTarget[Int(node)] >= 0 { best = Match(first: i, last: j, target: tables.nodeTarget[Int(node)]) }
                }
                if let best { out.append(best); i = best.last + 1 } else { i += 1 }
            }
        }
    }
}
