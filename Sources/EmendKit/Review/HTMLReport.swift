/// Renders a change log as one self-contained HTML page (no network resources): the
/// article with every change inline, a panel listing each change with its reason and
/// category, a filter by category, and the suggestions. It reads on a phone and prints.
public enum HTMLReport {
    public static func render(original: [UInt8], log: ChangeLog, title: String) -> String {
        let edits = log.edits.sorted { $0.start < $1.start }
        var body = ""
        var cursor = 0
        for (n, e) in edits.enumerated() {
            body += escape(String(decoding: original[cursor..<e.start], as: UTF8.self))
            body += "<span class=\"change\" id=\"c\(n + 1)\" data-category=\"\(e.category.rawValue)\" title=\"\(escape(e.reason))\">"
            if !e.before.isEmpty { body += "<del>\(escape(e.before))</del>" }
            if !e.after.isEmpty { body += "<ins>\(escape(e.after))</ins>" }
            body += "<sup>\(n + 1)</sup></span>"
            cursor = e.end
        }
        body += escape(String(decoding: original[cursor...], as: UTF8.self))
        let categories = Array(Set(edits.map(\.category))).sorted()
        var filters = ""
        for c in categories {
            let n = edits.filter { $0.category == c }.count
            filters += "<label><input type=\"checkbox\" checked data-filter=\"\(c.rawValue)\"> \(c.rawValue) (\(n))</label>\n"
        }
        var list = ""
        for (n, e) in edits.enumerated() {
            list += """
            <li class="item" data-category="\(e.category.rawValue)"><a href="#c\(n + 1)">\(n + 1)</a>
            <span class="pos">\(e.line):\(e.column)</span> <span class="cat">\(e.category.rawValue)</span>
            <del>\(escape(e.before))</del> → <ins>\(escape(e.after))</ins>
            <div class="why">\(escape(e.reason)) <code>\(escape(e.rule))\(e.entry.map { " " + escape($0) } ?? "")</code></div></li>\n
            """
        }
        var suggestions = ""
        for s in log.suggestions {
            suggestions += """
            <li class="suggestion"><span class="pos">\(s.line):\(s.column)</span> <mark>\(escape(s.text))</mark> → \(s.candidates.map { "<b>\(escape($0))</b>" }.joined(separator: " or "))
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
        :root { --ins: #1a7f37; --del: #cf222e; --bg: #fff; --fg: #1f2328; --muted: #656d76; }
        body { font: 16px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
        header { padding: 12px 20px; border-bottom: 1px solid #d0d7de; }
        h1 { font-size: 1.2rem; margin: 0 0 4px; }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 20px; padding: 20px; }
        article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; }
        del { color: var(--del); background: #ffebe9; text-decoration: line-through; }
        ins { color: var(--ins); background: #dafbe1; text-decoration: none; }
        sup { color: var(--muted); font-size: .7em; }
        aside ol, aside ul { padding-left: 1.2em; }
        .why { color: var(--muted); font-size: .9em; }
        .pos, .cat { font-family: ui-monospace, monospace; font-size: .85em; color: var(--muted); }
        .filters label { display: inline-block; margin-right: 12px; }
        .hidden { display: none; }
        span.change.muted del { text-decoration: none; color: inherit; background: none; }
        span.change.muted ins, span.change.muted sup { display: none; }
        @media (max-width: 720px) { .layout { grid-template-columns: 1fr; } }
        @media print { .filters { display: none; } .layout { display: block; } aside { page-break-before: always; } }
        </style>
        </head>
        <body>
        <header>
        <h1>Emend review: \(escape(title))</h1>
        <div class="why">\(edits.count) change\(edits.count == 1 ? "" : "s"), \(log.suggestions.count) suggestion\(log.suggestions.count == 1 ? "" : "s") · Emend \(escape(log.emend)), ICU \(escape(log.icu))</div>
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
        \(suggestions.isEmpty ? "<li>None.</li>" : suggestions)</ul>
        </aside>
        </div>
        <script>
        document.querySelectorAll('[data-filter]').forEach(function (box) {
          box.addEventListener('change', function () {
            var c = box.getAttribute('data-filter');
            document.querySelectorAll('.item[data-category="' + c + '"]').forEach(function (li) { li.classList.toggle('hidden', !box.checked); });
            document.querySelectorAll('span.change[data-category="' + c + '"]').forEach(function (s) { s.classList.toggle('muted', !box.checked); });
          });
        });
        </script>
        </body>
        </html>

        """
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
