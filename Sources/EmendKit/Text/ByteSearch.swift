/// Questions about a string answered on its UTF-8 bytes, for the hot paths: Foundation's
/// `contains(_:)` goes through `NSString` and a locale (and the standard library's generic
/// `firstRange(of:)` measured slower still), and `count` walks every character.
/// Byte equality of UTF-8 is scalar equality: "é" and "e\u{301}" differ here, as they do
/// in the matching keys.
extension StringProtocol {
    /// `count > n` without counting every character of a long ASCII text.
    func hasMoreCharacters(than n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return false }
        return utf8.allSatisfy { $0 < 0x80 } ? true : count > n
    }

    /// Whether `needle` occurs in the text, byte for byte.
    func contains(bytes needle: String) -> Bool {
        let n = needle.utf8.count
        guard n > 0 else { return true }
        // Native strings and their substrings are contiguous; a bridged one is copied.
        let found: Bool? = utf8.withContiguousStorageIfAvailable { hay in
            var needle = needle
            return needle.withUTF8 { ByteSearch.find($0, in: hay) }
        }
        return found ?? ByteSearch.find(Array(needle.utf8), in: Array(utf8))
    }
}

enum ByteSearch {
    /// Whether `needle` (not empty) occurs in `hay`.
    static func find<N: RandomAccessCollection<UInt8>, H: RandomAccessCollection<UInt8>>(_ needle: N, in hay: H) -> Bool
        where N.Index == Int, H.Index == Int {
        let n = needle.count
        guard n <= hay.count else { return false }
        let first = needle[needle.startIndex]
        var i = hay.startIndex
        let last = hay.endIndex - n
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[needle.startIndex + k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
