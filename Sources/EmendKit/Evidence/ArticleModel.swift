/// What an article is, found once before any rule runs: the entities it names and the
/// countries it is about, its headlines, quotations and protected spans (URLs, addresses,
/// code), and the traces of machine translation from Chinese it shows. Rules read it
/// through ``RuleContext/article``; ``Decision`` weighs every candidate against it.
///
/// Offsets are UTF-8 byte offsets of the text modelled: the pipeline models each version
/// of the text its rules see.
public final class ArticleModel: @unchecked Sendable {
    /// The weight of MT traces from which an article counts as machine-translated.
    public static let mtThreshold = 2.0

    /// The traces of MT from Chinese (see ``MTFingerprint``).
    public var fingerprints: [MTFingerprint] { parts.fingerprints }
    /// Their weighted sum, each kind capped.
    public var mtScore: Double { parts.mtScore }
    /// Whether the caller said what the article is (`--source mt|edited`), overriding the traces.
    public let declared: Bool?
    /// Spans never edited: URLs, e-mail addresses, handles, hashtags, paths, code.
    public var protected: [Range<Int>] { parts.protected }
    /// Headlines and other lines in title case.
    public var titleCaseLines: [Range<Int>] { parts.titleCaseLines }
    /// Quotations (between paired quotation marks on one line).
    public var quotations: [Range<Int>] { parts.quotations }
    /// Dictionary entries named correctly in the article, with how often.
    public var mentions: [Int: Int] { parts.entities.mentions }
    /// Dictionary entries matched in the article in any form, right or wrong, with how often.
    public var matches: [Int: Int] { parts.entities.matches }
    /// Countries the article is about (entry index → weight): a country named (right or
    /// wrong) counts 1, an adjective or a person, place or body of that country ½.
    public var countries: [Int: Double] { parts.entities.countries }

    /// The fields the article's words show (football, business…; ``ArticleField``).
    public var fields: Set<ArticleField> { parts.fields }
    /// True when the article shows machine translation (or the caller said it is MT).
    public var showsMT: Bool { declared ?? (carriedMT || mtScore >= Self.mtThreshold) }
    /// The article this text was repaired from showed MT (its repairs may have removed the traces).
    public let carriedMT: Bool

    /// The model's parts, each found when first asked for: a rule that only asks whether
    /// the article is MT costs no analysis. (A model is read by the one thread that
    /// cleans its article, as its document is.)
    private let parts: Parts

    /// Builds the model of the article analysed as `document`.
    public init(_ document: Document, _ context: RuleContext, declared: Bool? = nil, carriedMT: Bool = false) {
        self.declared = declared
        self.carriedMT = carriedMT
        var context = context
        context.article = nil  // no chain of the models of earlier versions
        self.parts = Parts(document: document, context: context, seekTraces: !carriedMT && declared == nil)
    }

    /// The parts of a model, each computed once, on first use.
    private final class Parts {
        let document: Document
        let context: RuleContext
        let seekTraces: Bool

        init(document: Document, context: RuleContext, seekTraces: Bool) {
            self.document = document
            self.context = context
            self.seekTraces = seekTraces
        }

        lazy var protected: [Range<Int>] = ProtectedSpans.find(in: document.bytes)
        // A version repaired from an MT article is MT whatever traces remain: none are sought.
        lazy var fingerprints: [MTFingerprint] = seekTraces ? MTFingerprint.find(in: document, context, protected: protected) : []
        lazy var mtScore: Double = MTFingerprint.score(fingerprints)
        private var summary: String?
        func mtSummary(declared: Bool?) -> String {
            if let summary { return summary }
            let s = ArticleModel.summary(declared: declared, fingerprints: fingerprints, mtScore: mtScore)
            summary = s
            return s
        }
        lazy var titleCaseLines: [Range<Int>] = ArticleModel.runs(of: MidSentenceCapitalRule.titleCaseLines(document), in: document)
        lazy var quotations: [Range<Int>] = ArticleModel.quotations(in: document)
        lazy var entities: Entities = Entities(document, context)
        lazy var fields: Set<ArticleField> = {
            var fieldWords = Set<String>()
            for t in document.tokens where t.isWord && ArticleField.anyWord.contains(t.key) { fieldWords.insert(t.key) }
            return ArticleField.fields(of: fieldWords)
        }()
    }

    /// The entries an article names, and the countries they point to.
    private struct Entities {
        var mentions: [Int: Int] = [:]
        var matches: [Int: Int] = [:]
        var countries: [Int: Double] = [:]

        init(_ document: Document, _ context: RuleContext) {
            let dict = context.dictionary
            var entries: [Int] = []
            var correct: [Int] = []
            for m in document.nameMatches {
                // The match's entries and those it names correctly, each once (most matches
                // have one payload).
                entries.removeAll(keepingCapacity: true)
                correct.removeAll(keepingCapacity: true)
                for p in m.payloads {
                    let v = dict.variants[p]
                    if !entries.contains(v.entry) { entries.append(v.entry) }
                    if v.origin.isCorrect, !correct.contains(v.entry) { correct.append(v.entry) }
                }
                // A person's one-word name that is also an English word ("In", "Park", "Song") says
                // nothing of whom the article is about.
                // Nor does a bare surname that several people share ("Kim").
                if m.first == m.last, entries.allSatisfy({ dict[$0].kind == .person }) {
                    if let lexicon = context.lexicon, lexicon.isCommonWord(document.tokens[m.first].text) { continue }
                    if entries.count > 1 { continue }
                }
                // A mention counts for the countries whether it is written right or wrong: a
                // misrendered body still says what the article is about, and so the edition,
                // where it is repaired, is about the same countries.
                for entry in entries {
                    matches[entry, default: 0] += 1
                    let e = dict[entry]
                    if e.kind == .country {
                        countries[entry, default: 0] += 1
                    } else if let c = e.country, let ci = dict.entryIndex[c] {
                        countries[ci, default: 0] += 0.5
                    }
                }
                for entry in correct { mentions[entry, default: 0] += 1 }
            }
            let terms = dict.terms(for: document.language).list
            for m in document.termMatches {
                for entry in Set(m.payloads.compactMap { terms[$0].literal ? nil : terms[$0].entry }) where dict[entry].kind == .country {
                    if terms[m.payloads[0]].form == .noun { continue }  // counted with the names
                    countries[entry, default: 0] += 0.5
                }
            }
        }
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
    public var mtSummary: String { parts.mtSummary(declared: declared) }

    /// ``mtSummary``, worded once (every decision quotes it).
    fileprivate static func summary(declared: Bool?, fingerprints: [MTFingerprint], mtScore: Double) -> String {
        if let declared { return declared ? "declared machine-translated" : "declared edited, not machine-translated" }
        guard !fingerprints.isEmpty else { return "no traces of machine translation" }
        var firstOf: [MTFingerprint.Kind: String] = [:]
        for f in fingerprints where firstOf[f.kind] == nil { firstOf[f.kind] = f.text }
        let parts = firstOf.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) ('\($0.value)')" }
        return "MT traces \(String(format: "%.1f", mtScore)): " + parts.joined(separator: ", ")
    }

    /// Byte ranges of the runs of tokens flagged in `flags`.
    fileprivate static func runs(of flags: [Bool], in document: Document) -> [Range<Int>] {
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
    fileprivate static func quotations(in document: Document) -> [Range<Int>] {
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
