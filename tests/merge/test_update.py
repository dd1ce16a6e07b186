"""Adding to an existing library: the old text stays byte for byte, keys never collide."""

from __future__ import annotations

import json

from cvbib.formats import WriteOptions
from cvbib.formats.bibtex import parse_bibtex
from cvbib.merge.update import append_bibtex, append_csl, fresh_keys
from cvbib.model import Person, Record

LIBRARY = """% my library
@article{liu2024kivi,
  title = {KIVI},  author = {Liu, Zirui},
  year = 2024, custom-field = {kept as is}
}
"""


def rec(title: str, key: str | None = None) -> Record:
    return Record(
        type="article", title=title, authors=(Person("Liu", "Zirui"),), year=2024, key=key
    )


def test_new_keys_avoid_the_library_keys() -> None:
    new = fresh_keys(
        [rec("KIVI again"), rec("Other", key="liu2024kivi")], {"liu2024kivi"}, "{auth}{year}{title}"
    )
    keys = [r.key for r in new]
    assert "liu2024kivi" not in keys and len(set(keys)) == 2


def test_append_bibtex_keeps_the_old_text_byte_for_byte() -> None:
    new = fresh_keys([rec("Another Paper")], {"liu2024kivi"}, "{auth}{year}{title}")
    out = append_bibtex(LIBRARY, new, "bibtex", WriteOptions())
    assert out.startswith(LIBRARY)
    keys = [r.key for r in parse_bibtex(out)]
    assert keys == ["liu2024kivi", "liu2024another"]
    assert append_bibtex(LIBRARY, [], "bibtex", WriteOptions()) == LIBRARY


def test_append_csl_inserts_before_the_closing_bracket() -> None:
    text = '[\n    {"id": "a", "type": "book", "title": "A",  "x-odd": 1}\n]\n'
    out = append_csl(text, [rec("New Work", key="b")], WriteOptions(), "lib.json")
    assert out.startswith('[\n    {"id": "a", "type": "book", "title": "A",  "x-odd": 1}')
    items = json.loads(out)
    assert [i["id"] for i in items] == ["a", "b"]
    assert items[0] == {"id": "a", "type": "book", "title": "A", "x-odd": 1}
    empty = append_csl("[]", [rec("New Work", key="b")], WriteOptions(), "lib.json")
    assert [i["id"] for i in json.loads(empty)] == ["b"]
