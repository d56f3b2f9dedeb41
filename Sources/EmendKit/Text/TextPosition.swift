/// A 1-based line and column in a text.
///
/// Lines end at LF, at CR LF, or at a CR not followed by LF. Columns count Unicode
/// scalars from the start of the line, so a column is the same in any editor that counts
/// code points.
public struct TextPosition: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    /// The position of UTF-8 byte `byteOffset` in `bytes`.
    /// - Complexity: O(*n*) in `byteOffset`; use ``LineIndex`` for many look-ups.
    public static func locate(byteOffset: Int, in bytes: [UInt8]) -> TextPosition {
        LineIndex(bytes).position(ofByte: byteOffset)
    }
}

/// Answers many byte offset → line:column questions about one text.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    /// Byte offset where each line starts.
    private let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if bytes[i] == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    /// The line and column of byte `offset`.
    /// - Complexity: O(log *lines* + *line length*).
    public func position(ofByte offset: Int) -> TextPosition {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < offset && i < bytes.count {
            // Count scalars: every byte that is not a continuation byte starts one.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return TextPosition(line: lo + 1, column: column)
    }
}
