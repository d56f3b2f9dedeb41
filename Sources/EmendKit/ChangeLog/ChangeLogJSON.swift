import Foundation

/// The change log's JSON form: keys sorted, pretty-printed, slashes unescaped.
public enum ChangeLogJSON {
    public static func encode(_ log: ChangeLog) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self)
    }

    public static func decode(_ text: String) throws -> ChangeLog {
        try JSONDecoder().decode(ChangeLog.self, from: Data(text.utf8))
    }
}
