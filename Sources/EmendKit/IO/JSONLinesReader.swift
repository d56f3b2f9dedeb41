/// Reads a batch record, `{"id": ..., "text": ..., "format": ...}`, straight from its bytes,
/// without Foundation's `JSONSerialization` and `JSONDecoder` (which box every value and
/// parse the line twice).
///
/// It reads what batch records hold in practice: one object of string, integer, boolean
/// and null values. Anything it cannot read with certainty (a nested value, a number with a
/// fraction or an exponent or beyond `Int`, a key given twice, an escape of a lone surrogate,
/// an error of any kind) returns nil, and ``JSONLines/parse(_:)`` reads the line with
/// Foundation, which also words the error. `JSONLinesReaderTests` compares the two.
enum JSONLinesReader {
    enum Scalar: Equatable {
        case string(String), integer(Int), bool(Bool), null
    }

    /// The record's fields, or nil when the line is not of that simple shape.
    static func fields(_ line: Substring) -> [String: Scalar]? {
        var line = line
        return line.withUTF8 { bytes -> [String: Scalar]? in
            var p = Parser(bytes: bytes)
            return p.object()
        }
    }

    /// The record, or nil when it should be read by Foundation.
    static func input(_ line: Substring) -> JSONLines.Input? {
        guard let fields = fields(line), case .string(let text)? = fields["text"] else { return nil }
        var input = JSONLines.Input(id: nil, text: text, format: nil)
        switch fields["id"] {
        case .string(let s)?: input.id = .string(s)
        case .integer(let i)?: input.id = .integer(i)
        case .bool(let b)?: input.id = .bool(b)
        case .null?, nil: input.id = nil  // as JSONDecoder reads an optional
        }
        switch fields["format"] {
        case nil, .null?: break
        case .string(let s)?:
            guard let format = ArticleFormat(rawValue: s) else { return nil }
            input.format = format
        default: return nil
        }
        return input
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func space() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
            return true
        }

        mutating func object() -> [String: Scalar]? {
            space()
            guard take(UInt8(ascii: "{")) else { return nil }
            var fields: [String: Scalar] = [:]
            space()
            if take(UInt8(ascii: "}")) { return end() ? fields : nil }
            while true {
                space()
                guard let key = string() else { return nil }
                space()
                guard take(UInt8(ascii: ":")) else { return nil }
                space()
                guard let value = scalar(), fields.updateValue(value, forKey: key) == nil else { return nil }
                space()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                return end() ? fields : nil
            }
        }

        /// Nothing but white space after the object.
        mutating func end() -> Bool {
            space()
            return i == bytes.count
        }

        mutating func scalar() -> Scalar? {
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "\""): return string().map { .string($0) }
            case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return word("null") ? .null : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer().map { .integer($0) }
            default: return nil
            }
        }

        mutating func word(_ w: StaticString) -> Bool {
            let n = w.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != w.utf8Start[k] { return false }
            i += n
            return true
        }

        /// An integer as JSON writes it: no leading zero, no fraction or exponent.
        mutating func integer() -> Int? {
            let start = i
            _ = take(UInt8(ascii: "-"))
            let digits = i
            while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            let count = i - digits
            guard count > 0, count <= 18, !(count > 1 && bytes[digits] == 0x30) else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") { return nil }
            let value = bytes[digits..<i].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            // "-0" is a floating-point zero to Foundation.
            if bytes[start] == UInt8(ascii: "-") { return value == 0 ? nil : -value }
            return value
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            // Most strings of a record are long runs without escapes: copied as they are.
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
                if bytes[i] < 0x20 { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
            }
            var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { return nil }
                        var scalar: Unicode.Scalar?
                        if (0xD800...0xDBFF).contains(unit) {
                            guard word("\\u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        } else if !(0xDC00...0xDFFF).contains(unit) {
                            scalar = Unicode.Scalar(unit)
                        }
                        guard let scalar else { return nil }
                        out.append(contentsOf: String(Character(scalar)).utf8)
                    default: return nil
                    }
                case 0..<0x20: return nil
                default: out.append(b)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                i += 1
                switch b {
                case 0x30...0x39: v = v << 4 | UInt32(b - 0x30)
                case 0x41...0x46: v = v << 4 | UInt32(b - 0x41 + 10)
                case 0x61...0x66: v = v << 4 | UInt32(b - 0x61 + 10)
                default: return nil
                }
            }
            return v
        }
    }
}
