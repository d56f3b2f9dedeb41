/// Shows where a web page lost the space before a name: "a letter toWen Zaiyin" → "a letter to
/// Moon Jae-in", "aged 36Kim Jong Un" → "aged 36 Kim Jong Un", when the capitalized part
/// begins a name the dictionaries know or derive.
///
/// A misrendered name glued so is repaired in place, as the name rule would repair it alone
/// ("toWen Zaiyin" → "toMoon Jae-in"), and the space is then shown.
///
/// The space is a suggestion, not an edit: annotators of real MT pages keep such page debris as it is and
/// repair the name alone, so an inserted space would count as a change nobody asked for.
///
/// The left part must be an English word or a number; a word the spelling list knows
/// whole ("iPhone", "eBay", "McDonald") and a run of capitals ("macOS") are left alone.
public struct GluedNameRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.glued",
        name: "Space lost before a name",
        summary: "A lower-case word or a number glued to a following known name gets its space back.",
        category: .punctuation,
        nonTriggeringExamples: [
            "She bought an iPhone and used eBay.",
            "The update to macOS arrived.",
            "He met Putin in Moscow.",
            "The toYota brand is not a name the dictionaries know.",
        ],
        triggeringExamples: [
            .suggestion("He was named asPutin's envoy."),
            .suggestion("Talks began inMoscow on Monday."),
            .suggestion("a letter sent toMoon Jae-in yesterday"),
            RuleExample("South Korea's president wrote toWen Zaiyin yesterday.", "South Korea's president wrote toMoon Jae-in yesterday."),
        ])

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard let lexicon = context.lexicon else { return findings }
        let names = context.dictionary.names(for: document.language)
        for (i, t) in document.tokens.enumerated() where t.isWord {
            guard let split = Self.split(t.text), !document.isListedCapitalized(i, lexicon), !document.isCommonWord(i, lexicon) else { continue }
            let left = String(t.text.unicodeScalars.prefix(split))
            guard left.allSatisfy(\.isNumber) || lexicon.isCommonWord(left) else { continue }
            // The right part and the words after it on the line, tokenized alone.
            var tail = String(t.text.unicodeScalars.dropFirst(split))
            var j = i + 1
            while j < document.tokens.count, j <= i + 8, !(document.tokens[j].kind == .space && !document.tokens[j].isInlineSpace) {
                tail += document.tokens[j].text
                j += 1
            }
            let tokens = Tokenizer.tokenize(tail)
            guard let m = names.longestMatch(in: tokens, from: 0), let v = m.payloads.first.map({ context.dictionary.variants[$0] }) else { continue }
            let name = tokens[0...m.last].map(\.text).joined()
            let right = String(t.text.unicodeScalars.dropFirst(split))
            let end = t.range.upperBound - right.utf8.count + name.utf8.count
            let canonical = context.dictionary.replacement(for: v, language: document.language) ?? name
            // A misrendered name is repaired where it stands, the debris kept; the next pass
            // shows the space for the repaired name.
            if !v.origin.isCorrect {
                findings.edits.append(Proposal(range: (end - name.utf8.count)..<end, replacement: canonical,
                    rule: Self.description.identifier, entry: context.dictionary[v.entry].id, category: NameRule.category(v, context.dictionary),
                    reason: "'\(name)', glued to '\(left)', is \(NameRule.how(v)) \(canonical)",
                    evidence: Evidence(NameRule.source(v), entry: v.entry)))
                continue
            }
            findings.suggestions.append(SuggestionProposal(
                range: t.range.lowerBound..<end, candidates: [left + " " + canonical],
                rule: Self.description.identifier, entry: context.dictionary[v.entry].id, category: .punctuation,
                reason: "'\(t.text)' is '\(left)' glued to '\(name)', a name the dictionaries know",
                evidence: Evidence(.lostSpace, entry: v.entry)))
        }
        return findings
    }

    /// Where a word splits into a lower-case word or a number and a capitalized rest
    /// ("toKim" → 2, "36Kim" → 2), if it does: the rest is one capital and lower-case letters.
    static func split(_ word: String) -> Int? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return splitASCII(word.utf8) }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        let digits = scalars[0].properties.numericType != nil
        for k in 1..<(scalars.count - 1) where scalars[k].properties.isUppercase {
            let left = scalars[..<k]
            guard digits ? left.allSatisfy({ $0.properties.numericType != nil }) : (k >= 2 && left.allSatisfy { $0.properties.isLowercase }),
                  scalars[(k + 1)...].allSatisfy({ $0.properties.isLowercase }) else { return nil }
            return k
        }
        return nil
    }

    /// ``split(_:)`` of an ASCII word, on its bytes (digits, A–Z and a–z are the only ASCII
    /// scalars with a numeric type or a case).
    private static func splitASCII(_ bytes: String.UTF8View) -> Int? {
        let n = bytes.count
        guard n >= 3 else { return nil }
        func upper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func lower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        // Most words have no capital after the first letter: they are done without a copy.
        guard bytes.dropFirst().dropLast().contains(where: upper) else { return nil }
        let b = Array(bytes)
        let digits = digit(b[0])
        for k in 1..<(n - 1) where upper(b[k]) {
            guard digits ? b[..<k].allSatisfy(digit) : (k >= 2 && b[..<k].allSatisfy(lower)),
                  b[(k + 1)...].allSatisfy(lower) else { return nil }
            return k
        }
        return nil
    }
}
