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
    ///
    /// - Complexity: O(*n* + *k*) for a text of *n* bytes with *k* edits and proposals: one
    ///   merge pass over the old edits and the proposals.
    mutating func apply(_ proposals: [Proposal]) {
        var chosen: [Proposal] = []
        for p in proposals.sorted(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }) {
            if let last = chosen.last, p.range.lowerBound < last.range.upperBound { continue }
            if p.replacement.utf8.elementsEqual(current[p.range]) { continue }
            chosen.append(p)
        }
        // A proposal that touches an earlier edit is merged with it; two proposals that reach
        // the same earlier edit would merge with each other, so the later one waits for the
        // next pass (the pipeline repeats until nothing changes).
        var lastReach = Int.min
        var k = 0
        chosen = chosen.filter { p in
            var lo = p.range.lowerBound, hi = p.range.upperBound
            while k < edits.count && edits[k].editionEnd < lo { k += 1 }
            var m = k
            while m < edits.count && edits[m].editionStart <= hi {
                let e = edits[m]
                if (e.editionStart < p.range.upperBound && p.range.lowerBound < e.editionEnd)
                    || (e.editionStart == e.editionEnd && p.range.contains(e.editionStart))
                    || (p.range.isEmpty && e.editionStart < p.range.lowerBound && p.range.lowerBound < e.editionEnd) {
                    lo = min(lo, e.editionStart); hi = max(hi, e.editionEnd)
                }
                m += 1
            }
            guard lo >= lastReach else { return false }
            lastReach = hi
            return true
        }
        guard !chosen.isEmpty else { return }
        var newCurrent: [UInt8] = []
        newCurrent.reserveCapacity(current.count + chosen.count * 16)
        var newEdits: [Edit] = []
        newEdits.reserveCapacity(edits.count + chosen.count)
        var cur = 0       // next byte of `current` to copy
        var j = 0         // next old edit
        var delta = 0     // growth of the old edits before `cur` (current minus original)

        func pass(_ e: Edit) {
            // Copy up to and including an untouched old edit, keeping it.
            newCurrent += current[cur..<e.editionEnd]
            var moved = e
            moved.editionStart = newCurrent.count - (e.editionEnd - e.editionStart)
            moved.editionEnd = newCurrent.count
            newEdits.append(moved)
            cur = e.editionEnd
            delta = e.editionEnd - e.end
        }

        for p in chosen {
            func touches(_ e: Edit) -> Bool {
                (e.editionStart < p.range.upperBound && p.range.lowerBound < e.editionEnd)
                    || (p.range.isEmpty && e.editionStart < p.range.lowerBound && p.range.lowerBound < e.editionEnd)
                    || (e.editionStart == e.editionEnd && p.range.contains(e.editionStart))
            }
            while j < edits.count && !touches(edits[j]) && edits[j].editionStart < max(p.range.upperBound, p.range.lowerBound + 1)
                    && edits[j].editionEnd <= p.range.lowerBound {
                pass(edits[j]); j += 1
            }
            var touching: [Edit] = []
            while j < edits.count && touches(edits[j]) { touching.append(edits[j]); j += 1 }
            var curLo = p.range.lowerBound, curHi = p.range.upperBound
            var origLo = p.range.lowerBound - delta, origHi = p.range.upperBound - delta
            var rules: [String] = [], reasons: [String] = []
            if let first = touching.first, let last = touching.last {
                curLo = min(curLo, first.editionStart)
                curHi = max(curHi, last.editionEnd)
                origLo = min(origLo, first.start)
                origHi = max(last.end, p.range.upperBound - (last.editionEnd - last.end))
                rules = touching.map(\.rule)
                reasons = touching.map(\.reason)
            }
            newCurrent += current[cur..<curLo]
            let start = newCurrent.count
            newCurrent += current[curLo..<p.range.lowerBound]
            newCurrent += Array(p.replacement.utf8)
            newCurrent += current[p.range.upperBound..<curHi]
            let before = String(decoding: original[origLo..<origHi], as: UTF8.self)
            let after = String(decoding: newCurrent[start...], as: UTF8.self)
            if before != after {
                var edit = Edit(start: origLo, end: origHi, before: before, after: after,
                                rule: (rules + [p.rule]).joined(separator: "+"), entry: p.entry,
                                category: p.category, reason: (reasons + [p.reason]).joined(separator: "; "))
                edit.editionStart = start
                edit.editionEnd = newCurrent.count
                newEdits.append(edit)
            }
            cur = curHi
            delta = curHi - origHi
        }
        while j < edits.count { pass(edits[j]); j += 1 }
        newCurrent += current[cur...]
        current = newCurrent
        edits = newEdits
    }

    /// Maps a range of ``current`` to the original, widening it over any edit it cuts into.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        let lo = originalOffset(range.lowerBound, roundingDown: true)
        let hi = originalOffset(range.upperBound, roundingDown: false)
        return lo..<max(lo, hi)
    }

    private func originalOffset(_ offset: Int, roundingDown: Bool) -> Int {
        // Edits are sorted and disjoint: only the last one starting before `offset` can
        // hold it, and the last one ending at or before it gives the shift.
        let i = firstEdit { $0.editionStart >= offset }
        if i > 0, offset < edits[i - 1].editionEnd { return roundingDown ? edits[i - 1].start : edits[i - 1].end }
        return offset - deltaBefore(offset)
    }

    /// How much longer the current text is than the original before `offset`.
    private func deltaBefore(_ offset: Int) -> Int {
        let i = firstEdit { $0.editionEnd > offset }
        return i > 0 ? edits[i - 1].editionEnd - edits[i - 1].end : 0
    }

    /// The index of the first edit for which `isAfter` holds, `isAfter` being false and
    /// then true along the edits (a binary search).
    private func firstEdit(where isAfter: (Edit) -> Bool) -> Int {
        var lo = 0, hi = edits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(edits[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
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
