"""cvbib.render.render end to end: styles x formats x sort, group, number, highlight, where."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvbib.errors import CvbibError
from cvbib.model import Person, Record
from cvbib.render import render, to_items
from tests.render.helpers import ITEMS, item, year

STYLES = ["apa", "ieee", "chicago-author-date", "cv-compact", "website-markdown", "plain"]


def test_records_and_items_alike() -> None:
    rec = Record(
        type="inproceedings",
        title="Alpha systems",
        authors=(Person("Stoica", "Ion"),),
        venue="International Conference on Learning Representations",
        venue_short="ICLR",
        year=2021,
    )
    assert render([rec], "apa") == render([rec.to_csl()], "apa")
    assert "Stoica, I. (2021). Alpha systems." in render([rec], "apa")


def test_ids_made_unique() -> None:
    items = to_items([item(""), item(""), item("x"), item("x")])
    assert len({i["id"] for i in items}) == 4


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("fmt", "bold"),
    [
        ("html", '<b class="cvbib-highlight">'),
        ("markdown", "**"),
        ("latex", "\\textbf{"),
        ("rtf", "{\\b "),
    ],
)
def test_highlight_in_every_style(style: str, fmt: str, bold: str) -> None:
    out = render(ITEMS, style, fmt, highlight="Ion Stoica")
    # a, b and c have Stoica (as "Ion" or "I."); d does not
    assert out.count(bold) >= 3, out
    plain_out = render(ITEMS, style, fmt)
    assert "cvbib-highlight" not in plain_out and "**Stoica" not in plain_out


def test_highlight_owner() -> None:
    items = [item("a", custom={"cvbib": {"owner": 1}})]
    assert "**Zaharia, M.**" in render(items, "apa", "markdown", highlight_owner=True)


def test_sort_override_and_none() -> None:
    newest = render(ITEMS, "apa", "text", sort="newest").splitlines()
    assert [line.split("(")[1][:4] for line in newest] == ["2023", "2023", "2021", "2019"]
    oldest = render(ITEMS, "apa", "text", sort="oldest").splitlines()
    assert oldest[0].startswith("Stoica, I., & Zaharia, M. (2019)")
    kept = render(ITEMS, "apa", "text", sort="none").splitlines()
    titles = ["Alpha systems", "Beta networks", "Gamma learning", "Delta preprints"]
    assert [next(t for t in titles if t in line) for line in kept] == titles
    # the style's own order (APA: by author) by default
    default = render(ITEMS, "apa", "text").splitlines()
    assert default[0].startswith("Abadi")


def test_numbered_style_follows_the_output_order() -> None:
    lines = render(ITEMS, "ieee", "text", sort="newest").splitlines()
    assert [line[:3] for line in lines] == ["[1]", "[2]", "[3]", "[4]"]
    assert "Beta networks" in lines[0]


@pytest.mark.parametrize("style", ["apa", "ieee", "plain", "cv-compact"])
def test_number_descending_like_a_cv(style: str) -> None:
    lines = render(ITEMS, style, "text", sort="newest", number="descending").splitlines()
    assert [line.split("]")[0] for line in lines] == ["[4", "[3", "[2", "[1"]
    assert "2019" in lines[-1] or "Gamma" in lines[-1]


def test_number_ascending_and_none() -> None:
    lines = render(ITEMS, "apa", "text", number="ascending").splitlines()
    assert [line[:4] for line in lines] == ["[1] ", "[2] ", "[3] ", "[4] "]
    bare = render(ITEMS, "ieee", "text", number="none").splitlines()
    assert not any(line.startswith("[") for line in bare)
    with pytest.raises(CvbibError):
        render(ITEMS, "apa", number="roman")


def test_group_by_year_headings_per_format() -> None:
    md = render(ITEMS, "apa", "markdown", group_by="year")
    assert md.index("## 2023") < md.index("## 2021") < md.index("## 2019")
    html = render(ITEMS, "apa", "html", group_by="year")
    assert html.count("<h2>") == 3 and "<h2>2023</h2>" in html
    tex = render(ITEMS, "apa", "latex", group_by="type")
    assert "\\subsection*{Journal Articles}" in tex and "\\subsection*{Preprints}" in tex
    text = render(ITEMS, "apa", "text", group_by="year")
    assert text.startswith("2023\n====\n")


def test_grouped_numbering_runs_across_groups() -> None:
    out = render(ITEMS, "ieee", "text", group_by="year", sort="newest", number="descending")
    numbers = [line.split("]")[0] for line in out.splitlines() if line.startswith("[")]
    assert numbers == ["[4", "[3", "[2", "[1"]


def test_where() -> None:
    out = render(ITEMS, "apa", "text", where=["year>=2022", "author~Abadi"])
    assert out.count("\n") == 1 and "Beta networks" in out
    assert render(ITEMS, "apa", "text", where=["year>3000"]) == ""


def test_website_style_links_titles() -> None:
    items = [item("a", DOI="10.1000/xyz", title="Alpha systems"), item("b", title="No link")]
    md = render(items, "website-markdown", "markdown")
    assert "[Alpha systems](https://doi.org/10.1000/xyz)" in md
    assert "No link" in md and "[No link]" not in md
    html = render(items, "website-markdown", "html")
    assert '<a href="https://doi.org/10.1000/xyz">Alpha systems</a>' in html
    assert "[Alpha systems]" not in render(items, "website-markdown", "markdown", link_titles=False)
    assert "](https://doi.org" in render(items, "apa", "markdown", link_titles=True)


def test_dois_and_urls_linked() -> None:
    items = [item("a", DOI="10.1000/xyz")]
    html = render(items, "apa", "html")
    assert '<a href="https://doi.org/10.1000/xyz">https://doi.org/10.1000/xyz</a>' in html
    assert "\\url{https://doi.org/10.1000/xyz}" in render(items, "apa", "latex")
    js = [item("j", URL="javascript:alert(1)", title="Evil")]
    assert "href" not in render(js, "website-markdown", "html")


def test_cv_compact_shows_acronym_year_and_notes() -> None:
    out = render([item("c", note="Oral; Best Paper Award", issued=year(2025))], "cv-compact")
    assert out.startswith("[ICLR 2025] I. Stoica and M. Zaharia. Paper c.")
    assert "Oral; Best Paper Award." in out


def test_script_titles_are_text() -> None:
    items = [item("x", title="<script>alert(1)</script> & more")]
    for style in STYLES:
        html = render(items, style, "html")
        assert "<script>" not in html and "&lt;script&gt;" in html, style


def test_latex_special_characters_in_titles() -> None:
    items = [item("x", title="50% of C# & $5 for a_b {x} ~y^2 \\z")]
    for style in STYLES:
        tex = render(items, style, "latex").lower()  # some styles title-case
        assert "50\\% of" in tex and "\\&" in tex and "\\$5" in tex and "a\\_b" in tex, style
        assert "\\{x\\}" in tex and "\\textasciitilde{}y\\textasciicircum{}2" in tex, style
    # (a CSL engine reads a backslash in a field as an escape, as citeproc-js does)
    assert "\\textbackslash{}z" in render(items, "plain", "latex")


def test_locale() -> None:
    news = item("x", type="article-newspaper", issued={"date-parts": [[2020, 3]]})
    assert "(2020, März)" in render([news], "apa", locale="de-DE")
    assert "(2020, March)" in render([news], "apa")
    assert render([news], "apa", locale="de") == render([news], "apa", locale="de-DE")
    assert render([news], "apa", locale="de_de") == render([news], "apa", locale="de-DE")
    with pytest.raises(CvbibError, match="unknown locale 'xx-XX'"):
        render([news], "apa", locale="xx-XX")
    with pytest.raises(CvbibError, match="de has de-AT, de-CH, de-DE"):
        render([news], "apa", locale="de-XX")


def test_unusable_style_files(tmp_path: Path) -> None:
    no_bib = tmp_path / "nobib.csl"
    no_bib.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" '
        'class="in-text" version="1.0"><info><title>X</title><id>x</id></info><citation>'
        '<layout><text variable="title"/></layout></citation></style>',
        encoding="utf-8",
    )
    with pytest.raises(
        CvbibError, match=r"nobib\.csl: cannot use this style: the style has no bib"
    ):
        render(ITEMS, str(no_bib))
    broken = tmp_path / "broken.csl"
    broken.write_text("<style><info><title>X</title></info", encoding="utf-8")
    with pytest.raises(CvbibError, match=r"broken\.csl:1: cannot use this style"):
        render(ITEMS, str(broken))


def test_bibtex_ties() -> None:
    items = [item("x", author=[{"family": "Stoica", "given": "I."}])]
    assert "I. Stoica" in render(items, "plain", "text")  # a plain space in plain text
    assert "I.~Stoica" in render(items, "plain", "latex")


def test_unknown_style_and_format() -> None:
    with pytest.raises(CvbibError, match="did you mean"):
        render(ITEMS, "apaa")
    with pytest.raises(CvbibError, match="unknown output format"):
        render(ITEMS, "apa", "pdf")
