internal import CICU

extension ICU {
    /// The kinds of text boundary ICU finds (UAX #29, UAX #14).
    public enum BoundaryKind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// A segment between two boundaries, in UTF-16 offsets of the input.
    public struct Segment: Equatable, Sendable {
        public var range: Range<Int>
        /// ICU's rule status: for words, 0 means no letters or digits (spaces, punctuation),
        /// 100..<200 a number, 200..<300 a word with letters, 300..<400 kana, 400..<500 ideographs.
        public var ruleStatus: Int32
        public var isWord: Bool { ruleStatus >= 100 }
    }

    /// The segments of `text` between consecutive `kind` boundaries, in UTF-16 offsets.
    public static func segments(_ text: String, _ kind: BoundaryKind, locale: String = "en") throws -> [Segment] {
        let source = Array(text.utf16)
        if source.isEmpty { return [] }
        var capacity = source.count + 2
        while true {
            var offsets = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let count = locale.withCString { loc in
                emend_boundaries(kind.rawValue, loc, source, Int32(source.count), &offsets, &statuses, Int32(capacity), &status)
            }
            if status == bufferOverflow { capacity = Int(count) + 1; continue }
            try check(status, "boundary analysis")
            var result: [Segment] = []
            result.reserveCapacity(Int(count))
            for i in 1..<Int(count) {
                result.append(Segment(range: Int(offsets[i - 1])..<Int(offsets[i]), ruleStatus: statuses[i]))
            }
            return result
        }
    }

    /// The sentences of `text` as substrings (UAX #29 sentence boundaries).
    public static func sentences(_ text: String, locale: String = "en") throws -> [Substring] {
        try substrings(text, .sentence, locale: locale).map(\.text)
    }

    /// The words of `text` (segments with letters or digits), as substrings.
    public static func words(_ text: String, locale: String = "en") throws -> [Substring] {
        try substrings(text, .word, locale: locale).filter { $0.segment.isWord }.map(\.text)
    }

    static func substrings(_ text: String, _ kind: BoundaryKind, locale: String) throws -> [(text: Substring, segment: Segment)] {
        let segs = try segments(text, kind, locale: locale)
        let ends = UTF16Offsets.utf8Offsets(of: segs.map(\.range.upperBound), in: text)
        let utf8 = text.utf8
        var out: [(Substring, Segment)] = []
        var lo = utf8.startIndex
        var previous = 0
        for (seg, end) in zip(segs, ends) {
            let hi = utf8.index(lo, offsetBy: end - previous)
            out.append((text[lo..<hi], seg))
            lo = hi
            previous = end
        }
        return out
    }
}
