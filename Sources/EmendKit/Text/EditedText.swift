/// The original text, the edits made to it so far, and the current text they give.
///
/// Pipeline stages see ``current`` and propose edits in its coordinates; ``apply(_:)``
/// maps each back onto the original. A proposal that touches an earlier edit is merged
/// with it, so edits never overlap and each one still reverts exactly.
struct EditedText {
    let original: [UInt8]
    /// Sorted by `start`, non-overlapping; `editionStart` is kept current.
    private(set) var edits: [Edit] = []
    private(set) var current: [UInt8]

    init(_ original: [UInt8]) {
        self.original = original
        self.current = original
    }

    var currentText: String { String(decoding: current, as: UTF8.self) }

    /// Applies non-overlapping proposals made against ``current``.
    /// Overlapping proposals are dropped, keeping the earlier (then longer) one.
    mutating func apply(_ proposals: [Proposal]) {
        var chosen: [Proposal] = []
        for p in proposals.sorted(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }) {
            if let last = chosen.last, p.range.lowerBound < last.range.upperBound { continue }
            let old = current[p.range]
            if Array(p.replacement.utf8) == Array(old) { continue }
            chosen.append(p)
        }
        for p in chosen.reversed() { applyOne(p) }
    }

    /// Maps a range of ``current`` to the original, widening it over any edit it cuts into.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        let lo = originalOffset(range.lowerBound, roundingDown: true)
        let hi = originalOffset(range.upperBound, roundingDown: false)
        return lo..<max(lo, hi)
    }

    private func originalOffset(_ offset: Int, roundingDown: Bool) -> Int {
        for e in edits where e.editionStart < offset && offset < e.editionEnd {
            return roundingDown ? e.start : e.end
        }
        return offset - deltaBefore(offset)
    }

    /// How much longer the current text is than the original before `offset`.
    private func deltaBefore(_ offset: Int) -> Int {
        var d = 0
        for e in edits where e.editionEnd <= offset { d = e.editionEnd - e.end }
        return d
    }

    private mutating func applyOne(_ p: Proposal) {
        // Edits whose edition span overlaps the proposal (an insertion inside counts).
        let touching = edits.indices.filter { i in
            let e = edits[i]
            return e.editionStart < p.range.upperBound && p.range.lowerBound < e.editionEnd
                || (p.range.isEmpty && e.editionStart < p.range.lowerBound && p.range.lowerBound < e.editionEnd)
                || (e.editionStart == e.editionEnd && p.range.contains(e.editionStart))
        }
        let d = deltaBefore(p.range.lowerBound)
        var curLo = p.range.lowerBound, curHi = p.range.upperBound
        var origLo = p.range.lowerBound - d, origHi = p.range.upperBound - d
        var rules: [String] = [], reasons: [String] = []
        if let first = touching.first, let last = touching.last {
            curLo = min(curLo, edits[first].editionStart)
            curHi = max(curHi, edits[last].editionEnd)
            origLo = min(origLo, edits[first].start)
            let dAfter = edits[last].editionEnd - edits[last].end
            origHi = max(edits[last].end, p.range.upperBound - dAfter)
            for i in touching { rules.append(edits[i].rule); reasons.append(edits[i].reason) }
        }
        let replacement = Array(current[curLo..<p.range.lowerBound]) + Array(p.replacement.utf8)
            + Array(current[p.range.upperBound..<curHi])
        let growth = replacement.count - (curHi - curLo)
        current.replaceSubrange(curLo..<curHi, with: replacement)
        let before = String(decoding: original[origLo..<origHi], as: UTF8.self)
        let after = String(decoding: replacement, as: UTF8.self)
        var edit = Edit(start: origLo, end: origHi, before: before, after: after,
                        rule: (rules + [p.rule]).joined(separator: "+"), entry: p.entry,
                        category: p.category, reason: (reasons + [p.reason]).joined(separator: "; "))
        edit.editionStart = curLo
        edit.editionEnd = curLo + replacement.count
        if !touching.isEmpty { edits.removeSubrange(touching.first!...touching.last!) }
        let at = edits.firstIndex { $0.start >= origHi } ?? edits.count
        for i in at..<edits.count {
            edits[i].editionStart += growth
            edits[i].editionEnd += growth
        }
        if before != after { edits.insert(edit, at: at) }
    }

    /// The edits with their line and column filled in.
    func finishedEdits() -> [Edit] {
        let index = LineIndex(original)
        return edits.map { e in
            var e = e
            let pos = index.position(ofByte: e.start)
            e.line = pos.line
            e.column = pos.column
            return e
        }
    }
}
