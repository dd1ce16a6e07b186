"""The Org-mode reader: Org rewritten line for line as Markdown."""

from __future__ import annotations

import cvbib
from cvbib.read import choose_reader
from cvbib.read.org import inline, sniff, to_markdown

ORG_CV = """#+TITLE: Curriculum Vitae
#+AUTHOR: Jane Q. Doe
#+OPTIONS: toc:nil

* Education
- PhD, Oceanography, 2015

* Publications
:PROPERTIES:
:CUSTOM_ID: pubs
:END:
** Peer-reviewed articles
1. *Doe, J. Q.*, Smith, A. B., & Núñez, C. (2020). Mixing in the thermocline. /Journal of \
Geophysical Research: Oceans/, 125(4), e2019JC015678. [[https://doi.org/10.1029/2019JC015678][doi]]
2. Lee, K., *Doe, J. Q.*, and van der Berg, T. (2018). Internal tides over rough
   topography. /Geophysical Research Letters/, 45, 1234–1242.

# a comment: no entry
#+BEGIN_COMMENT
- Doe, J. Q. (2016). A draft kept out of the CV. /Journal of Drafts/, 1, 1–2.
#+END_COMMENT
** Cruise Reports
+ Doe, J. Q. (2017). R/V Revelle cruise RR1701 report. Scripps Institution of Oceanography.

* Invited Talks
- Mixing and tides, AGU Fall Meeting, 2019
"""


def test_lines_keep_their_numbers() -> None:
    assert to_markdown(ORG_CV).count("\n") == ORG_CV.count("\n")


def test_headings_drawers_keywords_and_comments() -> None:
    md = to_markdown(ORG_CV).split("\n")
    assert md[0] == "Curriculum Vitae"  # #+TITLE: keeps its value
    assert md[2] == ""  # #+OPTIONS: dropped
    assert md[4] == "# Education"
    assert md[11] == "## Peer-reviewed articles"
    assert md[8:11] == ["", "", ""]  # the drawer
    assert "draft" not in "\n".join(md)  # comment block and comment line


def test_inline_marks() -> None:
    assert inline("*Doe, J.* and /Nature/") == "**Doe, J.** and *Nature*"
    assert inline("[[https://doi.org/10.1/a_b/c][doi]]") == "[doi](https://doi.org/10.1/a_b/c)"
    # no emphasis inside words, URLs or fractions
    assert inline("R/V Revelle, and/or 1/2, A. Smith*, B. Lee*") == (
        "R/V Revelle, and/or 1/2, A. Smith*, B. Lee*"
    )
    assert inline("see https://x.org/a/b/ now") == "see https://x.org/a/b/ now"
    assert inline("=verbatim= and ~code~") == "verbatim and code"


def test_tables_get_a_markdown_rule() -> None:
    md = to_markdown("| Year | Paper |\n|------+-------|\n| 2020 | A |")
    assert md.split("\n")[1] == "|---|---|"


def test_org_is_told_by_content_too() -> None:
    assert sniff(ORG_CV) > 0.9
    assert sniff("# Jane Doe\n\n## Publications\n\n- A. Smith. Paper. 2020.") == 0.0
    assert choose_reader("cv.txt", ORG_CV, None).name == "org"


def test_org_cv_extracts_its_publications() -> None:
    result = cvbib.extract_text(ORG_CV, "cv.org")
    assert result.format == "org"
    titles = [r.title for r in result.records]
    assert titles == [
        "Mixing in the thermocline",
        "Internal tides over rough topography",
        "R/V Revelle cruise RR1701 report",
    ]
    first = result.records[0]
    assert first.venue == "Journal of Geophysical Research: Oceans"
    assert first.doi == "10.1029/2019JC015678"
    assert first.source is not None and first.source.line == 13
    assert [p.family for p in result.records[1].authors] == ["Lee", "Doe", "van der Berg"]


def test_emphasis_wrapped_onto_the_next_line() -> None:
    md = to_markdown("1. Li, Y. (2024). Eddies. /Journal of Physical\n   Oceanography/.\n")
    assert md == "1. Li, Y. (2024). Eddies. *Journal of Physical\n   Oceanography*.\n"
    md = to_markdown("1. *Echeverría\n   Lund, B.*, and /Nature/.")
    assert md == "1. **Echeverría\n   Lund, B.**, and *Nature*."
