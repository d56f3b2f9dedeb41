/// A set of strings as bits of a cheap hash (FNV-1a over the UTF-8): no false negatives,
/// so "not in the filter" is certain and skips a dictionary look-up.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)  // 65,536 bits

    mutating func insert(_ key: String) {
        let h = Self.hash(key)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    @inline(__always) func mayContain(_ key: String) -> Bool {
        let h = Self.hash(key)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    @inline(__always) static func hash(_ key: String) -> Int {
        var h: UInt32 = 0x811C_9DC5
        for b in key.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return Int((h ^ (h >> 16)) & 0xFFFF)
    }
}
