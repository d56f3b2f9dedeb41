/// The prose of a marked-up article as one text, with a map from every prose byte back
/// to the bytes of the input it came from.
///
/// Rules run on ``text`` as if it were a plain article; ``ProseEditMapper`` carries their
/// edits back onto ``input``. The prose is made of ``ProseSegment``s, in prose order (not
/// necessarily input order: HTML attribute prose comes last).
public struct ProseView: Sendable {
    /// The article as given, markup and all.
    public let input: [UInt8]
    /// The prose, UTF-8.
    public let bytes: [UInt8]
    /// Consecutive segments covering ``bytes`` exactly.
    public let segments: [ProseSegment]

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A view whose prose is all of `bytes` (plain text).
    public static func plain(_ bytes: [UInt8]) -> ProseView {
        var b = ProseBuilder(input: bytes)
        b.verbatim(0..<bytes.count)
        return b.view
    }

    init(input: [UInt8], bytes: [UInt8], segments: [ProseSegment]) {
        self.input = input
        self.bytes = bytes
        self.segments = segments
    }

    /// The index of the segment holding prose byte `offset` (the last one for the end).
    public func segmentIndex(at offset: Int) -> Int {
        var lo = 0, hi = segments.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if segments[mid].prose.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The bytes of ``input`` that prose byte `offset` stands for: one byte of verbatim
    /// text, or the whole character reference, escape or whitespace run it was decoded
    /// from. A line break the markup implies maps to an empty range where it is implied.
    public func sourceRange(ofByte offset: Int) -> Range<Int> {
        precondition(offset >= 0 && offset < bytes.count, "prose offset out of range")
        let s = segments[segmentIndex(at: offset)]
        guard s.kind == .verbatim else { return s.source }
        let at = s.source.lowerBound + offset - s.prose.lowerBound
        return at..<(at + 1)
    }

    /// The input outside the prose: the runs of markup between prose segments, in input
    /// order. Two inputs whose edits touched only prose have equal markup.
    public var markup: [[UInt8]] {
        let spans = segments.filter { $0.kind != .synthetic && !$0.source.isEmpty }.map(\.source)
            .sorted { $0.lowerBound < $1.lowerBound }
        var runs: [[UInt8]] = []
        var at = 0
        for s in spans {
            if s.lowerBound > at { runs.append(Array(input[at..<s.lowerBound])) }
            at = max(at, s.upperBound)
        }
        if at < input.count { runs.append(Array(input[at...])) }
        return runs
    }
}

/// A run of prose and where it came from.
public struct ProseSegment: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The prose bytes are the input bytes, one for one.
        case verbatim
        /// The prose bytes decode the whole source span (a character reference, a
        /// backslash escape, a run of collapsible white space).
        case decoded
        /// Text the markup implies (a line break for a block element, a placeholder
        /// for code); no input bytes to edit.
        case synthetic
    }

    /// Where the text sits, and with what escaping a replacement must be written there.
    public enum Context: Sendable, Equatable {
        case plain
        case htmlText
        /// An HTML attribute value quoted by `quote` (`"` or `'`), or unquoted (nil).
        case htmlAttribute(quote: UInt8?)
        case markdown
    }

    public var prose: Range<Int>
    public var source: Range<Int>
    public var kind: Kind
    public var context: Context
}

/// Accumulates a ``ProseView``; extractors feed it input spans in prose order.
struct ProseBuilder {
    let input: [UInt8]
    var context: ProseSegment.Context = .plain
    private(set) var bytes: [UInt8] = []
    private(set) var segments: [ProseSegment] = []

    init(input: [UInt8], context: ProseSegment.Context = .plain) {
        self.input = input
        self.context = context
    }

    var view: ProseView { ProseView(input: input, bytes: bytes, segments: segments) }
    var last: UInt8? { bytes.last }

    /// Input bytes that are prose as they stand.
    mutating func verbatim(_ source: Range<Int>) {
        guard !source.isEmpty else { return }
        if let l = segments.last, l.kind == .verbatim, l.context == context, l.source.upperBound == source.lowerBound {
            segments[segments.count - 1].source = l.source.lowerBound..<source.upperBound
            segments[segments.count - 1].prose = l.prose.lowerBound..<(bytes.count + source.count)
        } else {
            segments.append(ProseSegment(prose: bytes.count..<(bytes.count + source.count), source: source, kind: .verbatim, context: context))
        }
        bytes += input[source]
    }

    /// Input bytes that read as `text` (an entity, an escape, collapsed white space).
    mutating func decoded(_ text: String, from source: Range<Int>) {
        let t = Array(text.utf8)
        guard !t.isEmpty else { return }
        segments.append(ProseSegment(prose: bytes.count..<(bytes.count + t.count), source: source, kind: .decoded, context: context))
        bytes += t
    }

    /// Text the markup implies at input offset `at`.
    mutating func synthetic(_ text: String, at: Int) {
        let t = Array(text.utf8)
        guard !t.isEmpty else { return }
        segments.append(ProseSegment(prose: bytes.count..<(bytes.count + t.count), source: at..<at, kind: .synthetic, context: context))
        bytes += t
    }

    /// Ends the current block: makes the prose end with a blank line (nothing at the start).
    mutating func paragraphBreak(at: Int) {
        guard !bytes.isEmpty else { return }
        let trailing = bytes.reversed().prefix { $0 == 0x0A }.count
        if trailing < 2 { synthetic(String(repeating: "\n", count: 2 - trailing), at: at) }
    }
}
