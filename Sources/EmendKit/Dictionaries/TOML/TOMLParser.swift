/// Parses Emend's strict TOML subset (see Dictionaries/README.md): `[[header]]` sections of
/// `key = value` lines; values are strings, integers, booleans, arrays and one-line inline
/// tables. Anything else is an error with its exact line and column.
public struct TOMLParser {
    private let file: String
    private let scalars: [Unicode.Scalar]
    private var i = 0
    private var line = 1
    private var column = 1

    public init(file: String, text: String) {
        self.file = file
        self.scalars = Array(text.unicodeScalars)
    }

    /// Parses the whole file.
    /// - Throws: ``DictionaryError`` at the first syntax error.
    public mutating func parse() throws(DictionaryError) -> [TOMLSection] {
        var sections: [TOMLSection] = []
        var seenKeys: Set<String> = []
        while true {
            skipBlankLinesAndComments()
            guard let c = peek() else { break }
            if c == "[" {
                let at = here
                guard peek(1) == "[" else {
                    throw error(at, "only array-of-tables headers like '[[country]]' are allowed")
                }
                advance(); advance()
                let name = bareKey()
                guard !name.isEmpty else { throw error(here, "expected a table name after '[['") }
                guard peek() == "]", peek(1) == "]" else { throw error(here, "expected ']]' to close the header '[[\(name)'") }
                advance(); advance()
                try endOfLine()
                sections.append(TOMLSection(header: name, table: TOMLTable(location: at)))
                seenKeys = []
                continue
            }
            let keyAt = here
            let key = bareKey()
            guard !key.isEmpty else {
                throw error(keyAt, "expected a key, found '\(Character(c))'")
            }
            if peek() == "." { throw error(here, "dotted keys are not allowed; write '\(key) = { ... }'") }
            skipSpaces()
            guard peek() == "=" else { throw error(here, "expected '=' after the key '\(key)'") }
            advance()
            skipSpaces()
            let value = try parseValue()
            try endOfLine()
            guard !sections.isEmpty else {
                throw error(keyAt, "the key '\(key)' is outside any entry; start an entry with a header such as '[[country]]'")
            }
            guard seenKeys.insert(key).inserted else { throw error(keyAt, "the key '\(key)' is defined twice in this entry") }
            sections[sections.count - 1].table.entries.append(.init(key: key, keyLocation: keyAt, node: value))
        }
        return sections
    }

    // MARK: - Values

    private mutating func parseValue() throws(DictionaryError) -> TOMLNode {
        let at = here
        guard let c = peek() else { throw error(at, "expected a value, found the end of the file") }
        switch c {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" { throw error(at, "multi-line strings are not allowed") }
            return TOMLNode(value: .string(try basicString()), location: at)
        case "'":
            return TOMLNode(value: .string(try literalString()), location: at)
        case "[":
            advance()
            var items: [TOMLNode] = []
            while true {
                skipWhitespaceAndComments()
                if peek() == "]" { advance(); break }
                items.append(try parseValue())
                skipWhitespaceAndComments()
                if peek() == "," { advance(); continue }
                if peek() == "]" { advance(); break }
                throw error(here, "expected ',' or ']' in the array")
            }
            return TOMLNode(value: .array(items), location: at)
        case "{":
            advance()
            var table = TOMLTable(location: at)
            skipSpaces()
            if peek() == "}" { advance(); return TOMLNode(value: .table(table), location: at) }
            while true {
                skipSpaces()
                let keyAt = here
                if peek() == "\n" || peek() == "\r" || peek() == nil { throw error(keyAt, "inline tables must stay on one line; expected '}'") }
                let key = bareKey()
                guard !key.isEmpty else { throw error(keyAt, "expected a key in the inline table") }
                skipSpaces()
                guard peek() == "=" else { throw error(here, "expected '=' after the key '\(key)'") }
                advance(); skipSpaces()
                if peek() == "\n" || peek() == "\r" { throw error(here, "inline tables must stay on one line") }
                let value = try parseValue()
                if table[key] != nil { throw error(keyAt, "the key '\(key)' is defined twice in this inline table") }
                table.entries.append(.init(key: key, keyLocation: keyAt, node: value))
                skipSpaces()
                if peek() == "," { advance(); continue }
                if peek() == "}" { advance(); break }
                if peek() == "\n" || peek() == "\r" || peek() == nil { throw error(here, "inline tables must stay on one line; expected '}'") }
                throw error(here, "expected ',' or '}' in the inline table")
            }
            return TOMLNode(value: .table(table), location: at)
        case "t", "f":
            let word = bareKey()
            if word == "true" { return TOMLNode(value: .bool(true), location: at) }
            if word == "false" { return TOMLNode(value: .bool(false), location: at) }
            throw error(at, "unexpected '\(word)'; strings must be quoted")
        case "-", "+", "0"..."9":
            var digits = ""
            if c == "-" || c == "+" { digits.unicodeScalars.append(c); advance() }
            while let d = peek(), ("0"..."9").contains(d) || d == "_" { if d != "_" { digits.unicodeScalars.append(d) }; advance() }
            if let d = peek(), d == "." || d == "e" || d == "E" || d == ":" || d == "-" {
                throw error(at, "floats and dates are not allowed")
            }
            guard let n = Int(digits) else { throw error(at, "malformed integer '\(digits)'") }
            return TOMLNode(value: .integer(n), location: at)
        default:
            let word = bareKey()
            throw error(at, "unexpected '\(word.isEmpty ? String(Character(c)) : word)'; strings must be quoted")
        }
    }

    private mutating func basicString() throws(DictionaryError) -> String {
        let start = here
        advance()  // opening quote
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek(), c != "\n", c != "\r" else { throw error(start, "unterminated string") }
            advance()
            if c == "\"" { break }
            if c == "\\" {
                let escAt = here
                guard let e = peek() else { throw error(start, "unterminated string") }
                advance()
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    var hexDigits = ""
                    for _ in 0..<count {
                        guard let h = peek(), h.properties.isASCIIHexDigit else { throw error(escAt, "malformed \\\(e) escape") }
                        hexDigits.unicodeScalars.append(h); advance()
                    }
                    guard let v = UInt32(hexDigits, radix: 16), let s = Unicode.Scalar(v) else {
                        throw error(escAt, "\\\(e)\(hexDigits) is not a Unicode scalar value")
                    }
                    out.append(s)
                default: throw error(escAt, "unknown escape '\\\(Character(e))'")
                }
                continue
            }
            if c.value < 0x20 && c != "\t" { throw error(here, "control characters must be escaped in strings") }
            out.append(c)
        }
        return String(out)
    }

    private mutating func literalString() throws(DictionaryError) -> String {
        let start = here
        advance()
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek(), c != "\n", c != "\r" else { throw error(start, "unterminated string") }
            advance()
            if c == "'" { break }
            out.append(c)
        }
        return String(out)
    }

    // MARK: - Lexing

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < scalars.count ? scalars[i + k] : nil }

    private mutating func advance() {
        guard i < scalars.count else { return }
        let c = scalars[i]
        i += 1
        if c == "\n" || (c == "\r" && peek() != "\n") { line += 1; column = 1 } else if c != "\r" { column += 1 }
    }

    private mutating func bareKey() -> String {
        var s = String.UnicodeScalarView()
        while let c = peek(), ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" {
            s.append(c); advance()
        }
        return String(s)
    }

    private mutating func skipSpaces() { while peek() == " " || peek() == "\t" { advance() } }

    private mutating func skipComment() { if peek() == "#" { while let c = peek(), c != "\n" && c != "\r" { advance() } } }

    private mutating func skipWhitespaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() } else if c == "#" { skipComment() } else { break }
        }
    }

    private mutating func skipBlankLinesAndComments() {
        if i == 0 && peek() == "\u{FEFF}" { i += 1 }
        skipWhitespaceAndComments()
    }

    private mutating func endOfLine() throws(DictionaryError) {
        skipSpaces()
        skipComment()
        guard let c = peek() else { return }
        guard c == "\n" || c == "\r" else { throw error(here, "expected the end of the line, found '\(Character(c))'") }
    }

    private func error(_ at: SourceLocation, _ message: String) -> DictionaryError {
        DictionaryError(location: at, message: message)
    }
}
