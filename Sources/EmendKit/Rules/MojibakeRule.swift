/// Repairs UTF-8 that was decoded as Windows-1252 or Mac Roman ("Russiaâ€™s", "Russia‚Äôs").
///
/// Like ftfy, it re-encodes runs of non-ASCII characters in the suspected charset through
/// ICU's converters and keeps a repair only where the bytes form valid multi-byte UTF-8:
/// text that was never mis-decoded almost never does.
public struct MojibakeRule: Rule {
    public static let description = RuleDescription(
        identifier: "unicode.mojibake",
        name: "Mojibake",
        summary: "UTF-8 text that was decoded as Windows-1252 or Mac Roman is decoded again as UTF-8.",
        category: .mojibake,
        nonTriggeringExamples: [
            "Russia’s decision",
            "São Paulo and Zürich",
            "Ã is a letter in Portuguese",
            "“Türkiye”",
            "《丝路同行，友谊长青》",
            "Cet été, l’été fut chaud : «Ébauche», “à” et d’Ürümqi.",
            "the “Élysée” and the Paris—était",
            "Путин заявил, что переговоры в Ереване продолжатся.",
        ],
        triggeringExamples: [
            RuleExample("Russia‚Äôs decision", "Russia’s decision"),
            RuleExample("Russiaâ€™s decision", "Russia’s decision"),
            RuleExample("said that TÃ¼rkiye has", "said that Türkiye has"),
            RuleExample("develop ‚Äúgood-neighbourly relations‚Äù on", "develop “good-neighbourly relations” on"),
            RuleExample("President ÐŸÑƒÑ‚Ð¸Ð½ said", "President Путин said"),
        ])

    /// Charsets whose misreading of UTF-8 is repaired, in order of preference.
    static let charsets = ["windows-1252", "macintosh"]

    /// Mojibake is a byte-level accident: it is repaired in every language.
    public static var languages: Set<String>? { nil }

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let scalars = Array(document.text.unicodeScalars)
        var offsets: [Int] = []  // UTF-8 offset of each scalar
        offsets.reserveCapacity(scalars.count + 1)
        var o = 0
        for s in scalars { offsets.append(o); o += s.utf8.count }
        offsets.append(o)
        var candidates: [Candidate] = []
        var bytes = SingleBytes()
        var i = 0
        while i < scalars.count {
            guard scalars[i].value >= 0x80 else { i += 1; continue }
            var j = i
            while j < scalars.count && scalars[j].value >= 0x80 { j += 1 }
            if j - i >= 2 { candidates += Self.candidates(scalars, i..<j, &bytes) }
            i = j
        }
        // What is kept must read as text where it stands (see ``fitsContext(_:_:_:)``).
        var decodedAt: [Int: Candidate] = [:]
        for c in candidates { for k in c.source { decodedAt[k] = c } }
        for c in candidates where Self.fitsContext(c, scalars, decodedAt) {
            findings.edits.append(Proposal(range: offsets[c.source.lowerBound]..<offsets[c.source.upperBound],
                                           replacement: String(c.decoded), rule: Self.description.identifier,
                                           category: .mojibake,
                                           reason: "UTF-8 for '\(c.decoded)' had been decoded as \(c.charset == "macintosh" ? "Mac Roman" : "Windows-1252")"))
        }
        return findings
    }

    /// A sequence of scalars (indexes `source`) whose bytes in `charset` are the UTF-8 of `decoded`.
    struct Candidate {
        let source: Range<Int>
        let decoded: Unicode.Scalar
        let charset: String
    }

    /// The repairs of a run of non-ASCII scalars in the first charset that gives any.
    static func candidates(_ scalars: [Unicode.Scalar], _ run: Range<Int>, _ single: inout SingleBytes) -> [Candidate] {
        for (c, charset) in charsets.enumerated() {
            let bytes = run.map { single.byte(scalars[$0], charset: c) }
            var found: [Candidate] = []
            var k = 0
            while k < bytes.count {
                guard let lead = bytes[k], let length = sequenceLength(lead), k + length <= bytes.count else { k += 1; continue }
                let seq = bytes[k..<(k + length)]
                guard seq.allSatisfy({ $0 != nil }), let decoded = String(validating: seq.map { $0! }, as: UTF8.self),
                      let scalar = decoded.unicodeScalars.first, plausible(scalar) else { k += 1; continue }
                found.append(Candidate(source: (run.lowerBound + k)..<(run.lowerBound + k + length), decoded: scalar, charset: charset))
                k += length
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Whether a two-byte repair reads as text where it stands. Typographic quotes and
    /// dashes beside accented letters are often valid two-byte UTF-8 when read back as
    /// Mac Roman ("l’été": ’é → U+054E, an Armenian letter), so a letter that comes out of
    /// two bytes must be an ordinary one and share its script with the nearest letter on
    /// one side (the text around, or the other repairs read as repaired); no combining
    /// marks. Sequences of three and four bytes (‚Äô, CJK) do not arise by accident.
    static func fitsContext(_ c: Candidate, _ scalars: [Unicode.Scalar], _ decodedAt: [Int: Candidate]) -> Bool {
        let d = c.decoded
        guard d.value < 0x800 else { return true }
        let props = d.properties
        if [.nonspacingMark, .spacingMark, .enclosingMark].contains(props.generalCategory) { return false }
        guard props.isAlphabetic else { return true }
        // Latin Extended-B and IPA letters come from accidents, but for Romanian ș ț and ə.
        if (0x180...0x2FF).contains(d.value) && !(0x218...0x21B).contains(d.value) && d.value != 0x259 { return false }
        let own = ICU.scriptCode(of: d)
        // The script of the nearest letter from `start` going `step`, repairs read as repaired.
        func neighbour(from start: Int, step: Int) -> Int32? {
            var i = start
            var seen = 0
            while i >= 0 && i < scalars.count && seen < 32 {
                var scalar = scalars[i]
                if let other = decodedAt[i] {
                    scalar = other.decoded
                    i = step > 0 ? other.source.upperBound - 1 : other.source.lowerBound
                }
                if scalar.properties.isAlphabetic {
                    let script = ICU.scriptCode(of: scalar)
                    if script > 1 { return script }  // not Common (0) or Inherited (1)
                }
                i += step
                seen += 1
            }
            return nil
        }
        let before = neighbour(from: c.source.lowerBound - 1, step: -1)
        let after = neighbour(from: c.source.upperBound, step: 1)
        if before == nil && after == nil { return own == ICU.scriptCode(of: "a") }
        return before == own || after == own
    }

    /// ``byte(_:_:)`` for the charsets of ``charsets`` (by index), remembered for the scalars
    /// of one text: a Cyrillic or Greek text asks for its few dozen letters thousands of
    /// times, and each answer is an ICU converter opened.
    struct SingleBytes {
        private var known: [UInt64: UInt8?] = [:]

        mutating func byte(_ scalar: Unicode.Scalar, charset: Int) -> UInt8? {
            let key = UInt64(scalar.value) << 8 | UInt64(charset)
            if let b = known[key] { return b }
            let b = MojibakeRule.byte(scalar, MojibakeRule.charsets[charset])
            known[key] = b
            return b
        }
    }

    /// The byte `scalar` encodes to in `charset`, if it is one byte of 0x80 or more.
    static func byte(_ scalar: Unicode.Scalar, _ charset: String) -> UInt8? {
        guard let b = try? ICU.encode(String(scalar), charset: charset), b.count == 1, b[0] >= 0x80 else { return nil }
        return b[0]
    }

    static func sequenceLength(_ lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    /// A repaired character must be a printable, assigned, non-private character.
    static func plausible(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0xA0 else { return false }
        switch s.properties.generalCategory {
        case .control, .privateUse, .unassigned, .surrogate, .format: return false
        default: return true
        }
    }
}
