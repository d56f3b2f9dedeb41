import EmendKit
import EmendTestSupport
import Foundation
import Testing

@Suite struct DictionaryTests {
    /// Loads `files` (name → text) from a fresh folder.
    func load(_ files: [String: String]) throws(DictionaryErrors) -> DictionarySet {
        let dir = TestFolders.make("dict")
        for (name, text) in files { _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(text.utf8)) }
        return try DictionaryLoader.load(directory: dir)
    }

    func messages(_ files: [String: String]) -> [String] {
        do { _ = try load(files); return [] } catch {
            return error.errors.map { e in e.description.replacingOccurrences(of: #"/[^ :]*/"#, with: "", options: .regularExpression) }
        }
    }

    @Test func bundledDictionariesLoadAndCoverTheWorld() {
        let d = Fixtures.dictionary
        let countries = d.entries.filter { $0.kind == .country }
        #expect(countries.count >= 195)
        #expect(d.entries.contains { $0.kind == .person && $0.name["en"] == "Sergei Rudskoy" })
        #expect(d.entries.contains { $0.kind == .organization && $0.acronym["en"] == "NATO" })
        #expect(countries.allSatisfy { $0.name["en"] != nil && $0.adjective["en"] != nil })
    }

    @Test func everyEntryExampleAndCanonicalNamePasses() {
        let checker = DictionaryChecker(dictionary: Fixtures.dictionary, lexicon: Lexicon.system)
        let problems = checker.check().filter { !$0.isWarning }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func unknownFieldIsNamedWithItsPlace() {
        let m = messages(["a.toml": "[[country]]\nid = \"Q1\"\nname = { en = \"A\" }\ncapitol = \"B\"\n"])
        #expect(m == ["a.toml:4:1: error: unknown field 'capitol' in a country entry; known fields: adjective, aliases, capital, compound, definite, demonym, examples, id, misrenderings, name, native, note, prefix, replaces, short"])
    }

    @Test func duplicateIdsAreReported() {
        let m = messages(["a.toml": "[[place]]\nid = \"Q1\"\nname = { en = \"A\" }\n\n[[place]]\nid = \"Q1\"\nname = { en = \"B\" }\n"])
        #expect(m == ["a.toml:5:1: error: the id 'Q1' is already used by 'A' at a.toml:1:1; ids must be unique"])
    }

    @Test func misrenderingThatIsAnotherEntrysNameNeedsAContext() {
        let text = """
        [[person]]
        id = "emend:a"
        name = { en = "Alexander Rutskoy" }
        surname = { en = "Rutskoy" }

        [[person]]
        id = "emend:b"
        name = { en = "Sergei Rudskoy" }
        misrenderings = [ { text = "Rutskoy" } ]
        """
        #expect(messages(["p.toml": text]) == ["p.toml:9:19: error: the misrendering 'Rutskoy' is the correct name of 'Alexander Rutskoy' (emend:a); give it a context ('near' or 'article') so Emend can tell them apart"])
        let fixed = text.replacingOccurrences(of: "{ text = \"Rutskoy\" }", with: "{ text = \"Rutskoy\", article = [\"General Staff\"] }")
        #expect(messages(["p.toml": fixed]).isEmpty)
    }

    @Test func wrongTypesAndMissingFieldsAreExplained() {
        #expect(messages(["a.toml": "[[place]]\nid = \"Q1\"\nname = \"A\"\n"]) ==
                ["a.toml:3:8: error: 'name' must be an inline table of languages, like { en = \"...\", fr = \"...\" }"])
        #expect(messages(["a.toml": "[[place]]\nname = { en = \"A\" }\n"]) == ["a.toml:1:1: error: this place entry has no 'id'; it is required"])
        #expect(messages(["a.toml": "[[planet]]\nid = \"x\"\n"]).first?.hasPrefix("a.toml:1:1: error: unknown kind of entry '[[planet]]'") == true)
    }

    @Test func failingExampleIsReportedWhereItIsWritten() throws {
        let set = try load(["p.toml": """
        [[place]]
        id = "emend:nk"
        name = { en = "Nagorno-Karabakh", zh = "纳卡" }
        short = ["纳卡"]
        examples = [
          { text = "in the Naka region", want = "in the Nagorno-Karabakh region" },
          { text = "in the Naka region", want = "in the Naka region" },
        ]
        """])
        let checker = DictionaryChecker(dictionary: CompiledDictionary(set), lexicon: Lexicon.system)
        let failures = checker.failingExamples().map { $0.description.replacingOccurrences(of: #"^.*/"#, with: "", options: .regularExpression) }
        #expect(failures == ["p.toml:7:3: error: example fails: cleaning 'in the Naka region' gives 'in the Nagorno-Karabakh region', not 'in the Naka region'"])
    }

    @Test func variantClaimedByTwoEntriesIsOnlySuggested() throws {
        let set = try load(["p.toml": """
        [[place]]
        id = "emend:a"
        name = { en = "Kingston", zh = "金斯敦" }

        [[place]]
        id = "emend:b"
        name = { en = "Kingstown", zh = "金斯敦" }
        """])
        let dict = CompiledDictionary(set)
        // Namesakes: the pinyin (and its Palladius Cyrillic) derive from both names, so nothing
        // in the entries is wrong and no warning is given; a curated misrendering both claim is.
        #expect(DictionaryChecker(dictionary: dict, lexicon: nil).conflictingVariants().isEmpty)
        let curated = CompiledDictionary(try load(["p.toml": """
        [[place]]
        id = "emend:a"
        name = { en = "Kingston" }
        misrenderings = [{ text = "Jinsidun" }]

        [[place]]
        id = "emend:b"
        name = { en = "Kingstown" }
        misrenderings = [{ text = "Jinsidun" }]
        """]))
        let warnings = DictionaryChecker(dictionary: curated, lexicon: nil).conflictingVariants()
        #expect(warnings.allSatisfy(\.isWarning) && warnings.contains { $0.message.contains("'Jinsidun'") })
        var pipeline = Pipeline(context: RuleContext(dictionary: dict, lexicon: nil))
        pipeline.declaredMT = true
        let result = pipeline.clean(Article(source: "-", text: "flights to Jinsidun today"))
        #expect(result.log.edits.isEmpty && result.log.suggestions.first?.candidates == ["Kingston", "Kingstown"])
    }

    @Test func canonicalNameThatTheRulesWouldChangeIsAnError() throws {
        let set = try load(["p.toml": """
        [[organization]]
        id = "emend:x"
        name = { en = "Silk Road，Friendship Fund" }
        """])
        let errors = DictionaryChecker(dictionary: CompiledDictionary(set), lexicon: nil).unstableCanonicalNames()
        #expect(errors.map(\.message) == ["the canonical name 'Silk Road，Friendship Fund' (en) would be changed by Emend's rule 'unicode.full-width-punctuation' to 'Silk Road, Friendship Fund'; cleaning canonical text must change nothing"])
    }

    @Test func derivedVariantsComeFromICU() {
        #expect(Derivation.pinyin("纳卡", person: false).map(\.text) == ["Naka"])
        #expect(Derivation.pinyin("尹锡悦", person: true).map(\.text) == ["Yinxiyue", "Yin Xiyue"])
        #expect(Derivation.pinyin("哈", person: false).isEmpty)
        #expect(Derivation.romanizations("Шойгу").map(\.text) == ["Shoygu"])
        #expect(Derivation.romanizations("Нагорный Карабах").map(\.text) == ["Nagornyy Karabakh", "Nagorny Karabakh"])
    }

    @Test func explainSaysHowATextResolves() {
        let lines = DictionaryExplainer(dictionary: Fixtures.dictionary).explain("Naka")
        #expect(lines.contains { $0.contains("Nagorno-Karabakh") && $0.contains("pinyin of 纳卡") })
        #expect(DictionaryExplainer(dictionary: Fixtures.dictionary).explain("Qwertyuiop") == ["'Qwertyuiop' matches no entry, derived variant or short-form reading"])
    }
}
