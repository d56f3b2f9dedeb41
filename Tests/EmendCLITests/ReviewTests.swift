import Foundation
import Testing

/// The review outputs of `emend diff`: unified diffs that patch accepts, JSON, colors,
/// and the HTML page checked in a real browser.
extension CLITests {
    static let seeds = ["000_b3245f89eee40f4e", "003_5a7e8cd7146518ab"]

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/patch"), "needs GNU patch (.ci/run installs it)"),
          arguments: seeds)
    func unifiedDiffPatchesTheOriginalIntoTheExpectedEdition(_ seed: String) throws {
        let dir = tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/seeds", withIntermediateDirectories: true)
        let original = Self.root.appendingPathComponent("seeds/\(seed).txt").path
        try FileManager.default.copyItem(atPath: original, toPath: dir + "/seeds/\(seed).txt")
        let diff = try run(["diff", "--format", "unified", "seeds/\(seed).txt"], cwd: dir)
        #expect(diff.status == 0 && diff.stdout.hasPrefix("--- seeds/\(seed).txt\n+++ seeds/\(seed).txt\n@@ -"))
        try diff.stdout.write(toFile: dir + "/x.diff", atomically: true, encoding: .utf8)
        let dry = Process()
        dry.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        dry.arguments = ["-p0", "--dry-run", "-i", dir + "/x.diff"]
        dry.currentDirectoryURL = URL(fileURLWithPath: dir)
        try dry.run(); dry.waitUntilExit()
        #expect(dry.terminationStatus == 0)
        let apply = Process()
        apply.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        apply.arguments = ["-p0", "-s", "-i", dir + "/x.diff"]
        apply.currentDirectoryURL = URL(fileURLWithPath: dir)
        try apply.run(); apply.waitUntilExit()
        #expect(FileManager.default.contents(atPath: dir + "/seeds/\(seed).txt")
                == FileManager.default.contents(atPath: Self.root.appendingPathComponent("seeds/\(seed).expected.txt").path))
    }

    @Test func wordDiffIsColoredOnlyWhenAsked() throws {
        let plain = try run(["diff", "-"], stdin: "the naka region")
        #expect(plain.stdout.contains("the [-naka-]{+Nagorno-Karabakh+} region") && !plain.stdout.contains("\u{1B}["))
        let colored = try run(["diff", "--color", "always", "-"], stdin: "the naka region")
        #expect(colored.stdout.contains("\u{1B}[31m[-naka-]\u{1B}[0m"))
        let noColor = try run(["diff", "--color", "auto", "-"], stdin: "the naka region", env: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    /// A line of news is a paragraph: each change is shown in a window of words, a change
    /// repeated through the article once with its count, reasons only when asked.
    @Test func wordDiffShowsChangesInWindowsOfWords() throws {
        let seed = Self.root.appendingPathComponent("seeds/000_b3245f89eee40f4e.txt").path
        let article = try Data(contentsOf: URL(fileURLWithPath: seed))
        let diff = try run(["diff", seed])
        #expect(diff.status == 0 && diff.stdout.utf8.count * 2 < article.count)
        #expect(diff.stdout.contains(" ×") && diff.stdout.contains("…"))
        let words = "one two three four five six seven eight nine ten the naka region eleven twelve thirteen fourteen"
        let narrow = try run(["diff", "--context", "2", "-"], stdin: words)
        #expect(narrow.stdout.contains("1:54 …ten the [-naka-]{+Nagorno-Karabakh+} region eleven…"))
        let reasons = try run(["diff", "--reasons", "-"], stdin: words)
        #expect(reasons.stdout.contains("[names.dictionary") && reasons.stdout.contains("pinyin of 纳卡"))
        // The unified format keeps its lines of context.
        let unified = try run(["diff", "--format", "unified", "--context", "0", seed])
        #expect(unified.stdout.contains("\n@@ -1,") && !unified.stdout.contains("…"))
    }

    @Test func batchDiffEndsWithASummary() throws {
        let r = try run(["diff", "--format", "json", Self.root.appendingPathComponent("seeds").path])
        #expect(r.status == 0 && r.stderr.contains("4 files,") && r.stderr.contains("pinyin-name") && r.stderr.hasSuffix("0 with errors\n"))
    }

    @Test(.enabled(if: CLITests.chromium != nil, "needs Chromium (Debian's chromium package; .ci/run installs it)"))
    func htmlReviewRendersEveryChangeInABrowser() throws {
        let dir = tempDir()
        let seed = Self.root.appendingPathComponent("seeds/003_5a7e8cd7146518ab.txt").path
        let html = try run(["diff", "--format", "html", seed])
        #expect(html.status == 0 && !html.stdout.contains("http://") && !html.stdout.contains("https://"))
        try html.stdout.write(toFile: dir + "/review.html", atomically: true, encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(try run(["diff", "--format", "json", seed]).stdout.utf8)) as! [String: Any]
        let edits = json["edits"] as! [[String: Any]], suggestions = json["suggestions"] as! [[String: Any]]
        func chromium(_ args: [String]) throws -> String {
            let p = Process(), out = Pipe()
            p.executableURL = URL(fileURLWithPath: Self.chromium!)
            p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + args + ["file://" + dir + "/review.html"]
            p.standardOutput = out; p.standardError = Pipe()
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let dom = try chromium(["--dump-dom"])
        for n in 1...edits.count { #expect(dom.contains("id=\"e\(n)\"")) }
        for e in edits { #expect(dom.contains("<ins>\(e["after"] as! String)</ins>")) }
        for s in suggestions { #expect(dom.contains("<mark>\(s["text"] as! String)</mark>")) }
        let shot = Self.root.appendingPathComponent(".build/review-003.png").path
        _ = try chromium(["--screenshot=\(shot)", "--window-size=1280,1600"])
        #expect(FileManager.default.fileExists(atPath: shot))
    }
}
