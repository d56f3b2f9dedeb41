/// Input that Emend refuses to clean, with the place it went wrong.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case invalidUTF8(String)
        case utf16
        case binary
    }

    public let source: String
    public let kind: Kind
    /// UTF-8 byte offset of the first offending byte (0-based).
    public let byteOffset: Int
    /// Line and column (1-based) of the first offending byte.
    public let position: TextPosition

    /// One line: `file:line:column: error: ...`.
    public var description: String {
        let what: String
        switch kind {
        case .invalidUTF8(let reason): what = "invalid UTF-8 at byte \(byteOffset): \(reason)"
        case .utf16: what = "the file is UTF-16 (it starts with a UTF-16 byte order mark); convert it to UTF-8 first, e.g. 'iconv -f UTF-16 -t UTF-8'"
        case .binary: what = "the file looks binary (NUL byte at byte \(byteOffset)); Emend cleans text only"
        }
        return "\(source):\(position.line):\(position.column): error: \(what)"
    }
}
