/// The kinds of dictionary entry; the TOML header names the kind (`[[country]]`).
public enum EntryKind: String, CaseIterable, Sendable, Codable {
    case country, place, organization, person
}

/// Which form of a name a variant stands for; the repair writes the same form.
public enum NameForm: String, Sendable, Codable, CaseIterable {
    case name, surname, adjective, demonym, acronym, compound
}

/// A known machine-translation misrendering of an entry, possibly limited to a context.
public struct Misrendering: Sendable {
    public var text: String
    /// What to write instead; nil means the entry's canonical name in ``form``.
    public var to: String?
    public var form: NameForm = .name
    /// One of these must occur in the same sentence.
    public var near: [String] = []
    /// One of these must occur somewhere in the article.
    public var article: [String] = []
    /// None of these may occur in the same sentence.
    public var unless: [String] = []
    /// The id of the country the article must be about (one of its two leading countries):
    /// MT renders a body's name word by word, and which body it is depends on the country.
    public var country: String?
    public var location: SourceLocation

    public var hasContext: Bool { !near.isEmpty || !article.isEmpty || country != nil }
}

/// An example a dictionary entry carries: cleaning `text` must give `want`.
public struct DictionaryExample: Sendable {
    public var text: String
    public var want: String
    /// The edition language the example is in (nil: English).
    public var language: String? = nil
    public var location: SourceLocation
}

/// A Chinese short form of an organization and the English to write for its pinyin.
public struct ShortForm: Sendable {
    public var zh: String
    public var en: String
}

/// One country, place, organization or person.
///
/// An entry is large (some thirty names, forms and lists) and rules read entries in their
/// inner loops: its fields live in one shared box, so that `let e = dict[i]` costs one
/// reference, not a copy of every field. A change copies the box first (copy on write).
/// Its fields (``Fields``) read and write as the entry's own (`entry.name["en"]`).
@dynamicMemberLookup
public struct Entry: Sendable {
    /// The entry's fields, one copy shared by every copy of the entry until one changes.
    public struct Fields: Sendable {
        public var id: String
        public var kind: EntryKind
        public var location: SourceLocation
        /// Canonical names by language code ("en", "fr", "de", "es", "ru", "zh").
        public var name: [String: String] = [:]
        public var adjective: [String: String] = [:]
        public var demonym: [String: String] = [:]
        public var surname: [String: String] = [:]
        public var acronym: [String: String] = [:]
        public var capital: [String: String] = [:]
        public var compound: String?
        /// A country's name with its definite article where the language uses one
        /// (`{ fr = "l'Arménie", de = "die Ukraine" }`).
        public var definite: [String: String] = [:]
        /// The first element of a hyphenated compound adjective, where derivation would get it
        /// wrong (`{ fr = "sino", ru = "палестино" }`).
        public var prefix: [String: String] = [:]
        public var aliases: [String] = []
        public var native: [String] = []
        /// Chinese short forms: one character for countries (亚), a word for places (纳卡).
        public var shortChars: [String] = []
        /// Chinese short forms of organizations, with the English to write.
        public var shortForms: [ShortForm] = []
        public var literal: [String] = []
        public var country: String?
        public var roles: [String] = []
        /// Names made by a transcription where the entry gives none (language → how;
        /// ``EditionNames``).
        public var derivedNames: [String: String] = [:]
        public var type: String?
        public var misrenderings: [Misrendering] = []
        public var examples: [DictionaryExample] = []
        public var note: String?
        /// The id of an entry of an earlier layer that this one replaces (`replaces = "ID"`).
        public var replaces: String?
    }

    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    public init(id: String, kind: EntryKind, location: SourceLocation) {
        box = Box(Fields(id: id, kind: kind, location: location))
    }

    /// The entry's fields.
    public var fields: Fields { box.fields }

    public subscript<T>(dynamicMember field: WritableKeyPath<Fields, T>) -> T {
        get { box.fields[keyPath: field] }
        _modify {
            // The box, copied first when another entry shares it.
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields[keyPath: field]
        }
    }

    /// The correct forms of the entry in `language` (name, surname, adjective, demonym,
    /// acronym), as the dictionary gives them or, for a person's surname, as the last word
    /// of the name (the first for East Asian names, which are written surname first).
    public func localizedForms(_ language: String) -> [(form: NameForm, text: String)] {
        var out: [(NameForm, String)] = []
        if let n = self.name[language] { out.append((.name, n)) }
        if let s = self.surname[language] {
            out.append((.surname, s))
        } else if self.kind == .person, let n = self.name[language], n.contains(" ") {
            let words = n.split(separator: " ")
            let eastAsian = CompiledDictionary.eastAsian.contains(self.country ?? "")
            if !eastAsian, let last = words.last { out.append((.surname, String(last))) }
        }
        if let a = self.adjective[language] { out.append((.adjective, a)) }
        if let d = self.demonym[language] { out.append((.demonym, d)) }
        if let a = self.acronym[language] { out.append((.acronym, a)) }
        return out
    }

    /// The canonical English form of `form`, falling back to the name.
    public func english(_ form: NameForm) -> String? {
        switch form {
        case .name: self.name["en"]
        case .surname: self.surname["en"] ?? self.name["en"]
        case .adjective: self.adjective["en"]
        case .demonym: self.demonym["en"]
        case .acronym: self.acronym["en"]
        case .compound: self.compound ?? self.name["en"]
        }
    }
}

/// A Chinese one-character short form and the English words MT reads it as.
public struct AbbreviationChar: Sendable {
    public struct Reading: Sendable {
        public enum Form: String, Sendable { case noun, adjective, any }
        public var text: String
        public var form: Form
        /// "past-verb": only a reading when the next word is a past-tense verb ("Egypt and to signed").
        public var when: String?
        /// The edition language the reading occurs in ("en", "fr", ...).
        public var language: String = "en"
    }

    public var char: String
    public var readings: [Reading]
    public var location: SourceLocation
}

/// Everything loaded from the dictionary files.
public struct DictionarySet: Sendable {
    public var entries: [Entry] = []
    public var chars: [AbbreviationChar] = []
    /// Closed English word classes by name ("function", "side-nouns", "roles").
    public var wordClasses: [String: Set<String>] = [:]
    /// Paths loaded, in order.
    public var files: [String] = []
    /// Fingerprint of the files' contents.
    public var fingerprint: String = ""
    /// Non-fatal findings (reported by `emend dict check`).
    public var warnings: [DictionaryError] = []
    /// Bulk TSV layers, compiled to ``BulkIndex`` automatons rather than entries.
    public var bulkFiles: [BulkFile] = []

    public init() {}

    /// The entry with `id`, if any.
    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}

/// A bulk TSV dictionary file as loaded.
public struct BulkFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
}
