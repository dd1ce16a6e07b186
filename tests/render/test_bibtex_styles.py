"""BibTeX styles through pybtex: plain, unsrt, alpha, abbrv as marked text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cvbib.render import markup, render
from cvbib.render.bibtex_styles import LATEX_DECODES, render_bibtex, to_entry
from tests.render.helpers import ITEMS, item


def test_plain_sorts_and_numbers() -> None:
    out = render(ITEMS, "plain", "text")
    lines = out.splitlines()
    assert [line[:3] for line in lines] == ["[1]", "[2]", "[3]", "[4]"]
    # BibTeX plain sorts by author: Abadi, Stoica (2019, 2021), Zaharia
    assert "Martín Abadi and I. Stoica. Beta networks." in lines[0]
    assert lines[1].startswith("[2] Ion Stoica and Matei Zaharia. Gamma learning.")


def test_unsrt_keeps_input_order() -> None:
    out = render(ITEMS, "unsrt", "text")
    assert [line.split(". ")[1] for line in out.splitlines()][:1] == ["Alpha systems"]


def test_alpha_labels_and_abbrv_names() -> None:
    assert render(ITEMS, "alpha", "text").splitlines()[0].startswith("[AS23] ")
    assert "I. Stoica and M. Zaharia." in render(ITEMS, "abbrv", "text")


def test_special_characters_survive() -> None:
    title = "50% of {GPU} costs $5 & C# a_b ~x^2 \\o 'q' \"d\" `t` <script>"
    ((_, _, text),) = render_bibtex([item("x", title=title)], "plain")
    assert title.replace("C#", "c#") in markup.plain(text)


def test_capitals_are_protected_like_our_bibtex_writer() -> None:
    ((_, _, text),) = render_bibtex(
        [item("x", title="Transformers for LiDAR Point Clouds")], "plain"
    )
    assert "Transformers for LiDAR point clouds" in text


def test_highlight_and_italic_venue() -> None:
    out = render(ITEMS[:1], "plain", "html", highlight="I. Stoica")
    assert '<b class="cvbib-highlight">Ion Stoica</b>' in out
    assert "<i>International Conference on Learning Representations</i>" in out


def test_entry_types_and_fields() -> None:
    entry = to_entry(item("t", type="thesis", publisher="MIT", genre="Master's thesis", page="1-9"))
    assert entry.type == "mastersthesis" and entry.fields["school"] == "MIT"
    assert entry.fields["pages"] == "1--9"
    journal = to_entry(ITEMS[1])
    assert journal.type == "article" and journal.fields["journal"] == "Journal of Systems"


def test_highlight_names_with_apostrophes() -> None:
    items = [item("x", author=[{"family": "O'Connor-Hale", "given": "Siobhán"}])]
    out = render(items, "plain", "markdown", highlight="S. O'Connor-Hale")
    assert "**Siobhán O'Connor-Hale**" in out


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab A{}-~%`'\\!?$&#_^\"\t\n.,;:0é\u00a0<>|()[]\u2013", max_size=12))
def test_fast_latex_reading_equals_pybtex_decoder(text: str) -> None:
    # the fast path skips latexcodec only for strings it would give back unchanged
    import codecs

    import latexcodec  # noqa: F401

    if not LATEX_DECODES.search(text):
        assert codecs.decode(text, "ulatex") == text
