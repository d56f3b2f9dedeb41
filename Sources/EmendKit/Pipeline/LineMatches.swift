/// A document's dictionary matches (names or terms), or what it may take from the
/// previous version of its text: no name reaches over a line break, so the matches of a
/// line taken unchanged from the previous version are that version's, moved.
struct LineMatches {
    /// The document's matches, once found.
    private(set) var matches: [TokenTrie.Match]?
    /// The previous version's matches and lines, when it had found them.
    private var inherited: (matches: [TokenTrie.Match], lines: [LineAnalysis.Line])?

    /// Not found yet, but could be taken from the previous version.
    var canInherit: Bool { matches == nil && inherited != nil }

    init(matches: [TokenTrie.Match]) {
        self.matches = matches
    }

    init(inheriting previous: LineMatches?, from lines: LineAnalysis?) {
        if let found = previous?.matches, let lines, !lines.lines.isEmpty { inherited = (found, lines.lines) }
    }

    /// The matches of `trie` in `tokens`: lines taken from the previous version reuse its
    /// matches, the others are scanned.
    func find(_ trie: TokenTrie, _ tokens: [Token], _ analysis: LineAnalysis) -> [TokenTrie.Match] {
        guard let inherited, !analysis.lines.isEmpty else { return trie.matches(in: tokens) }
        var out: [TokenTrie.Match] = []
        out.reserveCapacity(inherited.matches.count + 8)
        let old = inherited.matches
        for line in analysis.lines {
            guard let k = line.reusedFrom, k < inherited.lines.count else {
                trie.matches(in: tokens, range: line.tokens, into: &out)
                continue
            }
            let oldTokens = inherited.lines[k].tokens
            let shift = line.tokens.lowerBound - oldTokens.lowerBound
            // The previous matches are in token order: find the first in the old line.
            var lo = 0, hi = old.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if old[mid].first < oldTokens.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            while lo < old.count && old[lo].first < oldTokens.upperBound {
                var m = old[lo]
                m.first += shift
                m.last += shift
                out.append(m)
                lo += 1
            }
        }
        return out
    }
}
