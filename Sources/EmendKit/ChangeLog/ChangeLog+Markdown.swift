extension ChangeLog {
    /// A short Markdown summary for people: counts by category, then each edit and suggestion.
    public func markdownSummary() -> String {
        var out = "# Emend change log: \(source)\n\n"
        out += "\(edits.count) edit\(edits.count == 1 ? "" : "s"), \(suggestions.count) suggestion\(suggestions.count == 1 ? "" : "s"). "
        out += "Emend \(emend), ICU \(icu).\n\n"
        let counts = Dictionary(grouping: edits, by: \.category).mapValues(\.count)
        if !counts.isEmpty {
            out += "| category | edits |\n|---|---|\n"
            for (c, n) in counts.sorted(by: { $0.key < $1.key }) { out += "| \(c.rawValue) | \(n) |\n" }
            out += "\n## Edits\n\n"
            for e in edits {
                out += "- \(e.line):\(e.column) `\(Self.inline(e.before))` → `\(Self.inline(e.after))`: \(e.reason) (\(e.rule)\(e.entry.map { ", \($0)" } ?? ""))\n"
            }
        }
        if !suggestions.isEmpty {
            out += "\n## Suggestions (not applied)\n\n"
            for s in suggestions {
                out += "- \(s.line):\(s.column) `\(Self.inline(s.text))` → \(s.candidates.map { "`\(Self.inline($0))`" }.joined(separator: " or ")): \(s.reason) (\(s.rule))\n"
            }
        }
        return out
    }

    static func inline(_ s: String) -> String {
        s.replacingAll("\n", with: "⏎").replacingAll("`", with: "'")
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
