"""Word (.docx) CVs end to end: documents written here with python-docx, read by cvbib."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree
from typer.testing import CliRunner

import cvbib
from cvbib.cli import app
from cvbib.errors import CvbibError
from cvbib.read import read_document
from cvbib.read.docx import _Numbering

runner = CliRunner()
Seg = tuple[str, str]  # text, style: "" plain, "b" bold, "i" italic


def _runs(paragraph: docx.text.paragraph.Paragraph, segs: list[Seg]) -> None:
    for text, style in segs:
        run = paragraph.add_run(text)
        run.bold = "b" in style or None
        run.italic = "i" in style or None


def _link(paragraph: docx.text.paragraph.Paragraph, text: str, url: str) -> None:
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run, t = OxmlElement("w:r"), OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def make_cv(path: Path) -> Path:
    doc = docx.Document()
    doc.add_heading("Jane Doe", level=0)  # the Title style
    contact = doc.add_paragraph("Professor of Computer Science. Web: ")
    _link(contact, "janedoe.example.org", "https://janedoe.example.org")
    doc.add_heading("Publications", level=1)
    doc.add_heading("Conference Papers", level=2)
    first = doc.add_paragraph(style="List Number")
    _runs(first, [("Jane Doe", "b"), (", Bob Roe and Carl Poe. ", "")])
    _runs(first, [("Sparse Attention for Efficient Computing on Graphs", "i")])
    _runs(first, [(". In Proc. ICML, 2021. ", "")])
    _link(first, "[PDF]", "https://example.org/sparse.pdf")
    second = doc.add_paragraph(style="List Number")
    _runs(second, [("Ann Lee and ", ""), ("Jane Doe", "b"), (". ", "")])
    _runs(second, [("Self-Supervised Learning of Protein Structures", "i")])
    _runs(second, [(". Nature Methods, 2020.", "")])
    doc.add_heading("Journal Articles", level=2)
    table = doc.add_table(rows=2, cols=2)
    rows = [
        ("2019", "Eve Sun", "Robust Estimation in High Dimensions", "Journal of Machine Learning Research, 2019."),
        ("2018", "Fay Moon", "Graph Neural Networks and Their Limits", "IEEE Transactions on Pattern Analysis and Machine Intelligence."),
    ]  # fmt: skip
    for row, (year, coauthor, title, venue) in zip(table.rows, rows, strict=True):
        row.cells[0].text = year
        cell = row.cells[1].paragraphs[0]
        _runs(cell, [("Jane Doe", "b"), (f" and {coauthor}. ", ""), (title, "i")])
        _runs(cell, [(f". {venue}", "")])
    doc.add_heading("Book Chapters", level=2)
    chapters = doc.add_table(rows=1, cols=2)
    chapters.rows[0].cells[0].text = "[5]"
    cell = chapters.rows[0].cells[1].paragraphs[0]
    _runs(cell, [("Jane Doe", "b"), (" and Gus Hill. ", ""), ("Workflows for Open Science", "i")])
    _runs(cell, [(". In Handbook of Reproducible Research, Springer, 2017.", "")])
    doc.add_heading("Preprints", level=2)
    preprint = doc.add_paragraph()  # title, authors and venue on lines of their own
    _runs(preprint, [("Adaptive Gradient Methods Revisited under Heavy-Tailed Noise", "i")])
    preprint.add_run().add_break()
    _runs(preprint, [("Jane Doe", "b"), (", Ivy Chen", "")])
    preprint.add_run().add_break()
    _runs(preprint, [("arXiv preprint arXiv:2301.01234, 2023", "")])
    doc.add_heading("Invited Talks", level=1)
    doc.add_paragraph("Sparse attention, MIT, 2022", style="List Bullet")
    doc.add_paragraph("Graph learning, Stanford, 2021", style="List Bullet")
    doc.save(str(path))
    return path


EXPECTED = [  # title, family names, year, index of the CV's owner
    ("Sparse Attention for Efficient Computing on Graphs", ["Doe", "Roe", "Poe"], 2021, 0),
    ("Self-Supervised Learning of Protein Structures", ["Lee", "Doe"], 2020, 1),
    ("Robust Estimation in High Dimensions", ["Doe", "Sun"], 2019, 0),
    ("Graph Neural Networks and Their Limits", ["Doe", "Moon"], 2018, 0),  # year from its cell
    ("Workflows for Open Science", ["Doe", "Hill"], 2017, 0),
    ("Adaptive Gradient Methods Revisited under Heavy-Tailed Noise", ["Doe", "Chen"], 2023, 0),
]


@pytest.fixture(scope="module")
def cv_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_cv(tmp_path_factory.mktemp("docx") / "cv.docx")


def test_entries_end_to_end(cv_docx: Path) -> None:
    records = cvbib.extract(str(cv_docx))
    got = [(r.title, [p.family for p in r.authors], r.year, r.owner) for r in records]
    assert got == EXPECTED
    assert "https://example.org/sparse.pdf" in (records[0].url, *records[0].urls)


def test_headings_lists_styles_links_and_tables(cv_docx: Path) -> None:
    doc = read_document(str(cv_docx))
    assert doc.format == "docx"
    lines = [ln for ln in doc.lines if ln.kind != "blank"]
    # line numbers are paragraph numbers: they only grow
    assert [ln.lineno for ln in lines] == sorted(ln.lineno for ln in lines)
    headings = [(ln.text, ln.level) for ln in lines if ln.kind == "heading"]
    assert headings[:3] == [("Jane Doe", 1), ("Publications", 1), ("Conference Papers", 2)]
    assert ("Invited Talks", 1) in headings
    items = [ln for ln in lines if ln.kind == "item"]
    assert [i.marker for i in items] == ["1.", "2.", "-", "-", "[5]", "-", "-"]
    first = items[0]
    assert first.text[slice(*first.bold[0])] == "Jane Doe"
    assert first.text[slice(*first.italic[0])] == EXPECTED[0][0]
    assert first.links[0][2] == "https://example.org/sparse.pdf"
    contact = lines[1]
    assert contact.links and contact.links[0][2] == "https://janedoe.example.org"
    # a table row is one line: the year cell becomes the marker, the year kept when the
    # entry itself does not give it
    assert items[2].text.startswith("Jane Doe and Eve Sun. Robust")
    assert items[3].text.endswith("(2018)")
    # line breaks inside a paragraph are lines of their own, with no blank between them
    k = [ln.text for ln in doc.lines].index("Jane Doe, Ivy Chen")
    assert doc.lines[k - 1].text.startswith("Adaptive")
    assert doc.lines[k + 1].text.startswith("arXiv")
    # ... and share their paragraph's number, as Word counts paragraphs
    assert doc.lines[k - 1].lineno == doc.lines[k].lineno == doc.lines[k + 1].lineno


def test_line_numbers_are_paragraph_numbers(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Publications", level=1)
    d.add_paragraph("")
    d.add_paragraph("Doe J, Roe R. First title here. J Dent Res. 2020;99(5):512-520.")
    d.add_paragraph("")
    d.add_paragraph("Doe J. Second title here. Oral Dis. 2021;27(4):812-820.")
    path = tmp_path / "cv.docx"
    d.save(str(path))
    # python-docx's paragraphs, counted from 1, empty ones too
    assert [r.source.line for r in cvbib.extract(str(path))] == [3, 5]


def test_detected_by_content_and_through_the_cli(cv_docx: Path, tmp_path: Path) -> None:
    for name in ("cv", "cv.bin"):
        renamed = tmp_path / name
        shutil.copy(cv_docx, renamed)
        assert [r.title for r in cvbib.extract(str(renamed))] == [e[0] for e in EXPECTED]
    result = runner.invoke(app, ["extract", str(cv_docx), "--to", "csl-json"])
    assert result.exit_code == 0, result.output
    assert "Workflows for Open Science" in result.stdout


def test_damaged_and_old_word_files_give_clear_errors(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>not xml")
    damaged.write_bytes(buf.getvalue())
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    not_word = tmp_path / "cv.docx"
    with zipfile.ZipFile(not_word, "w") as z:
        z.writestr("hello.txt", "\x00" * 100)
    with pytest.raises(CvbibError, match="damaged Word file"):
        cvbib.extract(str(damaged))
    for path, message in [
        (damaged, "damaged Word file"),
        (old, "old Word .doc format"),
        (not_word, "Word file"),
    ]:
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code == 2, (path, result.output)
        assert str(path) in result.stderr and message in result.stderr
        assert "Traceback" not in result.output


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_list_numbers_follow_the_list_definition() -> None:
    xml = f"""<w:numbering xmlns:w="{W}">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="[%1]"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>"""  # fmt: skip
    numbering = _Numbering.parse(etree.fromstring(xml))
    got = [numbering.marker("1", level) for level in (0, 0, 1, 1, 0)]
    assert got == ["[3]", "[4]", "4.i)", "4.ii)", "[5]"]
    assert numbering.marker("2", 0) == "-"
    assert [numbering.marker("3", 0), numbering.marker("3", 0)] == ["[1]", "[2]"]
    assert numbering.marker("0", 0) is None and numbering.marker("9", 0) is None


def test_apa_word_cv_with_italic_journals(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Grace Mbeki", 0)
    d.add_heading("Refereed Journal Articles", 1)
    p = d.add_paragraph(style="List Number")
    _runs(
        p,
        [
            ("Mbeki, G.", "b"),
            (", & Dlamini, T. (2021). Bayesian small-area estimation of HIV prevalence. ", ""),
            ("Journal of the Royal Statistical Society: Series A", "i"),
            (", 184(2), 512–534.", ""),
        ],
    )
    d.add_heading("Invited Talks", 1)
    d.add_paragraph("Bayesian methods for surveillance, SACEMA seminar, 2022")
    path = tmp_path / "apa.docx"
    d.save(str(path))
    (rec,) = cvbib.extract(str(path))
    assert rec.title == "Bayesian small-area estimation of HIV prevalence"
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Journal of the Royal Statistical Society Series A: Statistics in Society",
        "184",
        "2",
        "512--534",
    )
    assert rec.owner == 0
