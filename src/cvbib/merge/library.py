"""One library from many inputs: group duplicates, combine each group, explain why.

Two steps, so that merging into a library is idempotent:
1. the inputs are grouped among themselves and each group is combined into one record;
2. each combined record is looked up in the target library (``--into``): when it matches
   a library record it is already there (the best-scoring library record is its twin);
   otherwise it is new. Library records are never grouped with each other or changed.
Running the same merge twice therefore finds each record of the first run as its own twin.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from cvbib.bulk import gc_paused
from cvbib.model import Record

# Pairs explained per group: a group of n members has n(n-1)/2 pairs; past this many
# members only each member's pair with the first is scored.
MAX_ALL_PAIRS = 8


@dataclass
class Group:
    """One work: its merged record, the records it came from, and the decisions."""

    record: Record
    members: list[int]  # indices into the list of records given to merge_records
    pairs: list[tuple[int, int, float, str]] = field(default_factory=list)
    conflicts: list[object] = field(default_factory=list)  # cvbib.merge.combine.Conflict
    existing: int | None = None  # index of the target library's record, when there is one


def _explain(records: list[Record], members: list[int]) -> list[tuple[int, int, float, str]]:
    from cvbib.merge.match import match

    if len(members) < 2:
        return []
    todo = (
        combinations(members, 2)
        if len(members) <= MAX_ALL_PAIRS
        else ((members[0], j) for j in members[1:])
    )
    out = []
    for i, j in todo:
        m = match(records[i], records[j])
        out.append((i, j, round(m.score, 3), m.reason))
    return out


@gc_paused()
def merge_records(
    records: list[Record],
    library_size: int = 0,
    apart: Callable[[int, int], bool] | None = None,
) -> list[Group]:
    """Group and combine; the first ``library_size`` records are the target library.

    Groups come in the library's order (one per library record), then new works in input
    order. ``apart(i, j)`` (indices into ``records``) keeps two records in different groups:
    the corrections file's "not a duplicate" (:func:`cvbib.corrections.apart`).
    """
    from cvbib.merge.combine import combine, differences
    from cvbib.merge.group import find_duplicates
    from cvbib.merge.match import match

    library = records[:library_size]
    inputs = records[library_size:]
    groups: list[Group] = []
    shifted = (lambda i, j: apart(library_size + i, library_size + j)) if apart else None
    for idx in find_duplicates(inputs, shifted):
        members = sorted(library_size + i for i in idx)
        if len(members) == 1:
            merged, conflicts = records[members[0]], []
        else:
            merged, conflicts = combine([records[i] for i in members])
        groups.append(Group(merged, members, _explain(records, members), list(conflicts)))
    if not library:
        return groups
    # Step 2: find each combined record's twin in the library.
    merged_list = [g.record for g in groups]
    cluster_of = {i: c for c in find_duplicates(library + merged_list) for i in c}
    by_library: dict[int, Group] = {}
    new_groups = []
    for g_index, g in enumerate(groups):
        cluster = cluster_of[library_size + g_index]
        twins = [
            i
            for i in cluster
            if i < library_size
            and i not in by_library
            and not (apart and any(apart(i, k) for k in g.members))
        ]
        best = None
        best_score = -1.0
        for i in twins:
            m = match(library[i], g.record)
            if m.same and m.score > best_score:
                best, best_score = i, m.score
        if best is None:
            new_groups.append(g)
            continue
        m = match(library[best], g.record)
        g.existing = best
        g.members = [best, *g.members]
        g.pairs = [(best, g.members[1], round(m.score, 3), m.reason), *g.pairs]
        # The library's entry stays as it is; where the inputs say otherwise, the report
        # shows it (in place of how the inputs were combined among themselves).
        inputs_of_g = [records[i] for i in g.members[1:]]
        g.conflicts = list(differences(library[best], inputs_of_g, "library entry kept"))
        g.record = library[best]
        by_library[best] = g
    out = [by_library.get(i) or Group(library[i], [i], existing=i) for i in range(library_size)]
    return out + new_groups
