internal import CICU

extension ICU {
    /// Encodes `text` in `charset` (an ICU converter name such as "windows-1252" or
    /// "macintosh"), failing on any character the charset cannot represent.
    public static func encode(_ text: String, charset: String) throws -> [UInt8] {
        let source = Array(text.utf16)
        var capacity = source.count * 4 + 8
        for _ in 0..<3 {
            var status: Int32 = 0
            var output = [CChar](repeating: 0, count: capacity)
            let needed = charset.withCString { cs in
                emend_encode(cs, source, Int32(source.count), &output, Int32(capacity), &status)
            }
            if status == bufferOverflow { capacity = Int(needed) + 1; continue }
            try check(status, "encoding to \(charset)")
            return output[0..<Int(needed)].map { UInt8(bitPattern: $0) }
        }
        throw ICUError(code: bufferOverflow, operation: "encoding to \(charset)")
    }

    /// Decodes `bytes` from `charset`, failing on any illegal or unmappable sequence.
    public static func decode(_ bytes: [UInt8], charset: String) throws -> String {
        let source = bytes.map { CChar(bitPattern: $0) }
        var capacity = source.count * 2 + 8
        for _ in 0..<3 {
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let needed = charset.withCString { cs in
                emend_decode(cs, source, Int32(source.count), &output, Int32(capacity), &status)
            }
            if status == bufferOverflow { capacity = Int(needed) + 1; continue }
            try check(status, "decoding from \(charset)")
            return String(decoding: output[0..<Int(needed)], as: UTF16.self)
        }
        throw ICUError(code: bufferOverflow, operation: "decoding from \(charset)")
    }

    /// Undoes mojibake: `text` is taken to be UTF-8 that was decoded as `charset`.
    /// Returns nil when re-encoding fails or the bytes are not valid UTF-8.
    public static func reinterpretAsUTF8(_ text: String, misreadAs charset: String) -> String? {
        guard let bytes = try? encode(text, charset: charset) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The UTS #39 confusable skeleton of `text` ("pаypal" with a Cyrillic а and "paypal"
    /// share one).
    public static func confusableSkeleton(_ text: String) throws -> String {
        try withUTF16Output(text, "confusable skeleton") { src, len, dst, cap, status in
            emend_confusable_skeleton(src, len, dst, cap, &status)
        }
    }
}
