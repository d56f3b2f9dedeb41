/// A mistake in a dictionary file, at an exact place, in a sentence a terminologist understands.
public struct DictionaryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// Warnings are reported but do not stop Emend.
    public var isWarning: Bool = false

    public init(location: SourceLocation, message: String, isWarning: Bool = false) {
        self.location = location
        self.message = message
        self.isWarning = isWarning
    }

    /// `file:line:column: error: message`, the form compilers and editors understand.
    public var description: String { "\(location): \(isWarning ? "warning" : "error"): \(message)" }
}

/// Several dictionary errors found in one pass.
public struct DictionaryErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [DictionaryError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
