from __future__ import annotations

from pathlib import Path

import pytest

import cvbib
from cvbib.errors import CvbibError
from cvbib.read import choose_reader, decode, load_text, plaintext, read_document


def test_markdown_keeps_styles_items_and_line_numbers() -> None:
    text = "# Publications\n\n- **Jane Doe**, Bob Roe. *A Title*. ICML, 2024. [PDF](#)\n  wrapped\n"
    doc = read_document("cv.md", text)
    heading, blank, item, wrapped = doc.lines[:4]
    assert (heading.kind, heading.text, heading.level) == ("heading", "Publications", 1)
    assert blank.kind == "blank"
    assert item.kind == "item" and item.lineno == 3 and item.marker == "-"
    assert item.text[slice(*item.bold[0])] == "Jane Doe"
    assert item.text[slice(*item.italic[0])] == "A Title"
    assert item.links[0][2] == "#"
    assert (wrapped.kind, wrapped.lineno, wrapped.text) == ("text", 4, "wrapped")


def test_markdown_front_matter_and_setext_headings() -> None:
    text = "---\ntitle: x\n---\n\nPublications:\n======\n**A B**, Title\n"
    doc = read_document("cv.md", text)
    headings = [ln for ln in doc.lines if ln.kind == "heading"]
    assert [(h.text, h.lineno) for h in headings] == [("Publications:", 5)]


def test_txt_with_markdown_is_read_as_markdown() -> None:
    text = "PUBLICATIONS\n\n- **A B**, C D. Title. [PDF](#)\n- x\n"
    assert choose_reader("cv.txt", text).name == "markdown"
    assert choose_reader("cv.txt", "Plain CV\n\nJane Doe. Title. 2020.\n").name == "text"


def test_html_blocks_entities_and_lists() -> None:
    html = (
        "<html><body><nav><a href='#pub'>Publications</a></nav>\n<h2>Publications</h2>\n"
        "<ol><li><b>J. M&uuml;ller</b>, &#8220;A &amp; B,&#8221; <i>Proc. X</i>, 2020.</li>\n"
        "<li>Second</li></ol><script>var x=1;</script></body></html>"
    )
    doc = read_document("cv.html", html)
    texts = [(ln.kind, ln.text) for ln in doc.lines if ln.kind != "blank"]
    assert texts[0] == ("heading", "Publications")
    assert texts[1] == ("item", "J. Müller, “A & B,” Proc. X, 2020.")
    assert doc.lines[[ln.text for ln in doc.lines].index(texts[1][1])].marker == "1."
    assert all("var x" not in t for _, t in texts)
    assert all(t != "Publications" or k == "heading" for k, t in texts)


def test_html_styles_of_a_word_processors_classes() -> None:
    # Google Docs' export: italics and bold set by classes of its style sheet
    html = (
        "<html><head><style>.c7{font-style:italic;color:#000}.c9{font-weight:700}"
        ".c1{font-weight:400}</style></head><body>"
        '<p class="c5"><span class="c9">Whitfield, R. M.</span><span class="c1">, &amp; Cho, '
        'H. (2022). Title of the article. </span><span class="c7">Nurse Education Today</span>'
        '<span class="c1">, 112, 105321.</span></p></body></html>'
    )
    line = next(ln for ln in read_document("cv.html", html).lines if "Nurse" in ln.text)
    assert [line.text[a:b] for a, b in line.italic] == ["Nurse Education Today"]
    assert [line.text[a:b] for a, b in line.bold] == ["Whitfield, R. M."]


def test_html_citation_spans_set_off_title_and_journal() -> None:
    # Symplectic Elements: a running citation of classed spans; the title quoted, the
    # journal in italics, as a citation style prints them
    html = (
        "<h2>Journal articles</h2>\n<div class='publication'><div class='citation'>"
        "<span class='authors'><strong>Whitcombe EJ</strong>, Rossi F</span> "
        "<span class='date'>(2024)</span> <span class='title'><a href='/x'>Hydrogen uptake "
        "in steel </a></span>, <span class='journal'>Acta Materialia</span> "
        "<span class='volume'>265</span>, <span class='pages'>119612</span>.</div></div>"
    )
    doc = read_document("cv.html", html)
    line = next(ln for ln in doc.lines if "Hydrogen" in ln.text)
    assert (
        line.text
        == "Whitcombe EJ, Rossi F (2024) “Hydrogen uptake in steel”, Acta Materialia 265, 119612."
    )
    assert [line.text[a:b] for a, b in line.italic] == ["Acta Materialia"]


def test_superscript_marks_after_names_are_not_part_of_them() -> None:
    # a student's or an affiliation's mark after a name; isotopes and powers are untouched
    html = "<ol><li>Haruto Ishikawa<sup>S</sup>, Ana Lee<sup>1</sup>, B. Poe<sup>*</sup>. On δ<sup>13</sup>C and x<sup>2</sup>.</li></ol>"
    md = "1. Haruto Ishikawa<sup>S</sup>, Ana Lee<sup>1</sup>, B. Poe<sup>*</sup>. On δ<sup>13</sup>C and x<sup>2</sup>.\n"
    for name, text in (("cv.html", html), ("cv.md", md)):
        line = next(ln for ln in read_document(name, text).lines if ln.text)
        assert line.text == "Haruto Ishikawa, Ana Lee¹, B. Poe*. On δ13C and x2."


def test_latex_french_quotes_and_table_of_contents_lines() -> None:
    tex = (
        "\\section{Publications}\n\\addcontentsline{toc}{section}{Revues (ACL)}\n"
        "\\begin{itemize}\n\\item Y.~Benali, \\og Spectral templates \\fg, IEEE TSP, 2023.\n"
        "\\end{itemize}\n"
    )
    texts = [ln.text for ln in read_document("hdr.tex", tex).lines if ln.text]
    assert texts == ["Publications", "Y. Benali, « Spectral templates », IEEE TSP, 2023."]


def test_latex_items_styles_and_accents() -> None:
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Publications}\n"
        '\\begin{enumerate}\n\\item \\textbf{J.~M\\"{u}ller} and A. B. \\emph{On $\\ell_1$ \\& more}.\n'
        "  Wrapped line, 2020. % a comment\n\\item Second entry\n\\end{enumerate}\n\\end{document}\n"
    )
    doc = read_document("cv.tex", tex)
    lines = [ln for ln in doc.lines if ln.kind != "blank"]
    assert lines[0].kind == "heading" and lines[0].text == "Publications"
    first = lines[1]
    assert first.kind == "item" and first.lineno == 5 and first.marker == "1."
    assert "Müller" in first.text and "ℓ" in first.text and "&" in first.text
    assert "Wrapped line, 2020." in first.text and "comment" not in first.text
    assert first.text[slice(*first.bold[0])].startswith("J.")
    assert lines[2].text == "Second entry"


def test_plain_text_markers_and_underlined_headings() -> None:
    text = "Publications\n------------\n[1] A. B, Title. 2020.\n2. C. D, Other. 2019.\n• E F\n   wrapped\n"
    doc = read_document("cv.txt", text)
    assert doc.lines[0].kind == "heading"
    items = [ln for ln in doc.lines if ln.kind == "item"]
    assert [i.marker for i in items] == ["[1]", "2.", "•"]
    assert doc.lines[-2].indent == 3


def test_plain_text_markers_numbered_by_kind() -> None:
    text = (
        "Publications\n[J3] A. B, Title. 2020.\n[C12] C. D, Other. 2019.\n[ICML'24] E. F, Third.\n"
    )
    items = [ln for ln in read_document("cv.txt", text).lines if ln.kind == "item"]
    # "[ICML'24]" is a venue tag, not a list marker: it stays in the entry's text
    assert [(i.marker, i.text[:4]) for i in items] == [("[J3]", "A. B"), ("[C12]", "C. D")]


def test_decode_non_utf8_and_errors(tmp_path) -> None:
    latin = "Publications\nJürgen Müller, Über alles. 2020.\n".encode("latin-1")
    assert "Jürgen" in decode(latin, "x")
    with pytest.raises(CvbibError, match="binary"):
        decode(b"%PDF\x00\x01\x02", "cv.pdf")
    with pytest.raises(CvbibError, match="empty"):
        decode(b"  \n", "cv.txt")
    with pytest.raises(CvbibError, match="no such file"):
        load_text(str(tmp_path / "missing.md"))
    with pytest.raises(CvbibError, match="directory"):
        load_text(str(tmp_path))


def test_latex_moderncv_items_are_entries(tmp_path: Path) -> None:
    import cvbib

    cv = tmp_path / "cv.tex"
    cv.write_text(
        "\\documentclass{moderncv}\n\\begin{document}\n\\section{Publications}\n"
        "\\cvitem{2021}{M.~Gonz\\'alez, P.~M\\\"uller and J.~Smith. \\emph{Robust estimation of "
        "sparse covariance matrices}. Journal of Machine Learning Research, 22(101):1--35.}\n"
        "\\cvitem{2019}{\\textbf{M.~Gonz\\'alez} and A.~Rossi. ``Learning with noisy labels via "
        "importance reweighting.'' \\emph{IEEE Transactions on Neural Networks and Learning "
        "Systems}, 30(4):1040--1052, 2019.}\n"
        "\\section{Talks}\n\\cvitem{2022}{Invited talk at Oxford, ``Robust statistics''.}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    recs = cvbib.extract(str(cv))
    assert [(r.year, r.authors[0].family, r.venue_short) for r in recs] == [
        (2021, "González", "JMLR"),  # the year column of \cvitem
        (2019, "González", "TNNLS"),
    ]
    assert [r.source.line for r in recs] == [4, 5]


def test_html_line_breaks_inside_a_list_item_keep_the_entry_together() -> None:
    html = (
        "<html><body><h2>Papers</h2><ul>"
        "<li>Rahul Menon, Aiko Tanaka:<br/><b>Vectorized Execution.</b><br/>"
        "VLDB J. 31(4): 755-780 (2022)</li></ul></body></html>"
    )
    doc = read_document("cv.html", html)
    assert [ln.kind for ln in doc.lines if ln.text] == ["heading", "item", "text", "text"]
    assert [ln.soft for ln in doc.lines if ln.text][2:] == [True, True]
    assert not any(ln.kind == "blank" for ln in doc.lines[2:])
    (rec,) = cvbib.extract_text(html, "cv.html").records
    assert (rec.title, rec.year, rec.pages) == ("Vectorized Execution", 2022, "755--780")


def test_latex_thebibliography_is_a_publication_list_wherever_it_stands() -> None:
    tex = (
        "\\documentclass{article}\\begin{document}\\subsection*{Education}PhD, 2019.\n"
        "\\begin{thebibliography}{9}\n\\bibitem{a} V.~A. Nguyen and T.~Tran.\n"
        "\\newblock Private aggregation at the edge.\n"
        "\\newblock \\emph{IEEE Trans. Mobile Comput.}, 20(7):2450--2463, 2021.\n"
        "\\end{thebibliography}\\end{document}\n"
    )
    (rec,) = cvbib.extract_text(tex, "cv.tex").records
    assert (rec.title, rec.year, rec.volume, rec.pages) == (
        "Private aggregation at the edge",
        2021,
        "20",
        "2450--2463",
    )


def test_markdown_publication_table_gives_one_citation_per_row() -> None:
    md = (
        "# Publications\n\n| Year | Title | Authors | Venue |\n|---|---|---|---|\n"
        "| 2024 | Diffusion Policies for Manipulation | L. Wang, **K. Osei** | CoRL 2024 |\n\n"
        "# Teaching\n\n| Term | Course |\n|---|---|\n| Fall 2023 | Robot Learning |\n"
    )
    doc = read_document("cv.md", md)
    rows = [ln for ln in doc.lines if ln.kind == "item"]
    assert [ln.text for ln in rows] == [
        "L. Wang, K. Osei. Diffusion Policies for Manipulation. CoRL 2024, 2024."
    ]
    assert rows[0].bold == ((9, 16),)
    assert "Fall 2023 | Robot Learning" in [ln.text for ln in doc.lines]
    (rec,) = cvbib.extract_text(md, "cv.md").records
    assert (rec.title, rec.venue_short, rec.year, rec.owner) == (
        "Diffusion Policies for Manipulation",
        "CoRL",
        2024,
        1,
    )


def test_markdown_line_after_br_or_hard_break_is_soft() -> None:
    text = "# P\n\n- **Title**<br>\n  Authors  \n  Venue\n  wrapped\n"
    lines = [ln for ln in read_document("cv.md", text).lines if ln.kind in ("item", "text")]
    assert [(ln.text, ln.soft) for ln in lines] == [
        ("Title", False),
        ("Authors", True),  # after <br>
        ("Venue", True),  # after a hard break (two spaces)
        ("wrapped", False),  # a plain newline wraps the line
    ]


def test_latex_old_style_font_declarations_style_the_rest_of_their_group() -> None:
    text = (
        "\\section*{Publications}\n\\begin{itemize}\n"
        "\\item {\\bf J.~Dupr\\'e}, {\\em Nonlinear waves}, J. Fluid Mech. {\\bf 912}, A21 (2021).\n"
        "\\end{itemize}\n"
    )
    (item,) = [ln for ln in read_document("cv.tex", text).lines if ln.kind == "item"]
    assert [item.text[a:b] for a, b in item.bold] == ["J. Dupré", "912"]
    assert [item.text[a:b] for a, b in item.italic] == ["Nonlinear waves"]


def test_latex_macros_the_cv_defines_are_expanded_where_used() -> None:
    """\\me names the owner, \\eq marks equal contribution, \\pubentry wraps an entry."""
    text = (
        "\\documentclass{article}\n"
        "\\newcommand{\\me}{\\textbf{Kova\\v{c}evi\\'c AM}}\n"
        "\\newcommand{\\eq}{$^*$}\n"
        "\\renewcommand*{\\pubentry}[1]{\\par\\noindent\\hangindent=1.5em\\hangafter=1 #1\\par}\n"
        "\\def\\loop{\\loop}\n"
        "\\begin{document}\n"
        "\\section*{Publications}\n"
        "\\begin{itemize}\n"
        "\\item Lee X\\eq, \\me\\eq\\ (2024) Title one. \\textit{Neuron} 1:2--3.\n"
        "\\end{itemize}\n"
        '\\pubentry{\\me\\ (2019) \\textit{A thesis}. PhD thesis, University of Z\\"urich.} \\loop\n'
        "\\end{document}\n"
    )
    lines = [ln for ln in read_document("cv.tex", text).lines if ln.text.strip()]
    item = next(ln for ln in lines if ln.kind == "item")
    assert item.text.startswith("Lee X*, Kovačević AM* (2024) Title one.")
    assert [item.text[a:b] for a, b in item.bold] == ["Kovačević AM"]
    assert item.lineno == 9
    thesis = next(ln for ln in lines if "thesis" in ln.text)
    assert thesis.text.startswith("Kovačević AM (2019) A thesis. PhD thesis")
    assert "=1.5em" not in thesis.text and thesis.lineno == 11
    (rec,) = [r for r in cvbib.extract_text(text, "cv.tex").records if r.venue == "Neuron"]
    assert [p.family for p in rec.authors] == ["Lee", "Kovačević"]


def test_a_typed_text_cv_with_underlined_headings_is_not_markdown() -> None:
    """Dashes under headings and a "* = student" line are a typed CV's, not Markdown."""
    text = (
        "PUBLICATIONS\n------------\n* = student mentored by me\n\n"
        "R2.  Lindqvist, T. V., & Brandt, O. 2022, Shock Cooling Emission Models for\n"
        "     Extended Progenitors Revisited, ApJL, 934, L31\n"
        "R1.  Lindqvist, T. V. 2015, Light Echoes around Nearby Core-collapse\n"
        "     Supernovae, PASP, 127, 1102\n"
    )
    doc = read_document("cv.txt", text)
    assert doc.format == "text"
    assert [(ln.marker, ln.lineno) for ln in doc.lines if ln.kind == "item"][-2:] == [
        ("R2.", 5),
        ("R1.", 7),
    ]
    assert read_document("cv.txt", "# CV\n\n**Jane Doe**\n\n- a\n").format == "markdown"


def test_latex_math_reads_as_plain_text() -> None:
    from cvbib.read.latex_tree import _plain_math

    assert _plain_math("√(s)=13") == "√s = 13"
    assert _plain_math("p≫n") == "p ≫ n"
    assert _plain_math("Z→ee") == "Z → ee"
    assert _plain_math("ℓ1") == "ℓ1"


def test_html_hidden_abstracts_are_not_read() -> None:
    from cvbib.read import read_document

    html = (
        "<h2>Publications</h2><ul><li>Kim, J. Title of a paper. <i>Journal</i>, 2021."
        "<div class='abstract' style='display:none'><p>We show that things hold.</p>"
        "<div>nested</div></div> <a class='abstract-toggle' href='#'>[abstract]</a></li></ul>"
    )
    text = " ".join(line.text for line in read_document("p.html", html).lines)
    assert "We show" not in text and "nested" not in text
    assert "Title of a paper" in text and "[abstract]" in text


def test_restructuredtext_cv() -> None:
    import cvbib
    from cvbib.read.rst import to_markdown

    text = (
        "==========\nJane Doe\n==========\n\n:Email: jane@example.org\n\n.. contents::\n   :depth: 1\n\n"
        "Publications\n============\n\nJournal articles\n~~~~~~~~~~~~~~~~\n\n"
        "#. **Doe, J.**, & Roe, R. (2024).\n   Calibrated uncertainty for inflection.\n"
        "   *Transactions of the ACL*, 12, 345–362.\n   `PDF <https://example.org/a.pdf>`_\n\n"
        "Talks\n=====\n\n#. Invited talk at a workshop, 2023.\n"
    )
    md = to_markdown(text)
    assert len(md.split("\n")) == len(text.split("\n"))  # line for line
    assert (
        "# Publications" in md
        and "## Journal articles" in md
        and "[PDF](https://example.org/a.pdf)" in md
    )
    result = cvbib.extract_text(text, "cv.rst")
    assert result.format == "rst"
    assert [(r.source.line, r.title) for r in result.records] == [
        (16, "Calibrated uncertainty for inflection")
    ]


AL_FOLIO = """<html><body><h1 class="post-title">Publications</h1>
<h2 class="bibliography">2024</h2>
<ol class="bibliography"><li><!-- _layouts/bib.html -->
  <div class="row">
    <div class="col-sm-2 abbr"><abbr class="badge">CVPR</abbr></div>
    <div id="matsuda2024panoptic" class="col-sm-8">
    <div class="title">Panoptic Scene Graphs: Do They Help? A Study</div>
    <div class="author">
    <a href="https://a.github.io/">Aiko Matsuda</a>, <em>Elif Sarıkaya</em>, and <span
      class="more-authors" title="click to view 2 more authors" onclick="
        var element = $(this); element.attr('title', '');
        var more_authors_text = element.text() == '2 more authors' ? 'Jonas Berg, Markus Brenner-Holt' : '2 more authors';
      ">2 more authors</span>
    </div>
    <div class="periodical"><em>In Proceedings of the IEEE/CVF Conference on Computer Vision
      and Pattern Recognition (CVPR)</em>, Jun 2024</div>
    <div class="links"><a class="abstract btn">Abs</a> <a href="https://doi.org/10.1109/CVPR.2024.1">DOI</a></div>
    <div class="abstract hidden"><p>We study scene graphs.</p></div>
    <div class="bibtex hidden"><pre>@inproceedings{matsuda2024panoptic, title={Panoptic}}</pre></div>
  </div>
</li></ol>
<footer>© Copyright 2025 Elif Sarıkaya. Powered by Jekyll with al-folio theme.</footer>
</body></html>
"""


def test_al_folio_entries_read_whole() -> None:
    # the badge is a venue tag, the title block a styled title, the folded authors are
    # unfolded, the abstract, BibTeX block and footer are not read
    recs = cvbib.extract_text(AL_FOLIO, "publications.html").records
    assert len(recs) == 1
    rec = recs[0]
    assert rec.title == "Panoptic Scene Graphs: Do They Help? A Study"
    assert [p.family for p in rec.authors] == ["Matsuda", "Sarıkaya", "Berg", "Brenner-Holt"]
    assert (rec.venue_short, rec.year, rec.doi) == ("CVPR", 2024, "10.1109/CVPR.2024.1")
    assert rec.source is not None and rec.source.line == 5  # the entry's first text


def test_latex_footnote_marks_after_names_are_marks() -> None:
    from cvbib.read.latex_tree import FOOTNOTE_MARK

    assert all(FOOTNOTE_MARK.fullmatch(m) for m in ["$^{a}$", "$^{*}$", "$^\\dagger$", "$^b$"])
    assert not any(FOOTNOTE_MARK.fullmatch(m) for m in ["$^{2}$", "$x^{a}$", "$^{ab}$"])
    tex = (
        "\\section*{Publications}\n\\begin{enumerate}\n"
        "\\item \\textbf{Marchetti, E.~V.}, and Ib\\'{a}\\~{n}ez, J.~M.$^{a}$ 2022. ``Digital "
        "Platform Governance,'' \\emph{Journal of Management Information Systems} (39:4), "
        "pp. 1020--1052.\n\\end{enumerate}\n"
    )
    import cvbib

    (rec,) = cvbib.extract_text(tex, "cv.tex").records
    assert [(p.given, p.family) for p in rec.authors] == [
        ("E. V.", "Marchetti"),
        ("J. M.", "Ibáñez"),
    ]
    assert (rec.venue, rec.volume, rec.number) == (
        "Journal of Management Information Systems",
        "39",
        "4",
    )


def test_ligatures_in_text_copied_from_a_pdf_are_spelled_out() -> None:
    doc = read_document("cv.txt", "PUBLICATIONS\n\nEﬃciency limits of rectiﬁers and ﬂows.\n")
    assert [ln.text for ln in doc.lines if ln.text][
        -1
    ] == "Efficiency limits of rectifiers and flows."


def test_moderncv_cventry_with_the_authors_in_its_description() -> None:
    import cvbib

    tex = (
        "\\documentclass{moderncv}\n\\newcommand{\\me}{\\textbf{Castellanos, Rebecca L.}}\n"
        "\\begin{document}\n\\section{Publications}\n"
        "\\cventry{2024}{``Learning Costs and Language Access in SNAP Recertification''}"
        "{Journal of Public Administration Research and Theory}{34 (1)}{88--104}"
        "{\\me, Anh Nguyen, and Daniel P. Brennan.}\n"
        "\\cventry{2023}{``Who Bears the Burden?''}{American Political Science Review}{117 (4)}"
        "{1290--1306}{\\me, and David Whitmore.}\n"
        "\\section{Education}\n\\cventry{2015--2020}{Ph.D. in Political Science}{Harvard}"
        "{Cambridge}{}{Advisor: Jane Doe.}\n\\end{document}\n"
    )
    a, b = cvbib.extract_text(tex, "cv.tex").records
    assert [p.family for p in a.authors] == ["Castellanos", "Nguyen", "Brennan"]
    assert (a.title, a.venue, a.volume, a.pages, a.year) == (
        "Learning Costs and Language Access in SNAP Recertification",
        "Journal of Public Administration Research and Theory",
        "34",
        "88--104",
        2024,
    )
    assert [p.family for p in b.authors] == ["Castellanos", "Whitmore"]
    from cvbib.read.latex_tree import NAMES_FIRST

    # particles and accented capitals are names too; a remark is not
    assert NAMES_FIRST.match("Émile Zola, Anh Nguyen, and Jan van der Berg.")
    assert not NAMES_FIRST.match("Advisor: Jane Doe.")


def test_awesome_cv_cventry_has_five_arguments() -> None:
    import cvbib

    tex = (
        "\\documentclass[11pt, a4paper]{awesome-cv}\n\\begin{document}\n"
        "\\cvsection{Book Chapters}\n\\begin{cventries}\n"
        "\\cventry{Solid Electrolyte Interphases in All-Solid-State Batteries}"
        "{Lef\\`{e}vre, M.; Nakashima, Y.}{In \\textit{Solid-State Batteries}; Arkwright, D., "
        "Ed.; Royal Society of Chemistry: Cambridge, UK}{2022}{pp 211--248}\n"
        "\\cventry{Characterization of Ionic Transport}{Whitfield, R. K.; Lef\\`{e}vre, M.}"
        "{In \\textit{Handbook of Solid State Electrochemistry}; CRC Press: Boca Raton, FL}{2017}"
        "{pp 1--20}\n\\end{cventries}\n\\end{document}\n"
    )
    a, b = cvbib.extract_text(tex, "cv.tex").records
    assert (a.title, a.year, a.venue) == (
        "Solid Electrolyte Interphases in All-Solid-State Batteries",
        2022,
        "Solid-State Batteries",
    )
    assert (b.title, b.year, b.pages) == ("Characterization of Ionic Transport", 2017, "1--20")


def test_html_header_row_is_a_heading_and_count_cells_are_dropped() -> None:
    html = (
        "<table><tr><th>Title</th><th>Cited by</th><th>Year</th></tr>\n"
        "<tr><td><a href='/citations?x=1'>A title</a><div>A Author</div></td>"
        "<td>412</td><td>2022</td></tr></table>\n"
    )
    doc = read_document("x.html", html)
    assert [(ln.kind, ln.text) for ln in doc.lines] == [
        ("heading", "Title | Cited by | Year"),
        ("item", "A title"),
        ("text", "A Author"),
        ("text", "2022"),  # the year cell stays, the citation count does not
    ]


def test_latex_coloured_text_is_text() -> None:
    doc = read_document(
        "x.tex",
        "\\section{Papers}\n\\begin{itemize}\\item A. Doe. ``Title here.'' "
        "\\textbf{\\textcolor{red}{Best Paper}} and \\textcolor[rgb]{1,0,0}{Oral}\n\\end{itemize}\n",
    )
    assert any(ln.text.endswith("Best Paper and Oral") for ln in doc.lines)


def test_moderncv_row_year_for_a_paper_under_review() -> None:
    """The row's year is the entry's when its only year is the one it was submitted for."""
    recs = cvbib.extract_text(
        "\\section{Publications}\n\\cvitem{2024}{H. Marchetti and D. Chen. ``Attention "
        "Budgets: A Field Deployment of Household Notification Quotas.'' Under review at CHI "
        "2025.}\n",
        "cv.tex",
    ).records
    assert [(r.year, r.status) for r in recs] == [(2024, "under review")]


def test_a_marker_alone_on_its_line_numbers_the_next_one() -> None:
    doc = read_document(
        "cv.txt",
        "Journal Articles\n\n[J8]\nL. M. Vogelsang and S. K. Iyer, “Risk-aware optimization,”\n"
        "IEEE Trans. Power Syst., vol. 37, pp. 3012–3024, Jul. 2022.\n"
        "[J7] S. K. Iyer, “A convex relaxation,” Electr. Power Syst. Res., vol. 199,\n(2021)\n",
    )
    items = [(ln.lineno, ln.marker) for ln in doc.lines if ln.kind == "item"]
    assert items == [(3, "[J8]"), (6, "[J7]")]
    assert [ln.text for ln in doc.lines if ln.lineno == 7] == ["(2021)"]  # a year is no marker


def test_latex_abstract_blocks_are_no_part_of_entries() -> None:
    recs = cvbib.extract_text(
        "\\section*{Working Papers}\n``Teacher Pensions and the Timing of Retirement'', NBER "
        "Working Paper No. 31234, 2023 (with Daniel K. Ostrowski)\n\\begin{quote}\nWe exploit "
        "a 2012 reform to Michigan's teacher pension formula to estimate retirement "
        "elasticities. Teachers are highly responsive to the pension wealth accrual schedule; "
        "spikes account for a third of retirements.\n\\end{quote}\n",
        "cv.tex",
    ).records
    assert [(r.year, r.venue, r.number) for r in recs] == [(2023, "NBER Working Paper", "31234")]


def test_soft_hyphens_are_no_letters() -> None:
    doc = read_document(
        "cv.tex",
        "\\section{Papers}\n\\begin{itemize}\\item Enclave\\-Scope: Detecting\n\\end{itemize}\n",
    )
    assert any(ln.text == "EnclaveScope: Detecting" for ln in doc.lines)


def test_latex_table_rows_are_entries_and_a_multirow_year_stands_for_its_rows() -> None:
    tex = r"""\section*{Journal Papers}
\begin{longtable}{@{}p{0.08\textwidth}p{0.86\textwidth}@{}}
\hline
\textbf{Year} & \textbf{Journal Papers (refereed)} \\
\hline
\endhead
\multirow{2}{*}{2023} & J.~N\'{u}\~{n}ez and L.~Sj\"{o}str\"{o}m, ``Sensitivity Analysis of
     Xe-135 Transients,'' \emph{Annals of Nuclear Energy}, vol.~182, p.~109601. \\
\cline{2-2}
      & M.~\c{C}ak{\i}r and L.~Sj\"{o}str\"{o}m, ``Machine-Learning Surrogates for Power
     Reconstruction,'' \emph{Nuclear Engineering and Design}, vol.~405, p.~112218.
     \\
\hline
2022 & L.~Sj\"{o}str\"{o}m, ``Verification of a Coupled Solver,'' \emph{Nuclear Technology},
     vol.~208, pp.~1--20. \\
\end{longtable}
"""
    doc = read_document("cv.tex", tex)
    texts = [ln.text for ln in doc.lines if ln.kind == "text"]
    assert not any("@" in t or "2-2" in t or "2*" in t for t in texts)  # specs, rules, args
    result = cvbib.extract_text(tex, "cv.tex")
    assert [(r.source.line, r.year) for r in result.records] == [(7, 2023), (10, 2023), (14, 2022)]
    assert [r.venue for r in result.records] == [
        "Annals of Nuclear Energy",
        "Nuclear Engineering and Design",
        "Nuclear Technology",
    ]


def test_html_listing_items_are_entries_with_their_parts() -> None:
    html = """<h2>Journal Articles</h2>
<div class="quarto-post">
<h3 class="no-anchor listing-title"><a href="p/1.html">Algorithmic Gatekeeping and the Erosion of
Local News Visibility</a></h3>
<div class="listing-subtitle"><em>Journal of Communication</em>, 74(1), 45–59</div>
<div class="listing-categories"><div class="listing-category">algorithms</div></div>
<div class="listing-description">Across two experiments, labels reduced credibility…</div>
<div class="listing-date">Feb 1, 2024</div>
<div class="listing-author">Soledad Ibáñez-Whitmore, Jae-won Park</div>
</div>
"""
    doc = read_document("page.html", html)
    assert [ln.kind for ln in doc.lines if ln.kind != "blank"][:2] == ["heading", "item"]
    assert not any("algorithms" in ln.text or "Across" in ln.text for ln in doc.lines)
    rec = cvbib.extract_text(html, "page.html").records[0]
    assert rec.title == "Algorithmic Gatekeeping and the Erosion of Local News Visibility"
    assert [p.family for p in rec.authors] == ["Ibáñez-Whitmore", "Park"]
    assert (rec.venue, rec.year) == ("Journal of Communication", 2024)


def test_a_wordpress_entry_article_is_no_entry_of_its_own() -> None:
    html = """<article class="post-42 page hentry entry"><h1 class="entry-title">Publications</h1>
<p>Smith, J. (2020). A first paper. <em>Journal of Things</em>, 3(1), 1–9.</p>
<p>Lee, K. (2019). A second paper. <em>Journal of Stuff</em>, 2, 4–5.</p>
</article>"""
    assert len(cvbib.extract_text(html, "page.html").records) == 2


def test_a_semantic_scholar_author_page_reads_one_entry_a_card() -> None:
    import cvbib

    card = (
        '<div class="cl-paper-row serp-papers__paper-row" data-index="{i}">\n'
        '<a href="x"><h2 class="cl-paper-title"><span>{title}</span></h2></a>\n'
        '<div><span class="cl-paper-authors"><a class="cl-paper-authors__author-link" href="a">'
        '<span>Mirela D. Castellanos</span></a>, <a class="cl-paper-authors__author-link" '
        'href="b"><span>Sun-Young Bae</span></a> <button class="cl-paper-authors__more-authors">'
        '+3 authors</button></span>\n<span class="cl-paper-venue">{venue}</span><span> · </span>'
        '<span class="cl-paper-pubdates"><span>{year}</span></span></div>\n'
        '<div class="tldr-abstract-replacement"><span>TLDR</span> A model is presented.</div>\n'
        '<div class="cl-paper-stats"><span>312 Citations</span></div>\n</div>\n'
    )
    page = (
        "<html><body><main>\n<h1>Mirela D. Castellanos</h1>\n"
        + card.format(
            i=0,
            title="Deep generative modeling of chromatin",
            venue="Nature Communications",
            year=2023,
        )
        + card.format(
            i=1,
            title="scTRACE: lineage-aware trajectory inference",
            venue="Bioinformatics",
            year=2022,
        )
        + '<nav class="cl-pager"><span>1</span></nav>\n</main></body></html>\n'
    )
    recs = cvbib.extract_text(page, "s2.html").records
    assert [(r.source.line, r.title, r.venue, r.year) for r in recs] == [
        (4, "Deep generative modeling of chromatin", "Nature Communications", 2023),
        (11, "scTRACE: lineage-aware trajectory inference", "Bioinformatics", 2022),
    ]
    assert [p.family for p in recs[0].authors] == ["Castellanos", "Bae"]


def test_a_semantic_scholar_venue_with_an_ampersand_keeps_it() -> None:
    import cvbib

    page = (
        "<html><body>\n"
        '<div class="cl-paper-row" data-index="0">\n'
        '<h2 class="cl-paper-title"><span>Soil &amp; water &lt;models&gt;</span></h2>\n'
        '<span class="cl-paper-authors"><a class="cl-paper-authors__author-link" href="a">'
        "<span>Ana Ruiz</span></a></span>\n"
        '<span class="cl-paper-venue">Environmental Science &amp; Technology</span>'
        '<span class="cl-paper-pubdates"><span>2021</span></span>\n</div>\n'
        '<nav class="cl-pager"></nav>\n</body></html>\n'
    )
    rec = cvbib.extract_text(page, "s2.html").records[0]
    assert (rec.title, rec.venue) == ("Soil & water <models>", "Environmental Science & Technology")


def test_markdown_footnotes_are_read_where_they_are_cited() -> None:
    md = (
        "## Publications\n\n1. A. Smith. 2021. A title. J. Ext. 59(3). [^1]\n\n"
        "[^1]: Selected for the *Journal of Extension* feature, June 2021.\n"
    )
    texts = [ln.text for ln in read_document("cv.md", md).lines if ln.text]
    assert texts == [
        "Publications",
        "A. Smith. 2021. A title. J. Ext. 59(3). (Selected for the Journal of Extension "
        "feature, June 2021.)",
    ]


def test_html_table_of_publications_reads_one_citation_a_row() -> None:
    # India's API report: the authors in the last columns, "Vol./Issue/Pages" as "48 / 15 /
    # 21934-21943", an empty cell, a chapter's book column
    html = (
        "<h4>1. Research Papers</h4><table><thead><tr><th>Sl. No.</th><th>Title of the Paper"
        "</th><th>Name of the Journal</th><th>ISSN/ISBN</th><th>Year</th><th>Vol./Issue/Pages"
        "</th><th>Authors</th><th>Impact Factor</th></tr></thead><tbody>\n<tr><td>1.</td>"
        "<td>Sm doped CeO2 nanoparticles as electrocatalysts</td><td>Ceramics International</td>"
        "<td>0272-8842</td><td>2022</td><td>48 / 15 / 21934-21943</td><td>P. Selvakumar, R. "
        "Venkatachalam</td><td></td></tr></tbody></table>"
    )
    line = next(ln for ln in read_document("api.html", html).lines if ln.kind == "item")
    assert line.text == (
        "P. Selvakumar, R. Venkatachalam. Sm doped CeO2 nanoparticles as electrocatalysts. "
        "Ceramics International, 48(15), 21934-21943, 2022."
    )
    assert line.lineno == 2


def test_an_email_reply_s_quote_marks_are_taken_off() -> None:
    text = (
        "Hi Dan,\n\nsee below.\n\nOn Mon, Mar 3, 2025 at 4:47 PM Chidi Okafor wrote:\n\n"
        "> PUBLICATIONS\n>\n> 1) Lindqvist, M. A., & Okafor, C. "
        "(2021). Nurse staffing and\n> missed care. Journal of Nursing Care Quality, 36(2), "
        "101-108.\n"
    )
    doc = read_document("email.txt", text)
    assert [ln.text for ln in doc.lines if ln.kind == "item"] == [
        "Lindqvist, M. A., & Okafor, C. (2021). Nurse staffing and"
    ]
    assert any(ln.text == "PUBLICATIONS" for ln in doc.lines)
    # a CV marking its items with ">" (no mail around them) keeps its marks
    assert plaintext.unquoted(["> Smith, J. (2020). Title.", "> Lee, K. (2019). Other."]) == [
        "> Smith, J. (2020). Title.",
        "> Lee, K. (2019). Other.",
    ]


def test_bibbase_papers_are_entries_without_their_folded_abstracts() -> None:
    html = (
        "<h2>Publications</h2><div class='bibbase_paper'><span class='bibbase_paper_title'>"
        "Grasping transparent objects.</span><br/><span>Restrepo-Lindahl, C.</span>; and "
        "<span>Carvalho, J.</span>.<br/><span><i>Autonomous Robots</i>, 45(6): 889–905. 2021."
        "</span><div class='bibbase_abstract' style='display:none'><p>We present a method.</p>"
        "</div></div>"
    )
    recs = cvbib.extract_text(html, "pubs.html").records
    assert [(r.title, r.venue, r.year) for r in recs] == [
        ("Grasping transparent objects", "Autonomous Robots", 2021)
    ]
    assert [p.family for p in recs[0].authors] == ["Restrepo-Lindahl", "Carvalho"]


def test_latex_line_breaks_inside_an_item_and_tex_assignments() -> None:
    text = (
        "\\documentclass{article}\n"
        "\\def\\apj{ApJ}\n"
        "\\begin{document}\n"
        "\\section*{Publications}\n"
        "\\begin{enumerate}\n"
        "\\item A. Smith. 2023. Poisoning the Well. In \\emph{CCS '23}, 1--10. \\\\\n"
        "\\textbf{Distinguished Paper Award}\n"
        "\\item B. Jones, C. Lee. 2022. Ghost in the Cache. In \\emph{NDSS '22}.\n"
        "\\end{enumerate}\n"
        "\\hangindent=2em\\hangafter=1\n"
        "Smith, A. 2021, ``Title of a galaxy paper'', \\apj, 912, 45\n"
        "\\end{document}\n"
    )
    lines = [ln for ln in read_document("cv.tex", text).lines if ln.text.strip()]
    award = next(ln for ln in lines if "Distinguished" in ln.text)
    assert award.soft and award.kind == "text"  # (goes on with its item: no heading)
    galaxy = next(ln for ln in lines if "galaxy" in ln.text)
    assert galaxy.text.startswith("Smith, A. 2021") and "ApJ, 912" in galaxy.text
    records = cvbib.extract_text(text, "cv.tex").records
    assert [r.title for r in records][:2] == ["Poisoning the Well", "Ghost in the Cache"]
    assert records[0].notes == ("Distinguished Paper Award",)


def test_markdown_line_breaks_between_a_bold_title_and_a_bold_owner() -> None:
    md = (
        "## Publications\n\n"
        "- **Gaussian Flow Fields: Dynamic Scene Reconstruction** <br> **Tomás Villanueva**, "
        "Kavya Iyer <br> *CVPR 2024* **(Highlight)**\n"
    )
    (rec,) = cvbib.extract_text(md, "cv.md").records
    assert rec.title == "Gaussian Flow Fields: Dynamic Scene Reconstruction"
    assert [p.family for p in rec.authors] == ["Villanueva", "Iyer"]
