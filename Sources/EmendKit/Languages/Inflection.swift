/// The inflected forms of country adjectives and names that French, German, Spanish and
/// Russian need: "arménien/arménienne/arméniens/arméniennes", "armenisch/armenischen",
/// "armenio/armenia", "армянский/армянским", "Армения/Арменией".
///
/// The dictionaries hold one form per language (the masculine singular adjective, the
/// nominative name); the paradigms here derive the rest by the regular endings of each
/// language. A form is labelled with its features ("f.p", "m.ins", "en", "loc"), so a
/// repair can write the replacement in the features of the word it replaces.
public enum Inflection {
    /// One form and the features it carries; a paradigm lists the most usual reading of a
    /// form first (masculine before feminine, genitive before dative).
    public struct Form: Sendable, Equatable {
        public var text: String
        public var features: String
    }

    /// The forms of a masculine-singular country adjective in `language`.
    public static func adjective(_ base: String, language: String) -> [Form] {
        switch language {
        case "fr": return french(base)
        case "de": return ["", "e", "en", "er", "es", "em"].map { Form(text: base + $0, features: $0) }
        case "es": return spanish(base)
        case "ru": return russianAdjective(base)
        default: return [Form(text: base, features: "")]
        }
    }

    /// The forms of a name (a noun phrase) in `language`: the Russian cases; other
    /// languages do not inflect names.
    public static func noun(_ name: String, language: String) -> [Form] {
        guard language == "ru" else { return [Form(text: name, features: "nom")] }
        return cases.map { c in Form(text: russianPhrase(name, c), features: c) }
    }

    /// The first element of a hyphenated compound ("israélo-palestinien", "российско-китайский").
    public static func prefix(_ adjective: String, language: String) -> String {
        switch language {
        case "fr":
            for end in ["ien", "éen", "ais", "ois", "ain", "an", "in", "e"] where adjective.hasSuffix(end) && adjective.count > end.count + 2 {
                return String(adjective.dropLast(end.count)) + "o"
            }
            return adjective.hasSuffix("o") ? adjective : adjective + "o"
        case "ru":
            for end in ["ий", "ый"] where adjective.hasSuffix(end) { return String(adjective.dropLast(2)) + "о" }
            return adjective
        default:
            return adjective
        }
    }

    /// The form of `forms` with `features`, or the first form whose features begin with
    /// them ("m" finds "m.s").
    public static func form(_ forms: [Form], _ features: String) -> String? {
        forms.first { $0.features == features }?.text ?? forms.first { $0.features.hasPrefix(features) }?.text
    }

    /// The features of `surface` among `forms`, the first reading when several agree.
    public static func features(of surface: String, in forms: [Form]) -> String? {
        let key = Fold.key(surface)
        return forms.first { Fold.key($0.text) == key }?.features
    }

    // MARK: - French and Spanish

    static func french(_ m: String) -> [Form] {
        let (f, mp, fp): (String, String, String)
        if m.hasSuffix("en") {
            (f, mp, fp) = (m + "ne", m + "s", m + "nes")
        } else if m.hasSuffix("e") {
            (f, mp, fp) = (m, m + "s", m + "s")
        } else if m.hasSuffix("s") || m.hasSuffix("x") {
            (f, mp, fp) = (m + "e", m, m + "es")
        } else if m.hasSuffix("ec") {
            (f, mp, fp) = (m + "que", m + "s", m + "ques")
        } else if m.hasSuffix("c") {
            (f, mp, fp) = (m.dropLast() + "que", m + "s", m.dropLast() + "ques")
        } else {
            (f, mp, fp) = (m + "e", m + "s", m + "es")
        }
        return [Form(text: m, features: "m.s"), Form(text: f, features: "f.s"), Form(text: mp, features: "m.p"), Form(text: fp, features: "f.p")]
    }

    static func spanish(_ m: String) -> [Form] {
        let (f, mp, fp): (String, String, String)
        if m.hasSuffix("o") {
            let stem = m.dropLast()
            (f, mp, fp) = (stem + "a", m + "s", stem + "as")
        } else if m.hasSuffix("í") || m.hasSuffix("ú") {
            (f, mp, fp) = (m, m + "es", m + "es")
        } else if let last = m.last, "áéíóú".contains(m.dropLast().last ?? " ") && "nsl".contains(last) {
            // "francés" → "francesa", "alemán" → "alemana": the accent goes.
            let plain = String(m.dropLast(2)) + unaccented(m.dropLast().last!) + String(last)
            (f, mp, fp) = (plain + "a", plain + "es", plain + "as")
        } else if m.hasSuffix("e") || m.hasSuffix("a") {
            (f, mp, fp) = (m, m + "s", m + "s")
        } else {
            (f, mp, fp) = (m + "a", m + "es", m + "as")
        }
        return [Form(text: m, features: "m.s"), Form(text: f, features: "f.s"), Form(text: mp, features: "m.p"), Form(text: fp, features: "f.p")]
    }

    private static func unaccented(_ c: Character) -> String {
        ["á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"][c] ?? String(c)
    }

    // MARK: - Russian

    /// Cases in the order a form that several share is read: nominative, genitive first.
    static let cases = ["nom", "gen", "dat", "acc", "ins", "loc"]

    /// Adjective endings by stem type: after к, г, х, ж, ш, щ, ч the "soft" ы becomes и.
    static func russianAdjective(_ base: String) -> [Form] {
        guard base.hasSuffix("ий") || base.hasSuffix("ый") || base.hasSuffix("ой") else { return [Form(text: base, features: "m.nom")] }
        let stem = String(base.dropLast(2))
        let velar = stem.last.map { "кгхжшщч".contains($0) } ?? false
        let y = velar ? "и" : "ы"
        let table: [(String, String)] = [
            ("m.nom", String(base.suffix(2))), ("m.gen", "ого"), ("m.dat", "ому"), ("m.acc", String(base.suffix(2))), ("m.ins", y + "м"), ("m.loc", "ом"),
            ("f.nom", "ая"), ("f.gen", "ой"), ("f.dat", "ой"), ("f.acc", "ую"), ("f.ins", "ой"), ("f.loc", "ой"),
            ("n.nom", "ое"), ("n.gen", "ого"), ("n.dat", "ому"), ("n.acc", "ое"), ("n.ins", y + "м"), ("n.loc", "ом"),
            ("p.nom", y + "е"), ("p.gen", y + "х"), ("p.dat", y + "м"), ("p.acc", y + "е"), ("p.ins", y + "ми"), ("p.loc", y + "х"),
        ]
        return table.map { Form(text: stem + $0.1, features: $0.0) }
    }

    /// A Russian name phrase in case `c`: adjectives agree with the head noun, the head is
    /// the first noun, and words after it (a genitive, "du Sud") stay as they are.
    static func russianPhrase(_ name: String, _ c: String) -> String {
        guard c != "nom" else { return name }
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // Abbreviations and names in capitals (КНДР, США) do not decline.
        if words.count == 1, name.count > 1, name.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return name }
        guard let head = words.firstIndex(where: { !isRussianAdjective($0) }) else { return name }
        let gender = russianGender(words[head])
        var out = words
        for i in 0..<head {
            let lower = words[i]
            let stem = String(lower.dropLast(2))
            let velar = stem.last.map { "кгхжшщч".contains($0) } ?? false
            let forms = russianAdjective(stem + (velar ? "ий" : "ый"))
            out[i] = Inflection.form(forms, "\(gender).\(c)") ?? lower
        }
        out[head] = russianNoun(words[head], c)
        // "Босния и Герцеговина": a noun joined by "и" to the head declines too.
        if head + 2 < words.count, words[head + 1] == "и" { out[head + 2] = russianNoun(words[head + 2], c) }
        return out.joined(separator: " ")
    }

    static func isRussianAdjective(_ w: String) -> Bool {
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее"].contains { w.hasSuffix($0) } && w.count > 3
    }

    static func russianGender(_ noun: String) -> String {
        noun.hasSuffix("а") || noun.hasSuffix("я") ? "f" : noun.hasSuffix("о") || noun.hasSuffix("е") ? "n" : "m"
    }

    /// A singular noun in case `c` by its ending; indeclinable endings stay.
    static func russianNoun(_ w: String, _ c: String) -> String {
        let lower = w.lowercased()
        func swap(_ drop: Int, _ endings: [String: String]) -> String {
            guard let e = endings[c] else { return w }
            return String(w.dropLast(drop)) + e
        }
        if lower.hasSuffix("ия") { return swap(1, ["gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "loc": "и"]) }
        if lower.hasSuffix("я") { return swap(1, ["gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "loc": "е"]) }
        if lower.hasSuffix("а") {
            let soft = w.dropLast().last.map { "кгхжшщч".contains($0) } ?? false
            return swap(1, ["gen": soft ? "и" : "ы", "dat": "е", "acc": "у", "ins": "ой", "loc": "е"])
        }
        if lower.hasSuffix("й") { return swap(1, ["gen": "я", "dat": "ю", "acc": "й", "ins": "ем", "loc": "е"]) }
        if lower.hasSuffix("ь") { return swap(1, ["gen": "я", "dat": "ю", "acc": "ь", "ins": "ем", "loc": "е"]) }
        if let last = lower.last, "бвгджзклмнпрстфхцчшщ".contains(last) {
            let soft = "жшщчц".contains(last)
            return swap(0, ["gen": "а", "dat": "у", "acc": "", "ins": soft ? "ем" : "ом", "loc": "е"])
        }
        return w  // -о, -е, -и, -у, -ю: indeclinable (Конго, Чили, Перу)
    }
}
