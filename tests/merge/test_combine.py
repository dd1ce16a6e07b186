"""combine(): field by field, every conflict reported, every source listed."""

from __future__ import annotations

import pytest

from cvbib.merge.combine import Conflict, combine, differences
from cvbib.model import Person, Source

from .helpers import KIVI, people, rec

PREPRINT = rec(
    type="misc",
    title="KIVI: a tuning-free asymmetric 2bit quantization for KV cache",
    authors=people("Liu, Z.", "Yuan, J.", "Jin, H."),
    year=2023,
    venue="arXiv",
    status="preprint",
    arxiv="2402.02750",
    url="https://arxiv.org/abs/2402.02750",
    notes=("Oral",),
    sources=(Source("cv-a.md", line=12),),
)
PUBLISHED = rec(
    title="{KIVI}: A Tuning-Free Asymmetric 2bit Quantization for {KV} Cache",
    year=2024,
    venue="Proc. of ICML 2024",
    doi="https://doi.org/10.5555/3692070.3693381",
    pages="32332-32344",
    publisher="PMLR",
    url="https://proceedings.mlr.press/v235/liu24bz.html",
    notes=("oral", "Spotlight"),
    extra=("Acceptance rate: 27%",),
    sources=(Source("library.json", key="liu2024kivi"),),
)


def field(conflicts: list[Conflict], name: str) -> Conflict:
    return next(c for c in conflicts if c.field == name)


def test_published_version_wins_but_the_arxiv_id_is_kept() -> None:
    merged, _ = combine([PREPRINT, PUBLISHED])
    assert merged.type == "inproceedings"
    assert merged.status == "published"
    assert merged.venue == "Proc. of ICML 2024"
    assert merged.year == 2024
    assert merged.doi == "10.5555/3692070.3693381"
    assert merged.arxiv == "2402.02750"


def test_order_of_input_does_not_matter() -> None:
    assert combine([PREPRINT, PUBLISHED])[0].title == combine([PUBLISHED, PREPRINT])[0].title


def test_title_is_the_cleanest_spelling() -> None:
    merged, conflicts = combine([PREPRINT, PUBLISHED])
    assert merged.title == KIVI
    assert not any(c.field == "title" for c in conflicts)  # one title, two spellings


def test_full_names_over_initials() -> None:
    merged, conflicts = combine([PREPRINT, PUBLISHED])
    assert merged.authors == (
        Person("Liu", "Zirui"),
        Person("Yuan", "Jiayi"),
        Person("Jin", "Hongye"),
    )
    assert not any(c.field == "authors" for c in conflicts)


def test_initials_completed_from_a_less_authoritative_record() -> None:
    published = PUBLISHED.replace(authors=people("Liu, Z.", "Yuan, J.", "Jin, H."))
    preprint = PREPRINT.replace(authors=people("Liu, Zirui", "Yuan, Jiayi", "Jin, Hongye"))
    merged, _ = combine([preprint, published])
    assert [p.given for p in merged.authors] == ["Zirui", "Jiayi", "Hongye"]


def test_urls_and_notes_are_united() -> None:
    merged, _ = combine([PREPRINT, PUBLISHED])
    assert set(merged.urls) == {
        "https://arxiv.org/abs/2402.02750",
        "https://proceedings.mlr.press/v235/liu24bz.html",
    }
    assert merged.notes == ("oral", "Spotlight")  # "Oral" and "oral" are one note
    assert merged.extra == ("Acceptance rate: 27%",)


def test_every_source_is_listed() -> None:
    merged, _ = combine([PREPRINT, PUBLISHED])
    assert set(merged.sources) == {
        Source("cv-a.md", line=12),
        Source("library.json", key="liu2024kivi"),
    }


def test_fields_only_one_record_has_are_kept() -> None:
    merged, _ = combine([PREPRINT, PUBLISHED])
    assert merged.pages == "32332-32344"
    assert merged.publisher == "PMLR"


def test_conflicts_name_the_value_kept_and_where_the_others_came_from() -> None:
    _, conflicts = combine([PREPRINT, PUBLISHED])
    venue = field(conflicts, "venue")
    assert venue.chosen == "Proc. of ICML 2024"
    assert venue.others == [("arXiv", "cv-a.md:12")]
    assert venue.rule == "published over preprint"
    year = field(conflicts, "year")
    assert (year.chosen, year.others) == (2024, [(2023, "cv-a.md:12")])
    assert "kept 'Proc. of ICML 2024'" in str(venue)


def test_two_names_of_one_venue_are_no_conflict() -> None:
    a = rec(venue="Proc. of ICML 2024", doi="10.1/a")
    b = rec(venue="The 41st International Conference on Machine Learning")
    merged, conflicts = combine([a, b])
    assert merged.venue == "Proc. of ICML 2024"
    assert conflicts == []


def test_disagreeing_pages_are_reported() -> None:
    a = rec(pages="1--10", doi="10.1/a", sources=(Source("a.md", 1),))
    b = rec(pages="11-20", sources=(Source("b.md", 2),))
    merged, conflicts = combine([a, b])
    assert merged.pages == "1--10"
    assert field(conflicts, "pages").others == [("11-20", "b.md:2")]


def test_equal_pages_in_two_spellings_are_no_conflict() -> None:
    _, conflicts = combine([rec(pages="1--10"), rec(pages="1-10")])
    assert conflicts == []


def test_a_list_cut_short_gives_way_to_the_full_list() -> None:
    short = rec(authors=people("Liu, Zirui"), doi="10.1/a")
    full = rec(authors=people("Liu, Z.", "Yuan, J.", "Jin, H."))
    merged, conflicts = combine([short, full])
    assert [p.family for p in merged.authors] == ["Liu", "Yuan", "Jin"]
    assert merged.authors[0].given == "Zirui"
    assert field(conflicts, "authors").others[0][0] == "Zirui Liu"


def test_different_titles_are_reported() -> None:
    a = rec(doi="10.1/a", sources=(Source("a.md", 3),))
    b = rec(title="KIVI: 2bit KV Cache Quantization", sources=(Source("b.md", 4),))
    merged, conflicts = combine([a, b])
    assert merged.title == KIVI
    assert field(conflicts, "title").others == [("KIVI: 2bit KV Cache Quantization", "b.md:4")]


def test_a_publisher_doi_over_an_arxiv_doi() -> None:
    merged, conflicts = combine([rec(doi="10.48550/arXiv.2402.02750"), rec(doi="10.5555/1")])
    assert merged.doi == "10.5555/1"
    assert field(conflicts, "doi").others[0][0] == "10.48550/arXiv.2402.02750"


def test_one_record_is_itself() -> None:
    merged, conflicts = combine([PUBLISHED])
    assert merged.title == KIVI and conflicts == []
    assert merged.sources == PUBLISHED.sources


def test_no_records() -> None:
    with pytest.raises(ValueError):
        combine([])


def test_title_case_is_preferred_to_a_lower_case_spelling() -> None:
    lower = rec(title="kivi: a tuning-free asymmetric 2bit quantization for KV cache", doi="10.1/k")
    title_case = rec(title=KIVI)
    # The lower-case spelling comes from the more authoritative record (it has a DOI).
    merged, conflicts = combine([lower, title_case])
    assert merged.title == KIVI
    assert not [c for c in conflicts if c.field == "title"]  # one title, two spellings


def test_author_order_differences_are_reported() -> None:
    first = rec(authors=people("Liu, Zirui", "Yuan, Jiayi"), doi="10.1/k")
    swapped = rec(authors=people("Yuan, Jiayi", "Liu, Zirui"), sources=(Source("cv.md", 7),))
    merged, conflicts = combine([first, swapped])
    assert [p.family for p in merged.authors] == ["Liu", "Yuan"]
    (c,) = [c for c in conflicts if c.field == "authors"]
    assert c.others == [("Jiayi Yuan, Zirui Liu", "cv.md:7")]
    assert c.rule == "most authoritative order"


def test_initials_in_the_same_order_are_no_author_conflict() -> None:
    full = rec(authors=people("Liu, Zirui", "Yuan, Jiayi"), doi="10.1/k")
    initials = rec(authors=people("Liu, Z.", "Yuan, J."))
    _, conflicts = combine([full, initials])
    assert not [c for c in conflicts if c.field == "authors"]


def test_differences_of_a_kept_record() -> None:
    kept = rec(authors=people("Liu, Zirui", "Yuan, Jiayi"), year=2024)
    other = rec(
        title=KIVI.lower(),  # another spelling: no conflict
        authors=people("Yuan, J.", "Liu, Z."),
        year=2023,
        venue="Proc. of ICML 2024",  # another name of the venue: no conflict
        doi="10.5555/1",
        sources=(Source("cv.md", 3),),
    )
    found = {c.field: c for c in differences(kept, [other], "library entry kept")}
    assert sorted(found) == ["authors", "doi", "year"]
    assert found["year"].chosen == 2024 and found["year"].others == [(2023, "cv.md:3")]
    assert found["doi"].chosen is None  # the kept record lacks it: not taken over, reported
    assert found["authors"].rule == "library entry kept"


def test_a_site_read_as_the_author_gives_way_to_personal_names() -> None:
    garbled = rec(authors=(Person("Portal.acm.org", ""),), doi="10.1/k")
    named = rec(authors=people("Liu, Zirui", "Yuan, Jiayi"))
    merged, conflicts = combine([garbled, named])
    assert [p.family for p in merged.authors] == ["Liu", "Yuan"]
    assert [c.others for c in conflicts if c.field == "authors"] == [
        [("Portal.acm.org", "record 1")]
    ]
