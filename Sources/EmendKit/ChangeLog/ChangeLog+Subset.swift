extension ChangeLog {
    /// The edition and change log made of only `edits` (a subset of this log's edits,
    /// possibly with other replacement text). Edits never overlap and all refer to the
    /// original, so any subset applies cleanly.
    public func keeping(_ edits: [Edit], original: [UInt8]) -> (edition: [UInt8], log: ChangeLog) {
        var out: [UInt8] = []
        var kept: [Edit] = []
        var cursor = 0
        for var e in edits.sorted(by: { $0.start < $1.start }) where e.start >= cursor {
            out += original[cursor..<e.start]
            e.editionStart = out.count
            out += Array(e.after.utf8)
            e.editionEnd = out.count
            cursor = e.end
            kept.append(e)
        }
        out += original[cursor...]
        var log = self
        log.edits = kept
        log.edition = Fingerprint(out)
        // A suggestion on text a kept edit changes is moot.
        log.suggestions = suggestions.filter { !kept.changesText(in: $0.start, $0.end) }
        return (out, log)
    }
}
