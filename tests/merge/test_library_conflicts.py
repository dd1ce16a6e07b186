"""A library entry stays as it is; where the inputs disagree with it, the report says so."""

from __future__ import annotations

from cvbib.merge.library import merge_records
from cvbib.merge.report import report_data
from cvbib.model import Source

from .helpers import people, rec


def test_conflicts_with_a_library_entry_are_reported() -> None:
    entry = rec(pages="1--10", key="liu24", sources=(Source("lib.bib", key="liu24"),))
    cv = rec(
        pages="1--12",
        authors=people("Yuan, Jiayi", "Liu, Zirui", "Jin, Hongye"),
        doi="10.5555/1",
        sources=(Source("cv.md", line=4),),
    )
    (group,) = merge_records([entry, cv], library_size=1)
    assert group.existing == 0 and group.record is entry  # kept byte for byte
    conflicts = report_data([group], [entry, cv])["groups"][0]["conflicts"]
    by_field = {c["field"]: c for c in conflicts}
    assert sorted(by_field) == ["authors", "doi", "pages"]
    assert by_field["pages"]["chosen"] == "1--10"
    assert by_field["pages"]["others"] == [{"value": "1--12", "source": "cv.md:4"}]


def test_an_input_equal_to_its_library_entry_has_no_conflict() -> None:
    entry = rec(key="liu24", sources=(Source("lib.bib", key="liu24"),))
    cv = rec(sources=(Source("cv.md", line=4),))
    (group,) = merge_records([entry, cv], library_size=1)
    assert group.existing == 0 and group.conflicts == []
