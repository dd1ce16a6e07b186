"""parse.bluebook: law-review citations read whole."""

from __future__ import annotations

import pytest

from cvbib.model import Source
from cvbib.parse.bluebook import from_small_caps, is_bluebook, read_bluebook

SRC = Source("cv.txt", 1)


def read(text: str, italic_title: bool = True):  # type: ignore[no-untyped-def]
    """Read ``text`` with its first comma-ended phrase in italics, as a CV sets it."""
    italic: tuple[tuple[int, int], ...] = ()
    if italic_title:
        start = text.index(", ") if text.startswith("Note, ") else -2
        start += 2
        italic = ((start, text.index(", ", start)),)
    return read_bluebook(text, italic, SRC)


def test_law_review_article_with_coauthors() -> None:
    r = read("Regulatory Silence, 120 Colum. L. Rev. 2011 (2020) (with Jonah P. Abernathy).")
    # a law review of the knowledge base gets its full name
    assert (r.type, r.title, r.venue, r.volume, r.pages, r.year) == (
        "article",
        "Regulatory Silence",
        "Columbia Law Review",
        "120",
        "2011",
        2020,
    )
    assert [(p.given, p.family) for p in r.authors] == [("Jonah P.", "Abernathy")]
    assert r.span("coauthors") is not None  # the extractor puts the CV owner first
    assert r.sources == (SRC,)


def test_forthcoming_article_without_a_page() -> None:
    r = read("Delegation Without Doctrine, 113 Geo. L.J. (forthcoming 2025).")
    assert (r.venue, r.volume, r.pages, r.year, r.status) == (
        "Geo. L.J.",
        "113",
        None,
        2025,
        "forthcoming",
    )
    assert not r.authors and r.warnings == ("no authors found",)


def test_student_note_and_plain_text_title() -> None:
    r = read("Note, Recusal Standards for ALJs, 124 Harv. L. Rev. 1988 (2011).")
    assert (r.title, r.venue, r.year, r.extra) == (
        "Recusal Standards for ALJs",
        "Harvard Law Review",
        2011,
        ("Note",),
    )
    r = read("Notice-and-Comment Fatigue, 71 Stan. L. Rev. Online 45 (2019).", False)
    assert (r.title, r.venue, r.pages) == (
        "Notice-and-Comment Fatigue",
        "Stan. L. Rev. Online",
        "45",
    )


def test_book_in_small_caps_with_edition() -> None:
    r = read_bluebook(
        "THE REGULATORY STATE: CASES, PROBLEMS, AND MATERIALS (Aspen Publishing 2d ed. 2024) "
        "(with Robert L. Haines & Priya Natarajan).",
        (),
        SRC,
    )
    assert (r.type, r.title, r.publisher, r.edition, r.year) == (
        "book",
        "The Regulatory State: Cases, Problems, and Materials",
        "Aspen Publishing",
        "2",
        2024,
    )
    assert [p.family for p in r.authors] == ["Haines", "Natarajan"]


def test_chapter_in_an_edited_volume() -> None:
    r = read(
        "Inspectors General in Comparative Perspective, in RESEARCH HANDBOOK ON COMPARATIVE "
        "ADMINISTRATIVE LAW 455 (Anika Sorensen & Li Wen eds., 2024)."
    )
    assert (r.type, r.venue, r.pages, r.year) == (
        "incollection",
        "Research Handbook on Comparative Administrative Law",
        "455",
        2024,
    )
    assert [p.family for p in r.editors] == ["Sorensen", "Wen"]


def test_newspaper_and_blog_pieces() -> None:
    r = read("The Watchdogs Are Being Muzzled, N.Y. TIMES, Mar. 14, 2023, at A23.")
    assert (r.type, r.venue, r.year, r.pages) == ("misc", "N.Y. Times", 2023, "A23")
    r = read(
        "Why Agency Lawyers Should Say No, WASH. POST (Oct. 2, 2021), "
        "https://www.washingtonpost.com/opinions/2021/10/02/say-no/."
    )
    assert (r.venue, r.year, r.url) == (
        "Wash. Post",
        2021,
        "https://www.washingtonpost.com/opinions/2021/10/02/say-no/",
    )


@pytest.mark.parametrize(
    "text",
    [
        # other styles with a volume and a year in brackets
        "A. Smith, Title of a paper, Phys. Rev. D 108, 055012 (2023).",
        "Smith J, Doe K. Title of a paper. Lancet. 2020;395(10223):497-506.",
        "J. Doe and A. Roe, Minimal surfaces, Trans. Amer. Math. Soc. 372 (2019), no. 4, 2711-2745.",
        "Doe, J. (2020). Title of a paper. Journal of Things, 12(3), 45-67.",
    ],
)
def test_other_styles_are_not_bluebook(text: str) -> None:
    assert not is_bluebook(text)


def test_small_caps_become_title_case() -> None:
    assert from_small_caps("THE NLRB AND THE U.S. STATE-BUILDING PROJECT") == (
        "The NLRB and the U.S. State-Building Project"
    )
    assert (
        from_small_caps("YALE J. ON REG.: NOTICE & COMMENT") == "Yale J. on Reg.: Notice & Comment"
    )
    assert from_small_caps("Mixed Case Stays") == "Mixed Case Stays"
