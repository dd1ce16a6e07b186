"""Citation keys: first author's family name, year, first significant title word."""

from __future__ import annotations

from cvbib.keys import assign_keys, base_key
from cvbib.model import Person, Record


def test_google_scholar_keys_and_collisions() -> None:
    rec = Record(type="article", title="KIVI: A Tuning-Free Quantization", year=2024,
                 authors=(Person(family="Liu", given="Zirui"),))  # fmt: skip
    assert base_key(rec) == "liu2024kivi"
    keys = [r.key for r in assign_keys([rec, rec, rec])]
    assert keys == ["liu2024kivi", "liu2024kivia", "liu2024kivib"]


def test_a_body_is_keyed_by_its_first_word() -> None:
    who = Record(type="techreport", title="Guidance on contact tracing", year=2021,
                 authors=(Person(family="World Health Organization Regional Office for Europe"),))  # fmt: skip
    assert base_key(who) == "world2021guidance"
    the = Record(type="techreport", title="Levelling up health", year=2022,
                 authors=(Person(family="The Health Foundation"),))  # fmt: skip
    assert base_key(the) == "health2022levelling"
