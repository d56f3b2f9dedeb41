import Foundation
import Testing

/// `emend mine`: the names an archive holds that Emend does not know, to a file that
/// `emend dict add --from` takes after the terminologist's edit.
extension CLITests {
    @Test func mineListsUnknownNamesAndItsFileGoesIntoALayerThatRepairsThem() throws {
        let dir = tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/archive", withIntermediateDirectories: true)
        try "Seoul, May 3 (Xinhua) -- South Korea's trade minister Jin Dongming said on the 3rd that talks with Japan go on.\n"
            .write(toFile: dir + "/archive/a.txt", atomically: true, encoding: .utf8)
        try "Seoul, May 9 -- Jin Dongming, the South Korean trade minister, met officials on the 9th in Seoul on Monday.\n"
            .write(toFile: dir + "/archive/b.txt", atomically: true, encoding: .utf8)
        let list = try run(["mine", "archive"], cwd: dir)
        #expect(list.status == 0 && list.stdout.hasPrefix("2\tJin Dongming\tpinyin-shaped; beside a role"))
        // Known names, English words and a capitalized word opening a sentence are no candidates.
        #expect(!list.stdout.contains("Seoul\t") && !list.stdout.contains("Monday") && !list.stdout.contains("Japan"))
        let mined = try run(["mine", "archive", "--out", "candidates.toml"], cwd: dir)
        #expect(mined.status == 0 && mined.stdout.contains("1 candidates written"))
        // The terminologist writes the right name (the Korean reading may already be there).
        var file = try String(contentsOfFile: dir + "/candidates.toml", encoding: .utf8)
        file = file.replacingOccurrences(of: "name = { en = \"FIXME\" }", with: "name = { en = \"Kim Dong-myeong\" }")
        try file.write(toFile: dir + "/candidates.toml", atomically: true, encoding: .utf8)
        #expect(file.contains("misrenderings = [{ text = \"Jin Dongming\" }]") && file.contains("name = { en = \"Kim Dong-myeong\" }"))
        let add = try run(["dict", "add", "--from", "candidates.toml", "--file", "names.toml"], cwd: dir)
        #expect(add.status == 0)
        let clean = try run(["clean", "--stdout", "--dictionary", "names.toml", "archive/a.txt"], cwd: dir)
        #expect(clean.stdout.contains("trade minister Kim Dong-myeong said"))
    }

    @Test func mineListsSurnamesThatMTWroteInLowerCase() throws {
        let dir = tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/archive", withIntermediateDirectories: true)
        // A known person's surname that is an English word; and a Korean surname whose bearer
        // the article never names in full. "The moon rose" is an ordinary word.
        try "Seoul, May 3 (Xinhua) -- South Korean President Moon Jae-in met officials in Seoul. Later, moon said talks would go on. The moon rose.\n"
            .write(toFile: dir + "/archive/a.txt", atomically: true, encoding: .utf8)
        try "Seoul, May 9 (Xinhua) -- South Korean officials met in Seoul on Monday, and song said the talks would go on.\n"
            .write(toFile: dir + "/archive/b.txt", atomically: true, encoding: .utf8)
        let list = try run(["mine", "archive"], cwd: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains("1\tmoon\tprobably Moon Jae-in's surname in lower case"))
        #expect(list.stdout.contains("1\tsong\t"))
        #expect(!list.stdout.contains("\tmoon rose"))
    }
}
