extension HTMLReport {
    /// The page's style sheet. Text falls back on a CJK font stack (Noto and Source Han for
    /// Linux, PingFang on Apple systems, Microsoft YaHei on Windows), so the Chinese in
    /// reasons and articles renders wherever one of them is installed; nothing is fetched.
    static let style = """
    :root { --ins: #1a7f37; --del: #cf222e; --bg: #fff; --fg: #1f2328; --muted: #656d76; --focus: #0969da;
            --cjk: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"; }
    body { font: 16px/1.55 system-ui, var(--cjk), sans-serif; color: var(--fg); background: var(--bg); margin: 0 0 64px; }
    header { padding: 12px 20px; border-bottom: 1px solid #d0d7de; }
    h1 { font-size: 1.2rem; margin: 0 0 4px; }
    .keys { margin: 4px 0 0; font-size: .9em; color: var(--muted); }
    kbd { font: .85em ui-monospace, monospace; border: 1px solid #d0d7de; border-radius: 4px; padding: 0 4px; background: #f6f8fa; }
    .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 0 20px; }
    article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Noto Serif CJK SC", "Source Han Serif SC", var(--cjk), serif; padding: 32px 0 20px 20px; }
    aside { padding: 0 20px 20px 0; }
    del { color: var(--del); background: #ffebe9; text-decoration: line-through; }
    ins { color: var(--ins); background: #dafbe1; text-decoration: none; }
    ins:empty { display: none; }
    mark { background: #fff8c5; border-bottom: 2px dotted #9a6700; }
    sup { color: var(--muted); font-size: .7em; }
    aside ol, aside ul { padding-left: 1.2em; }
    .why { color: var(--muted); font-size: .9em; }
    .pos, .cat, .state { font-family: ui-monospace, monospace; font-size: .85em; color: var(--muted); }
    .filters label { display: inline-block; margin-right: 12px; }
    .hidden { display: none; }
    button { font: .85rem system-ui, var(--cjk), sans-serif; padding: 1px 8px; margin: 2px 4px 2px 0; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; color: var(--fg); cursor: pointer; }
    button[aria-pressed="true"] { background: var(--focus); border-color: var(--focus); color: #fff; }
    .mark { position: relative; cursor: pointer; }
    .mark .acts { display: none; position: absolute; left: 0; bottom: 100%; z-index: 2; white-space: nowrap; background: var(--bg); border: 1px solid #d0d7de; border-radius: 6px; padding: 2px 2px 2px 6px; box-shadow: 0 2px 6px rgba(0,0,0,.15); font-family: system-ui, var(--cjk), sans-serif; line-height: 1.2; }
    .mark.current .acts, .mark:hover .acts, .mark:focus-within .acts { display: inline-block; }
    .current { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
    li.entry.current { background: #ddf4ff; outline-offset: 0; }
    .mark[data-decision="accept"] del, .entry[data-decision="accept"] del { opacity: .45; }
    [data-decision="reject"] del { text-decoration: none; background: none; color: inherit; }
    [data-decision="reject"] ins { text-decoration: line-through; background: none; color: var(--muted); }
    [data-decision="edit"] ins { background: #ddf4ff; color: #0550ae; }
    .suggestion[data-decision="accept"] mark { text-decoration: line-through; }
    .entry[data-decision="accept"] .state, .entry[data-decision="edit"] .state { color: var(--ins); }
    .entry[data-decision="reject"] .state { color: var(--del); }
    span.change.muted del { text-decoration: none; color: inherit; background: none; }
    span.change.muted ins, span.change.muted sup { display: none; }
    .bar { position: fixed; left: 0; right: 0; bottom: 0; z-index: 3; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 20px; background: #f6f8fa; border-top: 1px solid #d0d7de; }
    .bar #status { flex: 1; color: var(--muted); font-size: .9em; }
    .bar form { flex-basis: 100%; }
    .bar input { font: 1rem system-ui, var(--cjk), sans-serif; min-width: 16em; padding: 2px 6px; }
    #save { font-weight: 600; }
    /* On a wide screen the article and the panel scroll each on its own, between the header and the bar. */
    @media screen and (min-width: 721px) {
      html, body { height: 100%; }
      body { display: flex; flex-direction: column; margin: 0; }
      .layout { flex: 1; min-height: 0; grid-template-rows: minmax(0, 1fr); }
      article, aside { overflow-y: auto; }
      aside { padding-top: 0; }
      .bar { position: static; }
    }
    @media (max-width: 720px) { .layout { grid-template-columns: 1fr; } article { padding-right: 20px; } aside { padding-left: 20px; } }
    @media print { .filters, .bar, .acts, .keys { display: none !important; } .layout { display: block; } aside { page-break-before: always; } body { margin: 0; } }

    """
}
