/// Very long texts, cleaned part by part.
///
/// A document's analysis (tokens with their text and keys, sentences, matches, two versions
/// alive at once) takes about a hundred times the text's size in memory. A text of many
/// megabytes is nearly always many articles in one file, so above ``Pipeline/partBytes`` it
/// is cut at paragraph breaks into parts of at most that size, each cleaned as an article
/// in the first part's language, and the results are joined: the edition is the parts'
/// editions in order, and every edit and suggestion is moved to its place in the whole text.
/// Memory then stays that of one part, and time linear in the text.
extension Pipeline {
    /// Where a text is cut into parts: its offsets, from 0 to its end, each at a paragraph
    /// break if one lies in the second half of the part, else a line break, else after a
    /// space, else at a character boundary.
    public static func partBoundaries(_ bytes: [UInt8], limit: Int) -> [Int] {
        precondition(limit > 0)
        var cuts = [0]
        var start = 0
        while bytes.count - start > limit {
            let end = start + limit
            let window = (start + max(1, limit / 2))..<end
            // After "\n\n" or "\n\r\n": the cut leaves the blank line with the part before.
            let paragraph = window.reversed().first { i in
                bytes[i] == 0x0A && (bytes[i - 1] == 0x0A || (i >= 2 && bytes[i - 1] == 0x0D && bytes[i - 2] == 0x0A))
            }
            var cut: Int
            if let p = paragraph {
                cut = p + 1
            } else if let line = window.reversed().first(where: { bytes[$0] == 0x0A }) {
                cut = line + 1
            } else if let space = window.reversed().first(where: { bytes[$0] == 0x20 }) {
                cut = space + 1
            } else {
                cut = end
                while cut > start + 1 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a character
            }
            cuts.append(cut)
            start = cut
        }
        cuts.append(bytes.count)
        return cuts
    }

    /// Cleans `article` part by part (see above); the change log is that of the whole text.
    func cleanInParts(_ article: Article) -> CleanResult {
        let cuts = Self.partBoundaries(article.bytes, limit: partBytes)
        var pipeline = self
        var edition: [UInt8] = []
        edition.reserveCapacity(article.bytes.count)
        var edits: [Edit] = []
        var suggestions: [Suggestion] = []
        var language: String?
        var confidence: Double?
        var machineTranslation: ChangeLog.MachineTranslation?
        for (lo, hi) in zip(cuts, cuts.dropFirst()) {
            let part = Article(source: article.source, text: String(decoding: article.bytes[lo..<hi], as: UTF8.self))
            let result = pipeline.cleanWhole(part)
            if language == nil {
                language = result.log.language
                confidence = result.log.languageConfidence
                machineTranslation = result.log.machineTranslation
                pipeline.language = language
            }
            let shift = edition.count
            for var e in result.log.edits {
                e.start += lo; e.end += lo
                e.editionStart += shift; e.editionEnd += shift
                edits.append(e)
            }
            for var s in result.log.suggestions {
                s.start += lo; s.end += lo
                suggestions.append(s)
            }
            edition += result.edition
        }
        let lines = LineIndex(article.bytes)
        for i in edits.indices {
            let at = lines.position(ofByte: edits[i].start)
            (edits[i].line, edits[i].column) = (at.line, at.column)
        }
        for i in suggestions.indices {
            let at = lines.position(ofByte: suggestions[i].start)
            (suggestions[i].line, suggestions[i].column) = (at.line, at.column)
        }
        var log = ChangeLog(emend: Emend.version, icu: ICU.version, source: article.source,
                            original: .init(article.bytes), edition: .init(edition),
                            dictionaries: context.dictionary.dictionaries.fingerprint,
                            edits: edits, suggestions: suggestions)
        log.language = language
        log.languageConfidence = confidence
        log.machineTranslation = machineTranslation
        return CleanResult(edition: edition, log: log)
    }
}
