#!/usr/bin/env python3
"""Emend's outputs on every set it is judged on, saved once and compared after a change.

    python3 Benchmarks/outputs.py save DIR [--data BENCH] [--emend PATH]
    python3 Benchmarks/outputs.py compare DIR [--data BENCH] [--emend PATH]

A speed change must not change what Emend writes (issue 17). `save` cleans each article of
the seeds, the devset, Tests/Cases/{fr,de,es,ru}, and where present .realdev/ and .cleannews/
(your own fetched copies, never committed), writing each edition and change log (`clean
--json`) into DIR; with --data it also cleans the benchmark corpus (`corpus.jsonl` with the
1M-variant dictionary, every rule and `--only names.dictionary`, and `corpus.txt` as one
document). `compare` does the same into a temporary folder and lists every file that
differs from DIR; exit status 1 if any does. DIR holds others' text (realdev): keep it out
of the repository.
"""
import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def article_sets():
    sets = {"seeds": ROOT / "seeds", "devset": SHARED / "devset"}
    for lang in ("fr", "de", "es", "ru"):
        sets[f"cases-{lang}"] = ROOT / "Tests" / "Cases" / lang
    for name in ("realdev", "cleannews"):
        folder = ROOT / f".{name}" / "articles"
        if folder.is_dir():
            sets[name] = folder
    return sets


def articles(folder):
    return sorted(p for p in folder.iterdir() if p.suffix == ".txt" and not p.name.endswith(".expected.txt"))


def clean_all(emend, out, data):
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, folder in article_sets().items():
        target = out / name
        target.mkdir(exist_ok=True)
        for path in articles(folder):
            for flag, suffix in (("--stdout", ".edition"), ("--json", ".log.json")):
                with open(target / (path.stem + suffix), "wb") as f:
                    subprocess.run([str(emend), "clean", "--jobs", "1", flag, str(path)], stdout=f, check=False)
            count += 1
    if data:
        d1m = str(data / "dict-1m.tsv")
        runs = {"corpus-jsonl": ["--jsonl"], "corpus-names-jsonl": ["--jsonl", "--only", "names.dictionary"]}
        for name, extra in runs.items():
            with open(data / "corpus.jsonl", "rb") as i, open(out / f"{name}.out", "wb") as o:
                subprocess.run([str(emend), "clean", "--jobs", "1", *extra, "--dictionary", d1m], stdin=i, stdout=o, check=False)
        with open(out / "corpus-txt.out", "wb") as o:
            subprocess.run([str(emend), "clean", "--jobs", "1", "--stdout", "--dictionary", d1m, str(data / "corpus.txt")],
                           stdout=o, check=False)
    return count


def differing(a, b):
    out = []
    for root, _, files in os.walk(a):
        for f in files:
            left = Path(root) / f
            right = b / left.relative_to(a)
            if not right.exists() or not filecmp.cmp(left, right, shallow=False):
                out.append(str(left.relative_to(a)))
    for root, _, files in os.walk(b):
        for f in files:
            if not (a / (Path(root) / f).relative_to(b)).exists():
                out.append(str((Path(root) / f).relative_to(b)) + " (new)")
    return sorted(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "compare"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--data", type=Path, help="the benchmark folder (make_data.py) to clean the corpus too")
    ap.add_argument("--emend", type=Path, default=ROOT / ".build" / "release" / "emend")
    args = ap.parse_args()
    if args.action == "save":
        n = clean_all(args.emend, args.dir, args.data)
        print(f"saved the outputs of {n} articles" + (" and the corpus" if args.data else "") + f" in {args.dir}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        n = clean_all(args.emend, Path(tmp), args.data)
        diff = differing(args.dir, Path(tmp))
    for d in diff:
        print(f"differs: {d}")
    print(f"{n} articles" + (" and the corpus" if args.data else "") + f": {len(diff)} outputs differ from {args.dir}")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
