"""Candidate pairs by blocking: which records are worth comparing at all.

Comparing every pair of a 100,000-entry library is 5 * 10^9 comparisons. Instead each record
gets a few keys and only records sharing a key are compared:

- its DOI and its arXiv id;
- its whole normalised title;
- pairs of its rarest title words (the 4 rarest give 6 keys), for the whole title and for
  the main title before a colon. A typo changes one word and so spoils only the keys with
  that word; a dropped subtitle leaves the main title's keys.

A key that many records share (a common title such as "Editorial") would give a quadratic
block; such a block is sorted and only neighbours are compared. So the cost grows about
linearly with the number of records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import combinations

from cvbib.merge.features import Features
from cvbib.merge.titles import is_number

# Rarest title words per record that form keys, and the pairs they give.
RARE_WORDS = 4
# A block larger than this is compared by sorted neighbourhood, not all pairs.
MAX_BLOCK = 40
# How many sorted neighbours each record of a large block is compared with.
WINDOW = 6


def _rare_pairs(ranked: list[str]) -> list[tuple[str, ...]]:
    """Keys from words ranked rarest first: every pair of the first few."""
    top = sorted(ranked[:RARE_WORDS])
    if len(top) < 2:
        return [(w,) for w in top]
    return list(combinations(top, 2))


def _title_words(f: Features) -> list[str]:
    # Numbers make poor keys ("2", "2023") and are checked by the matcher anyway.
    return [w for w in f.title.content if len(w) > 1 and not is_number(w)]


def blocking_keys(feats: Sequence[Features]) -> list[list[Hashable]]:
    """The blocking keys of each record: word pairs as tuples, the rest as strings."""
    words = [_title_words(f) for f in feats]
    freq: Counter[str] = Counter()
    for ws in words:
        freq.update(ws)
    rank = freq.__getitem__
    out: list[list[Hashable]] = []
    for f, ws in zip(feats, words, strict=True):
        ws.sort()  # ties in frequency go by spelling, the same way in every record
        ws.sort(key=rank)
        keys: list[Hashable] = list(_rare_pairs(ws))
        main = f.title.main
        if main and len(main) < len(ws):
            in_main = set(main)
            keys.extend(_rare_pairs([w for w in ws if w in in_main]))
        if f.title.compact:
            keys.append("t:" + f.title.compact)
        if f.doi:
            keys.append("d:" + f.doi)
        if f.arxiv:
            keys.append("a:" + f.arxiv)
        out.append(keys)
    return out


def candidate_pairs(feats: Sequence[Features]) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of records that share a blocking key."""
    blocks: defaultdict[Hashable, list[int]] = defaultdict(list)
    for i, keys in enumerate(blocking_keys(feats)):
        for key in keys:
            block = blocks[key]
            if not block or block[-1] != i:  # a key may come twice (main = whole title)
                block.append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        n = len(members)
        if n < 2:
            continue
        if n == 2:
            pairs.add((members[0], members[1]))
        elif n <= MAX_BLOCK:
            pairs.update(combinations(members, 2))
        else:
            # Sorted neighbourhood: near-equal titles (and equal ids) sort next to each other.
            ordered = sorted(members, key=lambda i: feats[i].title.compact)
            for pos, i in enumerate(ordered):
                for j in ordered[pos + 1 : pos + 1 + WINDOW]:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs
