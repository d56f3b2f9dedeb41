import Foundation

/// A project's `emend.toml`, found in the current folder or the nearest folder above it:
///
/// ```toml
/// [[project]]
/// dictionaries = ["names/newsroom.toml", "names/gazetteer.tsv"]   # relative to the file
/// disable = ["Q7184"]                                            # bundled entries to drop
/// ```
public struct ProjectConfig: Sendable {
    public static let fileName = "emend.toml"

    public var path: String
    public var dictionaries: [String] = []
    public var disabled: Set<String> = []
    public var location: SourceLocation

    /// The nearest `emend.toml` from `directory` upwards, if any.
    public static func find(from directory: String) -> String? {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL
        for _ in 0..<32 {
            let candidate = dir.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return nil
    }

    /// Reads the config at `path`.
    public static func load(_ path: String) throws(DictionaryErrors) -> ProjectConfig {
        let loc = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DictionaryErrors(errors: [DictionaryError(location: loc, message: "cannot read the project configuration")])
        }
        var parser = TOMLParser(file: path, text: String(decoding: data, as: UTF8.self))
        let sections: [TOMLSection]
        do { sections = try parser.parse() } catch { throw DictionaryErrors(errors: [error]) }
        var config = ProjectConfig(path: path, location: loc)
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var errors: [DictionaryError] = []
        for section in sections {
            guard section.header == "project" else {
                errors.append(DictionaryError(location: section.table.location, message: "emend.toml holds one '[[project]]' section, not '[[\(section.header)]]'"))
                continue
            }
            var reader = FieldReader(table: section.table, kind: "project")
            for e in section.table.entries where !["dictionaries", "disable", "note"].contains(e.key) {
                errors.append(DictionaryError(location: e.keyLocation, message: "unknown field '\(e.key)' in emend.toml; known fields: dictionaries, disable, note"))
            }
            config.dictionaries += reader.strings("dictionaries").map { $0.hasPrefix("/") ? $0 : base.appendingPathComponent($0).path }
            config.disabled.formUnion(reader.strings("disable"))
            config.location = section.table.location
            errors += reader.errors
        }
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
        return config
    }
}
