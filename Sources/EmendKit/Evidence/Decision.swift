/// The one place where a candidate repair becomes an edit, a suggestion or nothing.
///
/// The policy, as an editor would put it:
///
/// 1. **Never inside a URL, an e-mail address, a handle, a hashtag, a path or code.**
/// 2. **Encoding errors and CJK punctuation are repaired on any text**: they are wrong
///    wherever they occur.
/// 3. **A spelling careful outlets use is left alone.** A standard romanization ("Shoygu",
///    "Nagorny Karabakh") in an article that shows no MT is neither edited nor suggested,
///    unless a house style is asked for (`--house-style`). In a machine-translated article
///    the romanization is the engine's, not an outlet's choice, and the canonical name is
///    written. (A listed alias is correct everywhere and never proposed.)
/// 4. **Anything that speaks against a candidate makes it a suggestion**: the text is also
///    an English word or another entity's name, the context its dictionary entry requires is
///    missing, a romanized word may name a ship or a paper, the edition's press writes it
///    several ways. (A capital in a headline is the casing rule's own test: it reads the
///    text as it is after the other repairs, so cleaning an edition again changes nothing.)
/// 5. **Only a machine-translated article is repaired.** Without the traces MT from
///    Chinese leaves (see ``MTFingerprint``), every other candidate is only a suggestion:
///    correct text stays as it is.
/// 6. **In a machine-translated article, a guess needs support.** A single word romanized
///    from a native name, a near miss, or the pinyin of a foreign person's name (which may
///    be an ordinary Chinese name) is applied only when the article
///    supports it (the entity's country or its canonical name elsewhere, a role beside it,
///    the dictionary entry's context, or the same candidate repeated); curated entries and
///    the structural rules carry their support in their own match.
///
/// The returned reason names the evidence, and the change log shows it after the rule's own.
public enum Decision {
    public enum Verdict: Sendable, Equatable { case edit, suggest, drop }

    /// What the caller chose beyond the evidence.
    public struct Policy: Sendable, Equatable {
        /// Respell correct alternative spellings to the dictionaries' canonical names.
        public var houseStyle = false
        public init(houseStyle: Bool = false) { self.houseStyle = houseStyle }
    }

    /// Decides a candidate.
    /// - Parameters:
    ///   - evidence: what the rule found; ``Decision`` adds what the article model says.
    ///   - range: the candidate's span in the original article.
    ///   - surface: the candidate's text.
    ///   - model: the article.
    ///   - dictionary: for the names of entries and countries in the reason.
    /// - Returns: the verdict and the evidence, in words, that decided it.
    public static func decide(_ evidence: Evidence, range: Range<Int>, surface: String, model: ArticleModel,
                              dictionary: CompiledDictionary, policy: Policy = Policy()) -> (Verdict, String) {
        if model.isProtected(range) { return (.drop, Evidence.Against.protected.description) }
        let source = evidence.source
        if source.isCertain { return (.edit, source.description) }
        var against = evidence.against
        var supports = evidence.supports
        if let entry = evidence.entry {
            supports += articleSupport(for: entry, surface: surface, model: model, dictionary: dictionary)
            // A name read from its Chinese characters, in an article about the person's field.
            if source == .derivedPinyin || source == .readingBridge, let f = fieldSupport(for: entry, model: model, dictionary: dictionary) {
                supports.append(f)
            }
        }
        let mt = model.showsMT ? model.mtSummary : nil
        func words(_ parts: [String]) -> String { parts.joined(separator: "; ") }
        let supported = words([source.description] + [mt].compactMap { $0 } + supports.map(\.description))

        if against.contains(.alternativeSpelling) {
            if policy.houseStyle { return (.edit, words([source.description, "house style asked for"])) }
            // In machine translation a romanization is the engine's, not an outlet's choice.
            guard model.showsMT else { return (.drop, Evidence.Against.alternativeSpelling.description) }
            against.removeAll { $0 == .alternativeSpelling }
        }
        if !against.isEmpty {
            return (.suggest, words(["shown, not applied: " + against.map(\.description).joined(separator: ", ")]))
        }
        guard model.showsMT else {
            return (.suggest, "shown, not applied: \(model.mtSummary), so the text may be correct as it is")
        }
        // A national body's acronym ("PPP") may be another country's body: its country must be named.
        if source == .acronymAgreement, let entry = evidence.entry, dictionary[entry].country != nil,
           !supports.contains(where: { if case .countryInArticle = $0 { true } else { false } }) {
            return (.suggest, "shown, not applied: the acronym's body belongs to a country the article does not name")
        }
        // The pinyin of a foreign person's Chinese name can be an ordinary Chinese name ("Cao
        // Guo" is 曹国, Cho Kuk, and a Chinese name): the person's country, canonical name or
        // role must be in the article.
        // So can another romanization of a person's name ("Fumio Ishida" could be someone too).
        if source == .derivedPinyin || source.isRomanizationVariant, let entry = evidence.entry, dictionary[entry].kind == .person,
           !supports.contains(where: { if case .repeated = $0 { false } else { true } }) {
            return (.suggest, "shown, not applied: \(source.description), but the article names neither the person's country nor the person otherwise")
        }
        // A reading of a name no entry holds is only as good as the article's country.
        if source == .readingBridge, !supports.contains(where: { if case .countryInArticle = $0 { true } else { false } }) {
            return (.suggest, "shown, not applied: \(source.description), but the article is not about the name's country")
        }
        // One short word read from a short form of a body or place of a country ("Ata" for
        // 阿塔, the Afghan Taliban) is also a name or a word in many languages: its country
        // must be named. A longer one ("Sanxing" for 三星, Samsung) is the short form's own.
        if source == .shortFormPinyin, !surface.contains(bytes: " "), surface.count <= 4, let entry = evidence.entry,
           dictionary[entry].country.flatMap({ dictionary.entryIndex[$0] }) != nil,
           !supports.contains(where: { if case .countryInArticle = $0 { true } else { false } }) {
            return (.suggest, "shown, not applied: \(source.description), but the article does not name its country")
        }
        if needsSupport(source, surface: surface), supports.isEmpty {
            return (.suggest, "shown, not applied: \(source.description), but nothing else in the article supports it")
        }
        return (.edit, supported)
    }

    /// A single derived word or a near miss is only a guess without support.
    static func needsSupport(_ source: Evidence.Source, surface: String) -> Bool {
        switch source {
        case .nearMiss, .romanizationVariant: return true
        case .derivedRomanization: return !surface.contains(where: { $0 == " " || $0 == "-" })
        default: return false
        }
    }

    /// The field of the article, when it is the one the person's roles put the person in.
    static func fieldSupport(for entry: Int, model: ArticleModel, dictionary: CompiledDictionary) -> Evidence.Support? {
        let e = dictionary[entry]
        guard e.kind == .person, !e.roles.isEmpty, !model.fields.isEmpty else { return nil }
        return ArticleField.fields(ofRoles: e.roles).intersection(model.fields).map(\.rawValue).sorted().first.map { .field($0) }
    }

    /// What the article says for an entry: its country named, its canonical name written.
    static func articleSupport(for entry: Int, surface: String, model: ArticleModel, dictionary: CompiledDictionary) -> [Evidence.Support] {
        var out: [Evidence.Support] = []
        let e = dictionary[entry]
        if let n = model.mentions[entry], n > 0, let name = e.name["en"], Fold.keys(ofPhrase: name) != Fold.keys(ofPhrase: surface) {
            out.append(.canonicalElsewhere(name))
        }
        let country = e.kind == .country ? entry : e.country.flatMap { dictionary.entryIndex[$0] }
        if let c = country, model.weight(ofCountry: c) >= 1 || (model.mentions[c] ?? 0) >= 1, let name = dictionary[c].name["en"] {
            out.append(.countryInArticle(name))
        }
        if let n = model.matches[entry], n >= 2 { out.append(.repeated(n)) }
        return out
    }
}
