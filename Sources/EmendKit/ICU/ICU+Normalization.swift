internal import CICU

extension ICU {
    /// A Unicode normalization form.
    public enum NormalizationForm: Int32, Sendable, CaseIterable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3
        /// NFKC followed by full case folding and removal of default-ignorable code points.
        case nfkcCasefold = 4
    }

    /// Normalizes `text` to `form` (UAX #15).
    public static func normalize(_ text: String, _ form: NormalizationForm) throws -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) && form != .nfkcCasefold { return text }
        return try withUTF16Output(text, "normalization") { src, len, dst, cap, status in
            emend_normalize(form.rawValue, src, len, dst, cap, &status)
        }
    }
}
