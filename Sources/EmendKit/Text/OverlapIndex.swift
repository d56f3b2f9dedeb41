/// Answers "does this range overlap any of those?" for many ranges against one set, in
/// O(log n) each: the set's non-empty ranges merged and sorted.
///
/// Gives what `ranges.contains { $0.overlaps(r) }` gives (an empty range overlaps nothing).
struct OverlapIndex {
    private var merged: [Range<Int>] = []

    /// The non-empty ranges merged, sorted and disjoint.
    var ranges: [Range<Int>] { merged }

    init(_ ranges: [Range<Int>]) {
        for r in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
    }

    func overlaps(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, !merged.isEmpty else { return false }
        // The first merged range that ends after r starts.
        let i = merged.partitionPoint { $0.upperBound > r.lowerBound }
        return i < merged.count && merged[i].lowerBound < r.upperBound
    }
}
