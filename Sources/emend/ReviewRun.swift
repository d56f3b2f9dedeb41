import EmendKit
import Foundation

/// What `emend review` and `emend apply` share: the article cleaned with the command's
/// options, a decisions file replayed onto it, and the writing of what a review decided
/// (the edition, its change log and summary, the rejected changes, the user dictionary).
struct ReviewRun {
    let file: String
    let article: Article
    let result: CleanResult
    let pipeline: Pipeline
    /// The exceptions file rejected changes are appended to (and read from).
    let exceptionsPath: String

    /// Reads and cleans `file`; an input that cannot be read is one line and exit 1.
    init(file: String, exceptions: String?, formatOptions: FormatOptions, dictionaryOptions: DictionaryOptions,
         ruleOptions: RuleOptions) throws {
        self.file = file
        exceptionsPath = exceptions ?? Review.findUp(Exceptions.fileName) ?? Exceptions.fileName
        pipeline = try dictionaryOptions.pipeline(rules: ruleOptions, exceptionsPath: exceptionsPath)
        do { article = try Inputs.article(file) } catch let e as InputError { printError(e.description); throw Exit.inputFailed }
        catch let e as IOFailure { printError(e.description); throw Exit.inputFailed }
        result = pipeline.clean(article, format: formatOptions.format(for: file), attributes: formatOptions.attributes)
    }

    /// A fresh session over the article's changes and suggestions.
    func session() -> ReviewSession { ReviewSession(article: article, log: result.log) }

    /// The session answered as the decisions file at `path` says.
    /// - Throws: exit 1 after one line naming the file when it cannot be read or applied
    ///   (another version of the article, unknown ids, changes that differ).
    func replay(_ path: String) throws -> ReviewSession {
        var session = session()
        do {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DecisionsError(message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
            }
            try ReviewDecisions.decode(data).replay(into: &session)
        } catch let e as DecisionsError {
            printError("\(path): error: \(e.message)")
            throw Exit.inputFailed
        }
        return session
    }

    /// Writes what `session` decided: the edition into `out` (or over the input, keeping
    /// FILE.orig, with `inPlace`), `NAME.emend.json` and `NAME.emend.md` into `out`, the
    /// rejected changes appended to the exceptions file and the suggestions added to the
    /// user dictionary.
    /// - Returns: the lines that say what was done, for standard output.
    func write(_ session: ReviewSession, out: String, inPlace: Bool, userDictionary: String?) throws -> [String] {
        let (edition, log) = session.finish()
        let name = file == "-" ? "stdin.txt" : URL(fileURLWithPath: file).lastPathComponent
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        if inPlace {
            try AtomicFile.write(article.bytes, to: file + ".orig")
            try AtomicFile.write(edition, to: file)
        } else {
            try AtomicFile.write(edition, to: out + "/" + name)
        }
        let stem = FormatOptions.stem(name)
        try AtomicFile.write(Array((try ChangeLogJSON.encode(log) + "\n").utf8), to: out + "/" + stem + ".emend.json")
        try AtomicFile.write(Array(log.markdownSummary().utf8), to: out + "/" + stem + ".emend.md")
        let rejected = session.rejected
        if !rejected.isEmpty {
            var text = FileManager.default.contents(atPath: exceptionsPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
            for item in rejected { text = Exceptions.appending(item, to: text) }
            try AtomicFile.write(Array(text.utf8), to: exceptionsPath)
        }
        var lines: [String] = []
        if let userDictionary {
            for a in session.dictionaryAdditions {
                try Self.appendLine("\(a.variant)\t\(a.canonical)\t\(a.kind)\n", to: userDictionary)
                lines.append("added '\(a.variant)' → '\(a.canonical)' to \(userDictionary)")
            }
        }
        lines.append("applied \(log.edits.count) change\(log.edits.count == 1 ? "" : "s"), rejected \(rejected.count)"
                     + (rejected.isEmpty ? "" : " (recorded in \(exceptionsPath))"))
        return lines
    }

    /// Appends a line to a user dictionary, starting it with its header.
    static func appendLine(_ line: String, to path: String) throws {
        let old = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? Array("# variant\tcanonical\tkind (emend review)\n".utf8)
        try AtomicFile.write(old + Array(line.utf8), to: path)
    }
}
