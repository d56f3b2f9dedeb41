import EmendKit
import Foundation
import Testing

/// Every seed and devset article, wrapped in a CMS-like HTML page and in Markdown, cleaned
/// with the format-aware pipeline: the prose must come out as the plain-text edition's, the
/// markup untouched, and the change log must revert the page byte for byte.
@Suite struct FormatArticleTests {
    /// Seed articles and, when `../shared/devset` exists beside the repository, devset articles.
    static let articles: [String] = {
        let devset = Fixtures.root.appendingPathComponent("../shared/devset").standardizedFileURL.path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: devset)) ?? []
        let dev = names.filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".expected.txt") && $0.first?.isNumber == true }
        return Fixtures.seedStems.map { $0 + ".txt" } + dev.sorted().map { devset + "/" + $0 }
    }()

    @Test(arguments: articles) func htmlPageKeepsItsMarkup(_ path: String) throws {
        try check(path, .html, wrap: ArticleWrapper.html)
    }

    @Test(arguments: articles) func markdownKeepsItsMarkup(_ path: String) throws {
        let edition = try check(path, .markdown, wrap: ArticleWrapper.markdown)
        #expect(edition.contains("```\nNaka region\n```\n"))
        #expect(edition.hasPrefix("---\ntitle: Naka\n"))
    }

    @discardableResult
    private func check(_ path: String, _ format: ArticleFormat, wrap: (String, [Range<Int>]) -> String) throws -> String {
        let plain = Fixtures.pipeline.clean(try Article(source: path, bytes: Fixtures.bytes(path)))
        let text = String(decoding: Fixtures.bytes(path), as: UTF8.self)
        let page = Array(wrap(text, plain.log.edits.map { $0.start..<$0.end }).utf8)
        let result = Fixtures.pipeline.clean(try Article(source: path, bytes: page), format: format)
        let edition = format.prose(of: result.edition)
        // (a) The prose reads as the plain-text edition, wrapped the same way.
        let want = format.prose(of: Array(wrap(plain.editionText, []).utf8))
        #expect(edition.text == want.text)
        #expect(!result.log.edits.isEmpty || plain.log.edits.isEmpty)
        // (b) Not one byte of markup changed.
        #expect(edition.markup == format.prose(of: page).markup)
        // (c) The log, through JSON, reverts the page; every edit points at its text.
        let log = try ChangeLogJSON.decode(try ChangeLogJSON.encode(result.log))
        #expect(try log.revert(result.edition) == page)
        let lines = LineIndex(page)
        for e in log.edits {
            #expect(String(decoding: page[e.start..<e.end], as: UTF8.self) == e.before)
            #expect(String(decoding: result.edition[e.editionStart..<e.editionEnd], as: UTF8.self) == e.after)
            #expect(lines.position(ofByte: e.start) == TextPosition(line: e.line, column: e.column))
        }
        for s in log.suggestions { #expect(String(decoding: page[s.start..<s.end], as: UTF8.self) == s.text) }
        // Cleaning the edition again changes nothing.
        #expect(Fixtures.pipeline.clean(try Article(source: path, bytes: result.edition), format: format).log.edits.isEmpty)
        return result.editionText
    }
}
