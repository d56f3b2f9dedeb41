/// Answers `emend dict explain TEXT`: which entries a text resolves to and how.
public struct DictionaryExplainer {
    public let dictionary: CompiledDictionary

    public init(dictionary: CompiledDictionary) { self.dictionary = dictionary }

    /// One line per way `text` resolves, or a line saying why none does.
    public func explain(_ text: String) -> [String] {
        let keys = Fold.keys(ofPhrase: text)
        guard !keys.isEmpty else { return ["'\(text)' has no words to look up"] }
        var lines: [String] = []
        for p in dictionary.names.lookup(keys) {
            let v = dictionary.variants[p]
            let e = dictionary[v.entry]
            let target = dictionary.replacement(for: v) ?? "?"
            var how: String
            switch v.origin {
            case .canonical, .alias: how = "is a correct \(v.form.rawValue) (\(v.origin.rawValue)) of"
            case .misrendering: how = "is a known misrendering, written as '\(target)', of"
            case .literal: how = "is a word-by-word translation of the Chinese name, written as '\(target)', of"
            case .shortForm, .derived: how = "is derived (\(v.derivation ?? "")), written as '\(target)', of"
            }
            if let m = v.misrendering, m.hasContext || !m.unless.isEmpty {
                how += " [only with" + (m.near.isEmpty ? "" : " near: \(m.near.joined(separator: ", "))")
                    + (m.article.isEmpty ? "" : " article: \(m.article.joined(separator: ", "))")
                    + (m.unless.isEmpty ? "" : " unless: \(m.unless.joined(separator: ", "))") + "]"
            }
            lines.append("'\(text)' \(how) \(e.name["en"] ?? e.id) (\(e.kind.rawValue) \(e.id), \(e.location))")
        }
        for p in dictionary.terms.lookup(keys) {
            let t = dictionary.termList[p]
            if t.literal {
                lines.append("'\(text)' is a reading of the Chinese short form\(t.readingOf.count > 1 ? "s" : "") \(t.readingOf.joined()) (\((t.readingOf.flatMap { dictionary.charEntities[$0] ?? [] }).map { dictionary[$0].name["en"] ?? "" }.joined(separator: ", ")))")
            }
        }
        if lines.isEmpty, keys.count == 1 {
            for hit in dictionary.surnames.lookup(keys[0], distance: keys[0].count <= 7 ? 1 : 2) where hit.distance > 0 {
                let names = hit.payloads.map { dictionary[$0].name["en"] ?? "" }.joined(separator: ", ")
                lines.append("'\(text)' is \(hit.distance) edit\(hit.distance == 1 ? "" : "s") from the surname '\(dictionary.surnameDisplay[hit.word] ?? hit.word)' (\(names)); repaired only where the context agrees")
            }
        }
        if lines.isEmpty { lines.append("'\(text)' matches no entry, derived variant or short-form reading") }
        return lines
    }
}
