"""The whole merge step: find the groups of one work, combine each into one record.

This is what a command line ``merge`` needs: records in, merged records and a report out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cvbib.merge.combine import Conflict, combine
from cvbib.merge.group import find_duplicates
from cvbib.model import Record


@dataclass
class Merged:
    """One output record and what it was made of."""

    record: Record
    indices: list[int]  # positions of the input records it combines
    conflicts: list[Conflict] = field(default_factory=list)


def dedupe(records: Sequence[Record]) -> list[Merged]:
    """One :class:`Merged` per work, in the order of each work's first record."""
    out = []
    for group in find_duplicates(records):
        if len(group) == 1:
            out.append(Merged(records[group[0]], group))
            continue
        merged, conflicts = combine([records[i] for i in group])
        out.append(Merged(merged, group, conflicts))
    return out
