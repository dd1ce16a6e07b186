"""The engine's API: marked text, input order, citation numbers, highlighting, repeated ids."""

from __future__ import annotations

from cvbib.render.csl.engine import CslEngine
from cvbib.render.markup import MARKS

from .helpers import items, render, style_path

ITALIC, BOLD, SUB = MARKS["italic"], MARKS["bold"], MARKS["sub"]
LABEL, HIGHLIGHT = MARKS["label"], MARKS["highlight"]


def test_entries_are_marked_text() -> None:
    entries = CslEngine(style_path("apa")).bibliography(items("quotes"))
    evans = next(e for e in entries if e.id == "q5")
    i, b, s = ITALIC, BOLD, SUB
    assert evans.text == (
        f"Evans, D. (2019). A {i[0]}Drosophila{i[1]} study with {b[0]}bold{b[1]} and "
        f"H{s[0]}2{s[1]}O. In {i[0]}The book{i[1]} (pp. 10–20). Press."
    )


def test_unsorted_keeps_input_order_and_numbers_override() -> None:
    entries = CslEngine(style_path("ieee")).bibliography(
        items("sorting")[:3], sort=False, numbers={"o3": 42}
    )
    assert [e.id for e in entries] == ["o1", "o2", "o3"]
    assert (
        entries[2].text
        == f"{LABEL[0]}[42]{LABEL[1]}O. Ødegaard, {ITALIC[0]}Gamma{ITALIC[1]}. P, 2003."
    )


def test_sorted_entries_are_numbered_in_output_order() -> None:
    # elsevier-vancouver numbers in citation order; apa sorts by author
    assert render("apa", items("sorting")[:2]) == [
        "van Dijk, A. (2002). Beta. P.",
        "Zhang, W. (2001). Zeta. P.",
    ]


def test_highlight_marks_the_matching_names_only() -> None:
    entries = CslEngine(style_path("chicago-author-date")).bibliography(
        items("names"), highlight=lambda name: name.get("family") in ("Doe", "Maaten")
    )
    texts = {e.id: e.text for e in entries}
    h = HIGHLIGHT
    assert texts["editors"].startswith(f"Smith, John, and {h[0]}Jane Doe{h[1]}, eds.")
    assert texts["particles"].startswith(f"{h[0]}Maaten, Laurens van der{h[1]}, Ludwig van")
    assert h[0] not in texts["many"]


def test_repeated_id_is_one_entry() -> None:
    data = items("sorting")[:1] * 3
    assert render("apa", data) == ["Zhang, W. (2001). Zeta. P."]


def test_private_use_characters_in_data_cannot_forge_marks() -> None:
    item = dict(items("sorting")[0], title=f"Ze{ITALIC[0]}ta")
    assert render("apa", [item]) == ["Zhang, W. (2001). Zeta. P."]
