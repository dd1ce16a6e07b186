"""AsciiDoc CVs: rewritten line for line as Markdown."""

from __future__ import annotations

import cvbib
from cvbib.read import choose_reader
from cvbib.read.asciidoc import inline, to_markdown

ADOC_CV = """\
= Jane Doe
:email: jane@uni.edu

== Publications

=== Conference Papers

. *Jane Doe*, Ann Lee, and Bob Poe. "Flaky Tests in the Wild." In _Proceedings of the 44th \
International Conference on Software Engineering (ICSE)_, pp. 1-12, 2022. \
https://doi.org/10.1145/3510003.3510123[DOI] link:papers/icse22.pdf[PDF] +
*ACM SIGSOFT Distinguished Paper Award*
. Ann Lee and *Jane Doe*. "Mutation Testing at Scale." In _FSE 2021_, 2021.

////
. A. Draft. "Not in the CV." In _Nowhere_, 2020.
////

=== Journal Articles

* *J. Doe*, B. Poe. Test Smells Revisited. _ACM Transactions on Software Engineering and \
Methodology_, 31(2), 2022.

== Invited Talks

|===
|Year |Venue |Title
|2023 |Google |Flaky tests
|===

== Education
PhD, TU Delft, 2019
"""


def test_inline_marks() -> None:
    assert inline("*Doe* and _Journal_ https://x.org/a[PDF] link:p.pdf[slides]") == (
        "**Doe** and *Journal* [PDF](https://x.org/a) [slides](p.pdf)"
    )


def test_lines_keep_their_numbers_through_tables() -> None:
    lines = to_markdown(ADOC_CV)
    assert (24, "| 2023 | Google | Flaky tests |") in lines
    assert (28, "PhD, TU Delft, 2019") in lines


def test_entries_are_extracted() -> None:
    recs = cvbib.extract_text(ADOC_CV, "cv.adoc").records
    assert [(r.source.line if r.source else 0, r.title) for r in recs] == [
        (8, "Flaky Tests in the Wild"),
        (10, "Mutation Testing at Scale"),
        (18, "Test Smells Revisited"),
    ]
    assert recs[0].notes == ("Distinguished Paper Award",)
    assert recs[0].doi == "10.1145/3510003.3510123"
    assert recs[2].type == "article" and recs[2].volume == "31"


def test_sniffed_without_its_suffix() -> None:
    assert choose_reader("cv.txt", ADOC_CV).name == "asciidoc"


def test_scripts_are_marks_or_unicode() -> None:
    assert inline("J. Park^†^ and H~2~O") == "J. Park† and H₂O"
