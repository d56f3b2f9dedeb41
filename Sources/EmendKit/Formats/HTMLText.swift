/// Character data read as a browser renders it: references decoded, white space collapsed.
struct HTMLText {
    var builder: ProseBuilder
    /// White space seen but not yet written: written as one space before the next text.
    private var pendingSpace: Range<Int>?

    init(builder: ProseBuilder) { self.builder = builder }

    /// Appends the character data in `range` of the input.
    mutating func append(_ range: Range<Int>) {
        let input = builder.input
        var i = range.lowerBound
        var run = i  // start of the verbatim run
        func flush(_ end: Int) {
            if end > run { writeSpace(); builder.verbatim(run..<end) }
        }
        while i < range.upperBound {
            let b = input[i]
            if HTMLTokenizer.isSpace(b) {
                flush(i)
                var e = i
                while e < range.upperBound, HTMLTokenizer.isSpace(input[e]) { e += 1 }
                pendingSpace = (pendingSpace?.lowerBound ?? i)..<e
                i = e
                run = i
            } else if b == 0x26, let (decoded, end) = HTMLEntities.decode(input, at: i), end <= range.upperBound {
                flush(i)
                writeSpace()
                builder.decoded(decoded, from: i..<end)
                i = end
                run = i
            } else {
                i += 1
            }
        }
        flush(range.upperBound)
    }

    /// Writes pending white space as one space, unless at the start of a paragraph or line.
    private mutating func writeSpace() {
        guard let space = pendingSpace else { return }
        pendingSpace = nil
        guard let last = builder.last, last != 0x0A else { return }
        if space.count == 1 && builder.input[space.lowerBound] == 0x20 {
            builder.verbatim(space)
        } else {
            builder.decoded(" ", from: space)
        }
    }

    mutating func paragraphBreak(at offset: Int) {
        pendingSpace = nil
        builder.paragraphBreak(at: offset)
    }

    mutating func lineBreak(at offset: Int) {
        pendingSpace = nil
        if builder.last != nil { builder.synthetic("\n", at: offset) }
    }

    /// Stands for inline content that is not prose (code, a formula).
    mutating func placeholder(at offset: Int) {
        writeSpace()
        builder.synthetic("\u{FFFC}", at: offset)
    }
}
