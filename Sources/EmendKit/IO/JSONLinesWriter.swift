/// Writes a ``JSONLines/Output`` record as `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` writes it, without the encoder's boxes and containers.
///
/// It covers what batch records hold in practice; anything it does not reproduce with
/// certainty (a control character other than tab, line feed and carriage return, an id
/// that is a floating-point number) returns nil, and the caller uses `JSONEncoder`.
/// `JSONLinesWriterTests` compares the two.
enum JSONLinesWriter {
    static func encode(_ output: JSONLines.Output) -> String? {
        var w = Writer()
        w.out.reserveCapacity(4096)
        w.byte(UInt8(ascii: "{"))
        var first = true
        func key(_ k: String) {
            if !first { w.byte(UInt8(ascii: ",")) }
            first = false
            w.string(k)
            w.byte(UInt8(ascii: ":"))
        }
        if let edits = output.edits {
            key("edits")
            w.byte(UInt8(ascii: "["))
            for (i, e) in edits.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                w.object([("after", .s(e.after)), ("before", .s(e.before)), ("category", .s(e.category.rawValue)),
                          ("column", .i(e.column)), ("editionEnd", .i(e.editionEnd)), ("editionStart", .i(e.editionStart)),
                          ("end", .i(e.end)), ("entry", e.entry.map { .s($0) }), ("line", .i(e.line)),
                          ("reason", .s(e.reason)), ("rule", .s(e.rule)), ("start", .i(e.start))])
            }
            w.byte(UInt8(ascii: "]"))
        }
        if let error = output.error { key("error"); w.string(error) }
        key("id")
        switch output.id {
        case .string(let s): w.string(s)
        case .integer(let i): w.int(i)
        case .bool(let b): w.raw(b ? "true" : "false")
        case .null: w.raw("null")
        case .number: return nil
        }
        if let suggestions = output.suggestions {
            key("suggestions")
            w.byte(UInt8(ascii: "["))
            for (i, s) in suggestions.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                w.object([("candidates", .a(s.candidates)), ("category", .s(s.category.rawValue)), ("column", .i(s.column)),
                          ("end", .i(s.end)), ("entry", s.entry.map { .s($0) }), ("line", .i(s.line)),
                          ("reason", .s(s.reason)), ("rule", .s(s.rule)), ("start", .i(s.start)), ("text", .s(s.text))])
            }
            w.byte(UInt8(ascii: "]"))
        }
        if let text = output.text { key("text"); w.string(text) }
        w.byte(UInt8(ascii: "}"))
        guard !w.failed else { return nil }
        return String(decoding: w.out, as: UTF8.self)
    }

    private enum Value {
        case s(String), i(Int), a([String])
    }

    private struct Writer {
        var out: [UInt8] = []
        var failed = false

        mutating func byte(_ b: UInt8) { out.append(b) }
        mutating func raw(_ s: String) { out.append(contentsOf: s.utf8) }
        mutating func int(_ i: Int) { out.append(contentsOf: String(i).utf8) }

        mutating func string(_ s: String) {
            out.append(UInt8(ascii: "\""))
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(b)
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
                case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
                case 0x00..<0x20: failed = true
                default: out.append(b)
                }
            }
            out.append(UInt8(ascii: "\""))
        }

        /// An object whose keys are given sorted; nil values are left out, as the
        /// synthesized `Encodable` does for optionals.
        mutating func object(_ fields: [(String, Value?)]) {
            out.append(UInt8(ascii: "{"))
            var first = true
            for (k, v) in fields {
                guard let v else { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                string(k)
                out.append(UInt8(ascii: ":"))
                switch v {
                case .s(let s): string(s)
                case .i(let i): int(i)
                case .a(let a):
                    out.append(UInt8(ascii: "["))
                    for (n, s) in a.enumerated() {
                        if n > 0 { out.append(UInt8(ascii: ",")) }
                        string(s)
                    }
                    out.append(UInt8(ascii: "]"))
                }
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}
