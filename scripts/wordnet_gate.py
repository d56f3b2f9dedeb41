#!/usr/bin/env python3
"""Precision gate on clean English that Debian installs: WordNet's glosses.

Every gloss (the definitions and examples of WordNet 3.0, `wordnet-base`) is ordinary,
edited English full of countries, peoples and places; none is machine-translated. The
glosses are cleaned as JSON Lines articles of 40 glosses each, and every edit Emend makes
is a false one. Usage: scripts/wordnet_gate.py EMEND [--max-per-10k N]
"""
import json, subprocess, sys

emend = sys.argv[1]
limit = float(sys.argv[sys.argv.index("--max-per-10k") + 1]) if "--max-per-10k" in sys.argv else 0.5
glosses = []
for pos in ("noun", "verb", "adj", "adv"):
    with open(f"/usr/share/wordnet/data.{pos}", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  ") or "|" not in line:
                continue
            glosses.append(line.split("|", 1)[1].strip())
records = [json.dumps({"id": str(i), "text": "\n".join(glosses[i:i + 40]) + "\n"}) for i in range(0, len(glosses), 40)]
out = subprocess.run([emend, "clean", "--jsonl"], input="\n".join(records) + "\n", capture_output=True, text=True, check=True).stdout
edits = []
for line in out.splitlines():
    r = json.loads(line)
    for e in r.get("edits", []):
        edits.append((e["before"], e["after"], e["rule"]))
words = sum(len(g.split()) for g in glosses)
rate = len(edits) * 10000 / max(words, 1)
for b, a, rule in edits[:20]:
    print(f"  false edit  {b!r} -> {a!r} ({rule})")
print(f"wordnet glosses: {len(glosses)} glosses, {words} words, {len(edits)} edits, {rate:.2f} false edits per 10k words (max {limit})")
sys.exit(0 if rate <= limit else 1)
