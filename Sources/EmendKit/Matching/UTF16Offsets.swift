/// Converts ICU's UTF-16 offsets into UTF-8 offsets of the same text.
enum UTF16Offsets {
    /// The UTF-8 offset of each UTF-16 offset in `sorted` (ascending), in one pass.
    /// - Complexity: O(*n*) in the length of `text`.
    static func utf8Offsets(of sorted: [Int], in text: String) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(sorted.count)
        var u16 = 0, u8 = 0
        var k = 0
        var scalars = text.unicodeScalars.makeIterator()
        while k < sorted.count {
            if u16 >= sorted[k] { out.append(u8); k += 1; continue }
            guard let s = scalars.next() else { break }
            u16 += s.utf16.count
            u8 += s.utf8.count
        }
        while out.count < sorted.count { out.append(u8) }
        return out
    }
}
