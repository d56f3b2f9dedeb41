/// Renders a change log as a unified diff of the original file, which `patch -p0` and
/// `git apply -p0` accept.
///
/// Hunks are built from the logged edits rather than by diffing texts: each edit's lines,
/// with `context` lines around them; "\ No newline at end of file" marks a last line
/// without a terminator, and CR LF endings are kept as they are.
public enum UnifiedDiff {
    public static func render(original: [UInt8], edition: [UInt8], log: ChangeLog, path: String, context: Int = 3) -> String {
        guard !log.edits.isEmpty else { return "" }
        let old = Lines(original)
        // Line span of each edit in the original; an insertion at a line start belongs to that line.
        var spans: [(first: Int, last: Int, edits: [Edit])] = []
        for e in log.edits.sorted(by: { $0.start < $1.start }) {
            let first = old.count == 0 ? 0 : old.line(at: min(e.start, max(0, original.count - 1)))
            let last = old.count == 0 ? 0 : old.line(at: max(e.start, min(e.end, original.count) - 1))
            if let prev = spans.last, first <= prev.last + 2 * context + 1 {
                // Grown in place: a copy per edit made a long document's diff quadratic.
                spans[spans.count - 1].last = max(prev.last, last)
                spans[spans.count - 1].edits.append(e)
            } else {
                spans.append((first, last, [e]))
            }
        }
        var out = "--- \(path)\n+++ \(path)\n"
        var lineDelta = 0
        for span in spans {
            let a = max(0, span.first - context)
            let b = min(old.count - 1, span.last + context)
            let regionStart = old.range(of: a).lowerBound, regionEnd = old.range(of: b).upperBound
            // The new text of the region: the original with this span's edits applied.
            var newRegion: [UInt8] = []
            var cursor = regionStart
            for e in span.edits {
                newRegion += original[cursor..<e.start]
                newRegion += Array(e.after.utf8)
                cursor = e.end
            }
            newRegion += original[cursor..<regionEnd]
            let newLines = Lines(newRegion)
            let oldCount = b - a + 1
            out += "@@ -\(a + 1),\(oldCount) +\(a + 1 + lineDelta),\(newLines.count) @@\n"
            // Shared leading and trailing lines are context; the rest is removed and added.
            var head = 0
            while head < oldCount && head < newLines.count && old.text(a + head) == newLines.text(head) { head += 1 }
            var tail = 0
            while tail < oldCount - head && tail < newLines.count - head && old.text(b - tail) == newLines.text(newLines.count - 1 - tail) { tail += 1 }
            for i in 0..<head { out += line(" ", old.text(a + i), lastOfFile: a + i == old.count - 1) }
            for i in head..<(oldCount - tail) { out += line("-", old.text(a + i), lastOfFile: a + i == old.count - 1) }
            for i in head..<(newLines.count - tail) {
                out += line("+", newLines.text(i), lastOfFile: b == old.count - 1 && i == newLines.count - 1)
            }
            for i in (oldCount - tail)..<oldCount { out += line(" ", old.text(a + i), lastOfFile: a + i == old.count - 1) }
            lineDelta += newLines.count - oldCount
        }
        return out
    }

    private static func line(_ marker: String, _ bytes: [UInt8], lastOfFile: Bool) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let terminated = bytes.last == 0x0A || bytes.last == 0x0D
        return marker + text + (terminated ? "" : "\n\\ No newline at end of file\n")
    }
}
