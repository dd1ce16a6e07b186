"""Works written as labelled lines, as CONICET's SIGEVA exports a CV."""

from __future__ import annotations

import cvbib
from cvbib.model import Source
from cvbib.parse.labelled import read_labelled


def read(text: str):  # type: ignore[no-untyped-def]
    return read_labelled(text, (), Source("cv.txt", 1))


def test_article_chapter_paper_book_and_report() -> None:
    article = read(
        "Autores: BENÍTEZ, MARTÍN EZEQUIEL; QUIROGA, V. S. Título: Cover crops modulate "
        "nitrogen-cycling genes Revista: SOIL & TILLAGE RESEARCH Editorial: ELSEVIER SCIENCE BV "
        "ISSN: 0167-1987 Lugar: Amsterdam Año: 2023 Volumen: 228 Páginas: 105633-105633 "
        "Referato: Con referato DOI: 10.1016/j.still.2023.105633"
    )
    assert article is not None
    assert [f"{p.given}|{p.family}" for p in article.authors] == [
        "Martín Ezequiel|Benítez",
        "V. S.|Quiroga",
    ]
    assert (article.type, article.venue, article.year) == (
        "article",
        "Soil & Tillage Research",
        2023,
    )
    assert (article.volume, article.pages, article.doi) == (
        "228",
        "105633",
        "10.1016/j.still.2023.105633",
    )
    chapter = read(
        "Autores: QUIROGA, VALERIA SOLEDAD Título del capítulo: Bioindicadores microbianos "
        "Título del libro: Manual de indicadores de salud del suelo Editores: FERRARI, ANA MARÍA "
        "Editorial: EdUNPO ISBN: 978-987-8432-17-6 Año: 2022 Páginas: 87-112"
    )
    assert chapter is not None
    assert (chapter.type, chapter.title, chapter.venue, chapter.pages) == (
        "incollection",
        "Bioindicadores microbianos",
        "Manual de indicadores de salud del suelo",
        "87--112",
    )
    assert [p.family for p in chapter.editors] == ["Ferrari"]
    paper = read(
        "Autores: QUIROGA, VALERIA SOLEDAD Título: Microbial carbon use efficiency Tipo de "
        "trabajo: Resumen Evento: 22nd World Congress of Soil Science Fecha: 31/07/2022 "
        "Publicación: Proceedings of the 22nd World Congress Páginas: 1187 Año: 2022"
    )
    assert paper is not None
    assert (paper.type, paper.venue, paper.year) == (
        "inproceedings",
        "Proceedings of the 22nd World Congress",
        2022,
    )
    report = read(
        "Autores: QUIROGA, VALERIA SOLEDAD Título: Línea de base de indicadores Institución: "
        "Instituto de Investigaciones en Biología del Suelo Número de informe: IT-2021-07 Año: 2021 "
        "Páginas: 34"
    )
    assert report is not None
    assert (report.type, report.number, report.pages) == ("techreport", "IT-2021-07", None)
    assert read("Title: A paper Authors: A. Smith") is None  # the authors must open it


def test_a_sigeva_export_reads_one_work_a_block_across_page_marks() -> None:
    block = (
        "Autores: QUIROGA, VALERIA SOLEDAD; PALACIOS, JOAQUÍN\nTítulo: Paper {n}\n"
        "Revista: MICROBIAL ECOLOGY\nISSN: 0095-3628\nAño: 202{n}\nVolumen: {n}\n"
        "Páginas: 1-9\n"
    )
    text = (
        "CONICET - SIGEVA\n\nProducción científica\n\nArtículos\n\n"
        + block.format(n=1)
        + "\n"
        + " " * 60
        + "Página 2 de 3\n"
        + block.format(n=2)
        + "\n"
        + block.format(n=3)
        + "\n"
        + " " * 60
        + "Página 3 de 3\n"
        + "Trabajos en eventos científico-tecnológicos no publicados\n\n"
        + "Autores: QUIROGA, VALERIA SOLEDAD\nTítulo: A talk\nEvento: Jornadas\nAño: 2023\n"
    )
    recs = cvbib.extract_text(text, "sigeva.txt").records
    assert [(r.title, r.year, r.volume) for r in recs] == [
        ("Paper 1", 2021, "1"),
        ("Paper 2", 2022, "2"),
        ("Paper 3", 2023, "3"),
    ]


def test_researchmap_blocks_title_first() -> None:
    paper = read(
        "Hydrogen trapping at precipitate interfaces 著者: Risa Sugiura, Yuki Aoyama 掲載誌: Acta "
        "Materialia, Vol.268, 119785, 2024年4月 DOI: 10.1016/j.actamat.2024.119785 掲載種別: "
        "研究論文(学術雑誌) 査読有り / 筆頭著者"
    )
    assert paper is not None
    assert [str(p) for p in paper.authors] == ["Risa Sugiura", "Yuki Aoyama"]
    assert (paper.type, paper.venue, paper.volume, paper.pages, paper.year) == (
        "article",
        "Acta Materialia",
        "268",
        "119785",
        2024,
    )
    japanese = read(
        "Al-Zn-Mg合金の粒界析出物 [Effect of Cu Addition on Grain Boundary Precipitates] 著者: 杉浦 理沙, "
        "青山 優希 掲載誌: 軽金属, 73巻, 2号, pp.65-72, 2023年2月 掲載種別: 研究論文(学術雑誌)"
    )
    assert japanese is not None
    assert [(p.family, p.given) for p in japanese.authors] == [("杉浦", "理沙"), ("青山", "優希")]
    assert (japanese.title, japanese.venue, japanese.volume, japanese.number, japanese.pages) == (
        "Al-Zn-Mg合金の粒界析出物",
        "軽金属",
        "73",
        "2",
        "65--72",
    )
    chapter = read(
        "Advances in Light Alloy Design 著者: Risa Sugiura, Hiroshi Nakajima (担当:分担執筆, 範囲:Chapter "
        "6 Solute clustering in 6xxx alloys, pp.143-178) 編者: M. Lindqvist, T. Oduya 出版者: Springer "
        "Nature, 2021年10月 ISBN: 9783030845127"
    )
    assert chapter is not None
    assert (chapter.type, chapter.title, chapter.venue, chapter.pages, chapter.year) == (
        "incollection",
        "Solute clustering in 6xxx alloys",
        "Advances in Light Alloy Design",
        "143--178",
        2021,
    )
    abstract = read(
        "6000系合金板の曲げ性 著者: 杉浦 理沙 掲載誌: 軽金属学会大会講演概要, 137, pp.89-90, 2019年11月 掲載種別: "
        "研究発表ペーパー・要旨(全国大会,その他学術会議)"
    )
    assert abstract is not None and abstract.type == "inproceedings"


def test_cvu_block_opens_with_its_labelled_title() -> None:
    # CONAHCYT's CVU: "Título del artículo:" first, the authors given names first; a
    # Spanish name of four words ends in its two family names
    article = read(
        "Título del artículo: Consortia of Azospirillum improve drought tolerance of maize "
        "Autores: Lucía Fernanda Arredondo Quintero, María de los Ángeles Sosa Ruiz, Kenji "
        "Oshiro, John R. Whitaker Revista: Applied Soil Ecology ISSN: 0929-1393 Año: 2024 "
        "Volumen: 196 Páginas: 105312 Estado: En prensa Tipo de participación: Autora"
    )
    assert article is not None
    assert [f"{p.given}|{p.family}" for p in article.authors] == [
        "Lucía Fernanda|Arredondo Quintero",
        "María de los Ángeles|Sosa Ruiz",
        "Kenji|Oshiro",
        "John R.|Whitaker",
    ]
    assert (article.type, article.venue, article.year, article.status) == (
        "article",
        "Applied Soil Ecology",
        2024,
        "forthcoming",
    )
    book = read(
        "Título del libro: Manual de métodos para el análisis microbiológico de suelos "
        "Autores: Lucía Fernanda Arredondo Quintero, Patricia Lozano Editorial: Colegio de "
        "Postgraduados Año de publicación: 2020 Edición: 1a Número de páginas: 214"
    )
    assert book is not None
    assert (book.type, book.title, book.year) == (
        "book",
        "Manual de métodos para el análisis microbiológico de suelos",
        2020,
    )
    assert book.authors[1].family == "Lozano"
    # a labelled title over other labels is not a reference: a supervised thesis
    assert read("Título de la tesis: Consorcios microbianos Alumna: Rosa Cázares Año: 2021") is None


def test_spains_cvn_blocks_numbered_with_their_kind_and_date() -> None:
    cv = (
        "Publicaciones, documentos científicos y técnicos\n\n"
        "1   Nombre del producto: Marine heatwaves reorganize picophytoplankton communities\n"
        "    Tipo de producción: Artículo científico    Tipo de soporte: Revista\n"
        "    Autores: Herrero Castaño, Lucía; Ortega Blanco, Marta\n"
        "    Posición de firma: 1    Nº total de autores: 2    Autor de correspondencia: Sí\n"
        "    Nombre de la publicación: Limnology and Oceanography\n"
        "    Volumen: 67 Número: 4 Página inicial-final: 845-861\n"
        "    Fecha: 04/2022\n"
        "    DOI: 10.1002/lno.12039\n\n"
        "2   Nombre del producto: Marine picoplankton in a warming Mediterranean\n"
        "    Tipo de producción: Capítulo de libro    Tipo de soporte: Libro\n"
        "    Autores (p. o. de firma): Herrero Castaño, Lucía; Thompson, Rachel E.\n"
        "    Nombre de la publicación: The Mediterranean Sea in the Era of Global Change 2\n"
        "    Página inicial-final: 111-139\n"
        "    Fecha: 2020\n\n"
        "3   Título del trabajo: Temperature sensitivity of Synechococcus ecotypes\n"
        "    Nombre del congreso: ASLO Aquatic Sciences Meeting 2023\n"
        "    Autores: Herrero Castaño, Lucía\n"
        "    Fecha de celebración: 04/06/2023\n"
        "    Publicación en acta de congreso: No\n"
    )
    records = cvbib.extract_text(cv, "cvn.txt").records
    assert len(records) == 2  # (the talk, printed in no proceedings, is skipped)
    article, chapter = records
    assert article.title == "Marine heatwaves reorganize picophytoplankton communities"
    assert (article.type, article.venue, article.year) == (
        "article",
        "Limnology and Oceanography",
        2022,
    )
    assert [p.family for p in article.authors] == ["Herrero Castaño", "Ortega Blanco"]
    assert (article.volume, article.number, article.pages) == ("67", "4", "845--861")
    assert chapter.type == "incollection" and chapter.year == 2020
    assert chapter.venue == "The Mediterranean Sea in the Era of Global Change 2"
