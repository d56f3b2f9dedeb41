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
    /// Scalars before each multiple of ``stride`` bytes, so a column is found in O(stride)
    /// even on a line of many megabytes.
    private let scalarsBefore: [Int]
    private static let stride = 1024

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
        var counts = [0]
        counts.reserveCapacity(bytes.count / Self.stride + 1)
        var n = 0
        for (k, b) in bytes.enumerated() {
            if k > 0 && k % Self.stride == 0 { counts.append(n) }
            if b & 0xC0 != 0x80 { n += 1 }
        }
        scalarsBefore = counts
    }

    /// The number of Unicode scalars that start before byte `offset`.
    private func scalars(before offset: Int) -> Int {
        let block = min(offset / Self.stride, scalarsBefore.count - 1)
        var n = scalarsBefore[block]
        var i = block * Self.stride
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// The line and column of byte `offset`.
    /// - Complexity: O(log *lines*), plus at most 2 × 1024 bytes scanned.
    public func position(ofByte offset: Int) -> TextPosition {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        // Every byte that is not a UTF-8 continuation byte starts a scalar.
        return TextPosition(line: lo + 1, column: scalars(before: min(offset, bytes.count)) - scalars(before: lineStarts[lo]) + 1)
    }
}
