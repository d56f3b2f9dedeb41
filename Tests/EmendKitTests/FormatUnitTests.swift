@testable import EmendKit
import Testing

/// The format-aware pipeline on small, hand-made HTML and Markdown.
@Suite struct FormatUnitTests {
    private func clean(_ text: String, _ format: ArticleFormat, attributes: Bool = false) throws -> CleanResult {
        let result = Fixtures.pipeline.clean(Article(source: "-", text: text), format: format, attributes: attributes)
        #expect(try result.log.revert(result.edition) == Array(text.utf8))
        for e in result.log.edits { #expect(String(decoding: Array(text.utf8)[e.start..<e.end], as: UTF8.self) == e.before) }
        return result
    }

    @Test func formatsAreDetectedFromTheFileName() {
        #expect(ArticleFormat.detect(path: "a/b/story.HTML") == .html)
        #expect(ArticleFormat.detect(path: "story.htm") == .html)
        #expect(ArticleFormat.detect(path: "notes.md") == .markdown)
        #expect(ArticleFormat.detect(path: "notes.markdown") == .markdown)
        #expect(ArticleFormat.detect(path: "story.txt") == .text)
        #expect(ArticleFormat.detect(path: "-") == .text)
        #expect(ArticleFormat.detect(path: "dir.md/README") == .text)
        #expect(ArticleFormat.detect(path: ".md") == .text)
    }

    @Test func plainTextGoesThroughThePlainPipeline() throws {
        let text = "<b>the Naka region</b> *Naka*\n"
        let article = Article(source: "x.txt", text: text)
        let r = Fixtures.pipeline.clean(article, format: .text)
        #expect(r.edition == Fixtures.pipeline.clean(article).edition)
        #expect(r.log == Fixtures.pipeline.clean(article).log)
    }

    @Test func anInlineTagIsNotPartOfTheName() throws {
        let r = try clean("<p>Fighting in the <b>Naka</b> region.</p>", .html)
        #expect(r.editionText == "<p>Fighting in the <b>Nagorno-Karabakh</b> region.</p>")
        #expect(r.log.edits.map(\.before) == ["Naka"])
        #expect(r.log.edits.first?.column == 23)
    }

    @Test func emphasisMarkersAreNotPartOfTheName() throws {
        let r = try clean("Fighting in the *Naka* region and the __Naka__ region.\n", .markdown)
        #expect(r.editionText == "Fighting in the *Nagorno-Karabakh* region and the __Nagorno-Karabakh__ region.\n")
    }

    @Test func aNameSplitByATagKeepsTheTag() throws {
        let r = try clean("<p>the Nagorny <i>Karabakh</i> regional cease-fire</p>", .html)
        #expect(r.editionText == "<p>the Nagorno-<i>Karabakh</i> regional cease-fire</p>")
    }

    @Test func aChangeAcrossTwoTagsIsOnlySuggested() throws {
        let text = "<p>the <i>Nagorny</i> <b>Karabakh</b> regional cease-fire</p>"
        let r = try clean(text, .html)
        #expect(r.editionText == text)
        #expect(r.log.suggestions.contains { $0.candidates == ["Nagorno-Karabakh"] && $0.text == "Nagorny</i> <b>Karabakh" })
    }

    @Test func anEntityInsideAReplacedSpanIsReplacedWithIt() throws {
        let r = try clean("<p>the Nagorny&nbsp;Karabakh regional cease-fire</p>", .html)
        #expect(r.editionText == "<p>the Nagorno-Karabakh regional cease-fire</p>")
        #expect(r.log.edits.map(\.before) == ["Nagorny&nbsp;Karabakh"])
    }

    @Test func entitiesOutsideTheChangeStayAsWritten() throws {
        let r = try clean("<p>Russia&#8217;s view of the Naka&nbsp;region &amp; more &lt;here&gt;</p>", .html)
        #expect(r.editionText == "<p>Russia&#8217;s view of the Nagorno-Karabakh&nbsp;region &amp; more &lt;here&gt;</p>")
    }

    @Test func anUnchangedEntityInsideTheSpanIsKept() throws {
        let view = ArticleFormat.html.prose(of: Array("<p>x jos&eacute; naka y</p>".utf8))
        let mapper = ProseEditMapper(view: view)
        #expect(view.text == "x josé naka y\n\n")
        let span = 2..<(2 + "josé naka".utf8.count)
        #expect(mapper.map(span, to: "José Naka") == [.init(range: 5..<21, before: "jos&eacute; naka", after: "Jos&eacute; Naka")])
        #expect(mapper.map(span, to: "JOSÉ Naka") == [.init(range: 5..<21, before: "jos&eacute; naka", after: "JOSÉ Naka")])
    }

    @Test func replacementsAreEscapedForTheirFormat() {
        #expect(ProseEscaping.escape("A&B <C>", in: .htmlText) == "A&amp;B &lt;C&gt;")
        #expect(ProseEscaping.escape("\"a b\"", in: .htmlAttribute(quote: 0x22)) == "&quot;a b&quot;")
        #expect(ProseEscaping.escape("a_b*c", in: .markdown) == "a\\_b\\*c")
    }

    @Test func altTextIsProseOnlyWhenAsked() throws {
        let text = "<p>The Naka region.</p><img src=\"naka.jpg\" alt=\"Map of the Naka region\" title='Naka'>"
        #expect(try clean(text, .html).editionText
            == "<p>The Nagorno-Karabakh region.</p><img src=\"naka.jpg\" alt=\"Map of the Naka region\" title='Naka'>")
        #expect(try clean(text, .html, attributes: true).editionText
            == "<p>The Nagorno-Karabakh region.</p><img src=\"naka.jpg\" alt=\"Map of the Nagorno-Karabakh region\" title='Nagorno-Karabakh'>")
    }

    @Test func codeIsNeverProse() throws {
        let html = "<p>The Naka region, <code>Naka region</code>.</p><pre>the Naka\nregion</pre><script>var s = 'Naka region';</script>"
            + "<style>.naka::after { content: 'Naka region' }</style><textarea>Naka region</textarea><!-- Naka region -->"
        #expect(try clean(html, .html).editionText == html.replacingOccurrences(of: "The Naka", with: "The Nagorno-Karabakh"))
        let md = "The Naka region, `Naka region`.\n\n```\nthe Naka region\n```\n\n~~~swift\nNaka region\n~~~\n\n    Naka region\n"
        #expect(try clean(md, .markdown).editionText == md.replacingOccurrences(of: "The Naka", with: "The Nagorno-Karabakh"))
    }

    @Test func markdownLineBreaksAreKeptWhereTheyMatter() throws {
        // A soft line break may be joined; a block quote's marker and a hard break may not.
        #expect(try clean("the Nagorny\n  Karabakh region\n", .markdown).editionText == "the Nagorno-Karabakh region\n")
        let quoted = "> the Nagorny\n> Karabakh region\n"
        let r = try clean(quoted, .markdown)
        #expect(r.editionText == quoted)
        #expect(r.log.suggestions.contains { $0.candidates == ["Nagorno-Karabakh"] })
        #expect(ArticleFormat.markdown.prose(of: Array("a  \nb\\\nc\n".utf8)).text == "a\nb\nc")
    }

    @Test func markdownMarkupIsNotProse() {
        let md = """
        ---
        title: Naka
        ---
        # The *Naka* region ##

        > A [link to the Naka region](https://example.com/naka "Naka") and <https://naka.example>,
        > an <span class="naka">inline</span> tag.

        - item one\\* with &amp; escape
        1. [ ] task

        | Naka | region |
        |------|--------|
        | a    | b      |

        [naka]: https://example.com/naka "Naka"
        """
        let prose = ArticleFormat.markdown.prose(of: Array(md.utf8)).text
        #expect(prose == "The Naka region\n\nA link to the Naka region and \u{FFFC}, an inline tag.\n\nitem one* with & escape\n\ntask\n\nNaka\n\nregion\n\na\n\nb\n\n")
    }

    @Test func htmlProseReadsAsABrowserShowsIt() {
        let html = "<!DOCTYPE html><html><head><title>A &amp; B</title><meta name=\"k\" content=\"Naka\"></head>"
            + "<body><p>One\n   <b>two</b>&#x2019;s<br>three</p><div>a < b<![CDATA[ x ]]></div><p>unclosed <a href=\"x"
        let prose = ArticleFormat.html.prose(of: Array(html.utf8)).text
        #expect(prose == "A & B\n\nOne two’s\nthree\n\na < b\n\nunclosed")
    }

    @Test func everyProseByteMapsBackToItsSource() {
        let html = Array("<p>a&amp;b <i>c</i></p>".utf8)
        let view = ArticleFormat.html.prose(of: html)
        #expect(view.text == "a&b c\n\n")
        #expect(view.sourceRange(ofByte: 0) == 3..<4)
        #expect(view.sourceRange(ofByte: 1) == 4..<9)
        #expect(view.sourceRange(ofByte: 4) == 14..<15)
        #expect(view.markup == [Array("<p>".utf8), Array("<i>".utf8), Array("</i></p>".utf8)])
    }
}
