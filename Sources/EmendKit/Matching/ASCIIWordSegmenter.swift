/// ICU's word boundaries (UAX #29 as ICU 72 tailors it) for the plain text of news,
/// without ICU: ASCII letters, digits and punctuation, and the typographic quotes and
/// dashes (‘ ’ “ ” – —).
///
/// Text is cut into chunks at ASCII spaces and line breaks, where a boundary is certain
/// on both sides (UAX #29 WB3a/b, and no rule joins a space to a following letter, digit
/// or punctuation mark). A chunk made only of plain units (``unit(_:at:end:)``) is
/// segmented here; any other chunk (other non-ASCII, tabs, controls, `_`, `@`) goes to
/// ICU with the spaces around it, so ICU sees each boundary it could move.
/// `TokenizerTests` checks the two agree on every short string over a mixed alphabet.
enum ASCIIWordSegmenter {
    /// Word-break classes of the plain units.
    enum Class: UInt8 {
        case letter, digit
        /// MidNumLet and Single_Quote: `.` `'` `‘` `’` (between letters or digits).
        case midNumLet
        /// MidNum: `,` `;` (between digits).
        case midNum
        /// Any other mark: a segment of its own.
        case other
        /// Not plain: the chunk goes to ICU.
        case none
    }

    /// The class of an ASCII byte (a switch, not a table: a static table is a lazy global,
    /// checked for its initialization at every byte of every text).
    @inline(__always) static func asciiClass(_ b: UInt8) -> Class {
        switch b {
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x30...0x39: return .digit
        case UInt8(ascii: "."), UInt8(ascii: "'"): return .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): return .midNum
        case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: "="),
             UInt8(ascii: ">"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .other
        default: return .none
        }
    }

    /// The class and UTF-8 length of the unit at `i` (before `end`): an ASCII byte, or
    /// one of U+2013 –, U+2014 —, U+201C “, U+201D ” (Other) and U+2018 ‘, U+2019 ’
    /// (MidNumLet), each E2 80 xx.
    @inline(__always) static func unit(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Class, Int) {
        let b = bytes[i]
        if b < 0x80 { return (asciiClass(b), 1) }
        guard b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 else { return (.none, 1) }
        switch bytes[i + 2] {
        case 0x93, 0x94, 0x9C, 0x9D: return (.other, 3)
        case 0x98, 0x99: return (.midNumLet, 3)
        default: return (.none, 1)
        }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The end of the segment that starts at `start` inside a plain chunk `bytes[..<end]`.
    /// A word (letters and digits, with a MidNumLet between letters and a MidNumLet or
    /// MidNum between digits, WB6/7 and WB11/12) is one segment; any other unit is a
    /// segment of its own.
    static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let (first, length) = unit(bytes, at: start, end: end)
        guard first == .letter || first == .digit else { return start + length }
        var previous = first
        var i = start + length
        while i < end {
            let (c, l) = unit(bytes, at: i, end: end)
            if c == .letter || c == .digit { previous = c; i += l; continue }
            guard i + l < end else { break }
            let (after, la) = unit(bytes, at: i + l, end: end)
            if previous == .letter && after == .letter && c == .midNumLet { i += l + la; continue }
            if previous == .digit && after == .digit && (c == .midNumLet || c == .midNum) { i += l + la; continue }
            break
        }
        return i
    }
}
