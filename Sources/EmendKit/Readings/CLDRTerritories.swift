import Foundation

/// Country and territory names from the Unicode CLDR locale data that Debian's
/// `unicode-cldr-core` installs (Unicode licence), read where the package puts them and kept
/// in the cache (``Unihan/cached(_:sources:header:cacheDirectory:build:)``).
///
/// The dictionaries' own country names came from CLDR; the package adds the forms CLDR lists
/// beside its main one ("Czech Republic" beside "Czechia", "République tchèque" beside
/// "Tchéquie", "Birmanie" in "Myanmar (Birmanie)"), which careful outlets write too, and lets
/// `emend dict check` say where an entry's name and CLDR's differ. Without the package the
/// dictionaries work as before.
public struct CLDRTerritories: Sendable {
    public static let directory = "/usr/share/unicode/cldr/common/main"
    /// The languages read: English to find each country entry's region code, then every
    /// edition language and Chinese.
    public static let languages = ["en", "fr", "de", "es", "ru", "zh"]
    public static let shared: CLDRTerritories? = load()

    /// Region code ("CZ") → language → names, CLDR's main name first.
    public let names: [String: [String: [String]]]

    static let cacheHeader = "# emend: CLDR territory names (region, language, name), from unicode-cldr-core; & as the language's and, names of one region only"

    static func load(directory: String = directory, cacheDirectory: String? = BulkIndex.cacheDirectory) -> CLDRTerritories? {
        let paths = languages.map { "\(directory)/\($0).xml" }
        guard paths.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else { return nil }
        let text = Unihan.cached("cldr-territories", sources: paths, header: cacheHeader, cacheDirectory: cacheDirectory) {
            var out: [String] = []
            for (language, path) in zip(languages, paths) {
                guard let data = FileManager.default.contents(atPath: path) else { return nil }
                let found = territories(in: String(decoding: data, as: UTF8.self), and: conjunctions[language] ?? "and")
                // A name CLDR gives two regions ("Congo" in "Congo (RDC)" and "Congo (Rép.)") names neither.
                var regions: [String: Set<String>] = [:]
                for (code, name) in found { regions[name, default: []].insert(code) }
                for (code, name) in found where regions[name]?.count == 1 { out.append("\(code)\t\(language)\t\(name)") }
            }
            return out.joined(separator: "\n")
        }
        guard let text else { return nil }
        var names: [String: [String: [String]]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 3 else { continue }
            names[String(f[0]), default: [:]][String(f[1]), default: []].append(String(f[2]))
        }
        return CLDRTerritories(names: names)
    }

    /// The word for "and" that a name's "&" stands for ("Trinidad & Tobago").
    static let conjunctions = ["en": "and", "fr": "et", "de": "und", "es": "y", "ru": "и", "zh": "和"]

    /// The two-letter territories of one CLDR locale file with their names, in file order
    /// (the main name before its `alt` forms). A parenthesized part is a name of its own
    /// ("Myanmar (Birmanie)"); " & " is written as the language's "and"; names with a dash or
    /// "SAR" (CLDR's disambiguations, "Congo - Kinshasa") and names in capitals ("UK", "US")
    /// are left out.
    static func territories(in xml: String, and conjunction: String = "and") -> [(String, String)] {
        var out: [(String, String)] = []
        for line in xml.split(separator: "\n") {
            guard let start = line.range(of: "<territory type=\""), let close = line.range(of: "</territory>") else { continue }
            let code = line[start.upperBound...].prefix { $0 != "\"" }
            guard code.count == 2, code.allSatisfy(\.isUppercase),
                  let gt = line[start.upperBound..<close.lowerBound].firstIndex(of: ">") else { continue }
            let raw = String(line[line.index(after: gt)..<close.lowerBound])
                .replacingOccurrences(of: " &amp; ", with: " \(conjunction) ").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "’", with: "'")
                .filter { !"\u{200B}\u{200C}\u{200D}\u{FEFF}".contains($0) }
            var parts = [raw]
            if let open = raw.firstIndex(of: "("), raw.hasSuffix(")") {
                let main = raw[..<open].trimmingCharacters(in: .whitespaces)
                let inner = raw[raw.index(after: open)..<raw.index(before: raw.endIndex)].trimmingCharacters(in: .whitespaces)
                parts = [main, inner]
            }
            for p in parts where !p.isEmpty && !p.contains(" - ") && !p.contains("&") && !p.contains("SAR")
                && !p.contains("(") && !(p.count <= 3 && p.allSatisfy { !$0.isLowercase }) {
                out.append((String(code), p))
            }
        }
        return out
    }

    /// Each country entry's region code, found by its English name or an alias among CLDR's
    /// English names, else among ISO 3166-1's (`iso-codes`, ``ISOCountryCodes``) (entry
    /// index → code).
    public func codes(of entries: [Entry], iso: [String: String] = ISOCountryCodes.shared) -> [Int: String] {
        var byName: [String: Set<String>] = [:]
        for (code, languages) in names {
            for n in languages["en"] ?? [] { byName[Fold.phraseKey(n), default: []].insert(code) }
        }
        var out: [Int: String] = [:]
        for (i, e) in entries.enumerated() where e.kind == .country {
            for n in [e.name["en"]].compactMap({ $0 }) + e.aliases {
                let key = Fold.phraseKey(n)
                if let codes = byName[key], codes.count == 1, let code = codes.first {
                    out[i] = code
                    break
                }
                if let code = iso[key], names[code] != nil {
                    out[i] = code
                    break
                }
            }
        }
        return out
    }
}
