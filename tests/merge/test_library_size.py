"""A library is no CV: it is read whatever its size (a lab's library is tens of MB)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cvbib.read
from cvbib.errors import CvbibError
from cvbib.inputs import read_input


def test_a_library_larger_than_a_cv_is_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = [{"id": f"r{i}", "type": "article-journal", "title": f"Paper {i}"} for i in range(50)]
    path = tmp_path / "library.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    # The CV limit made smaller than this file: a CV this size would be refused.
    monkeypatch.setattr(cvbib.read, "MAX_BYTES", 100)
    assert len(read_input(str(path)).records) == 50


def test_a_missing_library_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CvbibError, match="no such file"):
        read_input(str(tmp_path / "missing.bib"))
