"""MediaWiki CVs: wikitext written out line for line as Markdown, citation templates as
citations."""

from __future__ import annotations

from pathlib import Path

import cvbib
from cvbib.read import choose_reader
from cvbib.read.wikitext import cite, to_markdown

WIKI_CV = """\
{{Infobox scientist
| name = Ana Brandt
| fields = [[Hydrology]]
}}
'''Ana Brandt''' is a hydrologist.<ref>{{cite web |title=About |url=https://x.example}}</ref>

== Publications ==
=== Journal articles ===
<!-- newest first -->
# {{cite journal |last1=Brandt |first1=Ana |last2=Okafor |first2=C. N. |title=Snowmelt \
pathways in alpine catchments |journal=Water Resources Research |year=2023 |volume=59 \
|issue=4 |pages=e2022WR033518 |doi=10.1029/2022WR033518}}
# {{cite journal
 |last1=van der Linden |first1=Maartje
 |last2=Brandt |first2=A.
 |title=Hyporheic exchange under ice
 |journal=Journal of Hydrology
 |year=2022 |volume=612 |pages=128174
}}
# '''Brandt, A.''', <u>Lee, K.</u>, and Chen, W. (2021). Rain on snow in the Sierra \
Nevada. ''Hydrological Processes'', 35(3), e14097. {{doi|10.1002/hyp.14097}}
#: ''Selected as an Editors' Highlight.''

=== Book chapters ===
* {{cite book |last1=Brandt |first1=A. |chapter=Isotope hydrograph separation \
|title=Tracers in Hydrology |editor1-last=Kendrick |editor1-first=M. |publisher=Springer \
|year=2016 |pages=211–238}}

== Grants ==
{| class="wikitable"
! Years !! Title !! Sponsor
|-
| 2022–2027 || CAREER: Rain on snow || NSF
|}

== Teaching ==
* CEE 4410 ''Engineering Hydrology'', 2015–present
"""


def test_sniffed_by_its_headings_and_markup() -> None:
    assert choose_reader("cv.txt", WIKI_CV, None).name == "wikitext"
    assert choose_reader("cv.md", "# Title\n\n- item\n", None).name != "wikitext"


def test_lines_keep_their_numbers() -> None:
    lines = dict(to_markdown(WIKI_CV))
    assert lines[7] == "## Publications"
    # a template over several lines is one citation on the line it opens
    assert lines[11].startswith("1. van der Linden, Maartje; Brandt, A. (2022). Hyporheic")
    assert "*Journal of Hydrology*, 612, 128174." in lines[11]
    assert not any(n in lines for n in range(12, 18))
    # bold and italic marks, an underlined student, the {{doi}} template
    assert lines[18].startswith("1. **Brandt, A.**, Lee, K., and Chen, W. (2021).")
    assert "*Hydrological Processes*" in lines[18] and "doi:10.1002/hyp.14097" in lines[18]
    # "#:" continues the item above
    assert lines[19].startswith("   *Selected")
    # the comment, the infobox and the footnote are left out
    assert lines[9] == "" and lines[1] == "" and lines[5] == "**Ana Brandt** is a hydrologist."
    assert lines[22].startswith("- Brandt, A. (2016). Isotope hydrograph separation. In Kendrick")


def test_wikitable_is_a_table_row_per_line() -> None:
    rows = [text for n, text in to_markdown(WIKI_CV) if 26 <= n <= 28]
    assert rows == [
        "| Years | Title | Sponsor |",
        "|---|---|---|",
        "| 2022–2027 | CAREER: Rain on snow | NSF |",
    ]


def test_cite_templates_read_as_citations() -> None:
    article = cite(
        "journal",
        {
            "last1": "Brandt",
            "first1": "Ana",
            "author2": "Okafor, C. N.",
            "title": "Snow",
            "journal": "Water Resources Research",
            "date": "March 2023",
            "volume": "59",
            "issue": "4",
            "pages": "1–10",
            "doi": "10.1/x",
        },
    )
    assert article == (
        "Brandt, Ana; Okafor, C. N. (2023). Snow. *Water Resources Research*, 59(4), 1–10. "
        "doi:10.1/x"
    )
    thesis = cite(
        "thesis",
        {
            "last": "Brandt",
            "first": "A.",
            "title": "Melt",
            "year": "2011",
            "degree": "PhD",
            "publisher": "Wageningen University",
        },
    )
    assert thesis == "Brandt, A. (2011). *Melt* (PhD). Wageningen University."


def test_extracted_from_a_wiki_page(tmp_path: Path) -> None:
    path = tmp_path / "cv.wiki"
    path.write_text(WIKI_CV, encoding="utf-8")
    records = cvbib.extract(str(path))
    by_line = {r.source.line: r for r in records if r.source}
    assert sorted(by_line) == [10, 11, 18, 22]
    first = by_line[10]
    assert first.title == "Snowmelt pathways in alpine catchments"
    assert [(p.given, p.family) for p in first.authors] == [("Ana", "Brandt"), ("C. N.", "Okafor")]
    assert (first.type, first.venue, first.year) == ("article", "Water Resources Research", 2023)
    assert first.doi == "10.1029/2022WR033518"
    assert by_line[11].authors[0].family == "van der Linden"
    chapter = by_line[22]
    assert (chapter.type, chapter.title, chapter.venue) == (
        "incollection",
        "Isotope hydrograph separation",
        "Tracers in Hydrology",
    )


def test_a_citation_without_a_date_has_none() -> None:
    # APA's "n.d.", not an empty "()" the parser would stumble on
    text = cite(
        "journal", {"last1": "van der Berg", "first1": "Ana", "title": "Snow", "journal": "J"}
    )
    assert text == "van der Berg, Ana (n.d.). Snow. *J*."
