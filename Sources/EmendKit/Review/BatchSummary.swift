/// Totals over a batch of articles, printed at its end.
public struct BatchSummary: Sendable {
    public var files = 0
    public var failed: [String] = []
    public var editsByCategory: [Category: Int] = [:]
    public var suggestions = 0

    public init() {}

    public mutating func add(_ log: ChangeLog) {
        files += 1
        for e in log.edits { editsByCategory[e.category, default: 0] += 1 }
        suggestions += log.suggestions.count
    }

    public mutating func fail(_ path: String) {
        files += 1
        failed.append(path)
    }

    /// One paragraph: files, changes by category, suggestions, files with errors.
    public var text: String {
        let total = editsByCategory.values.reduce(0, +)
        var out = "\(files) file\(files == 1 ? "" : "s"), \(total) change\(total == 1 ? "" : "s")"
        if !editsByCategory.isEmpty {
            out += " (" + editsByCategory.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ") + ")"
        }
        out += ", \(suggestions) suggestion\(suggestions == 1 ? "" : "s"), \(failed.count) with errors"
        if !failed.isEmpty { out += ": " + failed.joined(separator: ", ") }
        return out
    }
}
