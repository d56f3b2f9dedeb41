import Foundation
import Testing

/// The HTML review as an editor uses it: in headless Chromium, with real mouse and keyboard
/// events (the DevTools protocol over a pipe), saved as a decisions file that `emend apply`
/// turns into exactly what `emend review` on a terminal writes for the same answers.
extension CLITests {
    static let reviewSeed = "000_b3245f89eee40f4e"

    @Test(.enabled(if: CLITests.chromium != nil, "needs Chromium (Debian's chromium package; .ci/run installs it)"))
    func decisionsSavedInTheBrowserApplyAsTheTerminalReviewWrites() throws {
        let dir = tempDir(), seed = Self.root.appendingPathComponent("seeds/\(Self.reviewSeed).txt").path
        let html = try run(["diff", "--format", "html", seed], cwd: dir)
        #expect(html.status == 0 && !html.stdout.contains("http://") && !html.stdout.contains("https://"))
        #expect(html.stdout.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\""))
        try html.stdout.write(toFile: dir + "/review.html", atomically: true, encoding: .utf8)

        let downloads = dir + "/downloads"
        try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
        do {
            let browser = try DevTools(chromium: Self.chromium!, profile: dir + "/profile")
            try browser.send("Browser.setDownloadBehavior", ["behavior": "allow", "downloadPath": downloads, "eventsEnabled": true], page: false)
            try browser.open("file://" + dir + "/review.html")
            #expect(try browser.evaluate("document.getElementById('count').textContent") as? String == "0 of 18 decided")
            // e1: accepted with the mouse in the panel.
            try browser.click(".entry[data-id='e1'] button[data-act='accept']")
            // e2: rejected with the mouse in the text (a click on the change shows its buttons).
            try browser.click("#e2 del")
            try browser.click("#e2 button[data-act='reject']")
            // e4: edited with the keyboard: j j from e2, e, the replacement, Enter; then e5
            // accepted with a (the edit moved on to it).
            try browser.press("j")
            try browser.press("j")
            #expect(try browser.evaluate("""
                (function () { var m = document.getElementById('e4'), r = m.getBoundingClientRect();
                  return m.classList.contains('current') && document.querySelector(".entry[data-id='e4']").classList.contains('current')
                    && r.top >= 0 && r.bottom <= window.innerHeight; })()
                """) as? Bool == true)
            try browser.press("e")
            #expect(try browser.evaluate("document.activeElement.id") as? String == "replacement")
            try browser.type("Main Operations Directorate")
            try browser.press("Enter")
            try browser.press("a")
            #expect(try browser.evaluate("document.getElementById('count').textContent") as? String == "4 of 18 decided")
            #expect(try browser.evaluate("document.querySelector('#e4 ins').textContent") as? String == "Main Operations Directorate")
            try browser.click("#save")
            try browser.wait(for: "Browser.downloadProgress") { $0["state"] as? String == "completed" }
        }
        let decisionsPath = downloads + "/\(Self.reviewSeed).decisions.json"
        let saved = try #require(FileManager.default.contents(atPath: decisionsPath))
        let decisions = try #require(try JSONSerialization.jsonObject(with: saved) as? [String: Any])
        #expect(decisions["source"] as? String == seed)
        let records = try #require(decisions["decisions"] as? [[String: Any]])
        #expect(records.count == 18)
        #expect(records.prefix(6).map { $0["decision"] as? String } == ["accept", "reject", "pending", "edit", "accept", "pending"])
        #expect(records[3]["after"] as? String == "Main Operations Directorate" && records[3]["before"] as? String == "Operational Directorate")

        // The same answers on a terminal: y, n, s, e + the replacement, y, then the end of input.
        let terminal = tempDir(), applied = tempDir()
        let review = try runOnPTY(["review", seed, "--out", terminal + "/editions", "--exceptions", terminal + "/emend-exceptions.toml"],
                                  keys: ["y", "n", "s", "e", "Main Operations Directorate", "y"], cwd: terminal)
        #expect(review.status == 0 && review.screen.contains("applied 3 changes, rejected 1"))
        let apply = try run(["apply", seed, "--decisions", decisionsPath, "--out", applied + "/editions",
                             "--exceptions", applied + "/emend-exceptions.toml"], cwd: applied)
        #expect(apply.status == 0 && apply.stdout.hasPrefix("applied 3 changes, rejected 1"))
        for file in ["editions/\(Self.reviewSeed).txt", "editions/\(Self.reviewSeed).emend.json", "editions/\(Self.reviewSeed).emend.md", "emend-exceptions.toml"] {
            let a = FileManager.default.contents(atPath: terminal + "/" + file), b = FileManager.default.contents(atPath: applied + "/" + file)
            #expect(a != nil && a == b, "\(file) differs between review and apply")
        }
        let edition = try String(contentsOfFile: applied + "/editions/\(Self.reviewSeed).txt", encoding: .utf8)
        #expect(edition.contains("Director of the Main Operations Directorate of") && edition.contains("report by the Russian Satellite News Agency"))
    }

    /// A suggestion is marked in the text and linked from the panel; its candidate taken
    /// with the keyboard (1) is saved as accepted with that candidate, and applied as the
    /// terminal review applies it.
    @Test(.enabled(if: CLITests.chromium != nil, "needs Chromium (Debian's chromium package; .ci/run installs it)"))
    func aSuggestionIsMarkedLinkedAndPickedInTheBrowser() throws {
        let dir = tempDir(), downloads = dir + "/downloads"
        let text = "Talks on the Naka issue. Zelinsky arrived on Monday."
        try text.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let html = try run(["diff", "--format", "html", "a.txt"], cwd: dir)
        #expect(html.stdout.contains("<span class=\"mark suggestion\" id=\"s1\"") && html.stdout.contains("<a href=\"#s1\">s1</a>"))
        try html.stdout.write(toFile: dir + "/review.html", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
        do {
            let browser = try DevTools(chromium: Self.chromium!, profile: dir + "/profile")
            try browser.send("Browser.setDownloadBehavior", ["behavior": "allow", "downloadPath": downloads, "eventsEnabled": true], page: false)
            try browser.open("file://" + dir + "/review.html")
            try browser.click(".entry[data-id='s1'] a")
            #expect(try browser.evaluate("document.getElementById('s1').classList.contains('current')") as? Bool == true)
            try browser.press("1")
            #expect(try browser.evaluate("document.querySelector('#s1 ins').textContent") as? String == "Zelensky")
            try browser.press("k")
            try browser.press("r")
            try browser.click("#save")
            try browser.wait(for: "Browser.downloadProgress") { $0["state"] as? String == "completed" }
        }
        let saved = try #require(FileManager.default.contents(atPath: downloads + "/a.decisions.json"))
        let records = try #require((try JSONSerialization.jsonObject(with: saved) as? [String: Any])?["decisions"] as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == ["e1", "s1"])
        #expect(records[0]["decision"] as? String == "reject" && records[1]["decision"] as? String == "accept" && records[1]["after"] as? String == "Zelensky")
        let apply = try run(["apply", "a.txt", "--decisions", "downloads/a.decisions.json", "--exceptions", "applied.toml", "--out", "applied"], cwd: dir)
        #expect(apply.status == 0)
        let review = try runOnPTY(["review", "a.txt", "--exceptions", "reviewed.toml", "--out", "reviewed"], keys: ["n", "1"], cwd: dir)
        #expect(review.status == 0)
        #expect(try String(contentsOfFile: dir + "/applied/a.txt", encoding: .utf8) == "Talks on the Naka issue. Zelensky arrived on Monday.")
        for (a, b) in [("applied/a.txt", "reviewed/a.txt"), ("applied/a.emend.json", "reviewed/a.emend.json"), ("applied.toml", "reviewed.toml")] {
            #expect(FileManager.default.contents(atPath: dir + "/" + a) == FileManager.default.contents(atPath: dir + "/" + b), "\(a) differs from \(b)")
        }
    }
}
