"""End to end on examples/: golden outputs, hand-label accuracy, real bibtex and biber.

Regenerate the golden files after an intended change with ``UPDATE_GOLDEN=1 pytest``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import cvbib
from cvbib.formats import write
from tests.conftest import EXAMPLES, GOLDEN, LABELS
from tests.formats.test_bibtex import compile_bib

CV_SUFFIXES = {".md", ".txt", ".html", ".htm", ".tex", ".rst", ".org", ".docx", ".pdf"}
CV_SUFFIXES |= {
    ".typ",
    ".adoc",
    ".yaml",
    ".json",
    ".wiki",
}  # Typst, AsciiDoc, RenderCV, JSON Resume, MediaWiki
EXAMPLE_FILES = sorted(p for p in EXAMPLES.glob("*") if p.suffix in CV_SUFFIXES)
FORMATS = {"bibtex": ".bib", "biblatex": ".biblatex.bib", "csl-json": ".json", "ris": ".ris"}


def relative_records(path: Path) -> list[cvbib.Record]:
    """Records with sources relative to the repository, so golden files are portable."""
    records = cvbib.extract(str(path))
    root = EXAMPLES.parent
    return [
        r.replace(
            sources=tuple(
                s.__class__(**{**s.__dict__, "path": str(Path(s.path).relative_to(root))})
                for s in r.sources
            )
        )
        for r in records
    ]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_output(path: Path, fmt: str) -> None:
    text = write(relative_records(path), fmt)
    golden = GOLDEN / (path.stem + FORMATS[fmt])
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_all_examples_compile_with_bibtex_and_biber(fmt: str, tmp_path: Path) -> None:
    records = [r for p in EXAMPLE_FILES for r in cvbib.extract(str(p))]
    assert records
    # in parts: pdflatex's main memory holds the bibliography of ~2,500 entries, not all
    for start in range(0, len(records), CHUNK):
        part = tmp_path / str(start)
        part.mkdir()
        compile_bib(write(records[start : start + CHUNK], fmt), part)


CHUNK = 2000


def label_files() -> list[Path]:
    return sorted(LABELS.glob("*.json")) if LABELS.exists() else []


@pytest.mark.parametrize("label", label_files(), ids=lambda p: p.stem)
def test_examples_against_hand_labels(label: Path) -> None:
    spec = json.loads(label.read_text(encoding="utf-8"))
    records = cvbib.extract(str(EXAMPLES / spec["file"]))
    lines = {r.source.line for r in records if r.source}
    want = {e["line"] for e in spec["entries"]}
    # every labelled entry found, nothing else
    assert lines == want
