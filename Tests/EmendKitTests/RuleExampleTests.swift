import EmendKit
import Foundation
import Testing

/// Runs every rule's own examples, as SwiftLint does, and again with emoji prepended,
/// with CRLF line endings and in NFD, to catch offset and normalization bugs.
@Suite struct RuleExampleTests {
    static let rules = (Pipeline.standardRules + Pipeline.optionalRules).map { RuleBox(rule: $0) }

    struct RuleBox: CustomTestStringConvertible, Sendable {
        let rule: any Rule
        var testDescription: String { rule.description.identifier }
    }

    enum Variant: String, CaseIterable { case plain, emoji, crlf, nfd }

    static func transform(_ text: String, _ v: Variant) -> String {
        switch v {
        case .plain: text
        case .emoji: "👨‍👩‍👧‍👦🇺🇳 " + text
        case .crlf: (text + "\nNext line.\n").replacingOccurrences(of: "\n", with: "\r\n")
        case .nfd: text.decomposedStringWithCanonicalMapping
        }
    }

    /// Mojibake is a byte-level artifact: decomposing it makes it something else.
    static func applies(_ v: Variant, to rule: any Rule) -> Bool {
        !(v == .nfd && rule.description.identifier == "unicode.mojibake")
    }

    @Test(arguments: rules)
    func ruleHasExamplesOfBothKinds(_ box: RuleBox) {
        let d = box.rule.description
        #expect(!d.triggeringExamples.isEmpty && !d.nonTriggeringExamples.isEmpty && !d.summary.isEmpty)
    }

    @Test(arguments: rules, Variant.allCases)
    func nonTriggeringExamplesStayByteIdentical(_ box: RuleBox, _ v: Variant) {
        guard Self.applies(v, to: box.rule) else { return }
        for example in box.rule.description.nonTriggeringExamples {
            let text = Self.transform(example, v)
            let result = Fixtures.clean(text, rules: [box.rule])
            #expect(result.edition == Array(text.utf8), "\(box.rule.description.identifier) changed: \(example)")
        }
    }

    @Test(arguments: rules, Variant.allCases)
    func triggeringExamplesAreCorrected(_ box: RuleBox, _ v: Variant) throws {
        // A rule that reads an optional package (Unihan, ENAMDICT) needs it installed.
        guard Self.applies(v, to: box.rule), box.rule.hasItsData else { return }
        for example in box.rule.description.triggeringExamples {
            let text = Self.transform(example.text, v)
            let want = Self.transform(example.corrected, v)
            let result = Fixtures.clean(text, rules: [box.rule], language: example.language)
            if v == .nfd {
                #expect(result.editionText.precomposedStringWithCanonicalMapping == want.precomposedStringWithCanonicalMapping,
                        "\(box.rule.description.identifier): \(example.text)")
            } else {
                #expect(result.editionText == want, "\(box.rule.description.identifier): \(example.text)")
            }
            if example.suggests {
                #expect(!result.log.suggestions.isEmpty, "\(box.rule.description.identifier) should suggest: \(example.text)")
            } else {
                #expect(!result.log.edits.isEmpty)
                // Every edit names the rule and reverts exactly.
                #expect(result.log.edits.allSatisfy { $0.rule.contains(box.rule.description.identifier) || $0.rule == "names.case" })
                #expect(try result.log.revert(result.edition) == Array(text.utf8))
            }
        }
    }
}
