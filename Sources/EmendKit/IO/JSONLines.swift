import Foundation

/// JSON Lines records for batch pipelines: `{"id": ..., "text": ...}` in, and out the
/// same id with the edition, its edits and suggestions.
public enum JSONLines {
    /// One output record.
    public struct Output: Encodable {
        public var id: JSONValue
        public var text: String?
        public var edits: [Edit]?
        public var suggestions: [Suggestion]?
        public var error: String?
    }

    /// Any JSON value, kept as it came (ids may be strings or numbers).
    public enum JSONValue: Codable, Equatable, Sendable {
        case string(String), number(Double), integer(Int), bool(Bool), null

        public init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let i = try? c.decode(Int.self) { self = .integer(i) }
            else if let d = try? c.decode(Double.self) { self = .number(d) }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else { self = .string(try c.decode(String.self)) }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .string(let s): try c.encode(s)
            case .number(let d): try c.encode(d)
            case .integer(let i): try c.encode(i)
            case .bool(let b): try c.encode(b)
            case .null: try c.encodeNil()
            }
        }
    }

    struct Input: Decodable {
        var id: JSONValue?
        var text: String
        var format: ArticleFormat?
    }

    /// Cleans one input line; a malformed line becomes an error record naming its line number.
    public static func process(_ line: Substring, number: Int, pipeline: Pipeline) -> (record: String, failed: Bool) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let output: Output
        var failed = false
        do {
            let input = try JSONDecoder().decode(Input.self, from: Data(line.utf8))
            let article = Article(source: "line \(number)", text: input.text)
            let result = pipeline.clean(article, format: input.format ?? .text)
            output = Output(id: input.id ?? .null, text: result.editionText, edits: result.log.edits, suggestions: result.log.suggestions)
        } catch {
            failed = true
            output = Output(id: .null, error: "line \(number): not a JSON object with a string \"text\" (\(String(describing: error).prefix(120)))")
        }
        if let record = JSONLinesWriter.encode(output) { return (record, failed) }
        let data = (try? encoder.encode(output)) ?? Data("{\"error\":\"encoding failed\"}".utf8)
        return (String(decoding: data, as: UTF8.self), failed)
    }
}

extension ArticleFormat: Decodable {}
