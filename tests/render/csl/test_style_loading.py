"""Loading styles: dependent styles follow their parent; bad styles raise a clear ValueError."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvbib.render.csl.engine import CslEngine
from cvbib.render.csl.resolve import independent_style
from cvbib.render.csl.style import load_style

from .helpers import STYLES, render, style_path

BOOK = [{"id": "a", "type": "book", "title": "T", "author": [{"family": "X", "given": "Y"}],
         "issued": {"date-parts": [[2000]]}}]  # fmt: skip


def test_dependent_style_renders_as_its_parent() -> None:
    dependent = STYLES / "dependent" / "nature-digest.csl"
    assert independent_style(dependent) == STYLES / "nature.csl"
    assert (
        render("dependent/nature-digest", BOOK) == render("nature", BOOK) == ["1. X, Y. T. (2000)."]
    )


def test_dependent_style_copied_elsewhere_finds_its_parent_in_the_catalogue(tmp_path: Path) -> None:
    copy = tmp_path / "my-journal.csl"
    copy.write_bytes((STYLES / "dependent" / "nature-digest.csl").read_bytes())
    assert independent_style(copy) == STYLES / "nature.csl"


def test_compiled_style_is_cached_per_process() -> None:
    assert load_style(style_path("apa")) is load_style(style_path("apa"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "style file not found"),
        ("author = {X}\n", ":1: not a valid CSL style"),
        ('<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl">\n<info>\n</style>',
         ":4: not a valid CSL style: Opening and ending tag mismatch"),
        ("<html><body/></html>", ":1: not a CSL style (root element <html>"),
        ('<style xmlns="http://purl.org/net/xbiblio/csl"><info><link rel="independent-parent" '
         'href="http://www.zotero.org/styles/no-such-style"/></info></style>',
         "independent parent 'no-such-style' is not installed"),
        ('<style xmlns="http://purl.org/net/xbiblio/csl"><info/></style>',
         "neither a <citation>/<bibliography> nor an independent parent"),
        ('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text"><info/><citation>'
         '<layout><text variable="title"/></layout></citation></style>',
         "the style has no bibliography"),
        ('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text"><info/><citation>'
         '<layout/></citation><bibliography><layout><text macro="nope"/></layout></bibliography>'
         "</style>",
         "undefined macro 'nope'"),
    ],
)  # fmt: skip
def test_broken_style_raises_value_error_naming_the_file(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "broken.csl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.csl") as err:
        CslEngine(str(path))
    assert message in str(err.value)
