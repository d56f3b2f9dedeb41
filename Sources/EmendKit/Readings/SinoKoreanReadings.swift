import Foundation

/// The Sino-Korean reading of each Mandarin syllable, from Unicode's Unihan database as
/// Debian's `unicode-data` installs it (`/usr/share/unicode/Unihan_Readings.txt.bz2`): for
/// every character with both a `kMandarin` and a `kHangul` reading, the hangul is counted
/// under the toneless syllable, name hanja (tag N) twice. The reading most characters of a
/// syllable share is the bridge's guess: "yun" → 운, "kui" → 규, "zai" → 재.
///
/// Read once, when a rule first needs it, and cached in Emend's cache folder by the
/// installed file's hash (decompressing and parsing Unihan costs most of a second); nil when
/// the package is not installed (then the readings of unknown Korean names are not
/// suggested, and `emend --version` says so).
public final class SinoKoreanReadings: Sendable {
    public static let path = Unihan.readingsPath
    public static let shared: SinoKoreanReadings? = load(path)

    /// Toneless pinyin syllable → its most frequent Sino-Korean reading.
    public let reading: [String: String]
    /// Every toneless Mandarin syllable, for splitting a joined given name.
    public let syllables: Set<String>

    init(reading: [String: String], syllables: Set<String>) {
        self.reading = reading
        self.syllables = syllables
    }

    /// The readings of the installed Unihan file: from the cache when one was made from
    /// these very bytes, else decompressed, parsed and cached (best effort: an unwritable
    /// cache folder only costs the next run the same work).
    static func load(_ path: String, cacheDirectory: String? = BulkIndex.cacheDirectory) -> SinoKoreanReadings? {
        let text = Unihan.cached("sino-korean", sources: [path], header: cacheHeader, cacheDirectory: cacheDirectory) {
            Unihan.decompressed(path).map { parse($0).cacheText }
        }
        return text.flatMap(fromCache)
    }

    static let cacheHeader = "# emend: Sino-Korean readings of Mandarin syllables, from Unihan (syllable, reading or nothing)"

    /// The table as the cache holds it: one syllable a line, its reading after a tab.
    var cacheText: String {
        (syllables.union(reading.keys).sorted().map { $0 + "\t" + (reading[$0] ?? "") }).joined(separator: "\n") + "\n"
    }

    /// The table from ``cacheText``; nil when the text is not such a cache.
    static func fromCache(_ text: String) -> SinoKoreanReadings? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        if lines.first.map(String.init) == cacheHeader { lines = lines.dropFirst() }
        var reading: [String: String] = [:]
        var syllables = Set<String>()
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 2 else { return nil }
            syllables.insert(String(f[0]))
            if !f[1].isEmpty { reading[String(f[0])] = String(f[1]) }
        }
        return SinoKoreanReadings(reading: reading, syllables: syllables)
    }

    /// Parses Unihan_Readings.txt.
    static func parse(_ text: String) -> SinoKoreanReadings {
        var mandarin: [Substring: [String]] = [:]
        var hangul: [Substring: [(String, Int)]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("U+") {
            let f = line.split(separator: "\t", maxSplits: 2)
            guard f.count == 3 else { continue }
            switch f[1] {
            case "kMandarin": mandarin[f[0]] = f[2].split(separator: " ").map { Fold.key(String($0)) }
            case "kHangul":
                hangul[f[0]] = f[2].split(separator: " ").compactMap { r in
                    let parts = r.split(separator: ":")
                    guard let h = parts.first else { return nil }
                    return (String(h), parts.count > 1 && parts[1].contains("N") ? 2 : 1)
                }
            default: continue
            }
        }
        var counts: [String: [String: Int]] = [:]
        var syllables = Set<String>()
        for (code, readings) in mandarin {
            syllables.formUnion(readings)
            guard let ks = hangul[code], let first = readings.first else { continue }
            for (h, w) in ks { counts[first, default: [:]][h, default: 0] += w }
        }
        let reading = counts.mapValues { c in c.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
        return SinoKoreanReadings(reading: reading, syllables: syllables)
    }

    /// A joined pinyin given name split into syllables ("yunkui" → ["yun", "kui"]): one or
    /// two syllables, as Korean given names have; the split with the longer first syllable wins.
    public func split(_ joined: String) -> [String]? {
        let w = Fold.key(joined)
        if syllables.contains(w) { return [w] }
        for k in stride(from: min(6, w.count - 1), through: 1, by: -1) {
            let a = String(w.prefix(k)), b = String(w.dropFirst(k))
            if syllables.contains(a), syllables.contains(b), !(b.first.map { "aeiou".contains($0) } ?? false) { return [a, b] }
        }
        return nil
    }
}
