/// Renders a change log for a terminal: each edit with its position, rule and reason,
/// and its line with the removed text in red `[-...-]` and the inserted text in green
/// `{+...+}` (the markers stay without color), followed by the suggestions.
public struct WordDiff {
    public var color: Bool
    /// Lines of context around each edit's line.
    public var context: Int

    public init(color: Bool, context: Int = 0) {
        self.color = color
        self.context = context
    }

    public func render(original: [UInt8], log: ChangeLog) -> String {
        let lines = Lines(original)
        var out = bold("\(log.source)") + ": \(log.edits.count) edit\(log.edits.count == 1 ? "" : "s"), \(log.suggestions.count) suggestion\(log.suggestions.count == 1 ? "" : "s")\n"
        let byLine = Dictionary(grouping: log.edits) { lines.count == 0 ? 0 : lines.line(at: min($0.start, max(0, original.count - 1))) }
        for lineNumber in byLine.keys.sorted() {
            let edits = byLine[lineNumber]!.sorted { $0.start < $1.start }
            out += "\n"
            for e in edits {
                out += dim("\(e.line):\(e.column)") + " " + cyan(e.category.rawValue) + " " + dim("[\(e.rule)\(e.entry.map { " \($0)" } ?? "")]") + " \(e.reason)\n"
            }
            let lo = max(0, lineNumber - context), hi = min(lines.count - 1, lineNumber + context)
            for l in lo...hi {
                var text = ""
                var cursor = lines.range(of: l).lowerBound
                let end = lines.range(of: l).upperBound
                for e in edits where l == lineNumber {
                    text += String(decoding: original[cursor..<e.start], as: UTF8.self)
                    text += red("[-\(e.before)-]") + green("{+\(e.after)+}")
                    cursor = e.end
                }
                text += String(decoding: original[min(cursor, end)..<max(cursor, end)], as: UTF8.self)
                out += "  " + text.trimmingTrailingNewlines + "\n"
            }
        }
        if !log.suggestions.isEmpty {
            out += "\n" + bold("Suggestions (not applied)") + "\n"
            for s in log.suggestions {
                out += dim("\(s.line):\(s.column)") + " " + yellow("'\(s.text)'") + " → " + s.candidates.joined(separator: " or ") + ": \(s.reason)\n"
            }
        }
        return out
    }

    /// One line describing an edit: position, category, rule and reason.
    public func describe(_ e: Edit) -> String {
        dim("\(e.line):\(e.column)") + " " + cyan(e.category.rawValue) + " " + dim("[\(e.rule)\(e.entry.map { " \($0)" } ?? "")]") + " \(e.reason)"
    }

    /// The line holding an edit, with the edit marked.
    public func line(of e: Edit, in original: [UInt8]) -> String {
        let lines = Lines(original)
        let r = lines.range(of: lines.line(at: min(e.start, max(0, original.count - 1))))
        let text = String(decoding: original[r.lowerBound..<e.start], as: UTF8.self) + red("[-\(e.before)-]") + green("{+\(e.after)+}")
            + String(decoding: original[min(e.end, r.upperBound)..<r.upperBound], as: UTF8.self)
        return text.trimmingTrailingNewlines
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func red(_ s: String) -> String { paint(s, "31") }
    private func green(_ s: String) -> String { paint(s, "32") }
    private func yellow(_ s: String) -> String { paint(s, "33") }
    private func cyan(_ s: String) -> String { paint(s, "36") }
    private func dim(_ s: String) -> String { paint(s, "2") }
    private func bold(_ s: String) -> String { paint(s, "1") }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self[...]
        while let l = s.last, l.isNewline { s = s.dropLast() }
        return String(s)
    }
}
