/// Finds the prose of a Markdown document with a line-based scanner for the CommonMark
/// (and GitHub) constructs news articles use.
///
/// Not prose: YAML (`---`) or TOML (`+++`) front matter at the top; fenced (```` ``` ````,
/// `~~~`) and indented code blocks; `<script>`, `<style>`, `<pre>`, `<textarea>` blocks
/// and HTML comments; heading markers (`#`, setext underlines); thematic breaks; list
/// markers and task boxes; blockquote `>`s; reference definitions (`[x]: url`); table pipes
/// and delimiter rows; and inline markup (see ``MarkdownInlineScanner``). Every block
/// (paragraph, heading, list item, table cell) is a paragraph of prose; the line breaks
/// inside a paragraph read as spaces, as Markdown renders them.
///
/// Why not a Markdown package: swift-markdown (cmark-gfm), which reports source ranges,
/// cannot be installed here; the one available parser, JohnSundell/Ink 0.6.0, renders
/// straight to HTML and keeps no source positions, so nothing it finds could be mapped
/// back to the input's bytes, which is the whole point of this extractor.
public struct MarkdownProseExtractor: Sendable {
    /// Read image descriptions (`![description](url)`) as prose, like HTML `alt` text.
    public var images: Bool

    public init(images: Bool = false) { self.images = images }

    public func prose(of input: [UInt8]) -> ProseView {
        var scan = MarkdownBlockScanner(input: input, inline: MarkdownInlineScanner(input: input, images: images))
        scan.run()
        return scan.builder.view
    }
}

/// The state of one pass over a Markdown document's lines.
struct MarkdownBlockScanner {
    let input: [UInt8]
    let inline: MarkdownInlineScanner
    var builder: ProseBuilder
    /// Each line: where it starts, where its content ends (before the line break), where it ends.
    private let lines: [(start: Int, end: Int, next: Int)]
    private var fence: (char: UInt8, count: Int)?
    private var htmlBlockEnd: String?
    /// The end of the previous paragraph line's text, while a paragraph is open.
    private var paragraphEnd: Int?
    private var inTable = false
    private var listIndent = 0

    init(input: [UInt8], inline: MarkdownInlineScanner) {
        self.input = input
        self.inline = inline
        self.builder = ProseBuilder(input: input, context: .markdown)
        var lines: [(Int, Int, Int)] = []
        var s = 0, i = 0
        while i < input.count {
            if input[i] == 0x0A || input[i] == 0x0D {
                let next = input[i] == 0x0D && i + 1 < input.count && input[i + 1] == 0x0A ? i + 2 : i + 1
                lines.append((s, i, next))
                s = next
                i = next
            } else { i += 1 }
        }
        if s < input.count { lines.append((s, input.count, input.count)) }
        self.lines = lines
    }

    private func text(_ r: Range<Int>) -> String { String(decoding: input[r], as: UTF8.self) }
    /// A line's text without trailing blanks.
    private func trimmed(_ r: Range<Int>) -> String {
        String(decoding: input[r].reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed(), as: UTF8.self)
    }
    private func isBlank(_ r: Range<Int>) -> Bool { input[r].allSatisfy { HTMLTokenizer.isSpace($0) } }

    mutating func run() {
        var n = frontMatterLines()
        while n < lines.count {
            line(n)
            n += 1
        }
    }

    /// How many lines the front matter at the top takes (0 when there is none).
    private func frontMatterLines() -> Int {
        guard let first = lines.first else { return 0 }
        let open = trimmed(first.start..<first.end)
        guard open == "---" || open == "+++" else { return 0 }
        for k in 1..<lines.count {
            let close = trimmed(lines[k].start..<lines[k].end)
            if close == open || (open == "---" && close == "...") { return k + 1 }
        }
        return 0
    }

    private mutating func endParagraph() { paragraphEnd = nil }

    private mutating func line(_ n: Int) {
        let (start, end, _) = lines[n]
        // Containers: block quote markers, then indentation.
        var p = start
        while true {
            var q = p, spaces = 0
            while q < end, input[q] == 0x20, spaces < 3 { q += 1; spaces += 1 }
            guard q < end, input[q] == 0x3E else { break }
            p = q + 1
            if p < end, input[p] == 0x20 { p += 1 }
        }
        var c = p, indent = 0
        while c < end, input[c] == 0x20 || input[c] == 0x09 { indent += input[c] == 0x09 ? 4 - indent % 4 : 1; c += 1 }
        let content = c..<end
        if let f = fence {
            let m = run(of: f.char, at: c, end)
            if m >= f.count, isBlank((c + m)..<end) { fence = nil }
            return
        }
        if let close = htmlBlockEnd {
            if text(start..<end).lowercased().contains(close) { htmlBlockEnd = nil }
            return
        }
        if isBlank(content) { endParagraph(); inTable = false; return }
        if paragraphEnd == nil, indent >= 4 + listIndent { return }  // indented code
        if indent < listIndent, paragraphEnd == nil, listMarker(at: c, end) == nil { listIndent = 0 }
        let first = input[c]
        if (first == 0x60 || first == 0x7E), run(of: first, at: c, end) >= 3,
           first == 0x7E || !input[(c + 3)..<end].contains(0x60) {
            endParagraph()
            fence = (first, run(of: first, at: c, end))
            return
        }
        if first == 0x3C, let close = htmlBlockClose(at: c, end) {
            endParagraph()
            if !text(c..<end).lowercased().contains(close) { htmlBlockEnd = close }
            return
        }
        if isThematicBreak(content) || (paragraphEnd != nil && isSetextUnderline(content)) { endParagraph(); return }
        if first == 0x23, let (textStart, textEnd) = atxHeading(at: c, end) {
            endParagraph()
            builder.paragraphBreak(at: c)
            inline.scan(textStart..<textEnd, into: &builder)
            builder.paragraphBreak(at: end)
            return
        }
        if paragraphEnd == nil, first == 0x5B, isReferenceDefinition(content) { return }
        if input[content].contains(0x7C), inTable || (n + 1 < lines.count && isDelimiterRow(lines[n + 1].start..<lines[n + 1].end)) {
            endParagraph()
            if !(inTable && isDelimiterRow(content)) { tableRow(content) }
            inTable = true
            return
        }
        var textStart = c
        if let after = listMarker(at: c, end) {
            endParagraph()
            textStart = after
            listIndent = after - p
            if after + 3 <= end, input[after] == 0x5B, input[after + 2] == 0x5D, " xX".utf8.contains(input[after + 1]) {
                textStart = after + 3
                while textStart < end, input[textStart] == 0x20 { textStart += 1 }
            }
        }
        paragraphLine(textStart..<end)
    }

    /// A line of paragraph text: continues the open paragraph or starts one.
    private mutating func paragraphLine(_ r: Range<Int>) {
        var e = r.upperBound
        if e > r.lowerBound, input[e - 1] == 0x5C { e -= 1 }  // a hard line break's backslash
        while e > r.lowerBound, input[e - 1] == 0x20 || input[e - 1] == 0x09 { e -= 1 }
        if let prev = paragraphEnd {
            // The line break between: one space (editable, with the indentation after it,
            // so a change may join the lines); a hard break (two spaces or a backslash) is a
            // line break, and a block quote's "> " is kept: neither may be edited away.
            let gap = input[prev..<r.lowerBound]
            let end = gap.prefix { $0 != 0x0A && $0 != 0x0D }
            if end.contains(0x5C) || end.count >= 2 {
                builder.synthetic("\n", at: prev)
            } else if isBlank(prev..<r.lowerBound) {
                builder.decoded(" ", from: prev..<r.lowerBound)
            } else {
                builder.synthetic(" ", at: prev)
            }
        } else {
            builder.paragraphBreak(at: r.lowerBound)
        }
        inline.scan(r.lowerBound..<e, into: &builder)
        paragraphEnd = e
    }
}
