import ArgumentParser
import EmendKit
import Foundation

struct Mine: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the names Emend does not know but that look like MT artifacts, across an archive.",
        discussion: """
        Cleans each article, then reads its edition for runs of capitalized words that no \
        dictionary entry matches and that are no English words, ranked by how often they \
        occur and how suspect they look (pinyin-shaped, a role word before them, a probable \
        Korean reading), each with contexts. The file it writes (--out) has one entry for \
        each, to be edited and added with 'emend dict add --from FILE --file LAYER'.

        Examples:
          emend mine archive/ --out candidates.toml
          emend dict add --from candidates.toml --file names/newsroom.toml
        """)

    @Argument(help: ArgumentHelp("Articles or folders of articles.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Write the candidates as a dictionary file to edit (default: a list on standard output).", valueName: "file"))
    var out: String?

    @Option(help: "Only names seen at least this many times.")
    var minimum: Int = 1

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let pipeline = try dictionaryOptions.pipeline(rules: ruleOptions)
        var miner = NameMiner(context: pipeline.context)
        var summary = BatchSummary()
        for item in Inputs.expand(files) {
            do {
                let article = try Inputs.article(item.path)
                let result = pipeline.clean(article)
                summary.add(result.log)
                miner.add(edition: result.editionText, source: item.path, language: result.log.language ?? "en")
            } catch let e as InputError {
                printError(e.description); summary.fail(item.path)
            } catch let e as IOFailure {
                printError(e.description); summary.fail(item.path)
            }
        }
        if let out {
            try AtomicFile.write(Array(miner.file(minimum: minimum).utf8), to: out)
            print("\(miner.candidates(minimum: minimum).count) candidates written to \(out)")
        } else {
            for c in miner.candidates(minimum: minimum) {
                let why = c.why
                print("\(c.count)\t\(c.text)" + (why.isEmpty ? "" : "\t" + why.joined(separator: "; ")) + (c.contexts.first.map { "\t" + $0 } ?? ""))
            }
        }
        if !summary.failed.isEmpty { throw Exit.inputFailed }
    }
}
