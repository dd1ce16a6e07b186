from __future__ import annotations

import pytest

from cvbib.normalize import venues


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The 41st International Conference on Machine Learning", "ICML"),
        ("Proc. of ICML 2024", "ICML"),
        ("The Forty-first International Conference on Machine Learning (ICML)", "ICML"),
        ("The 37th Conference on Neural Information Processing Systems", "NeurIPS"),
        ("NIPS", "NeurIPS"),
        ("IEEE Trans. Parallel Distrib. Syst.", "TPDS"),
        ("IEEE Transactions on Pattern Analysis and Machine Intelligence", "TPAMI"),
        ("Micro", "MICRO"),
        ("Machine Learning Journal", "MLJ"),
        ("38th IEEE International Parallel & Distributed Processing Symposium", "IPDPS"),
        ("The Web Conference", "WWW"),
        ("Some Unknown Local Workshop", None),
    ],
)
def test_lookup(text: str, acronym: str | None) -> None:
    v = venues.lookup(text)
    assert (v.acronym if v else None) == acronym


def test_knowledge_base_is_large_and_well_formed() -> None:
    assert venues.count() >= 150
    for v in venues.index().venues:
        assert v.kind in {"conference", "journal", "workshop", "preprint"}
        assert v.name and v.acronym


def test_acronyms_in_text_skip_ordinary_words() -> None:
    found = [
        v.acronym
        for v, _, _ in venues.find_acronyms(
            "Bachelor of Science, Nature Communications, (ICML), PMLR"
        )
    ]
    assert found == ["ICML"]
