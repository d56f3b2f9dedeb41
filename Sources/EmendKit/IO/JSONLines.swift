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

    struct Input: Decodable, Equatable {
        var id: JSONValue?
        var text: String
        var format: ArticleFormat?
    }

    /// Cleans one input line; a bad line becomes an error record naming its line number,
    /// its id when it has one, and what is wrong, in a plain sentence.
    public static func process(_ line: Substring, number: Int, pipeline: Pipeline) -> (record: String, failed: Bool) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let output: Output
        var failed = false
        switch pipeline.timed("input", { parse(line) }) {
        case .success(let input):
            let article = Article(source: "line \(number)", text: input.text)
            let result = pipeline.clean(article, format: input.format ?? .text)
            output = Output(id: input.id ?? .null, text: result.editionText, edits: result.log.edits, suggestions: result.log.suggestions)
        case .failure(let problem):
            failed = true
            let id = problem.id.map { " (id \(Self.display($0)))" } ?? ""
            output = Output(id: problem.id ?? .null, error: "line \(number)\(id): \(problem.message)")
        }
        if let record = pipeline.timed("output", { JSONLinesWriter.encode(output) }) { return (record, failed) }
        let data = (try? encoder.encode(output)) ?? Data("{\"error\":\"encoding failed\"}".utf8)
        return (String(decoding: data, as: UTF8.self), failed)
    }

    struct Problem: Error {
        var id: JSONValue?
        var message: String
    }

    /// The record on one line, or what is wrong with it.
    static func parse(_ line: Substring) -> Result<Input, Problem> {
        if let input = JSONLinesReader.input(line) { return .success(input) }
        return parseWithFoundation(line)
    }

    /// ``parse(_:)`` by Foundation: any JSON, and the words for what is wrong.
    static func parseWithFoundation(_ line: Substring) -> Result<Input, Problem> {
        let data = Data(line.utf8)
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(Problem(message: "not valid JSON; each line must be one object such as {\"id\": 1, \"text\": \"...\"}"))
        }
        guard let record = object as? [String: Any] else {
            return .failure(Problem(message: "a record must be a JSON object such as {\"id\": 1, \"text\": \"...\"}"))
        }
        let id = record["id"].flatMap { value -> JSONValue? in
            try? JSONDecoder().decode(JSONValue.self, from: (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])) ?? Data())
        }
        guard let text = record["text"] else { return .failure(Problem(id: id, message: "the record has no \"text\"")) }
        guard text is String else { return .failure(Problem(id: id, message: "\"text\" must be a string")) }
        do {
            return .success(try JSONDecoder().decode(Input.self, from: data))
        } catch {
            return .failure(Problem(id: id, message: "\"format\" must be one of \(ArticleFormat.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
    }

    /// An id as a reader would write it.
    static func display(_ id: JSONValue) -> String {
        switch id {
        case .string(let s): "\"\(s)\""
        case .integer(let i): String(i)
        case .number(let d): String(d)
        case .bool(let b): String(b)
        case .null: "null"
        }
    }

    /// The "error" of an output record, if it has one.
    public static func errorMessage(of record: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any] else { return nil }
        return object["error"] as? String
    }
}

extension ArticleFormat: Decodable {}
