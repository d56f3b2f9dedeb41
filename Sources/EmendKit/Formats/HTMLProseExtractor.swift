/// Finds the prose of an HTML document: the text a reader sees, with character
/// references decoded and runs of white space read as one space, as a browser renders it.
///
/// - Tags, attributes, comments, the doctype and CDATA sections are not prose.
/// - Nothing inside `script`, `style`, `pre`, `code`, `textarea` (and `template`, `kbd`,
///   `samp`, `svg`, `math`) is prose; an inline one reads as U+FFFC, one non-word, so the
///   words either side of it never join.
/// - Block elements (`p`, `div`, `h1`–`h6`, `li`, `td`, `title`...) end a paragraph: the
///   prose gets a blank line, so sentences never run together; `br` gives a line break.
/// - Inline elements (`b`, `i`, `em`, `strong`, `a`, `span`...) add nothing, so
///   `<b>Naka</b> region` reads "Naka region".
/// - With `attributes`, the values of `alt` and `title` attributes are prose too, each a
///   paragraph of its own after the document's text.
public struct HTMLProseExtractor: Sendable {
    public var attributes: Bool

    public init(attributes: Bool = false) { self.attributes = attributes }

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "optgroup",
        "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
        "script", "style", "noscript", "template", "textarea", "iframe", "select", "video", "audio", "canvas", "object",
        "xmp", "noembed", "noframes", "plaintext",
    ]
    /// Elements whose content is not prose.
    static let nonProseElements: Set<String> = [
        "script", "style", "pre", "code", "textarea", "template", "kbd", "samp", "svg", "math", "xmp", "noembed",
        "noframes", "plaintext", "iframe",
    ]
    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let proseAttributes: Set<String> = ["alt", "title"]

    public func prose(of input: [UInt8]) -> ProseView {
        var text = HTMLText(builder: ProseBuilder(input: input, context: .htmlText))
        var closed: [String] = []  // open non-prose elements, innermost last
        var attributeValues: [HTMLAttribute] = []
        for token in HTMLTokenizer(input) {
            switch token.kind {
            case .text, .rawText:
                // The only raw text that is prose is a title's (RCDATA: references decoded).
                if closed.isEmpty { text.append(token.range) }
            case .startTag:
                if closed.isEmpty, attributes {
                    attributeValues += token.attributes.filter { Self.proseAttributes.contains($0.name) && $0.value != nil }
                }
                if token.name == "br" {
                    text.lineBreak(at: token.range.lowerBound)
                } else if Self.blockElements.contains(token.name) {
                    text.paragraphBreak(at: token.range.lowerBound)
                }
                if Self.nonProseElements.contains(token.name), !token.selfClosing, !Self.voidElements.contains(token.name) {
                    if closed.isEmpty, !Self.blockElements.contains(token.name) { text.placeholder(at: token.range.lowerBound) }
                    closed.append(token.name)
                }
            case .endTag:
                if let open = closed.lastIndex(of: token.name) { closed.removeSubrange(open...) }
                if Self.blockElements.contains(token.name) { text.paragraphBreak(at: token.range.lowerBound) }
            case .comment, .declaration:
                break
            }
        }
        for value in attributeValues {
            text.paragraphBreak(at: value.value!.lowerBound)
            text.builder.context = .htmlAttribute(quote: value.quote)
            text.append(value.value!)
        }
        return text.builder.view
    }
}
