@testable import EmendKit
import Foundation
import Testing

/// The hand-written JSON Lines records are byte for byte what JSONEncoder writes.
@Suite struct JSONLinesWriterTests {
    static func encoder(_ output: JSONLines.Output) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }

    @Test func recordsMatchJSONEncoder() throws {
        let texts = ["plain", "quote \" and \\ back/slash", "line\nfeed\r\tand tab", "Türkiye “quoted” — 丝路 🇺🇦", "",
                     "\u{2028}\u{2029}\u{7F}", "bell\u{7}"]
        var checked = 0
        for text in texts {
            let edit = Edit(start: 0, end: 3, before: text, after: text + "x", rule: "r/1", entry: text.isEmpty ? nil : "Q1",
                            category: .mojibake, reason: text)
            let suggestion = Suggestion(start: 1, end: 2, line: 3, column: 4, text: text, candidates: [text, "b"], rule: "s",
                                        entry: nil, category: .personName, reason: "why")
            for id: JSONLines.JSONValue in [.string(text), .integer(-42), .bool(true), .null, .number(1.5)] {
                let outputs = [JSONLines.Output(id: id, text: text, edits: [edit, edit], suggestions: [suggestion]),
                               JSONLines.Output(id: id, text: text, edits: [], suggestions: []),
                               JSONLines.Output(id: id, error: text)]
                for o in outputs {
                    if let mine = JSONLinesWriter.encode(o) {
                        #expect(mine == (try Self.encoder(o)))
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 50)
    }
}
