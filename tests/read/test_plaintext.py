"""read.plaintext: text CVs, their page furniture and Markdown-like emphasis."""

from __future__ import annotations

import cvbib
from cvbib.read import read_document
from cvbib.read.plaintext import read_text


def test_a_two_line_running_header_is_dropped_and_the_entry_goes_on() -> None:
    import cvbib

    footer = "© European Union | europass.cedefop.europa.eu          Page {} / 4\nCurriculum Vitae          Chiara Valenti\n"
    text = (
        "Curriculum Vitae          Chiara Valenti\n\nPublications\n\n"
        "• Zhang, Y.-L., Valenti, C., & Li, W. (2020). Machine learning prediction of effluent\n"
        "  nitrogen. Journal of Water Process Engineering, 36,\n\n"
        + footer.format(2)
        + "\n  101312. https://doi.org/10.1016/j.jwpe.2020.101312\n"
        "• Bianchi, L. (2021). Occurrence of PFAS in wastewater treatment plants. Water Research, 190, 116743.\n\n"
        + footer.format(3)
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.title, r.pages) for r in recs] == [
        ("Machine learning prediction of effluent nitrogen", "101312"),
        ("Occurrence of PFAS in wastewater treatment plants", "116743"),
    ]


def test_letter_and_number_list_labels() -> None:
    from cvbib.read.plaintext import ITEM_MARKER

    assert ITEM_MARKER.match("A3. Nguyen, T. H.; Kowalczyk, M. Title.")["marker"] == "A3."
    assert ITEM_MARKER.match("2019. A year opens this sentence.") is None


def test_markdown_emphasis_in_a_text_file_becomes_styles() -> None:
    doc = read_text(
        "[19] Núñez, L. (2019). Temporary contracts. En *Proceedings of the Annual Conference\n"
        "   of Labour Economists (EALE)* (pp. 233–241). Uppsala: EALE.\n"
        "Note: an asterisk (*) marks a student. Smith, J.*, & **Doe, K.** (2020).\n",
        "cv.txt",
    )
    first, second, note = [ln for ln in doc.lines if ln.text]
    assert [first.text[a:b] for a, b in first.italic] == ["Proceedings of the Annual Conference"]
    assert [second.text[a:b] for a, b in second.italic] == ["of Labour Economists (EALE)"]
    assert "*" not in first.text + second.text
    assert note.text == "Note: an asterisk (*) marks a student. Smith, J.*, & Doe, K. (2020)."
    assert [note.text[a:b] for a, b in note.bold] == ["Doe, K."]


def test_lone_page_numbers_and_the_header_beside_them_are_dropped() -> None:
    text = (
        "Research articles\n"
        "1. Liang Y, Achterberg JR (2024) Condensate partitioning of RNA polymerase II dur-\n"
        "                                                                     1\n"
        "J. Achterberg — CV\n"
        "   ing zygotic genome activation. Mol Cell, in press.\n"
        "2. Tran DQ, Moreau P, Osei-\n"
        "   Bonsu K (2023) Live imaging of nascent transcription. Dev Cell 58:1-12.\n"
        "                                                                     2\n"
        "J. Achterberg — CV\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [r.title for r in recs] == [
        "Condensate partitioning of RNA polymerase II during zygotic genome activation",
        "Live imaging of nascent transcription",
    ]
    assert recs[1].authors[-1].family == "Osei-Bonsu"


def test_compounds_keep_their_hyphen_across_a_line_break() -> None:
    from cvbib.read.hyphenation import keeps_hyphen

    assert keeps_hyphen("Family", "centered") and keeps_hyphen("evidence", "based")
    assert not keeps_hyphen("optimi", "zation") and not keeps_hyphen("adminis", "tration")


def test_labels_in_a_margin_beside_the_text_column() -> None:
    import cvbib

    text = (
        "EDUCATION               Ph.D., Electrical Engineering, University of Illinois, 2012\n"
        "\n"
        "PUBLICATIONS            Google Scholar: h-index 24, 2,310 citations (as of Feb. 2025).\n"
        "\n"
        "REFEREED                [J2] M. A. Ferreira, T. R. Henneman, and S. Ozturk, “Online\n"
        "JOURNAL                      junction-temperature estimation for SiC MOSFET modules,”\n"
        "ARTICLES                     IEEE Trans. Power Electron., vol. 40, no. 2, pp. 2871–2884,\n"
        "2025                         Feb. 2025.\n"
        "\n"
        "                        [J1] T. R. Henneman and P. K. Ramaswamy, “Dead-time-free gate\n"
        "2024                         driving for GaN half-bridges,” IEEE Trans. Ind. Electron.,\n"
        "                             vol. 71, no. 3, pp. 1201–1212, 2024.\n"
        "\n"
        "INVITED                 “Wide-bandgap converters,” Seminar, MIT, Cambridge, MA, 2023.\n"
        "TALKS\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.year, r.title) for r in recs] == [  # type: ignore[union-attr]
        (5, 2025, "Online junction-temperature estimation for SiC MOSFET modules"),
        (10, 2024, "Dead-time-free gate driving for GaN half-bridges"),
    ]


def test_kind_markers_with_a_dash_and_underscored_names() -> None:
    doc = read_text(
        "PUBLICATIONS\n\nJ-14. _Okafor, C.I._, Hallberg, M.T. In press. A Title.\n"
        "J-S1. Hallberg, M.T. 2024. Another title. See report_final_v2.pdf\n",
        "cv.txt",
    )
    items = [ln for ln in doc.lines if ln.kind == "item"]
    assert [ln.marker for ln in items] == ["J-14.", "J-S1."]
    # the underscores that mark a student go; no style is made of them
    assert items[0].text.startswith("Okafor, C.I., Hallberg") and items[0].italic == ()
    assert "report_final_v2.pdf" in items[1].text


def test_a_page_number_after_a_comma_ends_the_entry_above() -> None:
    """ "Acta Cryst. A67," / "C534.": a line like a lone marker ("C5.") after a line ending in a
    comma is the entry's last line, not the next entry's marker."""
    text = (
        "Publications\n\n"
        "(2)  Roe, B. & Doe, J. (2011). Acta Cryst. A67,\n"
        "     C534.\n"
        "(1)  Doe, J. (2010). Acta Cryst. B66, 12–20.\n"
    )
    doc = read_text(text, "cv.txt")
    items = [ln for ln in doc.lines if ln.kind == "item"]
    assert [ln.lineno for ln in items] == [3, 5]
    assert [ln.text for ln in doc.lines if ln.kind == "text"][-1] == "C534."


def test_a_number_at_the_text_column_out_of_sequence_continues_the_item() -> None:
    text = (
        "Aufsätze\n\n"
        " 8.  Müller, H., Provinztempel, in: J. Ortmann (Hg.), Tempel im Kontext.\n"
        "     13. Ägyptologische Tempeltagung, Wiesbaden 2020, S. 1–20.\n"
        " 9.  Müller, H., Ein Gott aus der Provinz?, GM 210, 2006, 55–63.\n"
    )
    doc = read_text(text, "cv.txt")
    assert [(ln.lineno, ln.kind) for ln in doc.lines if ln.kind in ("item", "text")][1:] == [
        (3, "item"),
        (4, "text"),
        (5, "item"),
    ]


def test_lettered_items_in_their_run_are_entries() -> None:
    doc = read_text(
        "1. Bioactivation of solvents. During my training I studied conjugation.\n"
        "a.\tDoe JA, Roe B. A first paper. Toxicol Sci. 2011;24(10):1712-1722.\n"
        "b.\tDoe JA. A second paper. Toxicol Sci. 2012;25(1):1-9.\n"
        "c. 1850 letters of the period, a survey.\n"
        "d. Smith wrote this line, out of its run.\n",
        "cv.txt",
    )
    kinds = [(ln.kind, ln.marker) for ln in doc.lines]
    assert kinds[:3] == [("item", "1."), ("item", "a."), ("item", "b.")]
    assert [ln.kind for ln in doc.lines[3:5]] == ["text", "text"]


TAB_EXPORT = (
    "RESEARCH OUTPUTS\n"
    "\n"
    "Output type\tYear\tTitle\tAuthors\tJournal/Publisher\tVolume(Issue)\tPages\tDOI\tStatus\n"
    "Journal article\t2024\tRetail availability of e-cigarettes near schools\tKerrigan SM, "
    "Nguyen TH\tAust N Z J Public Health\t48(2)\t100128\t10.1016/j.anzjph.2024.100128\t"
    "Published\n"
    'Journal article\t2024\t"""Vaping is just what everyone does"": young adults\' views"\t'
    "Tuala F, Kerrigan SM\tHealth Promot J Austr\t\t\t10.1002/hpja.845\tIn press\n"
    "Conference paper\t2018\tGeospatial methods for tobacco retail\tKerrigan SM\t"
    "Proceedings of the Australian Public Health Conference\t\t45-52\t\tPublished\n"
    "Conference presentation\t2023\tDisposable vapes and local government\tKerrigan SM\t"
    "Oceania Tobacco Control Conference 2023\t\t\t\tPresented\n"
    "\n"
    "Research income\n"
    "  NHMRC Ideas Grant APP2003456, 2021-2024, $1,146,220\n"
)


def test_a_tab_separated_export_is_a_table_of_citations(tmp_path) -> None:
    # a research office's spreadsheet saved as text: a row per output, read by its header
    path = tmp_path / "outputs.txt"
    path.write_text(TAB_EXPORT, encoding="utf-8")
    doc = read_document(str(path))
    items = [ln for ln in doc.lines if ln.kind == "item"]
    assert items[0].text == (
        "Kerrigan SM, Nguyen TH. Retail availability of e-cigarettes near schools. Aust N Z J "
        "Public Health, 48(2), 100128. 2024. doi:10.1016/j.anzjph.2024.100128."
    )
    assert (items[0].lineno, items[0].hint) == (4, "article")
    assert items[2].text.startswith("Kerrigan SM. Geospatial methods for tobacco retail. In ")
    assert items[3].text.startswith("[Presentation] Kerrigan SM.")
    records = cvbib.extract(str(path))
    assert [(r.source.line, r.type) for r in records] == [
        (4, "article"),
        (5, "article"),
        (6, "inproceedings"),
    ]
    assert records[1].title == '"Vaping is just what everyone does": young adults\' views'
    assert (records[1].status, records[1].doi) == ("forthcoming", "10.1002/hpja.845")
    assert records[2].pages == "45--52"


def test_tab_separated_lines_that_are_no_publication_table_stay_text() -> None:
    from cvbib.read.plaintext import tab_tables

    lines = ["Staff member:\tKerrigan, S.\t\tStaff ID: 1", "Grant\tAmount\tSponsor", "A\t$1\tNSF"]
    assert tab_tables(lines, [1, 2, 3]) == {}


def test_a_date_that_ends_a_line_is_no_page_number() -> None:
    # "Fecha: 04/2022" on several entries: dates, not "4 / 2022" page footers
    text = "".join(f"{i}. Entry {i} title words here\n   Fecha: 0{i}/2022\n\n" for i in range(1, 4))
    doc = read_document("cv.txt", text)
    assert sum("Fecha" in ln.text for ln in doc.lines) == 3
