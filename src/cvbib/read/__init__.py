"""Readers turn a CV file into a :class:`~cvbib.read.document.Document`.

Each format registers itself with the suffixes it owns and a ``sniff`` function that
scores how much a text looks like that format, so ``.txt`` files written in Markdown
(common for converted CVs) are read as Markdown. Adding a format touches one module.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cvbib.errors import CvbibError
from cvbib.read.document import Document, Line

ReadFn = Callable[[str, str], Document]
SniffFn = Callable[[str], float]


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    sniff: SniffFn
    read: ReadFn


READERS: dict[str, Reader] = {}


def register(name: str, suffixes: tuple[str, ...], sniff: SniffFn) -> Callable[[ReadFn], ReadFn]:
    def deco(fn: ReadFn) -> ReadFn:
        READERS[name] = Reader(name, suffixes, sniff, fn)
        return fn

    return deco


# Far above any real CV (a 300-page CV is under 2 MiB of text); larger inputs are
# refused with a clear error rather than parsed for minutes.
MAX_BYTES = 10 * 1024 * 1024


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding."""
    if not data.strip():
        raise CvbibError("the file is empty", path)
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CvbibError(
            "this is a binary file, not a text CV (PDF and Word are not read yet)", path
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Western CVs not in UTF-8 are nearly always Windows-1252 / Latin-1, which detectors
    # confuse with Mac and Central European code pages on short texts: take it when every
    # non-ASCII character it gives is a letter or common punctuation.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and all(
        ord(c) < 128 or unicodedata.category(c).startswith("L") or c in "–—‘’“”…•€«»§"
        for c in set(western)
    ):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise CvbibError("cannot tell the text encoding of this file", path)
    return data.decode(best.encoding, errors="replace")


def load_text(path: str) -> str:
    """Read a CV file (or ``-`` for standard input) into text, with clear errors."""
    import sys

    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise CvbibError(
                f"input is too large for a CV (limit {MAX_BYTES // 2**20} MiB)", "<stdin>"
            )
        return decode(data, "<stdin>")
    p = Path(path)
    if not p.exists():
        raise CvbibError("no such file", path)
    if p.is_dir():
        raise CvbibError("is a directory, not a CV file", path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise CvbibError(
                f"file is too large for a CV ({size / 2**20:.0f} MiB; the limit is "
                f"{MAX_BYTES // 2**20} MiB): split it into smaller files",
                path,
            )
        data = p.read_bytes()
    except OSError as exc:
        raise CvbibError(f"cannot read: {exc.strerror or exc}", path) from exc
    return decode(data, path)


def choose_reader(path: str, text: str, fmt: str | None = None) -> Reader:
    _load_builtin_readers()
    if fmt:
        if fmt not in READERS:
            known = ", ".join(sorted(READERS))
            raise CvbibError(f"unknown input format {fmt!r} (known: {known})", path)
        return READERS[fmt]
    suffix = Path(path).suffix.lower()
    owners = [r for r in READERS.values() if suffix in r.suffixes]
    if len(owners) == 1 and suffix != ".txt":
        return owners[0]
    # Unknown suffix or .txt: the content decides.
    return max(READERS.values(), key=lambda r: r.sniff(text[:200_000]))


def read_document(path: str, text: str | None = None, fmt: str | None = None) -> Document:
    if text is None:
        text = load_text(path)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    name = "<stdin>" if path == "-" else path
    reader = choose_reader(name, text, fmt)
    return reader.read(text, name)


def _load_builtin_readers() -> None:
    from cvbib.read import html, latex, markdown, plaintext  # noqa: F401


__all__ = ["READERS", "Document", "Line", "choose_reader", "read_document", "register"]
