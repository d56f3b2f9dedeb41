import ArgumentParser
import EmendKit

struct Dict: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check and explore the name dictionaries.",
        subcommands: [Check.self, Explain.self, Add.self, Find.self, List.self, Compile.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the dictionaries and run every entry's examples.",
            discussion: "Reports each problem as FILE:LINE:COLUMN: error: ..., and exits with status 2 if there is any. Files named check as layers over the bundled dictionaries (and the project's), as --dictionary would load them.\n\nExamples:\n  emend dict check\n  emend dict check names/newsroom.toml names/gazetteer.tsv")

        @Argument(help: ArgumentHelp("Dictionary files (.toml or .tsv) to check as layers over the bundled ones.", valueName: "file"))
        var files: [String] = []

        @Flag(help: "Also list every warning (variants two entries share, unknown country ids).")
        var warnings = false

        @OptionGroup var dictionaryOptions: DictionaryOptions

        func run() throws {
            var options = dictionaryOptions
            options.dictionary += files
            let dictionary = try options.load()
            let problems = DictionaryChecker(dictionary: dictionary, lexicon: Lexicon.system).check()
            for p in problems where warnings || !p.isWarning { printError(p.description) }
            let errors = problems.filter { !$0.isWarning }.count
            let warned = problems.count - errors
            let examples = dictionary.entries.reduce(0) { $0 + $1.examples.count }
            let note = warned > 0 && !warnings ? " (\(warned) warning\(warned == 1 ? "" : "s"); --warnings lists them)" : ""
            print("\(dictionary.entries.count) entries, \(dictionary.variants.count) variants, \(examples) examples: \(errors == 0 ? "OK" : "\(errors) error\(errors == 1 ? "" : "s")")\(note)")
            if let cldr = dictionary.cldrSummary() { print(cldr) }
            if errors > 0 { throw Exit.dictionaryBroken }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which entry a text resolves to, and by which derivation.",
            discussion: "Example:\n  emend dict explain Naka\n  emend dict explain 'Yin Xiyue'")

        @Argument(help: "The text to look up.")
        var text: String

        @OptionGroup var dictionaryOptions: DictionaryOptions

        func run() throws {
            let dictionary = try dictionaryOptions.load()
            for line in DictionaryExplainer(dictionary: dictionary).explain(text) { print(line) }
        }
    }
}
