import Foundation

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator, so that every
/// property failure can be reproduced from the seed it prints.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0..<xs.count)] }
}

/// Makes test articles: excerpts of real ones (seeds, devset) mutated by word edits,
/// hostile Unicode, markup fragments and mixed line endings, or articles built from
/// the words Emend repairs. Works on Unicode scalars, so mutations may split grapheme
/// clusters (a lone combining mark, half a ZWJ sequence) but the result is always UTF-8.
struct ArticleMutator {
    let bases: [[Unicode.Scalar]]

    /// Words and names that make the rules fire (and some that must survive).
    static let words = [
        "Naka", "naka", "Nagorny Karabakh", "Nagorno-Karabakh", "mnachakanyan", "Mnatsakanyan", "Lavrov",
        "Arab", "Asian", "Russian", "Armenian", "Armenia", "Azerbaijan", "Azerbaijani", "foreign", "minister",
        "ministers", "the", "and", "region", "Russian Satellite News Agency", "Sputnik", "(RIA)", "(SCO)", "Said",
        "Announced", "said", "White House", "Arab League", "Black Sea", "side", "President", "Xi Jinping",
        "Gaza", "Hamas", "Kashmir", "India", "Pakistan", "Iran", "Tehran", "of", "in", "between", "talks",
        "Foreign Minister", "Rutskoy", "Ruskoy", "the Chinese side", "Sino-Russian", "U.S.", "Mr.", "—", "--",
    ]

    /// Hostile Unicode: combining marks, emoji ZWJ sequences, CJK, Cyrillic, right-to-left
    /// text with bidi controls, C0/C1 controls (never NUL), full-width punctuation, mojibake.
    static let unicode = [
        "\u{301}", "\u{308}\u{323}", "e\u{301}", "\u{20DD}", "\u{34F}", "\u{FE0F}",
        "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇺🇳", "\u{200D}", "\u{200B}", "\u{FEFF}",
        "纳卡", "俄阿亚", "丝路同行，友谊长青", "《人民日报》", "中国", "𠀋𡈽",
        "Москва", "Лавров", "Нагорный Карабах",
        "\u{202B}שלום\u{202C}", "\u{2067}مرحبا\u{2069}", "\u{200F}", "\u{202E}abc\u{202C}", "\u{2066}x\u{2069}",
        "\u{01}", "\u{07}", "\u{08}", "\t", "\u{0B}", "\u{0C}", "\u{1B}[0m", "\u{1F}", "\u{7F}",
        "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{2028}", "\u{2029}",
        "，", "。", "：", "（", "）", "；", "！", "？", "、", "“", "”", "「", "」", "～", "．",
        "â€™", "â€œ", "â€\u{9D}", "Ã©", "Ã¼", "â€”", "Ã¢â‚¬â„¢", "Â ", "Ã", "â€", "√©",
        "\u{FFFD}", "\u{10FFFF}", "\u{E000}", "ﬁ", "Å", "Ａｒａｂ",
    ]

    static let markup = [
        "<p>", "</p>", "<b>Naka</b>", "<a href=\"https://example.com/naka\">", "</a>", "&amp;", "&nbsp;", "&#x4E2D;",
        "<!-- Arab -->", "**", "_", "[Naka](http://x)", "# ", "> ", "```", "<br/>", "{{", "}}", "\\", "\"", "'",
    ]

    static let lineEndings = ["\n", "\r\n", "\r", "\n\n", "\r\r\n"]

    /// A new article for `rng`: mostly a mutated excerpt of a base, sometimes built from words.
    func article(_ rng: inout SplitMix64) -> [UInt8] {
        var s: [Unicode.Scalar]
        if bases.isEmpty || rng.chance(0.15) {
            s = []
            for _ in 0..<rng.int(1..<60) {
                s += Array(rng.pick(Self.words).unicodeScalars)
                s.append(rng.chance(0.1) ? (rng.chance(0.5) ? "," : ".") : " ")
            }
        } else {
            let base = rng.pick(bases)
            let length = rng.chance(0.03) ? base.count : min(base.count, rng.int(1..<400))
            let start = rng.int(0..<(base.count - length + 1))
            s = Array(base[start..<(start + length)])
        }
        for _ in 0..<rng.int(0..<12) { mutate(&s, &rng) }
        if rng.chance(0.3) { mixLineEndings(&s, &rng) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s)
        return Array(String(text).utf8)
    }

    private func mutate(_ s: inout [Unicode.Scalar], _ rng: inout SplitMix64) {
        let at = rng.int(0..<(s.count + 1))
        switch rng.int(0..<7) {
        case 0: s.insert(contentsOf: (" " + rng.pick(Self.words) + " ").unicodeScalars, at: at)
        case 1, 2: s.insert(contentsOf: rng.pick(Self.unicode).unicodeScalars, at: at)
        case 3: s.insert(contentsOf: rng.pick(Self.markup).unicodeScalars, at: at)
        case 4:  // delete a word
            let w = word(around: at, in: s)
            s.removeSubrange(w)
        case 5:  // duplicate a word (or a longer span)
            let w = rng.chance(0.8) ? word(around: at, in: s) : at..<min(s.count, at + rng.int(0..<200))
            s.insert(contentsOf: s[w], at: w.upperBound)
        default: s.insert(contentsOf: rng.pick(Self.lineEndings).unicodeScalars, at: at)
        }
    }

    /// The maximal run of non-spaces at or after `at` (possibly empty).
    private func word(around at: Int, in s: [Unicode.Scalar]) -> Range<Int> {
        var lo = min(at, s.count), hi = lo
        while lo > 0 && s[lo - 1] != " " { lo -= 1 }
        while hi < s.count && s[hi] != " " { hi += 1 }
        return lo..<hi
    }

    /// Replaces each line ending by a random one of LF, CR LF, CR.
    private func mixLineEndings(_ s: inout [Unicode.Scalar], _ rng: inout SplitMix64) {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if s[i] == "\r" || s[i] == "\n" {
                if s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                out += Array(rng.pick(["\n", "\r\n", "\r"]).unicodeScalars)
            } else {
                out.append(s[i])
            }
            i += 1
        }
        s = out
    }
}
