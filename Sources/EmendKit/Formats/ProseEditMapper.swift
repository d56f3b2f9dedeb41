/// Carries an edit of a ``ProseView``'s text back onto the marked-up input.
///
/// An edit inside one stretch of text becomes one edit of the input, widened to whole
/// character references, with the unchanged start and end of the span written as the
/// input wrote them. An edit across markup (a tag inside a name) is narrowed to the part
/// that changes; if that part still crosses markup the edit cannot be made without
/// touching the markup, and ``map(_:to:)`` returns nil.
struct ProseEditMapper {
    let view: ProseView
    private var prose: [UInt8] { view.bytes }

    /// An edit of the input: `range` replaced by `after`.
    struct SourceEdit: Equatable {
        var range: Range<Int>
        var before: String
        var after: String
    }

    /// The input edits for replacing prose `range` by `replacement`, or nil when they
    /// would have to change markup.
    func map(_ range: Range<Int>, to replacement: String) -> [SourceEdit]? {
        guard !view.segments.isEmpty else { return nil }
        // Widen to whole decoded segments.
        var lo = range.lowerBound, hi = range.upperBound
        if lo < prose.count { lo = min(lo, cutBelow(lo)) }
        if hi > 0, hi < prose.count { hi = max(hi, cutAbove(hi)) }
        let new = Array(prose[lo..<range.lowerBound]) + Array(replacement.utf8) + Array(prose[range.upperBound..<hi])
        if isOnePart(lo..<hi) { return edit(lo..<hi, new) }
        // Narrow to what changes; it must lie within one part.
        let (p, s) = commonEnds(lo..<hi, new)
        let core = (lo + p)..<(hi - s)
        let part: Range<Int>
        if core.isEmpty {
            guard let pr = partRange(around: core.lowerBound, within: lo..<hi) else { return nil }
            part = pr
        } else {
            let pr = partRange(of: view.segmentIndex(at: core.lowerBound), within: lo..<hi)
            guard let pr, pr.upperBound >= core.upperBound else { return nil }
            part = pr
        }
        let sub = Array(prose[part.lowerBound..<core.lowerBound]) + Array(new[p..<(new.count - s)])
            + Array(prose[core.upperBound..<part.upperBound])
        return edit(part, sub)
    }

    /// The input span covering prose `range` (markup inside it included).
    func sourceSpan(_ range: Range<Int>) -> Range<Int> {
        guard !view.segments.isEmpty else { return 0..<0 }
        let first = view.segmentIndex(at: min(range.lowerBound, prose.count - 1))
        if range.isEmpty {
            let at = insertionPoint(range.lowerBound) ?? view.segments[first].source.lowerBound
            return at..<at
        }
        var lo = Int.max, hi = Int.min
        for seg in view.segments[first...view.segmentIndex(at: range.upperBound - 1)] where seg.kind != .synthetic {
            let a = max(range.lowerBound, seg.prose.lowerBound), b = min(range.upperBound, seg.prose.upperBound)
            let base = seg.source.lowerBound - seg.prose.lowerBound
            let r = seg.kind == .verbatim ? (base + a)..<(base + b) : seg.source
            lo = min(lo, r.lowerBound)
            hi = max(hi, r.upperBound)
        }
        if lo > hi { lo = view.segments[first].source.lowerBound; hi = lo }
        return lo..<hi
    }

    // MARK: - One part

    /// The input edit for prose `range` (inside one part) replaced by `new`: none when
    /// nothing changes, nil when an insertion has no text beside it to join.
    private func edit(_ range: Range<Int>, _ new: [UInt8]) -> [SourceEdit]? {
        let start: Int
        if range.isEmpty {
            guard let at = insertionPoint(range.lowerBound) else { return nil }
            start = at
        } else {
            start = sourceStart(range.lowerBound)
        }
        let end = range.isEmpty ? start : sourceEnd(range.upperBound)
        let (p, s) = commonEnds(range, new)
        let context = view.segments[view.segmentIndex(at: min(range.lowerBound, prose.count - 1))].context
        // Characters the input wrote as references or escapes inside this span, kept so.
        var keep: [Character: String] = [:]
        // (The segments start in rising prose order: only those from the range's start are read,
        // not every segment of the document for every edit.)
        var k = view.segments.partitionPoint { $0.prose.lowerBound >= range.lowerBound }
        while k < view.segments.count && view.segments[k].prose.lowerBound < range.upperBound {
            let seg = view.segments[k]
            k += 1
            guard seg.kind == .decoded else { continue }
            let text = String(decoding: prose[seg.prose], as: UTF8.self)
            if text.count == 1, let ch = text.first, !ch.isWhitespace {
                keep[ch] = String(decoding: view.input[seg.source], as: UTF8.self)
            }
        }
        let head = p == 0 ? start : sourceStart(range.lowerBound + p)
        let tail = s == 0 ? end : (range.upperBound - s == range.lowerBound + p ? head : sourceStart(range.upperBound - s))
        let core = String(decoding: new[p..<(new.count - s)], as: UTF8.self)
        let after = String(decoding: view.input[start..<head], as: UTF8.self)
            + ProseEscaping.escape(core, in: context, keep: keep)
            + String(decoding: view.input[tail..<end], as: UTF8.self)
        let before = String(decoding: view.input[start..<end], as: UTF8.self)
        return before == after ? [] : [SourceEdit(range: start..<end, before: before, after: after)]
    }

    /// The input offset where prose offset `x` (a segment boundary, or inside verbatim text) starts.
    private func sourceStart(_ x: Int) -> Int {
        if x >= prose.count { return view.segments.last!.source.upperBound }
        let seg = view.segments[view.segmentIndex(at: x)]
        return seg.kind == .verbatim ? seg.source.lowerBound + x - seg.prose.lowerBound : seg.source.lowerBound
    }

    /// The input offset where prose ending at `x` ends.
    private func sourceEnd(_ x: Int) -> Int {
        let seg = view.segments[view.segmentIndex(at: x - 1)]
        return seg.kind == .verbatim ? seg.source.lowerBound + x - seg.prose.lowerBound : seg.source.upperBound
    }

    /// Where text inserted at prose offset `x` goes: after the text before it, or before
    /// the text after it; nil between two pieces of markup-implied text.
    private func insertionPoint(_ x: Int) -> Int? {
        if x > 0 {
            let left = view.segments[view.segmentIndex(at: x - 1)]
            if left.kind != .synthetic { return sourceEnd(x) }
        }
        guard x < prose.count else { return nil }
        let right = view.segments[view.segmentIndex(at: x)]
        return right.kind == .synthetic ? nil : sourceStart(x)
    }
}
