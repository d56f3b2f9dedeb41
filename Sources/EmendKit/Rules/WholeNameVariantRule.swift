import Foundation

/// Finds another romanization of a known person's or place's whole name, one that no entry
/// lists (and a possessive of such a spelling that lost its apostrophe, "Yoshimasa Ayashis visit to Seoul"):
/// South Korea's Revised Romanization of a North Korean name ("Kim Jeong-eun" for Kim
/// Jong Un), MT's hybrids of a Chinese transcription ("Ras Ein" for Ras al-Ain), a name with
/// one letter lost ("Yoshimasa Ayashi" for Yoshimasa Hayashi).
///
/// A span of two to five capitalized words (hyphenated parts and an Arabic article may be
/// lower-case) whose ``WholeNameKey`` is a known name's, or one edit from it when one end
/// word is the name's own. Spellings that differ from the name only in case, hyphens or
/// spaces ("Kim Jong-un") are correct and left alone. A guess: ``Decision`` applies it only
/// in a machine-translated article that supports it (the person's or place's country named,
/// the name written elsewhere, a role beside it).
public struct WholeNameVariantRule: Rule {
    public static let description = RuleDescription(
        identifier: "names.whole-variant",
        name: "Another romanization of a known name",
        summary: "A multi-word name that shares the loose key of a known person's or place's name, or is one edit from it, is that name.",
        category: .personName,
        nonTriggeringExamples: [
            "Kim Jong-un and Kim Jong Un are one man.",
            "North Korea's leader Kim Jong Un spoke.",
            "The Black Sea and Red Sea.",
            "Japan's Taro Aso spoke in Tokyo.",
            "Syrian forces shelled Deir al-Zor on Sunday.",
            "Japan's foreign minister Taro Konos visit to Seoul.",
            "A Hong Kong university professor said prices rose.",
        ],
        triggeringExamples: [
            RuleExample("North Korea's leader Kim Jeong-eun spoke.", "North Korea's leader Kim Jong Un spoke."),
            RuleExample("North Korea's Supreme People's Assembly Kim Jeong-eun spoke.", "North Korea's Supreme People's Assembly Kim Jong Un spoke."),
            RuleExample("Palestinian officials said troops entered Khan Yunes.", "Palestinian officials said troops entered Khan Younis."),
            RuleExample("Japan's foreign minister Yoshimasa Ayashi spoke in Tokyo.", "Japan's foreign minister Yoshimasa Hayashi spoke in Tokyo."),
            RuleExample("Japan's prime minister Fumio Ishidas visit to Seoul.", "Japan's prime minister Fumio Kishida's visit to Seoul."),
            // One letter off by a substitution no two spellings of one name in the dictionaries show.
            .suggestion("Japan's foreign minister Yoshimasa Hayasmi spoke in Tokyo."),
        ])

    /// A near miss that costs this much by the learned costs (an edit spellings of one name
    /// in the dictionaries hardly ever show) is only shown.
    static let unusualEditCost = 0.9

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> RuleFindings {
        var findings = RuleFindings()
        guard let lexicon = context.lexicon else { return findings }
        let dict = context.dictionary
        var i = 0
        while i < document.tokens.count {
            let t = document.tokens[i]
            // (A known name may end right before: "the Supreme People's Assembly Kim Jeong-eun".)
            guard t.isWord, t.isCapitalized, !t.isAllCaps, !continuesName(document, i) || Self.knownName(containing: i - 2, document)?.last == i - 2
            else { i += 1; continue }
            let span = Self.span(document, from: i)
            var found: (last: Int, proposal: Proposal)?
            for n in stride(from: span.count, through: 2, by: -1) {
                let words = Array(span.prefix(n))
                // A known name is the span or reaches beyond it; one inside it ("Kim") is no bar.
                let first = words[0], last = words[n - 1]
                if (first...last).contains(where: { j in
                    Self.knownName(containing: j, document).map { $0.first < first || $0.last > last || ($0.first == first && $0.last == last) } ?? false
                }) { continue }
                if let p = proposal(document, words, dict: dict, lexicon: lexicon) { found = (words[n - 1], p); break }
                // A possessive that lost its apostrophe: a misspelt name there is repaired and
                // the apostrophe written with it ("Yoshimasa Ayashis visit" → "Yoshimasa Hayashi's visit"); the
                // right name without it ("Taro Konos visit") is the page's own and stays.
                if let p = proposal(document, words, dict: dict, lexicon: lexicon, dropFinalS: true) {
                    var edit = p
                    edit.replacement += "'s"
                    edit.reason += ", a possessive without its apostrophe"
                    found = (words[n - 1], edit)
                    break
                }
            }
            if let found { findings.edits.append(found.proposal); i = found.last + 1 } else { i += 1 }
        }
        return findings
    }

    /// The known name, curated or from a gazetteer layer, that holds token `i` (they do not
    /// overlap, so a binary search of each finds it).
    static func knownName(containing i: Int, _ document: Document) -> (first: Int, last: Int)? {
        if let m = document.nameMatch(containing: i) { return (m.first, m.last) }
        return document.bulkMatch(containing: i).map { ($0.first, $0.last) }
    }

    /// The word tokens of a name that may start at `i`: words joined by one space or a hyphen,
    /// each capitalized, or lower-case after a hyphen or before one (an article).
    static func span(_ document: Document, from i: Int) -> [Int] {
        let tokens = document.tokens
        var out = [i]
        var j = i + 1
        while out.count < 5, j + 1 < tokens.count {
            let sep = tokens[j], next = tokens[j + 1]
            guard next.isWord, !next.isAllCaps else { break }
            let hyphen = sep.isHyphen
            guard hyphen || (sep.isInlineSpace && sep.text == " ") else { break }
            let afterHyphen = j + 2 < tokens.count && tokens[j + 2].isHyphen
            guard next.isCapitalized || hyphen || (afterHyphen && WholeNameKey.articles.contains(next.key)) else { break }
            out.append(j + 1)
            j += 2
        }
        return out
    }

    /// The word before `i` joins it into a longer capitalized name.
    func continuesName(_ document: Document, _ i: Int) -> Bool {
        guard i >= 2 else { return false }
        let sep = document.tokens[i - 1], prev = document.tokens[i - 2]
        return prev.isWord && (sep.isHyphen || (sep.text == " " && prev.isCapitalized && !prev.isAllCaps))
    }

    func proposal(_ document: Document, _ words: [Int], dict: CompiledDictionary, lexicon: Lexicon,
                  dropFinalS: Bool = false) -> Proposal? {
        let tokens = document.tokens
        var parts = words.map { (word: tokens[$0].text, hyphenAfter: $0 + 1 < tokens.count && tokens[$0 + 1].isHyphen && words.contains($0 + 2)) }
        if dropFinalS {
            guard let last = parts.last?.word, last.hasSuffix("s"), last.count > 3 else { return nil }
            parts[parts.count - 1].word = String(last.dropLast())
        }
        // Ordinary words ("The Black Sea") are no romanization.
        guard parts.contains(where: { !lexicon.isCommonWord($0.word) && !WholeNameKey.articles.contains($0.word.lowercased()) }),
              let key = WholeNameKey.key(parts) else { return nil }
        var candidates: [(variant: Int, distance: Int, key: String)] = (dict.wholeNameKeys[key] ?? []).map { ($0, 0, key) }
        if candidates.isEmpty, key.count >= 6 {
            candidates = document.articleMemo.wholeNames(near: key, distance: 1, in: dict).flatMap { m in m.payloads.map { ($0, m.distance, m.word) } }
        }
        // Near misses of several names: the learned costs choose one when it is clearly nearer.
        var weight: Double?
        if let d = candidates.first?.distance, d > 0 {
            let costs = dict.editCosts
            let ranked = candidates.map { (c: $0, w: costs.distance(key, $0.key)) }.sorted { $0.w < $1.w }
            let best = ranked[0]
            let rivals = ranked.filter { dict.variants[$0.c.variant].entry != dict.variants[best.c.variant].entry }
            if let rival = rivals.first, rival.w * 0.75 <= best.w { return nil }
            candidates = ranked.filter { dict.variants[$0.c.variant].entry == dict.variants[best.c.variant].entry }.map(\.c)
            weight = best.w
        }
        let entries = Set(candidates.map { dict.variants[$0.variant].entry })
        guard entries.count == 1, let (k, distance, nameKey) = candidates.first else { return nil }
        let v = dict.variants[k]
        let written = parts.map { Fold.key($0.word) }
        let nameWords = Tokenizer.tokenize(v.text).filter(\.isWord).map(\.key)
        // Only case, hyphens, spaces or the Arabic article differ ("Deir al-Zor"): a correct spelling.
        let articles = WholeNameKey.articles
        if written.filter({ !articles.contains($0) }).joined() == nameWords.filter({ !articles.contains($0) }).joined() { return nil }
        // The name with a final s is a possessive that lost its apostrophe: see ``possessive``.
        if !dropFinalS, let w = written.last, let n = nameWords.last, w == n + "s" { return nil }
        // The name with a word before or after it ("A Hong Kong university") is the name.
        let bare = nameWords.joined()
        if written.dropFirst().joined() == bare || written.dropLast().joined() == bare { return nil }
        // One edit from the name: one end word must be the name's own.
        if distance > 0, written.first != nameWords.first, written.last != nameWords.last { return nil }
        guard let target = dict.replacement(for: v, language: document.language) else { return nil }
        let range = tokens[words[0]].range.lowerBound..<tokens[words[words.count - 1]].range.upperBound
        let surface = document.string(range)
        guard target != surface else { return nil }
        let entry = dict[v.entry]
        var evidence = Evidence(.romanizationVariant(distance: distance), entry: v.entry)
        var reason = "'\(surface)' is another romanization of \(v.text)"
        if let weight {
            let ops = dict.editCosts.describe(key, nameKey)
            reason += " (learned edit cost \(String(format: "%.2f", weight)): \(ops))"
            if weight >= Self.unusualEditCost { evidence.against.append(.unusualEdit(ops)) }
        }
        return Proposal(range: range, replacement: target, rule: Self.description.identifier, entry: entry.id,
                        category: entry.kind == .place ? .placeName : .personName, reason: reason, evidence: evidence)
    }
}
