/// Checks across entries that no single entry can see on its own.
public enum DictionaryValidator {
    /// Duplicate ids, misrenderings that are another entry's correct name, and references
    /// to unknown ids.
    public static func structuralErrors(in set: DictionarySet) -> [DictionaryError] {
        var errors: [DictionaryError] = []
        var firstByID: [String: Entry] = [:]
        for e in set.entries where firstByID[e.id] == nil { firstByID[e.id] = e }
        // Correct names by folded key, to catch a misrendering that is someone's real name.
        var correct: [String: Entry] = [:]
        for e in set.entries {
            for n in [e.name["en"], e.surname["en"], e.acronym["en"]].compactMap({ $0 }) + e.aliases {
                correct[Fold.phraseKey(n), default: e] = correct[Fold.phraseKey(n)] ?? e
            }
        }
        for e in set.entries {
            for m in e.misrenderings where !m.hasContext {
                let key = Fold.phraseKey(m.text)
                if let other = correct[key], other.id != e.id {
                    errors.append(DictionaryError(location: m.location,
                        message: "the misrendering '\(m.text)' is the correct name of '\(other.name["en"] ?? other.id)' (\(other.id)); give it a context ('near' or 'article') so Emend can tell them apart"))
                }
            }
            if let c = e.country, c != "disputed", firstByID[c] == nil {
                errors.append(DictionaryError(location: e.location,
                    message: "'country' refers to '\(c)', which no entry has as its id", isWarning: true))
            }
        }
        return errors.filter { !$0.isWarning }
    }

    /// The warnings among the structural checks.
    public static func warnings(in set: DictionarySet) -> [DictionaryError] {
        var out: [DictionaryError] = []
        let ids = Set(set.entries.map(\.id))
        for e in set.entries {
            if let c = e.country, c != "disputed", !ids.contains(c) {
                out.append(DictionaryError(location: e.location,
                    message: "'country' refers to '\(c)', which no entry has as its id", isWarning: true))
            }
        }
        return out
    }
}
