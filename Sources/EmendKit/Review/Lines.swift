/// A text split into lines that keep their terminators (LF, CR LF or CR), with the byte
/// offset where each starts.
struct Lines {
    let bytes: [UInt8]
    /// Start offset of each line; the last line may lack a terminator.
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            else if bytes[i] == 0x0D { if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }; starts.append(i + 1) }
            i += 1
        }
        if starts.last == bytes.count && starts.count > 1 { starts.removeLast() }
        if bytes.isEmpty { starts = [] }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The line holding byte `offset` (0-based).
    func line(at offset: Int) -> Int {
        var lo = 0, hi = max(0, starts.count - 1)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The range ``range(of:)`` gives for the line holding byte `offset` of `bytes` (which
    /// must hold it), found by reading that line alone, not by indexing the whole text.
    static func lineRange(in bytes: [UInt8], holding offset: Int) -> Range<Int> {
        // A line starts after LF, after a CR that no LF follows, or at the start.
        var lo = offset
        while lo > 0 {
            let c = bytes[lo - 1]
            if c == 0x0A || (c == 0x0D && bytes[lo] != 0x0A) { break }
            lo -= 1
        }
        var hi = lo
        while hi < bytes.count {
            let c = bytes[hi]
            hi += 1
            if c == 0x0A { break }
            if c == 0x0D {
                if hi < bytes.count && bytes[hi] == 0x0A { hi += 1 }
                break
            }
        }
        return lo..<hi
    }

    func range(of line: Int) -> Range<Int> { starts[line]..<(line + 1 < starts.count ? starts[line + 1] : bytes.count) }

    func text(_ line: Int) -> [UInt8] { Array(bytes[range(of: line)]) }

    func endsWithNewline(_ line: Int) -> Bool {
        guard let last = bytes[range(of: line)].last else { return false }
        return last == 0x0A || last == 0x0D
    }
}
