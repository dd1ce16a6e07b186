"""Cristin references, the export format of Norway's research register."""

from __future__ import annotations

import cvbib
from cvbib.model import Source
from cvbib.parse.cristin import read_cristin


def read(text: str):  # type: ignore[no-untyped-def]
    return read_cristin(text, (), Source("cv.txt", 1))


def people(rec) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.given}|{p.family}" for p in rec.authors]


def test_journal_article_with_volume_issue_pages_and_institution_codes() -> None:
    rec = read(
        "Eggesbø, Jon Kristian; Haugland, Ingrid Marie; van der Meer, Joost. Mellom skole og "
        "arbeid: Unge i norske kommuner. Tidsskrift for samfunnsforskning 2022 ;Volum 63.(2) "
        "s. 101-125 OSLOMET UiO DOI: 10.18261/tfs.63.2.2"
    )
    assert rec is not None
    assert people(rec) == ["Jon Kristian|Eggesbø", "Ingrid Marie|Haugland", "Joost|van der Meer"]
    assert rec.title == "Mellom skole og arbeid: Unge i norske kommuner"
    assert (rec.type, rec.venue, rec.year) == ("article", "Tidsskrift for samfunnsforskning", 2022)
    assert (rec.volume, rec.number, rec.pages) == ("63", "2", "101--125")
    assert rec.doi == "10.18261/tfs.63.2.2"


def test_a_title_ending_in_a_question_mark_and_an_accepted_paper() -> None:
    rec = read(
        "Haugland, Ingrid Marie; Tveiten, Halvard. Unge mottakere: Hvem kommer i arbeid?. "
        "Tidsskrift for velferdsforskning 2024 (akseptert) OSLOMET NAV"
    )
    assert rec is not None
    assert (rec.title, rec.venue, rec.year) == (
        "Unge mottakere: Hvem kommer i arbeid?",
        "Tidsskrift for velferdsforskning",
        2024,
    )
    assert rec.status == "forthcoming"


def test_chapters_with_and_without_editors() -> None:
    rec = read(
        "Haugland, Ingrid Marie. Youth guarantees in the Nordic countries: Promise and practice. "
        "I: Youth, Welfare and the Labour Market in Europe. Red.: Karin Lindgren og Pieter de Wit. "
        "Edward Elgar Publishing 2022 ISBN 978-1-80037-221-4. s. 188-207 OSLOMET"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.publisher, rec.year, rec.pages) == (
        "incollection",
        "Youth, Welfare and the Labour Market in Europe",
        "Edward Elgar Publishing",
        2022,
        "188--207",
    )
    assert [f"{p.given}|{p.family}" for p in rec.editors] == ["Karin|Lindgren", "Pieter|de Wit"]
    rec = read(
        "Rønning, Tore; Haugland, Ingrid Marie. Sosialhjelp og aktivitetsplikt for unge. I: "
        "Sosialpolitikk i endring. Gyldendal Akademisk 2019 ISBN 978-82-05-51234-9. s. 99-118"
    )
    assert rec is not None
    assert (rec.title, rec.venue, rec.publisher) == (
        "Sosialhjelp og aktivitetsplikt for unge",
        "Sosialpolitikk i endring",
        "Gyldendal Akademisk",
    )


def test_books_edited_books_reports_and_theses() -> None:
    rec = read(
        "Haugland, Ingrid Marie; Nygård, Mari Lunde (red.). Velferdsstatens yngste. Oslo: "
        "Cappelen Damm Akademisk 2018 (ISBN 978-82-02-58977-3) 312 s. OSLOMET UiO"
    )
    assert rec is not None
    assert (rec.type, rec.publisher, rec.address, rec.year) == (
        "book",
        "Cappelen Damm Akademisk",
        "Oslo",
        2018,
    )
    assert rec.authors == () and len(rec.editors) == 2
    rec = read(
        "Skjølberg, Eirik; Haugland, Ingrid Marie. Ungdom, helse og trygd. Oslo: Fafo 2017 "
        "(ISBN 978-82-324-0412-9) 64 s. Fafo-rapport(2017:22) FAFO HiOA"
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.number) == ("techreport", "Fafo", "2017:22")
    rec = read(
        "Haugland, Ingrid Marie. Ungdom mellom skole og trygd. Oslo: Universitetet i Oslo 2012 "
        "(ISBN 978-82-570-8765-4) 210 s. Series of dissertations submitted to the Faculty of "
        "Social Sciences, University of Oslo(345) UiO"
    )
    assert rec is not None
    assert (rec.type, rec.title, rec.venue, rec.year) == (
        "phdthesis",
        "Ungdom mellom skole og trygd",
        "Universitetet i Oslo",
        2012,
    )


def test_submitted_manuscripts_and_other_styles() -> None:
    rec = read(
        "Myrvold, Sunniva*; Haugland, Ingrid Marie. Unge om møtet med NAV. Sendt til Norsk "
        "sosiologisk tidsskrift."
    )
    assert rec is not None
    assert (rec.type, rec.title, rec.status) == ("misc", "Unge om møtet med NAV", "under review")
    assert rec.extra == ("Submitted to Norsk sosiologisk tidsskrift",)
    # APA and Chicago references with semicolons are not Cristin's
    assert read("Smith, John; Doe, Jane. (2020). A title. Journal of Things, 3(2), 1-9.") is None
    assert read("Smith, John. A title. Journal of Things 3 (2020): 1-9.") is None


def test_a_cristin_list_under_norwegian_headings() -> None:
    text = (
        "Vitenskapelige artikler\n-----------------------\n\n"
        "Haugland, Ingrid Marie; Nygård, Mari Lunde. Kjønn, klasse og ungdomsledighet.\n"
        "Tidsskrift for samfunnsforskning 2020 ;Volum 61.(2) s. 123-145\nOSLOMET UiO\n\n"
        "Haugland, Ingrid Marie. Youth unemployment revisited. Acta Sociologica 2018 ;Volum "
        "61.(1) s. 58-74\nUiO OSLOMET\n\n"
        "Bokkapitler\n-----------\n\n"
        "Haugland, Ingrid Marie. Innledning. I: Velferdsstatens yngste. Cappelen Damm 2018 "
        "ISBN 978-82-02-58977-3. s. 11-28\nOSLOMET\n\n"
        "Foredrag\n--------\n\nHaugland, Ingrid Marie. Unge og NAV. Arbeidslivskonferansen; "
        "2023-03-02\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.type, r.venue, r.year) for r in recs] == [
        ("article", "Tidsskrift for samfunnsforskning", 2020),
        ("article", "Acta Sociologica", 2018),
        ("incollection", "Velferdsstatens yngste", 2018),
    ]


def test_a_year_after_the_names_is_another_style() -> None:
    assert (
        read("Kjartansdóttir, Sigríður. 2024. Against case-sensitive Agree. Submitted to Language.")
        is None
    )
