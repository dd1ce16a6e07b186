from __future__ import annotations

from cvbib.merge.dedupe import dedupe
from cvbib.model import Source

from .helpers import KIVI, rec


def test_dedupe_merges_each_group_and_keeps_singles() -> None:
    records = [
        rec(title=KIVI.upper(), venue="arXiv", status="preprint", year=2023, key="a"),
        rec(title="An Unrelated Paper on Sparse Attention", key="b"),
        rec(doi="10.5555/3692070.3693381", sources=(Source("cv.md", line=7),), key="c"),
    ]
    out = dedupe(records)
    assert [m.indices for m in out] == [[0, 2], [1]]
    assert out[0].record.doi == "10.5555/3692070.3693381"
    assert out[0].record.title == KIVI
    assert {c.field for c in out[0].conflicts} >= {"venue", "year", "status"}
    assert out[1].record is records[1] and out[1].conflicts == []
    # A record without sources is listed by its key.
    assert Source(path="", key="a") in out[0].record.sources
    assert Source("cv.md", line=7) in out[0].record.sources
