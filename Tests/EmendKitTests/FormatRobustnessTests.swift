import EmendKit
import Testing

/// Odd and broken markup, put together at random from pieces that tend to break
/// scanners: whatever the input, cleaning never corrupts markup and the log reverts it.
@Suite struct FormatRobustnessTests {
    static let htmlPieces = [
        "Naka", " region", "Nagorny", " ", "Karabakh", "\n", "<b>", "</b>", "<p>", "</p>", "<br>", "&nbsp;", "&amp;",
        "&#8217;", "&#x2019", "&bogus;", "&", "<", ">", "<!--", "-->", "<a href=\"naka\" title='Naka'>", "</a>",
        "<img alt=\"Naka region\">", "<code>", "</code>", "<script>", "</script>", "<pre>", "<![CDATA[", "]]>",
        "<!DOCTYPE html>", "<?xml?>", "</ x>", "<a href=\"x", "mnachakanyan", "Arab", "Asian", "，", "é", "’",
        " the Naka region ", "Nagorny Karabakh", "<i>Nagorny</i> <b>Karabakh</b>", "Na<b>ka</b> region", "Nagorny&nbsp;Karabakh",
    ]
    static let markdownPieces = [
        "Naka", " region", "Nagorny", " ", "Karabakh", "\n", "\n\n", "*", "**", "_", "`", "```", "~~~", "#", "> ",
        "- ", "1. ", "[", "](https://naka \"Naka\")", "]", "(", ")", "<b>", "<https://naka.example>", "\\", "\\*",
        "&amp;", "|", "---", "    ", "  \n", "![Naka region](naka.png)", "[naka]: /naka", "mnachakanyan", "，", "é",
        " the Naka region ", "Nagorny Karabakh", "*Nagorny* Karabakh", "Nagorny\\*Karabakh", "Nagorny\n> Karabakh",
    ]

    @Test(arguments: [ArticleFormat.html, .markdown], 0..<60)
    func randomMarkupSurvives(_ format: ArticleFormat, _ seed: Int) throws {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces = format == .html ? Self.htmlPieces : Self.markdownPieces
        let text = (0..<(20 + next(60))).map { _ in pieces[next(pieces.count)] }.joined()
        let input = Array(text.utf8)
        for attributes in [false, true] {
            let result = Fixtures.pipeline.clean(Article(source: "-", text: text), format: format, attributes: attributes)
            #expect(try result.log.revert(result.edition) == input, "\(text.debugDescription)")
            #expect(format.prose(of: result.edition, attributes: attributes).markup == format.prose(of: input, attributes: attributes).markup,
                    "\(text.debugDescription)")
            for e in result.log.edits { #expect(String(decoding: input[e.start..<e.end], as: UTF8.self) == e.before) }
            let view = format.prose(of: input, attributes: attributes)
            for i in 0..<view.bytes.count { #expect(view.sourceRange(ofByte: i).upperBound <= input.count) }
        }
    }
}
