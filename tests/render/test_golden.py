"""Golden reference lists of the example CVs in several styles and formats.

The inputs are the example CVs' CSL-JSON goldens (tests/golden/*.json), so these files
change only when rendering (or an example's extraction) changes. Regenerate after an
intended change with ``UPDATE_GOLDEN=1 pytest tests/render`` (``CVBIB_REGEN_GOLDEN=1``
works too) and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from cvbib.render import render
from tests.conftest import EXAMPLES as EXAMPLE_CVS
from tests.conftest import GOLDEN

# the CSL-JSON golden of each example CV
EXAMPLES = [GOLDEN / f"{p.stem}.json" for p in sorted(EXAMPLE_CVS.iterdir())]
EXAMPLES = [p for p in EXAMPLES if p.exists()]
# (style, format, options): what users ask of a CV, a paper and a website
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("apa", "text", {}),
    ("ieee", "text", {}),
    ("plain", "text", {}),
    ("cv-compact", "markdown", {"highlight_owner": True}),
    ("website-markdown", "markdown", {"highlight_owner": True}),
    ("chicago-author-date", "html", {"highlight_owner": True, "group_by": "year"}),
]
SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden_render(example: Path, case: tuple[str, str, dict[str, Any]]) -> None:
    style, fmt, options = case
    items = json.loads(example.read_text(encoding="utf-8"))
    out = render(items, style, fmt, **options)
    golden = GOLDEN / "render" / f"{example.stem}.{style}{SUFFIX[fmt]}"
    if (
        os.environ.get("UPDATE_GOLDEN")
        or os.environ.get("CVBIB_REGEN_GOLDEN")
        or not golden.exists()
    ):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")
