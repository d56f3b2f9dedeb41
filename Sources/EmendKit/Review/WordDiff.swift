import Foundation

/// Renders a change log for a terminal, sized for news: each change in a window of words
/// around it (a line of news is a paragraph), the removed text in red `[-...-]` and the
/// inserted text in green `{+...+}` (the markers stay without color), with its line and
/// column, rule and reason; then the suggestions, in the same windows.
///
/// The same change made again (a name repeated through the article) is shown once, with how
/// often it is made. With ``reasons``, each change also gets its category, rule, reason and
/// other places, and the article's MT evidence, which every reason would repeat, is printed
/// once at the top.
public struct WordDiff {
    public var color: Bool
    /// Words of context either side of each change.
    public var context: Int
    /// Show each change's rule and reason, not only the change.
    public var reasons: Bool

    public init(color: Bool, context: Int = 8, reasons: Bool = false) {
        self.color = color
        self.context = context
        self.reasons = reasons
    }

    public func render(original: [UInt8], log: ChangeLog) -> String {
        var out = bold("\(log.source)") + ": \(log.edits.count) edit\(log.edits.count == 1 ? "" : "s"), \(log.suggestions.count) suggestion\(log.suggestions.count == 1 ? "" : "s")\n"
        let mt = log.machineTranslation?.evidence
        if reasons, let mt { out += dim(mt) + "\n" }
        // Identical changes (same text, same replacement, same rule) are one.
        var groups: [(first: Edit, more: [Edit])] = []
        var index: [String: Int] = [:]
        for e in log.edits.sorted(by: { $0.start < $1.start }) {
            let key = e.before + "\u{0}" + e.after + "\u{0}" + e.rule
            if let g = index[key] { groups[g].more.append(e) } else { index[key] = groups.count; groups.append((e, [])) }
        }
        for g in groups {
            let e = g.first
            let times = g.more.isEmpty ? "" : dim(" ×\(g.more.count + 1)")
            out += dim("\(e.line):\(e.column)") + times + " " + window(original, e.start, e.end, red("[-\(e.before)-]") + green("{+\(e.after)+}")) + "\n"
            if reasons {
                let also = g.more.isEmpty ? "" : dim(" (also " + g.more.map { "\($0.line):\($0.column)" }.joined(separator: ", ") + ")")
                out += "    " + cyan(e.category.rawValue) + " " + dim("[\(e.rule)\(e.entry.map { " \($0)" } ?? "")]") + " " + Self.reason(e.reason, without: mt) + also + "\n"
            }
        }
        for s in log.suggestions {
            out += dim("\(s.line):\(s.column)") + " ? " + window(original, s.start, s.end, yellow("[?\(s.text)?]")) + " → " + s.candidates.joined(separator: " or ") + "\n"
            if reasons { out += "    " + dim("[\(s.rule)]") + " " + Self.reason(s.reason, without: mt) + "\n" }
        }
        return out
    }

    /// A reason without the article's MT evidence, which the header gives once.
    static func reason(_ reason: String, without mt: String?) -> String {
        guard let mt, !mt.isEmpty else { return reason }
        return reason.replacingOccurrences(of: "; " + mt, with: "").replacingOccurrences(of: "(evidence: " + mt + "; ", with: "(evidence: ")
    }

    /// The change `marked` in place of `start..<end`, with up to ``context`` words of its
    /// line either side ("…" where the line goes on).
    func window(_ original: [UInt8], _ start: Int, _ end: Int, _ marked: String) -> String {
        // The line of the change, read alone: indexing every line of the text for each change
        // made a long document's diff quadratic.
        let line = Lines.lineRange(in: original, holding: min(start, max(0, original.count - 1)))
        var lo = start, words = 0
        while lo > line.lowerBound {
            let c = original[lo - 1]
            if c == 0x0A || c == 0x0D { break }
            if c == 0x20 && lo < start && original[lo] != 0x20 { words += 1; if words >= context { break } }
            lo -= 1
        }
        var hi = min(end, line.upperBound), after = 0
        while hi < line.upperBound {
            let c = original[hi]
            if c == 0x0A || c == 0x0D { break }
            if c == 0x20 && hi > end && original[hi - 1] != 0x20 { after += 1; if after >= context { break } }
            hi += 1
        }
        let head = String(decoding: original[lo..<start], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let tail = String(decoding: original[min(end, hi)..<hi], as: UTF8.self)
        let open = lo > line.lowerBound ? "…" : ""
        let close = hi < line.upperBound && !(original[hi] == 0x0A || original[hi] == 0x0D) ? "…" : ""
        return open + head + (head.isEmpty || start > 0 && original[start - 1] != 0x20 ? "" : " ") + marked + tail.trimmingTrailingNewlines + close
    }

    /// One line describing an edit: position, category, rule and reason.
    public func describe(_ e: Edit) -> String {
        dim("\(e.line):\(e.column)") + " " + cyan(e.category.rawValue) + " " + dim("[\(e.rule)\(e.entry.map { " \($0)" } ?? "")]") + " \(e.reason)"
    }

    /// An edit marked in its window of words.
    public func line(of e: Edit, in original: [UInt8]) -> String {
        window(original, e.start, e.end, red("[-\(e.before)-]") + green("{+\(e.after)+}"))
    }

    /// A suggestion marked in its window of words.
    public func line(of s: Suggestion, in original: [UInt8]) -> String {
        window(original, s.start, s.end, yellow("[?\(s.text)?]"))
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
