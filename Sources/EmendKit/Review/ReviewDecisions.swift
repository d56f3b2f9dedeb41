import Foundation

/// A decisions file: what an editor decided in the HTML review ("Save decisions"), which
/// `emend apply` (or `emend review --decisions`) replays through a ``ReviewSession``.
///
/// ```json
/// {
///   "schema": 1,
///   "source": "seeds/000_b3245f89eee40f4e.txt",
///   "sha256": "9f2c…",
///   "decisions": [
///     { "id": "e1", "start": 62, "end": 66, "before": "Naka", "decision": "accept" },
///     { "id": "e2", "start": 116, "end": 145, "before": "Russian Satellite News Agency", "decision": "edit", "after": "Sputnik" },
///     { "id": "s1", "start": 700, "end": 708, "before": "Zelinsky", "decision": "accept", "after": "Zelensky" }
///   ]
/// }
/// ```
///
/// `e1`, `e2`, … are the change log's edits in its order, `s1`, `s2`, … its suggestions;
/// `start` and `end` are UTF-8 byte offsets into the original, whose SHA-256 is `sha256`.
/// A change is accepted, rejected, edited (`after` is the replacement; an empty one keeps
/// the proposed replacement, as in the terminal) or left pending (skipped: not applied, not
/// remembered). A suggestion is accepted with one of its candidates as `after` (the first
/// when `after` is missing), rejected or pending. An item the file does not list is pending.
public struct ReviewDecisions: Codable, Equatable, Sendable {
    public var schema: Int
    /// The article's path when the review was rendered (for the reader; not checked).
    public var source: String
    /// SHA-256 of the original's bytes, in hexadecimal.
    public var sha256: String
    public var decisions: [Record]

    /// One decision.
    public struct Record: Codable, Equatable, Sendable {
        public var id: String
        public var start: Int
        public var end: Int
        public var before: String
        public var decision: Kind
        public var after: String?

        public init(id: String, start: Int, end: Int, before: String, decision: Kind, after: String? = nil) {
            self.id = id
            self.start = start
            self.end = end
            self.before = before
            self.decision = decision
            self.after = after
        }
    }

    /// What was decided.
    public enum Kind: String, Codable, Sendable {
        case accept, reject, edit, pending
    }

    public init(source: String, sha256: String, decisions: [Record]) {
        schema = 1
        self.source = source
        self.sha256 = sha256
        self.decisions = decisions
    }

    /// The stable id of `log.edits[index]`: "e1" for the first.
    public static func changeID(_ index: Int) -> String { "e\(index + 1)" }

    /// The stable id of `log.suggestions[index]`: "s1" for the first.
    public static func suggestionID(_ index: Int) -> String { "s\(index + 1)" }

    /// Reads a decisions file's JSON.
    /// - Throws: ``DecisionsError`` saying in one line what is wrong with it.
    public static func decode(_ data: Data) throws(DecisionsError) -> ReviewDecisions {
        do {
            return try JSONDecoder().decode(ReviewDecisions.self, from: data)
        } catch let error as DecodingError {
            throw DecisionsError(message: "not a decisions file: " + Self.describe(error))
        } catch {
            throw DecisionsError(message: "not a decisions file: \(error)")
        }
    }

    /// Answers `session` as these decisions say, after checking that they were made on
    /// this very article and on the changes it gives now.
    /// - Throws: ``DecisionsError`` when the original's hash differs, an id is unknown or
    ///   repeated, a record's span or text is not that of the article's item, or an answer
    ///   does not fit its item (an edit of a suggestion, a candidate it does not offer).
    public func replay(into session: inout ReviewSession) throws(DecisionsError) {
        let actual = SHA256.hex(session.article.bytes)
        guard sha256.lowercased() == actual else {
            throw DecisionsError(message: "the decisions were made on another version of the article (sha256 \(sha256.prefix(12))…, the file's is \(actual.prefix(12))…); render the review again")
        }
        let log = session.log
        var seen = Set<String>()
        for r in decisions {
            guard seen.insert(r.id).inserted else { throw DecisionsError(message: "'\(r.id)' is decided twice") }
            if let i = Self.index(r.id, prefix: "e", count: log.edits.count) {
                let e = log.edits[i]
                try check(r, start: e.start, end: e.end, before: e.before)
                switch r.decision {
                case .accept: session.answer(change: i, .accept)
                case .reject: session.answer(change: i, .reject)
                case .edit:
                    guard let after = r.after else { throw DecisionsError(message: "'\(r.id)' is edited but has no \"after\"") }
                    session.answer(change: i, after.isEmpty ? .accept : .edit(after))
                case .pending: session.answer(change: i, .skip)
                }
            } else if let i = Self.index(r.id, prefix: "s", count: log.suggestions.count) {
                let s = log.suggestions[i]
                try check(r, start: s.start, end: s.end, before: s.text)
                switch r.decision {
                case .accept:
                    let candidate = r.after ?? s.candidates[0]
                    guard s.candidates.contains(candidate) else {
                        throw DecisionsError(message: "'\(r.id)': '\(candidate)' is not one of its candidates (\(s.candidates.map { "'\($0)'" }.joined(separator: ", ")))")
                    }
                    session.answer(suggestion: i, .apply(candidate))
                case .reject: session.answer(suggestion: i, .no)
                case .edit: throw DecisionsError(message: "'\(r.id)' is a suggestion: accept one of its candidates or reject it; only changes are edited")
                case .pending: session.answer(suggestion: i, nil)
                }
            } else {
                throw DecisionsError(message: "'\(r.id)' is no change or suggestion of this article (it has \(Self.ids("change", "e", log.edits.count)) and \(Self.ids("suggestion", "s", log.suggestions.count)))")
            }
        }
    }

    /// Checks that a record describes the article's item: the same span and text.
    private func check(_ r: Record, start: Int, end: Int, before: String) throws(DecisionsError) {
        guard r.start == start, r.end == end, r.before == before else {
            throw DecisionsError(message: "'\(r.id)' was '\(r.before)' at bytes \(r.start)-\(r.end) in the review but is '\(before)' at \(start)-\(end) now; apply with the options, dictionaries and exceptions the review was rendered with")
        }
    }

    /// The ids of `count` items in words: "no changes", "change e1", "changes e1-e4".
    private static func ids(_ noun: String, _ prefix: String, _ count: Int) -> String {
        switch count {
        case 0: "no \(noun)s"
        case 1: "\(noun) \(prefix)1"
        default: "\(noun)s \(prefix)1-\(prefix)\(count)"
        }
    }

    /// The index an id such as "e3" names, when it is in range.
    private static func index(_ id: String, prefix: Character, count: Int) -> Int? {
        guard id.first == prefix, let n = Int(id.dropFirst()), n >= 1, n <= count else { return nil }
        return n - 1
    }

    /// A decoding error in one line, with the path to the value at fault.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath)
            return "\"\(key.stringValue)\" is missing" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            if at.isEmpty { return "not valid JSON" }
            if context.codingPath.last?.stringValue == "decision" { return "\(at): a decision is accept, reject, edit or pending" }
            return "\(at): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// Why a decisions file cannot be applied, in one line.
public struct DecisionsError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public var description: String { message }

    public init(message: String) { self.message = message }
}
