import EmendKit
import Testing

/// Wraps a plain article as a CMS would publish it, for ``FormatArticleTests``.
///
/// Words are put in links and emphasis only where no edit of `avoid` (byte ranges of the
/// plain text) crosses the word's edge: a name split by a tag is tested on its own.
enum ArticleWrapper {
    /// The article's lines with each word's byte range in the plain text.
    private static func paragraphs(_ text: String) -> [[(word: String, range: Range<Int>)]] {
        var out: [[(String, Range<Int>)]] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var words: [(String, Range<Int>)] = []
            var at = offset
            for w in line.split(separator: " ", omittingEmptySubsequences: false) {
                words.append((String(w), at..<(at + w.utf8.count)))
                at += w.utf8.count + 1
            }
            offset += line.utf8.count + 1
            if !line.allSatisfy(\.isWhitespace) { out.append(words) }
        }
        return out
    }

    private static func free(_ r: Range<Int>, _ avoid: [Range<Int>]) -> Bool {
        avoid.allSatisfy { !$0.overlaps(r) || (r.lowerBound <= $0.lowerBound && $0.upperBound <= r.upperBound) }
    }

    /// One paragraph with markup around some words: `mark(word, index)` returns the
    /// decorated word, or nil to leave it; words with a cut edit are left.
    private static func decorate(_ words: [(word: String, range: Range<Int>)], _ avoid: [Range<Int>], space: (Int) -> String,
                                 escape: (String) -> String, mark: (String, Int) -> String?) -> String {
        var out = ""
        for (i, w) in words.enumerated() {
            if i > 0 { out += space(i) }
            let e = escape(w.word)
            out += free(w.range, avoid) ? mark(e, i) ?? e : e
        }
        return out
    }

    static func html(_ text: String, avoid: [Range<Int>]) -> String {
        let escape = { (w: String) in
            w.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "’", with: "&#8217;")
        }
        var naka = 0
        let body = paragraphs(text).enumerated().map { n, words in
            let inner = decorate(words, avoid, space: { $0 == 1 ? "&nbsp;" : " " }, escape: escape) { w, i in
                if w.hasPrefix("Naka") { naka += 1; return naka % 2 == 0 ? "<em>\(w)</em>" : "<a href=\"https://example.com/naka\" title=\"Naka\">\(w)</a>" }
                if i == 1 { return "<em>\(w)</em>" }
                if i == 3 { return "<a href=\"https://example.com/naka?ref=p\(n)&amp;x=1\">\(w)</a>" }
                if i == 5 { return "<span class=\"naka\">\(w)</span>" }
                return nil
            }
            return n == 0 ? "  <h1 class=\"headline\">\(inner)</h1>\n" : "  <p>\n    \(inner)\n  </p>\n"
        }.joined()
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="keywords" content="Naka, Naka region">
        <title>Example News</title>
        <style>.naka-region::before { content: "Naka region"; } p > em { font-style: italic; }</style>
        <script>window.tags = ["Naka", "Naka region"]; if (1 < 2 && 3 > 2) { document.title = "<p>Naka</p>"; }</script>
        </head>
        <body>
        <header class="site"><a href="/" title="Naka region">Example News</a>
        <nav><ul><li><a href="/world">Home</a></li><li><a href="https://example.com/naka">Opinion &amp; Analysis</a></li></ul></nav>
        </header>
        <!-- article body: the Naka region <p>not prose</p> -->
        <article>
        \(body)<figure><img src="/naka.jpg" alt="the Naka region"><figcaption>Photo: Example&nbsp;News</figcaption></figure>
        </article>
        <footer><p>&copy; Example News</p><script src="/naka.js"></script><script>track("Naka region", "</p>");</script></footer>
        </body>
        </html>

        """
    }

    static func markdown(_ text: String, avoid: [Range<Int>]) -> String {
        let escape = { (w: String) in
            var out = ""
            for ch in w { if "\\`*_[]<>#|~&".contains(ch) { out += "\\" }; out.append(ch) }
            return out
        }
        var naka = 0
        let body = paragraphs(text).enumerated().map { n, words in
            var inner = decorate(words, avoid, space: { _ in " " }, escape: escape) { w, i in
                if w.hasPrefix("Naka") { naka += 1; return naka % 2 == 0 ? "*\(w)*" : "[\(w)](https://example.com/naka \"Naka\")" }
                if i == 1 { return "**\(w)**" }
                if i == 3 { return "[\(w)](https://example.com/naka_(region) 'Naka region')" }
                return nil
            }
            // A line that would read as a list item or a heading.
            let digits = inner.prefix { $0.isASCII && $0.isNumber }
            if let first = inner.first, first == "-" || first == "+" {
                inner = "\\" + inner
            } else if !digits.isEmpty, let next = inner.dropFirst(digits.count).first, next == "." || next == ")" {
                inner = digits + "\\" + inner.dropFirst(digits.count)
            }
            return n == 0 ? "# \(inner)\n\n" : "\(inner)\n\n"
        }.joined()
        return "---\ntitle: Naka\ntags: [naka, \"Naka region\"]\n---\n\n" + body
            + "```\nNaka region\n```\n\n[naka]: https://example.com/naka \"Naka\"\n"
    }
}

@Suite struct FormatWrapperTests {
    @Test func theWrappersKeepTheProse() {
        let text = "Fighting in the Naka region.\n\nA & B’s *view*."
        #expect(ArticleFormat.html.prose(of: Array(ArticleWrapper.html(text, avoid: []).utf8)).text.contains("Fighting in the Naka region.\n\nA & B’s *view*."))
        #expect(ArticleFormat.markdown.prose(of: Array(ArticleWrapper.markdown(text, avoid: []).utf8)).text
            == "Fighting in the Naka region.\n\nA & B’s *view*.")
    }
}
