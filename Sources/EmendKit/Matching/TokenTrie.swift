/// An automaton over folded word keys: each path spells a name's words, and a node may
/// carry payloads (variant numbers).
///
/// Matching walks the trie from each word of a text and keeps the longest path that ends
/// on a payload, so its cost depends on the text and the longest name, not on the number
/// of names.
public struct TokenTrie: Sendable {
    private var children: [[String: Int32]] = [[:]]
    private var payloads: [[Int32]] = [[]]
    /// The words that start a path, as bits of a cheap hash: most words of a text start
    /// no name, and one bit tells so without a dictionary look-up.
    private var firstWords = KeyFilter(log2Bits: 18)

    public init() {}

    /// The number of nodes, for statistics.
    public var nodeCount: Int { children.count }

    /// Adds `payload` at the path `keys`.
    public mutating func insert(_ keys: [String], payload: Int) {
        guard !keys.isEmpty else { return }
        var node = 0
        for k in keys {
            if let next = children[node][k] { node = Int(next); continue }
            if node == 0 { firstWords.insert(k) }
            children.append([:])
            payloads.append([])
            let id = children.count - 1
            children[node][k] = Int32(id)
            node = id
        }
        if !payloads[node].contains(Int32(payload)) { payloads[node].append(Int32(payload)) }
    }

    /// The payloads stored exactly at `keys`.
    public func lookup(_ keys: [String]) -> [Int] {
        var node = 0
        for k in keys {
            guard let next = children[node][k] else { return [] }
            node = Int(next)
        }
        return payloads[node].map(Int.init)
    }

    /// A match: tokens `first...last` of the token array, and the payloads found there.
    public struct Match: Sendable, Equatable {
        public var first: Int
        public var last: Int
        public var payloads: [Int]
    }

    /// The longest match starting at word token `start`. Words of a name may be separated
    /// by one run of inline spaces or by one hyphen, nothing else.
    public func longestMatch(in tokens: [Token], from start: Int) -> Match? {
        guard tokens[start].isWord, firstWords.mayContain(tokens[start].key),
              var node = children[0][tokens[start].key].map(Int.init) else { return nil }
        var best: Match? = payloads[node].isEmpty ? nil : Match(first: start, last: start, payloads: payloads[node].map(Int.init))
        var i = start
        while true {
            // Find the next word after exactly one separator token, or right after an
            // elided word ("l'" + "Arménie", see ``Elision``).
            let elided = tokens[i].key.utf8.last == 0x27 && i + 1 < tokens.count && tokens[i + 1].isWord
            // A possessive ("People's Army", "Workers' Party") is its apostrophe and a space.
            let possessive = i + 3 < tokens.count && Self.isPossessive(tokens[i + 1]) && tokens[i + 2].isInlineSpace
            let sep = i + 1, next = elided ? i + 1 : possessive ? i + 3 : i + 2
            guard next < tokens.count, elided || possessive || tokens[sep].isInlineSpace || tokens[sep].isHyphen, tokens[next].isWord,
                  let child = children[node][tokens[next].key] else { break }
            node = Int(child)
            i = next
            if !payloads[node].isEmpty { best = Match(first: start, last: i, payloads: payloads[node].map(Int.init)) }
        }
        return best
    }

    /// "'s", "’s", "'" or "’" after a word.
    static func isPossessive(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.text == "'s" || t.text == "’s" || t.text == "'" || t.text == "’" || t.text == "'S" || t.text == "’S")
    }

    /// All leftmost-longest, non-overlapping matches in `tokens`.
    public func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        matches(in: tokens, range: 0..<tokens.count, into: &out)
        return out
    }

    /// The matches that start in `range` of `tokens`, scanning from its start, appended
    /// to `out`. A line's tokens (with its line feed) scan as they do in the whole text:
    /// no name reaches over a line break.
    func matches(in tokens: [Token], range: Range<Int>, into out: inout [Match]) {
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = longestMatch(in: tokens, from: i) {
                out.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
    }
}
