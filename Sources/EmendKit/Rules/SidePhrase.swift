/// "The X side" in a French, German, Spanish or Russian edition, where X is the pinyin of a
/// Chinese short form (韩方 « la partie Han », 乌方 « der Wu-Seite », 韩方 « Сторона Хань »):
/// what to replace, and how the country adjective must be inflected to agree with the noun.
///
/// French and Spanish put the adjective after the noun (« la partie sud-coréenne »),
/// German and Russian before it (« der ukrainischen Seite », « Южнокорейская сторона »).
struct SidePhrase {
    /// The bytes to replace: the short form alone, or the short form with its noun.
    var range: Range<Int>
    /// The adjective's inflection (``Inflection/Form/features``).
    var features: String
    /// Writes the phrase around the inflected adjective.
    var render: @Sendable (String) -> String

    /// The side phrase around occurrence `o`, if it stands in one.
    static func find(_ o: CountryStructures.Occurrence, _ document: Document, _ context: RuleContext) -> SidePhrase? {
        let language = document.language
        let sideNouns = context.words("side-nouns"), feminine = context.words("feminine")
        let tokens = document.tokens
        switch language {
        case "fr", "es":
            // article + noun + X
            guard let n = document.previousWord(o.first), sideNouns.contains(tokens[n].key), tokens[n].isLowercase,
                  let a = document.previousWord(n), context.words("articles").contains(tokens[a].key) else { return nil }
            let plural = tokens[n].key.hasSuffix("s")
            let features = (feminine.contains(tokens[n].key) ? "f" : "m") + (plural ? ".p" : ".s")
            return SidePhrase(range: o.range, features: features, render: { $0 })
        case "de":
            // article + X-Noun: "der Wu-Seite" → "der ukrainischen Seite"
            guard o.last + 2 < tokens.count, tokens[o.last + 1].isHyphen, tokens[o.last + 2].isWord,
                  sideNouns.contains(tokens[o.last + 2].key),
                  let a = document.previousWord(o.first), context.words("articles").contains(tokens[a].key) else { return nil }
            let noun = tokens[o.last + 2].text
            let weak: Set<String> = ["der", "den", "dem", "des", "einem", "einer", "eines", "einen"]
            return SidePhrase(range: o.range.lowerBound..<tokens[o.last + 2].range.upperBound,
                              features: weak.contains(tokens[a].key) ? "en" : "e", render: { "\($0) \(noun)" })
        case "ru":
            // Noun + X: "Сторона Хань" → "Южнокорейская сторона"
            guard let n = document.previousWord(o.first), sideNouns.contains(tokens[n].key) else { return nil }
            let noun = tokens[n].text
            let capital = tokens[n].isCapitalized
            let gender = Inflection.russianGender(tokens[n].key)
            let lowered = capital ? ((try? ICU.lowercase(noun, locale: "ru")) ?? noun.lowercased()) : noun
            return SidePhrase(range: tokens[n].range.lowerBound..<o.range.upperBound, features: "\(gender).nom",
                              render: { adjective in
                                  let a = capital ? NameRule.capitalizeFirst(adjective, locale: "ru") : adjective
                                  return "\(a) \(lowered)"
                              })
        default:
            return nil
        }
    }
}
