/// Turns bytes into an ``Article``, refusing what is not UTF-8 text with a clear reason.
public enum ArticleReader {
    /// - Throws: ``InputError`` for UTF-16 (by its byte order mark), binary data (a NUL
    ///   byte) or invalid UTF-8, naming the source and the position.
    public static func article(source: String, bytes: [UInt8]) throws(InputError) -> Article {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw InputError(source: source, kind: .utf16, byteOffset: 0, position: TextPosition(line: 1, column: 1))
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError(source: source, kind: .binary, byteOffset: nul, position: TextPosition.locate(byteOffset: nul, in: bytes))
        }
        return try Article(source: source, bytes: bytes)
    }
}
