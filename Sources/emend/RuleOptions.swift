import ArgumentParser
import EmendKit
import Foundation

/// Which rules clean, diff and review apply (see `emend rules`), and what the articles are.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Apply only these rules: identifiers or groups, comma-separated or repeated (e.g. 'names', 'unicode.mojibake'). See 'emend rules'.", valueName: "rules"))
    var only: [String] = []

    @Option(name: .long, help: ArgumentHelp("Do not apply these rules (identifiers or groups, comma-separated or repeated).", valueName: "rules"))
    var skip: [String] = []

    @Flag(name: .long, help: "Also apply the edition language's typography: « » quotes and no-break spaces before : ; ! ? in French, „ “ in German, « » in Russian. Off by default: it changes text that a house style may want as it is.")
    var typography = false

    @Option(name: .customLong("source"), help: ArgumentHelp("What the articles are: 'auto' decides per article from the traces machine translation from Chinese leaves (the change log's machineTranslation says which); 'mt' repairs every article as machine-translated; 'edited' only repairs what is wrong on any text (mojibake, CJK punctuation) and suggests the rest. Default: $EMEND_SOURCE, else auto.", valueName: "auto|mt|edited"))
    var sourceOption: SourceKind?

    /// `--source`, else `$EMEND_SOURCE`, else auto.
    var source: SourceKind {
        sourceOption ?? ProcessInfo.processInfo.environment["EMEND_SOURCE"].flatMap(SourceKind.init(rawValue:)) ?? .auto
    }

    @Option(name: .customLong("lang"), help: ArgumentHelp("The edition's language: en, fr, de, es or ru (default: detected from the text's most frequent words; the change log records it and how sure the guess was). Names, country forms and verbs are repaired in that language.", valueName: "code"))
    var language: String?

    @Flag(help: "Respell correct alternative spellings (standard romanizations such as Shoygu) to the dictionaries' canonical names, in every article.")
    var houseStyle = false

    var selection: RuleSelection {
        RuleSelection(only: Self.split(only), skip: Self.split(skip), optional: typography)
    }

    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if let language, !["en", "fr", "de", "es", "ru"].contains(language) {
            throw ValidationError("Unknown language '\(language)'; use en, fr, de, es or ru.")
        }
        do { _ = try selection.rules() } catch { throw ValidationError(error.description) }
    }
}

/// `--source`: whether the articles are machine-translated.
enum SourceKind: String, ExpressibleByArgument, CaseIterable {
    case auto, mt, edited
    /// The pipeline's ``Pipeline/declaredMT``.
    var declared: Bool? { self == .auto ? nil : self == .mt }
}
