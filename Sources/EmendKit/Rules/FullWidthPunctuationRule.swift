/// Turns full-width CJK punctuation left inside Latin text into ASCII punctuation with
/// English spacing ("talks，which" → "talks, which"; "（SCO）" → " (SCO)").
///
/// The ASCII form comes from ICU's NFKC (，→ , and （ → (); the ideographic full stop and
/// comma, which NFKC keeps, map to ". " and ", ". A mark is Latin context when the nearest
/// letter on one side is Latin and the nearest on the other is not Han, kana or Hangul, so
/// a quoted Chinese title keeps its own punctuation.
public struct FullWidthPunctuationRule: Rule {
    public static let description = RuleDescription(
        identifier: "unicode.full-width-punctuation",
        name: "Full-width punctuation",
        summary: "Full-width CJK punctuation between Latin words becomes ASCII punctuation with English spacing.",
        category: .punctuation,
        nonTriggeringExamples: [
            "the exhibition (《丝路同行，友谊长青》) opened",
            "他说：“我们”。",
            "talks, which focused",
        ],
        triggeringExamples: [
            RuleExample("talks，which focused", "talks, which focused"),
            RuleExample("Il a précisé：« Les", "Il a précisé\u{00A0}: « Les", language: "fr"),
            RuleExample("заявил：«Конфликт", "заявил: «Конфликт", language: "ru"),
            RuleExample("and Qatar。He stressed", "and Qatar. He stressed"),
            RuleExample("said：“The", "said: “The"),
            RuleExample("the Shanghai Cooperation Organization（SCO）, which", "the Shanghai Cooperation Organization (SCO), which"),
            RuleExample("Workers’ Party（PKK） in Iraq", "Workers’ Party (PKK) in Iraq"),
            RuleExample("“free and fair”。However,", "“free and fair”. However,"),
        ])

    static let marks: Set<Unicode.Scalar> = ["，", "。", "：", "；", "！", "？", "（", "）", "、"]

    /// Every edition language: the marks are wrong in any alphabetic text.
    public static let languages: Set<String>? = nil

    public init() {}

    /// Whether `bytes` (valid UTF-8) hold one of the marks: each is three bytes starting
    /// E3 or EF, so the text is read as scalars only when one is there (CJK text
    /// without them, also E3…, is passed over at byte speed).
    static func containsMark(_ bytes: [UInt8]) -> Bool {
        var k = 0
        let n = bytes.count
        while k + 2 < n {
            let b = bytes[k]
            if b == 0xE3 || b == 0xEF {
                let value = UInt32(b & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
                if let scalar = Unicode.Scalar(value), marks.contains(scalar) { return true }
                k += 3
            } else {
                k += 1
            }
        }
        return false
    }

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        // Every mark is U+3001, U+3002 or U+FFxx: its UTF-8 starts with E3 or EF.
        guard Self.containsMark(document.bytes) else { return findings }
        let scalars = Array(document.text.unicodeScalars)
        var offset = 0
        var offsets: [Int] = []
        for s in scalars { offsets.append(offset); offset += s.utf8.count }
        let highSpace = document.language == "fr" ? Self.frenchHighPunctuationSpace(scalars) : nil
        for (i, s) in scalars.enumerated() where Self.marks.contains(s) {
            let left = Self.nearestLetterScript(scalars, from: i - 1, step: -1)
            let right = Self.nearestLetterScript(scalars, from: i + 1, step: 1)
            let cjk: Set<String> = ["Han", "Hiragana", "Katakana", "Hangul"]
            let alphabetic: Set<String> = ["Latin", "Cyrillic", "Greek"]
            guard alphabetic.contains(left ?? "") || alphabetic.contains(right ?? ""), !cjk.contains(left ?? ""), !cjk.contains(right ?? "") else { continue }
            let ascii: String
            switch s {
            case "。": ascii = "."
            case "、": ascii = ","
            default: ascii = (try? ICU.normalize(String(s), .nfkc)) ?? String(s)
            }
            let prev = i > 0 ? scalars[i - 1] : nil
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            var replacement = ascii
            if ascii == "(" {
                if let prev, !prev.properties.isWhitespace, !"([“‘\"'".unicodeScalars.contains(prev) { replacement = " (" }
            } else if ascii == ")" {
                if let next, next.properties.isAlphabetic || next.properties.numericType != nil { replacement = ") " }
            } else if let next, !next.properties.isWhitespace, !")]”’\"'.,;:!?".unicodeScalars.contains(next), !Self.marks.contains(next) {
                replacement = ascii + " "
            }
            // French puts a no-break space before high punctuation, as the article does.
            if let highSpace, ":;!?".contains(ascii), let prev, !prev.properties.isWhitespace {
                replacement = String(highSpace) + replacement
            }
            findings.edits.append(Proposal(range: offsets[i]..<(offsets[i] + s.utf8.count), replacement: replacement,
                                           rule: Self.description.identifier, category: .punctuation,
                                           reason: "full-width '\(s)' in \(document.language == "en" ? "English" : "alphabetic") text"))
        }
        return findings
    }

    /// The space a French article puts before « : ; ! ? » (no-break or narrow no-break),
    /// the one it uses most; a no-break space when it shows none.
    static func frenchHighPunctuationSpace(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var nbsp = 0, narrow = 0
        for i in 1..<max(1, scalars.count) where ":;!?»".unicodeScalars.contains(scalars[i]) {
            if scalars[i - 1] == "\u{00A0}" { nbsp += 1 } else if scalars[i - 1] == "\u{202F}" { narrow += 1 }
        }
        return narrow > nbsp ? "\u{202F}" : "\u{00A0}"
    }

    /// The script of the nearest letter in direction `step`, skipping everything else.
    static func nearestLetterScript(_ scalars: [Unicode.Scalar], from start: Int, step: Int) -> String? {
        var i = start
        while i >= 0 && i < scalars.count {
            if scalars[i].properties.isAlphabetic { return ICU.script(of: scalars[i]) }
            i += step
        }
        return nil
    }
}
