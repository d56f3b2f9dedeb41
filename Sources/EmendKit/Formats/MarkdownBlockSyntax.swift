/// Recognizers for the block-level Markdown syntax ``MarkdownBlockScanner`` knows. Each
/// looks at one line from `c` (its first non-blank byte) to `end` (before the line break).
extension MarkdownBlockScanner {
    /// The length of the run of `char` at `i`.
    func run(of char: UInt8, at i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, input[j] == char { j += 1 }
        return j - i
    }

    /// The text that ends an HTML block starting at `c`, for blocks whose content is not
    /// prose (`<script>`, `<style>`, `<pre>`, `<textarea>`, comments); nil for other HTML,
    /// whose tags the inline scanner skips and whose text is prose.
    func htmlBlockClose(at c: Int, _ end: Int) -> String? {
        let line = String(decoding: input[c..<end], as: UTF8.self).lowercased()
        if line.hasPrefix("<!--") { return "-->" }
        for tag in ["script", "style", "pre", "textarea"] where line.hasPrefix("<" + tag) {
            let next = line.utf8.dropFirst(tag.utf8.count + 1).first
            if next == nil || next == 0x3E || HTMLTokenizer.isSpace(next!) { return "</" + tag + ">" }
        }
        return nil
    }

    /// `***`, `---`, `___`: three or more of one of them, spaces allowed between.
    func isThematicBreak(_ r: Range<Int>) -> Bool {
        let marks = input[r].filter { $0 != 0x20 && $0 != 0x09 }
        guard marks.count >= 3, let m = marks.first, m == 0x2A || m == 0x2D || m == 0x5F else { return false }
        return marks.allSatisfy { $0 == m }
    }

    /// `===` or `---` under a paragraph line, which makes it a heading.
    func isSetextUnderline(_ r: Range<Int>) -> Bool {
        let trimmed = input[r].reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
        guard let m = trimmed.first, m == 0x3D || m == 0x2D else { return false }
        return trimmed.allSatisfy { $0 == m }
    }

    /// The text of an ATX heading (`## Title ##`) without its opening and closing markers.
    func atxHeading(at c: Int, _ end: Int) -> (Int, Int)? {
        let level = run(of: 0x23, at: c, end)
        guard (1...6).contains(level) else { return nil }
        var s = c + level
        guard s == end || input[s] == 0x20 || input[s] == 0x09 else { return nil }
        while s < end, input[s] == 0x20 || input[s] == 0x09 { s += 1 }
        var e = end
        while e > s, input[e - 1] == 0x20 || input[e - 1] == 0x09 { e -= 1 }
        var h = e
        while h > s, input[h - 1] == 0x23 { h -= 1 }
        if h == s || input[h - 1] == 0x20 || input[h - 1] == 0x09 {  // a closing sequence
            e = h
            while e > s, input[e - 1] == 0x20 || input[e - 1] == 0x09 { e -= 1 }
        }
        return (s, e)
    }

    /// `[label]: destination "title"`.
    func isReferenceDefinition(_ r: Range<Int>) -> Bool {
        var j = r.lowerBound + 1
        while j < r.upperBound, input[j] != 0x5D {
            if input[j] == 0x5B { return false }
            j += input[j] == 0x5C ? 2 : 1
        }
        return j > r.lowerBound + 1 && j + 1 < r.upperBound && input[j + 1] == 0x3A
    }

    /// A table's delimiter row: `| --- | :---: |`.
    func isDelimiterRow(_ r: Range<Int>) -> Bool {
        let cells = input[r].filter { $0 != 0x20 && $0 != 0x09 }
        return cells.contains(0x2D) && cells.allSatisfy { $0 == 0x7C || $0 == 0x2D || $0 == 0x3A }
            && (cells.contains(0x7C) || cells.contains(0x3A))
    }

    /// Each cell of a table row, a paragraph of its own; the pipes are markup.
    mutating func tableRow(_ r: Range<Int>) {
        var cellStart = r.lowerBound, j = r.lowerBound
        func cell(_ s: Int, _ e: Int, _ scanner: inout MarkdownBlockScanner) {
            var s = s, e = e
            while s < e, HTMLTokenizer.isSpace(scanner.input[s]) { s += 1 }
            while e > s, HTMLTokenizer.isSpace(scanner.input[e - 1]) { e -= 1 }
            guard s < e else { return }
            scanner.builder.paragraphBreak(at: s)
            scanner.inline.scan(s..<e, into: &scanner.builder)
        }
        while j < r.upperBound {
            switch input[j] {
            case 0x5C: j += 2; continue
            case 0x60:  // a code span may hold pipes
                let n = run(of: 0x60, at: j, r.upperBound)
                var k = j + n
                while k < r.upperBound, !(input[k] == 0x60 && run(of: 0x60, at: k, r.upperBound) == n) { k += 1 }
                j = k < r.upperBound ? k + n : j + n
                continue
            case 0x7C:
                cell(cellStart, j, &self)
                cellStart = j + 1
            default: break
            }
            j += 1
        }
        cell(cellStart, min(j, r.upperBound), &self)
        builder.paragraphBreak(at: r.upperBound)
    }

    /// Where a list item's text starts, if a list marker (`-`, `*`, `+`, `1.`, `1)`) is at `c`.
    func listMarker(at c: Int, _ end: Int) -> Int? {
        var j = c
        if input[j] == 0x2D || input[j] == 0x2A || input[j] == 0x2B {
            j += 1
        } else {
            while j < end, j - c < 9, (0x30...0x39).contains(input[j]) { j += 1 }
            guard j > c, j < end, input[j] == 0x2E || input[j] == 0x29 else { return nil }
            j += 1
        }
        guard j == end || input[j] == 0x20 || input[j] == 0x09 else { return nil }
        var k = j
        while k < end, k - j < 4, input[k] == 0x20 || input[k] == 0x09 { k += 1 }
        return k
    }
}
