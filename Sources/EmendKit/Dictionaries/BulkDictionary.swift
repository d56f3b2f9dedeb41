/// The bulk format for gazetteer imports: one variant per line,
/// `variant<TAB>canonical<TAB>kind`, where kind is country, place, organization or person.
/// Lines starting with `#` and blank lines are skipped. All variants of one canonical name
/// and kind become one entry (id `bulk:<kind>:<canonical>`) whose variants are misrenderings.
public enum BulkDictionary {
    public static func parse(_ text: String, file: String, into set: inout DictionarySet) throws(DictionaryErrors) {
        var errors: [DictionaryError] = []
        var index: [String: Int] = [:]
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else {
                errors.append(DictionaryError(location: SourceLocation(file: file, line: lineNumber, column: line.count + 1),
                    message: "expected 3 tab-separated fields (variant, canonical, kind), found \(fields.count)"))
                continue
            }
            let variant = String(fields[0]), canonical = String(fields[1])
            guard let kind = EntryKind(rawValue: String(fields[2])) else {
                errors.append(DictionaryError(location: SourceLocation(file: file, line: lineNumber, column: fields[0].count + fields[1].count + 3),
                    message: "unknown kind '\(fields[2])'; use country, place, organization or person"))
                continue
            }
            guard !variant.isEmpty, !canonical.isEmpty else {
                errors.append(DictionaryError(location: SourceLocation(file: file, line: lineNumber, column: 1), message: "empty variant or canonical name"))
                continue
            }
            let id = "bulk:\(kind.rawValue):\(canonical)"
            let location = SourceLocation(file: file, line: lineNumber, column: 1)
            let i: Int
            if let known = index[id] { i = known } else {
                i = set.entries.count
                index[id] = i
                var e = Entry(id: id, kind: kind, location: location)
                e.name = ["en": canonical]
                set.entries.append(e)
            }
            if variant != canonical {
                set.entries[i].misrenderings.append(Misrendering(text: variant, location: location))
            }
        }
        if !errors.isEmpty { throw DictionaryErrors(errors: errors) }
    }
}
