"""Research outputs as Elsevier Pure portals render them."""

from __future__ import annotations

from cvbib.model import Source
from cvbib.parse.pure import read_pure


def read(text: str):  # type: ignore[no-untyped-def]
    return read_pure(text, (), Source("page.html", 1))


def test_journal_article_epub_ahead_of_print() -> None:
    rec = read(
        "Load–capacity imbalance and Achilles tendinopathy: a nested case–control study. "
        "Thybo, M. L., Kristiansen, S. V. & Due Sørensen, C., E-pub ahead of print - 12 Dec 2024, "
        "In: Scandinavian Journal of Medicine & Science in Sports. 34, 12, e14712. Research "
        "output: Contribution to journal › Journal article › Research › peer-review. Open Access. "
        "https://doi.org/10.1111/sms.14712"
    )
    assert rec is not None
    assert (
        rec.title
        == "Load–capacity imbalance and Achilles tendinopathy: a nested case–control study"
    )
    assert [p.family for p in rec.authors] == ["Thybo", "Kristiansen", "Due Sørensen"]
    assert (rec.type, rec.year, rec.status) == ("article", 2024, "published")
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Scandinavian Journal of Medicine & Science in Sports",
        "34",
        "12",
        "e14712",
    )
    assert rec.doi == "10.1111/sms.14712"


def test_accepted_truncated_list_and_pages() -> None:
    rec = read(
        "Cumulative training load and bone stress injury. Ólafsdóttir, H., Kristiansen, S. V. & "
        "6 others, Accepted/In press - 2025, In: The American Journal of Sports Medicine. 51, 9, "
        "p. 2345-2354 10 p. Research output: Contribution to journal › Journal article"
    )
    assert rec is not None
    assert [p.family for p in rec.authors] == ["Ólafsdóttir", "Kristiansen"]
    assert (rec.status, rec.year, rec.pages) == ("forthcoming", 2025, "2345--2354")


def test_chapter_proceedings_report_thesis_and_preprint() -> None:
    rec = read(
        "Epidemiology of running injuries. Kristiansen, S. V. & Thybo, M. L., 2022, Running "
        "Medicine: From Science to Practice. Holm, K. & Barrington, P. (eds.). 2 ed. Cham: "
        "Springer, p. 23-41 19 p. Research output: Contribution to book/anthology/report › Book "
        "chapter › Research › peer-review"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.publisher, rec.pages) == (
        "incollection",
        "Running Medicine: From Science to Practice",
        "Springer",
        "23--41",
    )
    assert [p.family for p in rec.editors] == ["Holm", "Barrington"]
    rec = read(
        "A smartphone jump test. Lund, A. H. & Kristiansen, S. V., 2022, 2022 44th Annual "
        "International Conference of the IEEE Engineering in Medicine & Biology Society (EMBC). "
        "IEEE, p. 4102-4105 4 p. Research output: Contribution to book/anthology/report › "
        "Article in proceedings › Research › peer-review"
    )
    assert rec is not None and rec.type == "inproceedings"
    assert rec.venue is not None and rec.venue.endswith("(EMBC)")
    rec = read(
        "Motionsløb i Danmark 2022. Kristiansen, S. V., 2023, Odense: Syddansk Universitet. 64 p. "
        "(Rapportserie; No. 14) Research output: Book/anthology/thesis/report › Report"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.address) == ("techreport", "Syddansk Universitet", "Odense")
    assert "Series: Rapportserie; No. 14" in rec.extra
    rec = read(
        "Biomechanical risk factors. Kristiansen, S. V., 2012, Syddansk Universitet. 178 p. "
        "Research output: Book/anthology/thesis/report › Ph.D. thesis"
    )
    assert rec is not None and (rec.type, rec.venue) == ("phdthesis", "Syddansk Universitet")
    rec = read(
        "Cadence drift in runners. Hald, J. B. & Kristiansen, S. V., 12 Feb 2024, SportRxiv. "
        "Research output: Working paper › Preprint. Open Access. https://doi.org/10.51224/SRXIV.402"
    )
    assert rec is not None
    assert (rec.type, rec.status, rec.venue) == ("misc", "preprint", "SportRxiv")


def test_other_text_is_no_pure_output() -> None:
    assert read("Doe, J. (2020). A title. Journal, 1, 2–3.") is None


def test_family_names_with_particles() -> None:
    rec = read(
        "Running injuries. van der Berg, J., Hald, J. B. & de la Cruz, M., Mar 2024, In: "
        "Journal of Things. 12, 3, p. 45-67 23 p. Research output: Contribution to journal › "
        "Journal article"
    )
    assert rec is not None
    assert rec.title == "Running injuries"
    assert [p.family for p in rec.authors] == ["van der Berg", "Hald", "de la Cruz"]
