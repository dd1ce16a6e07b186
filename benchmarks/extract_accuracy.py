"""Extraction accuracy against hand labels.

Usage:
  python benchmarks/extract_accuracy.py                 # seeds (../shared/seeds) and examples/
  python benchmarks/extract_accuracy.py --set examples  # only examples/ (labels in tests/labels)
  python benchmarks/extract_accuracy.py --show          # list every mismatch
  python benchmarks/extract_accuracy.py --labels DIR --cvs DIR   # your own labels and CVs

Labels are JSON files ``{"file": ..., "entries": [{"line", "title", "authors", "year",
"type", "venue", ...}]}`` written by hand. An extracted record matches a label when it
starts on the label's line (or, when none does, within six lines below it, on a line no
other label names: labels of HTML may give the line an entry's element opens on). Figures
per file and overall: entries found, spurious entries, and exact title / authors / year /
type / venue.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import cvbib  # noqa: E402
from cvbib.model import Record  # noqa: E402
from cvbib.normalize import venues  # noqa: E402

SETS = {
    "seeds": (ROOT / "benchmarks" / "labels" / "seeds", ROOT.parent / "shared" / "seeds"),
    "examples": (ROOT / "tests" / "labels", ROOT / "examples"),
}
FIELDS = ("title", "authors", "year", "type", "venue")


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip()


def norm_key(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKD", s or "").lower()).strip()


def norm_given(s: str | None) -> str:
    """Initials are the same however written: "PN", "P.N." and "P. N." are one value;
    so is the case of a name (cvbib writes "AJAY" as "Ajay")."""
    return re.sub(r"[.\s]", "", norm(s)).lower()


def authors_equal(rec: Record, label: list[dict[str, str]]) -> bool:
    got = [(norm_given(p.given), norm(p.family).lower()) for p in rec.authors]
    want = [(norm_given(a.get("given")), norm(a.get("family")).lower()) for a in label]
    return got == want


def _unnumbered(key: str) -> str:
    """A venue without its edition's ordinal and year ("Proc. 23rd Eur. Conf.", "2023 IEEE
    26th ITSC" name the series; cvbib keeps the year in its own field)."""
    return re.sub(r"\s+", " ", re.sub(r"\b(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\b", "", key)).strip()


def venue_equal(rec: Record, lab: dict[str, Any]) -> bool:
    label = lab.get("venue")
    if not label:
        # a preprint's venue is its server (arXiv, bioRxiv, PsyArXiv)
        server = venues.lookup(rec.venue or "", fuzzy=False)
        return not rec.venue or bool(server and server.kind == "preprint")
    written = [rec.venue_short, rec.venue, rec.publisher]
    if rec.venue and rec.venue_short:
        written.append(f"{rec.venue} ({rec.venue_short})")  # "Proc. ... Meeting (PESGM)"
    candidates = {_unnumbered(norm_key(x)) for x in written if x}
    if _unnumbered(norm_key(label)) in candidates:
        return True
    # A submitted paper has no venue yet; cvbib keeps "Submitted to X" as a remark.
    if any(norm_key(x) == norm_key(f"Submitted to {label}") for x in rec.extra):
        return True
    # A workshop labelled by its host conference ("KDD" for the MLG workshop at KDD)
    src = rec.source.text if rec.source else ""
    if rec.workshop and lab.get("workshop") and re.search(rf"\b{re.escape(label)}\b", src):
        return True
    kb = venues.lookup(label)
    if not kb:
        return False
    # the same venue by another of its names, also where it is under review
    targets = [x.removeprefix("Submitted to ") for x in rec.extra if x.startswith("Submitted to ")]
    return any(venues.lookup(x) is kb for x in (rec.venue_short, rec.venue, *targets) if x)


def field_ok(name: str, rec: Record, lab: dict[str, Any]) -> bool:
    if name == "title":
        return norm(rec.title) == norm(lab["title"])
    if name == "authors":
        return authors_equal(rec, lab["authors"])
    if name == "year":
        return rec.year == lab["year"]
    if name == "type":
        return rec.type == lab["type"]
    return venue_equal(rec, lab)


@dataclass
class Tally:
    labels: int = 0
    found: int = 0
    spurious: int = 0
    ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    mismatches: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.labels += other.labels
        self.found += other.found
        self.spurious += other.spurious
        for k in FIELDS:
            self.ok[k] += other.ok[k]
        self.mismatches += other.mismatches

    def row(self, name: str) -> str:
        n = max(self.labels, 1)
        cells = [f"{self.ok[k] / n:6.1%}" for k in FIELDS]
        return f"{name:32} {self.labels:5} {self.found / n:7.1%} {self.spurious:5}  " + " ".join(
            cells
        )


def evaluate(label_file: Path, inputs: Path) -> Tally:
    spec = json.loads(label_file.read_text(encoding="utf-8"))
    path = inputs / spec["file"]
    records = cvbib.extract(str(path))
    by_line = {r.source.line: r for r in records if r.source}
    t = Tally(labels=len(spec["entries"]))
    used = set()
    labelled = {lab["line"] for lab in spec["entries"]}
    for lab in spec["entries"]:
        line = lab["line"]
        if line not in by_line:
            # labels of HTML may name the line an entry's element opens on ("<div
            # class='pub'>"), records the line of its first words a few lines below
            line = next(
                (n for n in range(line + 1, line + 7) if n in by_line and n not in labelled),
                line,
            )
        rec = by_line.get(line)
        if rec is None or line in used:
            t.mismatches.append(
                f"{spec['file']}:{lab['line']}: MISSING {(lab['title'] or '(no title)')[:60]!r}"
            )
            continue
        used.add(line)
        t.found += 1
        for name in FIELDS:
            if field_ok(name, rec, lab):
                t.ok[name] += 1
            else:
                got = {
                    "title": rec.title,
                    "authors": "; ".join(f"{p.given}|{p.family}" for p in rec.authors),
                    "year": rec.year,
                    "type": rec.type,
                    "venue": f"{rec.venue_short} / {rec.venue}",
                }[name]
                want = (
                    "; ".join(f"{a['given']}|{a['family']}" for a in lab["authors"])
                    if name == "authors"
                    else lab.get(name)
                )
                t.mismatches.append(
                    f"{spec['file']}:{lab['line']}: {name}: got {got!r} want {want!r}"
                )
    for line, rec in by_line.items():
        if line not in used:
            t.spurious += 1
            t.mismatches.append(f"{spec['file']}:{line}: SPURIOUS {rec.title[:60]!r}")
    return t


def run(sets: list[str], show: bool, extra: dict[str, tuple[Path, Path]] | None = None) -> Tally:
    total = Tally()
    header = f"{'file':32} {'label':>5} {'found':>7} {'spur':>5}  " + " ".join(
        f"{k:>6}" for k in FIELDS
    )
    print(header)
    known = {**SETS, **(extra or {})}
    for name in sets:
        labels, inputs = known[name]
        if not labels.exists() or not inputs.exists():
            print(f"({name}: {labels} or {inputs} missing, skipped)")
            continue
        for lf in sorted(labels.glob("*.json")):
            t = evaluate(lf, inputs)
            print(t.row(lf.stem))
            total.add(t)
    print(total.row("ALL"))
    if show:
        print("\n".join(total.mismatches))
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append")
    ap.add_argument("--show", action="store_true", help="list every mismatch")
    ap.add_argument("--labels", type=Path, help="a folder of label files (with --cvs)")
    ap.add_argument("--cvs", type=Path, help="the folder of the CVs those labels describe")
    args = ap.parse_args()
    if bool(args.labels) != bool(args.cvs):
        ap.error("--labels and --cvs go together")
    if args.labels:
        run(["yours"], args.show, {"yours": (args.labels, args.cvs)})
        return
    run(args.set or sorted(SETS, reverse=True), args.show)


if __name__ == "__main__":
    main()
