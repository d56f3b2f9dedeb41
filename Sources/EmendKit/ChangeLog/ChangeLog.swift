/// Everything Emend did to one article: enough to review the edition and to turn it back
/// into the original byte for byte.
///
/// Its JSON form is documented in the README ("Change log").
public struct ChangeLog: Codable, Equatable, Sendable {
    /// Version of this JSON layout.
    public var schema: Int = 1
    public var emend: String
    public var icu: String
    /// The article's source path, or "-" for standard input.
    public var source: String
    public var original: Fingerprint
    public var edition: Fingerprint
    /// Fingerprint of the dictionaries the edits came from.
    public var dictionaries: String
    /// Applied edits, in order of position.
    public var edits: [Edit]
    /// Repairs Emend was unsure of; not applied.
    public var suggestions: [Suggestion]
    /// The edition's language (ISO 639-1), given with --lang or detected, and how sure
    /// the detection was (1 when given).
    public var language: String?
    public var languageConfidence: Double?
    /// Whether the article showed machine translation, and the traces that said so.
    public var machineTranslation: MachineTranslation?

    /// The article model's verdict on machine translation, for the reader of the log.
    public struct MachineTranslation: Codable, Equatable, Sendable {
        /// True when the article was treated as machine-translated.
        public var shows: Bool
        /// The weighted traces (see the README's policy); at least 2 means MT.
        public var score: Double
        public var evidence: String

        public init(_ model: ArticleModel) {
            shows = model.showsMT
            score = (model.mtScore * 100).rounded() / 100
            evidence = model.mtSummary
        }
    }

    /// Size and FNV-1a 64-bit hash of a text, to check a revert or spot a changed file.
    public struct Fingerprint: Codable, Equatable, Sendable {
        public var bytes: Int
        public var fnv1a64: String

        public init(_ data: some Collection<UInt8>) {
            bytes = data.count
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in data { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            let hex = String(h, radix: 16)
            fnv1a64 = String(repeating: "0", count: 16 - hex.count) + hex
        }
    }
}

/// Why a change log could not revert an edition.
public struct RevertError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public var description: String { message }
}

extension ChangeLog {
    /// Turns `edition` back into the original using only this log.
    /// - Throws: ``RevertError`` when the edition is not the one this log describes.
    public func revert(_ edition: [UInt8]) throws -> [UInt8] {
        guard Fingerprint(edition) == self.edition else {
            throw RevertError(message: "the edition does not match the change log (expected \(self.edition.bytes) bytes, fnv1a64 \(self.edition.fnv1a64))")
        }
        var bytes = edition
        for e in edits.sorted(by: { $0.editionStart > $1.editionStart }) {
            let after = Array(e.after.utf8)
            guard e.editionEnd <= bytes.count, Array(bytes[e.editionStart..<e.editionEnd]) == after else {
                throw RevertError(message: "edit at \(e.line):\(e.column) does not match the edition")
            }
            bytes.replaceSubrange(e.editionStart..<e.editionEnd, with: Array(e.before.utf8))
        }
        guard Fingerprint(bytes) == original else {
            throw RevertError(message: "reverted text does not match the original's fingerprint")
        }
        return bytes
    }
}
