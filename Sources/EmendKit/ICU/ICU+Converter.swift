internal import CICU

extension ICU {
    /// Encodes `text` in `charset` (an ICU converter name such as "windows-1252" or
    /// "macintosh"), failing on any character the charset cannot represent.
    public static func encode(_ text: String, charset: String) throws -> [UInt8] {
        let source = Array(text.utf16)
        return try retrying("encoding to \(charset)", capacity: source.count * 4 + 8, zero: CChar(0)) { buffer, capacity, status in
            charset.withCString { emend_encode($0, source, Int32(source.count), &buffer, capacity, &status) }
        }.map { UInt8(bitPattern: $0) }
    }

    /// Decodes `bytes` from `charset`, failing on any illegal or unmappable sequence.
    public static func decode(_ bytes: [UInt8], charset: String) throws -> String {
        let source = bytes.map { CChar(bitPattern: $0) }
        let output = try retrying("decoding from \(charset)", capacity: source.count * 2 + 8, zero: UInt16(0)) { buffer, capacity, status in
            charset.withCString { emend_decode($0, source, Int32(source.count), &buffer, capacity, &status) }
        }
        return String(decoding: output, as: UTF16.self)
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
