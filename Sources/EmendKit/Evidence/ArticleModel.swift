/// What an article is, found once before any rule runs: the entities it names and the
/// countries it is about, its headlines, quotations and protected spans (URLs, addresses,
/// code), and the traces of machine translation from Chinese it shows. Rules read it
/// through ``RuleContext/article``; ``Decision`` weighs every candidate against it.
///
/// Offsets are UTF-8 byte offsets of the text modelled: the pipeline models each version
/// of the text its rules see.
public final class ArticleModel: Sendable {
    /// The weight of MT traces from which an article counts as machine-translated.
    public static let mtThreshold = 2.0

    /// The traces of MT from Chinese (see ``MTFingerprint``).
    public let fingerprints: [MTFingerprint]
    /// Their weighted sum, each kind capped.
    public let mtScore: Double
    /// Whether the caller said what the article is (`--source mt|edited`), overriding the traces.
    public let declared: Bool?
    /// Spans never edited: URLs, e-mail addresses, handles, hashtags, paths, code.
    public let protected: [Range<Int>]
    /// Headlines and other lines in title case.
    public let titleCaseLines: [Range<Int>]
    /// Quotations (between paired quotation marks on one line).
    public let quotations: [Range<Int>]
    /// Dictionary entries named correctly in the article, with how often.
    public let mentions: [Int: Int]
    /// Dictionary entries matched in the article in any form, right or wrong, with how often.
    public let matches: [Int: Int]
    /// Countries the article is about (entry index → weight): a country named (right or
    /// wrong) counts 1, an adjective or a person, place or body of that country ½.
    public let countries: [Int: Double]

    /// The fields the article's words show (football, business…; ``ArticleField``).
    public let fields: Set<ArticleField>
    /// True when the article shows machine translation (or the caller said it is MT).
    public var showsMT: Bool { declared ?? (carriedMT || mtScore >= Self.mtThreshold) }
    /// The article this text was repaired from showed MT (its repairs may have removed the traces).
    public let carriedMT: Bool

    /// Builds the model of the article analysed as `document`.
    public init(_ document: Document, _ context: RuleContext, declared: Bool? = nil, carriedMT: Bool = false) {
        self.declared = declared
        self.carriedMT = carriedMT
        let protected = ProtectedSpans.find(in: document.bytes)
        self.protected = protected
        // A version repaired from an MT article is MT whatever traces remain: none are sought.
        let fingerprints = carriedMT || declared != nil ? [] : MTFingerprint.find(in: document, context, protected: protected)
        self.fingerprints = fingerprints
        self.mtScore = MTFingerprint.score(fingerprints)
        let headline = MidSentenceCapitalRule.titleCaseLines(document)
        self.titleCaseLines = Self.runs(of: headline, in: document)
        self.quotations = Self.quotations(in: document)
        let dict = context.dictionary
        var mentions: [Int: Int] = [:]
        var countries: [Int: Double] = [:]
        var matches: [Int: Int] = [:]
        for m in document.nameMatches {
            // A person's one-word name that is also an English word ("In", "Park", "Song") says
            // nothing of whom the article is about.
            // Nor does a bare surname that several people share ("Kim").
            if m.first == m.last, m.payloads.allSatisfy({ dict[dict.variants[$0].entry].kind == .person }) {
                if let lexicon = context.lexicon, lexicon.isCommonWord(document.tokens[m.first].text) { continue }
                if Set(m.payloads.map { dict.variants[$0].entry }).count > 1 { continue }
            }
            // A mention counts for the countries whether it is written right or wrong: a
            // misrendered body still says what the article is about, and so the edition,
            // where it is repaired, is about the same countries.
            for entry in Set(m.payloads.map { dict.variants[$0].entry }) {
                matches[entry, default: 0] += 1
                let e = dict[entry]
                if e.kind == .country {
                    countries[entry, default: 0] += 1
                } else if let c = e.country, let ci = dict.entryIndex[c] {
                    countries[ci, default: 0] += 0.5
                }
            }
            let correct = m.payloads.map { dict.variants[$0] }.filter { $0.origin.isCorrect }
            for entry in Set(correct.map(\.entry)) { mentions[entry, default: 0] += 1 }
        }
        let terms = dict.terms(for: document.language).list
        for m in document.termMatches {
            for entry in Set(m.payloads.compactMap { terms[$0].literal ? nil : terms[$0].entry }) where dict[entry].kind == .country {
                if terms[m.payloads[0]].form == .noun { continue }  // counted with the names
                countries[entry, default: 0] += 0.5
            }
        }
        self.mentions = mentions
        self.matches = matches
        self.countries = countries
        var fieldWords = Set<String>()
        for t in document.tokens where t.isWord && ArticleField.anyWord.contains(t.key) { fieldWords.insert(t.key) }
        self.fields = ArticleField.fields(of: fieldWords)
    }

    /// True when `range` overlaps a protected span.
    public func isProtected(_ range: Range<Int>) -> Bool { ProtectedSpans.overlaps(protected, range) }
    public func inTitleCaseLine(_ range: Range<Int>) -> Bool { ProtectedSpans.overlaps(titleCaseLines, range) }
    public func inQuotation(_ range: Range<Int>) -> Bool { ProtectedSpans.overlaps(quotations, range) }

    /// True when `country` (an entry index) is named at least once and is one of the two
    /// countries the article names most.
    public func isLeading(country: Int) -> Bool {
        let w = weight(ofCountry: country)
        return w >= 1 && countries.values.filter { $0 > w }.count < 2
    }

    /// The weight of `country` (an entry index) among the article's countries.
    public func weight(ofCountry country: Int) -> Double { countries[country] ?? 0 }

    /// One line for the change log: the MT traces found, strongest kinds first.
    public var mtSummary: String {
        if let declared { return declared ? "declared machine-translated" : "declared edited, not machine-translated" }
        guard !fingerprints.isEmpty else { return "no traces of machine translation" }
        var firstOf: [MTFingerprint.Kind: String] = [:]
        for f in fingerprints where firstOf[f.kind] == nil { firstOf[f.kind] = f.text }
        let parts = firstOf.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) ('\($0.value)')" }
        return "MT traces \(String(format: "%.1f", mtScore)): " + parts.joined(separator: ", ")
    }

    /// Byte ranges of the runs of tokens flagged in `flags`.
    private static func runs(of flags: [Bool], in document: Document) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for (i, f) in flags.enumerated() {
            if f, start == nil { start = i }
            if !f, let s = start { out.append(document.span(s, i - 1)); start = nil }
        }
        if let s = start { out.append(document.span(s, flags.count - 1)) }
        return out
    }

    private static let closingQuotes: Set<String> = ["”", "\"", "»", "“"]
    private static let openingQuotes: Set<String> = ["“", "\"", "«", "„"]

    /// Quotation marks paired on one line, whatever their kind (“…”, "…", «…», „…“), so
    /// that a repaired quotation mark pairs as the original did.
    private static func quotations(in document: Document) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int?
        for (i, t) in document.tokens.enumerated() {
            if t.isLineBreak { open = nil; continue }
            guard t.kind == .punctuation else { continue }
            if let o = open {
                if Self.closingQuotes.contains(t.text) { out.append(document.tokens[o].range.lowerBound..<t.range.upperBound); open = nil }
            } else if Self.openingQuotes.contains(t.text) {
                open = i
            }
        }
        return out
    }
}
