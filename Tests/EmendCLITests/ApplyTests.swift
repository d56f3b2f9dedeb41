import Foundation
import Testing

/// `emend apply` and `emend review --decisions` replay a decisions file through the same
/// review session as the terminal review, and refuse one made on another text; the
/// terminal review takes answers back (b) and writes the summary beside the edition.
extension CLITests {
    static let reviewText = "The Naka region. Talks on the Naka issue。Russia Dispatched troops. Zelinsky arrived on Monday."

    /// The page's embedded data (source, sha256, items) for `file`, as the browser reads it.
    func pageData(_ file: String, cwd: String) throws -> [String: Any] {
        let html = try run(["diff", "--format", "html", file], cwd: cwd).stdout
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"emend-data\">")).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }

    /// A decisions file answering the page's items in order (nil: leave it out).
    func writeDecisions(_ data: [String: Any], _ answers: [(decision: String, after: String?)?], to path: String) throws {
        let items = data["items"] as! [[String: Any]]
        var records: [[String: Any]] = []
        for (item, answer) in zip(items, answers) {
            guard let answer else { continue }
            var r: [String: Any] = ["id": item["id"]!, "start": item["start"]!, "end": item["end"]!, "before": item["before"]!, "decision": answer.decision]
            if let after = answer.after { r["after"] = after }
            records.append(r)
        }
        let file: [String: Any] = ["schema": 1, "source": data["source"]!, "sha256": data["sha256"]!, "decisions": records]
        try JSONSerialization.data(withJSONObject: file, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))
    }

    @Test func thePageNamesTheArticlesSHA256() throws {
        let dir = tempDir()
        try Self.reviewText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let data = try pageData("a.txt", cwd: dir)
        let p = Process(), out = Pipe()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [dir + "/a.txt"]
        p.standardOutput = out
        try p.run()
        let reference = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(reference.hasPrefix((data["sha256"] as? String ?? "none") + " "))
        #expect((data["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["e1", "e2", "e3", "e4", "s1"])
    }

    /// Hand-written decisions (accept, reject, edit, a candidate, one left out) give what the
    /// terminal review writes for the same answers, byte for byte; so does review --decisions.
    @Test func applyWritesWhatTheTerminalReviewWritesForTheSameAnswers() throws {
        let dir = tempDir()
        try Self.reviewText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let data = try pageData("a.txt", cwd: dir)
        // e1 Naka, e2 Naka, e3 。, e4 Dispatched, s1 Zelinsky.
        try writeDecisions(data, [("edit", "Karabakh"), ("reject", nil), nil, ("accept", nil), ("accept", "Zelensky")], to: dir + "/d.json")
        let apply = try run(["apply", "a.txt", "--decisions", "d.json", "--out", "applied", "--exceptions", "applied.toml"], cwd: dir)
        #expect(apply.status == 0 && apply.stdout == "applied 3 changes, rejected 1 (recorded in applied.toml)\n" && apply.stderr.isEmpty)
        let again = try run(["review", "a.txt", "--decisions", "d.json", "--out", "again", "--exceptions", "again.toml"], cwd: dir)
        #expect(again.status == 0)
        let review = try runOnPTY(["review", "a.txt", "--out", "reviewed", "--exceptions", "reviewed.toml"],
                                  keys: ["e", "Karabakh", "n", "s", "y", "1"], cwd: dir)
        #expect(review.status == 0 && review.screen.contains("applied 3 changes, rejected 1"))
        #expect(try String(contentsOfFile: dir + "/applied/a.txt", encoding: .utf8)
                == "The Karabakh region. Talks on the Naka issue。Russia dispatched troops. Zelensky arrived on Monday.")
        for file in ["a.txt", "a.emend.json", "a.emend.md"] {
            let applied = FileManager.default.contents(atPath: dir + "/applied/" + file)
            #expect(applied != nil && applied == FileManager.default.contents(atPath: dir + "/reviewed/" + file), "\(file): apply and review differ")
            #expect(applied == FileManager.default.contents(atPath: dir + "/again/" + file), "\(file): apply and review --decisions differ")
        }
        let exceptions = FileManager.default.contents(atPath: dir + "/applied.toml")
        #expect(exceptions != nil && exceptions == FileManager.default.contents(atPath: dir + "/reviewed.toml")
                && exceptions == FileManager.default.contents(atPath: dir + "/again.toml"))
    }

    @Test func decisionsMadeOnAnotherTextAreOneLineAndExitOne() throws {
        let dir = tempDir()
        try Self.reviewText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try writeDecisions(try pageData("a.txt", cwd: dir), [("accept", nil)], to: dir + "/d.json")
        try (Self.reviewText + " More.").write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let r = try run(["apply", "a.txt", "--decisions", "d.json"], cwd: dir)
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("d.json: error: the decisions were made on another version of the article (sha256 ")
                && r.stderr.hasSuffix("; render the review again\n") && r.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: dir + "/editions"))
        let review = try run(["review", "a.txt", "--decisions", "d.json"], cwd: dir)
        #expect(review.status == 1 && review.stderr == r.stderr)
    }

    @Test func decisionsThatDoNotFitTheArticleAreOneLineAndExitOne() throws {
        let dir = tempDir()
        try Self.reviewText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let data = try pageData("a.txt", cwd: dir)
        func apply(_ answers: [(decision: String, after: String?)?], _ edit: (inout String) -> Void = { _ in }) throws -> CLITests.Run {
            try writeDecisions(data, answers, to: dir + "/d.json")
            var text = try String(contentsOfFile: dir + "/d.json", encoding: .utf8)
            edit(&text)
            try text.write(toFile: dir + "/d.json", atomically: true, encoding: .utf8)
            return try run(["apply", "a.txt", "--decisions", "d.json"], cwd: dir)
        }
        let cases: [(CLITests.Run, String)] = [
            (try apply([nil, nil, nil, nil, ("accept", "Zelenskyy")]), "d.json: error: 's1': 'Zelenskyy' is not one of its candidates ('Zelensky')\n"),
            (try apply([nil, nil, nil, nil, ("edit", "Zelenskyy")]), "d.json: error: 's1' is a suggestion: accept one of its candidates or reject it; only changes are edited\n"),
            (try apply([("accept", nil)]) { $0 = $0.replacingOccurrences(of: "\"e1\"", with: "\"e9\"") },
             "d.json: error: 'e9' is no change or suggestion of this article (it has changes e1-e4 and suggestion s1)\n"),
            (try apply([("accept", nil)]) { $0 = $0.replacingOccurrences(of: "\"accept\"", with: "\"maybe\"") },
             "d.json: error: not a decisions file: decisions[0].decision: a decision is accept, reject, edit or pending\n"),
            (try apply([nil, ("accept", nil)]) { $0 = $0.replacingOccurrences(of: "\"e2\"", with: "\"e1\"") },
             "d.json: error: 'e1' was 'Naka' at bytes 30-34 in the review but is 'Naka' at 4-8 now; apply with the options, dictionaries and exceptions the review was rendered with\n"),
        ]
        for (r, message) in cases { #expect(r.status == 1 && r.stderr == message, "\(r.stderr)") }
        let missing = try run(["apply", "a.txt", "--decisions", "none.json"], cwd: dir)
        #expect(missing.status == 1 && missing.stderr == "none.json: error: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/editions"))
    }

    /// b at the change prompt takes back the previous answer and asks it again: y, b, n
    /// rejects the first change.
    @Test func reviewTakesAnAnswerBack() throws {
        let dir = tempDir()
        try Self.reviewText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let r = try runOnPTY(["review", "a.txt", "--out", "out"], keys: ["b", "y", "b", "n"], cwd: dir)
        #expect(r.status == 0 && r.screen.contains("Apply this change [y,n,e,s,a,b,q,?]?"))
        #expect(r.screen.contains("Nothing to take back yet.") && r.screen.contains("Took back the answer to change 1."))
        #expect(r.screen.components(separatedBy: "(1/4) ").count == 3 && r.screen.contains("applied 0 changes, rejected 1"))
        #expect(try String(contentsOfFile: dir + "/out/a.txt", encoding: .utf8) == Self.reviewText)
        let exceptions = try String(contentsOfFile: dir + "/emend-exceptions.toml", encoding: .utf8)
        #expect(exceptions == "[[exception]]\nrule = \"names.dictionary\"\nbefore = \"Naka\"\nafter = \"Nagorno-Karabakh\"\ncontext = \"The Naka region. Talks on\"\n")
        // After 'a' (this and all the rest), b takes back every change it applied.
        let fresh = tempDir()
        try Self.reviewText.write(toFile: fresh + "/a.txt", atomically: true, encoding: .utf8)
        let all = try runOnPTY(["review", "a.txt", "--out", "all"], keys: ["y", "a", "b", "q"], cwd: fresh)
        #expect(all.status == 0 && all.screen.contains("Took back the answer to change 2.") && all.screen.contains("applied 1 change, rejected 0"))
        #expect(try String(contentsOfFile: fresh + "/all/a.txt", encoding: .utf8)
                == "The Nagorno-Karabakh region. Talks on the Naka issue。Russia Dispatched troops. Zelinsky arrived on Monday.")
    }

    /// The review writes the edition's summary for people beside it, as clean does.
    @Test func reviewWritesTheSummaryBesideTheEdition() throws {
        let dir = tempDir()
        try Self.reviewText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let r = try runOnPTY(["review", "a.txt", "--out", "out"], keys: ["y", "n", "y", "y"], cwd: dir)
        #expect(r.status == 0)
        let summary = try String(contentsOfFile: dir + "/out/a.emend.md", encoding: .utf8)
        #expect(summary.hasPrefix("# Emend change log: a.txt\n\n3 edits, 1 suggestion.") && summary.contains("`Dispatched` → `dispatched`"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted()
        #expect(files == ["a.emend.json", "a.emend.md", "a.txt"])
    }
}
