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
        ],
        triggeringExamples: [
            RuleExample("Russia‚Äôs decision", "Russia’s decision"),
            RuleExample("Russiaâ€™s decision", "Russia’s decision"),
            RuleExample("said that TÃ¼rkiye has", "said that Türkiye has"),
            RuleExample("develop ‚Äúgood-neighbourly relations‚Äù on", "develop “good-neighbourly relations” on"),
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
        var i = 0
        while i < scalars.count {
            guard scalars[i].value >= 0x80 else { i += 1; continue }
            var j = i
            while j < scalars.count && scalars[j].value >= 0x80 { j += 1 }
            if j - i >= 2 { repair(scalars, i..<j, offsets, into: &findings) }
            i = j
        }
        return findings
    }

    private func repair(_ scalars: [Unicode.Scalar], _ run: Range<Int>, _ offsets: [Int], into findings: inout RuleFindings) {
        for charset in Self.charsets {
            let bytes = run.map { Self.byte(scalars[$0], charset) }
            var k = 0
            var repaired = false
            while k < bytes.count {
                guard let lead = bytes[k], let length = Self.sequenceLength(lead), k + length <= bytes.count else { k += 1; continue }
                let seq = bytes[k..<(k + length)]
                guard seq.allSatisfy({ $0 != nil }), let decoded = String(validating: seq.map { $0! }, as: UTF8.self),
                      let scalar = decoded.unicodeScalars.first, Self.plausible(scalar) else { k += 1; continue }
                let start = offsets[run.lowerBound + k], end = offsets[run.lowerBound + k + length]
                findings.edits.append(Proposal(range: start..<end, replacement: decoded, rule: Self.description.identifier,
                                               category: .mojibake,
                                               reason: "UTF-8 for '\(decoded)' had been decoded as \(charset == "macintosh" ? "Mac Roman" : "Windows-1252")"))
                repaired = true
                k += length
            }
            if repaired { return }
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
