/// The typography of the edition's language, opt-in (`emend clean --typography`), because
/// a house style may differ and the rule changes text that is not wrong in itself:
///
/// - French: a no-break space (U+00A0) before « : ; ! ? » and inside « », and straight
///   double quotes become « » with no-break spaces;
/// - German: straight double quotes become „ “;
/// - Russian: straight double quotes become « ».
///
/// The conventions are data here: one ``Convention`` per language. Quotes are paired
/// within a paragraph; an odd quote leaves the paragraph alone.
public struct LocaleTypographyRule: Rule {
    public static let description = RuleDescription(
        identifier: "typography.locale",
        name: "Locale typography (opt-in)",
        summary: "Quotes and spacing follow the edition language's typography: « » in French and Russian, „ “ in German, no-break spaces before French high punctuation.",
        category: .punctuation,
        nonTriggeringExamples: [
            "Il a dit\u{00A0}: « Non\u{00A0}! »",
            "He said: \"No!\"",
        ],
        triggeringExamples: [
            RuleExample("Il a dit : \"Non\".", "Il a dit\u{00A0}: «\u{00A0}Non\u{00A0}».", language: "fr"),
            RuleExample("Er sagte: \"Nein\".", "Er sagte: „Nein“.", language: "de"),
            RuleExample("Он сказал: \"Нет\".", "Он сказал: «Нет».", language: "ru"),
        ])

    /// One language's conventions.
    struct Convention {
        var open: String
        var close: String
        /// The space before « : ; ! ? » (French), if any.
        var highSpace: Character?
    }

    static let conventions: [String: Convention] = [
        "fr": Convention(open: "«\u{00A0}", close: "\u{00A0}»", highSpace: "\u{00A0}"),
        "de": Convention(open: "„", close: "“", highSpace: nil),
        "ru": Convention(open: "«", close: "»", highSpace: nil),
    ]

    public static let languages: Set<String>? = ["fr", "de", "ru"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard let convention = Self.conventions[document.language] else { return findings }
        let bytes = document.bytes
        let id = Self.description.identifier
        func propose(_ range: Range<Int>, _ text: String, _ why: String) {
            findings.edits.append(Proposal(range: range, replacement: text, rule: id, category: .punctuation, reason: why))
        }
        // Straight double quotes, paired per paragraph.
        var lineStart = 0
        for end in (bytes.indices.filter { bytes[$0] == 0x0A } + [bytes.count]) {
            let quotes = (lineStart..<end).filter { bytes[$0] == 0x22 }
            if !quotes.isEmpty, quotes.count % 2 == 0 {
                for (k, q) in quotes.enumerated() {
                    let opening = k % 2 == 0
                    var range = q..<(q + 1)
                    // French: the quote's inner space is replaced by the no-break space.
                    if opening, q + 1 < end, bytes[q + 1] == 0x20 { range = q..<(q + 2) }
                    if !opening, q > lineStart, bytes[q - 1] == 0x20 { range = (q - 1)..<(q + 1) }
                    propose(range, opening ? convention.open : convention.close,
                            "\(document.language) quotes are \(convention.open.filter { $0 != "\u{00A0}" })…\(convention.close.filter { $0 != "\u{00A0}" })")
                }
            }
            lineStart = end + 1
        }
        // French high punctuation: "mot :" or "mot:" → "mot\u{00A0}:", after a letter or a
        // closing quote, and followed by a space or the end of a line (not "10:30", URLs).
        if let space = convention.highSpace {
            let scalars = Array(document.text.unicodeScalars)
            var offset = 0
            var offsets: [Int] = []
            for u in scalars { offsets.append(offset); offset += u.utf8.count }
            for (i, u) in scalars.enumerated() where ":;!?".unicodeScalars.contains(u) && i >= 1 {
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                guard next == " " || next == "\n" || next == "\"" else { continue }
                let prev = scalars[i - 1]
                let why = "French puts a no-break space before '\(u)'"
                if prev == " ", i >= 2, scalars[i - 2].properties.isAlphabetic || scalars[i - 2] == "»" {
                    propose(offsets[i - 1]..<(offsets[i] + 1), "\(space)\(u)", why)
                } else if prev.properties.isAlphabetic || prev == "»" {
                    propose(offsets[i]..<(offsets[i] + 1), "\(space)\(u)", why)
                }
            }
        }
        return findings
    }
}
