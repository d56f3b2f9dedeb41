/// Spans of a text that are never edited, whatever a rule proposes: URLs (with or without
/// a scheme, slugs included), e-mail addresses, @handles, #hashtags, file paths and code in
/// backticks. One pass over the bytes.
public enum ProtectedSpans {
    /// Sorted, disjoint byte ranges of `bytes` that must stay as they are.
    public static func find(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let n = bytes.count
        var i = 0
        /// The end of the non-space run that starts at `from`, less trailing sentence punctuation.
        func runEnd(_ from: Int) -> Int {
            var j = from
            while j < n, !isSpace(bytes[j]), !isClosingBracketOrQuote(bytes, j) { j += 1 }
            while j > from, Array(".,;:!?".utf8).contains(bytes[j - 1]) { j -= 1 }
            return j
        }
        func runStart(_ from: Int) -> Int {
            var j = from
            while j > 0, !isSpace(bytes[j - 1]), !isOpeningBracketOrQuote(bytes[j - 1]) { j -= 1 }
            return j
        }
        while i < n {
            let b = bytes[i]
            // Code in backticks.
            if b == UInt8(ascii: "`") {
                var j = i + 1
                while j < n, bytes[j] != UInt8(ascii: "`"), bytes[j] != 0x0A { j += 1 }
                if j < n, bytes[j] == UInt8(ascii: "`") { spans.append(i..<(j + 1)); i = j + 1; continue }
            }
            // A scheme ("https://", "ftp://", "mailto:") or "www.".
            if isLetter(b), i == 0 || !isWordByte(bytes[i - 1]) {
                if startsURL(bytes, i) {
                    let end = runEnd(i)
                    spans.append(i..<end)
                    i = end
                    continue
                }
            }
            // "@handle", "#hashtag", and e-mail addresses (a word, "@", a dotted domain).
            if b == UInt8(ascii: "@") || b == UInt8(ascii: "#") {
                if i + 1 < n, isWordByte(bytes[i + 1]) {
                    let start = b == UInt8(ascii: "@") ? runStart(i) : i
                    if b == UInt8(ascii: "#") && i > 0 && !isSpace(bytes[i - 1]) && !isOpeningBracketOrQuote(bytes[i - 1]) { i += 1; continue }
                    let end = runEnd(i + 1)
                    spans.append(start..<end)
                    i = end
                    continue
                }
            }
            // A path ("/usr/share/emend", "news/2020/naka-ceasefire") or a bare domain with a
            // path ("news.cn/wen-zaiyin"): a run with a slash between word characters.
            if b == UInt8(ascii: "/"), i > 0, i + 1 < n, isWordByte(bytes[i + 1]), isWordByte(bytes[i - 1]) || i == runStart(i) {
                let start = runStart(i)
                let end = runEnd(i)
                // Dates ("10/22/2020") and fractions are not paths: the run needs a letter.
                if bytes[start..<end].contains(where: isLetter), !isAndOrPair(bytes, start, end) {
                    spans.append(start..<end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        return merged(spans)
    }

    /// True when `range` overlaps one of `spans` (sorted and disjoint).
    public static func overlaps(_ spans: [Range<Int>], _ range: Range<Int>) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < spans.count && spans[lo].lowerBound < max(range.upperBound, range.lowerBound + 1)
    }

    private static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) where !s.isEmpty {
            if let last = out.last, s.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
            } else {
                out.append(s)
            }
        }
        return out
    }

    private static let schemes: [[UInt8]] = ["https://", "http://", "ftp://", "mailto:", "www."].map { Array($0.utf8) }

    private static func startsURL(_ bytes: [UInt8], _ i: Int) -> Bool {
        // Every scheme starts with h, f, m or w: one byte rules out most words.
        let first = lower(bytes[i])
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "f") || first == UInt8(ascii: "m") || first == UInt8(ascii: "w") else { return false }
        for s in schemes where i + s.count < bytes.count {
            var ok = true
            for (k, c) in s.enumerated() where lower(bytes[i + k]) != c { ok = false; break }
            if ok && !isSpace(bytes[i + s.count]) { return true }
        }
        return false
    }

    /// "and/or", "he/she": two short common words are prose, not a path.
    private static func isAndOrPair(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let parts = bytes[start..<end].split(separator: UInt8(ascii: "/"))
        return parts.count == 2 && parts.allSatisfy { $0.count <= 4 && $0.allSatisfy(isLetter) }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// ASCII letters and digits, and any byte of a non-ASCII character.
    static func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0x80 }
    private static func lower(_ b: UInt8) -> UInt8 { isLetter(b) ? b | 0x20 : b }
    private static func isOpeningBracketOrQuote(_ b: UInt8) -> Bool { b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") }
    private static func isClosingBracketOrQuote(_ bytes: [UInt8], _ j: Int) -> Bool {
        let b = bytes[j]
        if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"") { return true }
        // Typographic quotes and brackets (U+2018–U+201D, 「」 and full-width brackets).
        if b == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, (0x98...0x9D).contains(bytes[j + 2]) { return true }
        if b == 0xEF, j + 2 < bytes.count, bytes[j + 1] == 0xBC, bytes[j + 2] == 0x89 || bytes[j + 2] == 0x8C { return true }
        if b == 0xE3, j + 2 < bytes.count, bytes[j + 1] == 0x80 { return true }
        return false
    }
}
