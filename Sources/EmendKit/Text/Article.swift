/// An article as Emend received it: its original bytes, decoded as UTF-8.
///
/// Emend never changes an article; cleaning produces edits against ``bytes`` and an
/// edition built from them.
public struct Article: Sendable {
    /// Where the article came from (a path, or "-" for standard input); used in messages.
    public let source: String
    /// The original bytes, exactly as read.
    public let bytes: [UInt8]
    /// The original text. A UTF-8 byte order mark, if any, is part of it (U+FEFF).
    public let text: String

    /// Decodes `bytes` as strict UTF-8.
    /// - Throws: ``InputError`` naming the source and the first bad byte's offset, line and column.
    public init(source: String, bytes: [UInt8]) throws(InputError) {
        self.source = source
        self.bytes = bytes
        if let (offset, reason) = UTF8Validation.firstError(in: bytes) {
            let position = TextPosition.locate(byteOffset: offset, in: bytes)
            throw InputError(source: source, kind: .invalidUTF8(reason), byteOffset: offset, position: position)
        }
        self.text = String(decoding: bytes, as: UTF8.self)
    }

    /// An article from text already in memory.
    public init(source: String, text: String) {
        self.source = source
        self.text = text
        self.bytes = Array(text.utf8)
    }
}
