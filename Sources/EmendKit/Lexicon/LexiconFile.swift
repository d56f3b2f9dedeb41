import Foundation

/// Reads the lexicon's word lists (WordNet's `index.*` and `*.exc`, a spelling list) at
/// the byte level: splitting a 1 MB file into `Character`s and Foundation substring
/// searches cost a third of a second at every start.
///
/// The result is the same as splitting the decoded text on `"\n"` and `" "` as
/// `Character`s; a file where that could differ (carriage returns, invalid UTF-8, or
/// non-ASCII bytes where fields are split on spaces) is read the slow way.
enum LexiconFile {
    /// The non-empty lines of `path`; nil when the file cannot be read.
    static func lines(_ path: String) -> [Substring]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard !bytes.contains(0x0D), String(validating: bytes, as: UTF8.self) != nil else {
            return String(decoding: data, as: UTF8.self).split(separator: "\n")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [Substring] = []
        out.reserveCapacity(bytes.count / 8)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                if start != i { out.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { out.append(text[start..<utf8.endIndex]) }
        return out
    }

    /// The fields of `line` separated by runs of spaces (at most `maxSplits` splits), as
    /// `line.split(separator: " ", maxSplits:)` gives them.
    static func fields(_ line: Substring, maxSplits: Int = Int.max) -> [Substring] {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return line.split(separator: " ", maxSplits: maxSplits) }
        var out: [Substring] = []
        let utf8 = line.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            while i != utf8.endIndex && utf8[i] == 0x20 { i = utf8.index(after: i) }
            guard i != utf8.endIndex else { break }
            if out.count == maxSplits { out.append(line[i..<utf8.endIndex]); break }
            var j = i
            while j != utf8.endIndex && utf8[j] != 0x20 { j = utf8.index(after: j) }
            out.append(line[i..<j])
            i = j
        }
        return out
    }

    /// Calls `body` with the UTF-8 of each line ``lines(_:)`` gives, without making
    /// substrings when the file is plain (no carriage return, valid UTF-8); false when the
    /// file cannot be read.
    static func forEachLine(_ path: String, _ body: (ArraySlice<UInt8>) -> Void) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let bytes = [UInt8](data)
        guard !bytes.contains(0x0D), String(validating: bytes, as: UTF8.self) != nil else {
            for l in String(decoding: data, as: UTF8.self).split(separator: "\n") { body(Array(l.utf8)[...]) }
            return true
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end > start { body(bytes[start..<end]) }
            start = end + 1
        }
        return true
    }

    /// WordNet lemmas of an `index.*` file: the first field of each line that does not
    /// start with a space (the licence), without multi-word lemmas ("_").
    static func lemmas(_ path: String) -> WordTable? {
        var none: WordTable? = nil
        return lemmas(path, collocations: &none)
    }

    /// The single-word lemmas of a WordNet index, and into `collocations` (when given) its
    /// multi-word ones with spaces for underscores ("brussels sprouts").
    static func lemmas(_ path: String, collocations: inout WordTable?) -> WordTable? {
        var out = WordTable(minimumCapacity: 1 << 16)
        var multi = collocations
        let read = forEachLine(path) { l in
            if l.allSatisfy({ $0 < 0x80 }) {
                guard l.first != 0x20 else { return }
                let end = l.firstIndex(of: 0x20) ?? l.endIndex
                let w = l[l.startIndex..<end]
                if !w.contains(0x5F) { out.insert(bytes: w) } else if multi != nil { multi!.insert(bytes: ArraySlice(w.map { $0 == 0x5F ? 0x20 : $0 })) }
            } else {
                let line = String(decoding: l, as: UTF8.self)[...]
                if !line.hasPrefix(" "), let w = line.split(separator: " ", maxSplits: 1).first {
                    if !w.contains("_") { out.insert(w) } else if multi != nil { multi!.insert(w.replacingOccurrences(of: "_", with: " ")) }
                }
            }
        }
        collocations = multi
        return read ? out : nil
    }

    /// A WordNet exception list (`verb.exc`): the first field of each line to the second.
    static func exceptions(_ path: String) -> [String: String]? {
        guard let ls = lines(path) else { return nil }
        var out: [String: String] = [:]
        for l in ls {
            let parts = fields(l)
            if parts.count >= 2 { out[String(parts[0])] = String(parts[1]) }
        }
        return out
    }
}
