"""The LaTeX output compiles with pdflatex (escaping, links, headings and labels)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cvbib.render import render
from tests.conftest import need_tool
from tests.render.helpers import ITEMS, item

PREAMBLE = (
    "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}"
    "\\usepackage{hyperref}\n\\begin{document}\n"
)
NASTY = item(
    "n",
    title="50% of C# & $5 for a_b {x} ~y^2 \\z <script> Ü ― “quoted”",
    DOI="10.1000/a_b%c",
    URL="https://example.org/a_b?c=1&d=2#frag",
    note="Best Paper & Oral",
)


@pytest.mark.parametrize("style", ["apa", "ieee", "cv-compact", "website-markdown", "plain"])
def test_pdflatex_compiles(style: str, tmp_path: Path) -> None:
    need_tool("pdflatex")
    body = render(
        [*ITEMS, NASTY], style, "latex", group_by="year", number="descending", highlight="I. Stoica"
    )
    (tmp_path / "refs.tex").write_text(PREAMBLE + body + "\\end{document}\n", encoding="utf-8")
    proc = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "refs.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-2000:]
    log = (tmp_path / "refs.log").read_text(encoding="utf-8", errors="replace")
    assert "Missing character" not in log
