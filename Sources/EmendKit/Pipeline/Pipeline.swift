/// Emend's cleaning pipeline: an ordered list of rules, each seeing the text the
/// earlier ones left.
///
/// The standard order is
/// 1. ``MojibakeRule`` — UTF-8 read as Windows-1252 or Mac Roman;
/// 2. ``FullWidthPunctuationRule`` — CJK punctuation inside Latin text;
/// 3. ``GluedNameRule`` — a space lost before a known name ("asKim Jong Un");
/// 4. ``NameRule`` — dictionary names: case, misrenderings, derived pinyin and romanizations;
/// 5. ``VariantNameRule`` — unlisted spellings of one-word names ("Naqa" for Naka);
/// 6. ``FuzzyPersonNameRule`` — near-misses of known surnames, with agreeing context;
/// 7. ``AcronymAgreementRule`` — a name before "(ACRONYM)" that is not the acronym's name;
/// 8. ``AbbreviationRule`` — Chinese one-character country short forms misread;
/// 9. ``CountryFormRule`` — an adjective where a coordination of countries needs a noun;
/// 10. ``MidSentenceCapitalRule`` — a capitalized verb in mid-sentence.
public struct Pipeline: Sendable {
    public let rules: [any Rule]
    public let context: RuleContext
    /// Changes an editor rejected before; they are not proposed again.
    public var exceptions = Exceptions()
    /// The edition's language ("en", "fr", ...); nil detects it from the text.
    public var language: String?
    /// Whether the articles are machine-translated (`--source mt|edited`); nil decides
    /// per article from its MT traces (see ``ArticleModel``).
    public var declaredMT: Bool?
    /// What the caller chose beyond the evidence (`--house-style`); see ``Decision``.
    public var policy = Decision.Policy()
    /// Texts longer than this many bytes are cleaned in parts cut at paragraph breaks
    /// (see ``cleanInParts(_:)``), which bounds memory; 1 MB by default, far above any article.
    public var partBytes = 1 << 20
    /// Where the time goes, stage by stage (`--profile`); nil times nothing.
    public var profile: StageProfile?

    /// Runs `body`, timed as `stage` when a profile is kept.
    @inline(__always)
    func timed<T>(_ stage: @autoclosure () -> String, _ body: () -> T) -> T {
        guard let profile else { return body() }
        return profile.measure(stage(), body)
    }

    /// The standard rules, in order.
    public static let standardRules: [any Rule] = [
        MojibakeRule(), FullWidthPunctuationRule(), GluedNameRule(), NameRule(), VariantNameRule(), WholeNameVariantRule(), SurnameAloneRule(), LowercaseSurnameRule(), KoreanReadingRule(), KoreanPlaceReadingRule(), JapaneseReadingRule(), ArticleNameEchoRule(), GivenNamePinyinRule(), GluedShortFormRule(), DefaultPartyRule(), TitleReadAsNameRule(),
        FuzzyPersonNameRule(), AcronymAgreementRule(),
        AbbreviationRule(), CountryFormRule(), MidSentenceCapitalRule(),
    ]

    /// Rules that change text that is not wrong in itself, run only when asked for
    /// (`emend clean --typography`).
    public static let optionalRules: [any Rule] = [LocaleTypographyRule()]

    /// Made once: it indexes the dictionaries' frequent words by language.
    let detector: LanguageDetector

    public init(rules: [any Rule] = Pipeline.standardRules, context: RuleContext) {
        self.rules = rules
        self.context = context
        self.detector = LanguageDetector(dictionary: context.dictionary)
    }

    /// Passes over the rules before the edition is taken as it is (in practice two suffice).
    static let maximumPasses = 4

    /// Cleans an article (a text over ``partBytes`` in parts, see ``cleanInParts(_:)``).
    public func clean(_ article: Article) -> CleanResult {
        article.bytes.count > partBytes ? cleanInParts(article) : cleanWhole(article)
    }

    /// Cleans `article` as one document.
    ///
    /// An article without MT traces whose certain repairs (mojibake, CJK punctuation) bring
    /// out traces that were hidden is cleaned again as machine-translated, so that cleaning
    /// its edition again changes nothing.
    func cleanWhole(_ article: Article) -> CleanResult {
        let result = cleanOnce(article)
        guard declaredMT == nil, result.log.machineTranslation?.shows == false, !result.log.edits.isEmpty else { return result }
        let edition = Document(result.editionText, dictionary: context.dictionary, language: result.log.language ?? "en")
        guard ArticleModel(edition, context).showsMT else { return result }
        var again = self
        again.declaredMT = true
        var second = again.cleanOnce(article)
        second.log.machineTranslation?.evidence = "MT traces in the repaired text: " + ArticleModel(edition, context).mtSummary
        return second
    }

    /// Cleans `article` as one document, with the MT verdict of its own traces.
    func cleanOnce(_ article: Article) -> CleanResult {
        // Rules written for one language are not run on another: until an edition's
        // language has its own rules, only language-neutral repairs apply to it.
        let detected = timed("analysis") { Document(article.text, dictionary: self.context.dictionary) }
        let guess = language.map { LanguageDetector.Guess(language: $0, confidence: 1) }
            ?? timed("language") { detector.guess(detected.tokens) }
        let rules = self.rules.filter { type(of: $0).languages?.contains(guess.language) ?? true }
        var context = self.context
        context.language = guess.language
        // Another language takes the lines' tokens and sentences from the detection's analysis.
        let first = guess.language == "en" ? detected
            : timed("analysis") { Document(article.text, dictionary: context.dictionary, language: guess.language, reusing: detected) }
        // The model is of the text the rules see: a version repaired by earlier rules is
        // modelled again (the countries its repaired names point to, its spans), so that a
        // pass decides as cleaning the edition would; the MT verdict of the original carries.
        let original = timed("model") { ArticleModel(first, context, declared: declaredMT) }
        var model = original
        var modelled: Document = first
        context.article = model
        var edited = EditedText(article.bytes)
        var suggestions: [Suggestion] = []
        let lines = LineIndex(article.bytes)
        // Rules read the whole article, so one pass's edits can settle what it left open
        // ("Uzbek" made "Ukrainian" leaves Ukraine the only candidate); passes repeat
        // until one changes nothing, so cleaning an edition again changes nothing.
        // A document (tokens, sentences, matches) is analysed again only after an edit.
        var analysed: Document? = first
        var last = first
        // A rule that proposed no edits sees the same findings again on the same text: it
        // runs again only after some rule has edited (`version` counts the edits applied).
        var version = 0
        var settled = [Int?](repeating: nil, count: rules.count)
        for _ in 0..<Self.maximumPasses {
            let before = edited.current
            for (r, rule) in rules.enumerated() {
                if settled[r] == version { continue }
                let document = analysed ?? timed("analysis") { Document(edited.currentText, dictionary: context.dictionary, language: guess.language, reusing: last) }
                if document !== modelled {
                    model = timed("model") { ArticleModel(document, context, declared: declaredMT, carriedMT: original.showsMT) }
                    modelled = document
                    context.article = model
                }
                analysed = document
                last = document
                var found = timed(rule.description.identifier) { decided(rule.check(document, context), document: document, model: model) }
                if !exceptions.items.isEmpty {
                    // Exceptions quote the original; a later pass sees its text already edited.
                    found.edits.removeAll { exceptions.rejects(rule: $0.rule, text: document.bytes, range: $0.range, replacement: $0.replacement)
                        || exceptions.rejects(rule: $0.rule, text: article.bytes, range: edited.originalRange(of: $0.range), replacement: $0.replacement) }
                }
                for s in found.suggestions {
                    let r = edited.originalRange(of: s.range)
                    let p = lines.position(ofByte: r.lowerBound)
                    suggestions.append(Suggestion(start: r.lowerBound, end: r.upperBound, line: p.line, column: p.column,
                                                  text: String(decoding: article.bytes[r], as: UTF8.self),
                                                  candidates: s.candidates, rule: s.rule, entry: s.entry,
                                                  category: s.category, reason: s.reason))
                }
                if !found.edits.isEmpty {
                    timed("edits") { edited.apply(found.edits) }
                    if edited.current != document.bytes { analysed = nil }
                    version += 1
                    settled[r] = nil
                } else {
                    settled[r] = version
                }
            }
            if edited.current == before { break }
        }
        return timed("change log") { finish(article, edited: edited, suggestions: suggestions, guess: guess, original: original) }
    }

    /// The edition and its change log, once the passes are done.
    private func finish(_ article: Article, edited: EditedText, suggestions: [Suggestion], guess: LanguageDetector.Guess, original: ArticleModel) -> CleanResult {
        var suggestions = suggestions
        let edits = edited.finishedEdits()
        // A suggestion on text an edit already changed is moot (the edits are sorted and disjoint).
        suggestions = suggestions.filter { !edits.changesText(in: $0.start, $0.end) }
        var seen = Set<String>()
        suggestions = suggestions.filter { seen.insert("\($0.start):\($0.end):\($0.candidates)").inserted }
        var log = ChangeLog(emend: Emend.version, icu: ICU.version, source: article.source,
                            original: .init(article.bytes), edition: .init(edited.current),
                            dictionaries: context.dictionary.dictionaries.fingerprint,
                            edits: edits, suggestions: suggestions.sorted { $0.start < $1.start })
        log.language = guess.language
        log.languageConfidence = (guess.confidence * 100).rounded() / 100
        log.machineTranslation = .init(original)
        return CleanResult(edition: edited.current, log: log)
    }

    /// A rule's findings after ``Decision``: each edit stays, becomes a suggestion or goes,
    /// and its reason gains the evidence that decided it.
    func decided(_ found: RuleFindings, document: Document, model: ArticleModel) -> RuleFindings {
        var out = RuleFindings()
        let dict = context.dictionary
        for var s in found.suggestions {
            let (verdict, because) = Decision.decide(s.evidence, range: s.range, surface: document.string(s.range),
                                                     model: model, dictionary: dict, policy: policy)
            guard verdict != .drop else { continue }
            s.reason += because.hasPrefix("shown") ? "; " + because : " (evidence: \(because))"
            out.suggestions.append(s)
        }
        for var p in found.edits {
            let (verdict, because) = Decision.decide(p.evidence, range: p.range, surface: document.string(p.range),
                                                     model: model, dictionary: dict, policy: policy)
            switch verdict {
            case .edit:
                if !p.evidence.source.isCertain { p.reason += " (evidence: \(because))" }
                out.edits.append(p)
            case .suggest:
                out.suggestions.append(SuggestionProposal(range: p.range, candidates: [p.replacement], rule: p.rule, entry: p.entry,
                                                          category: p.category, reason: p.reason + "; " + because, evidence: p.evidence))
            case .drop:
                continue
            }
        }
        return out
    }
}

/// An edition and the change log that explains it.
public struct CleanResult: Sendable {
    public let edition: [UInt8]
    public var log: ChangeLog
    public var editionText: String { String(decoding: edition, as: UTF8.self) }
}

/// Emend's own version.
public enum Emend {
    public static let version = "0.1.0"
}
