import Foundation

/// Reads dictionary files into a ``DictionarySet``, checking every field.
public enum DictionaryLoader {
    /// The fields each kind of section accepts.
    static let fields: [String: Set<String>] = {
        let common: Set<String> = ["id", "name", "aliases", "native", "misrenderings", "examples", "note"]
        return [
            "country": common.union(["adjective", "demonym", "compound", "short", "capital"]),
            "place": common.union(["country", "short", "type", "adjective"]),
            "organization": common.union(["acronym", "short", "country", "literal", "type"]),
            "person": common.union(["surname", "country", "roles"]),
            "char": ["char", "readings", "note"],
            "words": ["name", "words", "note"],
        ]
    }()

    /// Loads every `*.toml` in `directory` (sorted by name), then each of `extraFiles`.
    /// - Throws: ``DictionaryErrors`` listing every error found, each with file:line:column.
    public static func load(directory: String?, extraFiles: [String] = []) throws(DictionaryErrors) -> DictionarySet {
        var paths: [String] = []
        if let directory {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                throw DictionaryErrors(errors: [DictionaryError(location: SourceLocation(file: directory, line: 1, column: 1),
                                                                message: "cannot read the dictionary folder")])
            }
            paths = names.filter { $0.hasSuffix(".toml") }.sorted().map { directory + "/" + $0 }
        }
        paths += extraFiles
        var set = DictionarySet()
        var errors: [DictionaryError] = []
        var hash = ChangeLog.Fingerprint([])
        var combined: [UInt8] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(DictionaryError(location: SourceLocation(file: path, line: 1, column: 1), message: "cannot read the file"))
                continue
            }
            let bytes = [UInt8](data)
            combined += Array(path.split(separator: "/").last!.utf8) + bytes
            if let (offset, reason) = UTF8Validation.firstError(in: bytes) {
                let p = TextPosition.locate(byteOffset: offset, in: bytes)
                errors.append(DictionaryError(location: SourceLocation(file: path, line: p.line, column: p.column), message: "invalid UTF-8: \(reason)"))
                continue
            }
            set.files.append(path)
            do {
                try parse(String(decoding: bytes, as: UTF8.self), file: path, into: &set)
            } catch {
                errors += error.errors
            }
        }
        hash = ChangeLog.Fingerprint(combined)
        set.fingerprint = hash.fnv1a64
        errors += DictionaryValidator.structuralErrors(in: set)
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
        return set
    }

    /// Parses one file's text into `set`.
    public static func parse(_ text: String, file: String, into set: inout DictionarySet) throws(DictionaryErrors) {
        var parser = TOMLParser(file: file, text: text)
        let sections: [TOMLSection]
        do { sections = try parser.parse() } catch { throw DictionaryErrors(errors: [error]) }
        var errors: [DictionaryError] = []
        for section in sections {
            var reader = FieldReader(table: section.table, kind: section.header)
            guard let allowed = fields[section.header] else {
                errors.append(DictionaryError(location: section.table.location,
                    message: "unknown kind of entry '[[\(section.header)]]'; use one of \(fields.keys.sorted().map { "[[\($0)]]" }.joined(separator: ", "))"))
                continue
            }
            for e in section.table.entries where !allowed.contains(e.key) {
                errors.append(DictionaryError(location: e.keyLocation,
                    message: "unknown field '\(e.key)' in a \(section.header) entry; known fields: \(allowed.sorted().joined(separator: ", "))"))
            }
            switch section.header {
            case "char": if let c = reader.abbreviationChar() { set.chars.append(c) }
            case "words":
                if let name = reader.string("name", required: true) {
                    set.wordClasses[name, default: []].formUnion(reader.strings("words").map { $0.lowercased() })
                }
            default:
                if let entry = reader.entry(kind: EntryKind(rawValue: section.header)!) { set.entries.append(entry) }
            }
            errors += reader.errors
        }
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
    }
}
