"""find_duplicates(): groups by work, through blocking, without chaining works together."""

from __future__ import annotations

from cvbib.merge import find_duplicates
from cvbib.merge.block import MAX_BLOCK, candidate_pairs
from cvbib.merge.features import features
from cvbib.model import Person

from .helpers import KIVI, people, rec

GALORE = "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection"


def test_groups_cover_every_record_once_in_order() -> None:
    records = [
        rec(title=GALORE),
        rec(),
        rec(title=KIVI.lower(), authors=people("Liu, Z.", "Yuan, J.", "Jin, H.")),
        rec(title="Something Else Entirely About Graphs"),
        rec(doi="10.1/x", title=GALORE.upper()),
    ]
    groups = find_duplicates(records)
    assert groups == [[0, 4], [1, 2], [3]]


def test_empty_and_single() -> None:
    assert find_duplicates([]) == []
    assert find_duplicates([rec()]) == [[0]]


def test_preprint_and_published_version_group() -> None:
    records = [
        rec(venue="arXiv", status="preprint", arxiv="2402.02750", year=2023),
        rec(doi="10.5555/3692070.3693381", arxiv="arXiv:2402.02750v3"),
        rec(title="An Unrelated Paper on Sparse Attention"),
        rec(doi="https://doi.org/10.5555/3692070.3693381", title="KIVI"),
    ]
    assert find_duplicates(records) == [[0, 1, 3], [2]]


def test_look_alikes_stay_apart() -> None:
    records = [
        rec(title=GALORE),
        rec(title=f"Q-{GALORE}"),
        rec(title=f"{KIVI}, Part I"),
        rec(title=f"{KIVI}, Part II"),
        rec(doi="10.1145/1000001", title="A Shared Title For Two DOIs In One Venue"),
        rec(doi="10.1145/1000002", title="A Shared Title For Two DOIs In One Venue"),
    ]
    assert find_duplicates(records) == [[0], [1], [2], [3], [4], [5]]


def test_no_chaining_through_a_record_that_matches_two_works() -> None:
    # The preprint matches a journal version by arXiv id and a conference version by its
    # title; the two versions have their own DOIs and must not become one work.
    preprint = rec(venue="arXiv", status="preprint", arxiv="2402.02750", year=2023)
    journal = rec(doi="10.1109/TPAMI.2025.1", arxiv="2402.02750", title="KIVI++", year=2025)
    conference = rec(doi="10.5555/3692070.3693381")
    groups = find_duplicates([journal, preprint, conference])
    assert not any(0 in g and 2 in g for g in groups)
    assert sorted(len(g) for g in groups) == [1, 2]


def test_part_one_and_part_two_are_not_a_subtitle_dropped() -> None:
    short = rec(title="Database Tuning: Principles, Experiments, and Troubleshooting Techniques")
    part1 = rec(title=f"{short.title} (Part I)")
    part2 = rec(title=f"{short.title} (Part II)")
    assert find_duplicates([part1, short, part2]) == [[0], [1], [2]]


def test_typo_and_dropped_subtitle_are_found_by_blocking() -> None:
    title = "Efficient Memory Management for Large Language Model Serving"
    records = [
        rec(title=f"{title} with PagedAttention: Design and Evaluation of vLLM"),
        rec(title="An Unrelated Paper on Sparse Attention"),
        rec(title=title.replace("Management", "Managment")),
        rec(title=title),
    ]
    pairs = candidate_pairs([features(r) for r in records])
    assert (2, 3) in pairs
    assert find_duplicates(records) == [[0, 2, 3], [1]] or find_duplicates(records) == [
        [0],
        [1],
        [2, 3],
    ]


def test_dropped_subtitle_groups() -> None:
    title = "Efficient Memory Management for Large Language Model Serving"
    records = [rec(title=f"{title}: PagedAttention and vLLM"), rec(title=title)]
    assert find_duplicates(records) == [[0, 1]]


def test_a_huge_block_is_compared_by_neighbours_not_all_pairs() -> None:
    n = 5 * MAX_BLOCK
    records = [
        rec(title="Editorial", authors=(Person(f"Editor{i:03d}", "A."),), year=2000 + i % 20)
        for i in range(n)
    ]
    pairs = candidate_pairs([features(r) for r in records])
    assert len(pairs) < n * 10  # all pairs would be n * (n - 1) / 2 = 19,900
    assert all(len(g) == 1 for g in find_duplicates(records))


def test_many_copies_of_one_doi_form_one_group() -> None:
    records = [rec(doi="10.1145/42", title=f"Copy {i} of a paper") for i in range(60)]
    assert find_duplicates(records) == [list(range(60))]
