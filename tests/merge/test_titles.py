"""merge.titles: how alike two titles are."""

from __future__ import annotations

from cvbib.merge.keys import title_key
from cvbib.merge.titles import SAME, compare_titles


def test_ligatures_lost_in_pdf_text_are_the_same_title() -> None:
    a = title_key("An efficient algorithm for mining association rules in large databases")
    b = title_key("An e cient algorithm for mining association rules in large databases")
    assert compare_titles(a, b).kind == SAME
    c = title_key("anecientalgorithmforminingassociationrules in large databases")
    assert compare_titles(a, c).kind == SAME
    # other letters than a ligature's still make two titles
    d = title_key("An efficient algorithm for mining association rules in large graphs")
    assert compare_titles(a, d).kind != SAME
