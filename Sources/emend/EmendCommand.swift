import ArgumentParser
import EmendKit
import Foundation

@main
struct EmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emend",
        abstract: "Repair what machine translation leaves behind in news articles.",
        discussion: """
        Emend fixes mojibake, full-width punctuation, misread Chinese country short forms, \
        wrong country forms, stray capitals and mis-rendered names, from editable name \
        dictionaries, and writes a cleaned edition with a change log of every edit.

        Examples:
          emend clean --stdout seeds/003_5a7e8cd7146518ab.txt
          emend clean articles/*.txt --out editions/
          cat article.txt | emend clean --stdout -
          emend diff --format html seeds/003_5a7e8cd7146518ab.txt > review.html
          emend review seeds/000_b3245f89eee40f4e.txt
          emend apply seeds/000_b3245f89eee40f4e.txt --decisions 000_b3245f89eee40f4e.decisions.json
          emend clean --jsonl --jobs 2 < articles.jsonl > cleaned.jsonl
          emend dict check
          emend rules

        Exit status: 0 when everything ran, 1 when an input could not be cleaned, \
        2 when a dictionary is broken, 64 for a usage error.
        """,
        version: "emend \(Emend.version) (ICU \(ICU.version))\ndictionaries: \(ProcessInfo.processInfo.environment["EMEND_DICTIONARIES"] ?? DictionaryLocator.bundled() ?? "none found")"
            + "\nKorean readings of unknown names: " + (FileManager.default.fileExists(atPath: SinoKoreanReadings.path)
                ? "Unihan, \(SinoKoreanReadings.path)" : "off (install Debian's unicode-data)")
            + "\nJapanese names in Mandarin readings: " + (FileManager.default.fileExists(atPath: JapaneseNameReadings.path)
                && FileManager.default.fileExists(atPath: SinoKoreanReadings.path)
                ? "ENAMDICT, \(JapaneseNameReadings.path), with Unihan" : "off (install Debian's enamdict and unicode-data)")
            + "\nKorean places in Mandarin readings: " + (FileManager.default.fileExists(atPath: KoreanPlaceReadings.path)
                && FileManager.default.fileExists(atPath: SinoKoreanReadings.path)
                ? "libhangul, \(KoreanPlaceReadings.path), with Unihan" : "off (install Debian's libhangul-data and unicode-data)")
            + "\nCLDR's other names of countries as correct forms: " + (FileManager.default.fileExists(atPath: CLDRTerritories.directory + "/en.xml")
                ? "CLDR, \(CLDRTerritories.directory)" + (ISOCountryCodes.shared.isEmpty ? "" : ", with ISO 3166-1")
                : "off (install Debian's unicode-cldr-core)"),
        subcommands: [Clean.self, Diff.self, Review.self, Apply.self, Mine.self, Dict.self, Rules.self]
    )
}

/// Exit codes shared by the commands.
enum Exit {
    static let inputFailed = ExitCode(1)
    static let dictionaryBroken = ExitCode(2)
}

/// Writes one line to standard error.
func printError(_ message: String) {
    var stderr = StandardError()
    print(message, to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileDescriptorOutput.write(string, to: 2)
    }
}

enum FileDescriptorOutput {
    /// Writes all of `string`; nil, or the errno of the write that failed.
    @discardableResult
    static func write(_ string: String, to fd: Int32) -> Int32? {
        var bytes = Array(string.utf8)
        return write(&bytes, to: fd)
    }

    /// Writes all of `bytes`; nil, or the errno of the write that failed (a full disk, a closed pipe).
    @discardableResult
    static func write(_ bytes: inout [UInt8], to fd: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in systemWrite(fd, buf.baseAddress! + offset, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n < 0 ? errno : EIO }
            offset += n
        }
        return nil
    }
}
