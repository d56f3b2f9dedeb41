/// ICU's word boundaries (UAX #29 as ICU 72 tailors it) for the plain ASCII of news
/// text, without ICU: letters, digits, spaces and the common punctuation marks.
///
/// Text is cut into chunks at ASCII spaces and line breaks, where a boundary is certain
/// on both sides (UAX #29 WB3a/b, and no rule joins a space to a following letter, digit
/// or punctuation mark). A chunk of ``isPlain(_:)`` bytes is segmented here; any other
/// chunk (non-ASCII, tabs, controls, `_`, `@`) goes to ICU with the spaces around it, so
/// ICU sees each boundary it could move. `TokenizerTests` checks the two agree on every
/// short string over a mixed alphabet.
enum ASCIIWordSegmenter {
    /// Bytes the ASCII rules here cover: letters, digits and punctuation whose word-break
    /// class is MidNumLet (`.`), Single_Quote (`'`), MidNum (`,` `;`) or Other.
    static let plain: [Bool] = (0..<256).map { b in
        switch UInt8(b) {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: return true
        case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
             UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"),
             UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    @inline(__always) static func isPlain(_ b: UInt8) -> Bool { plain[Int(b)] }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The end of the segment that starts at `start` inside a plain chunk `bytes[..<end]`.
    /// A word (letters and digits, with `.` `'` between letters and `.` `'` `,` `;`
    /// between digits) is one segment; any other mark is a segment of its own.
    static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let first = bytes[start]
        guard isLetter(first) || isDigit(first) else { return start + 1 }
        var i = start + 1
        while i < end {
            let b = bytes[i]
            if isLetter(b) || isDigit(b) { i += 1; continue }
            // WB6/7 (letters) and WB11/12 (digits): a middle mark between two of a kind.
            guard i + 1 < end else { break }
            let before = bytes[i - 1], after = bytes[i + 1]
            if isLetter(before) && isLetter(after) && (b == 0x2E || b == 0x27) { i += 2; continue }
            if isDigit(before) && isDigit(after) && (b == 0x2E || b == 0x27 || b == 0x2C || b == 0x3B) { i += 2; continue }
            break
        }
        return i
    }
}
