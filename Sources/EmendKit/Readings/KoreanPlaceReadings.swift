import Foundation

/// Korean place names by the Mandarin reading of their hanja: 龍山 (용산, Yongsan) is
/// "longshan", which MT writes for 龙山区 ("Longshan District").
///
/// The places are the hanja dictionary of Debian's `libhangul-data` (BSD licence), read where
/// the package installs it: its entries tagged 지명 (place name), each without its
/// administrative suffix (洞 dong, 面 myeon, 邑 eup, 區 gu, 郡 gun, 市 si, 道 do, 里 ri,
/// 廣域市 metropolitan city…), with their hangul. The Mandarin reading of each character is
/// Unihan's first `kMandarin` reading; the name is romanized syllable by syllable in the
/// Revised Romanization (``KoreanRomanization``), which misses the sound changes of a few
/// names (종로 comes out "Jongro", not Jongno). The table is built on first use and kept in
/// the cache (``Unihan/cached(_:sources:header:cacheDirectory:build:)``).
public final class KoreanPlaceReadings: Sendable {
    public static let path = "/usr/share/libhangul/hanja/hanja.txt"
    public static let shared: KoreanPlaceReadings? = load()

    /// One place: its hanja and hangul without the suffix, and its romanization.
    public struct Place: Sendable, Equatable {
        public let hanja: String, hangul: String, romanized: String
    }

    /// Folded pinyin ("longshan") → the places that read so.
    public let byPinyin: [String: [Place]]

    init(byPinyin: [String: [Place]]) { self.byPinyin = byPinyin }

    /// Administrative suffixes in hanja and hangul, the longest first.
    static let suffixes: [(hanja: String, hangul: String)] = [
        ("特別自治市", "특별자치시"), ("特別自治道", "특별자치도"), ("廣域市", "광역시"), ("特別市", "특별시"),
        ("洞", "동"), ("面", "면"), ("邑", "읍"), ("區", "구"), ("郡", "군"), ("市", "시"), ("道", "도"), ("里", "리"),
    ]

    static let cacheHeader = "# emend: Korean place names by their Mandarin reading, from libhangul-data and Unihan (pinyin, hanja, hangul, romanized)"

    static func load(hanja: String = path, unihan: String = Unihan.readingsPath,
                     cacheDirectory: String? = BulkIndex.cacheDirectory) -> KoreanPlaceReadings? {
        let text = Unihan.cached("korean-places", sources: [hanja, unihan], header: cacheHeader, cacheDirectory: cacheDirectory) {
            guard let data = FileManager.default.contents(atPath: hanja), let readings = Unihan.decompressed(unihan) else { return nil }
            return build(hanjaText: String(decoding: data, as: UTF8.self), mandarin: Unihan.mandarin(readings))
        }
        return text.map(fromCache)
    }

    /// The cache text: one place a line, pinyin, hanja, hangul and romanization tab-separated.
    static func build(hanjaText: String, mandarin: [Character: [String]]) -> String {
        var seen = Set<String>()
        var out: [String] = []
        for line in hanjaText.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: ":", omittingEmptySubsequences: false)
            guard f.count == 3, f[2] == "지명" else { continue }
            var hangul = String(f[0]), hanja = String(f[1])
            guard let s = suffixes.first(where: { hanja.hasSuffix($0.hanja) && hangul.hasSuffix($0.hangul) }) else { continue }
            hanja.removeLast(s.hanja.count)
            hangul.removeLast(s.hangul.count)
            guard (2...3).contains(hanja.count), hanja.count == hangul.count, seen.insert(hanja).inserted else { continue }
            let pinyin = hanja.compactMap { mandarin[$0]?.first }
            let syllables = hangul.compactMap(KoreanRomanization.syllable)
            guard pinyin.count == hanja.count, syllables.count == hangul.count else { continue }
            out.append("\(pinyin.joined())\t\(hanja)\t\(hangul)\t\(Derivation.capitalized(syllables.joined()))")
        }
        return out.joined(separator: "\n")
    }

    static func fromCache(_ text: String) -> KoreanPlaceReadings {
        var by: [String: [Place]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4 else { continue }
            by[String(f[0]), default: []].append(Place(hanja: String(f[1]), hangul: String(f[2]), romanized: String(f[3])))
        }
        return KoreanPlaceReadings(byPinyin: by)
    }
}
