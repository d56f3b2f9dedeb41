import EmendTestSupport
import Foundation
import Testing

/// Golden tests of the built `emend` binary on input it must refuse, survive or pass
/// through: the exact one-line message, the exit status, and that the output folder
/// never holds a half-written file.
@Suite struct BadInputTests {
    struct Run { var status: Int32; var stdout: [UInt8]; var stderr: String }

    /// Runs the binary on the bundled dictionaries; `shell` wraps it in `sh -c` (for ulimit and redirections).
    static func run(_ args: [String], stdin: [UInt8] = [], cwd: String? = nil, shell: String? = nil) throws -> Run {
        let p = Process()
        if let shell {
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", shell + " \"$@\"", "sh", CLITests.binary] + args
        } else {
            p.executableURL = URL(fileURLWithPath: CLITests.binary)
            p.arguments = args
        }
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        p.environment = ProcessInfo.processInfo.environment.merging(["EMEND_SOURCE": "mt", "EMEND_DICTIONARIES": CLITests.root.appendingPathComponent("Dictionaries").path]) { $1 }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        try p.run()
        inp.fileHandleForWriting.write(Data(stdin))
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: [UInt8](o), stderr: String(decoding: e, as: UTF8.self))
    }

    static func tempDir() -> String {
        TestFolders.make("bad")
    }

    static func write(_ bytes: [UInt8], _ path: String) { _ = FileManager.default.createFile(atPath: path, contents: Data(bytes)) }
    static func read(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
    /// Everything in `dir`, hidden temporary files included.
    static func listing(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }
    static var isRoot: Bool { getuid() == 0 }

    // MARK: Refused input: one line naming the file and the place, exit 1, nothing written

    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0xFF, 0x63], "bad.txt:2:2: error: invalid UTF-8 at byte 3: byte 0xFF never occurs in UTF-8"),
        ([0x61, 0xE2, 0x82], "bad.txt:1:2: error: invalid UTF-8 at byte 1: truncated 3-byte sequence at end of input"),
        ([0x61, 0xC0, 0xAF], "bad.txt:1:2: error: invalid UTF-8 at byte 1: byte 0xC0 never occurs in UTF-8"),
        ([0xED, 0xA0, 0x80], "bad.txt:1:1: error: invalid UTF-8 at byte 0: malformed 3-byte sequence starting with 0xED"),
        ([0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00], "bad.txt:1:1: error: the file is UTF-16 (it starts with a UTF-16 byte order mark); convert it to UTF-8 first, e.g. 'iconv -f UTF-16 -t UTF-8'"),
        ([0xFE, 0xFF, 0x00, 0x68], "bad.txt:1:1: error: the file is UTF-16 (it starts with a UTF-16 byte order mark); convert it to UTF-8 first, e.g. 'iconv -f UTF-16 -t UTF-8'"),
        ([0x61, 0x62, 0x0D, 0x0A, 0x63, 0x00, 0x64], "bad.txt:2:2: error: the file looks binary (NUL byte at byte 5); Emend cleans text only"),
    ] as [([UInt8], String)])
    func refusedInputIsOneLineAndWritesNothing(_ bytes: [UInt8], _ message: String) throws {
        let dir = Self.tempDir()
        Self.write(bytes, dir + "/bad.txt")
        let r = try Self.run(["clean", "bad.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr == message + "\n")
        #expect(Self.listing(dir + "/out").isEmpty)
        #expect(Self.read(dir + "/bad.txt") == bytes)
    }

    @Test func missingFileIsNamed() throws {
        let dir = Self.tempDir()
        let r = try Self.run(["clean", "nope.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 1 && r.stderr == "nope.txt: error: no such file\n")
        #expect(Self.listing(dir + "/out").isEmpty)
    }

    @Test func aFolderWithNoArticlesIsAnError() throws {
        let dir = Self.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
        let r = try Self.run(["clean", "--stdout", "empty"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "empty: error: is a folder with no articles in it (.htm, .html, .markdown, .md, .txt)\n")
    }

    @Test func aFolderGivenAsADictionaryFileIsNamed() throws {
        let dir = Self.tempDir()
        let r = try Self.run(["clean", "--stdout", "--dictionary", dir, "-"], stdin: Array("x".utf8))
        #expect(r.status == 2 && r.stderr == "\(dir):1:1: error: is a folder; give a .toml or .tsv file, or use --dictionaries for a folder\n")
    }

    /// Root reads a chmod 000 file anyway, so there the test has nothing to check.
    @Test(.enabled(if: !BadInputTests.isRoot, "running as root: chmod 000 does not stop root reading"))
    func unreadableFileIsNamed() throws {
        let dir = Self.tempDir()
        Self.write(Array("the naka region".utf8), dir + "/secret.txt")
        chmod(dir + "/secret.txt", 0o000)
        defer { chmod(dir + "/secret.txt", 0o644) }
        let r = try Self.run(["clean", "secret.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 1 && r.stderr == "secret.txt: error: cannot be read (permission denied?)\n")
        #expect(Self.listing(dir + "/out").isEmpty)
    }

    // MARK: Output that cannot be written: named, exit 1, nothing half-written

    @Test(.enabled(if: !BadInputTests.isRoot, "running as root: chmod 555 does not stop root writing"))
    func unwritableOutputFolderIsNamed() throws {
        let dir = Self.tempDir()
        Self.write(Array("the naka region".utf8), dir + "/a.txt")
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        chmod(dir + "/out", 0o555)
        defer { chmod(dir + "/out", 0o755) }
        let r = try Self.run(["clean", "a.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 1 && r.stderr == "out/a.txt: error: Permission denied\n")
        #expect(Self.listing(dir + "/out").isEmpty)
    }

    @Test func anOutputFolderThatCannotBeMadeIsNamed() throws {
        let dir = Self.tempDir()
        Self.write(Array("the naka region".utf8), dir + "/a.txt")
        let r = try Self.run(["clean", "a.txt", "--out", "a.txt/out"], cwd: dir)
        #expect(r.status == 1 && r.stderr == "a.txt/out: error: cannot create the output folder\n")
        #expect(Self.read(dir + "/a.txt") == Array("the naka region".utf8))
    }

    /// A full disk, simulated without root: a file-size limit makes write(2) fail with
    /// EFBIG (SIGXFSZ ignored) once the edition passes 512 bytes.
    @Test func aFullDiskLeavesNoHalfWrittenFile() throws {
        let dir = Self.tempDir()
        let text = String(repeating: "the naka region. ", count: 200)
        Self.write(Array(text.utf8), dir + "/big.txt")
        let r = try Self.run(["clean", "big.txt", "--out", "out"], cwd: dir, shell: "trap '' XFSZ; ulimit -f 1; exec")
        #expect(r.status == 1 && r.stderr == "out/big.txt: error: File too large\n")
        #expect(Self.listing(dir + "/out").isEmpty)
    }

    /// Standard output on a full disk (/dev/full): the edition is lost, so say so.
    @Test(arguments: ["--stdout", "--json"])
    func aFullStandardOutputIsAnError(_ flag: String) throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let dir = Self.tempDir()
        Self.write(Array("the naka region".utf8), dir + "/a.txt")
        let r = try Self.run(["clean", flag, "a.txt"], cwd: dir, shell: "exec >/dev/full; exec")
        #expect(r.status == 1)
        #expect(r.stderr == "a.txt: error: cannot write to standard output: No space left on device\n")
    }

    @Test func theEditionMayNotOverwriteItsInput() throws {
        let dir = Self.tempDir()
        Self.write(Array("the naka region".utf8), dir + "/a.txt")
        for out in [".", dir, dir + "/"] {
            let r = try Self.run(["clean", "a.txt", "--out", out], cwd: dir)
            #expect(r.status == 1)
            #expect(r.stderr == "a.txt: error: the edition would overwrite the input; use --in-place to rewrite it, or another --out\n")
            #expect(Self.read(dir + "/a.txt") == Array("the naka region".utf8))
            #expect(Self.listing(dir) == ["a.txt"])
        }
    }

    @Test func twoInputsWithOneEditionNameAreAUsageError() throws {
        let dir = Self.tempDir()
        for sub in ["d1", "d2"] {
            try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
            Self.write(Array("the naka region".utf8), dir + "/\(sub)/a.txt")
        }
        let r = try Self.run(["clean", "d1/a.txt", "d2/a.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 64)
        #expect(r.stderr.split(separator: "\n").first == "Error: Two inputs would write the same edition or change log 'a' in 'out'; clean them into different folders.")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    }

    // MARK: Odd but valid text: cleaned, never refused, every other byte kept

    @Test func anEmptyFileCleansToAnEmptyEdition() throws {
        let dir = Self.tempDir()
        Self.write([], dir + "/empty.txt")
        let r = try Self.run(["clean", "empty.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(Self.read(dir + "/out/empty.txt") == [])
        #expect(Self.listing(dir + "/out") == ["empty.emend.json", "empty.emend.md", "empty.txt"])
        let s = try Self.run(["clean", "--stdout", "-"])
        #expect(s.status == 0 && s.stdout.isEmpty && s.stderr.isEmpty)
    }

    @Test(arguments: [
        "a\u{01}b\u{1F}c\u{7F}d\u{80}e\u{85}f\u{9F} the naka region",       // C0 and C1 controls
        "\u{202E}Arab\u{202C} \u{2067}the naka region\u{2069} \u{200F}",     // bidi controls
        "\u{301}the naka region \u{308}\u{323} x\u{20DD}",                  // lone combining marks
        "\u{FEFF}the naka region\u{200B}\u{200D}👨‍👩‍👧",                        // BOM, zero-width, ZWJ emoji
    ])
    func controlsBidiAndCombiningMarksAreKept(_ text: String) throws {
        let r = try Self.run(["clean", "--stdout", "-"], stdin: Array(text.utf8))
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout == Array(text.replacingOccurrences(of: "naka", with: "Nagorno-Karabakh").utf8))
    }

    @Test(arguments: [
        "the naka region\r\nNext line\r\n",                  // CRLF
        "the naka region\rNext line\r",                      // CR only
        "the naka region\r\nNext\rline\n\r\n\rNaka\n",       // mixed
        "\r\n\r\r\n\n",                                      // line endings only
    ])
    func lineEndingsArePreservedExactly(_ text: String) throws {
        let dir = Self.tempDir()
        Self.write(Array(text.utf8), dir + "/a.txt")
        let r = try Self.run(["clean", "a.txt", "--out", "out"], cwd: dir)
        #expect(r.status == 0)
        let want = text.replacingOccurrences(of: "naka", with: "Nagorno-Karabakh").replacingOccurrences(of: "Naka", with: "Nagorno-Karabakh")
        #expect(Self.read(dir + "/out/a.txt") == Array(want.utf8))
    }

    /// A replacement that contains the text it replaces ("Naka" → "Naka region") must not
    /// loop, nor grow when the edition is cleaned again.
    @Test func aReplacementContainingItsVariantDoesNotGrow() throws {
        let dir = Self.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/none", withIntermediateDirectories: true)
        try """
        [[place]]
        id = "emend:naka-region-test"
        name = { en = "Naka region" }
        misrenderings = [ { text = "Naka", to = "Naka region" } ]

        """.write(toFile: dir + "/loop.toml", atomically: true, encoding: .utf8)
        let args = ["clean", "--stdout", "--dictionaries", dir + "/none", "--dictionary", dir + "/loop.toml", "-"]
        let once = try Self.run(args, stdin: Array("In the Naka today. Naka region, Naka.".utf8))
        #expect(once.status == 0 && once.stderr.isEmpty)
        #expect(String(decoding: once.stdout, as: UTF8.self) == "In the Naka region today. Naka region, Naka region.")
        let twice = try Self.run(args, stdin: once.stdout)
        #expect(twice.stdout == once.stdout)
    }
}
