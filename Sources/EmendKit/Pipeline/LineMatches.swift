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
        LineReuse.matches(analysis, previous: inherited, first: \.first,
                          moved: { m, shift in
                              var m = m
                              m.first += shift
                              m.last += shift
                              return m
                          },
                          scan: { range, out in trie.matches(in: tokens, range: range, into: &out) },
                          whole: { trie.matches(in: tokens) })
    }
}
