"""RePEc references, as IDEAS and EconPapers list an economist's works."""

from __future__ import annotations

from cvbib.model import Source
from cvbib.parse.repec import read_repec


def read(text: str):  # type: ignore[no-untyped-def]
    return read_repec(text, (), Source("ideas.html", 1))


def test_working_paper_article_chapter_book_and_software() -> None:
    wp = read(
        'Tobias Wennerholm & Ana Beltrán-Kuusk, 2023. "Remote Work and the Spatial Sorting of '
        'Skills," NBER Working Papers 31234, National Bureau of Economic Research, Inc.'
    )
    assert wp is not None
    assert [str(p) for p in wp.authors] == ["Tobias Wennerholm", "Ana Beltrán-Kuusk"]
    assert (wp.type, wp.venue, wp.number, wp.year) == (
        "techreport",
        "NBER Working Papers",
        "31234",
        2023,
    )
    article = read(
        'Okonjo, Chidi & Wennerholm,Tobias, 2018. "Commuting zones and local labor markets," '
        "Regional Science and Urban Economics, Elsevier, vol. 70(C), pages 112-126."
    )
    assert article is not None
    assert [p.family for p in article.authors] == ["Okonjo", "Wennerholm"]
    assert (article.type, article.venue, article.publisher) == (
        "article",
        "Regional Science and Urban Economics",
        "Elsevier",
    )
    assert (article.volume, article.number, article.pages) == ("70", None, "112--126")
    chapter = read(
        'Tobias Wennerholm, 2020. "Comment on "Remote Jobs and Rural Revival"," NBER Chapters, '
        "in: Frontiers of Place-Based Policy, pages 201-206, National Bureau of Economic Research, Inc."
    )
    assert chapter is not None
    assert chapter.title == 'Comment on "Remote Jobs and Rural Revival"'
    assert (chapter.type, chapter.venue, chapter.pages) == (
        "incollection",
        "Frontiers of Place-Based Policy",
        "201--206",
    )
    edited = read(
        'Tobias Wennerholm, 2023. "Place-Based Policies," Handbook of Spatial Labor Markets, in: '
        "Hélène Marchetti & Peter J. Vollmer (ed.), Handbook of Spatial Labor Markets, edition 1, "
        "volume 2, chapter 11, pages 515-574, Elsevier."
    )
    assert edited is not None
    assert [p.family for p in edited.editors] == ["Marchetti", "Vollmer"]
    assert (edited.venue, edited.publisher) == ("Handbook of Spatial Labor Markets", "Elsevier")
    book = read(
        'Wennerholm,Tobias, 2018. "Moving for Work," Cambridge Books, Cambridge University '
        "Press, number 9781108412345, September."
    )
    assert book is not None and (book.type, book.venue) == ("book", None)
    software = read(
        'Tobias Wennerholm, 2022. "CZBUILD: Stata module to construct commuting zones," '
        "Statistical Software Components S459103, Boston College Department of Economics."
    )
    assert software is not None
    assert (software.type, software.venue) == ("misc", "Statistical Software Components")


def test_other_text_is_no_repec_reference() -> None:
    assert read('Smith, J. (2020). "A title," Journal of X, 1, 2-3.') is None


def test_the_month_is_a_number() -> None:
    rec = read(
        'Tobias Wennerholm, 2019. "Housing Costs and the Returns to Moving," Scandinavian '
        "Journal of Economics, Wiley Blackwell, vol. 121(3), pages 1105-1138, July."
    )
    assert rec is not None and (rec.month, rec.number, rec.publisher) == (7, "3", "Wiley Blackwell")
