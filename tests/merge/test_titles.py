"""merge.titles: how alike two titles are."""

from __future__ import annotations

from cvbib.merge.keys import title_key
from cvbib.merge.titles import SAME, VETO, compare_titles


def test_ligatures_lost_in_pdf_text_are_the_same_title() -> None:
    a = title_key("An efficient algorithm for mining association rules in large databases")
    b = title_key("An e cient algorithm for mining association rules in large databases")
    assert compare_titles(a, b).kind == SAME
    c = title_key("anecientalgorithmforminingassociationrules in large databases")
    assert compare_titles(a, c).kind == SAME
    # other letters than a ligature's still make two titles
    d = title_key("An efficient algorithm for mining association rules in large graphs")
    assert compare_titles(a, d).kind != SAME


def test_numbers_spaced_or_spelled_out_are_the_same_numbers() -> None:
    pairs = [
        ("Schema evolution in the O2 object database system", "Schema evolution in the O 2 object database system"),
        ("Hot mirroring for RAID5 arrays", "Hot mirroring for RAID 5 arrays"),
        ("Report on the 4th workshop on knowledge representation", "Report on the fourth workshop on knowledge representation"),
        ("Spatial knowledge in 2D space", "Spatial knowledge in two-dimensional space"),
        ("Comparing hybrid P2P systems", "Comparing hybrid peer-to-peer systems"),
    ]  # fmt: skip
    for x, y in pairs:
        assert compare_titles(title_key(x), title_key(y)).kind != VETO, (x, y)


def test_a_number_inside_another_explains_nothing() -> None:
    a = title_key("Database tuning, part 2: experiments from 2021")
    b = title_key("Database tuning: experiments from 2021")
    assert compare_titles(a, b).kind == VETO
    c, d = title_key("Llama 2: open chat models"), title_key("Llama 3: open chat models")
    assert compare_titles(c, d).kind == VETO


def test_numbers_in_a_remark_of_one_title_only() -> None:
    a = title_key("Practical applications of triggers and constraints (10-year award)")
    b = title_key("Practical applications of triggers and constraints")
    assert compare_titles(a, b).kind != VETO
    # a part in brackets is no remark
    c = title_key("Practical applications of triggers and constraints (part 2)")
    assert compare_titles(c, b).kind == VETO
