/// What `emend dict check` reports beyond syntax: conflicting variants, canonical names
/// that Emend's own rules would change, and entries' examples that fail.
public struct DictionaryChecker {
    public let dictionary: CompiledDictionary
    public let lexicon: Lexicon?

    public init(dictionary: CompiledDictionary, lexicon: Lexicon?) {
        self.dictionary = dictionary
        self.lexicon = lexicon
    }

    public func check() -> [DictionaryError] {
        dictionary.buildEditions()
        return DictionaryValidator.warnings(in: dictionary.dictionaries) + conflictingVariants() + unstableCanonicalNames() + failingExamples()
    }

    /// A repair variant two entries claim with different replacements and no context.
    ///
    /// Variants both derived from the entries' own names (relatives and namesakes: the Aliyevs,
    /// two Ivanovs) are not listed: nothing in the entries is wrong, and Emend only suggests
    /// such a name (`emend dict explain TEXT` shows every claimant).
    public func conflictingVariants() -> [DictionaryError] {
        var byKey: [String: [CompiledDictionary.Variant]] = [:]
        for v in dictionary.variants.all where !v.origin.isCorrect && v.misrendering?.hasContext != true {
            byKey[Fold.phraseKey(v.text), default: []].append(v)
        }
        var out: [DictionaryError] = []
        for (_, vs) in byKey.sorted(by: { $0.key < $1.key }) {
            let targets = Set(vs.compactMap { dictionary.replacement(for: $0) })
            let entries = Set(vs.map(\.entry))
            guard targets.count > 1, entries.count > 1, !vs.allSatisfy({ $0.origin == .derived }) else { continue }
            let a = dictionary[vs[0].entry], b = dictionary[vs.first { $0.entry != vs[0].entry }!.entry]
            out.append(DictionaryError(location: vs[0].misrendering?.location ?? a.location,
                message: "'\(vs[0].text)' (\(vs[0].derivation ?? vs[0].origin.rawValue)) is claimed by '\(a.name["en"] ?? a.id)' and by '\(b.name["en"] ?? b.id)' at \(b.location) with no context to tell them apart; it will only be suggested",
                isWarning: true))
        }
        return out
    }

    /// Cleaning a canonical name must change nothing, in English and in each edition
    /// language that has the name.
    public func unstableCanonicalNames() -> [DictionaryError] {
        var pipeline = Pipeline(context: RuleContext(dictionary: dictionary, lexicon: lexicon))
        pipeline.declaredMT = true  // the strictest test: as if it were machine-translated
        var out: [DictionaryError] = []
        for language in ["en"] + CompiledDictionary.editionLanguages {
            pipeline.language = language
            let frame = language == "en" ? " said." : "."
            for e in dictionary.entries {
                for name in [e.name[language], e.adjective[language], e.surname[language]].compactMap({ $0 }) {
                    let result = pipeline.clean(Article(source: "-", text: name + frame))
                    if let edit = result.log.edits.first {
                        out.append(DictionaryError(location: e.location,
                            message: "the canonical name '\(name)' (\(language)) would be changed by Emend's rule '\(edit.rule)' to '\(result.editionText.dropLast(frame.utf8.count))'; cleaning canonical text must change nothing"))
                    }
                }
            }
        }
        return out
    }

    /// Every entry's examples, run through the whole pipeline.
    public func failingExamples() -> [DictionaryError] {
        var pipeline = Pipeline(context: RuleContext(dictionary: dictionary, lexicon: lexicon))
        pipeline.declaredMT = true  // an example is a snippet of machine translation
        var out: [DictionaryError] = []
        for e in dictionary.entries {
            for ex in e.examples {
                pipeline.language = ex.language ?? "en"
                let got = pipeline.clean(Article(source: "-", text: ex.text)).editionText
                if got != ex.want {
                    out.append(DictionaryError(location: ex.location,
                        message: "example fails: cleaning '\(ex.text)' gives '\(got)', not '\(ex.want)'"))
                }
            }
        }
        return out
    }
}
