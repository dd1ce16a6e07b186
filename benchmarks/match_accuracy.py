"""Match accuracy on the DBLP-ACM and DBLP-Scholar entity-resolution benchmarks.

Usage: python benchmarks/match_accuracy.py [--data DIR] [--show N] [--split NAME]

Each line of a split is ``left TAB right TAB label`` (1 = same publication); a record is
``COL title VAL ... COL authors VAL ... COL venue VAL ... COL year VAL ...`` with lower-case
values and authors as comma-separated "given family" names. Every record becomes a
:class:`cvbib.Record` and :func:`cvbib.merge.match` decides each pair; the script prints
precision, recall and F1 per split (rules were tuned on ``train``; ``valid`` is the check).
Targets on the held-out test splits: DBLP-ACM F1 >= 98.5, DBLP-Scholar F1 >= 94.
``--show N`` lists N false positives and N false negatives of each split with the reason.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

from cvbib.merge import match
from cvbib.model import Person, Record
from cvbib.parse.names import person_from_given_family

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "er"
SPLITS = [
    ("DBLP-ACM", "train", "DBLP-ACM/train.txt"),
    ("DBLP-ACM", "valid", "DBLP-ACM/valid.txt"),
    ("DBLP-Scholar", "train", "DBLP-GoogleScholar/train.txt.balance"),
    ("DBLP-Scholar", "valid", "DBLP-GoogleScholar/valid.txt"),
]
_FIELD = re.compile(r"COL (title|authors|venue|year) VAL")
# The data sets split entities into words: "kr &#228; mer", "large & hellip ;".
_ENTITY = re.compile(r"\s*&\s*(#?\w+)\s*;\s*")
# Scholar's UTF-8 punctuation read as cp1252 and split into words: "â ? ¦" was "…" (a list
# cut short), "â ??" a quote or an apostrophe ("krdbâ ?? 98").
_MOJIBAKE = [(re.compile(r"\s*â \? ¦\s*"), " "), (re.compile(r"\s*â \?\?\s*"), "' ")]


def _unentity(text: str) -> str:
    for bad, good in _MOJIBAKE:
        text = bad.sub(good, text)

    def fix(m: re.Match[str]) -> str:
        char = html.unescape(f"&{m.group(1)};")
        if char == "…":
            return " "
        return char if char != f"&{m.group(1)};" else m.group(0)

    return _ENTITY.sub(fix, text)


def parse_side(text: str) -> dict[str, str]:
    parts = _FIELD.split(text)
    fields: dict[str, str] = {}
    for name, value in zip(parts[1::2], parts[2::2], strict=True):
        fields[name] = _unentity(value).strip()
    return fields


def _year(text: str) -> int | None:
    try:
        year = int(float(text))
    except ValueError:
        return None
    return year if 1800 < year < 2100 else None


# Scholar runs "and" into the next initial of a list cut short: "s chaudhuri andv".
_AND = re.compile(r"\s+and([a-z]?)(?=\s*(?:,|$))")


def _authors(text: str) -> tuple[Person, ...]:
    names = [n.strip() for n in re.split(r"\s*,\s*", _AND.sub(r", \1", text))]
    # A lone letter is what is left of a name cut off by Scholar ("m carey, b"): no name.
    return tuple(person_from_given_family(n) for n in names if sum(c.isalpha() for c in n) >= 2)


def to_record(fields: dict[str, str]) -> Record:
    venue = fields.get("venue", "").strip(" ,") or None
    return Record(
        type="misc",
        title=fields.get("title", ""),
        authors=_authors(fields.get("authors", "")),
        year=_year(fields.get("year", "")),
        venue=venue,
    )


def load(path: Path) -> list[tuple[Record, Record, bool]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 3:
            continue
        left, right = (to_record(parse_side(c)) for c in cols[:2])
        pairs.append((left, right, cols[2].strip() == "1"))
    return pairs


def _show(rec: Record) -> str:
    authors = ", ".join(str(p) for p in rec.authors)
    return f"{rec.title} | {authors} | {rec.venue} | {rec.year}"


def evaluate(pairs: list[tuple[Record, Record, bool]], show: int, label: str) -> tuple[float, ...]:
    tp = fp = fn = 0
    wrong: dict[str, list[str]] = {"false positive": [], "false negative": []}
    for a, b, same in pairs:
        m = match(a, b)
        if m.same and same:
            tp += 1
        elif m.same:
            fp += 1
            wrong["false positive"].append(f"  {m.reason}\n    {_show(a)}\n    {_show(b)}")
        elif same:
            fn += 1
            wrong["false negative"].append(f"  {m.reason}\n    {_show(a)}\n    {_show(b)}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    if show:
        for kind, items in wrong.items():
            print(f"-- {label}: {kind}s ({len(items)})")
            for item in items[:show]:
                print(item)
    return p, r, f1, tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", type=int, default=0, metavar="N")
    ap.add_argument("--split", action="append", help="only these splits, e.g. DBLP-ACM/train")
    args = ap.parse_args(argv)
    print(f"{'data set':<14}{'split':<7}{'pairs':>7}{'P':>8}{'R':>8}{'F1':>8}   tp/fp/fn")
    for name, split, rel in SPLITS:
        if args.split and f"{name}/{split}" not in args.split:
            continue
        path = args.data / rel
        if not path.exists():
            print(f"{name:<14}{split:<7}missing: {path}", file=sys.stderr)
            continue
        pairs = load(path)
        start = time.perf_counter()
        p, r, f1, tp, fp, fn = evaluate(pairs, args.show, f"{name}/{split}")
        took = time.perf_counter() - start
        print(
            f"{name:<14}{split:<7}{len(pairs):>7}{100 * p:>8.2f}{100 * r:>8.2f}{100 * f1:>8.2f}"
            f"   {tp}/{fp}/{fn}  ({took:.1f} s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
