import Foundation

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
    /// Each slot holds a word's hash (high half) and number + 1 (low half), 0 when empty;
    /// a power of two, at most half full. A probe reads one slot until the hashes agree.
    private var slots = [UInt64](repeating: 0, count: 16)
    private var others = Set<String>()

    init() {}

    init(minimumCapacity n: Int) {
        var size = 16
        while size < 2 * n { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
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

    /// Adds an ASCII word; returns its number (in order of insertion).
    @discardableResult
    mutating func insertASCII<C: Collection<UInt8>>(_ bytes: C) -> Int32 {
        let h = Self.hash(bytes)
        if let n = find(bytes, h) { return n }
        if (offsets.count + 1) * 2 > slots.count { grow() }
        let n = Int32(offsets.count)
        offsets.append(Int32(blob.count))
        lengths.append(Int32(bytes.count))
        hashes.append(h)
        blob.append(contentsOf: bytes)
        place(n, h)
        return n
    }

    private mutating func place(_ n: Int32, _ h: UInt32) {
        let mask = slots.count - 1
        var i = Int(h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = UInt64(h) << 32 | UInt64(n + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for n in offsets.indices { place(Int32(n), hashes[n]) }
    }

    /// The number of the word of hash `h` and length `count` whose bytes at `start` in the
    /// blob `same(start)` accepts, probing the open-addressing slots.
    @inline(__always)
    private func probe(_ h: UInt32, _ count: Int, _ same: (Int) -> Bool) -> Int32? {
        let mask = slots.count - 1
        var i = Int(h) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            let n = Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
            if UInt32(slot >> 32) == h && Int(lengths[Int(n)]) == count && same(Int(offsets[Int(n)])) { return n }
            i = (i + 1) & mask
        }
    }

    private func find<C: Collection<UInt8>>(_ bytes: C, _ h: UInt32) -> Int32? {
        probe(h, bytes.count) { start in blob[start..<(start + bytes.count)].elementsEqual(bytes) }
    }

    /// The number of an ASCII word (in order of insertion), if the table has it.
    func number(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return blob.withUnsafeBufferPointer { blob in
            probe(h, bytes.count) { start in bytes.isEmpty || memcmp(blob.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 }
        }
    }

    func contains(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            if let found = word.utf8.withContiguousStorageIfAvailable({ number(ofASCII: $0) }) { return found != nil }
            return find(word.utf8, Self.hash(word.utf8)) != nil
        }
        if others.contains(word) { return true }
        guard let nfc = try? ICU.normalize(word, .nfc), nfc.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        return find(nfc.utf8, Self.hash(nfc.utf8)) != nil
    }
}
