/// The traces machine translation from Chinese leaves in an English article, found in one
/// pass over its tokens and dictionary matches. Each has a weight; an article whose weights
/// add up to ``ArticleModel/mtThreshold`` or more shows MT.
///
/// Only traces that edited English does not make count: Chinese datelines without a year
/// ("Moscow, October 22, press secretary..."), a day of the month without its month ("said
/// on the 22nd that", "from 4 to 11 this month"), "local time" after a date, "the Israeli
/// side", reporting phrases calqued from Chinese ("it is worth mentioning that"), CJK punctuation,
/// a dictionary's known misrenderings and word-by-word titles, pinyin of a foreign name's
/// Chinese characters, a known name in lower case, and a name glued to the word before it.
public struct MTFingerprint: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case cjkPunctuation = "CJK punctuation"
        case chineseDateline = "a Chinese-style dateline"
        case dayWithoutMonth = "a day of the month without its month"
        case localTimeAfterDate = "'local time' after a date"
        case countrySide = "'the X side' for a country"
        case knownMisrendering = "a known MT misrendering"
        case pinyinOfForeignName = "pinyin of a foreign name's Chinese characters"
        case lowercaseName = "a known name in lower case"
        case gluedName = "a name glued to the word before it"
        case reportingCalque = "a reporting phrase calqued from Chinese"

        /// What one trace of this kind weighs, and the most all of this kind can add.
        var weight: (each: Double, most: Double) {
            switch self {
            case .cjkPunctuation: (3, 3)
            case .chineseDateline: (2, 2)
            case .dayWithoutMonth: (1, 2)
            case .localTimeAfterDate: (1.5, 1.5)
            case .countrySide: (0.75, 1.5)
            case .knownMisrendering: (2, 4)
            case .pinyinOfForeignName: (1, 4)
            case .lowercaseName: (0.75, 1.5)
            case .gluedName: (0.75, 1.5)
            case .reportingCalque: (0.75, 1.5)
            }
        }
    }

    public var kind: Kind
    /// Byte range in the article analysed.
    public var range: Range<Int>
    public var text: String
    /// Weight of this trace (a pinyin name of two or more words counts double).
    public var weight: Double

    /// The traces in `document`.
    /// Traces inside `protected` spans (a URL's slug) do not count.
    static func find(in document: Document, _ context: RuleContext, protected: [Range<Int>]) -> [MTFingerprint] {
        var found: [MTFingerprint] = []
        let tokens = document.tokens
        func add(_ kind: Kind, _ range: Range<Int>, weight: Double? = nil) {
            guard !ProtectedSpans.overlaps(protected, range) else { return }
            found.append(MTFingerprint(kind: kind, range: range, text: document.string(range), weight: weight ?? kind.weight.each))
        }
        // CJK punctuation between Latin or Cyrillic words (full-width comma, colon, brackets, 。、).
        func alphabetic(_ t: Token) -> Bool {
            guard t.isWord, let b = t.text.utf8.first else { return false }
            if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
            guard let s = t.text.unicodeScalars.first else { return false }
            return s.value < 0x0530 && s.properties.isAlphabetic
        }
        var seenWord = false
        // The marks are U+3001–3011 (E3 80 xx in UTF-8) and U+FF01–FF1F (EF BC xx): a text
        // without those lead bytes has none, and its tokens need not be read.
        let mayHaveMarks = document.bytes.contains { $0 == 0xE3 || $0 == 0xEF }
        if mayHaveMarks {
            for (i, t) in tokens.enumerated() {
                if alphabetic(t) { seenWord = true }
                guard seenWord, t.kind == .punctuation, let s = t.text.unicodeScalars.first,
                      (0x3001...0x3002).contains(s.value) || (0xFF01...0xFF1F).contains(s.value) || (0x3008...0x3011).contains(s.value) else { continue }
                if let n = document.nextNonSpace(i), alphabetic(tokens[n]) {
                    add(.cjkPunctuation, t.range)
                }
            }
        }
        // The English word lists tell names from words in English editions only.
        let lexicon = document.language == "en" ? context.lexicon : nil
        // Tokens that are a country adjective on their own ("Israeli").
        let terms = context.dictionary.terms(for: document.language).list
        var adjectives = Set<Int>()
        for m in document.termMatches where m.first == m.last
            && m.payloads.contains(where: { terms[$0].entry != nil && terms[$0].form == .adjective && !terms[$0].literal }) {
            adjectives.insert(m.first)
        }
        for (i, t) in tokens.enumerated() where t.isWord {
            // Most words begin none of the patterns below: one byte tells so.
            if let b = t.key.utf8.first, b < 0x80, !Self.firstLetters.contains(b), GluedNameRule.split(t.text) == nil { continue }
            // A Chinese dateline opens a line: "Moscow, October 22, press secretary...",
            // "Xinhua News Agency, March 3rd, a combined dispatch": place or agency,
            // a comma, the month and day, and no year or wire-agency credit after it.
            if Self.months.contains(t.key), let p = document.previousNonSpace(i), tokens[p].text == ",",
               let place = document.previousNonSpace(p), tokens[place].isWord, tokens[place].isCapitalized, !tokens[place].isAllCaps,
               Self.opensLine(document, place), let day = document.nextNonSpace(i), Self.isDay(tokens[day].text),
               let after = document.nextNonSpace(day), tokens[after].text == "," || (tokens[after].isWord && ["st", "nd", "rd", "th"].contains(tokens[after].key)),
               !Self.yearFollows(document, after) {
                add(.chineseDateline, tokens[place].range.lowerBound..<tokens[day].range.upperBound)
            }
            // "said on the 22nd that": a day of the month with no month (月日 dates).
            if t.key == "the", let d = document.nextNonSpace(i), Self.isOrdinalDay(tokens[d].text),
               let p = document.previousWord(i), ["on", "from", "until", "since", "by"].contains(tokens[p].key),
               let n = document.nextNonSpace(d), tokens[n].kind == .punctuation || (tokens[n].isWord && ["that", "said", "and", "to", "at", "local"].contains(tokens[n].key)) {
                add(.dayWithoutMonth, tokens[p].range.lowerBound..<tokens[d].range.upperBound)
            }
            // "from 4 to 11 this month" (本月4日至11日).
            if t.key == "this", let n = document.nextWord(i), tokens[n].key == "month",
               let d = document.previousNonSpace(i), Int(tokens[d].text).map({ (1...31).contains($0) }) == true {
                add(.dayWithoutMonth, tokens[d].range.lowerBound..<tokens[n].range.upperBound)
            }
            // Russian "29-го числа" (29日: the day without its month).
            if t.key == "числа", let p = document.previousWord(i), tokens[p].key == "го",
               let h = document.previousNonSpace(p), tokens[h].isHyphen, let d = document.previousNonSpace(h), isDay(tokens[d].text) {
                add(.dayWithoutMonth, tokens[d].range.lowerBound..<t.range.upperBound)
            }
            // "On November 3, local time" (当地时间 after a date, not a clock time).
            if t.key == "local", let n = document.nextWord(i), tokens[n].key == "time",
               let p = document.previousNonSpace(i), let q = tokens[p].text == "," ? document.previousNonSpace(p) : p,
               Self.isDay(tokens[q].text) || Self.isOrdinalDay(tokens[q].text),
               let m = document.previousNonSpace(q), Self.months.contains(tokens[m].key) || tokens[m].key == "the" {
                add(.localTimeAfterDate, tokens[m].range.lowerBound..<tokens[n].range.upperBound)
            }
            // 指出, 强调, 据报道, 据悉, 综合报道 read word by word: "pointed out that",
            // "emphasized that", "according to reports", "it is learned that", "a comprehensive report".
            if let phrase = Self.calques[t.key], let end = Self.followedBy(phrase, after: i, in: document) {
                add(.reportingCalque, t.range.lowerBound..<end)
            }
            // "the Israeli side", "the Russian side" (方: a party to talks).
            if t.key == "side", let a = document.previousWord(i), tokens[a].isCapitalized,
               let the = document.previousWord(a), tokens[the].key == "the",
               adjectives.contains(a) {
                add(.countrySide, tokens[the].range.lowerBound..<t.range.upperBound)
            }
            // "named asKim Jong Un": a lower-case word glued to a capitalized name.
            if let split = GluedNameRule.split(t.text), let lexicon, lexicon.isCommonWord(String(t.text.unicodeScalars.prefix(split))) {
                let right = String(t.text.unicodeScalars.dropFirst(split))
                if !lexicon.isCommonWord(right) || right.count <= 3, !lexicon.isListedCapitalized(t.text), !t.text.contains(where: \.isNumber) {
                    add(.gluedName, t.range)
                }
            }
        }
        // Dictionary matches: a known misrendering or word-by-word title that is no English
        // word, pinyin of a foreign name, a known name in lower case.
        var seen = Set<String>()
        for m in document.nameMatches {
            let range = document.span(m.first, m.last)
            if ProtectedSpans.overlaps(protected, range) { continue }
            let words = (m.first...m.last).filter { tokens[$0].isWord }
            let variants = m.payloads.map { context.dictionary.variants[$0] }
            if variants.contains(where: { $0.origin.isCorrect }) {
                let lower = words.allSatisfy { tokens[$0].isLowercase }
                if lower, document.language == "en", !document.startsSentence(m.first), let lexicon,
                   !words.contains(where: { lexicon.isCommonWord(tokens[$0].text) }) {
                    add(.lowercaseName, range)
                }
                continue
            }
            let key = words.map { tokens[$0].key }.joined(separator: " ")
            guard seen.insert(key).inserted else { continue }
            let ordinary = lexicon.map { l in words.allSatisfy { l.isCommonWord(tokens[$0].text) || l.isListedCapitalized(tokens[$0].text) } }
                ?? words.allSatisfy { tokens[$0].isLowercase }
            if variants.contains(where: { ($0.origin == .misrendering && $0.misrendering?.hasContext != true) || $0.origin == .literal }), !ordinary || words.count >= 3 {
                add(.knownMisrendering, range)
            } else if let v = variants.first(where: \.isChineseReading), !ordinary,
                      context.dictionary[v.entry].name["zh"].map({ _ in !Self.isChinese(context.dictionary[v.entry]) }) ?? true {
                add(.pinyinOfForeignName, range, weight: words.count >= 2 ? 2 : 1)
            }
        }
        return found
    }

    /// The first letters of the words the token patterns start from (months, "the", "this",
    /// "local", "side", the calques' first words); the Cyrillic "числа" is not ASCII.
    static let firstLetters: Set<UInt8> = {
        let words = months.union(["the", "this", "local", "side"]).union(calques.keys)
        return Set(words.compactMap(\.utf8.first))
    }()

    /// The weighted sum of `traces`, each kind capped.
    static func score(_ traces: [MTFingerprint]) -> Double {
        var byKind: [Kind: Double] = [:]
        for t in traces { byKind[t.kind, default: 0] += t.weight }
        return byKind.reduce(0) { $0 + min($1.value, $1.key.weight.most) }
    }

    /// Reporting phrases calqued from Chinese, by their first word: the words that follow.
    static let calques: [String: [[String]]] = [
        "pointed": [["out", "that"]],
        "emphasized": [["that"]], "emphasised": [["that"]],
        "according": [["to", "reports"]],
        "it": [["is", "learned", "that"], ["is", "reported", "that"], ["is", "worth", "mentioning", "that"]],
        "noteworthy": [["is", "that"]],
        "comprehensive": [["report"]],
    ]

    /// The end of the first of `phrases` that follows token `i` word by word, if one does.
    static func followedBy(_ phrases: [[String]], after i: Int, in document: Document) -> Int? {
        for phrase in phrases {
            var j = i
            var ok = true
            for w in phrase {
                guard let n = document.nextWord(j), document.tokens[n].key == w else { ok = false; break }
                j = n
            }
            if ok { return document.tokens[j].range.upperBound }
        }
        return nil
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"]

    static func isDay(_ text: String) -> Bool {
        guard let n = Int(text) else { return isOrdinalDay(text) }
        return (1...31).contains(n)
    }

    static func isOrdinalDay(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let suffix = ["st", "nd", "rd", "th"].first(where: { lower.hasSuffix($0) }),
              let n = Int(lower.dropLast(suffix.count)) else { return false }
        return (1...31).contains(n)
    }

    /// True when token `i` opens a line, perhaps after an agency's name and a comma.
    static func opensLine(_ document: Document, _ i: Int) -> Bool {
        var j = i
        var words = 0
        while let p = document.previousNonSpace(j) {
            let t = document.tokens[p]
            if t.kind == .space { return true }
            if t.isWord && t.isCapitalized || t.text == "," || t.text == "'" || t.text == "’" { words += 1; j = p; if words > 6 { return false }; continue }
            return false
        }
        return true
    }

    /// ", 2020" after a date: a full date, not a dateline.
    static func yearFollows(_ document: Document, _ i: Int) -> Bool {
        var j = i
        if document.tokens[j].isWord, let n = document.nextNonSpace(j) { j = n }
        guard document.tokens[j].text == ",", let n = document.nextNonSpace(j), let year = Int(document.tokens[n].text) else { return false }
        return year >= 1900
    }

    /// Chinese people and places are written in pinyin: their pinyin is their name.
    static func isChinese(_ e: Entry) -> Bool {
        ["Q148", "Q865", "Q8646", "Q14773"].contains(e.country ?? "") || e.id == "Q148"
    }
}
