"""What a careful reader would flag in a parsed entry, beyond the parser's own warnings."""

from __future__ import annotations

from collections import Counter

from cvbib.model import Person, Record

# Below this the parser was unsure of at least two fields (see cvbib.parse.entry._assess).
LOW_CONFIDENCE = 0.7


def owner_of(records: list[Record]) -> Person | None:
    """The CV owner: the person most often marked as owner across the CV's entries."""
    counts = Counter(r.authors[r.owner] for r in records if r.owner is not None)
    return counts.most_common(1)[0][0] if counts else None


def entry_warnings(rec: Record, owner: Person | None) -> list[str]:
    """The parser's warnings, then low confidence, a missing owner, a name listed twice."""
    out = list(rec.warnings)
    if rec.confidence < LOW_CONFIDENCE:
        out.append(f"low confidence ({rec.confidence:.2f})")
    if owner is not None and rec.authors and rec.owner is None:
        out.append(f"odd author list: the CV owner ({owner}) is not among the authors")
    twice = [p for p, n in Counter(rec.authors).items() if n > 1]
    if twice:
        out.append(f"odd author list: {twice[0]} is listed twice")
    return out
