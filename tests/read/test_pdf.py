"""PDF CVs end to end: PDFs made here (fpdf2, and pdflatex when present) through cvbib.

No PDF is checked in: each test writes the PDF it reads, so what the layout holds (fonts,
columns, running headers, hyphens, ligatures) is plain to see below.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cvbib
from cvbib.cli import app
from cvbib.errors import CvbibError
from cvbib.read import read_document
from tests.conftest import need_tool

fpdf = pytest.importorskip("fpdf")  # the test extra installs it

runner = CliRunner()
DEJAVU_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
DEJAVU = next((d for d in DEJAVU_DIRS if (d / "DejaVuSans.ttf").exists()), None)

Seg = tuple[str, str]  # text, fpdf style ("", "B", "I")


class _CV(fpdf.FPDF):  # type: ignore[misc]
    """Running header on every page; the footer is "Page n of N", on the last page "n"."""

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_xy(20, 10)
        self.cell(0, 4, "Jane Doe - Curriculum Vitae")

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_xy(0, -15)
        n = self.page_no()
        self.cell(0, 4, str(n) if n == 3 else f"Page {n} of {{nb}}", align="C")


def _font(pdf: fpdf.FPDF, text: str, style: str, size: float) -> None:
    family = "DejaVu" if any(ord(c) > 255 for c in text) else "Helvetica"
    pdf.set_font(family, style, size)


def _write(pdf: fpdf.FPDF, x: float, y: float, segs: list[Seg], size: float = 10) -> None:
    """One line of styled text at (x, y), in millimetres."""
    pdf.set_xy(x, y)
    for text, style in segs:
        _font(pdf, text, style, size)
        pdf.cell(pdf.get_string_width(text), 5, text)


def _wrap(pdf: fpdf.FPDF, segs: list[Seg], x: float, hang: float, right: float, y: float) -> float:
    """Styled words filled into lines up to ``right``, continuation lines ``hang`` further in."""
    words = [(w, st) for text, st in segs for w in text.split(" ") if w]
    lines: list[list[Seg]] = [[]]
    width = 0.0
    for word, st in words:
        _font(pdf, word, st, 10)
        w = pdf.get_string_width(word + " ")
        limit = right - (x if len(lines) == 1 else x + hang)
        if lines[-1] and width + w > limit:
            lines.append([])
            width = 0.0
        lines[-1].append((word + " ", st))
        width += w
    for k, line in enumerate(lines):
        _write(pdf, x if k == 0 else x + hang, y, line)
        y += 5
    return y


FI, FFI = ("\ufb01", "\ufb03") if DEJAVU else ("fi", "ffi")
NUMBERED: list[list[list[Seg]]] = [  # entries [1]-[3], broken into lines by hand
    [
        [("Jane Doe", "B"), (", Bob Roe and Carl Poe. ", ""), ("Sparse Attention for Com-", "I")],
        [("puting on Large Graphs", "I"), (". In Proc. ICML, pages 1-10, 2021.", "")],
    ],
    [
        [("Ann Lee and ", ""), ("Jane Doe", "B"), (". ", ""), ("Self-", "I")],
        [("Supervised Learning of Protein Structures", "I"), (". Nature Methods, 2020.", "")],
    ],
    [
        [("Jane Doe", "B"), (" and Mark Twain. ", ""), (f"E{FFI}cient {FI}ne-tuning of", "I")],
        [("Large Language Models", "I"), (". In Proc. NeurIPS, 2022.", "")],
    ],
]
LEFT = [("Alpha", "Ann Lee", 2019), ("Beta", "Bob Roe", 2018), ("Gamma", "Carl Poe", 2017)]
RIGHT = [("Delta", "Dan Ray", 2016), ("Epsilon", "Eve Sun", 2015), ("Zeta", "Fay Moon", 2014)]
APA = [  # unnumbered, hanging indents
    "Doe, J., & Hill, G. (2013). Workflows for reproducible research in computational "
    "biology and the life sciences. Journal of Open Research Software, 1(2), 10-20.",
    "Doe, J., Ito, H., & Chen, I. (2012). Robust estimation of sparse covariance matrices "
    "in high dimensions with missing data. Statistics and Computing, 22(4), 100-120.",
]

EXPECTED = [  # title, family names, year, index of the CV's owner
    ("Sparse Attention for Computing on Large Graphs", ["Doe", "Roe", "Poe"], 2021, 0),
    ("Self-Supervised Learning of Protein Structures", ["Lee", "Doe"], 2020, 1),
    ("Efficient fine-tuning of Large Language Models", ["Doe", "Twain"], 2022, 0),
    *[(f"{t} Methods for Column Layouts", ["Doe", a.split()[1]], y, 0) for t, a, y in LEFT],
    *[(f"{t} Methods for Column Layouts", ["Doe", a.split()[1]], y, 0) for t, a, y in RIGHT],
    (
        "Workflows for reproducible research in computational biology and the life sciences",
        ["Doe", "Hill"],
        2013,
        0,
    ),
    (
        "Robust estimation of sparse covariance matrices in high dimensions with missing data",
        ["Doe", "Ito", "Chen"],
        2012,
        0,
    ),
]


def make_cv(path: Path) -> Path:
    """Three pages: numbered entries with hanging indents, two columns, APA entries."""
    pdf = _CV(format="A4")
    if DEJAVU:
        pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
        pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _write(pdf, 20, 22, [("Jane Doe", "B")], size=20)
    _write(pdf, 20, 33, [("Professor of Computer Science, Example University", "")])
    _write(pdf, 20, 45, [("Publications", "B")], size=14)
    y = 55.0
    for k, entry in enumerate(NUMBERED, 1):
        _write(pdf, 20, y, [(f"[{k}]", "")])
        for line in entry:
            _write(pdf, 30, y, line)
            y += 5
        y += 3
    pdf.add_page()  # two columns: [4]-[6] on the left, [7]-[9] on the right
    _write(pdf, 20, 22, [("Journal Articles", "B")], size=14)
    for x, entries, first in ((20, LEFT, 4), (110, RIGHT, 7)):
        y = 35
        for k, (name, coauthor, year) in enumerate(entries, first):
            _write(pdf, x, y, [(f"[{k}]", "")])
            _write(pdf, x + 8, y, [("Jane Doe", "B"), (f" and {coauthor}.", "")])
            _write(pdf, x + 8, y + 5, [(f"{name} Methods for", "I")])
            _write(pdf, x + 8, y + 10, [("Column Layouts", "I"), (", Journal of", "")])
            _write(pdf, x + 8, y + 15, [(f"{name} Studies, pp. 1-10, {year}.", "")])
            y += 23
    pdf.add_page()
    _write(pdf, 20, 22, [("Book Chapters", "B")], size=14)
    y = 32.0
    for ref in APA:
        y = _wrap(pdf, [(ref, "")], 20, 10, 190, y)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def cv_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_cv(tmp_path_factory.mktemp("pdf") / "cv.pdf")


def families(rec: cvbib.Record) -> list[str]:
    return [p.family for p in rec.authors]


def test_entries_end_to_end(cv_pdf: Path) -> None:
    records = cvbib.extract(str(cv_pdf))
    got = [(r.title, families(r), r.year, r.owner) for r in records]
    assert got == EXPECTED
    assert [r.source.line for r in records if r.source] == sorted(
        r.source.line for r in records if r.source
    )


def test_running_header_footer_and_page_numbers_are_dropped(cv_pdf: Path) -> None:
    doc = read_document(str(cv_pdf))
    texts = [ln.text for ln in doc.lines]
    assert not [t for t in texts if "Curriculum Vitae" in t or "Page" in t or t == "3"]
    for rec in cvbib.extract(str(cv_pdf)):
        fields = " ".join(map(str, (rec.title, rec.venue, rec.notes, rec.extra, rec.authors)))
        assert "Curriculum" not in fields and "Page" not in fields


def test_two_columns_are_read_left_then_right(cv_pdf: Path) -> None:
    texts = [ln.text for ln in read_document(str(cv_pdf)).lines]
    names = [name for name, *_ in LEFT + RIGHT]
    firsts = [next(i for i, t in enumerate(texts) if t.startswith(f"{n} Methods")) for n in names]
    assert firsts == sorted(firsts)
    assert not [t for t in texts if "Alpha" in t and "Delta" in t]


def test_hyphens_ligatures_styles_and_line_numbers(cv_pdf: Path) -> None:
    doc = read_document(str(cv_pdf))
    assert doc.format == "pdf"
    lines = [ln for ln in doc.lines if ln.kind != "blank"]
    joined = "\n".join(ln.text for ln in lines)
    assert "Sparse Attention for Computing\non Large" in joined and "Com-" not in joined
    assert "Self-Supervised" in joined
    assert "Efficient fine-tuning" in joined and not set(joined) & set("ﬀﬁﬂﬃﬄ")
    # one running number per line of text, in reading order across the pages
    assert [ln.lineno for ln in lines] == list(range(1, len(lines) + 1))
    name, publications = lines[0], lines[2]
    assert (name.kind, name.level, name.text) == ("heading", 1, "Jane Doe")
    assert (publications.kind, publications.level) == ("heading", 2)
    items = [ln for ln in lines if ln.kind == "item"]
    assert [i.marker for i in items] == [f"[{k}]" for k in range(1, 10)]
    first = items[0]
    assert first.text[slice(*first.bold[0])] == "Jane Doe"
    assert first.text[slice(*first.italic[0])] == "Sparse Attention for Computing"
    # APA entries: the first line at the margin, the rest further in (a hanging indent)
    apa = [ln for ln in lines if ln.text.startswith("Doe, J.")]
    after = lines[lines.index(apa[0]) + 1]
    assert apa[0].indent == 0 and after.indent > 0


def test_detected_by_content_and_through_the_cli(cv_pdf: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "cv.txt"
    shutil.copy(cv_pdf, renamed)
    assert [r.title for r in cvbib.extract(str(renamed))] == [e[0] for e in EXPECTED]
    result = runner.invoke(app, ["extract", str(cv_pdf)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n@") + result.stdout.startswith("@") == len(EXPECTED)
    piped = runner.invoke(app, ["extract", "-", "-q"], input=cv_pdf.read_bytes())
    assert piped.exit_code == 0 and piped.stdout == result.stdout


def test_sidebar_is_read_apart_and_date_columns_across(tmp_path: Path) -> None:
    """A skills sidebar is its own column; dates set right of their rows stay on them."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    _write(pdf, 15, 20, [("Skills", "B")], size=12)
    for k, skill in enumerate(["Python", "C++", "PyTorch", "LaTeX", "Statistics", "German"]):
        _write(pdf, 15, 28 + 7.3 * k, [(skill, "")], size=9)
    _write(pdf, 70, 20, [("Education", "B")], size=14)
    for k, (degree, years) in enumerate(
        [("PhD, Stanford", "2015 - 2020"), ("BSc, Oxford", "2010 - 2013")]
    ):
        _write(pdf, 70, 28 + 6 * k, [(degree, "")])
        _write(pdf, 170, 28 + 6 * k, [(years, "")])
    _write(pdf, 70, 45, [("Publications", "B")], size=14)
    for k in range(4):
        y = 53 + 12 * k
        _write(pdf, 70, y, [(f"[{k + 1}] ", ""), ("Jane Doe", "B"), (" and Bob Roe. Sidebar", "")])
        _write(
            pdf, 78, y + 5, [(f"Layouts, Part {k}", "I"), (f". Journal of CVs, {2020 - k}.", "")]
        )
    path = tmp_path / "sidebar.pdf"
    pdf.output(str(path))
    texts = [ln.text for ln in read_document(str(path)).lines if ln.text]
    assert texts[:7] == ["Skills", "Python", "C++", "PyTorch", "LaTeX", "Statistics", "German"]
    assert "PhD, Stanford 2015 - 2020" in texts
    records = cvbib.extract(str(path))
    assert [(r.title, r.year, r.owner) for r in records] == [
        (f"Layouts, Part {k}", 2020 - k, 0) for k in range(4)
    ]


DATED = [  # year, bold title, co-authors line (or none), italic venue
    ("2024", "Near-linear time algorithms for expander decompositions", "with Rafael Almeida", "FOCS 2024"),
    ("2023", "An Erdos-Posa theorem for directed odd cycles", None, "SODA 2023"),
    ("2022", "Sparsification and sketching for hypergraph cuts", "with Kenji Okabe and Chloe Vasseur", "STOC 2022"),
]  # fmt: skip


def test_date_column_rows_with_line_breaks(tmp_path: Path) -> None:
    """A table of a year column beside cells of short lines (title / with ... / venue, as
    a browser prints an HTML table): one entry per row, its lines read as parts, the date
    column apart from the title."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    _write(pdf, 20, 20, [("Jane Doe", "B")], size=18)
    _write(pdf, 20, 32, [("Publications", "B")], size=14)
    y = 42.0
    for year, title, coauthors, venue in DATED:
        _write(pdf, 20, y, [(year, "")])
        _write(pdf, 38, y, [(title, "B")])
        for line in [[(coauthors, "")]] if coauthors else []:
            y += 5
            _write(pdf, 38, y, line)
        _write(pdf, 38, y + 5, [(venue, "I")])
        y += 14
    path = tmp_path / "dated.pdf"
    pdf.output(str(path))
    records = cvbib.extract(str(path))
    assert [(r.title, r.year, r.venue_short) for r in records] == [
        (title, int(year), venue.split()[0]) for year, title, _, venue in DATED
    ]
    assert [families(r)[1:] for r in records] == [["Almeida"], [], ["Okabe", "Vasseur"]]


def test_right_aligned_numbers_are_one_list(tmp_path: Path) -> None:
    """A browser right-aligns list numbers: "14." starts a digit left of " 9.", one level
    (DejaVu's digits are wider than the 0.6 em that separated levels before)."""
    if DEJAVU is None:
        pytest.skip("needs the DejaVu fonts")
    pdf = fpdf.FPDF()
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 14)
    pdf.set_xy(20, 20)
    pdf.cell(40, 5, "Publications")
    pdf.set_font("DejaVu", "", 10)
    y = 32.0
    for n in (11, 10, 9, 8):
        x = 30 - pdf.get_string_width(f"{n}.")
        for left, text in (
            (x, f"{n}."),
            (32, f"Doe J, Roe A. Paper number {n} on things."),
            (32, f"J Things. 20{n};{n}(2):1-9."),
        ):
            pdf.set_xy(left, y if left < 32 or "Doe" in text else y + 5)
            pdf.cell(pdf.get_string_width(text), 5, text)
        y += 12
    path = tmp_path / "numbers.pdf"
    pdf.output(str(path))
    records = cvbib.extract(str(path))
    assert [r.title for r in records] == [f"Paper number {n} on things" for n in (11, 10, 9, 8)]


def _image_only_pdf(path: Path) -> Path:
    from PIL import Image

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(Image.new("L", (200, 280), 255), x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def test_scanned_broken_and_encrypted_pdfs_give_clear_errors(cv_pdf: Path, tmp_path: Path) -> None:
    scanned = _image_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(CvbibError, match=r"no text layer \(a scanned PDF\?\): cvbib cannot OCR"):
        cvbib.extract(str(scanned))
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(cv_pdf.read_bytes()[:900])
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    locked = tmp_path / "locked.pdf"
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Publications")
    pdf.output(str(locked))
    for path, message in [
        (scanned, "no text layer"),
        (truncated, "PDF"),
        (garbage, "PDF"),
        (locked, "encrypted with a password"),
    ]:
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code == 2, (path, result.output)
        assert str(path) in result.stderr and message in result.stderr
        assert "Traceback" not in result.output


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    """Permissions without a user password (common on exported CVs) do not stop reading."""
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    _write(pdf, 20, 20, [("Publications", "B")], size=14)
    _write(pdf, 20, 30, [("[1] ", ""), ("Jane Doe", "B"), (" and Bob Roe. ", "")])
    _write(pdf, 50, 30, [])
    _write(pdf, 20, 35, [("Locked Methods for Open Science", "I"), (". Nature, 2020.", "")])
    path = tmp_path / "owner.pdf"
    pdf.output(str(path))
    [rec] = cvbib.extract(str(path))
    assert (rec.title, rec.year) == ("Locked Methods for Open Science", 2020)


def test_twenty_pages_every_entry_read(tmp_path: Path) -> None:
    """Every entry of a long CV across page breaks (the speed is benchmarks/pdf_speed.py's)."""
    pdf = _CV(format="A4")
    pdf.set_auto_page_break(False)
    n = 0
    for page in range(20):
        pdf.add_page()
        if page == 0:
            _write(pdf, 20, 20, [("Publications", "B")], size=14)
        for y in range(30 if page == 0 else 25, 270, 18):
            n += 1
            _write(pdf, 20, y, [(f"[{n}]", "")])
            _write(pdf, 30, y, [("Jane Doe", "B"), (f", Bob Roe and Carl Poe. Study {n}", "")])
            _write(pdf, 30, y + 5, [(f"of Sparse Methods for Learning on Graphs {n}", "I")])
            _write(pdf, 30, y + 10, [(f". In Proc. ICML, pages {n}-{n + 9}, {2000 + n % 24}.", "")])
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    records = cvbib.extract(str(path))
    assert len(records) == n
    assert [r.year for r in records[:3]] == [2001, 2002, 2003]


LATEX_CV = r"""
\documentclass[10pt]{article}
\usepackage[margin=2.5cm]{geometry}
\usepackage{multicol}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{Jane Doe -- Curriculum Vitae}
\fancyhead[R]{Last updated March 2024}
\fancyfoot[C]{\thepage}
\renewcommand{\labelenumi}{[\arabic{enumi}]}
\begin{document}
\thispagestyle{plain}
\begin{center}{\LARGE\bfseries Jane Doe}\\[4pt]
Professor of Computer Science, Example University\end{center}

\section*{Research Interests}
Efficient machine learning, graph workflows and field theory, on which I have written the
papers listed below in reverse chronological order, with my name in bold.

\section*{Publications}
\subsection*{Conference Papers}
\begin{enumerate}
\item \textbf{Jane Doe}, Bob Roe and J\"urgen M\"uller. \emph{Sparse Attention for Efficient
Com-\linebreak puting on Large Graphs}. In Proceedings of the International Conference on
Machine Learning (ICML), pages 1--10, 2021.
\item Ann Lee and \textbf{Jane Doe}. \emph{Self-Supervised Learning of Protein Structures from
Unlabelled Sequences}. In Advances in Neural Information Processing Systems (NeurIPS), 2020.
\item \textbf{Jane Doe} and Mark Twain. \emph{Efficient Fine-Tuning of Large Language Models
with Low-Rank Adapters}. In Proceedings of the Annual Meeting of the Association for
Computational Linguistics (ACL), pages 100--112, 2022.
\item \textbf{Jane Doe}, Carl Poe and Dan Ray. \emph{Workflows for Reproducible Scientific
Computing on Clusters}. In Proceedings of the Conference on Reproducible Research, pages
5--9, 2019.
\end{enumerate}
\subsection*{Workshop Papers}
\begin{itemize}
\item \textbf{Jane Doe} and Kim Lo. \emph{Bullets and the \LaTeX{} Logo in Curricula Vitae}.
In \textsc{Workshop on Documents}, 2020.
\end{itemize}
\subsection*{Preprints}
Jane Doe and Ivy Chen. Adaptive Gradient Methods Revisited: A Study of Convergence under
Heavy-Tailed Noise and Non-Convex Objectives. arXiv preprint arXiv:2301.01234, 2023.

Jane Doe, Jon Park and Bob Roe. Quantized Training of Neural Networks without Loss of
Accuracy: Methods, Theory and Practice for Large Models. Technical report, Example
University, 2022.
\newpage
\subsection*{Journal Articles}
\begin{multicols}{2}
\begin{enumerate}\setcounter{enumi}{4}
\item \textbf{Jane Doe} and Eve Sun. \emph{Left Column Methods for Robust Estimation in High
Dimensions}. Journal of Machine Learning Research, 21(4):1--30, 2018.
\item \textbf{Jane Doe} and Fay Moon. \emph{Another Left Column Study of Graph Neural Networks
and Their Limits}. IEEE Transactions on Pattern Analysis and Machine Intelligence,
40(2):100--120, 2017.
\item \textbf{Jane Doe} and Gus Hill. \emph{Right Column Analysis of Stochastic Optimisation
Methods}. SIAM Journal on Optimization, 27(1):1--25, 2016.
\item \textbf{Jane Doe} and Hal Ito. \emph{Right Column Bounds for Online Learning with Bandit
Feedback}. Machine Learning, 99(3):300--320, 2015.
\end{enumerate}
\end{multicols}
\end{document}
"""

LATEX_EXPECTED = [
    ("Sparse Attention for Efficient Computing on Large Graphs", ["Doe", "Roe", "Müller"], 2021),
    (
        "Self-Supervised Learning of Protein Structures from Unlabelled Sequences",
        ["Lee", "Doe"],
        2020,
    ),
    (
        "Efficient Fine-Tuning of Large Language Models with Low-Rank Adapters",
        ["Doe", "Twain"],
        2022,
    ),
    ("Workflows for Reproducible Scientific Computing on Clusters", ["Doe", "Poe", "Ray"], 2019),
    ("Bullets and the LATEX Logo in Curricula Vitae", ["Doe", "Lo"], 2020),
    (
        "Adaptive Gradient Methods Revisited: A Study of Convergence under Heavy-Tailed Noise "
        "and Non-Convex Objectives",
        ["Doe", "Chen"],
        2023,
    ),
    (
        "Quantized Training of Neural Networks without Loss of Accuracy: Methods, Theory and "
        "Practice for Large Models",
        ["Doe", "Park", "Roe"],
        2022,
    ),
    ("Left Column Methods for Robust Estimation in High Dimensions", ["Doe", "Sun"], 2018),
    (
        "Another Left Column Study of Graph Neural Networks and Their Limits",
        ["Doe", "Moon"],
        2017,
    ),
    ("Right Column Analysis of Stochastic Optimisation Methods", ["Doe", "Hill"], 2016),
    ("Right Column Bounds for Online Learning with Bandit Feedback", ["Doe", "Ito"], 2015),
]


def test_pdflatex_cv(tmp_path: Path) -> None:
    """A CV as LaTeX makes it: Computer Modern (ligatures, accents built from two glyphs),
    justified text, fancyhdr's header on page 2 only, multicol's balanced columns, itemize's
    bullet (a glyph with no Unicode when drawn from a bitmap font) and the raised A of the LaTeX logo."""
    need_tool("pdflatex")
    (tmp_path / "cv.tex").write_text(LATEX_CV, encoding="utf-8")
    run = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    records = cvbib.extract(str(tmp_path / "cv.pdf"))
    assert [(r.title, families(r), r.year) for r in records] == LATEX_EXPECTED
    assert all(r.owner == families(r).index("Doe") for r in records[:4])
    assert records[0].pages == "1--10" and records[7].pages == "1--30"
    texts = [ln.text for ln in read_document(str(tmp_path / "cv.pdf")).lines]
    assert not [t for t in texts if "Curriculum Vitae" in t or "Last updated" in t]


def test_raised_and_lowered_digits_become_scripts(tmp_path: Path) -> None:
    """ "10⁷" and "Si₃N₄" as the PDF draws them (small glyphs off the baseline); a raised
    ordinal's letters ("21st") stay letters."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.write(6, "Publications")
    pdf.ln(10)
    for text, vpos in [
        ('[1] A. Doe and B. Roe, "Quality factors above 10', "LINE"),
        ("7", "SUP"),
        (" in Si", "LINE"),
        ("3", "SUB"),
        ("N", "LINE"),
        ("4", "SUB"),
        (' microrings," in Proc. 21', "LINE"),
        ("st", "SUP"),
        (" Int. Conf. Photonics, 2021, pp. 1-4.", "LINE"),
    ]:
        pdf.char_vpos = vpos
        pdf.write(6, text)
    pdf.char_vpos = "LINE"
    pdf.output(str(tmp_path / "cv.pdf"))
    [rec] = cvbib.extract(str(tmp_path / "cv.pdf"))
    assert rec.title == "Quality factors above 10⁷ in Si₃N₄ microrings"
    texts = [ln.text for ln in read_document(str(tmp_path / "cv.pdf")).lines]
    assert any("Proc. 21st Int. Conf." in t for t in texts)
