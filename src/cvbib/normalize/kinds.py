"""Kinds of work as the systems that list them name them, as BibTeX entry types.

An ORCID record says "Journal article", a research office's table of outputs "Conference
paper" in its "Output type" column: the names, and their types, are data
(``work_kinds.json``).
"""

from __future__ import annotations

from functools import cache

from cvbib.data import load_json


@cache
def _work_kinds() -> dict[str, str | None]:
    return {k: v for k, v in load_json("work_kinds.json").items() if not k.startswith("_")}


def work_kind(name: str) -> str | None:
    """The BibTeX type of a kind of work ("Journal article" -> "article"); None when the
    name is not one of a publication."""
    return _work_kinds().get(name.strip().lower())
