import ArgumentParser
import EmendKit
import Foundation

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Step through the changes and suggestions, accept or reject each, then write the edition.",
        discussion: """
        Like 'git add -p', each change is shown with its rule and reason, then a prompt:
          y  apply this change
          n  reject it (recorded in emend-exceptions.toml)
          e  edit the replacement
          s  skip it for now (not applied, not recorded)
          a  apply this and all the rest
          b  back: take back the previous answer and ask it again
          q  quit; apply nothing more
        Each suggestion then offers: 1-9 apply that candidate, u add it to the user \
        dictionary (emend-user.tsv) and apply it, n no, b back, q quit. (Back is 'b', \
        since 'u' is the user dictionary.)
        Answers are read a line at a time, so the review can be scripted. The edition, its \
        change log (NAME.emend.json) and summary (NAME.emend.md) go into --out.

        With --decisions, the answers come from a decisions file saved by the HTML review \
        ('emend diff --format html'), as 'emend apply' does.

        Examples:
          emend review seeds/000_b3245f89eee40f4e.txt --out editions/
          emend review seeds/000_b3245f89eee40f4e.txt --decisions 000_b3245f89eee40f4e.decisions.json
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

    @Option(help: ArgumentHelp("Take the answers from this decisions file (saved by the HTML review) instead of asking.", valueName: "file"))
    var decisions: String?

    @Option(help: "Color: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let review = try ReviewRun(file: file, exceptions: exceptions, formatOptions: formatOptions,
                                   dictionaryOptions: dictionaryOptions, ruleOptions: ruleOptions)
        if let decisions {
            let session = try review.replay(decisions)
            for line in try review.write(session, out: out, inPlace: inPlace, userDictionary: nil) { print(line) }
            return
        }
        var session = review.session()
        ask(&session, review)
        print("")
        for line in try review.write(session, out: out, inPlace: inPlace, userDictionary: userDictionary) { print(line) }
    }

    /// Asks about each change, then each suggestion, until every one is answered or the
    /// user quits. `b` takes back the previous answer (every item it decided: all the rest
    /// after `a`) and asks that item again.
    private func ask(_ session: inout ReviewSession, _ review: ReviewRun) {
        let log = review.result.log, original = review.article.bytes
        let painter = WordDiff(color: color.enabled(), context: 10)
        let changes = log.edits.count, total = changes + log.suggestions.count
        var prompt = Prompt()
        /// The items each answer decided, oldest first.
        var steps: [Range<Int>] = []
        var i = 0
        items: while i < total {
            if i < changes {
                let edit = log.edits[i]
                print("\n(\(i + 1)/\(changes)) " + painter.describe(edit))
                print("  " + painter.line(of: edit, in: original))
            } else {
                let s = log.suggestions[i - changes]
                print("\nSuggestion (\(i - changes + 1)/\(log.suggestions.count)) \(s.line):\(s.column) '\(s.text)' → " +
                      s.candidates.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: "  ") + "\n  \(s.reason)"
                      + "\n  " + painter.line(of: s, in: original))
            }
            while true {
                let answer = i < changes ? prompt.ask("Apply this change [y,n,e,s,a,b,q,?]? ")
                    : prompt.ask("Apply [1-\(min(9, log.suggestions[i - changes].candidates.count)),u,n,b,q,?]? ")
                if answer == "q" { break items }
                if answer == "" {   // an empty answer ends the changes (the suggestions are still asked), then the review
                    guard i < changes else { break items }
                    i = changes
                    continue items
                }
                if answer == "b" {
                    guard let last = steps.popLast() else { print("Nothing to take back yet."); continue }
                    for j in last { if j < changes { session.answer(change: j, nil) } else { session.answer(suggestion: j - changes, nil) } }
                    i = last.lowerBound
                    print("Took back the answer to \(i < changes ? "change \(i + 1)" : "suggestion \(i - changes + 1)").")
                    continue items
                }
                let decided = i < changes ? answerChange(answer, i, &session, &prompt)
                    : answerSuggestion(answer, i - changes, &session, review.pipeline)
                guard let decided else { continue }
                steps.append(i..<(i + decided))
                i += decided
                continue items
            }
        }
    }

    /// Answers change `i`; the number of changes decided (all the rest for `a`), or nil to
    /// ask again.
    private func answerChange(_ answer: String, _ i: Int, _ session: inout ReviewSession, _ prompt: inout Prompt) -> Int? {
        let log = session.log, edit = log.edits[i]
        switch answer {
        case "y": session.answer(change: i, .accept)
        case "n": session.answer(change: i, .reject)
        case "s": session.answer(change: i, .skip)
        case "e":
            let text = prompt.ask("Replacement for '\(edit.before)' (empty keeps '\(edit.after)'): ", raw: true)
            if prompt.quit { return nil }   // the input ended: the next question quits
            session.answer(change: i, text.isEmpty ? .accept : .edit(text))
        case "a":
            for j in i..<log.edits.count { session.answer(change: j, .accept) }
            return log.edits.count - i
        default:
            print("y - apply; n - reject and remember; e - edit the replacement; s - skip; a - apply this and the rest; b - back to the previous answer; q - quit")
            return nil
        }
        return 1
    }

    /// Answers suggestion `i`; 1 when answered, nil to ask again.
    private func answerSuggestion(_ answer: String, _ i: Int, _ session: inout ReviewSession, _ pipeline: Pipeline) -> Int? {
        let s = session.log.suggestions[i]
        if let n = Int(answer), n >= 1, n <= s.candidates.count { session.answer(suggestion: i, .apply(s.candidates[n - 1])); return 1 }
        switch answer {
        case "u":
            guard let kind = session.dictionaryKind(of: s, pipeline.context.dictionary) else {
                print("'\(s.text)' is not a name; it cannot go into a dictionary."); return nil
            }
            session.answer(suggestion: i, .addToDictionary(kind: kind))
            print("'\(s.text)' → '\(s.candidates[0])' goes into \(userDictionary)")
        case "n": session.answer(suggestion: i, .no)
        default:
            print("1-9 - apply that candidate; u - add to the user dictionary and apply; n - no; b - back to the previous answer; q - quit")
            return nil
        }
        return 1
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
