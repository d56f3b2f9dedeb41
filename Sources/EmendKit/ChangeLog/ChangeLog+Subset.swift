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
        log.suggestions = suggestions.filter { s in !kept.contains { $0.start < s.end && s.start < $0.end } }
        return (out, log)
    }
}
