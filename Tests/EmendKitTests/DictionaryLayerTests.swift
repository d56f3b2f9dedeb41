import EmendKit
import EmendTestSupport
import Foundation
import Testing

@Suite struct DictionaryLayerTests {
    func folder(_ files: [String: String]) -> String {
        let dir = TestFolders.make("layers")
        for (name, text) in files { _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(text.utf8)) }
        return dir
    }

    let bundled = """
    [[place]]
    id = "emend:nk"
    name = { en = "Nagorno-Karabakh" }
    misrenderings = [ { text = "Naka" } ]

    [[organization]]
    id = "emend:nato"
    name = { en = "NATO" }
    misrenderings = [ { text = "Beiyue" } ]
    """

    @Test func aLaterLayerOverridesAndTheProjectDisables() throws {
        let base = folder(["places.toml": bundled])
        let user = folder(["mine.toml": "[[place]]\nid = \"emend:nk\"\nreplaces = \"emend:nk\"\nname = { en = \"Karabakh\" }\nmisrenderings = [ { text = \"Naka\" } ]\n"])
        let set = try DictionaryLoader.load(DictionarySources(bundled: base, layers: [user + "/mine.toml"], disabled: ["emend:nato"]))
        var pipeline = Pipeline(context: RuleContext(dictionary: CompiledDictionary(set), lexicon: nil))
        pipeline.declaredMT = true
        #expect(pipeline.clean(Article(source: "-", text: "the Naka region and Beiyue")).editionText == "the Karabakh region and Beiyue")
    }

    /// Reusing a bundled id without `replaces` is an error that names both places, so a
    /// newsroom layer never deletes a bundled entry by accident.
    @Test func aLayerReplacesAnEntryOnlyWhenItSaysSo() throws {
        let base = folder(["places.toml": bundled])
        let user = folder(["mine.toml": "[[place]]\nid = \"emend:nk\"\nname = { en = \"Karabakh\" }\n"])
        var message = ""
        do {
            _ = try DictionaryLoader.load(DictionarySources(bundled: base, layers: [user + "/mine.toml"]))
        } catch {
            message = String(describing: error)
        }
        #expect(message.contains("mine.toml:1:1"))
        #expect(message.contains("places.toml"))
        #expect(message.contains("replaces = \"emend:nk\""))
        let wrong = folder(["w.toml": "[[place]]\nid = \"emend:x\"\nreplaces = \"emend:none\"\nname = { en = \"X\" }\n"])
        #expect(throws: DictionaryErrors.self) { try DictionaryLoader.load(DictionarySources(bundled: base, layers: [wrong + "/w.toml"])) }
    }

    @Test func duplicateIdsInOneLayerAreStillErrors() {
        let base = folder(["a.toml": bundled, "b.toml": "[[place]]\nid = \"emend:nk\"\nname = { en = \"X\" }\n"])
        #expect(throws: DictionaryErrors.self) { try DictionaryLoader.load(DictionarySources(bundled: base)) }
    }

    @Test func projectConfigIsFoundFromASubfolder() throws {
        let root = folder(["emend.toml": "[[project]]\ndictionaries = [\"names/extra.tsv\"]\ndisable = [\"Q1\"]\n"])
        try FileManager.default.createDirectory(atPath: root + "/names/deep", withIntermediateDirectories: true)
        let path = try #require(ProjectConfig.find(from: root + "/names/deep"))
        let config = try ProjectConfig.load(path)
        #expect(config.dictionaries == [URL(fileURLWithPath: root).standardizedFileURL.path + "/names/extra.tsv"] || config.dictionaries.first?.hasSuffix("/names/extra.tsv") == true)
        #expect(config.disabled == ["Q1"])
    }

    @Test func bulkTSVLinesCompileToAnAutomaton() throws {
        let base = folder(["g.tsv": "# gazetteer\nKhankendy\tStepanakert\tplace\nKhankendi\tStepanakert\tplace\nBaku\tBaku\tplace\nNagorny Karabakh\tNagorno-Karabakh\tplace\n"])
        let set = try DictionaryLoader.load(DictionarySources(bundled: base))
        #expect(set.entries.isEmpty && set.bulkFiles.count == 1)
        let dictionary = CompiledDictionary(set)
        #expect(dictionary.bulk[0].variantCount == 6)  // 4 lines, plus Stepanakert and Nagorno-Karabakh as names of their own
        var pipeline = Pipeline(context: RuleContext(dictionary: dictionary, lexicon: nil))
        pipeline.declaredMT = true
        #expect(pipeline.clean(Article(source: "-", text: "from Khankendy to baku via Nagorny-Karabakh.")).editionText
                == "from Stepanakert to Baku via Nagorno-Karabakh.")
    }

    /// A gazetteer whose variant is a word of its own canonical name must not grow the
    /// correct name, and another variant must not break into it (found by the peer benchmark).
    @Test func aCanonicalNameIsNotReadAsItsOwnVariant() throws {
        let base = folder(["g.tsv": "Danubi Noyburg\tNeuburg an der Donau\tplace\nNeuburg\tNeuburg an der Donau\tplace\nDer\tDēra\tplace\n"])
        var pipeline = Pipeline(context: RuleContext(dictionary: CompiledDictionary(try DictionaryLoader.load(DictionarySources(bundled: base))), lexicon: nil))
        pipeline.declaredMT = true
        let kept = "They met in Neuburg an der Donau."
        #expect(pipeline.clean(Article(source: "-", text: kept)).editionText == kept)
        let repaired = pipeline.clean(Article(source: "-", text: "Talks resume in Danubi Noyburg next week."))
        #expect(repaired.editionText == "Talks resume in Neuburg an der Donau next week.")
        #expect(try repaired.log.revert(repaired.edition) == Array("Talks resume in Danubi Noyburg next week.".utf8))
    }

    @Test func theCompiledCacheLoadsTheSameAutomaton() throws {
        let tsv = (0..<2000).map { "Variant\($0)x Name\tCanonical \($0 % 300)\tplace" }.joined(separator: "\n")
        let built = BulkIndex.build(tsv: tsv, fingerprint: 42)
        let path = folder([:]) + "/x.emendix"
        try built.save(to: path)
        let loaded = try #require(BulkIndex.load(from: path, fingerprint: 42))
        #expect(BulkIndex.load(from: path, fingerprint: 43) == nil)
        let tokens = Tokenizer.tokenize("see variant17x name and Variant1999x-Name here")
        #expect(loaded.matches(in: tokens) == built.matches(in: tokens))
        #expect(loaded.matches(in: tokens).map { loaded.target($0.target).name } == ["Canonical 17", "Canonical 199"])
    }

    @Test func bulkTSVErrorsNameLineAndColumn() {
        let base = folder(["g.tsv": "a\tb\tplace\nbroken line\nx\ty\tplanet\n"])
        #expect {
            _ = try DictionaryLoader.load(DictionarySources(bundled: base))
        } throws: { error in
            let messages = (error as! DictionaryErrors).errors.map { $0.description.replacingOccurrences(of: base + "/", with: "") }
            return messages == ["g.tsv:2:12: error: expected 3 tab-separated fields (variant, canonical, kind), found 1",
                                "g.tsv:3:5: error: unknown kind 'planet'; use country, place, organization or person"]
        }
    }

    @Test func addingAnEntryToASortedFileInsertsItInPlace() {
        let text = "[[country]]\nid = \"A\"\nname = { en = \"Albania\" }\n\n[[country]]\nid = \"C\"\nname = { en = \"Chad\" }\n"
        let out = DictionaryEditor.adding(.init(kind: .country, id: "B", names: [("en", "Bhutan")]), to: text, file: "c.toml")
        #expect(out == "[[country]]\nid = \"A\"\nname = { en = \"Albania\" }\n\n[[country]]\nid = \"B\"\nname = { en = \"Bhutan\" }\n\n[[country]]\nid = \"C\"\nname = { en = \"Chad\" }\n")
    }

    @Test func addingAMisrenderingOnlyAddsLines() throws {
        let text = "[[place]]\nid = \"P\"\nname = { en = \"Tehran\" }\nmisrenderings = [\n  { text = \"Teheran\" },\n]\n\n[[place]]\nid = \"Q\"\nname = { en = \"Q\" }\n"
        var set = DictionarySet()
        try DictionaryLoader.parse(text, file: "p.toml", into: &set)
        let out = DictionaryEditor.adding(misrendering: "Tehrān", context: ([], [], []), replacement: nil, to: set.entries[0], in: text)
        #expect(out == text.replacingOccurrences(of: "  { text = \"Teheran\" },\n", with: "  { text = \"Teheran\" },\n  { text = \"Tehrān\" },\n"))
        let second = DictionaryEditor.adding(misrendering: "Qq", context: (["near"], [], []), replacement: "Q!", to: set.entries[1], in: text)
        #expect(second.hasSuffix("name = { en = \"Q\" }\nmisrenderings = [\n  { text = \"Qq\", to = \"Q!\", near = [\"near\"] },\n]\n"))
    }
}
