/// Repairs a name followed by a known acronym in brackets when the name is a damaged
/// form of the acronym's own name: "International Atomic Energy Organization (IAEA)" →
/// "International Atomic Energy Agency (IAEA)", "North Atlantic Treaty (NATO)" → "North
/// Atlantic Treaty Organization (NATO)".
///
/// The words before the bracket are aligned with the canonical name (a word matches when
/// it folds equal or is within edit distance 2 of a word of five or more letters); at
/// least 60% agreement makes an edit, at least a third a suggestion.
public struct AcronymAgreementRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.acronym-agreement",
        name: "Name and acronym agreement",
        summary: "A name before a bracketed acronym is replaced by the acronym's canonical name when it is a damaged form of it.",
        category: .orgName,
        nonTriggeringExamples: [
            "the International Atomic Energy Agency (IAEA) said",
            "the Conference on Security and Cooperation in Europe (the predecessor of the OSCE)",
            "a spokesman (NATO) said",
        ],
        triggeringExamples: [
            RuleExample("the International Atomic Energy Organization (IAEA), but", "the International Atomic Energy Agency (IAEA), but"),
            RuleExample("The North Atlantic Treaty (NATO) said", "The North Atlantic Treaty Organization (NATO) said"),
        ])

    static let connectors: Set<String> = ["of", "and", "for", "on", "the", "in", "de", "du", "&"]

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        let tokens = document.tokens
        let dict = context.dictionary
        for (i, t) in tokens.enumerated() where t.text == "(" {
            guard i + 2 < tokens.count, tokens[i + 1].isAllCaps, tokens[i + 2].text == ")",
                  let entryIndex = dict.acronyms[tokens[i + 1].text], let canonical = dict[entryIndex].name["en"],
                  let before = document.previousNonSpace(i) else { continue }
            // Collect the capitalized run before the bracket, connectors allowed inside.
            var words: [Int] = []
            var j = before
            while j >= 0 {
                let w = tokens[j]
                if w.isWord && (w.isCapitalized || (Self.connectors.contains(w.key) && !words.isEmpty)) {
                    words.insert(j, at: 0)
                } else if !(w.isInlineSpace || w.isHyphen) || words.isEmpty { break }
                j -= 1
            }
            while let f = words.first, !tokens[f].isCapitalized || tokens[f].key == "the" { words.removeFirst() }
            guard !words.isEmpty else { continue }
            let target = Fold.keys(ofPhrase: canonical)
            let aliasKeys = ([canonical] + dict[entryIndex].aliases).map { Fold.keys(ofPhrase: $0) }
            var best: (score: Double, start: Int) = (0, 0)
            for start in words.indices {
                let keys = words[start...].map { tokens[$0].key }
                if aliasKeys.contains(where: { keys.suffix($0.count) == $0[...] }) { best = (0, 0); break }
                let matched = Self.alignment(keys, target)
                let score = Double(matched) / Double(max(keys.count, target.count))
                if score > best.score { best = (score, start) }
            }
            guard best.score >= 1.0 / 3.0 else { continue }
            let range = tokens[words[best.start]].range.lowerBound..<tokens[words.last!].range.upperBound
            let surface = document.string(range)
            let id = Self.description.identifier
            let reason = "'\(surface)' stands before (\(tokens[i + 1].text)), whose name is \(canonical)"
            if best.score >= 0.6 {
                findings.edits.append(Proposal(range: range, replacement: canonical, rule: id, entry: dict[entryIndex].id,
                                               category: .orgName, reason: reason,
                                               evidence: Evidence(.acronymAgreement, supports: [.structure("the acronym follows in brackets")], entry: entryIndex)))
            } else {
                findings.suggestions.append(SuggestionProposal(range: range, candidates: [canonical], rule: id,
                                                               entry: dict[entryIndex].id, category: .orgName, reason: reason,
                                                               evidence: Evidence(.acronymAgreement, entry: entryIndex)))
            }
        }
        return findings
    }

    /// The longest common subsequence of two word lists, where words of five or more
    /// letters within edit distance 2 count as equal.
    static func alignment(_ a: [String], _ b: [String]) -> Int {
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 1...max(1, a.count) where i <= a.count {
            for j in 1...max(1, b.count) where j <= b.count {
                let same = a[i - 1] == b[j - 1]
                    || (a[i - 1].count >= 5 && b[j - 1].count >= 5 && FuzzyIndex.distance(Array(a[i - 1]), Array(b[j - 1])) <= 2)
                d[i][j] = same ? d[i - 1][j - 1] + 1 : max(d[i - 1][j], d[i][j - 1])
            }
        }
        return d[a.count][b.count]
    }
}
