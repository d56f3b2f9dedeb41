import EmendKit
import Foundation

/// Input paths as the user gave them, with directories expanded to the articles inside
/// them (recursively: .txt, .md, .markdown, .html, .htm, sorted for a stable order).
enum Inputs {
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    struct Item {
        /// Path to read, or "-".
        var path: String
        /// Path relative to the directory it came from (its file name for a plain file).
        var relative: String
    }

    /// Expands folders. Emend's own output is never input: files inside `output` (the
    /// folder editions are written to), summaries (`*.emend.md`) and editions (a file with
    /// its change log `NAME.emend.json` beside it) are skipped.
    static func expand(_ paths: [String], output: String? = nil) -> [Item] {
        var out: [Item] = []
        let fm = FileManager.default
        let outputPath = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        func isEmendOutput(_ file: String) -> Bool {
            let url = URL(fileURLWithPath: file).standardizedFileURL
            if url.lastPathComponent.hasSuffix(".emend.md") { return true }
            if let outputPath, url.path.hasPrefix(outputPath) { return true }
            let log = url.deletingPathExtension().path + ".emend.json"
            return fm.fileExists(atPath: log)
        }
        for path in paths {
            var isDir: ObjCBool = false
            if path != "-", fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let files = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) && !$0.contains("/.") && !$0.hasPrefix(".") }
                    .filter { !isEmendOutput(path + "/" + $0) }
                    .sorted()
                out += files.map { Item(path: path + "/" + $0, relative: $0) }
            } else {
                out.append(Item(path: path, relative: path == "-" ? "stdin.txt" : URL(fileURLWithPath: path).lastPathComponent))
            }
        }
        return out
    }

    /// Whether `path` names a folder (which ``expand(_:)`` expands).
    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Reads and decodes one input.
    static func article(_ path: String) throws -> Article {
        let bytes: [UInt8] = path == "-" ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : try AtomicFile.read(path)
        return try ArticleReader.article(source: path, bytes: bytes)
    }
}

/// Whether to color terminal output: `auto` colors only a terminal, and never when
/// NO_COLOR is set (https://no-color.org) or TERM is "dumb".
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    func enabled(fd: Int32 = 1) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let env = ProcessInfo.processInfo.environment
            if env["NO_COLOR"].map({ !$0.isEmpty }) == true || env["TERM"] == "dumb" { return false }
            return isatty(fd) != 0
        }
    }
}

import ArgumentParser
