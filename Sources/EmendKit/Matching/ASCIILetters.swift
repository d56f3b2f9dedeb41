/// The upper- and lower-case letters of an all-ASCII string, counted byte by byte: the
/// fast path of the case tests on ``Token`` (for ASCII, Unicode's Alphabetic letters are
/// A–Z and a–z, and Uppercase is A–Z).
struct ASCIILetters {
    var upper = 0
    var lower = 0

    /// Nil when `text` has a non-ASCII byte.
    @inline(__always) init?(_ text: String) {
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1 }
        }
    }
}
