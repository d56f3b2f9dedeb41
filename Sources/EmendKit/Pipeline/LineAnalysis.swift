/// The tokens and sentences of a text, found line by line.
///
/// A line feed ends a word segment and a sentence in UAX #29 (WB3a/b, SB4), and nothing
/// after it changes a boundary before it, so each line can be segmented on its own. A new
/// version of a text (after a rule's edits) takes the analysis of every line it shares
/// with the version before and segments only the lines that changed.
struct LineAnalysis {
    /// One line (with its line feed): its bytes, its tokens and its sentences, as ranges
    /// into the text and into ``tokens`` and ``sentences``.
    struct Line {
        var bytes: Range<Int>
        var tokens: Range<Int>
        var sentences: Range<Int>
        /// The line of the previous version this one was taken from, if any.
        var reusedFrom: Int? = nil
    }

    private(set) var tokens: [Token] = []
    /// Sentence spans (UTF-8 offsets) covering the text; empty when ICU failed on a line.
    private(set) var sentences: [Range<Int>] = []
    private(set) var lines: [Line] = []

    /// Analyses `text` (whose UTF-8 is `bytes`), reusing the lines of `previous` (its
    /// bytes and analysis) that occur unchanged.
    init(_ text: String, bytes: [UInt8], reusing previous: (bytes: [UInt8], analysis: LineAnalysis)? = nil) {
        // Most edits keep the lines where they were (the number of lines is the same): then
        // only the line at the same place is tried; else an index of all the previous lines.
        var known: [ArraySlice<UInt8>: Int]? = nil
        let sameLineCount = previous.map { p in
            p.analysis.lines.count == bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (bytes.last == 0x0A || bytes.isEmpty ? 0 : 1)
        } ?? false
        func find(_ line: ArraySlice<UInt8>, at ordinal: Int) -> Int? {
            guard let previous else { return nil }
            let old = previous.analysis.lines
            if ordinal < old.count && previous.bytes[old[ordinal].bytes] == line { return ordinal }
            if sameLineCount { return nil }
            if known == nil {
                var index: [ArraySlice<UInt8>: Int] = [:]
                index.reserveCapacity(old.count)
                for (k, l) in old.enumerated() where index[previous.bytes[l.bytes]] == nil { index[previous.bytes[l.bytes]] = k }
                known = index
            }
            return known?[line]
        }
        tokens.reserveCapacity(bytes.count / 3)
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            if end < n { end += 1 }
            let firstToken = tokens.count, firstSentence = sentences.count
            var reusedFrom: Int? = nil
            if let previous, let k = find(bytes[start..<end], at: lines.count) {
                reusedFrom = k
                let old = previous.analysis.lines[k]
                let delta = start - old.bytes.lowerBound
                for t in previous.analysis.tokens[old.tokens] {
                    var moved = t
                    moved.range = (t.range.lowerBound + delta)..<(t.range.upperBound + delta)
                    tokens.append(moved)
                }
                for s in previous.analysis.sentences[old.sentences] { sentences.append((s.lowerBound + delta)..<(s.upperBound + delta)) }
            } else {
                bytes.withUnsafeBufferPointer { all in
                    Tokenizer.tokenize(bytes: UnsafeBufferPointer(rebasing: all[start..<end]), base: start, into: &tokens)
                }
                let line = start == 0 && end == n ? text : String(decoding: bytes[start..<end], as: UTF8.self)
                guard let segs = try? ICU.segments(line, .sentence, locale: "en") else {
                    // ICU failed: the whole text's sentences as before, and nothing to reuse.
                    self.tokens = Tokenizer.tokenize(text)
                    self.sentences = Self.sentences(text)
                    self.lines = []
                    return
                }
                var s = start
                for e in UTF16Offsets.utf8Offsets(of: segs.map(\.range.upperBound), in: line) {
                    sentences.append(s..<(start + e))
                    s = start + e
                }
            }
            lines.append(Line(bytes: start..<end, tokens: firstToken..<tokens.count, sentences: firstSentence..<sentences.count,
                              reusedFrom: reusedFrom))
            start = end
        }
    }

    /// The sentence spans of the whole text at once; empty when ICU fails.
    static func sentences(_ text: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        if let segs = try? ICU.segments(text, .sentence, locale: "en") {
            let ends = UTF16Offsets.utf8Offsets(of: segs.map(\.range.upperBound), in: text)
            var start = 0
            for end in ends { spans.append(start..<end); start = end }
        }
        return spans
    }
}
