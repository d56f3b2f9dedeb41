import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives `emend review` through a pseudo-terminal, as a person at a terminal would.
extension CLITests {
    /// Runs the binary on a pty, typing `keys` (one answer a line), and returns what the
    /// terminal showed.
    func runOnPTY(_ args: [String], keys: [String], cwd: String) throws -> (status: Int32, screen: String) {
        var master: Int32 = 0, slave: Int32 = 0
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw POSIXError(.ENOTTY) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1", "EMEND_SOURCE": "mt"]) { $1 }
        let slaveHandle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        p.standardInput = slaveHandle; p.standardOutput = slaveHandle; p.standardError = slaveHandle
        try p.run()
        close(slave)
        // The answers, then end of input (^D), so a review that asks more than expected
        // ends instead of waiting.
        let input = keys.map { $0 + "\n" }.joined() + "\u{04}"
        _ = input.withCString { write(master, $0, strlen($0)) }
        var screen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            screen += buffer[0..<n]
        }
        p.waitUntilExit()
        close(master)
        return (p.terminationStatus, String(decoding: screen, as: UTF8.self))
    }

    @Test func reviewAcceptingEverythingGivesTheExpectedEdition() throws {
        let dir = tempDir()
        let seed = Self.root.appendingPathComponent("seeds/000_b3245f89eee40f4e").path
        let r = try runOnPTY(["review", seed + ".txt", "--out", dir + "/out"], keys: ["a"], cwd: dir)
        #expect(r.status == 0 && r.screen.contains("Apply this change [y,n,e,s,a,b,q,?]?"))
        #expect(FileManager.default.contents(atPath: dir + "/out/000_b3245f89eee40f4e.txt") == FileManager.default.contents(atPath: seed + ".expected.txt"))
    }

    @Test func rejectingOneChangeKeepsExactlyThatSpanAndRemembersIt() throws {
        let dir = tempDir()
        let input = dir + "/a.txt"
        try "The Naka region. Talks on the Naka issue。Russia Dispatched troops.".write(toFile: input, atomically: true, encoding: .utf8)
        // Changes: Naka, Naka, 。, Dispatched. Reject the second Naka, accept the rest.
        let r = try runOnPTY(["review", input, "--out", dir + "/out"], keys: ["y", "n", "y", "y"], cwd: dir)
        #expect(r.status == 0 && r.screen.contains("rejected 1"))
        #expect(try String(contentsOfFile: dir + "/out/a.txt", encoding: .utf8) == "The Nagorno-Karabakh region. Talks on the Naka issue. Russia dispatched troops.")
        let exceptions = try String(contentsOfFile: dir + "/emend-exceptions.toml", encoding: .utf8)
        #expect(exceptions.contains("before = \"Naka\"") && exceptions.contains("context = \"Talks on the Naka issue。Russia Dispatched\""))
        // The rejected change is not proposed again for that text; the other one still is.
        let again = try run(["clean", "--stdout", input], cwd: dir)
        #expect(again.stdout == "The Nagorno-Karabakh region. Talks on the Naka issue. Russia dispatched troops.")
    }

    @Test func aSuggestionGoesIntoTheUserDictionaryInOneKey() throws {
        let dir = tempDir()
        let input = dir + "/a.txt"
        try "Zelinsky arrived on Monday.".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try runOnPTY(["review", input, "--out", dir + "/out"], keys: ["u"], cwd: dir)
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: dir + "/emend-user.tsv", encoding: .utf8).hasSuffix("Zelinsky\tZelensky\tperson\n"))
        #expect(try String(contentsOfFile: dir + "/out/a.txt", encoding: .utf8) == "Zelensky arrived on Monday.")
        let again = try run(["clean", "--stdout", "--dictionary", dir + "/emend-user.tsv", input], cwd: dir)
        #expect(again.stdout == "Zelensky arrived on Monday.")
    }
}
