"""Blocking keys: duplicates with typos, cut-short titles and rare typo words share a key."""

from __future__ import annotations

from cvbib.merge.block import blocking_keys, candidate_pairs
from cvbib.merge.features import features

from .helpers import rec

# Titles of other works, so that word frequencies are not all one.
FILLER = [
    "Sparse Attention for Long Documents",
    "Graph Neural Networks for Molecules",
    "Efficient Training of Large Language Models",
    "Federated Learning with Differential Privacy",
]


def _pairs(titles: list[str]) -> set[tuple[int, int]]:
    return candidate_pairs([features(rec(title=t)) for t in titles])


def test_a_typo_in_a_three_word_title_still_shares_a_key() -> None:
    # The one triple of a three-word title is the whole title; pairs survive a typo.
    pairs = _pairs([*FILLER, "Mentor Complex Records", "Mentor Compex Records"])
    assert (4, 5) in pairs


def test_a_typo_in_each_copy_still_shares_a_key() -> None:
    # "antibodis" and "optiized" are words no other record has: ranked last, they do not
    # push the shared rare words out of the keys.
    a = "Antibodis the toxoplasma optimized via taxonomic ozone debugger federation"
    b = "Antibodies the toxoplasma optiized via taxonomic ozone debugger federation"
    assert (4, 5) in _pairs([*FILLER, a, b])


def test_a_title_cut_short_shares_its_first_words() -> None:
    # The whole title's rarest words are all in the part that was cut off (another work
    # has them too, so they are no typos): only the first words are left to share.
    full = "Flows Nature Under Provide Corrosion Film Autophagy"
    other = "Autophagy and Corrosion of a Film"
    assert (5, 6) in _pairs([*FILLER, other, full, "Flows nature under provide"])


def test_unrelated_titles_share_no_key() -> None:
    assert _pairs(FILLER) == set()


def test_keys_are_triples_of_rare_words_for_long_titles() -> None:
    keys = blocking_keys([features(rec(title=t)) for t in FILLER])
    word_keys = [k for k in keys[2] if isinstance(k, tuple)]
    assert word_keys and all(len(k) == 3 for k in word_keys)
