import ArgumentParser
import EmendKit

/// Which rules clean, diff and review apply (see `emend rules`).
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Apply only these rules: identifiers or groups, comma-separated or repeated (e.g. 'names', 'unicode.mojibake'). See 'emend rules'.", valueName: "rules"))
    var only: [String] = []

    @Option(name: .long, help: ArgumentHelp("Do not apply these rules (identifiers or groups, comma-separated or repeated).", valueName: "rules"))
    var skip: [String] = []

    @Flag(name: .long, help: "Also apply the edition language's typography: « » quotes and no-break spaces before : ; ! ? in French, „ “ in German, « » in Russian. Off by default: it changes text that a house style may want as it is.")
    var typography = false

    var selection: RuleSelection {
        RuleSelection(only: Self.split(only), skip: Self.split(skip), optional: typography)
    }

    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        do { _ = try selection.rules() } catch { throw ValidationError(error.description) }
    }
}
