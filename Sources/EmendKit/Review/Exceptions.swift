import Foundation

/// Changes an editor rejected, so they are not proposed again for the same text.
///
/// Kept in the project's `emend-exceptions.toml`:
///
/// ```toml
/// [[exception]]
/// rule = "countries.abbreviation"
/// before = "Arab"
/// after = "Azerbaijani"
/// context = "the Russian, Arab and Asian foreign"
/// ```
///
/// An exception matches a proposed change with the same rule, text and replacement whose
/// surrounding words (three either side) are those of `context`, compared as folded
/// words, so repairs of punctuation or case around it do not matter.
public struct Exceptions: Sendable {
    public struct Item: Sendable, Equatable {
        public var rule: String
        public var before: String
        public var after: String
        public var context: String

        public init(rule: String, before: String, after: String, context: String) {
            self.rule = rule
            self.before = before
            self.after = after
            self.context = context
        }
    }

    public static let fileName = "emend-exceptions.toml"
    public var items: [Item] = []

    public init(items: [Item] = []) { self.items = items }

    /// Reads an exceptions file; a missing file is an empty list.
    public static func load(_ path: String) throws(DictionaryErrors) -> Exceptions {
        guard let data = FileManager.default.contents(atPath: path) else { return Exceptions() }
        var parser = TOMLParser(file: path, text: String(decoding: data, as: UTF8.self))
        let sections: [TOMLSection]
        do { sections = try parser.parse() } catch { throw DictionaryErrors(errors: [error]) }
        var out = Exceptions()
        var errors: [DictionaryError] = []
        for s in sections {
            var reader = FieldReader(table: s.table, kind: "exception")
            guard s.header == "exception" else {
                errors.append(DictionaryError(location: s.table.location, message: "an exceptions file holds '[[exception]]' sections only"))
                continue
            }
            if let rule = reader.string("rule", required: true), let before = reader.string("before", required: true),
               let context = reader.string("context", required: true) {
                out.items.append(Item(rule: rule, before: before, after: s.table["after"]?.string ?? "", context: context))
            }
            errors += reader.errors
        }
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
        return out
    }

    /// The file's text with `item` appended.
    public static func appending(_ item: Item, to text: String) -> String {
        var out = text
        if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
        if !out.isEmpty { out += "\n" }
        out += "[[exception]]\nrule = \(DictionaryEditor.quote(item.rule))\nbefore = \(DictionaryEditor.quote(item.before))\n"
        out += "after = \(DictionaryEditor.quote(item.after))\ncontext = \(DictionaryEditor.quote(item.context))\n"
        return out
    }

    /// True when a proposal replacing `range` of `text` by `replacement` was rejected before.
    public func rejects(rule: String, text: [UInt8], range: Range<Int>, replacement: String) -> Bool {
        guard !items.isEmpty else { return false }
        let before = String(decoding: text[range], as: UTF8.self)
        let candidates = items.filter { $0.before == before && $0.after == replacement && rule.contains($0.rule) }
        guard !candidates.isEmpty else { return false }
        let here = Fold.keys(ofPhrase: Self.wordContext(text, range))
        return candidates.contains { Fold.keys(ofPhrase: $0.context) == here }
    }

    /// Up to `words` words either side of `range`, with the range itself: the context an
    /// exception is remembered by.
    ///
    /// No token reaches over a line break, so the lines around `range` tokenize as they do in
    /// the whole text: only those lines are read, more of them until `words` words stand on
    /// each side or the text ends. (It read the whole text for every match, which made
    /// cleaning a long document with an exceptions file quadratic.)
    public static func wordContext(_ text: [UInt8], _ range: Range<Int>, words: Int = 3) -> String {
        guard !text.isEmpty else { return "" }
        func line(_ i: Int) -> Range<Int> { Lines.lineRange(in: text, holding: min(i, text.count - 1)) }
        var lo = line(range.lowerBound).lowerBound, hi = line(range.upperBound).upperBound
        while true {
            let tokens = text.withUnsafeBufferPointer { Tokenizer.tokenize(bytes: UnsafeBufferPointer(rebasing: $0[lo..<hi]), base: lo) }
            let before = tokens.filter { $0.isWord && $0.range.upperBound <= range.lowerBound }.suffix(words)
            let after = tokens.filter { $0.isWord && $0.range.lowerBound >= range.upperBound }.prefix(words)
            let moreBefore = before.count < words && lo > 0, moreAfter = after.count < words && hi < text.count
            guard moreBefore || moreAfter else {
                let from = before.first?.range.lowerBound ?? range.lowerBound
                let to = after.last?.range.upperBound ?? range.upperBound
                return String(decoding: text[from..<to], as: UTF8.self)
            }
            if moreBefore { lo = line(lo - 1).lowerBound }
            if moreAfter { hi = line(hi).upperBound }
        }
    }

    /// About `width` bytes of text either side of `range`, cut at character boundaries.
    public static func context(_ text: [UInt8], _ range: Range<Int>, width: Int) -> String {
        var lo = max(0, range.lowerBound - width), hi = min(text.count, range.upperBound + width)
        while lo > 0 && text[lo] & 0xC0 == 0x80 { lo -= 1 }
        while hi < text.count && text[hi] & 0xC0 == 0x80 { hi += 1 }
        return String(decoding: text[lo..<hi], as: UTF8.self)
    }
}
