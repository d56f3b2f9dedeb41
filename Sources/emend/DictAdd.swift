import ArgumentParser
import EmendKit
import Foundation

extension Dict {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an entry, or a misrendering to an entry, after validating the result.",
            discussion: """
            A new entry goes into --file, else into the first .toml layer the project's \
            emend.toml names; the bundled dictionaries are edited only when asked (--bundled, \
            or --dictionaries DIR), into the file for the entry's kind. It goes at its \
            alphabetical place when that file is sorted, else at the end. A misrendering goes \
            into its entry's 'misrenderings', in the entry's own file (a bundled entry only \
            when asked). Nothing is written unless every dictionary still loads and every \
            example still passes.

            Examples:
              emend dict add --file names/newsroom.toml --kind place --id emend:khankendi --name Khankendi --misrendering Hankendi
              emend dict add --file names/newsroom.toml --kind person --id emend:baek-un-gyu --name "Baek Un-gyu" \\
                --local-name zh=白云揆 --native 백운규 --surname Baek --country Q884 --role "Industry Minister" \\
                --example "South Korea's Bai Yunkui spoke.=>South Korea's Baek Un-gyu spoke."
              emend dict add --to Q224522 --misrendering "Nagorny-Karabakh"
              emend dict add --to emend:sergei-rudskoy --misrendering Rutskoy --article "General Staff"
            """)

        @Option(help: "Add a misrendering to the entry with this id.") var to: String?
        @Option(help: ArgumentHelp("Add the entries of this file (as 'emend mine --out' writes it, edited); entries still named FIXME are left out.", valueName: "file")) var from: String?
        @Option(help: "The kind of a new entry: country, place, organization or person.") var kind: String?
        @Option(help: "The id of a new entry (a Wikidata QID, or emend:slug).") var id: String?
        @Option(help: "The English name of a new entry.") var name: String?
        @Option(help: ArgumentHelp("A name in another language, as LANG=TEXT, e.g. fr=Haut-Karabakh (repeatable).", valueName: "lang=text")) var localName: [String] = []
        @Option(help: "Another correct English name (repeatable).") var alias: [String] = []
        @Option(help: "The id of the country a new entry belongs to.") var country: String?
        @Option(help: "A known MT misrendering (repeatable for a new entry).") var misrendering: [String] = []
        @Option(help: "With --to: what to write instead (default: the canonical name).") var replacement: String?
        @Option(help: "With --to: the repair needs this word in the same sentence (repeatable).") var near: [String] = []
        @Option(help: "With --to: the repair needs this word somewhere in the article (repeatable).") var article: [String] = []
        @Option(help: "With --to: no repair when this word is in the sentence (repeatable).") var unless: [String] = []
        @Option(help: ArgumentHelp("A name in its native script (repeatable).", valueName: "text")) var native: [String] = []
        @Option(help: "A person's surname in English, as a later mention writes it.") var surname: String?
        @Option(help: ArgumentHelp("A role that stands before the person's name (repeatable).", valueName: "role")) var role: [String] = []
        @Option(help: ArgumentHelp("An example the entry must repair, as TEXT=>WANT (repeatable).", valueName: "text=>want")) var example: [String] = []
        @Option(help: "A note for terminologists (say where the facts come from).") var note: String?
        @Option(help: "Write into this file (a layer of your own).") var file: String?
        @Flag(help: "Write into the bundled dictionaries (otherwise only with --file, a layer emend.toml names, or --dictionaries DIR).") var bundled = false

        @OptionGroup var dictionaryOptions: DictionaryOptions

        func validate() throws {
            if to == nil && from == nil && (kind == nil || id == nil || name == nil) {
                throw ValidationError("Give --to ID --misrendering TEXT, or --kind, --id and --name for a new entry.")
            }
            if to != nil && misrendering.count != 1 { throw ValidationError("With --to, give exactly one --misrendering.") }
            if let kind, EntryKind(rawValue: kind) == nil { throw ValidationError("Unknown kind '\(kind)'; use country, place, organization or person.") }
            if let bad = example.first(where: { !$0.contains("=>") }) { throw ValidationError("--example '\(bad)' needs TEXT=>WANT.") }
        }

        func run() throws {
            // A layer emend.toml names that does not exist yet is an empty one, to be written.
            let missing = try dictionaryOptions.sources().layers.filter { !FileManager.default.fileExists(atPath: $0) }
            let current = try dictionaryOptions.load(replacing: Dictionary(uniqueKeysWithValues: missing.map { ($0, "") }))
            let path: String
            let updated: String
            let bundledFolder = dictionaryOptions.folder()
            let mayEditBundled = bundled || dictionaryOptions.dictionaries != nil
            func isBundled(_ p: String) -> Bool { bundledFolder.map { p.hasPrefix($0 + "/") } ?? false }
            if let from {
                path = try target(kind: .person)
                let blocks = try Self.entryBlocks(read(from), file: from)
                if blocks.skipped > 0 { printError("emend: \(blocks.skipped) entr\(blocks.skipped == 1 ? "y" : "ies") still named FIXME left out") }
                let existing = FileManager.default.fileExists(atPath: path) ? try read(path) : ""
                updated = existing + (existing.isEmpty || existing.hasSuffix("\n\n") ? "" : existing.hasSuffix("\n") ? "\n" : "\n\n") + blocks.text
            } else if let to {
                guard let entry = current.entries.first(where: { $0.id == to }) else {
                    throw ValidationError("No entry has the id '\(to)'; 'emend dict find' searches by name.")
                }
                path = entry.location.file
                if isBundled(path) && !mayEditBundled {
                    throw ValidationError("'\(to)' is a bundled entry (\(path)); give --bundled to add the misrendering there, or add an entry of your own with 'replaces = \"\(to)\"' to your layer.")
                }
                updated = DictionaryEditor.adding(misrendering: misrendering[0], context: (near, article, unless),
                                                  replacement: replacement, to: entry, in: try read(path))
            } else {
                let kind = EntryKind(rawValue: self.kind!)!
                if current.entries.contains(where: { $0.id == id! }) { throw ValidationError("The id '\(id!)' is already used.") }
                path = try target(kind: kind)
                var entry = DictionaryEditor.NewEntry(kind: kind, id: id!, names: [("en", name!)] + localName.compactMap { pair in
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                })
                entry.aliases = alias
                entry.misrenderings = misrendering
                entry.country = country
                entry.native = native
                entry.surname = surname
                entry.roles = role
                entry.examples = example.map { e in
                    let parts = e.components(separatedBy: "=>")
                    return (parts[0], parts.dropFirst().joined(separator: "=>"))
                }
                entry.note = note
                let existing = FileManager.default.fileExists(atPath: path) ? try read(path) : ""
                updated = DictionaryEditor.adding(entry, to: existing, file: path)
            }
            // Validate everything with the new text before writing it.
            var sources = try dictionaryOptions.sources()
            if file != nil && !sources.layers.contains(path) && !(sources.bundled.map { path.hasPrefix($0 + "/") } ?? false) {
                sources.layers.append(path)
            }
            let set: DictionarySet
            do { set = try DictionaryLoader.load(sources, replacing: [path: updated]) } catch {
                for e in error.errors { printError(e.description) }
                printError("emend: nothing written")
                throw Exit.dictionaryBroken
            }
            let problems = DictionaryChecker(dictionary: CompiledDictionary(set), lexicon: Lexicon.system).check().filter { !$0.isWarning }
            if !problems.isEmpty {
                for p in problems { printError(p.description) }
                printError("emend: nothing written")
                throw Exit.dictionaryBroken
            }
            try AtomicFile.write(Array(updated.utf8), to: path)
            print("added to \(path)")
        }

        /// Where new entries go: --file, else the project's first TOML layer, else (when
        /// asked) the bundled file for the kind.
        private func target(kind: EntryKind) throws -> String {
            let bundledFolder = dictionaryOptions.folder()
            let projectLayer = try dictionaryOptions.sources().layers.first { layer in
                layer.hasSuffix(".toml") && !(bundledFolder.map { layer.hasPrefix($0 + "/") } ?? false) && !dictionaryOptions.dictionary.contains(layer)
            }
            if let target = file ?? projectLayer { return target }
            if bundled || dictionaryOptions.dictionaries != nil, let folder = bundledFolder {
                return folder + "/" + DictionaryEditor.fileName(for: kind)
            }
            throw ValidationError("Where should the entry go? Give --file FILE (a layer of your own), name one in emend.toml's 'dictionaries', or --bundled to edit the bundled dictionaries.")
        }

        /// The text of a file's entries, without those still named FIXME, and how many those are.
        static func entryBlocks(_ text: String, file: String) throws -> (text: String, skipped: Int) {
            var set = DictionarySet()
            do { try DictionaryLoader.parse(text, file: file, into: &set) } catch {
                for e in error.errors { printError(e.description) }
                throw Exit.dictionaryBroken
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let starts = set.entries.map { $0.location.line - 1 }
            var out: [String] = []
            var skipped = 0
            for (n, e) in set.entries.enumerated() {
                if e.name["en"] == "FIXME" { skipped += 1; continue }
                var block = Array(lines[starts[n]..<(n + 1 < starts.count ? starts[n + 1] : lines.count)])
                while let last = block.last, last.trimmingCharacters(in: .whitespaces).isEmpty || last.hasPrefix("#") { block.removeLast() }
                out += block + [""]
            }
            return (out.joined(separator: "\n"), skipped)
        }

        private func read(_ path: String) throws -> String {
            String(decoding: try AtomicFile.read(path), as: UTF8.self)
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entries whose id, names, aliases or misrenderings contain TEXT.",
            discussion: "Example:\n  emend dict find karabakh")

        @Argument(help: "Text to look for (case- and accent-insensitive).") var text: String
        @OptionGroup var dictionaryOptions: DictionaryOptions

        func run() throws {
            let dictionary = try dictionaryOptions.load()
            let needle = Fold.key(text)
            var found = 0
            for e in dictionary.entries {
                let hay = [e.id] + Array(e.name.values) + e.aliases + e.misrenderings.map(\.text) + [e.surname["en"], e.acronym["en"]].compactMap { $0 }
                if hay.contains(where: { Fold.key($0).contains(needle) }) {
                    print(EntryLine.format(e)); found += 1
                }
            }
            if found == 0 {
                printError("emend: no entry's id, names, aliases or misrenderings contain '\(text)' (try 'emend dict explain' for a whole name)")
                throw ExitCode(1)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entries, one a line: id, kind, English name, file:line.",
            discussion: "Example:\n  emend dict list --kind person")

        @Option(help: "Only entries of this kind.") var kind: String?
        @OptionGroup var dictionaryOptions: DictionaryOptions

        func validate() throws {
            if let kind, EntryKind(rawValue: kind) == nil { throw ValidationError("Unknown kind '\(kind)'; use country, place, organization or person.") }
        }

        func run() throws {
            let dictionary = try dictionaryOptions.load()
            for e in dictionary.entries where kind == nil || e.kind.rawValue == kind { print(EntryLine.format(e)) }
        }
    }
}

enum EntryLine {
    static func format(_ e: Entry) -> String {
        "\(e.id)\t\(e.kind.rawValue)\t\(e.name["en"] ?? "")\t\(e.location.file):\(e.location.line)"
    }
}

extension Dict {
    struct Compile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile bulk TSV dictionaries into the cache, so later runs load them at once.",
            discussion: "Caches live in $EMEND_CACHE_DIR, else $XDG_CACHE_HOME/emend, else ~/.cache/emend, named by the TSV's content.\n\nExample:\n  emend dict compile --dictionary gazetteer.tsv")

        @OptionGroup var dictionaryOptions: DictionaryOptions

        func run() throws {
            let dictionary = try dictionaryOptions.load()
            guard !dictionary.bulk.isEmpty else { print("no bulk (.tsv) dictionaries to compile"); return }
            for (file, index) in zip(dictionary.dictionaries.bulkFiles, dictionary.bulk) {
                print("\(file.path): \(index.variantCount) variants, \(index.nodeCount) nodes, \(index.conflicts) conflicting lines; cached in \(BulkIndex.cacheDirectory)")
            }
        }
    }
}
