import Foundation

/// The compiled cache: the index's arrays written as they are in memory, behind a header
/// that names the format version and the fingerprint of the TSV it was built from.
extension BulkIndex {
    /// Bumped whenever what a build puts in the index changes, so a cache made by another
    /// version of Emend is never used (2: canonical names are paths of their own).
    static let formatVersion: UInt64 = 2
    static let magic = Array("EMENDIX".utf8) + [UInt8(formatVersion)]

    /// The cache key of a TSV: its content and the index format.
    public static func cacheKey(_ bytes: [UInt8]) -> UInt64 { hash(bytes) ^ (formatVersion &* 0x9E37_79B9_7F4A_7C15) }

    /// Writes the index atomically to `path`.
    public func save(to path: String) throws(IOFailure) {
        var out = Self.magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        func put<T: FixedWidthInteger>(_ a: [T]) {
            put(UInt64(a.count))
            a.withUnsafeBytes { out += $0 }
        }
        put(fingerprint)
        put(UInt64(conflicts))
        put(blob); put(tokenOffset); put(tokenLength); put(tokenHash); put(tokenSlots)
        put(edgeFrom); put(edgeToken); put(edgeTo); put(edgeSlots)
        put(nodeTarget); put(targetOffset); put(targetLength); put(targetKind)
        try AtomicFile.write(out, to: path)
    }

    /// Loads a cache written by ``save(to:)``; nil when the file is missing, of another
    /// version, built from other data (`fingerprint`), or damaged.
    public static func load(from path: String, fingerprint: UInt64) -> BulkIndex? {
        guard let data = FileManager.default.contents(atPath: path), data.count > 24 else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> BulkIndex? in
            guard Array(raw[0..<8]) == magic else { return nil }
            var at = 8
            func get<T: FixedWidthInteger>(_: T.Type) -> T? {
                guard at + MemoryLayout<T>.size <= raw.count else { return nil }
                let v = raw.loadUnaligned(fromByteOffset: at, as: T.self)
                at += MemoryLayout<T>.size
                return T(littleEndian: v)
            }
            func array<T: FixedWidthInteger>(_: T.Type) -> [T]? {
                guard let n = get(UInt64.self), n < UInt64(raw.count) else { return nil }
                let bytes = Int(n) * MemoryLayout<T>.stride
                guard at + bytes <= raw.count else { return nil }
                let out = [T](unsafeUninitializedCapacity: Int(n)) { buffer, count in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + bytes)]))
                    count = Int(n)
                }
                at += bytes
                return out
            }
            guard get(UInt64.self) == fingerprint, let conflicts = get(UInt64.self) else { return nil }
            let index = BulkIndex()
            index.fingerprint = fingerprint
            index.conflicts = Int(conflicts)
            guard let blob = array(UInt8.self), let to = array(Int32.self), let tl = array(Int32.self), let th = array(UInt64.self),
                  let ts = array(Int32.self), let ef = array(Int32.self), let et = array(Int32.self), let eo = array(Int32.self),
                  let es = array(Int32.self), let nt = array(Int32.self), let tgo = array(Int32.self), let tgl = array(Int32.self),
                  let tgk = array(UInt8.self), at == raw.count else { return nil }
            index.blob = blob; index.tokenOffset = to; index.tokenLength = tl; index.tokenHash = th; index.tokenSlots = ts
            index.edgeFrom = ef; index.edgeToken = et; index.edgeTo = eo; index.edgeSlots = es
            index.nodeTarget = nt; index.targetOffset = tgo; index.targetLength = tgl; index.targetKind = tgk
            return index
        }
    }

    /// Where compiled caches live: $EMEND_CACHE_DIR, else $XDG_CACHE_HOME/emend, else ~/.cache/emend.
    public static var cacheDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["EMEND_CACHE_DIR"] { return dir }
        if let xdg = env["XDG_CACHE_HOME"] { return xdg + "/emend" }
        return (env["HOME"] ?? NSTemporaryDirectory()) + "/.cache/emend"
    }

    /// True when a cache for these bytes exists in the cache folder.
    public static func hasCache(for bytes: [UInt8]) -> Bool {
        FileManager.default.fileExists(atPath: cacheDirectory + "/" + String(cacheKey(bytes), radix: 16) + ".emendix")
    }

    /// The index for a TSV file's bytes: from the cache when one matches, else built and
    /// cached (best effort: an unwritable cache folder only costs the next load).
    public static func compiled(tsv bytes: [UInt8], cacheDirectory: String? = BulkIndex.cacheDirectory) -> BulkIndex {
        let fingerprint = cacheKey(bytes)
        let name = String(fingerprint, radix: 16) + ".emendix"
        if let dir = cacheDirectory, let cached = load(from: dir + "/" + name, fingerprint: fingerprint) { return cached }
        let index = build(tsv: String(decoding: bytes, as: UTF8.self), fingerprint: fingerprint)
        if let dir = cacheDirectory {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? index.save(to: dir + "/" + name)
        }
        return index
    }
}
