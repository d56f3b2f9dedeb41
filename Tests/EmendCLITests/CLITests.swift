import EmendTestSupport
import Foundation
import Testing

/// Golden tests of the built `emend` binary: whole outputs and exit codes.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/003_5a7e8cd7146518ab").path

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static var binary: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent(), dir.deletingLastPathComponent().deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("emend").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return root.appendingPathComponent(".build/debug/emend").path
    }

    func run(_ args: [String], stdin: String? = nil, cwd: String? = nil, env: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        p.environment = ProcessInfo.processInfo.environment.merging(["EMEND_SOURCE": "mt"].merging(env) { $1 }) { $1 }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    func tempDir() -> String {
        TestFolders.make("cli")
    }

    /// Edited English is left as it is; the same candidates in a machine-translated article
    /// are repaired; `--source` and `$EMEND_SOURCE` say what the articles are.
    @Test func theArticleDecidesWhetherCandidatesAreEdits() throws {
        let edited = "The talks on Naka stalled, the ministry said on Tuesday.\n"
        let auto = try run(["clean", "--source", "auto", "--stdout", "-"], stdin: edited)
        #expect(auto.status == 0 && auto.stdout == edited)
        let log = try run(["clean", "--json", "-"], stdin: edited, env: ["EMEND_SOURCE": "auto"])
        let json = try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as! [String: Any]
        let mt = json["machineTranslation"] as! [String: Any]
        #expect(mt["shows"] as? Bool == false)
        let suggestions = json["suggestions"] as! [[String: Any]]
        #expect(suggestions.contains { ($0["reason"] as? String)?.contains("so the text may be correct as it is") == true })
        let translated = "Moscow, May 4, the ministry said on the 4th that the talks on Naka stalled.\n"
        let repaired = try run(["clean", "--stdout", "-"], stdin: translated, env: ["EMEND_SOURCE": "auto"])
        #expect(repaired.stdout == "Moscow, May 4, the ministry said on the 4th that the talks on Nagorno-Karabakh stalled.\n")
        #expect(try run(["clean", "--source", "mt", "--stdout", "-"], stdin: edited).stdout.contains("Nagorno-Karabakh"))
        #expect(try run(["clean", "--source", "edited", "--stdout", "-"], stdin: translated).stdout == translated)
    }

    /// Cleaning a folder twice does not clean Emend's own editions, logs or summaries.
    @Test func outputNeverBecomesInput() throws {
        let dir = tempDir()
        try "Fighting in the naka region.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        #expect(try run(["clean", "."], cwd: dir).status == 0)
        #expect(try run(["clean", "."], cwd: dir).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: dir).sorted()
        #expect(files == ["a.txt", "editions", "editions/a.emend.json", "editions/a.emend.md", "editions/a.txt"])
    }

    @Test func aLinkIsNeverEdited() throws {
        let r = try run(["clean", "--stdout", "-"], stdin: "See www.news.cn/wen-zaiyin-visit and https://example.org/naka today.\n")
        #expect(r.stdout == "See www.news.cn/wen-zaiyin-visit and https://example.org/naka today.\n")
    }

    /// A binary copied away from its dictionaries says where it looked and exits 2; installed
    /// as PREFIX/bin with PREFIX/share/emend/Dictionaries it finds them, and --version says where.
    @Test func aCopiedBinaryFindsItsDictionariesOrSaysWhereItLooked() throws {
        let dir = tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.binary, toPath: dir + "/bin/emend")
        func runCopy(_ args: [String]) throws -> Run {
            let p = Process(), out = Pipe(), err = Pipe()
            p.executableURL = URL(fileURLWithPath: dir + "/bin/emend")
            p.arguments = args
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            var env = ProcessInfo.processInfo.environment
            env["EMEND_DICTIONARIES"] = nil
            p.environment = env
            p.standardOutput = out; p.standardError = err
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
        }
        let lost = try runCopy(["dict", "check"])
        #expect(lost.status == 2)
        #expect(lost.stderr.hasPrefix("emend: error: no dictionaries found (looked in \(dir)/share/emend/Dictionaries"))
        #expect(lost.stderr.split(separator: "\n").count == 1)
        try FileManager.default.createDirectory(atPath: dir + "/share/emend", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent("Dictionaries").path, toPath: dir + "/share/emend/Dictionaries")
        let found = try runCopy(["dict", "check"])
        #expect(found.status == 0 && !found.stdout.hasPrefix("0 entries"))
        #expect(try runCopy(["--version"]).stdout.contains("dictionaries: \(dir)/share/emend/Dictionaries"))
    }

    @Test func versionNamesEmendAndICU() throws {
        let r = try run(["--version"])
        #expect(r.status == 0 && r.stdout.hasPrefix("emend 0.1.0 (ICU 7"))
    }

    @Test func helpShowsExamples() throws {
        let r = try run(["clean", "--help"])
        #expect(r.status == 0 && r.stdout.contains("emend clean --stdout seeds/003_5a7e8cd7146518ab.txt"))
    }

    @Test func stdoutPrintsExactlyTheEdition() throws {
        let r = try run(["clean", "--stdout", Self.seed + ".txt"])
        #expect(r.status == 0)
        #expect(r.stdout == (try String(contentsOfFile: Self.seed + ".expected.txt", encoding: .utf8)))
    }

    @Test func dashReadsStandardInput() throws {
        let r = try run(["clean", "--stdout", "-"], stdin: "Fighting in the Naka region，sources said.")
        #expect(r.stdout == "Fighting in the Nagorno-Karabakh region, sources said.")
    }

    @Test func onlyAndSkipChooseRulesAndAnUnknownRuleIsAUsageError() throws {
        let text = "Fighting in the Naka region，sources said."
        #expect(try run(["clean", "--stdout", "--only", "unicode", "-"], stdin: text).stdout == "Fighting in the Naka region, sources said.")
        #expect(try run(["clean", "--stdout", "--skip", "unicode.full-width-punctuation", "-"], stdin: text).stdout
                == "Fighting in the Nagorno-Karabakh region，sources said.")
        let bad = try run(["clean", "--stdout", "--only", "names,nope", "-"], stdin: text)
        #expect(bad.status == 64 && bad.stderr.contains("No rule is called 'nope'") && bad.stdout.isEmpty)
    }

    @Test func rulesListsEveryRuleWithItsExamplesAsJSON() throws {
        let r = try run(["rules", "--json", "--examples"])
        #expect(r.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count >= 9 && rules.contains { $0["identifier"] as? String == "typography.locale" && $0["standard"] as? Bool == false })
        #expect(rules.allSatisfy { !(($0["triggeringExamples"] as? [Any]) ?? []).isEmpty })
    }

    @Test func jsonLinesAcceptsDashForStandardInput() throws {
        let r = try run(["clean", "--jsonl", "--jobs", "1", "-"], stdin: "{\"id\": 1, \"text\": \"the naka region\"}\n")
        #expect(r.status == 0 && r.stdout.contains("the Nagorno-Karabakh region"))
    }

    @Test func cleanWritesEditionLogAndSummaryAndLeavesTheInput() throws {
        let dir = tempDir()
        let input = dir + "/a.txt"
        try "the naka region".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try run(["clean", input, "--out", dir + "/out"])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "the naka region")
        #expect(try String(contentsOfFile: dir + "/out/a.txt", encoding: .utf8) == "the Nagorno-Karabakh region")
        let log = try String(contentsOfFile: dir + "/out/a.emend.json", encoding: .utf8)
        #expect(log.contains("\"before\" : \"naka\"") && log.contains("\"after\" : \"Nagorno-Karabakh\""))
        #expect(FileManager.default.fileExists(atPath: dir + "/out/a.emend.md"))
    }

    @Test func inPlaceKeepsABackup() throws {
        let dir = tempDir()
        let input = dir + "/a.txt"
        try "the naka region".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try run(["clean", "--in-place", input, "--out", dir + "/logs"])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "the Nagorno-Karabakh region")
        #expect(try String(contentsOfFile: input + ".orig", encoding: .utf8) == "the naka region")
    }

    @Test func invalidUTF8IsOneClearLineAndExitOne() throws {
        let dir = tempDir()
        let input = dir + "/bad.txt"
        _ = FileManager.default.createFile(atPath: input, contents: Data([0x61, 0x0A, 0x62, 0xFF, 0x63]))
        let r = try run(["clean", "--stdout", input])
        #expect(r.status == 1)
        #expect(r.stderr == "\(input):2:2: error: invalid UTF-8 at byte 3: byte 0xFF never occurs in UTF-8\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFileIsNamed() throws {
        let r = try run(["clean", "--stdout", "/nonexistent/x.txt"])
        #expect(r.status == 1 && r.stderr == "/nonexistent/x.txt: error: no such file\n")
    }

    @Test func brokenDictionaryIsRefusedWithItsPlace() throws {
        let dir = tempDir()
        try "[[country]]\nid = \"Q1\"\nname = { en = \"A\" \n".write(toFile: dir + "/bad.toml", atomically: true, encoding: .utf8)
        let r = try run(["clean", "--stdout", "--dictionaries", dir, "-"], stdin: "x")
        #expect(r.status == 2)
        #expect(r.stderr == "\(dir)/bad.toml:3:19: error: inline tables must stay on one line; expected '}'\n")
    }

    @Test func dictCheckPassesOnTheBundledDictionaries() throws {
        let r = try run(["dict", "check"], cwd: Self.root.path)
        #expect(r.status == 0 && r.stdout.contains(" examples: OK"))
        // With zero warnings.
        let w = try run(["dict", "check", "--warnings"], cwd: Self.root.path)
        #expect(w.status == 0 && !w.stdout.contains("warning:") && !w.stderr.contains("warning:") && !w.stdout.contains("warnings;"))
    }

    @Test func dictExplainShowsTheDerivation() throws {
        let r = try run(["dict", "explain", "Naka"], cwd: Self.root.path)
        #expect(r.status == 0 && r.stdout.contains("pinyin of 纳卡") && r.stdout.contains("Nagorno-Karabakh"))
    }

    /// A bridge shows its whole path: the pinyin, the characters, the native name, the name.
    @Test func dictExplainShowsABridgesPath() throws {
        let known = try run(["dict", "explain", "Wen Zaiyin"], cwd: Self.root.path)
        #expect(known.stdout.contains("path: 'Wen Zaiyin' ← 文在寅 ← 문재인 → Moon Jae-in"))
        let loose = try run(["dict", "explain", "Kim Jeong-eun"], cwd: Self.root.path)
        #expect(loose.stdout.contains("shares the loose key") && loose.stdout.contains("Kim Jong Un"))
        if FileManager.default.fileExists(atPath: "/usr/share/unicode/Unihan_Readings.txt.bz2") {
            let unknown = try run(["dict", "explain", "Jin Dongming"], cwd: Self.root.path)
            #expect(unknown.stdout.contains("'Jin Dongming' ← 김동명 → Kim Dong-myeong"))
        }
        if FileManager.default.fileExists(atPath: "/usr/share/edict/enamdict") {
            let japanese = try run(["dict", "explain", "Gaoqiao Yisheng"], cwd: Self.root.path)
            #expect(japanese.stdout.contains("'Gaoqiao Yisheng' ← 高橋一生") && japanese.stdout.contains("→ Issei Takahashi"))
        }
        if FileManager.default.fileExists(atPath: "/usr/share/libhangul/hanja/hanja.txt") {
            let place = try run(["dict", "explain", "Ruicao"], cwd: Self.root.path)
            #expect(place.stdout.contains("'Ruicao' ← 瑞草 ← 서초 → Seocho"))
        }
    }

    /// `--lang` is offered only by the commands it acts on.
    @Test func langIsOfferedOnlyWhereItActs() throws {
        for command in [["clean"], ["diff"], ["review"]] {
            #expect(try run(command + ["--help"]).stdout.contains("--lang"))
        }
        for command in [["dict", "check"], ["dict", "find"], ["dict", "explain"]] {
            #expect(!(try run(command + ["--help"]).stdout.contains("--lang")))
        }
    }

    @Test func usageErrorsExitWith64() throws {
        let r = try run(["clean", "--stdout", "--json", "-"])
        #expect(r.status == 64 && r.stderr.contains("Use either --stdout or --json"))
    }
}

extension CLITests {
    /// A temporary folder holding a copy of the bundled dictionaries, and the text of its places.toml.
    func copyOfTheDictionaries() throws -> (dir: String, places: String) {
        let dir = tempDir()
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent("Dictionaries").path, toPath: dir + "/Dictionaries")
        return (dir, try String(contentsOfFile: dir + "/Dictionaries/places.toml", encoding: .utf8))
    }

    @Test func dictAddThenCleanRepairsTheNewName() throws {
        let (dir, before) = try copyOfTheDictionaries()
        let add = try run(["dict", "add", "--dictionaries", dir + "/Dictionaries", "--kind", "place", "--id", "emend:test-x",
                           "--name", "Xanadu", "--misrendering", "Shangdu"])
        #expect(add.status == 0)
        let after = try String(contentsOfFile: dir + "/Dictionaries/places.toml", encoding: .utf8)
        #expect(after.hasPrefix(before) && after.dropFirst(before.count) == "\n[[place]]\nid = \"emend:test-x\"\nname = { en = \"Xanadu\" }\nmisrenderings = [\n  { text = \"Shangdu\" },\n]\n")
        let clean = try run(["clean", "--stdout", "--dictionaries", dir + "/Dictionaries", "-"], stdin: "a trip to Shangdu")
        #expect(clean.stdout == "a trip to Xanadu")
    }

    /// A newsroom's entries go into its own layer (--file, else the first layer emend.toml
    /// names), with every field, never into the bundled files unless asked; `dict check
    /// FILE` checks a layer over the bundled dictionaries.
    @Test func dictAddWritesToTheNewsroomsLayerWithEveryField() throws {
        let dir = tempDir()
        let bundled = try String(contentsOfFile: Self.root.appendingPathComponent("Dictionaries/people.toml").path, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/names", withIntermediateDirectories: true)
        try "[[project]]\ndictionaries = [\"names/newsroom.toml\"]\n".write(toFile: dir + "/emend.toml", atomically: true, encoding: .utf8)
        let add = try run(["dict", "add", "--kind", "person", "--id", "emend:test-kim-ha-na", "--name", "Kim Ha-na",
                           "--local-name", "zh=金夏娜", "--native", "김하나", "--surname", "Kim", "--country", "Q884",
                           "--role", "Trade Minister", "--note", "test entry",
                           "--example", "South Korea's Trade Minister Jin Xiana spoke.=>South Korea's Trade Minister Kim Ha-na spoke."], cwd: dir)
        #expect(add.status == 0 && add.stdout.contains("names/newsroom.toml"))
        let layer = try String(contentsOfFile: dir + "/names/newsroom.toml", encoding: .utf8)
        #expect(layer.contains("native = [\"김하나\"]") && layer.contains("surname = { en = \"Kim\" }") && layer.contains("roles = [\"Trade Minister\"]")
                && layer.contains("examples = [") && layer.contains("note = \"test entry\""))
        #expect(try String(contentsOfFile: Self.root.appendingPathComponent("Dictionaries/people.toml").path, encoding: .utf8) == bundled)
        #expect(try run(["dict", "check", dir + "/names/newsroom.toml", "--no-project"], cwd: dir).status == 0)
        // Without a layer or --bundled, nothing is written and the message says where to write.
        let nowhere = try run(["dict", "add", "--no-project", "--kind", "place", "--id", "emend:test-y", "--name", "Ynys"], cwd: dir)
        #expect(nowhere.status != 0 && nowhere.stderr.contains("--file FILE"))
        // A misrendering for a bundled entry needs --bundled.
        let toBundled = try run(["dict", "add", "--to", "emend:moon-jae-in", "--misrendering", "Wen Zaiyn"], cwd: dir)
        #expect(toBundled.status != 0 && toBundled.stderr.contains("--bundled"))
        // A broken layer is reported with its place.
        try "[[person]]\nid = \"emend:z\"\nname = { en = \"Zed\" }\nbogus = 1\n".write(toFile: dir + "/bad.toml", atomically: true, encoding: .utf8)
        let bad = try run(["dict", "check", "--no-project", "bad.toml"], cwd: dir)
        #expect(bad.status == 2 && bad.stderr.contains("bad.toml:4:1: error: unknown field 'bogus'"))
    }

    @Test func dictAddRefusesABrokenResultAndWritesNothing() throws {
        let (dir, before) = try copyOfTheDictionaries()
        // "Rutskoy" is Alexander Rutskoy's correct name: without a context it cannot be a misrendering.
        let r = try run(["dict", "add", "--dictionaries", dir + "/Dictionaries", "--kind", "place", "--id", "emend:bad",
                         "--name", "Bad Place", "--misrendering", "Rutskoy"])
        #expect(r.status == 2 && r.stderr.contains("the misrendering 'Rutskoy' is the correct name of 'Alexander Rutskoy'") && r.stderr.hasSuffix("emend: nothing written\n"))
        #expect(try String(contentsOfFile: dir + "/Dictionaries/places.toml", encoding: .utf8) == before)
    }
}

extension CLITests {
    @Test func htmlAndMarkdownKeepTheirMarkup() throws {
        let dir = tempDir()
        let html = "<!DOCTYPE html><html><head><title>Naka</title><script>var naka = 1;</script></head>\n<body><p>Fighting in the <b>Naka</b> region，<a href=\"https://x.org/naka\">sources</a> said &amp; more.</p></body></html>\n"
        let md = "---\ntitle: Naka\n---\n# The *Naka* region\n\nSee [Naka](https://x.org/naka) and `Naka`.\n\n```\nNaka region\n```\n"
        try html.write(toFile: dir + "/story.html", atomically: true, encoding: .utf8)
        try md.write(toFile: dir + "/page.md", atomically: true, encoding: .utf8)
        let r = try run(["clean", dir + "/story.html", dir + "/page.md", "--out", dir + "/out"])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: dir + "/out/story.html", encoding: .utf8) == html
            .replacingOccurrences(of: "<b>Naka</b> region，", with: "<b>Nagorno-Karabakh</b> region, ")
            .replacingOccurrences(of: "<title>Naka</title>", with: "<title>Nagorno-Karabakh</title>"))
        #expect(try String(contentsOfFile: dir + "/out/page.md", encoding: .utf8) == md
            .replacingOccurrences(of: "*Naka* region", with: "*Nagorno-Karabakh* region")
            .replacingOccurrences(of: "See [Naka]", with: "See [Nagorno-Karabakh]"))
        #expect(FileManager.default.fileExists(atPath: dir + "/out/story.emend.json") && FileManager.default.fileExists(atPath: dir + "/out/page.emend.json"))
    }
}

extension CLITests {
    @Test func jsonLinesKeepOrderAndReportBadLines() throws {
        var input = (1...300).map { "{\"id\": \($0), \"text\": \"Fighting in the Naka region，day \($0).\"}" }
        input.insert("not json", at: 150)
        let r = try run(["clean", "--jsonl", "--jobs", "2"], stdin: input.joined(separator: "\n") + "\n")
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 301)
        #expect(lines[150].contains("\"error\":\"line 151:"))
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["id"] as? Int == 1 && first["text"] as? String == "Fighting in the Nagorno-Karabakh region, day 1.")
        let last = try JSONSerialization.jsonObject(with: Data(lines[300].utf8)) as! [String: Any]
        #expect(last["id"] as? Int == 300 && (last["edits"] as? [Any])?.count == 2)
    }
}

extension CLITests {
    /// A bad record gets one plain line on standard error with its real line number (blank
    /// lines count) and its id; the good records are still cleaned; exit 1.
    @Test func badJSONLinesRecordsAreReportedOnePerLine() throws {
        let input = "{\"id\": 1, \"text\": \"the naka region\"}\n\n\n{\"id\": \"b7\"}\nnot json\n{\"id\": 5, \"text\": 3}\n{\"id\": 6, \"text\": \"ok\"}\n"
        let r = try run(["clean", "--jsonl", "--jobs", "1"], stdin: input)
        #expect(r.status == 1)
        #expect(r.stderr == """
            -:4:1: error: record (id "b7"): the record has no "text"
            -:5:1: error: record: not valid JSON; each line must be one object such as {"id": 1, "text": "..."}
            -:6:1: error: record (id 5): "text" must be a string

            """)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[1].contains("\"id\":\"b7\""))
        #expect(lines[4].contains("\"text\":\"ok\""))
    }
}

extension CLITests {
    /// Swift seeds its hash tables per process: an edition or change log that depended on
    /// their order would differ between two runs.
    @Test func twoRunsGiveTheSameChangeLog() throws {
        let text = "The Central Electoral Committee said. Russia Dispatched troops to the Naka region，and Shoygu spoke."
        let a = try run(["clean", "--json", "-"], stdin: text)
        let b = try run(["clean", "--json", "-"], stdin: text)
        #expect(a.status == 0 && a.stdout == b.stdout)
    }
}
