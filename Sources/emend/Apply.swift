import ArgumentParser
import EmendKit

struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the decisions saved from the HTML review: write the edition as 'emend review' would.",
        discussion: """
        The HTML review ('emend diff --format html FILE > review.html') lets an editor accept, \
        reject or edit each change and pick or reject each suggestion, then save the decisions \
        (NAME.decisions.json). 'emend apply' cleans FILE again with the same options, checks \
        that FILE is the text the review was made on (its SHA-256), and writes exactly what \
        'emend review' writes for the same answers: the edition and its change log \
        (NAME.emend.json) and summary (NAME.emend.md) into --out, and the rejected changes \
        appended to emend-exceptions.toml. Undecided items are skipped. A file changed since \
        the review, or decisions that do not match its changes, is one error line and exit 1.

        Examples:
          emend diff --format html seeds/000_b3245f89eee40f4e.txt > review.html
          emend apply seeds/000_b3245f89eee40f4e.txt --decisions ~/Downloads/000_b3245f89eee40f4e.decisions.json
        """
    )

    @Argument(help: ArgumentHelp("The article the review was made on.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The decisions file saved by the HTML review.", valueName: "file"))
    var decisions: String

    @Option(help: ArgumentHelp("Folder for the edition and its change log.", valueName: "dir"))
    var out: String = "editions"

    @Flag(help: "Rewrite the input atomically instead (keeping FILE.orig).")
    var inPlace = false

    @Option(help: ArgumentHelp("The exceptions file (default: emend-exceptions.toml, the nearest from the current folder upwards, else here).", valueName: "file"))
    var exceptions: String?

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let review = try ReviewRun(file: file, exceptions: exceptions, formatOptions: formatOptions,
                                   dictionaryOptions: dictionaryOptions, ruleOptions: ruleOptions)
        let session = try review.replay(decisions)
        for line in try review.write(session, out: out, inPlace: inPlace, userDictionary: nil) { print(line) }
    }
}
