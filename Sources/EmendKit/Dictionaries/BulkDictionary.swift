/// The bulk format for gazetteer imports: one variant per line,
/// `variant<TAB>canonical<TAB>kind`, where kind is country, place, organization or person.
/// Lines starting with `#` and blank lines are skipped. A line whose variant equals its
/// canonical name marks a correct name; every other line a misrendering. Bulk files compile
/// to a ``BulkIndex`` (and its cache), not to entries, so they can hold millions of lines.
public enum BulkDictionary {
    /// Checks every line; each problem is reported with its line and column.
    /// - Complexity: O(*n*); lines are split on bytes, no entries are made.
    public static func validate(_ text: String, file: String) throws(DictionaryErrors) {
        var errors: [DictionaryError] = []
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.last == 0x0D ? line.dropLast() : line
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let columns = String(decoding: line, as: UTF8.self).count
            guard fields.count == 3 else {
                errors.append(DictionaryError(location: SourceLocation(file: file, line: lineNumber, column: columns + 1),
                    message: "expected 3 tab-separated fields (variant, canonical, kind), found \(fields.count)"))
                continue
            }
            let kind = String(decoding: fields[2], as: UTF8.self)
            guard EntryKind(rawValue: kind) != nil else {
                let column = String(decoding: fields[0], as: UTF8.self).count + String(decoding: fields[1], as: UTF8.self).count + 3
                errors.append(DictionaryError(location: SourceLocation(file: file, line: lineNumber, column: column),
                    message: "unknown kind '\(kind)'; use country, place, organization or person"))
                continue
            }
            if fields[0].isEmpty || fields[1].isEmpty {
                errors.append(DictionaryError(location: SourceLocation(file: file, line: lineNumber, column: 1), message: "empty variant or canonical name"))
            }
            if errors.count >= 100 { break }
        }
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
    }
}
