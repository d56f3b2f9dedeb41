/// A set of strings as bits of a cheap hash (FNV-1a over the UTF-8): no false negatives,
/// so "not in the filter" is certain and skips a dictionary look-up. Small enough to stay
/// in the processor's cache, unlike the table it guards.
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    private let mask: Int

    /// A filter of 2^`log2Bits` bits (65,536 by default).
    init(log2Bits: Int = 16) {
        bits = [UInt64](repeating: 0, count: max(1, (1 << log2Bits) / 64))
        mask = (1 << log2Bits) - 1
    }

    mutating func insert(_ key: String) { insert(hash: Self.hash(key.utf8)) }
    mutating func insert(bytes: some Sequence<UInt8>) { insert(hash: Self.hash(bytes)) }

    @inline(__always) func mayContain(_ key: String) -> Bool { mayContain(hash: Self.hash(key.utf8)) }
    @inline(__always) func mayContain(bytes: some Sequence<UInt8>) -> Bool { mayContain(hash: Self.hash(bytes)) }

    private mutating func insert(hash h: UInt32) {
        let i = Int(h ^ (h >> 15)) & mask
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    @inline(__always) private func mayContain(hash h: UInt32) -> Bool {
        let i = Int(h ^ (h >> 15)) & mask
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    @inline(__always) static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h
    }
}
