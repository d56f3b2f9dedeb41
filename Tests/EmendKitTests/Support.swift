import EmendKit
import Foundation

/// Paths and shared fixtures for the tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dictionaries = root.appendingPathComponent("Dictionaries").path
    static let seeds = root.appendingPathComponent("seeds").path

    /// The bundled dictionaries, compiled once.
    static let dictionary: CompiledDictionary = {
        do { return CompiledDictionary(try DictionaryLoader.load(directory: dictionaries)) } catch {
            fatalError("bundled dictionaries do not load:\n\(error)")
        }
    }()

    static let context = RuleContext(dictionary: dictionary, lexicon: Lexicon.system)
    /// The pipeline, told that its texts are machine-translated: the tests' snippets are too
    /// short to show MT traces of their own (``DecisionTests`` cover the decision itself).
    static let pipeline: Pipeline = {
        var p = Pipeline(context: context)
        p.declaredMT = true
        return p
    }()

    /// The seed articles (paths without ".txt").
    static var seedStems: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? [])
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".expected.txt") }
            .sorted().map { seeds + "/" + String($0.dropLast(4)) }
    }

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    /// Cleans `text` with only `rules`.
    static func clean(_ text: String, rules: [any Rule], language: String? = nil) -> CleanResult {
        var pipeline = Pipeline(rules: rules, context: context)
        pipeline.declaredMT = true
        pipeline.language = language
        return pipeline.clean(Article(source: "-", text: text))
    }
}
