/// Matches found line by line, taking those of the lines a document took unchanged from
/// the previous version of its text (see ``LineAnalysis``): no name reaches over a line
/// break, so a line's matches are the previous version's, moved.
enum LineReuse {
    /// - Parameters:
    ///   - analysis: the document's lines.
    ///   - previous: the previous version's matches (in token order) and lines, if found.
    ///   - first: a match's first token.
    ///   - moved: a match shifted by a number of tokens.
    ///   - scan: appends the matches starting in a range of tokens.
    ///   - whole: all the matches at once, when there is nothing to reuse.
    static func matches<M>(_ analysis: LineAnalysis, previous: (matches: [M], lines: [LineAnalysis.Line])?,
                           first: (M) -> Int, moved: (M, Int) -> M,
                           scan: (Range<Int>, inout [M]) -> Void, whole: () -> [M]) -> [M] {
        guard let previous, !analysis.lines.isEmpty else { return whole() }
        var out: [M] = []
        out.reserveCapacity(previous.matches.count + 8)
        let old = previous.matches
        for line in analysis.lines {
            guard let k = line.reusedFrom, k < previous.lines.count else {
                scan(line.tokens, &out)
                continue
            }
            let oldTokens = previous.lines[k].tokens
            let shift = line.tokens.lowerBound - oldTokens.lowerBound
            var lo = 0, hi = old.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if first(old[mid]) < oldTokens.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            while lo < old.count && first(old[lo]) < oldTokens.upperBound {
                out.append(moved(old[lo], shift))
                lo += 1
            }
        }
        return out
    }
}
