import Foundation

/// Reads dictionary files into a ``DictionarySet``, checking every field.
public enum DictionaryLoader {
    /// The fields each kind of section accepts.
    static let fields: [String: Set<String>] = {
        let common: Set<String> = ["id", "name", "aliases", "native", "misrenderings", "examples", "note", "replaces"]
        return [
            "country": common.union(["adjective", "demonym", "compound", "short", "capital", "definite", "prefix"]),
            "place": common.union(["country", "short", "type", "adjective"]),
            "organization": common.union(["acronym", "short", "country", "literal", "type"]),
            "person": common.union(["surname", "country", "roles"]),
            "char": ["char", "readings", "note"],
            "words": ["name", "words", "note"],
        ]
    }()

    /// Loads every `*.toml` and `*.tsv` in `directory` (sorted by name), then each of `extraFiles`.
    /// - Throws: ``DictionaryErrors`` listing every error found, each with file:line:column.
    public static func load(directory: String?, extraFiles: [String] = []) throws(DictionaryErrors) -> DictionarySet {
        try load(DictionarySources(bundled: directory, layers: extraFiles))
    }

    /// Loads the bundled folder, then each layer file in order. An entry in a later layer
    /// replaces an earlier one only with `replaces = "ID"`; reusing an earlier id without it
    /// is an error naming both places. `disabled` ids are dropped.
    /// - Parameter replacing: file texts to use instead of what is on disk (to validate an
    ///   edit before writing it).
    public static func load(_ sources: DictionarySources, replacing: [String: String] = [:]) throws(DictionaryErrors) -> DictionarySet {
        var files: [(path: String, layer: Int)] = []
        if let directory = sources.bundled {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                throw DictionaryErrors(errors: [DictionaryError(location: SourceLocation(file: directory, line: 1, column: 1),
                                                                message: "cannot read the dictionary folder")])
            }
            files = names.filter { $0.hasSuffix(".toml") || $0.hasSuffix(".tsv") }.sorted().map { (directory + "/" + $0, 0) }
        }
        files += sources.layers.enumerated().map { ($0.element, $0.offset + 1) }
        var set = DictionarySet()
        var errors: [DictionaryError] = []
        var combined: [UInt8] = []
        var owner: [String: (layer: Int, index: Int)] = [:]
        // Files are read, checked and parsed on every core; their entries merge in order.
        let paths = files.map(\.path)
        var loaded = [LoadedFile?](repeating: nil, count: files.count)
        loaded.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: paths.count) { i in out[i] = Self.read(paths[i], replacing: replacing) }
        }
        for ((path, layer), file) in zip(files, loaded) {
            guard let file else { continue }
            errors += file.errors
            guard let bytes = file.bytes else { continue }
            combined += Array(path.split(separator: "/").last.map(String.init)?.utf8 ?? "".utf8) + bytes
            guard file.valid else { continue }
            set.files.append(path)
            if path.hasSuffix(".tsv") {
                if file.errors.isEmpty { set.bulkFiles.append(BulkFile(path: path, bytes: bytes)) }
                continue
            }
            let part = file.part
            for e in part.entries {
                // A layer replaces an earlier entry only when it says so: `replaces = "ID"`.
                if let r = e.replaces {
                    guard let (l, i) = owner[r], l < layer else {
                        errors.append(DictionaryError(location: e.location,
                            message: "'replaces' names '\(r)', which no earlier layer has; to add a new entry, leave 'replaces' out"))
                        continue
                    }
                    owner[r] = nil
                    set.entries[i] = e
                    owner[e.id] = (layer, i)
                } else if let (l, i) = owner[e.id] {
                    let first = set.entries[i]
                    if l == layer {
                        errors.append(DictionaryError(location: e.location,
                            message: "the id '\(e.id)' is already used by '\(first.name["en"] ?? first.id)' at \(first.location); ids must be unique"))
                    } else {
                        errors.append(DictionaryError(location: e.location,
                            message: "the id '\(e.id)' is already used by '\(first.name["en"] ?? first.id)' at \(first.location); to replace that entry write replaces = \"\(e.id)\", or give this one an id of its own"))
                    }
                } else {
                    owner[e.id] = (layer, set.entries.count)
                    set.entries.append(e)
                }
            }
            set.chars += part.chars
            for (k, v) in part.wordClasses { set.wordClasses[k, default: []].formUnion(v) }
        }
        for id in sources.disabled.sorted() {
            if owner[id] == nil {
                set.warnings.append(DictionaryError(location: sources.configLocation ?? SourceLocation(file: "-", line: 1, column: 1),
                                                    message: "'disable' names '\(id)', which no entry has as its id", isWarning: true))
            }
        }
        if !sources.disabled.isEmpty { set.entries.removeAll { sources.disabled.contains($0.id) } }
        set.fingerprint = ChangeLog.Fingerprint(combined + Array(sources.disabled.sorted().joined(separator: ",").utf8)).fnv1a64
        errors += DictionaryValidator.structuralErrors(in: set)
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
        return set
    }

    /// One dictionary file as read, checked and parsed on its own.
    struct LoadedFile {
        /// The bytes; nil when the file could not be read.
        var bytes: [UInt8]?
        /// False when the bytes are no UTF-8.
        var valid = true
        var errors: [DictionaryError] = []
        /// A TOML file's entries, characters and word classes.
        var part = DictionarySet()
    }

    /// Reads the file at `path` (or its text in `replacing`), checks its UTF-8, validates a
    /// bulk layer (unless a cache made from the same bytes says it was) and parses a TOML one.
    static func read(_ path: String, replacing: [String: String]) -> LoadedFile {
        var file = LoadedFile()
        let bytes: [UInt8]
        if let text = replacing[path] { bytes = Array(text.utf8) } else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            guard exists, !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
                let why = !exists ? "no such dictionary file"
                    : isFolder.boolValue ? "is a folder; give a .toml or .tsv file, or use --dictionaries for a folder"
                    : "cannot read the dictionary file (permission denied?)"
                file.errors.append(DictionaryError(location: SourceLocation(file: path, line: 1, column: 1), message: why))
                return file
            }
            bytes = [UInt8](data)
        }
        file.bytes = bytes
        if let (offset, reason) = UTF8Validation.firstError(in: bytes) {
            let p = TextPosition.locate(byteOffset: offset, in: bytes)
            file.errors.append(DictionaryError(location: SourceLocation(file: path, line: p.line, column: p.column), message: "invalid UTF-8: \(reason)"))
            file.valid = false
            return file
        }
        if path.hasSuffix(".tsv") {
            // Bulk layers compile to their own automaton; a cache for the same bytes
            // means they were checked when it was made.
            do {
                if !BulkIndex.hasCache(for: bytes) { try BulkDictionary.validate(String(decoding: bytes, as: UTF8.self), file: path) }
            } catch {
                file.errors += error.errors
            }
            return file
        }
        do {
            try parse(String(decoding: bytes, as: UTF8.self), file: path, into: &file.part)
        } catch {
            file.errors += error.errors
        }
        return file
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
                    // Endings keep their accents ("ó" is a verb ending, "o" is not); words are folded keys.
                    let keep = name.hasPrefix("verb-endings")
                    set.wordClasses[name, default: []].formUnion(reader.strings("words").map { keep ? $0.lowercased() : Fold.key($0) })
                }
            default:
                if let entry = reader.entry(kind: EntryKind(rawValue: section.header)!) { set.entries.append(entry) }
            }
            errors += reader.errors
        }
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
    }
}
