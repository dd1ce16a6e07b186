"""The format registry loads a format's module only when that format is asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cvbib.errors import CvbibError
from cvbib.formats import FORMAT_MODULES, FORMATS, format_names, get_format


def test_every_registered_format_is_indexed_by_its_module() -> None:
    format_names()  # loads every module
    assert set(FORMATS) == set(FORMAT_MODULES)
    for name, fmt in FORMATS.items():
        # the module named for a format is the one whose writer it holds
        module = FORMAT_MODULES[name]
        assert fmt.read is not None and fmt.read.__module__ == f"cvbib.formats.{module}"
        assert get_format(name) is fmt


def test_reading_csl_json_does_not_import_the_bibtex_stack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lib = tmp_path / "lib.json"
    lib.write_text('[{"id": "a", "type": "book", "title": "A Book"}]', encoding="utf-8")
    code = (
        "import sys; from cvbib.inputs import read_input;"
        f"print(len(read_input({str(lib)!r}).records), 'bibtexparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]


def test_an_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(CvbibError, match="known: biblatex, bibtex, csl-json, ris"):
        get_format("endnote")
