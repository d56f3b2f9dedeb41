import Foundation

/// Japanese people's names as Mandarin reads their kanji, from ENAMDICT (the EDRDG's
/// Japanese proper-name dictionary, Debian's `enamdict`, `/usr/share/edict/enamdict`, EUC-JP)
/// and Unihan's Mandarin readings: Chinese media write a Japanese name with its own kanji
/// (安倍晋三), and MT leaves their pinyin ("Anbei Jinsan"), which this table takes back to the
/// name as English news writes it ("Shinzo Abe").
///
/// From ENAMDICT's 53,000 full names of notable people (tag h): the surname is the longest
/// kanji prefix that ENAMDICT lists as a surname (tag s) with a reading the full reading
/// starts with; the given name is the rest. Both readings are romanized as English-language
/// news does (Hepburn without macrons: おう, おお, うう shortened; ん without apostrophe).
/// A name whose own gloss is not that romanization (習近平, "Xi Jinping"; 李登輝, "Lee
/// Teng-hui") is a Chinese or Korean person read in Japanese, and is left out.
///
/// Read when a rule first needs it and cached in Emend's cache folder by the installed files'
/// hash (ENAMDICT is 26 MB); nil when either package is not installed.
public final class JapaneseNameReadings: Sendable {
    public static let path = "/usr/share/edict/enamdict"
    public static let shared: JapaneseNameReadings? = load()

    /// A notable Japanese person's name.
    public struct Name: Sendable, Equatable {
        /// Surname and given name in kanji, as ENAMDICT writes them.
        public let surname: String, given: String
        /// The name as English news writes it, given name first ("Shinzo Abe").
        public let english: String
        /// The Mandarin readings MT leaves, surname first ("Anbei Jinsan").
        public let pinyin: String
    }

    /// Folded "surname given" pinyin ("anbei jinsan") → the names that read so.
    public let byPinyin: [String: [Name]]
    /// The keys of ``byPinyin`` by their surname's pinyin, and by their given name's
    /// ("anbei" → ["anbei jinsan", ...]): ``probable(surname:given:limit:)`` reads only the
    /// names that share a part with the pair asked for, not all 45,000.
    private let keysBySurname: [Substring: [String]], keysByGiven: [Substring: [String]]

    init(byPinyin: [String: [Name]]) {
        self.byPinyin = byPinyin
        var bySurname: [Substring: [String]] = [:], byGiven: [Substring: [String]] = [:]
        for key in byPinyin.keys {
            // The keys are folded "surname given".
            guard let space = key.firstIndex(of: " ") else { continue }
            bySurname[key[..<space], default: []].append(key)
            byGiven[key[key.index(after: space)...], default: []].append(key)
        }
        keysBySurname = bySurname
        keysByGiven = byGiven
    }

    /// A surname or a given name as the notable people's names use it: its kanji, its
    /// romanization, and how many of those names have it.
    public struct Part: Sendable, Equatable {
        public let kanji: String, romanized: String, count: Int
    }

    /// The probable names of a pinyin surname and given name that no notable person bears
    /// ("Shancun Hao" → 山村 Yamamura + 浩 Hiroshi): each part as the notable people's names
    /// read it, the commonest reading first; at most `limit` names, surname and given name
    /// each read at least twice among them, and a surname of two or more kanji (one kanji
    /// is the shape of a Chinese surname). Asked only for a pair that no full name reads as,
    /// in an article about Japan.
    public func probable(surname: String, given: String, limit: Int = 3) -> [(english: String, kanji: String)] {
        let sKey = Fold.key(surname), gKey = Fold.key(given)
        // Each part's kanji and romanization ("山村\tYamamura"), counted over the names of `keys`.
        func counts(_ keys: [String], _ part: (Name, _ words: [Substring]) -> String) -> [String: Int] {
            var out: [String: Int] = [:]
            for key in keys {
                for n in byPinyin[key, default: []] {
                    let words = n.english.split(separator: " ")
                    if words.count == 2 { out[part(n, words), default: 0] += 1 }
                }
            }
            return out
        }
        let sCounts = counts(keysBySurname[sKey[...], default: []]) { n, words in n.surname + "\t" + words[1] }
        let gCounts = counts(keysByGiven[gKey[...], default: []]) { n, words in n.given + "\t" + words[0] }
        func ranked(_ counts: [String: Int]) -> [Part] {
            counts.filter { $0.value >= 2 }.map { key, count in
                let f = key.split(separator: "\t")
                return Part(kanji: String(f[0]), romanized: String(f[1]), count: count)
            }.sorted { ($0.count, $1.romanized) > ($1.count, $0.romanized) }
        }
        let ss = ranked(sCounts).filter { $0.kanji.count >= 2 }, gs = ranked(gCounts)
        guard !ss.isEmpty, !gs.isEmpty else { return [] }
        var out: [(english: String, kanji: String, weight: Int)] = []
        for sp in ss.prefix(limit) {
            for gp in gs.prefix(limit) { out.append((gp.romanized + " " + sp.romanized, sp.kanji + gp.kanji, sp.count * gp.count)) }
        }
        return out.sorted { $0.weight > $1.weight }.prefix(limit).map { ($0.english, $0.kanji) }
    }

    /// The names a pinyin surname and given name may be ("Anbei", "Jinsan" → 安倍晋三).
    public func names(surname: String, given: String) -> [Name] {
        byPinyin[Fold.key(surname) + " " + Fold.key(given)] ?? []
    }

    static let cacheHeader = "# emend: Japanese names by their Mandarin reading, from ENAMDICT and Unihan (pinyin, surname, given, English)"

    static func load(enamdict: String = path, unihan: String = Unihan.readingsPath,
                     cacheDirectory: String? = BulkIndex.cacheDirectory) -> JapaneseNameReadings? {
        let text = Unihan.cached("japanese-names", sources: [enamdict, unihan], header: cacheHeader, cacheDirectory: cacheDirectory) {
            guard let data = FileManager.default.contents(atPath: enamdict),
                  let readings = Unihan.decompressed(unihan) else { return nil }
            // EUC-JP, decoded a line at a time: a line ICU cannot decode is skipped.
            let names = data.split(separator: UInt8(ascii: "\n")).compactMap { try? ICU.decode(Array($0), charset: "EUC-JP") }
                .joined(separator: "\n")
            return build(enamdict: names, mandarin: Unihan.mandarin(readings))
        }
        return text.map(fromCache)
    }

    /// The table from its cache text: one name a line, tab-separated.
    static func fromCache(_ text: String) -> JapaneseNameReadings {
        var by: [String: [Name]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4 else { continue }
            let pinyin = String(f[0])
            by[Fold.key(pinyin), default: []].append(Name(surname: String(f[1]), given: String(f[2]), english: String(f[3]), pinyin: pinyin))
        }
        return JapaneseNameReadings(byPinyin: by)
    }

    /// One entry of ENAMDICT: `KANJI [KANA] /(tags) gloss/…/`.
    struct Line {
        let kanji: Substring, kana: Substring, tags: [Substring], gloss: Substring

        init?(_ line: Substring) {
            guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]"), open < close,
                  let slash = line[close...].firstIndex(of: "/") else { return nil }
            kanji = line[..<open].dropLast()
            kana = line[line.index(after: open)..<close]
            let rest = line[line.index(after: slash)...]
            guard rest.hasPrefix("("), let end = rest.firstIndex(of: ")") else { return nil }
            tags = rest[rest.index(after: rest.startIndex)..<end].split(separator: ",")
            gloss = rest[rest.index(after: end)...].prefix { $0 != "/" && $0 != "(" }
        }
    }

    /// The cache text (without header) of every full name ENAMDICT lists.
    static func build(enamdict: String, mandarin: [Character: [String]]) -> String {
        var surnames: [Substring: [Substring]] = [:]
        var people: [Line] = []
        for raw in enamdict.split(separator: "\n") {
            guard let line = Line(raw) else { continue }
            if line.tags.contains("s") { surnames[line.kanji, default: []].append(line.kana) }
            if line.tags.contains("h"), (2...6).contains(line.kanji.count) { people.append(line) }
        }
        guard let hiragana = try? ICU.Transliterator(id: "Hiragana-Latin") else { return "" }
        var out: [String] = []
        for person in people {
            // The longest surname prefix whose reading starts the full reading.
            var found: (Substring, Substring, String, String)?
            for k in stride(from: min(4, person.kanji.count - 1), through: 1, by: -1) {
                let s = person.kanji.prefix(k), g = person.kanji.dropFirst(k)
                guard let readings = surnames[s] else { continue }
                for r in readings where person.kana.hasPrefix(r) && person.kana.count > r.count {
                    guard let sr = try? hiragana(String(r)), let gr = try? hiragana(String(person.kana.dropFirst(r.count))) else { continue }
                    found = (s, g, sr, gr)
                    break
                }
                if found != nil { break }
            }
            guard let (s, g, sr, gr) = found else { continue }
            let surname = newsRomanization(sr), given = newsRomanization(gr)
            // The gloss must be this Japanese reading, in either order (else it is a foreign
            // name read in Japanese).
            let gloss = letters(newsRomanization(Fold.key(String(person.gloss))))
            guard gloss == letters(surname + given) || gloss == letters(given + surname) else { continue }
            guard let sp = pinyin(s, mandarin), let gp = pinyin(g, mandarin) else { continue }
            out.append([sp + " " + gp, String(s), String(g),
                        Derivation.capitalized(given) + " " + Derivation.capitalized(surname)].joined(separator: "\t"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Kanji → joined pinyin, capitalized ("安倍" → "Anbei"); nil when a character has no
    /// Mandarin reading.
    static func pinyin(_ kanji: Substring, _ mandarin: [Character: [String]]) -> String? {
        var out = ""
        for c in kanji {
            guard let r = mandarin[c]?.first else { return nil }
            out += r
        }
        return Derivation.capitalized(out.replacingOccurrences(of: "ü", with: "u"))
    }

    /// Wāpuro romaji as English-language news writes Japanese names: long vowels shortened
    /// ("shinzou" → "shinzo", "yuuko" → "yuko", "oono" → "ono", but "inoue" keeps its u
    /// before e), no apostrophes, no macrons ("shinzō" → "shinzo").
    static func newsRomanization(_ romaji: String) -> String {
        let plain = Array(Fold.key(romaji).filter { $0 != "'" && $0 != "-" })
        var out: [Character] = []
        var i = 0
        while i < plain.count {
            let c = plain[i]
            out.append(c)
            if (c == "o" || c == "u"), i + 1 < plain.count,
               plain[i + 1] == "u" || (c == "o" && plain[i + 1] == "o"),
               !(i + 2 < plain.count && plain[i + 2] == "e") {
                i += 2
                continue
            }
            i += 1
        }
        return String(out)
    }

    static func letters(_ s: String) -> String { String(s.filter(\.isLetter)) }
}
