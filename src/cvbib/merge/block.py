"""Candidate pairs by blocking: which records are worth comparing at all.

Comparing every pair of a 100,000-entry library is 5 * 10^9 comparisons. Instead each record
gets a few keys and only records sharing a key are compared:

- its DOI and its arXiv id;
- its whole normalised title;
- triples of its rarest title words (the 4 rarest give 4 keys; pairs for a title of three
  words), for the whole title and for the main title before a colon. A typo changes one
  word and so spoils only the keys with that word; a word no other record has (a typo) is
  ranked last so that it displaces no shared word; a dropped subtitle leaves the main
  title's keys. Triples, not pairs: among a million titles of a small vocabulary, pairs of
  rare words are common and make large blocks;
- its first three content words, for a title cut short after them ("Flows nature under
  provide" for a title of nine words);
- its journal, volume and first page, for the titleless entries of physics lists.

A key that many records share (a common title such as "Editorial") would give a quadratic
block; such a block is sorted and only neighbours are compared. So the cost grows about
linearly with the number of records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import combinations

from cvbib.merge.features import Features
from cvbib.merge.keys import STOP
from cvbib.merge.titles import is_number

# Rarest title words per record that form keys, and how many of them make one key.
RARE_WORDS = 4
KEY_WORDS = 3
# How many leading content words form the key of a title cut short.
PREFIX_WORDS = 3
# A block larger than this is compared by sorted neighbourhood, not all pairs.
MAX_BLOCK = 40
# How many sorted neighbours each record of a large block is compared with.
WINDOW = 6


def _rare_keys(ranked: list[str]) -> list[tuple[str, ...]]:
    """Keys from words ranked rarest first: every triple of the first few (every pair when
    a title has fewer words). A typo changes one word and spoils only the keys that hold it;
    triples stay rare even among a million titles of a small vocabulary."""
    top = sorted(ranked[:RARE_WORDS])
    if len(ranked) <= KEY_WORDS:
        # A short title: its one triple would be the whole title, which a typo spoils.
        return list(combinations(top, 2)) if len(top) > 1 else [tuple(top)] if top else []
    return list(combinations(top, KEY_WORDS))


def _key_word(w: str) -> bool:
    # Numbers make poor keys ("2", "2023") and are checked by the matcher anyway.
    return len(w) > 1 and not is_number(w)


def blocking_keys(feats: Sequence[Features]) -> list[list[Hashable]]:
    """The blocking keys of each record: word pairs as tuples, the rest as strings."""
    freq: Counter[str] = Counter()
    for f in feats:
        freq.update(f.title.content)
    # One global order of the key words, rarest first, ties by spelling (the same way in
    # every record). A word no other record has (mostly a typo) can be in no shared key:
    # it goes last, so that it does not push out a rare word the record shares with its
    # duplicate. Sorting each title by position in this order is a C-level sort.
    last = len(feats) + 1
    ranked = sorted(
        (w for w in freq if _key_word(w)), key=lambda w: (freq[w] if freq[w] > 1 else last, w)
    )
    position = {w: i for i, w in enumerate(ranked)}
    out: list[list[Hashable]] = []
    for f in feats:
        ws = sorted(position.keys() & f.title.content, key=position.__getitem__)
        keys: list[Hashable] = list(_rare_keys(ws))
        main = f.title.main
        if main and len(main) < len(ws):
            in_main = set(main)
            keys.extend(_rare_keys([w for w in ws if w in in_main]))
        if f.title.compact:
            keys.append("t:" + f.title.compact)
        head = [w for w in f.title.words if w not in STOP][:PREFIX_WORDS]
        if len(head) == PREFIX_WORDS:
            keys.append("p:" + " ".join(head))
        if f.doi:
            keys.append("d:" + f.doi)
        if f.arxiv:
            keys.append("a:" + f.arxiv)
        if f.locator:  # volume and page: the venue's name is written many ways
            keys.append("l:" + "|".join(f.locator[1:]))
        elif not f.title.compact and f.year:
            # no title, no volume and page ("Inorg. Chem., 2024, in press"): its year and
            # first author
            first = f.authors[0] if f.authors else None
            if first is not None:
                keys.append(f"n:{f.year}:{first.family}")
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
