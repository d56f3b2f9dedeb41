import ArgumentParser
import EmendKit
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the rules, with their identifiers, languages and examples.",
        discussion: """
        The identifiers are those of the change logs and of --only and --skip; a group \
        (the part before the dot) selects all of its rules.

        Examples:
          emend rules
          emend rules --examples
          emend rules --json | jq -r '.[].identifier'
          emend clean --only names --stdout article.txt
          emend clean --skip casing --stdout article.txt
        """
    )

    @Flag(help: "Print the rules as JSON.")
    var json = false

    @Flag(help: "Also print each rule's examples (text it repairs, and text it must leave alone).")
    var examples = false

    struct Listing: Encodable {
        let identifier, name, summary, category: String
        let languages: [String]?
        let standard: Bool
        let triggeringExamples: [[String: String]]?
        let nonTriggeringExamples: [String]?
    }

    func run() throws {
        let standard = Set(Pipeline.standardRules.map { $0.description.identifier })
        let listings = RuleSelection.all.map { rule -> Listing in
            let d = rule.description
            return Listing(identifier: d.identifier, name: d.name, summary: d.summary, category: d.category.rawValue,
                           languages: type(of: rule).languages.map { $0.sorted() },
                           standard: standard.contains(d.identifier),
                           triggeringExamples: examples ? d.triggeringExamples.map {
                               ["text": $0.text, "corrected": $0.corrected, "language": $0.language ?? "en"]
                                   .merging($0.suggests ? ["suggests": "true"] : [:]) { $1 }
                           } : nil,
                           nonTriggeringExamples: examples ? d.nonTriggeringExamples : nil)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(listings), as: UTF8.self))
            return
        }
        for l in listings {
            let languages = l.languages?.joined(separator: " ") ?? "any language"
            print("\(l.identifier)  \(l.name) [\(languages)]\(l.standard ? "" : " (optional: --typography)")")
            print("    \(l.summary)")
            for e in l.triggeringExamples ?? [] {
                print("    + \(e["text"]!)  →  \(e["suggests"] != nil ? "suggests: " : "")\(e["corrected"]!)")
            }
            for e in l.nonTriggeringExamples ?? [] { print("    = \(e)") }
        }
    }
}
