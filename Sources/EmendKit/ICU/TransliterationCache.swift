import Foundation

/// ICU transliterations remembered on disk between runs, per ICU version: compiling the
/// dictionaries romanizes a few thousand names, and opening ICU's Han-Latin transform
/// alone costs a fifth of a second at every start.
///
/// The file is `translit-<ICU version>.tsv` in ``BulkIndex/cacheDirectory``, one
/// `id<TAB>text<TAB>result` a line; a result is the same for the same ICU, transform and
/// text. Best effort: an unreadable or unwritable cache only costs the transliteration.
enum TransliterationCache {
    /// By bytes: two canonically equivalent spellings are different inputs to ICU.
    private struct Key: Hashable {
        var id: [UInt8]
        var text: [UInt8]
        init(id: String, text: String) { self.id = Array(id.utf8); self.text = Array(text.utf8) }
        init(id: [UInt8], text: [UInt8]) { self.id = id; self.text = text }
    }

    nonisolated(unsafe) private static var results: [Key: String]? = nil
    nonisolated(unsafe) private static var added = 0
    private static let lock = NSLock()
    /// Bumped when the file's format changes.
    static let formatVersion = 1

    static var path: String {
        BulkIndex.cacheDirectory + "/translit-\(formatVersion)-icu\(ICU.version).tsv"
    }

    /// The remembered result of transliterating `text` with `id`.
    static func result(_ text: String, id: String) -> String? {
        lock.lock(); defer { lock.unlock() }
        if results == nil { results = load() }
        return results?[Key(id: id, text: text)]
    }

    /// Remembers a result (kept in memory until ``save()``).
    static func remember(_ result: String, for text: String, id: String) {
        guard ![id, text, result].contains(where: { $0.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) }) else { return }
        lock.lock(); defer { lock.unlock() }
        if results == nil { results = load() }
        if results?.updateValue(result, forKey: Key(id: id, text: text)) == nil { added += 1 }
    }

    /// Writes the remembered results when some are new.
    static func save() {
        lock.lock(); defer { lock.unlock() }
        guard added > 0, let results else { return }
        var bytes: [UInt8] = []
        for (k, v) in results {
            bytes += k.id; bytes.append(0x09); bytes += k.text; bytes.append(0x09); bytes += v.utf8; bytes.append(0x0A)
        }
        try? FileManager.default.createDirectory(atPath: BulkIndex.cacheDirectory, withIntermediateDirectories: true)
        if (try? AtomicFile.write(bytes, to: path)) != nil { added = 0 }
    }

    private static func load() -> [Key: String] {
        guard let data = FileManager.default.contents(atPath: path),
              String(validating: [UInt8](data), as: UTF8.self) != nil else { return [:] }
        var out: [Key: String] = [:]
        for line in [UInt8](data).split(separator: 0x0A) {
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard f.count == 3 else { continue }
            out[Key(id: Array(f[0]), text: Array(f[1]))] = String(decoding: f[2], as: UTF8.self)
        }
        return out
    }
}
