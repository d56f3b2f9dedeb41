import ArgumentParser
import EmendKit
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what cleaning would change, for review; writes nothing unless asked.",
        discussion: """
        Formats: 'word' (default) shows each change in a window of words with its line and \
        column (a change repeated is shown once, with its count), then the suggestions; \
        --reasons adds each one's rule and reason; 'unified' is a patch of the original that 'patch -p0' and \
        'git apply -p0' accept; 'json' is the change log; 'html' is one self-contained \
        page with every change and suggestion marked in the text, a panel of reasons and a \
        filter by category, on which an editor accepts, rejects or edits each one (buttons, \
        or the keys j/k, a, r, e, 1-9) and saves the decisions for 'emend apply'.

        Examples:
          emend diff seeds/000_b3245f89eee40f4e.txt
          emend diff --reasons --context 12 seeds/000_b3245f89eee40f4e.txt
          emend diff --format unified seeds/000_b3245f89eee40f4e.txt | patch -p0 --dry-run
          emend diff --format html seeds/003_5a7e8cd7146518ab.txt > review.html
          emend diff articles/ --format html --out reviews/
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case word, unified, json, html }

    @Argument(help: ArgumentHelp("Articles or folders of articles; '-' reads standard input.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: word, unified, json or html.")
    var format: Format = .word

    @Option(help: "Context around each change: words either side in the word format (default 8), lines in the unified one (default 3).")
    var context: Int?

    @Flag(help: "Word format: show each change's category, rule and reason, and the article's MT evidence.")
    var reasons = false

    @Option(help: "Color for terminals: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Write one review per input into this folder (NAME.review.html, .diff, .json) instead of standard output.", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("input-format"), help: ArgumentHelp("Input format: text, markdown or html (default: from each file's extension).", valueName: "format"))
    var inputFormat: ArticleFormat?

    @Flag(help: "Also clean HTML alt and title attribute values (Markdown image descriptions).")
    var attributes = false

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one file or folder, or '-' for standard input.") }
        if let context, context < 0 { throw ValidationError("--context must be 0 or more.") }
    }

    func run() throws {
        let pipeline = try dictionaryOptions.pipeline(rules: ruleOptions)
        let items = Inputs.expand(files)
        if format == .html && items.count > 1 && out == nil {
            throw ValidationError("More than one input gives more than one page; give --out DIR.")
        }
        var summary = BatchSummary()
        let useColor = out == nil && color.enabled()
        for item in items {
            do {
                let article = try Inputs.article(item.path)
                let result = pipeline.clean(article, format: FormatOptions(format: inputFormat).format(for: item.path), attributes: attributes)
                summary.add(result.log)
                let text: String
                switch format {
                case .word: text = WordDiff(color: useColor, context: context ?? 8, reasons: reasons).render(original: article.bytes, log: result.log)
                case .unified: text = UnifiedDiff.render(original: article.bytes, edition: result.edition, log: result.log, path: item.path, context: context ?? 3)
                case .json: text = try ChangeLogJSON.encode(result.log) + "\n"
                case .html: text = HTMLReport.render(original: article.bytes, log: result.log, title: item.path)
                }
                if let out {
                    let ext = ["word": "review.txt", "unified": "diff", "json": "emend.json", "html": "review.html"][format.rawValue]!
                    let path = out + "/" + FormatOptions.stem(item.relative) + "." + ext
                    try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
                    try AtomicFile.write(Array(text.utf8), to: path)
                } else {
                    FileDescriptorOutput.write(text, to: 1)
                }
            } catch let e as InputError {
                printError(e.description); summary.fail(item.path)
            } catch let e as IOFailure {
                printError(e.description); summary.fail(item.path)
            }
        }
        if items.count > 1 || files.contains(where: { Inputs.expand([$0]).count != 1 }) { printError(summary.text) }
        if !summary.failed.isEmpty { throw Exit.inputFailed }
    }
}
