import EmendKit
import Testing

/// URLs, e-mail addresses, handles, hashtags, paths and code are never edited: generated
/// ones, built from the very names the rules repair, come out byte-identical.
@Suite struct ProtectedSpansTests {
    /// Words the rules would repair anywhere else ("naka", "Wen Zaiyin").
    static let bait = ["naka", "Naka", "wen-zaiyin", "Wen_Zaiyin", "shoygu", "european-union", "china", "Oumeng"]

    static func span(_ g: inout SplitMix64) -> String {
        let a = g.pick(bait), b = g.pick(bait)
        switch g.next() % 7 {
        case 0: return "https://news.example.org/\(a)/\(b)?q=\(a)"
        case 1: return "www.\(a.lowercased()).cn/\(b)-visit"
        case 2: return "\(a.lowercased())@example.org"
        case 3: return "@\(a)_\(b)"
        case 4: return "#\(a)"
        case 5: return "/usr/share/\(a)/\(b).txt"
        default: return "`\(a) \(b)`"
        }
    }

    @Test(arguments: 0..<8)
    func generatedSpansSurviveCleaning(_ shard: Int) {
        var g = SplitMix64(seed: 0xE3E4_D000_0000_0000 &+ UInt64(shard))  // the property tests' generator
        for _ in 0..<100 {
            let spans = (0..<3).map { _ in Self.span(&g) }
            let text = "Fighting in the naka region, see \(spans[0]) and \(spans[1]); Wen Zaiyin wrote \(spans[2]) on the 3rd.\n"
            let edition = Fixtures.pipeline.clean(Article(source: "-", text: text)).editionText
            for s in spans { #expect(edition.contains(s), "\(s) was edited in: \(edition)") }
            #expect(edition.hasPrefix("Fighting in the Nagorno-Karabakh region"))
        }
    }

    @Test func theSpansFoundAreTheOnesWritten() {
        let text = "Mail a@b.org, read https://x.org/a_b, tag #Naka, call @Naka_news, open /etc/emend/x.toml, run `emend clean`."
        let found = ProtectedSpans.find(in: Array(text.utf8)).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(found == ["a@b.org", "https://x.org/a_b", "#Naka", "@Naka_news", "/etc/emend/x.toml", "`emend clean`"])
        // Dates, fractions and "and/or" are prose.
        #expect(ProtectedSpans.find(in: Array("On 10/22/2020 half (1/2) and/or more.".utf8)).isEmpty)
    }
}
