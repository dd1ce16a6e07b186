"""Free-text reference parsing against AnyStyle's labelled references (train/dev only).

Usage: python benchmarks/parse_accuracy.py [FILE.xml ...] [--split dev|train|all] [--show N]
Default: the dev part of ../shared/data/parse/*.xml (the references the tagger is never
trained on; the split is fixed by a hash of each reference, see cvbib.parse.crf_data).
Files named on the command line are measured whole (--split all), e.g. a held-out set.

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
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unidecode import unidecode  # noqa: E402

import cvbib  # noqa: E402
from cvbib.normalize import venues  # noqa: E402
from cvbib.parse import crf_data  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "parse"
NOT_NAMES = {"and", "et", "al", "eds", "ed", "edited", "by", "in", "with", "the", "und", "y"}
FIELDS = ("title", "author", "year", "container")
STRICT_PREFIX = False


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = unidecode(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


CONTAINER_PREFIX = re.compile(r"^(?:in|the|proceedings|proc|of)\s+")


def norm_container(s: str | None) -> str:
    """'In the Proceedings of X' and 'Proceedings of X' are one container: X.

    (An earlier version stripped one prefix only, by an alternation whose first branch 'in'
    shadowed 'in proceedings of'; run with --strict-prefix for its figures.)
    """
    s = norm(s)
    if STRICT_PREFIX:
        return re.sub(r"^(?:in|in proceedings of|proceedings of|proc|proc of)\s+", "", s)
    while CONTAINER_PREFIX.match(s):
        s = CONTAINER_PREFIX.sub("", s, count=1)
    return s


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


def check(rec: cvbib.Record, pieces: tuple[tuple[str, str], ...]) -> dict[str, bool]:
    """Which of the labelled fields the record got right."""
    gold: dict[str, str] = {}
    for tag, t in pieces:
        if tag in ("journal", "container-title") and "container" not in gold:
            gold["container"] = t
        elif tag in ("title", "author", "date") and tag not in gold:
            gold[tag] = t
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
    return checks


def evaluate(
    refs: list[crf_data.Labelled], parse: Callable[[str], cvbib.Record], show: int = 0
) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    """Per-field [right, total] over ``refs``, and up to ``show`` misses per field."""
    totals = {f: [0, 0] for f in FIELDS}
    misses: dict[str, list[str]] = {f: [] for f in FIELDS}
    for ref in refs:
        text = ref.text
        rec = parse(text)
        for name, ok in check(rec, ref.pieces).items():
            totals[name][1] += 1
            totals[name][0] += ok
            if not ok and len(misses[name]) < show:
                got = {
                    "title": rec.title,
                    "author": "; ".join(f"{p.given}|{p.family}" for p in rec.authors),
                    "year": rec.year,
                    "container": rec.venue,
                }[name]
                tag = {"year": "date", "container": "journal"}.get(name, name)
                want = next((t for g, t in ref.pieces if g == tag), None)
                if name == "container" and want is None:
                    want = next((t for g, t in ref.pieces if g == "container-title"), None)
                misses[name].append(f"  {text[:160]}\n    got {got!r}\n    want {want!r}")
    return totals, misses


def report(totals: dict[str, list[int]]) -> None:
    print(f"{'field':10} {'n':>6} {'accuracy':>9}")
    for name, (ok, n) in totals.items():
        print(f"{name:10} {n:6} {ok / max(n, 1):9.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--split", choices=("dev", "train", "all"), default=None)
    ap.add_argument("--show", type=int, default=0, help="print N misses per field")
    ap.add_argument(
        "--strict-prefix", action="store_true", help="the earlier container normalisation"
    )
    args = ap.parse_args()
    global STRICT_PREFIX
    STRICT_PREFIX = args.strict_prefix
    files = args.files or sorted(DATA.glob("*.xml"))
    which = args.split or ("all" if args.files else "dev")
    refs = [r for path in files for r in crf_data.read_xml(path)]
    train, dev = crf_data.split(refs)
    refs = {"dev": dev, "train": train, "all": refs}[which]
    print(f"{len(refs)} references ({which})")
    t0 = time.perf_counter()
    totals, misses = evaluate(refs, cvbib.parse_reference, args.show)
    secs = time.perf_counter() - t0
    report(totals)
    print(f"{1000 * secs / max(len(refs), 1):.2f} ms per reference")
    for name, lines in misses.items():
        if lines:
            print(f"\n{name} misses:")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
