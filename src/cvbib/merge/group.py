"""Groups of records that are one work: matched pairs joined, without chaining.

Matched pairs are joined strongest first (shared ids, then by score). Two groups are only
joined when no record of one conflicts with a record of the other (different DOIs, "Part I"
and "Part II", years far apart): a preprint matched to both parts of a paper must not make
the two parts one work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cvbib.bulk import gc_paused
from cvbib.merge.block import candidate_pairs
from cvbib.merge.features import Features, features
from cvbib.merge.match import Match, match_features
from cvbib.model import Record

# Cross-checks between two groups stop at this many members a side (huge groups of one DOI
# would otherwise cost quadratic time).
CHECK_LIMIT = 24


def find_duplicates(
    records: Sequence[Record], apart: Callable[[int, int], bool] | None = None
) -> list[list[int]]:
    """Indices of ``records`` grouped by work: every index in exactly one group (groups of
    one included), each group sorted, groups sorted by their first index. ``apart(i, j)``
    true keeps two records in different groups (the user's "not a duplicate" marks)."""
    with gc_paused():
        return group_features([features(r) for r in records], apart)


def group_features(
    feats: Sequence[Features], apart: Callable[[int, int], bool] | None = None
) -> list[list[int]]:
    """:func:`find_duplicates` on precomputed features."""
    cache: dict[tuple[int, int], Match] = {}

    def decide(i: int, j: int) -> Match:
        key = (i, j) if i < j else (j, i)
        m = cache.get(key)
        if m is None:
            m = cache[key] = match_features(feats[key[0]], feats[key[1]])
        return m

    edges = []
    for i, j in candidate_pairs(feats):
        m = decide(i, j)
        if m.same:
            edges.append((-m.score, i, j))
    edges.sort()
    parent = list(range(len(feats)))
    members: dict[int, list[int]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in edges:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        gi, gj = members.get(ri, [ri]), members.get(rj, [rj])
        if any(decide(x, y).conflict for x in gi[:CHECK_LIMIT] for y in gj[:CHECK_LIMIT]):
            continue
        if apart and any(apart(x, y) for x in gi for y in gj):
            continue
        if len(gi) < len(gj):
            ri, rj, gi, gj = rj, ri, gj, gi
        parent[rj] = ri
        members[ri] = gi + gj
        members.pop(rj, None)
    groups: dict[int, list[int]] = {}
    for i in range(len(feats)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
