import Foundation

/// ISO 3166-1 country names and their two-letter codes, from Debian's `iso-codes`
/// (LGPL 2.1, read where the package installs it). ISO writes some names inverted or with a
/// qualifier ("Congo, The Democratic Republic of the", "Holy See (Vatican City State)");
/// each name is also taken in natural order and without the qualifier, so that a country
/// entry whose English name CLDR spells otherwise still finds its region code
/// (``CLDRTerritories/codes(of:)``).
public enum ISOCountryCodes {
    public static let path = "/usr/share/iso-codes/json/iso_3166-1.json"
    /// Folded name → code; empty without the package.
    public static let shared: [String: String] = load()

    static func load(path: String = path) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return codes(json: data)
    }

    static func codes(json data: Data) -> [String: String] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["3166-1"] as? [[String: String]] else { return [:] }
        var out: [String: String] = [:]
        for country in list {
            guard let code = country["alpha_2"] else { continue }
            for field in ["name", "official_name", "common_name"] {
                guard let name = country[field] else { continue }
                for form in forms(of: name) { out[Fold.phraseKey(form)] = code }
            }
        }
        return out
    }

    /// A name as written, without a parenthesized qualifier, and inverted back ("Congo, The
    /// Democratic Republic of the" → "Democratic Republic of the Congo"); a leading "the" goes.
    static func forms(of name: String) -> [String] {
        var base = name
        if let open = base.firstIndex(of: "(") { base = base[..<open].trimmingCharacters(in: .whitespaces) }
        var out = [name, base]
        if let comma = base.range(of: ", ") {
            out.append(base[comma.upperBound...] + " " + base[..<comma.lowerBound])
        }
        return out.map { $0.hasPrefix("the ") || $0.hasPrefix("The ") ? String($0.dropFirst(4)) : $0 }
    }
}
