import Foundation

/// Renders a change log as one self-contained HTML page (no network resources) on which an
/// editor reviews the article: every change and suggestion marked in the text and listed in
/// a panel with its reason, each accepted, rejected or edited (a suggestion: one of its
/// candidates taken, or rejected) with the mouse or the keyboard, a filter by category, and
/// a "Save decisions" button that downloads the decisions file `emend apply` replays (see
/// ``ReviewDecisions``). It reads on a phone and prints.
///
/// Changes are `e1`, `e2`, … in the change log's order and suggestions `s1`, `s2`, …; the
/// page embeds the original's SHA-256 so a decisions file is applied only to the text it
/// was made on. The page's style and script are in `HTMLReport+Style.swift` and
/// `HTMLReport+Script.swift`.
public enum HTMLReport {
    /// - Parameters:
    ///   - original: the article's bytes, which the log's offsets refer to.
    ///   - log: the change log of cleaning them.
    ///   - title: what the page is called (the article's path).
    /// - Returns: the page, as UTF-8 text.
    public static func render(original: [UInt8], log: ChangeLog, title: String) -> String {
        let edits = log.edits, suggestions = log.suggestions
        var body = ""
        var cursor = 0
        // Changes never overlap each other or a suggestion; suggestions may overlap one
        // another, and one that starts inside another is listed in the panel only.
        let marks = (edits.indices.map { Mark.change($0) } + suggestions.indices.map { Mark.suggestion($0) })
            .sorted { a, b in a.order(log) < b.order(log) }
        var inText = Set<String>()
        for mark in marks {
            let span = mark.span(log)
            guard span.lowerBound >= cursor else { continue }
            body += escape(String(decoding: original[cursor..<span.lowerBound], as: UTF8.self))
            switch mark {
            case .change(let i): body += changeInText(edits[i], id: ReviewDecisions.changeID(i), number: i + 1)
            case .suggestion(let i): body += suggestionInText(suggestions[i], id: ReviewDecisions.suggestionID(i), number: i + 1)
            }
            inText.insert(mark.id)
            cursor = span.upperBound
        }
        body += escape(String(decoding: original[cursor...], as: UTF8.self))

        let categories = Array(Set(edits.map(\.category))).sorted()
        var filters = ""
        for c in categories {
            let n = edits.filter { $0.category == c }.count
            filters += "<label><input type=\"checkbox\" checked data-filter=\"\(c.rawValue)\"> \(c.rawValue) (\(n))</label>\n"
        }
        var list = ""
        for (i, e) in edits.enumerated() {
            let id = ReviewDecisions.changeID(i)
            list += """
            <li class="entry" data-id="\(id)" data-category="\(e.category.rawValue)" data-decision="pending">\(link(id, inText))
            <span class="pos">\(e.line):\(e.column)</span> <span class="cat">\(e.category.rawValue)</span>
            <del>\(escape(e.before))</del> → <ins>\(escape(e.after))</ins> <span class="state">pending</span>
            <div class="acts">\(changeButtons(labels: true))</div>
            <div class="why">\(escape(e.reason)) <code>\(escape(e.rule))\(e.entry.map { " " + escape($0) } ?? "")</code></div></li>\n
            """
        }
        var suggested = ""
        for (i, s) in suggestions.enumerated() {
            let id = ReviewDecisions.suggestionID(i)
            suggested += """
            <li class="entry" data-id="\(id)" data-category="\(s.category.rawValue)" data-decision="pending">\(link(id, inText))
            <span class="pos">\(s.line):\(s.column)</span> <mark>\(escape(s.text))</mark> → \(s.candidates.map { "<b>\(escape($0))</b>" }.joined(separator: " or ")) <span class="state">pending</span>
            <div class="acts">\(suggestionButtons(s, labels: true))</div>
            <div class="why">\(escape(s.reason)) <code>\(escape(s.rule))</code></div></li>\n
            """
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Emend review: \(escape(title))</title>
        <style>
        \(style)</style>
        </head>
        <body>
        <header>
        <h1>Emend review: \(escape(title))</h1>
        <div class="why">\(edits.count) change\(edits.count == 1 ? "" : "s"), \(suggestions.count) suggestion\(suggestions.count == 1 ? "" : "s") · Emend \(escape(log.emend)), ICU \(escape(log.icu))</div>
        <p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> edit · <kbd>1</kbd>–<kbd>9</kbd> a suggestion's candidate · <kbd>p</kbd> back to pending. Then “Save decisions” and <code>emend apply \(escape(log.source)) --decisions FILE</code>.</p>
        </header>
        <div class="layout">
        <article id="article">\(body)</article>
        <aside>
        <h2>Changes</h2>
        <div class="filters">
        \(filters)</div>
        <ol id="changes">
        \(list)</ol>
        <h2>Suggestions</h2>
        <ul id="suggestions">
        \(suggested.isEmpty ? "<li>None.</li>" : suggested)</ul>
        </aside>
        </div>
        <div class="bar">
        <form id="editor" hidden><label for="replacement">Replacement for <q id="editor-before"></q></label>
        <input id="replacement" autocomplete="off" spellcheck="false"> <button type="submit">Save edit</button> <button type="button" id="editor-cancel">Cancel</button></form>
        <span id="count"></span> <span id="status" role="status"></span>
        <button type="button" id="save">Save decisions</button>
        </div>
        <script type="application/json" id="emend-data">\(data(original: original, log: log))</script>
        <script>
        \(script)</script>
        </body>
        </html>

        """
    }

    /// A change or a suggestion, by its index in the change log.
    enum Mark {
        case change(Int), suggestion(Int)

        /// Marks in the text go by start, an empty span (an insertion) before the one it
        /// touches, changes before suggestions.
        func order(_ log: ChangeLog) -> (Int, Int, Int, Int) {
            let span = span(log)
            switch self {
            case .change(let i): return (span.lowerBound, span.upperBound, 0, i)
            case .suggestion(let i): return (span.lowerBound, span.upperBound, 1, i)
            }
        }

        var id: String {
            switch self {
            case .change(let i): ReviewDecisions.changeID(i)
            case .suggestion(let i): ReviewDecisions.suggestionID(i)
            }
        }

        func span(_ log: ChangeLog) -> Range<Int> {
            switch self {
            case .change(let i): log.edits[i].start..<log.edits[i].end
            case .suggestion(let i): log.suggestions[i].start..<log.suggestions[i].end
            }
        }
    }

    /// A change as marked in the text, with its buttons.
    static func changeInText(_ e: Edit, id: String, number: Int) -> String {
        var out = "<span class=\"mark change\" id=\"\(id)\" data-id=\"\(id)\" data-category=\"\(e.category.rawValue)\" data-decision=\"pending\" title=\"\(escape(e.reason))\">"
        if !e.before.isEmpty { out += "<del>\(escape(e.before))</del>" }
        out += "<ins>\(escape(e.after))</ins><sup>\(number)</sup>"
        return out + "<span class=\"acts\">\(changeButtons(labels: false))</span></span>"
    }

    /// A suggestion as marked in the text: its text, the candidate taken, its buttons.
    static func suggestionInText(_ s: Suggestion, id: String, number: Int) -> String {
        "<span class=\"mark suggestion\" id=\"\(id)\" data-id=\"\(id)\" data-category=\"\(s.category.rawValue)\" data-decision=\"pending\" title=\"\(escape(s.reason))\">"
            + "<mark>\(escape(s.text))</mark><ins></ins><sup>?\(number)</sup><span class=\"acts\">\(suggestionButtons(s, labels: false))</span></span>"
    }

    /// Accept, reject and edit; with `labels` their names (the panel), else their symbols
    /// alone (the text).
    static func changeButtons(labels: Bool) -> String {
        [("accept", "✓", "Accept", "a"), ("reject", "✗", "Reject", "r"), ("edit", "✎", "Edit", "e")].map { act, symbol, name, key in
            "<button type=\"button\" data-act=\"\(act)\" title=\"\(name) (\(key))\" aria-label=\"\(name)\" aria-pressed=\"false\">\(symbol)\(labels ? " " + name : "")</button>"
        }.joined()
    }

    /// One button per candidate, then reject.
    static func suggestionButtons(_ s: Suggestion, labels: Bool) -> String {
        s.candidates.enumerated().map { n, c in
            "<button type=\"button\" data-act=\"pick\" data-candidate=\"\(n)\" title=\"Take '\(escape(c))'\(n < 9 ? " (\(n + 1))" : "")\" aria-pressed=\"false\">✓ \(escape(c))</button>"
        }.joined() + "<button type=\"button\" data-act=\"reject\" title=\"Reject (r)\" aria-label=\"Reject\" aria-pressed=\"false\">✗\(labels ? " Reject" : "")</button>"
    }

    /// A link from the panel to the item's mark in the text (a plain label when it has none).
    static func link(_ id: String, _ inText: Set<String>) -> String {
        inText.contains(id) ? "<a href=\"#\(id)\">\(id)</a>" : "<span class=\"pos\">\(id)</span>"
    }

    /// What the page's script needs: the article's source and hash, and each item.
    struct PageData: Encodable {
        struct Item: Encodable {
            var id: String, kind: String, start: Int, end: Int, before: String
            var after: String?
            var candidates: [String]?
        }

        var source: String, sha256: String, name: String
        var items: [Item]
    }

    /// The page data as JSON safe inside a `<script>` element (every `<` escaped).
    static func data(original: [UInt8], log: ChangeLog) -> String {
        let file = log.source == "-" ? "stdin" : URL(fileURLWithPath: log.source).deletingPathExtension().lastPathComponent
        let items = log.edits.enumerated().map { i, e in
            PageData.Item(id: ReviewDecisions.changeID(i), kind: "change", start: e.start, end: e.end, before: e.before, after: e.after)
        } + log.suggestions.enumerated().map { i, s in
            PageData.Item(id: ReviewDecisions.suggestionID(i), kind: "suggestion", start: s.start, end: s.end, before: s.text, candidates: s.candidates)
        }
        let page = PageData(source: log.source, sha256: SHA256.hex(original), name: file, items: items)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(page)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return json.replacingAll("<", with: "\\u003c")
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
