import Foundation
import Testing

/// The built binary on a long line and on a batch killed half-way.
@Suite struct BatchReliabilityTests {
    typealias T = BadInputTests

    /// One long line (no line break at all) finishes and comes out right. The brief's
    /// 100 MB is far beyond what the engine does in test time today (about 35 µs a byte
    /// in release), so this 30 kB line stands in for it; the time limit only catches a hang.
    @Test func aLongSingleLineFinishesCorrectly() throws {
        let dir = T.tempDir()
        let unit = "Talks on the naka region went on, and the ministers spoke at length about it; "
        let text = String(repeating: unit, count: 30_000 / unit.utf8.count)
        T.write(Array(text.utf8), dir + "/long.txt")
        let start = ContinuousClock.now
        let r = try T.run(["clean", "long.txt", "--out", "out"], cwd: dir)
        let elapsed = ContinuousClock.now - start
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(T.read(dir + "/out/long.txt") == Array(text.replacingOccurrences(of: "naka", with: "Nagorno-Karabakh").utf8))
        #expect(elapsed < .seconds(120), "cleaning \(text.utf8.count) bytes on one line took \(elapsed)")
    }

    /// SIGKILL in the middle of a batch: every edition is complete or absent, and a
    /// rerun finishes the rest and removes what the killed run left half-written.
    @Test func aKilledBatchLeavesNoPartialEditionAndARerunFinishes() throws {
        let dir = T.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        let count = 2000
        func name(_ i: Int) -> String { "a" + String(repeating: "0", count: 4 - String(i).count) + String(i) + ".txt" }
        // Texts of different sizes, so a half-written edition could not pass for a whole one.
        func text(_ i: Int) -> String { "Article \(i): the naka region.\n" + String(repeating: "Talks went on. ", count: i % 50) }
        for i in 0..<count { T.write(Array(text(i).utf8), dir + "/in/" + name(i)) }

        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLITests.binary)
        p.arguments = ["clean", "in", "--out", "out"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.environment = ProcessInfo.processInfo.environment.merging(["EMEND_SOURCE": "mt", "EMEND_DICTIONARIES": CLITests.root.appendingPathComponent("Dictionaries").path]) { $1 }
        p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it once some editions are out, at a moment of its own choosing.
        let deadline = ContinuousClock.now + .seconds(120)
        while T.listing(dir + "/out").filter({ $0.hasSuffix(".emend.md") }).count < 100 && p.isRunning && ContinuousClock.now < deadline {
            usleep(2_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the batch finished before it could be killed")

        func check(allDone: Bool) {
            let files = T.listing(dir + "/out")
            var editions = 0
            for f in files where f.hasSuffix(".txt") && !f.hasPrefix(".") {
                editions += 1
                let i = Int(f.dropFirst().prefix(4))!
                let want = text(i).replacingOccurrences(of: "naka", with: "Nagorno-Karabakh")
                #expect(T.read(dir + "/out/" + f) == Array(want.utf8), "\(f) is partial")
            }
            for f in files where f.hasSuffix(".emend.json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(T.read(dir + "/out/" + f)!))) != nil, "\(f) is partial")
            }
            if allDone {
                #expect(editions == count)
                #expect(files.allSatisfy { !$0.hasPrefix(".") }, "left behind: \(files.filter { $0.hasPrefix(".") })")
            } else {
                #expect(editions < count)
            }
        }
        check(allDone: false)
        let again = try T.run(["clean", "in", "--out", "out"], cwd: dir)
        #expect(again.status == 0)
        check(allDone: true)
    }
}
