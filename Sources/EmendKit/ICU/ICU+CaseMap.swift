internal import CICU

extension ICU {
    /// Lower-cases `text` by the rules of `locale` (e.g. "tr" maps "I" to dotless "ı").
    public static func lowercase(_ text: String, locale: String = "") throws -> String {
        try caseMap(0, text, locale)
    }

    /// Upper-cases `text` by the rules of `locale` (e.g. "de" maps "ß" to "SS").
    public static func uppercase(_ text: String, locale: String = "") throws -> String {
        try caseMap(1, text, locale)
    }

    /// Title-cases each word of `text` by the rules of `locale`.
    public static func titlecase(_ text: String, locale: String = "") throws -> String {
        try caseMap(2, text, locale)
    }

    /// Full Unicode case folding; "tr" and "az" use the Turkic dotted/dotless i mappings.
    public static func foldCase(_ text: String, locale: String = "") throws -> String {
        try caseMap(3, text, locale)
    }

    private static func caseMap(_ op: Int32, _ text: String, _ locale: String) throws -> String {
        try locale.withCString { loc in
            try withUTF16Output(text, "case mapping") { src, len, dst, cap, status in
                emend_case_map(op, loc, src, len, dst, cap, &status)
            }
        }
    }
}
