/// Writes new entries and misrenderings into dictionary files as a person would: in a
/// stable place, touching no existing line where it can avoid it, so `git diff` shows
/// only the new lines.
public enum DictionaryEditor {
    /// A new entry's fields.
    public struct NewEntry: Sendable {
        public var kind: EntryKind
        public var id: String
        public var names: [(lang: String, text: String)]
        public var aliases: [String] = []
        public var misrenderings: [String] = []
        public var country: String?
        public var native: [String] = []
        /// A person's surname in English, as a later mention writes it.
        public var surname: String?
        public var roles: [String] = []
        /// `(text, want)` pairs that `emend dict check` runs.
        public var examples: [(text: String, want: String)] = []
        public var note: String?

        public init(kind: EntryKind, id: String, names: [(lang: String, text: String)]) {
            self.kind = kind
            self.id = id
            self.names = names
        }
    }

    /// The file an entry of `kind` belongs in within the bundled folder.
    public static func fileName(for kind: EntryKind) -> String {
        switch kind {
        case .country: "countries.toml"
        case .place: "places.toml"
        case .organization: "organizations.toml"
        case .person: "people.toml"
        }
    }

    /// `text` (a dictionary file) with `entry` added: at its alphabetical place when the
    /// file's entries are sorted by English name, else at the end.
    public static func adding(_ entry: NewEntry, to text: String, file: String) -> String {
        var block = ["[[\(entry.kind.rawValue)]]", "id = \(quote(entry.id))",
                     "name = { " + entry.names.map { "\($0.lang) = \(quote($0.text))" }.joined(separator: ", ") + " }"]
        if let c = entry.country { block.append("country = \(quote(c))") }
        if !entry.aliases.isEmpty { block.append("aliases = [" + entry.aliases.map(quote).joined(separator: ", ") + "]") }
        if !entry.native.isEmpty { block.append("native = [" + entry.native.map(quote).joined(separator: ", ") + "]") }
        if let s = entry.surname { block.append("surname = { en = \(quote(s)) }") }
        if !entry.roles.isEmpty { block.append("roles = [" + entry.roles.map(quote).joined(separator: ", ") + "]") }
        if !entry.misrenderings.isEmpty {
            block.append("misrenderings = [")
            block += entry.misrenderings.sorted().map { "  { text = \(quote($0)) }," }
            block.append("]")
        }
        if !entry.examples.isEmpty {
            block.append("examples = [")
            block += entry.examples.map { "  { text = \(quote($0.text)), want = \(quote($0.want)) }," }
            block.append("]")
        }
        if let n = entry.note { block.append("note = \(quote(n))") }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var set = DictionarySet()
        try? DictionaryLoader.parse(text, file: file, into: &set)
        let same = set.entries.filter { $0.kind == entry.kind }
        let keys = same.map { Fold.key($0.name["en"] ?? "") }
        let newKey = Fold.key(entry.names.first { $0.lang == "en" }?.text ?? entry.id)
        if !same.isEmpty, keys == keys.sorted(), let next = same.first(where: { Fold.key($0.name["en"] ?? "") > newKey }) {
            let at = next.location.line - 1
            lines.insert(contentsOf: block + [""], at: at)
        } else {
            if let last = lines.last, !last.isEmpty { lines.append("") }
            lines += block
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with a misrendering added to the entry `entry` (which must be in this file).
    public static func adding(misrendering m: String, context: (near: [String], article: [String], unless: [String]),
                              replacement: String?, to entry: Entry, in text: String) -> String {
        var fields = ["text = \(quote(m))"]
        if let replacement { fields.append("to = \(quote(replacement))") }
        if !context.near.isEmpty { fields.append("near = [" + context.near.map(quote).joined(separator: ", ") + "]") }
        if !context.article.isEmpty { fields.append("article = [" + context.article.map(quote).joined(separator: ", ") + "]") }
        if !context.unless.isEmpty { fields.append("unless = [" + context.unless.map(quote).joined(separator: ", ") + "]") }
        let item = "  { " + fields.joined(separator: ", ") + " },"
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = entry.location.line - 1
        var end = start + 1
        while end < lines.count && !lines[end].hasPrefix("[[") { end += 1 }
        while end > start + 1 && (lines[end - 1].trimmingSpaces.isEmpty || lines[end - 1].hasPrefix("#")) { end -= 1 }
        if let open = (start..<end).first(where: { lines[$0].hasPrefix("misrenderings") }) {
            if lines[open].trimmingSpaces.hasSuffix("[") {
                // A multi-line array: insert in sorted place among its items.
                var close = open + 1
                while close < end && lines[close].trimmingSpaces != "]" { close += 1 }
                let at = (open + 1..<close).first { lines[$0] > item } ?? close
                lines.insert(item, at: at)
            } else {
                // A one-line array: reopen it over several lines.
                let line = lines[open]
                let inner = String(line[line.index(after: line.firstIndex(of: "[")!)..<line.lastIndex(of: "]")!])
                let trimmed = inner.trimmingSpaces
                var items = trimmed.isEmpty ? [] : ["  " + trimmed + (trimmed.hasSuffix(",") ? "" : ",")]
                items.append(item)
                lines.replaceSubrange(open...open, with: ["misrenderings = ["] + items + ["]"])
            }
        } else {
            lines.insert(contentsOf: ["misrenderings = [", item, "]"], at: end)
        }
        return lines.joined(separator: "\n")
    }

    /// A TOML basic string.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}
