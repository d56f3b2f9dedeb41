@testable import EmendKit
import Foundation
import Testing

/// The hand-written JSON Lines reader reads each record as Foundation does, and leaves to
/// Foundation every line it cannot read with certainty.
@Suite struct JSONLinesReaderTests {
    /// Records the fast reader must read, each as Foundation reads it.
    static let simple = [
        #"{"id": "a1", "text": "plain"}"#,
        #"{"text":"no id"}"#,
        #"  {"id": 42, "text": "spaced\tout" }  "#,
        #"{"id": -7, "text": "negative id"}"#,
        #"{"id": true, "text": "bool id"}"#,
        #"{"id": null, "text": "null id"}"#,
        #"{"id": 0, "text": "zero"}"#,
        #"{"id": "x", "text": "escapes: \" \\ \/ \n \r \t \b \f", "format": "text"}"#,
        #"{"id": "u", "text": "\u00e9t\u00E9 \u4e1d\u8def \ud83c\uddfa\ud83c\udde6 \u0000 end"}"#,
        #"{"id": "raw", "text": "Türkiye “quoted” — 丝路 🇺🇦"}"#,
        #"{"id": "md", "text": "Title\n=====", "format": "markdown"}"#,
        #"{"id": "h", "text": "<p>x</p>", "format": "html", "extra": 3, "more": "ignored"}"#,
        #"{"text": "", "format": null}"#,
    ]

    /// Lines the fast reader hands to Foundation (odd shapes and errors).
    static let handedOver = [
        #"{"id": 1.5, "text": "float id"}"#,
        #"{"id": 1e3, "text": "exponent"}"#,
        #"{"id": -0, "text": "negative zero"}"#,
        #"{"id": 01, "text": "leading zero"}"#,
        #"{"id": 12345678901234567890, "text": "huge"}"#,
        #"{"id": [1], "text": "array id"}"#,
        #"{"id": "a", "text": "twice", "text": "again"}"#,
        #"{"id": "a", "text": "lone \ud800 surrogate"}"#,
        #"{"id": "a", "text": "bad \q escape"}"#,
        #"{"id": "a", "text": 5}"#,
        #"{"id": "a"}"#,
        #"{"id": "a", "text": "x", "format": "pdf"}"#,
        #"{"id": "a", "text": "x"} trailing"#,
        #"[1, 2]"#,
        #"not json"#,
        "{\"id\": \"a\", \"text\": \"raw\u{1}control\"}",
    ]

    @Test func readsSimpleRecordsAsFoundationDoes() throws {
        for line in Self.simple {
            let fast = try #require(JSONLinesReader.input(Substring(line)), "fast reader declined: \(line)")
            guard case .success(let slow) = JSONLines.parseWithFoundation(Substring(line)) else {
                Issue.record("Foundation failed on \(line)"); continue
            }
            #expect(fast == slow, "\(line)")
        }
    }

    @Test func handsOddLinesToFoundation() {
        for line in Self.handedOver {
            #expect(JSONLinesReader.input(Substring(line)) == nil, "\(line)")
            // And parse() gives what Foundation gives, record or error.
            switch (JSONLines.parse(Substring(line)), JSONLines.parseWithFoundation(Substring(line))) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect(a.message == b.message)
            default: Issue.record("parse and Foundation disagree on \(line)")
            }
        }
    }
}
