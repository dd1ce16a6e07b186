"""Typst CVs: markup as Markdown, functions expanded or shown by their text."""

from __future__ import annotations

import cvbib
from cvbib.read import choose_reader
from cvbib.read.typst import to_markdown

TYPST_CV = """\
#set page(margin: 1in)
#set text(font: "New Computer Modern", size: 10pt)
#let pub(authors, title, venue, year, note: none) = [#authors. _#title._ #venue, #year.#if note != none [ *#note*]]
#show: resume.with(author: (firstname: "Jane", lastname: "Doe"))

// contact
jane\\@uni.edu #h(1fr) #link("https://jane.org")[jane.org]

== Experience
#resume-entry(title: "Data Scientist", location: "NYC", date: "2020 -- 2022")

== Publications
=== Journal articles
+ *J. Doe*, A. Roe, and B. Poe, Title of the first paper, _Phys. Rev. B_ *104*, 045112
  (2021). #link("https://doi.org/10.1103/PhysRevB.104.045112")[doi]
+ J. Doe and C. Zhu, "Second paper on spins," _Nature Physics_ *17*, 1-5 (2020). // accepted
#pub("A. Doe, B. Roe", "Third Paper on Things", "Journal of the American Statistical Association", 2021, note: "Best Paper Award")

== Teaching
#table(columns: 2, [Physics 101], [2020])
"""


def test_markup_becomes_markdown_on_the_source_lines() -> None:
    lines = dict(to_markdown(TYPST_CV))
    assert lines[12] == "## Publications"
    assert lines[14].startswith(
        "1. **J. Doe**, A. Roe, and B. Poe, Title of the first paper, *Phys"
    )
    assert "[doi](https://doi.org/10.1103/PhysRevB.104.045112)" in lines[15]
    assert "accepted" not in lines[16]  # a comment
    assert lines[20] == "Physics 101 2020"


def test_a_function_the_cv_defines_is_expanded_with_its_arguments() -> None:
    lines = dict(to_markdown(TYPST_CV))
    assert lines[17] == (
        "A. Doe, B. Roe. *Third Paper on Things.* Journal of the American Statistical"
        " Association, 2021. **Best Paper Award**"
    )


def test_a_template_gets_its_owner_from_the_show_rule() -> None:
    assert (4, "# Jane Doe") in to_markdown(TYPST_CV)


def test_entries_are_extracted() -> None:
    recs = cvbib.extract_text(TYPST_CV, "cv.typ").records
    assert [(r.source.line if r.source else 0, r.title) for r in recs] == [
        (14, "Title of the first paper"),
        (16, "Second paper on spins"),
        (17, "Third Paper on Things"),
    ]
    assert recs[0].venue == "Physical Review B" and recs[0].volume == "104"
    assert recs[2].notes == ("Best Paper Award",) and recs[2].year == 2021


def test_sniffed_without_its_suffix() -> None:
    assert choose_reader("cv.txt", TYPST_CV).name == "typst"


def test_a_bibliography_prints_its_entries_full_or_cited(tmp_path) -> None:
    (tmp_path / "pubs.bib").write_text(
        "@article{doe2021, author={Doe, Jane and Roe, Rick}, title={A Paper},"
        " journal={Nature}, year={2021}}\n"
        "@inproceedings{doe2022, author={Doe, Jane}, title={Another}, booktitle={ICML},"
        " year={2022}}\n",
        encoding="utf-8",
    )
    cv = tmp_path / "cv.typ"
    body = "#set text(size: 10pt)\n= Jane Doe\n== Publications\nSee @doe2021 (jane\\@x.org).\n"
    cv.write_text(body + '#bibliography("pubs.bib", full: true)\n', encoding="utf-8")
    assert [r.title for r in cvbib.extract(str(cv))] == ["A Paper", "Another"]
    cv.write_text(body + '#bibliography("pubs.bib")\n', encoding="utf-8")
    recs = cvbib.extract(str(cv))
    assert [r.title for r in recs] == ["A Paper"]
    assert recs[0].source is not None and recs[0].source.key == "doe2021"
