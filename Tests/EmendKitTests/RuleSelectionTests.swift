import EmendKit
import Testing

@Suite struct RuleSelectionTests {
    func ids(_ s: RuleSelection) throws -> [String] { try s.rules().map { $0.description.identifier } }

    @Test func byDefaultTheStandardRulesInPipelineOrder() throws {
        #expect(try ids(RuleSelection()) == Pipeline.standardRules.map { $0.description.identifier })
        #expect(try ids(RuleSelection(optional: true)).last == "typography.locale")
    }

    @Test func aGroupSelectsAllOfItsRulesAndOnlyWholeSegments() throws {
        #expect(try ids(RuleSelection(only: ["names"])) == ["names.glued", "names.dictionary", "names.variant", "names.whole-variant", "names.surname-alone", "names.lowercase-surname", "names.korean-reading", "names.korean-place-reading", "names.japanese-reading", "names.article-echo", "names.given-name-pinyin", "names.glued-short-form", "names.default-party", "names.title-as-surname", "names.fuzzy-person", "names.acronym-agreement"])
        #expect(throws: RuleSelection.UnknownRule(pattern: "name")) { try RuleSelection(only: ["name"]).rules() }
    }

    @Test func skipRemovesFromTheSelectionAndOnlyNamesOptionalRules() throws {
        #expect(try !ids(RuleSelection(skip: ["casing"])).contains("casing.mid-sentence"))
        #expect(try ids(RuleSelection(only: ["countries", "typography.locale"], skip: ["countries.form"]))
                == ["countries.abbreviation", "typography.locale"])
    }

    @Test func anUnknownSkipIsAnErrorThatListsTheRules() {
        #expect(throws: RuleSelection.UnknownRule.self) { try RuleSelection(skip: ["casing.everything"]).rules() }
        #expect(RuleSelection.UnknownRule(pattern: "x").description.contains("unicode.mojibake"))
    }

    @Test func onlySelectedRulesEdit() throws {
        let text = "Fighting in the Naka region，sources said."
        let pipeline = Pipeline(rules: try RuleSelection(only: ["unicode"]).rules(), context: Fixtures.context)
        let result = pipeline.clean(Article(source: "-", text: text))
        #expect(result.editionText == "Fighting in the Naka region, sources said.")
        #expect(result.log.edits.allSatisfy { $0.rule.hasPrefix("unicode.") })
    }
}
