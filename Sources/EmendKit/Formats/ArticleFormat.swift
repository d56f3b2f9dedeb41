/// The markup an article arrives in. Emend edits only its prose and gives the article
/// back in the same format, every byte of markup unchanged.
public enum ArticleFormat: String, CaseIterable, Sendable {
    /// Plain text: every byte is prose.
    case text
    /// Markdown (a CommonMark subset, see ``MarkdownProseExtractor``).
    case markdown
    /// HTML (see ``HTMLProseExtractor``).
    case html

    /// The format a file name implies: `.html`/`.htm` → ``html``, `.md`/`.markdown` →
    /// ``markdown``, anything else (including standard input, "-") → ``text``.
    /// The extension is compared without regard to case.
    public static func detect(path: String) -> ArticleFormat {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .text }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        default: return .text
        }
    }

    /// The prose of `bytes` read as this format, mapped back to the bytes.
    /// - Parameter attributes: also read HTML `alt` and `title` attribute values (and
    ///   Markdown image descriptions) as prose.
    public func prose(of bytes: [UInt8], attributes: Bool = false) -> ProseView {
        switch self {
        case .text: return ProseView.plain(bytes)
        case .markdown: return MarkdownProseExtractor(images: attributes).prose(of: bytes)
        case .html: return HTMLProseExtractor(attributes: attributes).prose(of: bytes)
        }
    }
}
