"""OSCOLA references, as British and Irish legal scholars cite."""

from __future__ import annotations

from cvbib.model import Source
from cvbib.parse.oscola import read_oscola


def read(text: str):  # type: ignore[no-untyped-def]
    return read_oscola(text, (), Source("cv.txt", 1))


def test_articles_with_round_and_square_bracketed_years() -> None:
    rec = read(
        "C Blackwood and T Okafor, 'Remedial Discretion in Judicial Review' (2023) 139 LQR 412"
    )
    assert rec is not None
    assert [p.family for p in rec.authors] == ["Blackwood", "Okafor"]
    assert (rec.title, rec.venue, rec.year, rec.volume, rec.pages) == (
        "Remedial Discretion in Judicial Review",
        "LQR",
        2023,
        "139",
        "412",
    )
    rec = read("C Blackwood, 'Prorogation, Privilege and the Courts' [2020] PL 45")
    assert rec is not None and (rec.venue, rec.year, rec.pages) == ("PL", 2020, "45")
    rec = read("C Blackwood, 'The Status of Retained EU Law' (2025) 45 OJLS (forthcoming)")
    assert rec is not None and rec.status == "forthcoming"
    # an apostrophe inside the quotes stays in the title
    rec = read("C Blackwood, 'Parliament's Reach' (2019) 82 MLR 1")
    assert rec is not None and rec.title == "Parliament's Reach"


def test_books_chapters_edited_collections_and_blog_posts() -> None:
    rec = read("C Blackwood, Prerogative and Parliament (2nd edn, Hart Publishing 2022)")
    assert rec is not None
    assert (rec.type, rec.publisher, rec.year, rec.edition) == (
        "book",
        "Hart Publishing",
        2022,
        "2",
    )
    rec = read(
        "C Blackwood and R Adeyemi-Hart (eds), The Devolution Settlements after Brexit (CUP 2023)"
    )
    assert rec is not None
    assert (rec.type, rec.authors, [p.family for p in rec.editors]) == (
        "book",
        (),
        ["Blackwood", "Adeyemi-Hart"],
    )
    rec = read(
        "C Blackwood, 'Conventions in Court' in B Jones and C Lee (eds), The Cambridge "
        "Companion to the British Constitution (CUP 2021)"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.publisher, rec.year) == (
        "incollection",
        "The Cambridge Companion to the British Constitution",
        "CUP",
        2021,
    )
    assert [p.family for p in rec.editors] == ["Jones", "Lee"]
    rec = read(
        "C Blackwood, 'Prorogation and the Courts: Some Doubts' (UK Const L Blog, 4 September "
        "2019) <https://ukconstitutionallaw.org/> accessed 10 January 2025"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.year, rec.url) == (
        "misc",
        "UK Const L Blog",
        2019,
        "https://ukconstitutionallaw.org/",
    )


def test_other_styles_are_left_alone() -> None:
    assert read("Smith, J. (2020). Title. Journal, 1, 2–3.") is None
    assert read('A. Smith, "Title," in Proc. ICML, 2020, pp. 1-10.') is None
