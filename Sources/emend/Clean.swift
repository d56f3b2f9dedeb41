import ArgumentParser
import EmendKit
import Foundation

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean articles and write each edition with its change log.",
        discussion: """
        For each input FILE, Emend writes into the output folder the edition (same file \
        name), its change log as JSON (NAME.emend.json) and a short summary for people \
        (NAME.emend.md). The input is never changed unless --in-place is given.

        Examples:
          emend clean seeds/000_b3245f89eee40f4e.txt             # writes editions/...
          emend clean --stdout seeds/003_5a7e8cd7146518ab.txt    # the edition only, on stdout
          emend clean --json - < article.txt                     # the change log on stdout
          emend clean --in-place article.txt                     # keeps article.txt.orig
          emend clean --jsonl < articles.jsonl > cleaned.jsonl   # {"id","text"} per line
          emend clean story.html page.md --out cleaned/          # HTML and Markdown: only the prose changes
        """
    )

    @Argument(help: ArgumentHelp("Articles (UTF-8 text) or folders of them; '-' reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("Folder for editions and change logs.", valueName: "dir"))
    var out: String = "editions"

    @Flag(name: .long, help: "Print the edition on standard output and write nothing else.")
    var stdout = false

    @Flag(name: .long, help: "Print the change log as JSON on standard output and write nothing else.")
    var json = false

    @Flag(name: .long, help: "Read JSON Lines ({\"id\": ..., \"text\": ...}) on standard input and write one record per line (id, text, edits, suggestions) on standard output.")
    var jsonl = false

    @Option(name: .customLong("jobs"), help: ArgumentHelp("Threads to clean with (default: the number of cores).", valueName: "n"))
    var jobsOption: Int?

    /// `--jobs`, else the number of cores.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(name: .long, help: "Rewrite each input atomically (keeping FILE.orig unless --no-backup); change logs still go to --out.")
    var inPlace = false

    @Flag(name: .long, help: "With --in-place, keep no backup.")
    var noBackup = false

    @Flag(name: .long, help: "Print on standard error where the time went: reading, analysis, the article model, each rule, the change log, output.")
    var profile = false

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        if jsonl {
            if !files.isEmpty && files != ["-"] { throw ValidationError("--jsonl reads standard input; give no files (or '-').") }
            if stdout || json || inPlace { throw ValidationError("--jsonl cannot be combined with --stdout, --json or --in-place.") }
            return
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if files.isEmpty { throw ValidationError("Give at least one file, or '-' for standard input.") }
        if stdout && json { throw ValidationError("Use either --stdout or --json, not both.") }
        if inPlace && (stdout || json) { throw ValidationError("--in-place cannot be combined with --stdout or --json.") }
        if inPlace && files.contains("-") { throw ValidationError("--in-place needs files, not standard input.") }
        if noBackup && !inPlace { throw ValidationError("--no-backup only applies with --in-place.") }
        let names = Inputs.expand(files, output: out).map { FormatOptions.stem($0.relative) }
        if !stdout && !json && !inPlace, let dup = Dictionary(grouping: names, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw ValidationError("Two inputs would write the same edition or change log '\(dup)' in '\(out)'; clean them into different folders.")
        }
    }

    func run() throws {
        let profile = self.profile ? StageProfile() : nil
        let started = StageProfile.now()
        var loaded = try dictionaryOptions.pipeline(rules: ruleOptions)
        profile?.add("load", seconds: StageProfile.seconds(since: started))
        loaded.profile = profile
        let pipeline = loaded
        defer {
            if let profile {
                // With one thread the stages add up to the run; the rest is reading and writing.
                let wall = StageProfile.seconds(since: started)
                let timed = profile.all.reduce(0) { $0 + $1.seconds }
                if jobs == 1 && wall > timed { profile.add("other (reading, writing)", seconds: wall - timed) }
                printError(String(profile.report(megabytes: nil).dropLast()))
            }
        }
        if Lexicon.system == nil {
            printError("emend: warning: the English word lists are missing (\(Lexicon.defaultWordNet), \(Lexicon.defaultWordList)); install Debian's wordnet-base and wamerican. Casing repairs are off.")
        }
        if jsonl {
            if !JSONLinesMode.run(pipeline: pipeline, jobs: jobs, progress: Progress(total: nil, label: "cleaned")) { throw Exit.inputFailed }
            return
        }
        var summary = BatchSummary()
        if !stdout && !json { AtomicFile.removeStaleTemporaries(in: out) }
        let items = Inputs.expand(files, output: out)
        // A folder with no articles in it is a mistake worth saying so (an empty batch would pass silently).
        for file in files where file != "-" && Inputs.isFolder(file) && !items.contains(where: { $0.path.hasPrefix(file + "/") }) {
            printError("\(file): error: is a folder with no articles in it (\(Inputs.extensions.sorted().map { "." + $0 }.joined(separator: ", ")))")
            summary.fail(file)
        }
        // Files that write their own edition are cleaned on `jobs` threads, a chunk at a
        // time; messages and the summary keep the input order. Standard output stays serial.
        let parallel = !stdout && !json && !items.contains { $0.path == "-" } && jobs > 1
        let progress = items.count > 1 ? Progress(total: items.count, label: "cleaning") : nil
        let chunk = parallel ? jobs * 16 : 1
        var start = 0
        while start < items.count {
            let slice = Array(items[start..<min(items.count, start + chunk)])
            let outcomes = BatchOutcomes(count: slice.count)
            let command = ReadOnly(self)
            let work: @Sendable (Int) -> Void = { i in
                do {
                    outcomes.set(i, .success(try command.value.clean(slice[i].path, relative: slice[i].relative, pipeline)))
                } catch let e as InputError {
                    outcomes.set(i, .failure(e.description))
                } catch let e as IOFailure {
                    outcomes.set(i, .failure(e.description))
                } catch {
                    outcomes.set(i, .failure("\(slice[i].path): error: \(error)"))
                }
            }
            if parallel {
                parallelFor(slice.count, jobs: jobs, work)
            } else {
                (0..<slice.count).forEach(work)
            }
            for (i, outcome) in outcomes.all.enumerated() {
                switch outcome {
                case .success(let log): summary.add(log)
                case .failure(let message): printError(message); summary.fail(slice[i].path)
                case nil: break
                }
            }
            progress?.advance(by: slice.count)
            start += slice.count
        }
        progress?.finish()
        if !items.isEmpty && (items.count > 1 || items.count != files.count) { printError(summary.text) }
        if !summary.failed.isEmpty { throw Exit.inputFailed }
    }

    @discardableResult
    private func clean(_ file: String, relative: String, _ pipeline: Pipeline) throws -> ChangeLog {
        let bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            bytes = try AtomicFile.read(file)
        }
        let article = try ArticleReader.article(source: file, bytes: bytes)
        let result = pipeline.clean(article, format: formatOptions.format(for: file), attributes: formatOptions.attributes)
        if stdout {
            var edition = result.edition
            if let error = FileDescriptorOutput.write(&edition, to: 1) { throw IOFailure(standardOutputOf: file, errno: error) }
            return result.log
        }
        let logJSON = try ChangeLogJSON.encode(result.log)
        if json {
            if let error = FileDescriptorOutput.write(logJSON + "\n", to: 1) { throw IOFailure(standardOutputOf: file, errno: error) }
            return result.log
        }
        let name = relative
        let stem = FormatOptions.stem(name)
        let folder = URL(fileURLWithPath: out + "/" + name).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw IOFailure(path: out, reason: "cannot create the output folder")
        }
        if inPlace {
            if !noBackup { try AtomicFile.write(bytes, to: file + ".orig") }
            try AtomicFile.write(result.edition, to: file)
        } else {
            let editionPath = out + "/" + name
            if URL(fileURLWithPath: editionPath).standardizedFileURL.path == URL(fileURLWithPath: file).standardizedFileURL.path {
                throw IOFailure(path: file, reason: "the edition would overwrite the input; use --in-place to rewrite it, or another --out")
            }
            try AtomicFile.write(result.edition, to: editionPath)
        }
        try AtomicFile.write(Array((logJSON + "\n").utf8), to: out + "/" + stem + ".emend.json")
        try AtomicFile.write(Array(result.log.markdownSummary().utf8), to: out + "/" + stem + ".emend.md")
        return result.log
    }
}

extension IOFailure {
    /// Standard output refused the edition or log of `file` (a full disk, a closed pipe).
    init(standardOutputOf file: String, errno: Int32) {
        self.init(path: file, reason: "cannot write to standard output: \(String(cString: strerror(errno)))")
    }
}

/// The outcome of each file of a chunk, written by the thread that cleaned it.
final class BatchOutcomes: @unchecked Sendable {
    enum Outcome { case success(ChangeLog), failure(String) }
    private var outcomes: [Outcome?]
    private let lock = NSLock()

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ outcome: Outcome) {
        lock.lock(); defer { lock.unlock() }
        outcomes[i] = outcome
    }

    var all: [Outcome?] { lock.lock(); defer { lock.unlock() }; return outcomes }
}

/// A value read, never written, by several threads (the command's parsed options).
struct ReadOnly<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
