"""Everything the review page shows, gathered from the inputs: no HTML here.

Each CV is extracted (keeping what was skipped and why), the corrections are applied, and
all kept records, CVs and libraries together, go through the same merge as ``cvbib merge``
so that the page shows the duplicate groups that command would form.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cvbib.corrections import Correction, Corrections, apart, correct, record_fingerprint
from cvbib.extract import extract_file
from cvbib.inputs import input_kind, read_input
from cvbib.model import Person, Record, Warning_
from cvbib.review.checks import entry_warnings, owner_of

if TYPE_CHECKING:
    from cvbib.merge.library import Group


@dataclass
class Entry:
    """One publication entry of a CV, as parsed and as corrected."""

    parsed: Record  # what the parser read, before any correction
    record: Record  # after the correction (the same when there is none)
    fingerprint: str
    correction: Correction | None = None
    warnings: list[str] = field(default_factory=list)
    group: int | None = None  # number of its duplicate group on the page
    duplicates: list[str] = field(default_factory=list)  # fingerprints of its group's others

    @property
    def dropped(self) -> bool:
        return bool(self.correction and self.correction.not_publication)


@dataclass
class InputReview:
    """One input: a CV with its entries, or a library with its records."""

    path: str
    kind: str  # "cv" or a library kind
    format: str = ""
    entries: list[Entry] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, heading)
    problems: list[Warning_] = field(default_factory=list)  # file-level warnings
    owner: Person | None = None

    @property
    def kept(self) -> list[Entry]:
        return [e for e in self.entries if not e.dropped]


@dataclass
class Review:
    inputs: list[InputReview]
    groups: list[Group]  # the merge's groups of two or more records
    report: list[dict[str, Any]]  # their merge report data (reasons, scores, conflicts)
    records: list[Record]  # what was merged: the kept entries, in page order
    where: list[tuple[int, int]]  # (input, entry) of each of those records
    corrections: Corrections
    unused: list[Correction]

    @property
    def entries(self) -> list[Entry]:
        return [e for inp in self.inputs for e in inp.entries]

    def counts(self, what: str) -> list[tuple[str, int]]:
        """Kept entries of the CVs by "cv", "year" or "type"."""
        kept = [(inp, e) for inp in self.inputs if inp.kind == "cv" for e in inp.kept]
        if what == "cv":
            return [(Path(inp.path).name, len(inp.kept)) for inp in self.inputs if inp.kind == "cv"]
        if what == "year":
            c = Counter(str(e.record.year or "no year") for _, e in kept)
            return sorted(c.items())
        c = Counter(e.record.type for _, e in kept)
        return c.most_common()


def _entries(records: list[Record], corrections: Corrections) -> list[Entry]:
    out = []
    for rec in records:
        corr = corrections.get(rec)
        fixed = correct(rec, corr) if corr else rec
        out.append(Entry(rec, fixed, record_fingerprint(rec), corr))
    return out


def review_input(path: str, corrections: Corrections, fmt: str | None = None) -> InputReview:
    """Read one input for the page; problems are a CvbibError naming the file."""
    if input_kind(path) == "cv":
        ex = extract_file(path, fmt)
        problems = [
            w
            for w in ex.warnings
            if not any(w.message in r.warnings for r in ex.records)  # shown with the entry
        ]
        inp = InputReview(
            ex.path, "cv", ex.format, _entries(ex.records, corrections), ex.skipped_sections
        )
        inp.problems = problems
    else:
        lib = read_input(path)
        inp = InputReview(lib.path, lib.kind, lib.kind, _entries(lib.records, corrections))
        inp.problems = list(lib.warnings)
    inp.owner = owner_of([e.record for e in inp.kept]) if inp.kind == "cv" else None
    for e in inp.entries:
        e.warnings = entry_warnings(e.record, inp.owner) if inp.kind == "cv" else []
    return inp


def build_review(inputs: list[InputReview], corrections: Corrections) -> Review:
    """Merge every kept record as ``cvbib merge`` would and number the duplicate groups."""
    from cvbib.merge.library import merge_records
    from cvbib.merge.report import report_data

    where: list[tuple[int, int]] = []
    records: list[Record] = []
    for i, inp in enumerate(inputs):
        for j, e in enumerate(inp.entries):
            if not e.dropped:
                where.append((i, j))
                records.append(e.record)
    groups = [
        g for g in merge_records(records, 0, apart(records, corrections)) if len(g.members) > 1
    ]
    for n, g in enumerate(groups, 1):
        prints = [record_fingerprint(records[k]) for k in g.members]
        for k, fp in zip(g.members, prints, strict=True):
            i, j = where[k]
            inputs[i].entries[j].group = n
            inputs[i].entries[j].duplicates = [p for p in prints if p != fp]
    unused = corrections.unused(e.parsed for inp in inputs for e in inp.entries)
    report = report_data(groups, records)["groups"]
    return Review(inputs, groups, report, records, where, corrections, unused)
