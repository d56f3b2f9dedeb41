import ArgumentParser
import EmendKit
import Foundation

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Step through the changes and suggestions, accept or reject each, then write the edition.",
        discussion: """
        Like 'git add -p', each change is shown with its rule and reason, then a prompt:
          y  apply this change           n  reject it (recorded in emend-exceptions.toml)
          e  edit the replacement        s  skip it for now (not applied, not recorded)
          a  apply this and all the rest q  quit; apply nothing more
        Each suggestion then offers: 1-9 apply that candidate, u add it to the user \
        dictionary (emend-user.tsv) and apply it, n no, q quit.
        Answers are read a line at a time, so the review can be scripted.

        Example:
          emend review seeds/000_b3245f89eee40f4e.txt --out editions/
        """
    )

    @Argument(help: ArgumentHelp("The article to review.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Folder for the edition and its change log.", valueName: "dir"))
    var out: String = "editions"

    @Flag(help: "Rewrite the input atomically instead (keeping FILE.orig).")
    var inPlace = false

    @Option(help: ArgumentHelp("The exceptions file (default: emend-exceptions.toml, the nearest from the current folder upwards, else here).", valueName: "file"))
    var exceptions: String?

    @Option(help: ArgumentHelp("The user dictionary suggestions go into (TSV).", valueName: "file"))
    var userDictionary: String = "emend-user.tsv"

    @Option(help: "Color: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let exceptionsPath = exceptions ?? Self.findUp(Exceptions.fileName) ?? Exceptions.fileName
        let pipeline = try dictionaryOptions.pipeline(rules: ruleOptions, exceptionsPath: exceptionsPath)
        let article: Article
        do { article = try Inputs.article(file) } catch let e as InputError { printError(e.description); throw Exit.inputFailed }
        catch let e as IOFailure { printError(e.description); throw Exit.inputFailed }
        let result = pipeline.clean(article, format: formatOptions.format(for: file), attributes: formatOptions.attributes)
        let painter = WordDiff(color: color.enabled(), context: 10)
        var session = ReviewSession(article: article, log: result.log)
        var prompt = Prompt()

        edits: for (i, edit) in result.log.edits.enumerated() {
            print("\n(\(i + 1)/\(result.log.edits.count)) " + painter.describe(edit))
            print("  " + painter.line(of: edit, in: article.bytes))
            while true {
                switch prompt.ask("Apply this change [y,n,e,s,a,q,?]? ") {
                case "y": session.accept(edit); continue edits
                case "n": session.reject(edit); continue edits
                case "s": continue edits
                case "e":
                    let text = prompt.ask("Replacement for '\(edit.before)' (empty keeps '\(edit.after)'): ", raw: true)
                    var changed = edit
                    if !text.isEmpty { changed.after = text; changed.reason += " (edited in review)" }
                    session.accept(changed); continue edits
                case "a": for e in result.log.edits[i...] { session.accept(e) }; break edits
                case "q", "": break edits
                default: print("y - apply; n - reject and remember; e - edit the replacement; s - skip; a - apply this and the rest; q - quit")
                }
            }
        }
        if !prompt.quit {
            suggestions: for (i, s) in result.log.suggestions.enumerated() {
                print("\nSuggestion (\(i + 1)/\(result.log.suggestions.count)) \(s.line):\(s.column) '\(s.text)' → " +
                      s.candidates.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: "  ") + "\n  \(s.reason)"
                      + "\n  " + painter.line(of: s, in: article.bytes))
                while true {
                    let answer = prompt.ask("Apply [1-\(min(9, s.candidates.count)),u,n,q,?]? ")
                    if let n = Int(answer), n >= 1, n <= s.candidates.count { session.apply(s, candidate: s.candidates[n - 1]); continue suggestions }
                    switch answer {
                    case "u":
                        guard let kind = session.dictionaryKind(of: s, pipeline.context.dictionary) else {
                            print("'\(s.text)' is not a name; it cannot go into a dictionary."); continue
                        }
                        try Self.appendLine("\(s.text)\t\(s.candidates[0])\t\(kind)\n", to: userDictionary)
                        session.apply(s, candidate: s.candidates[0])
                        print("added '\(s.text)' → '\(s.candidates[0])' to \(userDictionary)")
                        continue suggestions
                    case "n": continue suggestions
                    case "q", "": break suggestions
                    default: print("1-9 - apply that candidate; u - add to the user dictionary and apply; n - no; q - quit")
                    }
                }
            }
        }
        let (edition, log) = session.finish()
        if inPlace {
            try AtomicFile.write(article.bytes, to: file + ".orig")
            try AtomicFile.write(edition, to: file)
        } else {
            let name = file == "-" ? "stdin.txt" : URL(fileURLWithPath: file).lastPathComponent
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try AtomicFile.write(edition, to: out + "/" + name)
        }
        let stem = FormatOptions.stem(URL(fileURLWithPath: file == "-" ? "stdin.txt" : file).lastPathComponent)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try AtomicFile.write(Array((try ChangeLogJSON.encode(log) + "\n").utf8), to: out + "/" + stem + ".emend.json")
        if !session.rejected.isEmpty {
            var text = (FileManager.default.contents(atPath: exceptionsPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            for item in session.rejected { text = Exceptions.appending(item, to: text) }
            try AtomicFile.write(Array(text.utf8), to: exceptionsPath)
        }
        print("\napplied \(log.edits.count) change\(log.edits.count == 1 ? "" : "s"), rejected \(session.rejected.count)" +
              (session.rejected.isEmpty ? "" : " (recorded in \(exceptionsPath))"))
    }

    static func findUp(_ name: String) -> String? {
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<32 {
            let p = dir.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: p) { return p }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
        return nil
    }

    static func appendLine(_ line: String, to path: String) throws {
        let old = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? Array("# variant\tcanonical\tkind (emend review)\n".utf8)
        try AtomicFile.write(old + Array(line.utf8), to: path)
    }
}

/// Reads one answer a line at a time from standard input; end of input means quit.
struct Prompt {
    var quit = false

    mutating func ask(_ question: String, raw: Bool = false) -> String {
        FileDescriptorOutput.write(question, to: 1)
        guard let line = readLine(strippingNewline: true) else { quit = true; print(""); return "q" }
        if raw { return line }
        let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
        if answer == "q" { quit = true }
        return answer
    }
}
