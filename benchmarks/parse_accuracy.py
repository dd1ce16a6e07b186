"""Free-text reference parsing against AnyStyle's labelled references (train/dev only).

Usage: python benchmarks/parse_accuracy.py [FILE.xml ...] [--show N]
Default files: ../shared/data/parse/anystyle_core.nogold.xml and anystyle_good.nogold.xml.

Per-field accuracy of :func:`cvbib.parse_reference` over the references that have the field:
- title: equal after normalisation (case, punctuation, quotes, spacing);
- author: the same people (every family name of ours is in the labelled author text and
  every name word of the label is in ours);
- year: the first year of the labelled date;
- container: journal / container-title equal after normalisation (or the same venue in the
  knowledge base).
Targets (issue 5): title and author >= 0.92, year >= 0.97, container >= 0.88.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unidecode import unidecode  # noqa: E402

import cvbib  # noqa: E402
from cvbib.normalize import venues  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "parse"
FILES = [DATA / "anystyle_core.nogold.xml", DATA / "anystyle_good.nogold.xml"]
NOT_NAMES = {"and", "et", "al", "eds", "ed", "edited", "by", "in", "with", "the", "und", "y"}


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = unidecode(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def norm_container(s: str | None) -> str:
    s = norm(s)
    return re.sub(r"^(?:in|in proceedings of|proceedings of|proc|proc of)\s+", "", s)


def sequences(path: Path) -> list[list[tuple[str, str]]]:
    root = ET.parse(path).getroot()
    return [[(el.tag, (el.text or "").strip()) for el in seq] for seq in root.iter("sequence")]


def author_ok(rec: cvbib.Record, gold: str) -> bool:
    gold_words = set(norm(gold).split())
    ours_words = set()
    for p in rec.authors:
        ours_words |= set(norm(f"{p.given} {p.family}").split())
    if not rec.authors:
        return False
    fam_ok = all(set(norm(p.family).split()) <= gold_words for p in rec.authors)
    needed = {w for w in gold_words if len(w) > 2 and w not in NOT_NAMES}
    return fam_ok and needed <= ours_words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print N misses per field")
    args = ap.parse_args()
    files = args.files or FILES
    totals = {f: [0, 0] for f in ("title", "author", "year", "container")}
    misses: dict[str, list[str]] = {f: [] for f in totals}
    for path in files:
        for seq in sequences(path):
            text = " ".join(t for _, t in seq if t)
            gold: dict[str, str] = {}
            for tag, t in seq:
                if tag in ("journal", "container-title") and "container" not in gold:
                    gold["container"] = t
                elif tag in ("title", "author", "date") and tag not in gold:
                    gold[tag] = t
            rec = cvbib.parse_reference(text)
            checks = {}
            if "title" in gold:
                checks["title"] = norm(rec.title) == norm(gold["title"])
            if "author" in gold:
                checks["author"] = author_ok(rec, gold["author"])
            ym = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", gold.get("date", ""))
            if ym:
                checks["year"] = rec.year == int(ym.group(1))
            if "container" in gold:
                g = gold["container"]
                ours = [rec.venue, rec.venue_short]
                kb = venues.lookup(g, fuzzy=False)
                checks["container"] = any(
                    norm_container(o) == norm_container(g) for o in ours if o
                ) or bool(kb and any(venues.lookup(o) is kb for o in ours if o))
            for name, ok in checks.items():
                totals[name][1] += 1
                totals[name][0] += ok
                if not ok and len(misses[name]) < args.show:
                    got = {
                        "title": rec.title,
                        "author": "; ".join(f"{p.given}|{p.family}" for p in rec.authors),
                        "year": rec.year,
                        "container": rec.venue,
                    }[name]
                    want = gold.get(name if name != "year" else "date")
                    misses[name].append(f"  {text[:160]}\n    got {got!r}\n    want {want!r}")
    print(f"{'field':10} {'n':>6} {'accuracy':>9}")
    for name, (ok, n) in totals.items():
        print(f"{name:10} {n:6} {ok / max(n, 1):9.3f}")
    for name, lines in misses.items():
        if lines:
            print(f"\n{name} misses:")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
