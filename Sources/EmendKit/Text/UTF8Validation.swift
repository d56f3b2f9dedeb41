/// Strict UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, and why;
    /// nil when all of `bytes` is valid.
    static func firstError(in bytes: [UInt8]) -> (Int, String)? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            case 0x80...0xBF: return (i, "unexpected continuation byte 0x\(hex(b))")
            default: return (i, "byte 0x\(hex(b)) never occurs in UTF-8")
            }
            if i + length > n { return (i, "truncated \(length)-byte sequence at end of input") }
            for k in 1..<length {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi {
                    return (i, "malformed \(length)-byte sequence starting with 0x\(hex(b))")
                }
            }
            i += length
        }
        return nil
    }
}


/// Two upper-case hex digits.
func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}
