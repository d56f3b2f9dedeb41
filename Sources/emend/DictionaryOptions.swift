import ArgumentParser
import EmendKit
import Foundation

/// Where the dictionaries come from; shared by every command.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the dictionaries in this folder instead of the bundled ones.", valueName: "dir"))
    var dictionaries: String?

    @Option(name: .long, help: ArgumentHelp("Also load this dictionary file, .toml or .tsv (repeatable); its entries add to or override the bundled ones.", valueName: "file"))
    var dictionary: [String] = []

    @Flag(name: .long, help: "Ignore the project's emend.toml.")
    var noProject = false


    /// The folder to load: --dictionaries, $EMEND_DICTIONARIES, or the bundled folder
    /// found next to the executable or above the current directory.
    func folder() -> String? {
        if let dictionaries { return dictionaries }
        if let env = ProcessInfo.processInfo.environment["EMEND_DICTIONARIES"] { return env }
        return DictionaryLocator.bundled()
    }

    /// The layers: bundled folder, the project's emend.toml (nearest from the current
    /// folder upwards), then --dictionary files.
    func sources() throws -> DictionarySources {
        let bundled = folder()
        var sources = DictionarySources(bundled: bundled)
        if !noProject, let path = ProjectConfig.find(from: FileManager.default.currentDirectoryPath) {
            do {
                let config = try ProjectConfig.load(path)
                sources.layers += config.dictionaries
                sources.disabled = config.disabled
                sources.configLocation = config.location
            } catch {
                for e in error.errors { printError(e.description) }
                throw Exit.dictionaryBroken
            }
        }
        sources.layers += dictionary
        if bundled == nil && sources.layers.isEmpty {
            printError("emend: error: no dictionaries found (looked in \(DictionaryLocator.summary)); install them as PREFIX/share/emend/Dictionaries beside PREFIX/bin/emend (scripts/install.sh PREFIX), or give --dictionaries DIR or EMEND_DICTIONARIES")
            throw Exit.dictionaryBroken
        }
        return sources
    }

    /// The pipeline with the dictionaries, the system lexicon and the project's rejected
    /// changes (`emend-exceptions.toml`, the nearest from the current folder upwards).
    func pipeline(rules: RuleOptions, exceptionsPath: String? = nil) throws -> Pipeline {
        // WordNet and the word list load on the other core while the dictionaries compile.
        DispatchQueue.global().async { _ = Lexicon.system }
        var pipeline = Pipeline(rules: try rules.selection.rules(),
                                context: RuleContext(dictionary: try load(), lexicon: Lexicon.system))
        pipeline.language = rules.language
        pipeline.declaredMT = rules.source.declared
        pipeline.policy.houseStyle = rules.houseStyle
        if let path = exceptionsPath ?? (noProject ? nil : Review.findUp(Exceptions.fileName)) {
            do { pipeline.exceptions = try Exceptions.load(path) } catch {
                for e in error.errors { printError(e.description) }
                throw Exit.dictionaryBroken
            }
        }
        return pipeline
    }

    /// Loads and compiles the dictionaries, or prints every error and exits with status 2.
    func load(replacing: [String: String] = [:]) throws -> CompiledDictionary {
        let sources = try sources()
        do {
            let set = try DictionaryLoader.load(sources, replacing: replacing)
            return CompiledDictionary(set)
        } catch {
            for e in error.errors { printError(e.description) }
            throw Exit.dictionaryBroken
        }
    }
}

enum DictionaryLocator {
    /// The bundled Dictionaries folder: beside an installed binary (`../share/emend/Dictionaries`),
    /// in a repository holding the binary (`.build/release/emend`), or above the current directory.
    static func bundled() -> String? {
        places().first { FileManager.default.fileExists(atPath: $0 + "/countries.toml") }
    }

    /// Where the bundled dictionaries were looked for, in words.
    static var summary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        let share = exe.map { $0.deletingLastPathComponent().appendingPathComponent("share/emend/Dictionaries").path + ", " } ?? ""
        return share + "Dictionaries/ in \(exe?.path ?? "the binary's folder"), \(FileManager.default.currentDirectoryPath) and the folders above them"
    }

    /// Where the bundled dictionaries are looked for, in order.
    static func places() -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        var starts: [URL] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            starts.append(dir)
            out.append(dir.deletingLastPathComponent().appendingPathComponent("share/emend/Dictionaries").path)
        }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                out.append(dir.appendingPathComponent("Dictionaries").path)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return out
    }
}
