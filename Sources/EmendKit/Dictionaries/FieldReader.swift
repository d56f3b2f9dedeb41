/// Reads typed fields out of one TOML section, collecting type errors with their locations.
struct FieldReader {
    let table: TOMLTable
    let kind: String
    var errors: [DictionaryError] = []

    init(table: TOMLTable, kind: String) {
        self.table = table
        self.kind = kind
    }

    mutating func fail(_ node: TOMLNode, _ message: String) {
        errors.append(DictionaryError(location: node.location, message: message))
    }

    mutating func string(_ key: String, in t: TOMLTable? = nil, required: Bool = false) -> String? {
        let t = t ?? table
        guard let node = t[key] else {
            if required { errors.append(DictionaryError(location: t.location, message: "this \(kind) entry has no '\(key)'; it is required")) }
            return nil
        }
        guard let s = node.string else { fail(node, "'\(key)' must be a string, not \(node.typeName == "inline table" ? "an" : "a") \(node.typeName)"); return nil }
        if s.trimmingSpaces.isEmpty { fail(node, "'\(key)' is empty") ; return nil }
        return s
    }

    mutating func strings(_ key: String, in t: TOMLTable? = nil) -> [String] {
        let t = t ?? table
        guard let node = t[key] else { return [] }
        if let s = node.string { return [s] }
        guard let items = node.array else { fail(node, "'\(key)' must be an array of strings"); return [] }
        var out: [String] = []
        for item in items {
            if let s = item.string, !s.trimmingSpaces.isEmpty { out.append(s) } else { fail(item, "each item of '\(key)' must be a non-empty string") }
        }
        return out
    }

    mutating func languages(_ key: String, required: Bool = false) -> [String: String] {
        guard let node = table[key] else {
            if required { errors.append(DictionaryError(location: table.location, message: "this \(kind) entry has no '\(key)'; it is required")) }
            return [:]
        }
        guard let t = node.table else { fail(node, "'\(key)' must be an inline table of languages, like { en = \"...\", fr = \"...\" }"); return [:] }
        var out: [String: String] = [:]
        for e in t.entries {
            if let s = e.node.string, !s.trimmingSpaces.isEmpty { out[e.key] = s } else { fail(e.node, "'\(key).\(e.key)' must be a non-empty string") }
            if e.key.count < 2 || e.key.count > 3 || e.key.contains(where: { !$0.isLowercase }) {
                errors.append(DictionaryError(location: e.keyLocation, message: "'\(e.key)' is not a language code; use ISO 639-1 codes such as en, fr, de, es, ru, zh"))
            }
        }
        if required && out["en"] == nil { fail(node, "'\(key)' needs an English form ('en')") }
        return out
    }

    mutating func entry(kind: EntryKind) -> Entry? {
        guard let id = string("id", required: true) else { return nil }
        var e = Entry(id: id, kind: kind, location: table.location)
        e.name = languages("name", required: true)
        e.adjective = languages("adjective")
        e.demonym = languages("demonym")
        e.surname = languages("surname")
        e.acronym = languages("acronym")
        e.capital = languages("capital")
        e.compound = string("compound")
        e.definite = languages("definite")
        e.prefix = languages("prefix")
        e.aliases = strings("aliases")
        e.native = strings("native")
        e.literal = strings("literal")
        e.roles = strings("roles")
        e.country = string("country")
        e.type = string("type")
        e.note = string("note")
        e.replaces = string("replaces")
        if let node = table["short"] {
            for item in node.array ?? [node] {
                if let s = item.string { e.shortChars.append(s) } else if let t = item.table {
                    if let zh = string("zh", in: t, required: true), let en = string("en", in: t, required: true) {
                        e.shortForms.append(ShortForm(zh: zh, en: en))
                    }
                } else { fail(item, "each item of 'short' must be a string or { zh = \"...\", en = \"...\" }") }
            }
        }
        e.misrenderings = tables("misrenderings", allowed: ["text", "to", "form", "near", "article", "unless", "country"]).compactMap { t in
            guard let text = string("text", in: t.table, required: true) else { return nil }
            var m = Misrendering(text: text, location: t.location)
            m.to = string("to", in: t.table)
            if let f = t.table["form"] {
                if let raw = f.string, let form = NameForm(rawValue: raw) { m.form = form } else {
                    fail(f, "'form' must be one of \(NameForm.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            m.near = strings("near", in: t.table)
            m.article = strings("article", in: t.table)
            m.unless = strings("unless", in: t.table)
            m.country = string("country", in: t.table)
            return m
        }
        e.examples = tables("examples", allowed: ["text", "want", "lang"]).compactMap { t in
            guard let text = string("text", in: t.table, required: true), let want = string("want", in: t.table, required: true) else { return nil }
            return DictionaryExample(text: text, want: want, language: string("lang", in: t.table), location: t.location)
        }
        return e
    }

    mutating func abbreviationChar() -> AbbreviationChar? {
        guard let ch = string("char", required: true) else { return nil }
        if ch.count != 1, let node = table["char"] { fail(node, "'char' must be exactly one character, not '\(ch)'") }
        let readings = tables("readings", allowed: ["text", "form", "when", "lang"]).compactMap { t -> AbbreviationChar.Reading? in
            guard let text = string("text", in: t.table, required: true) else { return nil }
            var form = AbbreviationChar.Reading.Form.any
            if let f = t.table["form"] {
                if let raw = f.string, let parsed = AbbreviationChar.Reading.Form(rawValue: raw) { form = parsed } else {
                    fail(f, "'form' must be noun, adjective or any")
                }
            }
            let when = string("when", in: t.table)
            if let when, when != "past-verb", let node = t.table["when"] { fail(node, "'when' must be \"past-verb\", not '\(when)'") }
            return .init(text: text, form: form, when: when, language: string("lang", in: t.table) ?? "en")
        }
        return AbbreviationChar(char: ch, readings: readings, location: table.location)
    }

    /// Items of an array of inline tables, checking their keys.
    mutating func tables(_ key: String, allowed: Set<String>) -> [(table: TOMLTable, location: SourceLocation)] {
        guard let node = table[key] else { return [] }
        guard let items = node.array else { fail(node, "'\(key)' must be an array of inline tables"); return [] }
        var out: [(TOMLTable, SourceLocation)] = []
        for item in items {
            guard let t = item.table else { fail(item, "each item of '\(key)' must be an inline table { ... }"); continue }
            for e in t.entries where !allowed.contains(e.key) {
                errors.append(DictionaryError(location: e.keyLocation, message: "unknown field '\(e.key)' in '\(key)'; known fields: \(allowed.sorted().joined(separator: ", "))"))
            }
            out.append((t, item.location))
        }
        return out
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
