/// The text a rule looks at, analysed once: tokens, sentences and dictionary matches.
///
/// A pipeline makes a new document for each rule from the text the earlier rules left,
/// so every rule sees their repairs.
public final class Document: @unchecked Sendable {
    public let text: String
    public let bytes: [UInt8]
    /// ICU word segments covering the whole text.
    public let tokens: [Token]
    /// Sentence spans (UTF-8 offsets), by ICU sentence boundaries; a line break ends a sentence.
    public let sentences: [Range<Int>]
    public let dictionary: CompiledDictionary
    /// The edition's language: which names and country terms are matched.
    public let language: String

    /// The analysis line by line, for the next version of the text to reuse.
    let lineAnalysis: LineAnalysis
    /// What rules share beyond tokens and matches (see ``DocumentMemo``).
    var memo = DocumentMemo()
    /// What the documents of one article share (see ``ArticleMemo``).
    let articleMemo: ArticleMemo

    public convenience init(_ text: String, dictionary: CompiledDictionary, language: String = "en") {
        self.init(text, dictionary: dictionary, language: language, reusing: nil)
    }

    /// Analyses `text`, taking the tokens and sentences of the lines it shares with
    /// `previous` from there.
    init(_ text: String, dictionary: CompiledDictionary, language: String = "en", reusing previous: Document?) {
        self.text = text
        self.language = language
        self.bytes = Array(text.utf8)
        let analysis = LineAnalysis(text, bytes: bytes, reusing: previous.map { ($0.bytes, $0.lineAnalysis) })
        self.lineAnalysis = analysis
        self.articleMemo = previous?.articleMemo ?? ArticleMemo()
        // Matches pass down the versions of a text: a version that could take its matches
        // from the one before finds them now (cheaply), so the next one can take them too.
        // French tokens are split at elisions after the line analysis, so their indexes are
        // not the lines' and French versions scan whole.
        let reuse = previous.map { $0.dictionary === dictionary && $0.language == language && language != "fr" } ?? false
        if reuse, let previous {
            if previous.names.canInherit { _ = previous.nameMatches }
            if previous.terms.canInherit { _ = previous.termMatches }
            if previous.bulkLayers == nil && previous.inheritedBulk != nil { _ = previous.bulkLayerMatches }
        }
        self.names = LineMatches(inheriting: reuse ? previous?.names : nil, from: previous?.lineAnalysis)
        self.terms = LineMatches(inheriting: reuse ? previous?.terms : nil, from: previous?.lineAnalysis)
        if reuse, let previous, let layers = previous.bulkLayers, !previous.lineAnalysis.lines.isEmpty {
            self.inheritedBulk = (layers, previous.lineAnalysis.lines)
        }
        // French elided words are split after the line analysis, which keeps ICU's words.
        self.tokens = language == "fr" ? Elision.split(analysis.tokens) : analysis.tokens
        self.dictionary = dictionary
        self.sentences = analysis.sentences.isEmpty ? [0..<bytes.count] : analysis.sentences
    }

    /// The text of `range`.
    public func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The span of tokens `first...last`.
    public func span(_ first: Int, _ last: Int) -> Range<Int> { tokens[first].range.lowerBound..<tokens[last].range.upperBound }

    /// The index of the sentence holding byte `offset`.
    public func sentence(at offset: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// True when token `i` begins a sentence or a line, or follows an opening quote,
    /// bracket or colon there.
    public func startsSentence(_ i: Int) -> Bool {
        let s = sentences[sentence(at: tokens[i].range.lowerBound)]
        var j = i - 1
        while j >= 0 {
            let t = tokens[j]
            if t.range.upperBound <= s.lowerBound { return true }
            if t.kind == .space { if t.isLineBreak { return true }; j -= 1; continue }
            if t.kind == .punctuation && "“\"‘'(«[:—–-".contains(t.text.first!) { j -= 1; continue }
            return false
        }
        return true
    }

    /// The index of the last token ending at byte `offset`, if one does (a binary search:
    /// tokens are in text order).
    public func lastToken(endingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && tokens[lo - 1].range.upperBound == offset ? lo - 1 : nil
    }

    /// The index of the first token starting at byte `offset`, if one does.
    public func firstToken(startingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].range.lowerBound == offset ? lo : nil
    }

    /// Index of the previous (or next) word token, skipping spaces only.
    public func previousWord(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0 { if tokens[j].isWord { return j }; if tokens[j].kind == .punctuation { return nil }; j -= 1 }
        return nil
    }

    public func nextWord(_ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count { if tokens[j].isWord { return j }; if tokens[j].kind == .punctuation { return nil }; j += 1 }
        return nil
    }

    /// Index of the next token that is not an inline space.
    public func nextNonSpace(_ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, tokens[j].isInlineSpace { j += 1 }
        return j < tokens.count ? j : nil
    }

    public func previousNonSpace(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, tokens[j].isInlineSpace { j -= 1 }
        return j >= 0 ? j : nil
    }

    // MARK: - Phrases in context

    private lazy var sentenceKeys: [String] = {
        var keys = Array(repeating: [String](), count: sentences.count)
        var s = 0
        for t in tokens where t.isWord {
            while s + 1 < sentences.count && sentences[s].upperBound <= t.range.lowerBound { s += 1 }
            keys[s].append(t.key)
        }
        return keys.map { " " + $0.joined(separator: " ") + " " }
    }()

    /// True when one of `phrases` occurs (case- and accent-insensitively, as whole words)
    /// in the sentence holding byte `offset`.
    public func sentence(at offset: Int, contains phrases: [String]) -> Bool {
        let keys = sentenceKeys[sentence(at: offset)]
        return phrases.contains { keys.contains(" " + Fold.phraseKey($0) + " ") }
    }

    /// True when one of `phrases` occurs anywhere in the text.
    public func article(contains phrases: [String]) -> Bool {
        phrases.contains { count(of: $0) > 0 }
    }

    private var counts: [String: Int] = [:]

    /// How often `phrase` occurs in the text, as whole words (remembered per phrase).
    public func count(of phrase: String) -> Int {
        if let known = counts[phrase] { return known }
        let n = countScanning(phrase)
        counts[phrase] = n
        return n
    }

    private func countScanning(_ phrase: String) -> Int {
        let keys = Fold.keys(ofPhrase: phrase)
        guard let first = keys.first else { return 0 }
        var n = 0
        for i in wordIndex[first] ?? [] where i + keys.count <= wordKeys.count {
            if keys.indices.allSatisfy({ wordKeys[i + $0] == keys[$0] }) { n += 1 }
        }
        return n
    }

    /// The folded keys of the words, in order, and where each key occurs.
    private lazy var wordKeys: [String] = tokens.filter(\.isWord).map(\.key)
    private lazy var wordIndex: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (i, k) in wordKeys.enumerated() { index[k, default: []].append(i) }
        return index
    }()

    // MARK: - The word lists, per token

    /// `lexicon.isCommonWord(tokens[i].text)`, remembered for the rules that read this
    /// version of the text (several ask of the same words).
    public func isCommonWord(_ i: Int, _ lexicon: Lexicon) -> Bool {
        lexical(i, lexicon, known: 1, value: 2) { lexicon.isCommonWord(tokens[i].text) }
    }

    /// `lexicon.isListedCapitalized(tokens[i].text)`, remembered likewise.
    public func isListedCapitalized(_ i: Int, _ lexicon: Lexicon) -> Bool {
        lexical(i, lexicon, known: 4, value: 8) { lexicon.isListedCapitalized(tokens[i].text) }
    }

    /// Per token: bits saying which answers are known and what they are.
    private var lexicalFlags: [UInt8] = []
    private var flagsLexicon: Lexicon?

    private func lexical(_ i: Int, _ lexicon: Lexicon, known: UInt8, value: UInt8, _ ask: () -> Bool) -> Bool {
        if flagsLexicon !== lexicon {
            lexicalFlags = [UInt8](repeating: 0, count: tokens.count)
            flagsLexicon = lexicon
        }
        let f = lexicalFlags[i]
        if f & known != 0 { return f & value != 0 }
        let answer = ask()
        lexicalFlags[i] = f | known | (answer ? value : 0)
        return answer
    }

    // MARK: - Dictionary matches

    /// Leftmost-longest matches of dictionary names.
    public var nameMatches: [TokenTrie.Match] {
        if let known = names.matches { return known }
        let found = names.find(dictionary.names(for: language), tokens, lineAnalysis)
        names = LineMatches(matches: found)
        return found
    }

    /// Leftmost-longest matches of country terms and short-form readings.
    public var termMatches: [TokenTrie.Match] {
        if let known = terms.matches { return known }
        let found = terms.find(dictionary.terms(for: language).trie, tokens, lineAnalysis)
        terms = LineMatches(matches: found)
        return found
    }

    /// The name and term matches, found once; until then, the previous version's (when it
    /// found them) for the lines taken from it.
    private var names: LineMatches
    private var terms: LineMatches

    /// The name match that starts at token `i`, if any (matches are in token order and
    /// do not overlap, so a binary search finds it).
    public func nameMatch(startingAt i: Int) -> TokenTrie.Match? {
        let matches = nameMatches
        guard let k = Self.lastStarting(atOrBefore: i, matches.count, { matches[$0].first }) else { return nil }
        return matches[k].first == i ? matches[k] : nil
    }

    /// The name match that holds token `i`, if any.
    public func nameMatch(containing i: Int) -> TokenTrie.Match? {
        let matches = nameMatches
        guard let k = Self.lastStarting(atOrBefore: i, matches.count, { matches[$0].first }) else { return nil }
        return i <= matches[k].last ? matches[k] : nil
    }

    /// The bulk match that holds token `i`, if any.
    public func bulkMatch(containing i: Int) -> BulkIndex.Match? {
        let matches = bulkMatches
        guard let k = Self.lastStarting(atOrBefore: i, matches.count, { matches[$0].match.first }) else { return nil }
        return i <= matches[k].match.last ? matches[k].match : nil
    }

    /// The index of the last of `count` items in token order whose first token is at or
    /// before `i` (matches do not overlap: only that one can hold `i`).
    private static func lastStarting(atOrBefore i: Int, _ count: Int, _ first: (Int) -> Int) -> Int? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if first(mid) <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }

    /// Matches of the bulk (gazetteer) layers that no curated name overlaps, with the
    /// layer they come from.
    public private(set) lazy var bulkMatches: [(layer: Int, match: BulkIndex.Match)] = {
        guard !dictionary.bulk.isEmpty else { return [] }
        var taken = TokenSet(count: tokens.count)
        for m in nameMatches { taken.insert(m.first, through: m.last) }
        var out: [(Int, BulkIndex.Match)] = []
        let layers = bulkLayerMatches
        for (layer, _) in dictionary.bulk.enumerated().reversed() {
            for m in layers[layer] where !taken.containsAny(m.first, through: m.last) {
                out.append((layer, m))
                taken.insert(m.first, through: m.last)
            }
        }
        return out.sorted { $0.1.first < $1.1.first }
    }()

    /// Each bulk layer's own matches, before curated names take their tokens; lines taken
    /// unchanged from the previous version reuse that version's.
    private var bulkLayerMatches: [[BulkIndex.Match]] {
        if let known = bulkLayers { return known }
        let found = dictionary.bulk.enumerated().map { layer, index in
            LineReuse.matches(lineAnalysis, previous: inheritedBulk.map { ($0.layers[layer], $0.lines) },
                              first: \.first, moved: { m, shift in BulkIndex.Match(first: m.first + shift, last: m.last + shift, target: m.target) },
                              scan: { range, out in index.matches(in: tokens, range: range, into: &out) },
                              whole: { index.matches(in: tokens) })
        }
        bulkLayers = found
        inheritedBulk = nil
        return found
    }

    private var bulkLayers: [[BulkIndex.Match]]?
    /// The previous version's bulk layer matches and lines, when it had found them.
    private var inheritedBulk: (layers: [[BulkIndex.Match]], lines: [LineAnalysis.Line])?

    /// Token indexes covered by some name match, curated or bulk.
    public private(set) lazy var tokensInNames: TokenSet = {
        var s = TokenSet(count: tokens.count)
        for m in nameMatches { s.insert(m.first, through: m.last) }
        for (_, m) in bulkMatches { s.insert(m.first, through: m.last) }
        return s
    }()
}
