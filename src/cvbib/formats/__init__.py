"""Bibliographic formats cvbib writes (and reads back): a registry, as pybtex does.

Each format module registers a :class:`Format` with a writer and, where it can, a reader.
The CLI's ``--to`` choices and the library's :func:`write` come from this registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from cvbib.errors import CvbibError
from cvbib.model import Record


@dataclass(frozen=True)
class WriteOptions:
    unicode: bool | None = None  # None: the format's default
    key_format: str = "{auth}{year}{title}"


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    write: Callable[[list[Record], WriteOptions], str]
    # (text, path): records whose sources name ``path`` ("" when the text has no file)
    read: Callable[[str, str], list[Record]] | None = None
    description: str = ""
    aliases: tuple[str, ...] = field(default=())


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    for alias in fmt.aliases:
        FORMATS[alias] = fmt
    return fmt


def note_text(rec: Record) -> str:
    """The record's notes and status as one note field, in every output format."""
    parts = list(rec.notes)
    if rec.status == "under review":
        parts.append("Under review")
    elif rec.status == "forthcoming":
        parts.append("To appear")
    return "; ".join(dict.fromkeys(parts))


# The module that registers each format, imported when one of its formats is first asked
# for: reading CSL-JSON need not import bibtexparser and pylatexenc (a twentieth of a second).
FORMAT_MODULES = {
    "bibtex": "bibtex",
    "biblatex": "bibtex",
    "csl-json": "csl",
    "csl": "csl",
    "ris": "ris",
}


def _load(name: str | None = None) -> None:
    module = FORMAT_MODULES.get(name or "")
    for m in [module] if module else sorted(set(FORMAT_MODULES.values())):
        importlib.import_module(f"cvbib.formats.{m}")


def get_format(name: str) -> Format:
    _load(name)
    if name not in FORMATS:
        _load()  # to name them all
        known = ", ".join(sorted({f.name for f in FORMATS.values()}))
        raise CvbibError(f"unknown output format {name!r} (known: {known})")
    return FORMATS[name]


def format_names() -> list[str]:
    _load()
    return sorted({f.name for f in FORMATS.values()})


def write(records: list[Record], to: str = "bibtex", **options: object) -> str:
    """Records as text in the named format (``bibtex``, ``biblatex``, ``csl-json``, ``ris``)."""
    fmt = get_format(to)
    return fmt.write(records, WriteOptions(**options))  # type: ignore[arg-type]
