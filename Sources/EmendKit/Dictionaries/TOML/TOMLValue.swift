/// A position in a source file: path, 1-based line and column (Unicode scalars).
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var description: String { "\(file):\(line):\(column)" }
}

/// A value of Emend's TOML subset, with where it was written.
public struct TOMLNode: Sendable {
    public indirect enum Value: Sendable {
        case string(String)
        case integer(Int)
        case bool(Bool)
        case array([TOMLNode])
        case table(TOMLTable)
    }

    public var value: Value
    public var location: SourceLocation

    public var string: String? { if case .string(let s) = value { return s }; return nil }
    public var array: [TOMLNode]? { if case .array(let a) = value { return a }; return nil }
    public var table: TOMLTable? { if case .table(let t) = value { return t }; return nil }

    /// The TOML type name, for messages.
    public var typeName: String {
        switch value {
        case .string: "string"
        case .integer: "integer"
        case .bool: "boolean"
        case .array: "array"
        case .table: "inline table"
        }
    }
}

/// A table: keys in the order written, each with its location.
public struct TOMLTable: Sendable {
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var node: TOMLNode
    }

    public var entries: [Entry] = []
    public var location: SourceLocation

    public subscript(key: String) -> TOMLNode? { entries.first { $0.key == key }?.node }
}

/// One `[[header]]` table of a file.
public struct TOMLSection: Sendable {
    public var header: String
    public var table: TOMLTable
}
