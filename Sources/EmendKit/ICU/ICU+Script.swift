internal import CICU

extension ICU {
    /// The ICU script code of `scalar` (UAX #24 Script property).
    public static func scriptCode(of scalar: Unicode.Scalar) -> Int32 {
        var status: Int32 = 0
        return emend_script_of(scalar.value, &status)
    }

    /// The long name of the script of `scalar`: "Latin", "Han", "Cyrillic", "Common", "Inherited".
    public static func script(of scalar: Unicode.Scalar) -> String {
        String(cString: emend_script_name(scriptCode(of: scalar)))
    }

    /// The dominant script of a run of text: the script of most of its scalars, ignoring
    /// Common (punctuation, digits, spaces) and Inherited (combining marks). "Common" when
    /// the run has no other script.
    public static func script(of text: some StringProtocol) -> String {
        var counts: [Int32: Int] = [:]
        for scalar in text.unicodeScalars {
            let code = scriptCode(of: scalar)
            if code > 1 { counts[code, default: 0] += 1 }  // 0 Common, 1 Inherited
        }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return "Common"
        }
        return String(cString: emend_script_name(top.key))
    }
}
