/// How ``ProseEditMapper`` sees the prose: parts (runs of segments that are one stretch
/// of the input, with no markup between them) and the offsets where an edit may be cut.
extension ProseEditMapper {
    /// `x` moved down to the start of the decoded segment it is inside, if any.
    func cutBelow(_ x: Int) -> Int {
        let seg = view.segments[view.segmentIndex(at: x)]
        return seg.kind != .verbatim && x > seg.prose.lowerBound ? seg.prose.lowerBound : x
    }

    /// `x` (an end) moved up to the end of the decoded segment it is inside, if any.
    func cutAbove(_ x: Int) -> Int {
        let seg = view.segments[view.segmentIndex(at: x - 1)]
        return seg.kind != .verbatim && x < seg.prose.upperBound ? seg.prose.upperBound : x
    }

    /// True when an edit of `range` may start or end at `x`: a segment boundary, or a
    /// character boundary inside verbatim text.
    func isCut(_ x: Int, in range: Range<Int>) -> Bool {
        if x == range.lowerBound || x == range.upperBound || x >= view.bytes.count { return true }
        let seg = view.segments[view.segmentIndex(at: x)]
        return x == seg.prose.lowerBound || (seg.kind == .verbatim && view.bytes[x] & 0xC0 != 0x80)
    }

    /// How many bytes at the start and at the end of prose `range` and `new` agree,
    /// each ending at a cut.
    func commonEnds(_ range: Range<Int>, _ new: [UInt8]) -> (Int, Int) {
        let old = view.bytes[range]
        let n = min(old.count, new.count)
        var p = 0
        while p < n, old[range.lowerBound + p] == new[p] { p += 1 }
        while p > 0, !isCut(range.lowerBound + p, in: range) { p -= 1 }
        var s = 0
        while s < n - p, old[range.upperBound - 1 - s] == new[new.count - 1 - s] { s += 1 }
        while s > 0, !isCut(range.upperBound - s, in: range) { s -= 1 }
        return (p, s)
    }

    /// Whether segments `a` and `b` (in that prose order) are one stretch of the input.
    private func joined(_ a: ProseSegment, _ b: ProseSegment) -> Bool {
        a.kind != .synthetic && b.kind != .synthetic && a.source.upperBound == b.source.lowerBound
    }

    /// True when prose `range` is one stretch of the input, with no markup inside.
    func isOnePart(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        let first = view.segmentIndex(at: range.lowerBound), last = view.segmentIndex(at: range.upperBound - 1)
        if view.segments[first].kind == .synthetic { return false }
        return first == last || (first..<last).allSatisfy { joined(view.segments[$0], view.segments[$0 + 1]) }
    }

    /// The part holding segment `index`, clipped to `range`; nil for implied text.
    func partRange(of index: Int, within range: Range<Int>) -> Range<Int>? {
        let segs = view.segments
        guard segs[index].kind != .synthetic else { return nil }
        var first = index, last = index
        while first > 0, segs[first - 1].prose.upperBound > range.lowerBound, joined(segs[first - 1], segs[first]) { first -= 1 }
        while last + 1 < segs.count, segs[last + 1].prose.lowerBound < range.upperBound, joined(segs[last], segs[last + 1]) { last += 1 }
        return max(segs[first].prose.lowerBound, range.lowerBound)..<min(segs[last].prose.upperBound, range.upperBound)
    }

    /// The part an insertion at `x` belongs to: the text before it, else the text after it.
    func partRange(around x: Int, within range: Range<Int>) -> Range<Int>? {
        if x > range.lowerBound, let left = partRange(of: view.segmentIndex(at: x - 1), within: range) { return left }
        if x < range.upperBound { return partRange(of: view.segmentIndex(at: x), within: range) }
        return nil
    }
}
