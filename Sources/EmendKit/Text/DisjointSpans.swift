/// Spans placed one by one, none overlapping another or starting where another starts,
/// kept sorted: "would this one clash?" in O(log n) for a long document's thousands of edits.
///
/// Spans so placed are ordered end to start (of two, the one that starts first ends before
/// the other starts), so their ends rise with their starts: the first span that ends after
/// a range starts is the only one that can overlap it.
struct DisjointSpans {
    private(set) var spans: [Range<Int>] = []

    /// `spans.contains { $0.lowerBound < r.upperBound && r.lowerBound < $0.upperBound || $0.lowerBound == r.lowerBound }`:
    /// `r` overlaps a span (an empty one too, strictly inside) or starts where one starts.
    func clashes(_ r: Range<Int>) -> Bool {
        let i = spans.partitionPoint { $0.upperBound > r.lowerBound }
        if i < spans.count && spans[i].lowerBound < r.upperBound { return true }
        let j = spans.partitionPoint { $0.lowerBound >= r.lowerBound }
        return j < spans.count && spans[j].lowerBound == r.lowerBound
    }

    /// Places `r`, which must not clash.
    mutating func insert(_ r: Range<Int>) {
        spans.insert(r, at: spans.partitionPoint { $0.lowerBound > r.lowerBound })
    }
}
