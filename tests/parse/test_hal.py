"""HAL references, the citation format of France's open archive."""

from __future__ import annotations

import cvbib
from cvbib.model import Source
from cvbib.parse.hal import read_hal


def read(text: str):  # type: ignore[no-untyped-def]
    return read_hal(text, (), Source("cv.txt", 1))


def people(rec) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.given}|{p.family}" for p in rec.authors]


def test_journal_article_with_its_identifiers() -> None:
    rec = read(
        "Thomas Nguyen, Camille Lefèvre-Rousseau, Anne-Sophie Le Gall. Fatigue damage in woven "
        "flax/epoxy composites: an acoustic emission study. Composites Part A: Applied Science "
        "and Manufacturing, 2024, 178 (3), pp.107985. ⟨10.1016/j.compositesa.2023.107985⟩. "
        "⟨hal-04389211⟩"
    )
    assert rec is not None
    assert people(rec) == ["Thomas|Nguyen", "Camille|Lefèvre-Rousseau", "Anne-Sophie|Le Gall"]
    assert rec.title.startswith("Fatigue damage in woven flax/epoxy composites")
    assert (rec.type, rec.venue, rec.year) == (
        "article",
        "Composites Part A: Applied Science and Manufacturing",
        2024,
    )
    assert (rec.volume, rec.number, rec.pages) == ("178", "3", "107985")
    assert rec.doi == "10.1016/j.compositesa.2023.107985"
    assert rec.url == "https://hal.science/hal-04389211"


def test_in_press_article_has_no_year() -> None:
    rec = read(
        "Erwan Kerbrat, Camille Lefèvre. Hygrothermal ageing of flax composites. International "
        "Journal of Solids and Structures, In press, 290, pp.112654. ⟨hal-04455678⟩"
    )
    assert rec is not None and rec.year is None and rec.status == "forthcoming"


def test_congress_paper_with_month_place_and_award() -> None:
    rec = read(
        "Camille Lefèvre, Marc Bernardin. Comportement viscoélastique des composites lin/époxy. "
        "22e Congrès Français de Mécanique, Aug 2015, Lyon, France. pp.12-19. ⟨hal-01187654⟩ "
        "[Prix de la meilleure communication doctorante]"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.year, rec.address) == (
        "inproceedings",
        "22e Congrès Français de Mécanique",
        2015,
        "Lyon, France",
    )
    assert rec.pages == "12--19"
    assert rec.notes == ("Prix de la meilleure communication doctorante",)


def test_chapter_with_editors_publisher_and_isbn() -> None:
    rec = read(
        "Camille Lefèvre, Laurent Guillaumat. Fatigue of natural fibre composites. Hélène "
        "Marchand; Olivier Péron. Natural Fibre Composites: Processing, Properties and "
        "Durability, Springer International Publishing, pp.213-240, 2021, 978-3-030-71234-5. "
        "⟨10.1007/978-3-030-71235-2_9⟩. ⟨hal-03234567⟩"
    )
    assert rec is not None
    assert rec.type == "incollection"
    assert rec.venue == "Natural Fibre Composites: Processing, Properties and Durability"
    assert [p.family for p in rec.editors] == ["Marchand", "Péron"]
    assert (rec.publisher, rec.pages, rec.year) == (
        "Springer International Publishing",
        "213--240",
        2021,
    )
    assert rec.isbn == "978-3-030-71234-5"


def test_report_thesis_and_preprint() -> None:
    report = read(
        "Camille Lefèvre, Sylvain Morvan. Durabilité des composites biosourcés. [Rapport de "
        "recherche] Nantes Université; GeM. 2019, pp.48. ⟨hal-02123456⟩"
    )
    assert report is not None and (report.type, report.venue, report.year) == (
        "techreport",
        "Nantes Université; GeM",
        2019,
    )
    thesis = read(
        "Camille Lefèvre. Comportement en fatigue des composites à fibres de lin. Mécanique des "
        "matériaux [physics.class-ph]. École Centrale de Nantes, 2015. Français. "
        "⟨NNT : 2015ECDN0012⟩. ⟨tel-01234567⟩"
    )
    assert thesis is not None
    assert (thesis.type, thesis.venue, thesis.year) == (
        "phdthesis",
        "École Centrale de Nantes",
        2015,
    )
    assert thesis.url == "https://theses.hal.science/tel-01234567"
    preprint = read(
        "Camille Lefèvre, Erwan Kerbrat. Moisture-induced fatigue damage: a phase-field approach. "
        "2024. ⟨arXiv:2401.05678⟩. ⟨hal-04401234v2⟩ (soumis à International Journal of Fatigue)"
    )
    assert preprint is not None
    assert (preprint.type, preprint.arxiv, preprint.status) == (
        "misc",
        "2401.05678",
        "under review",
    )
    assert "Submitted to International Journal of Fatigue" in preprint.extra


def test_other_references_are_left_to_the_rules() -> None:
    assert read("Doe, J. (2020). A title. Journal of Things, 1(2), 3–4.") is None


def test_a_hal_list_under_french_headings() -> None:
    cv = (
        "PUBLICATIONS\n\nArticles dans une revue\n\n"
        "Camille Lefèvre, Sylvain Morvan. A damage model. Comptes Rendus. Mécanique, 2022, 350, "
        "pp.45-62. ⟨10.5802/crmeca.102⟩. ⟨hal-03598761⟩\n\n"
        "Poster de conférence\n\n"
        "Thomas Nguyen, Camille Lefèvre. Acoustic emission monitoring. Journées du GDR, Nov 2021, "
        "Bordeaux, France. ⟨hal-03456789⟩\n\n"
        "Jiawei Zhang, Camille Lefèvre. Identification by image correlation. Photomechanics 2022, "
        "Mar 2022, Toulouse, France. Proceedings of Photomechanics 2022, pp.87-88. ⟨hal-03612345⟩\n"
    )
    recs = cvbib.extract_text(cv, "cv.txt").records
    # a poster printed in proceedings is published; one only shown at a meeting is not
    assert [r.title for r in recs] == ["A damage model", "Identification by image correlation"]
    assert recs[0].venue == "Comptes Rendus. Mécanique"
