"""CvLAC products, as Colombia's register prints them under each product's kind."""

from __future__ import annotations

import cvbib
from cvbib.model import Source
from cvbib.parse.cvlac import read_cvlac


def read(text: str):  # type: ignore[no-untyped-def]
    return read_cvlac(text, (), Source("cv.txt", 1))


def people(rec) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.given}|{p.family}" for p in rec.authors]


def test_article_with_capital_names_country_and_register_fields() -> None:
    rec = read(
        'PATIÑO RUIZ, HERNAN DARIO, RAMÍREZ DE LA CRUZ, SERGIO, "Land tenure insecurity and '
        'investment" . En: Reino Unido Land Use Policy  ISSN: 0264-8377  ed: Elsevier Ltd '
        "v.131 fasc.N/A p.106712 - ,2023,  DOI: 10.1016/j.landusepol.2023.106712 Palabras: "
        "tenencia de la tierra, Sectores: Agricultura,"
    )
    assert rec is not None
    assert people(rec) == ["Hernan Dario|Patiño Ruiz", "Sergio|Ramírez de la Cruz"]
    assert (rec.type, rec.venue, rec.year) == ("article", "Land Use Policy", 2023)
    assert (rec.volume, rec.number, rec.pages) == ("131", None, "106712")
    assert rec.doi == "10.1016/j.landusepol.2023.106712"
    assert rec.title == "Land tenure insecurity and investment"


def test_chapter_book_proceedings_working_paper_and_newspaper() -> None:
    chapter = read(
        'QUINTERO BEDOYA, LUZ ADRIANA, "Coffee rust and resilience" Climate Risk in Latin '
        "America . En: Suiza  ISBN: 978-3-030-81245-9 ed: Springer Nature, v. , p.201 - 226 ,2021"
    )
    assert chapter is not None
    assert (chapter.type, chapter.venue, chapter.pages, chapter.year) == (
        "incollection",
        "Climate Risk in Latin America",
        "201--226",
        2021,
    )
    book = read(
        'QUINTERO BEDOYA, LUZ ADRIANA, "Economía agrícola aplicada" En: Colombia  2022.  '
        "ed:Editorial Universidad de Caldas  ISBN: 978-958-759-318-4  v. 1 pags. 310"
    )
    assert book is not None
    assert (book.type, book.year, book.publisher) == (
        "book",
        2022,
        "Editorial Universidad de Caldas",
    )
    paper = read(
        'QUINTERO BEDOYA, LUZ ADRIANA, "Willingness to pay" . En: India Evento: 31st ICAE '
        "Ponencia: Willingness to pay Libro:Proceedings of the 31st ICAE , v.1 , p.1 - 22 , 2021"
    )
    assert paper is not None
    assert (paper.type, paper.venue, paper.year) == (
        "inproceedings",
        "Proceedings of the 31st ICAE",
        2021,
    )
    report = read(
        'QUINTERO BEDOYA, LUZ ADRIANA, "Pobreza multidimensional rural" En: Colombia  2018.  '
        "Documentos CEDE No. 2018-27  Nro. Paginas: 42"
    )
    assert report is not None
    assert (report.type, report.venue, report.number, report.year) == (
        "techreport",
        "Documentos CEDE",
        "2018-27",
        2018,
    )
    news = read(
        'QUINTERO BEDOYA, LUZ ADRIANA, "¿Quién se queda con el precio del café?" . En: Colombia '
        "La Patria  ISSN: 0123-4633  p.6 - 6 ,2022,"
    )
    assert news is not None
    assert (news.type, news.venue, news.pages) == ("misc", "La Patria", "6")


def test_other_text_is_no_cvlac_product() -> None:
    assert read('Smith, J., "A title," En: Proceedings of X, 2020.') is None


def test_a_cvlac_export_reads_each_product_under_its_kind_and_skips_events() -> None:
    text = """Eventos científicos
Nombre del evento: XII Congreso Colombiano de Economía Agraria
Productos asociados
Nombre del producto:Volatilidad de precios y decisiones de siembra
Tipo de producto:Producción bibliográfica - Trabajos en eventos (Capítulos de memoria) - Completo
Participantes
Nombre: LUZ ADRIANA QUINTERO BEDOYA

Artículos
Producción bibliográfica - Artículo - Publicado en revista especializada
QUINTERO BEDOYA, LUZ ADRIANA, HOLLOWAY, GRACE, "Does contract farming reduce price risk?" . En: Estados Unidos
Agricultural Economics  ISSN: 0169-5150  ed: Wiley-Blackwell
v.55 fasc.1 p.88 - 104 ,2024,  DOI: 10.1111/agec.12801
Palabras:
agricultura por contrato,aguacate Hass,
Sectores:
Agricultura, ganadería, caza y actividades de servicios conexas,

Consultorías científico tecnológicas e Informes técnicos
Producción técnica - Consultoría Científico Tecnológica e Informe Técnico - Servicios de proyectos de IDI
Evaluación de impacto del programa, Nombre comercial: , contrato/registro: 078-2020 ,  En: Colombia,  2020,  , duración: 8
Autores: QUINTERO BEDOYA, LUZ ADRIANA
"""
    res = cvbib.extract_text(text, "cvlac.txt")
    assert [(r.source.line, r.type, r.venue, r.year) for r in res.records] == [
        (11, "article", "Agricultural Economics", 2024)
    ]
    assert people(res.records[0]) == ["Luz Adriana|Quintero Bedoya", "Grace|Holloway"]
