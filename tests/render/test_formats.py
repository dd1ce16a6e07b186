"""Output formats: marked text written safely as text, HTML, Markdown, LaTeX and RTF."""

from __future__ import annotations

import re

import pytest

from cvbib.errors import CvbibError
from cvbib.render.formats import Entry, Section, get_output_format, split_label
from cvbib.render.markup import MARKS, link, plain, wrap

NASTY = "<script>alert(1)</script> 50% & $5 #1 a_b {x} ~y^ \\z *s* [l](u) |t| `c`"


def doc(fmt: str, body: str, label: str = "", heading: str | None = None) -> str:
    return get_output_format(fmt).document([Section(heading, [Entry("x", label, body)])])


def test_split_label() -> None:
    o, c = MARKS["label"]
    assert split_label(f"{o}[3]{c}Text") == ("[3]", "Text")
    assert split_label("No label") == ("", "No label")


def test_text_is_plain() -> None:
    body = (
        "A " + wrap("italic", "B") + " " + wrap("highlight", "C") + " " + link("https://x.org", "D")
    )
    assert doc("text", body, "[1]") == "[1] A B C D\n"
    assert doc("text", "x", heading="2024") == "2024\n====\nx\n"


def test_html_escapes_and_marks() -> None:
    out = doc("html", NASTY + " " + wrap("italic", "I") + " " + wrap("highlight", "Me"))
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&amp;" in out
    assert "<i>I</i>" in out
    assert '<b class="cvbib-highlight">Me</b>' in out
    assert out.startswith('<div class="csl-bib-body">')


def test_html_label_heading_and_link() -> None:
    out = doc("html", link('https://x.org/?a=1&b="2"', "T"), "[1]", heading="<2024>")
    assert "<h2>&lt;2024&gt;</h2>" in out
    assert '<div class="csl-left-margin">[1]</div>' in out
    assert '<a href="https://x.org/?a=1&amp;b=&quot;2&quot;">T</a>' in out


@pytest.mark.parametrize("ch", list("\\&%$#_{}~^"))
def test_latex_escapes_every_special(ch: str) -> None:
    out = doc("latex", f"a{ch}b")
    line = next(line for line in out.splitlines() if line.strip().startswith("\\item"))
    body = line.split("\\item", 1)[1]
    # no special character is left bare: each is escaped or a \text... macro
    bare = re.sub(r"\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\[&%$#_{}]", "", body)
    assert not set(bare) & set("\\&%$#_{}~^"), body


def test_latex_marks_headings_links() -> None:
    body = (
        wrap("italic", "Venue") + " " + wrap("bold", "B") + " " + link("https://x.org/a%20b#c", "T")
    )
    out = doc("latex", body, "[2]", heading="2024")
    assert "\\subsection*{2024}" in out
    assert "\\textit{Venue}" in out and "\\textbf{B}" in out
    assert "\\href{https://x.org/a\\%20b\\#c}{T}" in out
    assert "\\item[{[2]}]" in out
    assert out.startswith("\\subsection*") and "\\begin{itemize}" in out
    url = "https://doi.org/10.1/x_y"
    assert "\\url{https://doi.org/10.1/x_y}" in doc("latex", link(url, url))


def test_markdown_specials_do_not_break_the_list() -> None:
    out = doc("markdown", NASTY)
    line = out.strip()
    assert line.startswith("- ") and "\n" not in line
    for ch in "*_[]#|`<>$~":
        assert re.search(r"(?<!\\)" + re.escape(ch), line) is None, ch
    assert "\\<script\\>" in line


@pytest.mark.parametrize("start", ["2023. A year", "1) One", "- dash", "+ plus", "# hash"])
def test_markdown_leading_markers_escaped(start: str) -> None:
    line = doc("markdown", start).strip()
    assert re.match(r"- (\d+\\[.)]|\\[-+#])", line), line


def test_markdown_marks_headings_links() -> None:
    body = wrap("italic", "Venue ") + wrap("bold", "B " + wrap("highlight", "Me")) + " x"
    out = doc("markdown", body + " " + link("https://x.org/a(b)", "T"), heading="2024")
    assert out.startswith("## 2024\n\n- ")
    assert "*Venue* " in out  # the space moved outside the emphasis
    assert "**B Me**" in out  # no bold inside bold
    assert "[T](https://x.org/a%28b%29)" in out


def test_rtf_unicode_and_marks() -> None:
    out = doc("rtf", "Ä {b} \\ " + wrap("italic", "I") + " " + wrap("bold", "B") + " 😀", "[1]")
    assert out.startswith("{\\rtf1") and out.rstrip().endswith("}")
    assert "\\u196?" in out
    assert "\\{b\\}" in out and "\\\\" in out
    assert "{\\i I}" in out and "{\\b B}" in out
    assert "\\u-10179?\\u-8704?" in out  # U+1F600 as a UTF-16 surrogate pair
    assert all(ord(c) < 128 for c in out)
    assert "a\\tab b" in doc("rtf", "a\tb")


def test_unknown_format() -> None:
    with pytest.raises(CvbibError, match="unknown output format"):
        get_output_format("docx")


def test_aliases() -> None:
    assert get_output_format("md").name == "markdown"
    assert get_output_format("tex").name == "latex"


def test_plain_drops_link_targets() -> None:
    assert plain("see " + link("https://x.org", wrap("italic", "this"))) == "see this"


def test_markdown_parses_as_one_list_item_per_entry() -> None:
    from markdown_it import MarkdownIt

    titles = [
        NASTY,
        "2023. Starts like a list",
        "- dash",
        "**not bold** _nor italic_",
        "# no heading",
    ]
    sections = [Section("2024", [Entry(str(i), "[1]", t) for i, t in enumerate(titles)])]
    html = MarkdownIt("commonmark").render(get_output_format("markdown").document(sections))
    assert html.count("<li>") == len(titles)
    assert html.count("<ul>") == 1 and "<ol" not in html
    assert "<h2>2024</h2>" in html and html.count("<h") == 1 + html.count("<hr")
    for tag in ("<script", "<em>", "<strong>", "<a ", "<code>"):
        assert tag not in html, tag
