"""Knowledge that is data, not code: venues, section headings, name particles, title words.

Files live beside this module and ship in the wheel (installed as plain files, so a path
beside this module finds them; importlib.resources would cost every start a few imports).
Each loader reads its file once.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """The path of one data file."""
    return DATA_DIR / name


def _text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> Any:
    return json.loads(_text(name))


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-per-line file (``#`` comments allowed) as a set of lower-case words."""
    words = (ln.strip().lower() for ln in _text(name).splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))
