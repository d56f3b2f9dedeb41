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
            case .canonical, .alias: how = "is a correct \(v.form.rawValue) (\(v.derivation ?? v.origin.rawValue)) of"
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
            for (language, made) in e.derivedNames.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(language): \(e.name[language] ?? "") (\(made); the entry gives none)")
            }
            // The bridge a reading takes: pinyin ← characters ← the native name → English.
            if v.derivation?.contains("Han-Latin") == true, let zh = e.name["zh"], let target = e.name["en"] {
                let native = e.native.first { ICU.script(of: $0) != "Han" && ICU.script(of: $0) != "Latin" }
                lines.append("  path: '\(text)' ← \(zh)" + (native.map { " ← \($0)" } ?? "") + " → \(target)")
            }
        }
        if lines.isEmpty, let key = WholeNameKey.key(text) {
            // As the rule looks: the key itself, else one edit from it.
            var hits = (dictionary.wholeNameKeys[key] ?? []).map { ($0, 0) }
            if hits.isEmpty { hits = dictionary.wholeNames.lookup(key, distance: 1).flatMap { h in h.payloads.map { ($0, h.distance) } } }
            for (p, d) in hits.prefix(5) {
                let v = dictionary.variants[p], e = dictionary[v.entry]
                lines.append("'\(text)' shares the loose key '\(key)'\(d > 0 ? " (1 edit)" : "") of \(v.text) (\(e.kind.rawValue) \(e.id), \(e.location)): another romanization, repaired only where the article supports it")
            }
        }
        let words = text.split(separator: " ")
        if lines.isEmpty, words.count == 2, let japanese = JapaneseNameReadings.shared {
            for n in japanese.names(surname: String(words[0]), given: String(words[1])) {
                lines.append("'\(text)' ← \(n.surname)\(n.given) (ENAMDICT: surname \(n.surname), given name \(n.given)) → \(n.english): the Mandarin reading of a Japanese name, no entry; applied in a machine-translated article about Japan")
            }
        }
        if lines.isEmpty, words.count == 2, let readings = SinoKoreanReadings.shared {
            for north in [false, true] {
                guard let (hangul, name) = KoreanRomanization.probable(surname: String(words[0]), given: String(words[1]), readings: readings, north: north)
                else { break }
                lines.append("'\(text)' ← \(hangul) → \(name): a probable Korean reading in \(north ? "the North's" : "the South's") style (Unihan), no entry; shown as a suggestion in an article about Korea")
            }
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
        if lines.isEmpty, words.count == 1, let places = KoreanPlaceReadings.shared {
            for p in places.byPinyin[Fold.key(text)] ?? [] {
                lines.append("'\(text)' ← \(p.hanja) ← \(p.hangul) → \(p.romanized): the Mandarin reading of a Korean place (libhangul), no entry; shown as a suggestion before 'District', 'County'… in an article about Korea")
            }
        }
        if lines.isEmpty { lines.append("'\(text)' matches no entry, derived variant or short-form reading") }
        return lines
    }
}
