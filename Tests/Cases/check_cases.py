#!/usr/bin/env python3
"""Check the consistency of the multilingual test cases (issue 7).

Adapted from shared/devset/check_devset.py. For every language folder beside this script
(fr, de, es, ru, or the folders named on the command line) and every article NAME.txt in it,
it checks that
  - NAME.expected.txt, NAME.fixes.jsonl and NAME.keep.jsonl exist and name the article;
  - both texts are UTF-8 with LF line endings and a final newline;
  - every fix row has article, find, context, replace, category and why; its context is
    10-60 characters, occurs exactly once in the original and holds its `find` exactly
    once; its category comes from the agreed list; it changes something;
  - applying all fixes (find -> replace inside its context) to the original gives
    NAME.expected.txt byte for byte, with no two fixes overlapping;
  - every keep row has article, keep, context and why; its context holds its `keep` and
    occurs exactly once in both the original and the expected text;
  - the article has 8-10 fixes, 4-6 keeps and 180-260 words;
  - the expected text has no artifact left outside a keep context: no full-width
    ，。：（）, no Windows-1252 mojibake (Ã, Â, â€, Ð/Ñ pairs);
  - each language covers the seven categories of issue 7.

Prints "LANG: N articles, N fixes, N keeps: OK" per language.
Usage: python3 check_cases.py [LANG_FOLDER ...]
Exit status 0 when everything passes.
"""
import glob, json, os, re, sys

CATEGORIES = {"abbreviation", "pinyin-name", "person-name", "org-name", "country-form",
              "casing", "mojibake", "punctuation", "variant-spelling"}
REQUIRED = {"abbreviation", "pinyin-name", "person-name", "country-form", "punctuation",
            "mojibake", "casing"}
FIX_KEYS = {"article", "find", "context", "replace", "category", "why"}
KEEP_KEYS = {"article", "keep", "context", "why"}
LEFTOVER = re.compile(r"[，。：（）]|Ã.|Â[«»\u00a0]|â€|[ÐÑ][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def load(path, problems, name):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                problems.append(f"{name}: {os.path.basename(path)} line {n}: {err}")
    return rows


def read_text(path, problems, name):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(f"{name}: {os.path.basename(path)} is not UTF-8: {err}")
        text = raw.decode("utf-8", "replace")
    if "\r" in text:
        problems.append(f"{name}: {os.path.basename(path)} has CR characters")
    if not text.endswith("\n"):
        problems.append(f"{name}: {os.path.basename(path)} lacks a final newline")
    return text


def apply_fixes(original, fixes, problems, name):
    spans = []
    for fx in fixes:
        if FIX_KEYS - fx.keys():
            continue
        ctx, find = fx["context"], fx["find"]
        if not 10 <= len(ctx) <= 60:
            problems.append(f"{name}: context length {len(ctx)} outside 10-60: {ctx!r}")
        n = original.count(ctx)
        if n != 1:
            problems.append(f"{name}: context occurs {n} times in original: {ctx!r}")
            continue
        if ctx.count(find) != 1:
            problems.append(f"{name}: find {find!r} occurs {ctx.count(find)} times in context {ctx!r}")
            continue
        if fx.get("category") not in CATEGORIES:
            problems.append(f"{name}: bad category {fx.get('category')!r}")
        if find == fx["replace"]:
            problems.append(f"{name}: fix changes nothing: {find!r}")
        if not str(fx.get("why", "")).strip():
            problems.append(f"{name}: fix {find!r} has an empty why")
        start = original.find(ctx) + ctx.find(find)
        spans.append((start, start + len(find), fx["replace"]))
    spans.sort()
    out, last = [], 0
    for s, e, rep in spans:
        if s < last:
            problems.append(f"{name}: overlapping fixes at offset {s}")
            continue
        out.append(original[last:s]); out.append(rep); last = e
    out.append(original[last:])
    return "".join(out)


def check_language(folder):
    problems = []
    arts = sorted(p for p in glob.glob(os.path.join(folder, "*.txt")) if not p.endswith(".expected.txt"))
    if not arts:
        problems.append("no articles found")
    totals = {"fixes": 0, "keeps": 0}
    categories = set()
    for path in arts:
        name = os.path.basename(path)[:-len(".txt")]
        base = path[:-len(".txt")]
        try:
            original = read_text(path, problems, name)
            expected = read_text(base + ".expected.txt", problems, name)
            fixes = load(base + ".fixes.jsonl", problems, name)
            keeps = load(base + ".keep.jsonl", problems, name)
        except FileNotFoundError as err:
            problems.append(f"{name}: missing file {err.filename}")
            continue
        for row in fixes + keeps:
            if row.get("article") != name:
                problems.append(f"{name}: row names article {row.get('article')!r}")
        for row in fixes:
            missing = FIX_KEYS - row.keys()
            if missing:
                problems.append(f"{name}: fix row lacks {sorted(missing)}: {row}")
            categories.add(row.get("category"))
        for row in keeps:
            missing = KEEP_KEYS - row.keys()
            if missing:
                problems.append(f"{name}: keep row lacks {sorted(missing)}: {row}")
        rebuilt = apply_fixes(original, fixes, problems, name)
        if rebuilt != expected:
            i = next((k for k, (a, b) in enumerate(zip(rebuilt, expected)) if a != b),
                     min(len(rebuilt), len(expected)))
            problems.append(f"{name}: fixes do not rebuild the expected text; first difference at "
                            f"{i}: {rebuilt[max(0, i-30):i+30]!r} vs {expected[max(0, i-30):i+30]!r}")
        keep_spans = []
        for kp in keeps:
            if KEEP_KEYS - kp.keys():
                continue
            ctx = kp["context"]
            if kp["keep"] not in ctx:
                problems.append(f"{name}: keep {kp['keep']!r} not inside its context {ctx!r}")
            for label, text in (("original", original), ("expected", expected)):
                n = text.count(ctx)
                if n != 1:
                    problems.append(f"{name}: keep context occurs {n} times in {label}: {ctx!r}")
            at = expected.find(ctx)
            if at >= 0:
                keep_spans.append((at, at + len(ctx)))
        for m in LEFTOVER.finditer(expected):
            if not any(s <= m.start() and m.end() <= e for s, e in keep_spans):
                problems.append(f"{name}: artifact left in expected text at {m.start()}: "
                                f"{expected[max(0, m.start()-20):m.end()+20]!r}")
        if not 8 <= len(fixes) <= 10:
            problems.append(f"{name}: {len(fixes)} fixes, expected 8-10")
        if not 4 <= len(keeps) <= 6:
            problems.append(f"{name}: {len(keeps)} keeps, expected 4-6")
        words = len(original.split())
        if not 180 <= words <= 260:
            problems.append(f"{name}: {words} words, expected 180-260")
        for marker in ("{{", "}}", "[[", "]]"):
            if marker in original or marker in expected:
                problems.append(f"{name}: leftover markup {marker!r}")
        totals["fixes"] += len(fixes); totals["keeps"] += len(keeps)
    if arts and REQUIRED - categories:
        problems.append(f"categories never used: {sorted(REQUIRED - categories)}")
    return len(arts), totals, problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folders = sys.argv[1:] or [os.path.join(here, d) for d in sorted(os.listdir(here))
                               if os.path.isdir(os.path.join(here, d)) and not d.startswith((".", "_"))]
    failed = False
    for folder in folders:
        lang = os.path.basename(os.path.normpath(folder))
        n, totals, problems = check_language(folder)
        for p in problems:
            print(f"FAIL {lang}/{p}")
        print(f"{lang}: {n} articles, {totals['fixes']} fixes, {totals['keeps']} keeps: "
              f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
