extension Pipeline {
    /// Cleans an article in `format`, touching only its prose.
    ///
    /// Plain text goes to ``clean(_:)``. For HTML and Markdown the rules run on the prose
    /// (see ``ArticleFormat/prose(of:attributes:)``) and each edit is carried back onto the
    /// input by ``ProseEditMapper``, written with the escaping the format needs. The change
    /// log describes the input file: offsets, lines, columns, edition offsets and
    /// fingerprints are the input's, so ``ChangeLog/revert(_:)`` restores it byte for byte.
    /// An edit that cannot be made without changing markup becomes a suggestion.
    /// - Parameter attributes: also clean HTML `alt` and `title` values (Markdown image descriptions).
    public func clean(_ article: Article, format: ArticleFormat, attributes: Bool = false) -> CleanResult {
        guard format != .text else { return clean(article) }
        let input = article.bytes
        let view = format.prose(of: input, attributes: attributes)
        let prose = clean(Article(source: article.source, text: view.text))
        let mapper = ProseEditMapper(view: view)
        let lines = LineIndex(input)
        var edits: [Edit] = []
        var placed = DisjointSpans()
        var suggestions: [Suggestion] = []

        func suggest(_ span: Range<Int>, _ candidates: [String], like s: Suggestion, note: String = "") {
            let at = lines.position(ofByte: span.lowerBound)
            suggestions.append(Suggestion(start: span.lowerBound, end: span.upperBound, line: at.line, column: at.column,
                                          text: String(decoding: input[span], as: UTF8.self), candidates: candidates,
                                          rule: s.rule, entry: s.entry, category: s.category, reason: s.reason + note))
        }
        for e in prose.log.edits {
            let asSuggestion = Suggestion(start: e.start, end: e.end, line: 0, column: 0, text: e.before, candidates: [e.after],
                                          rule: e.rule, entry: e.entry, category: e.category, reason: e.reason)
            guard let mapped = mapper.map(e.start..<e.end, to: e.after) else {
                suggest(mapper.sourceSpan(e.start..<e.end), [e.after], like: asSuggestion,
                        note: " (not applied: the change would cross \(format == .html ? "HTML" : "Markdown") markup)")
                continue
            }
            for m in mapped {
                if placed.clashes(m.range) {
                    suggest(m.range, [e.after], like: asSuggestion, note: " (not applied: it overlaps another change)")
                    continue
                }
                placed.insert(m.range)
                edits.append(Edit(start: m.range.lowerBound, end: m.range.upperBound, before: m.before, after: m.after,
                                  rule: e.rule, entry: e.entry, category: e.category, reason: e.reason))
            }
        }
        for s in prose.log.suggestions { suggest(mapper.sourceSpan(s.start..<s.end), s.candidates, like: s) }

        // The edition, and each edit's place in it.
        edits.sort { $0.start < $1.start }
        var edition: [UInt8] = []
        edition.reserveCapacity(input.count + input.count / 8)
        var at = 0
        for i in edits.indices {
            edition += input[at..<edits[i].start]
            edits[i].editionStart = edition.count
            edition += Array(edits[i].after.utf8)
            edits[i].editionEnd = edition.count
            at = edits[i].end
            let pos = lines.position(ofByte: edits[i].start)
            edits[i].line = pos.line
            edits[i].column = pos.column
        }
        edition += input[at...]

        suggestions = suggestions.filter { !edits.changesText(in: $0.start, $0.end) }
        var seen = Set<String>()
        suggestions = suggestions.filter { seen.insert("\($0.start):\($0.end):\($0.candidates)").inserted }
        var log = ChangeLog(emend: prose.log.emend, icu: prose.log.icu, source: article.source,
                            original: .init(input), edition: .init(edition), dictionaries: prose.log.dictionaries,
                            edits: edits, suggestions: suggestions.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
        log.language = prose.log.language
        log.languageConfidence = prose.log.languageConfidence
        log.machineTranslation = prose.log.machineTranslation
        return CleanResult(edition: edition, log: log)
    }
}
