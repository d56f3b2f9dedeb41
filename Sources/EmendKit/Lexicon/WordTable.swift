/// A set of words with `Set<String>`'s membership (canonical equivalence), built without
/// a `String` per word: ASCII words live in one byte array behind an open-addressing
/// table hashed with FNV-1a; the few others stay in a `Set<String>`.
///
/// A non-ASCII word whose NFC form is ASCII (a Kelvin sign for "K") is filed under that
/// ASCII form as well, and a non-ASCII query is also looked up by its NFC form, so the
/// answer is the one `Set<String>.contains` gives.
struct WordTable: Sendable {
    private var blob: [UInt8] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt32] = []
    /// Word numbers (-1 empty); a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 16)
    private var others = Set<String>()

    init() {}

    init(minimumCapacity n: Int) {
        var size = 16
        while size < 2 * n { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        blob.reserveCapacity(n * 8)
    }

    @inline(__always) private static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h
    }

    mutating func insert(_ word: Substring) {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { insertASCII(word.utf8); return }
        let w = String(word)
        others.insert(w)
        if let nfc = try? ICU.normalize(w, .nfc), nfc.utf8.allSatisfy({ $0 < 0x80 }) { insertASCII(nfc.utf8) }
    }

    mutating func insert(_ word: String) { insert(word[...]) }

    /// Inserts the word whose UTF-8 is `bytes` (valid UTF-8).
    mutating func insert(bytes: ArraySlice<UInt8>) {
        if bytes.allSatisfy({ $0 < 0x80 }) { insertASCII(bytes) } else { insert(String(decoding: bytes, as: UTF8.self)[...]) }
    }

    private mutating func insertASCII<C: Collection<UInt8>>(_ bytes: C) {
        let h = Self.hash(bytes)
        if find(bytes, h) != nil { return }
        if (offsets.count + 1) * 2 > slots.count { grow() }
        let n = Int32(offsets.count)
        offsets.append(Int32(blob.count))
        lengths.append(Int32(bytes.count))
        hashes.append(h)
        blob.append(contentsOf: bytes)
        place(n, h)
    }

    private mutating func place(_ n: Int32, _ h: UInt32) {
        let mask = slots.count - 1
        var i = Int(h) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = n
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for n in offsets.indices { place(Int32(n), hashes[n]) }
    }

    private func find<C: Collection<UInt8>>(_ bytes: C, _ h: UInt32) -> Int32? {
        let mask = slots.count - 1
        var i = Int(h) & mask
        while true {
            let n = slots[i]
            if n < 0 { return nil }
            if hashes[Int(n)] == h && Int(lengths[Int(n)]) == bytes.count {
                let start = Int(offsets[Int(n)])
                if blob[start..<(start + bytes.count)].elementsEqual(bytes) { return n }
            }
            i = (i + 1) & mask
        }
    }

    func contains(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return find(word.utf8, Self.hash(word.utf8)) != nil }
        if others.contains(word) { return true }
        guard let nfc = try? ICU.normalize(word, .nfc), nfc.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        return find(nfc.utf8, Self.hash(nfc.utf8)) != nil
    }
}
