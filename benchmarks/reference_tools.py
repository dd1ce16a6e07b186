"""What the render benchmarks share: the reference tools' folder (citeproc-js, citeproc-py,
gen_items.py), the style file both engines render, and the generated items."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from cvbib.errors import CvbibError
from cvbib.render.styles import resolve_style

TOOLS = Path(os.environ.get("CVBIB_REF_TOOLS", "/work/shared/tools"))


def style_file(name: str) -> str:
    """A style id or .csl path as the file both engines render with (cvbib's lookup)."""
    try:
        path = resolve_style(name).path
    except CvbibError as exc:
        sys.exit(str(exc))
    if path is None:
        sys.exit(f"{name}: not a CSL style")
    return path


def items_file(n: int) -> Path:
    """N varied CSL-JSON items from the tools' gen_items.py, made once and kept in /tmp."""
    path = Path(tempfile.gettempdir()) / f"cvbib_items_{n}.json"
    if not path.exists():
        gen = [sys.executable, str(TOOLS / "gen_items.py"), str(n), "-o", str(path)]
        subprocess.run(gen, check=True, capture_output=True)
    return path
