import ArgumentParser
import EmendKit

extension ArticleFormat: ExpressibleByArgument {}

/// How articles are read: text, Markdown or HTML; shared by clean, diff and review.
struct FormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Input format: text, markdown or html (default: from each file's extension; text for standard input).", valueName: "format"))
    var format: ArticleFormat?

    @Flag(help: "Also clean HTML alt and title attribute values (Markdown image descriptions).")
    var attributes = false

    init() {}

    init(format: ArticleFormat?) { self.format = format }

    func validate() throws {
        if attributes && format == .text { throw ValidationError("--attributes only applies to html or markdown.") }
    }

    /// The format to read `path` in.
    func format(for path: String) -> ArticleFormat {
        format ?? (path == "-" ? .text : ArticleFormat.detect(path: path))
    }

    /// `path` without its article extension ("story.html" → "story").
    static func stem(_ path: String) -> String {
        for ext in Inputs.extensions.sorted(by: { $0.count > $1.count }) where path.lowercased().hasSuffix("." + ext) {
            return String(path.dropLast(ext.count + 1))
        }
        return path
    }
}
