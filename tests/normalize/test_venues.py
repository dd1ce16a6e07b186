from __future__ import annotations

from pathlib import Path

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
        # the society before a conference's acronym; a journal named so is found whole
        ("Proc. IEEE ICASSP", "ICASSP"),
        ("ACM/IEEE ISCA", "ISCA"),
        ("IEEE Micro", "IEEE Micro"),
        ("NatAs", "Nat. Astron."),
    ],
)
def test_lookup(text: str, acronym: str | None) -> None:
    v = venues.lookup(text)
    assert (v.acronym if v else None) == acronym


def test_knowledge_base_is_large_and_well_formed() -> None:
    assert venues.count() >= 150
    for v in venues.index().venues:
        assert v.kind in {"conference", "journal", "workshop", "preprint", "repository", "data"}
        assert v.name and v.acronym


def test_acronyms_in_text_skip_ordinary_words() -> None:
    found = [
        v.acronym
        for v, _, _ in venues.find_acronyms(
            "Bachelor of Science, Nature Communications, (ICML), PMLR"
        )
    ]
    assert found == ["ICML"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # journals of many fields, by their ISO 4, MEDLINE and house abbreviations
        ("J. Atmos. Sci.", "Journal of the Atmospheric Sciences"),
        ("Mon. Wea. Rev.", "Monthly Weather Review"),
        ("J Neurosci", "Journal of Neuroscience"),
        ("AJPS", "American Journal of Political Science"),
        ("Proc. ACM Hum.-Comput. Interact.", "Proceedings of the ACM on Human-Computer Interaction"),
        ("IMWUT", "Proceedings of the ACM on Interactive, Mobile, Wearable and Ubiquitous Technologies"),
        # "Proceedings of the IEEE" is a journal; "IEEE" alone is its publisher
        ("Proceedings of the IEEE", "Proceedings of the IEEE"),
        ("IEEE", None),
        ("Proc. ICML", "International Conference on Machine Learning"),
        # an abbreviation one word short of another journal's is not that journal
        ("Amer. Math. Soc.", None),
    ],
)  # fmt: skip
def test_journals_of_other_fields(text: str, name: str | None) -> None:
    v = venues.lookup(text)
    assert (v.name if v else None) == name


def test_a_journal_acronym_that_opens_another_name_is_not_found() -> None:
    assert [v.acronym for v, _, _ in venues.find_acronyms("JAMA Cardiol. 2021;6(3):1")] == []
    assert [v.acronym for v, _, _ in venues.find_acronyms("JAMA. 2021;325(3):1")] == ["JAMA"]


def test_venue_keys_are_cached_and_a_broken_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    venues.index.cache_clear()
    try:
        first = venues.index()
        (cached,) = (tmp_path / "cvbib").glob("venue-keys-*.json")
        venues.index.cache_clear()
        assert venues.index().by_key.keys() == first.by_key.keys()
        cached.write_text("{not json", encoding="utf-8")
        venues.index.cache_clear()
        assert venues.lookup.__wrapped__("J. Atmos. Sci.").acronym == "J. Atmos. Sci."
    finally:
        venues.index.cache_clear()


def test_a_name_with_its_volume_and_bracketed_acronym() -> None:
    from cvbib.normalize.venues import lookup

    neurips = lookup("Advances in Neural Information Processing Systems 35 (NeurIPS 2022)")
    assert neurips is not None and neurips.acronym == "NeurIPS"
    ec = lookup("Proc. 21st ACM Conf. Econom. Comput. (EC '20)")
    assert ec is not None and ec.acronym == "EC"
    assert lookup("Some Unknown Venue (SUV 2020)") is None
