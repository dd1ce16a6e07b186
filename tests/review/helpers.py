"""A review page of the example CVs, a library made from one of them, and a corrections file
that fixes one entry and drops another: what the page and browser tests look at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from cvbib.cli import app
from cvbib.corrections import record_fingerprint
from cvbib.extract import extract_file
from tests.conftest import EXAMPLES

CVS = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
LIBRARY_FROM = EXAMPLES / "zirui-liu.md"


@dataclass
class Page:
    path: Path
    inputs: list[str]
    fixed: str  # fingerprint of the corrected entry
    dropped: str  # fingerprint of the entry marked "not a publication"
    fixed_title: str


def make_page(folder: Path) -> Page:
    """Write the inputs and the page into ``folder`` with ``cvbib review``."""
    lib = folder / "library.bib"
    res = CliRunner().invoke(app, ["extract", str(LIBRARY_FROM), "-o", str(lib), "-q"])
    assert res.exit_code == 0, res.stderr
    recs = extract_file(str(EXAMPLES / "apa-cv.txt")).records
    fixed, dropped = record_fingerprint(recs[0]), record_fingerprint(recs[1])
    title = "A Corrected Title For The Review Test"
    corrections = folder / "cvbib.toml"
    corrections.write_text(
        f'[entry.{fixed}]\ntitle = "{title}"\n\n[entry.{dropped}]\nnot_publication = true\n',
        encoding="utf-8",
    )
    page = folder / "review.html"
    inputs = [*map(str, CVS), str(lib)]
    res = CliRunner().invoke(
        app, ["review", *inputs, "-o", str(page), "--corrections", str(corrections)]
    )
    assert res.exit_code == 0, res.stderr
    return Page(page, inputs, fixed, dropped, title)


def expected_entries(inputs: list[str]) -> int:
    """Every entry the extraction finds (libraries: every record), before corrections."""
    from cvbib.inputs import read_input

    return sum(len(read_input(p).records) for p in inputs)
