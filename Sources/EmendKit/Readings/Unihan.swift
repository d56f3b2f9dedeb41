import Foundation

/// Unicode's Unihan readings as Debian's `unicode-data` installs them
/// (`/usr/share/unicode/Unihan_Readings.txt.bz2`, bzip2-compressed; Unicode licence).
enum Unihan {
    static let readingsPath = "/usr/share/unicode/Unihan_Readings.txt.bz2"

    /// The decompressed text of a bzip2 file; nil when it is missing or bzip2 fails.
    static func decompressed(_ path: String) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/bzip2")
        p.arguments = ["-dc", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Each character's toneless Mandarin readings (`kMandarin`), the most usual first:
    /// 倍 → ["bei"], 行 → ["xing", "hang"].
    static func mandarin(_ text: String) -> [Character: [String]] {
        var out: [Character: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("U+") {
            let f = line.split(separator: "\t", maxSplits: 2)
            guard f.count == 3, f[1] == "kMandarin", let scalar = codePoint(f[0]) else { continue }
            out[Character(scalar)] = f[2].split(separator: " ").map { Fold.key(String($0)) }
        }
        return out
    }

    /// "U+5B89" → the scalar.
    static func codePoint(_ field: Substring) -> Unicode.Scalar? {
        UInt32(field.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    }

    /// A table Emend derived from installed files, cached in its cache folder under a name
    /// that carries a hash of the files' paths, sizes and times, so a new package version
    /// builds it anew. `build` runs
    /// only when no cache of these very files exists; an unwritable folder only costs the
    /// next run the same work.
    static func cached(_ name: String, sources: [String], header: String, cacheDirectory: String?,
                       build: () -> String?) -> String? {
        // The files' paths, sizes and modification times name the cache: reading and hashing
        // 30 MB of package data on every run would cost more than the table saves.
        var h: UInt64 = 0
        for path in sources {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return nil }
            h = h &* 31 &+ BulkIndex.hash(Array("\(path)\t\(size)\t\(modified.timeIntervalSince1970)".utf8))
        }
        let cache = cacheDirectory.map { $0 + "/\(name)-" + String(h, radix: 16) + ".tsv" }
        if let cache, let data = FileManager.default.contents(atPath: cache) {
            let text = String(decoding: data, as: UTF8.self)
            if text.hasPrefix(header + "\n") { return text }
        }
        guard let text = build() else { return nil }
        let full = header + "\n" + text
        if let cache, let dir = cacheDirectory {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? AtomicFile.write(Array(full.utf8), to: cache)
        }
        return full
    }
}
