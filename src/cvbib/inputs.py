"""Read any input a command accepts: CVs, .bib, CSL-JSON, RIS and Zotero libraries.

``merge``, ``render`` and ``review`` take the same inputs. A bibliographic file is read by
the reader its format registers; anything else is a CV and goes through the extractor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from cvbib.bulk import gc_paused
from cvbib.errors import CvbibError
from cvbib.extraction_cache import extract_file_cached
from cvbib.model import Record, Warning_
from cvbib.read import decode

# suffix -> reader name in the formats registry
LIBRARY_SUFFIXES = {".bib": "bibtex", ".ris": "ris", ".json": "csl-json"}


@dataclass
class Input:
    """What one input gave: its records, and whether it is a library or a CV."""

    path: str
    kind: str  # "cv", "bibtex", "csl-json", "ris", "zotero"
    records: list[Record] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)

    @property
    def is_library(self) -> bool:
        return self.kind != "cv"


def input_kind(path: str) -> str:
    """The kind of an input, from its suffix and (for .json and .sqlite) its content."""
    if path == "-":
        return "cv"
    suffix = Path(path).suffix.lower()
    if suffix in (".sqlite", ".db"):
        return "zotero"
    if suffix == ".json":
        return "cv" if _is_json_cv(path) else "csl-json"
    return LIBRARY_SUFFIXES.get(suffix, "cv")


def _is_json_cv(path: str) -> bool:
    """A JSON Resume CV rather than a CSL-JSON library (told by its first kilobytes)."""
    from cvbib.read.structured import is_json_cv

    try:
        with open(path, "rb") as f:
            head = f.read(65536).decode("utf-8", "replace")
    except OSError:
        return False  # reading it as a library gives the error
    return is_json_cv(head)


def read_input(path: str) -> Input:
    """Read one input; problems are a :class:`CvbibError` naming the file."""
    kind = input_kind(path)
    if kind == "cv":
        ex = extract_file_cached(path)
        return Input(path=ex.path, kind="cv", records=ex.records, warnings=ex.warnings)
    if kind == "zotero":
        from cvbib.zotero import read_zotero

        return Input(path=path, kind="zotero", records=read_zotero(path))
    p = Path(path)
    if p.is_file() and not p.read_bytes().strip():
        return Input(path=path, kind=kind)  # an empty library is a library
    text = _library_text(path)
    records = _read_library(path, kind, text)
    return Input(path=path, kind=kind, records=records)


def _library_text(path: str) -> str:
    """A library's text. Not capped at a CV's size: a lab's library of 100,000 entries is
    50 MB of CSL-JSON."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise CvbibError("no such file", path) from exc
    except OSError as exc:
        raise CvbibError(f"cannot read: {exc.strerror or exc}", path) from exc
    return decode(data, path)


@gc_paused()
def _read_library(path: str, kind: str, text: str) -> list[Record]:
    from cvbib.formats import get_format

    if kind == "bibtex":
        from cvbib.formats.bibtex import parse_bibtex

        return parse_bibtex(text, path)
    reader = get_format(kind).read
    if reader is None:
        raise CvbibError(f"cvbib cannot read {kind} files", path)
    try:
        # each record's source is this library, with the record's own key or line
        return reader(text, path)
    except json.JSONDecodeError as exc:
        raise CvbibError(f"not valid JSON: {exc.msg}", path, exc.lineno) from exc
    except (ValueError, TypeError, KeyError) as exc:
        raise CvbibError(f"cannot read this {kind} file: {exc}", path) from exc


def read_inputs(paths: list[str]) -> list[Input]:
    return [read_input(p) for p in paths]
