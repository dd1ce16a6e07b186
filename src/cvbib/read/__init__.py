"""Readers turn a CV file into a :class:`~cvbib.read.document.Document`.

Each format registers itself with the suffixes it owns and a ``sniff`` function that
scores how much a text looks like that format, so ``.txt`` files written in Markdown
(common for converted CVs) are read as Markdown. Adding a format touches one module.

Binary formats (PDF, Word .docx) register with :func:`register_binary` and a ``magic``
test on the file's first bytes: they read bytes, not text, and are recognised by content
whatever the file is called, so :func:`load_input` hands back their Document directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cvbib.errors import CvbibError
from cvbib.read.document import LIGATURE_TABLE, Document, Line

ReadFn = Callable[[str, str], Document]
SniffFn = Callable[[str], float]
BinaryReadFn = Callable[[bytes, str], Document]
MagicFn = Callable[[bytes], bool]


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    sniff: SniffFn
    read: ReadFn


@dataclass(frozen=True)
class BinaryReader:
    name: str
    suffixes: tuple[str, ...]
    magic: MagicFn  # does the file (its first bytes) look like this format?
    read: BinaryReadFn


READERS: dict[str, Reader] = {}
BINARY_READERS: dict[str, BinaryReader] = {}


def register(name: str, suffixes: tuple[str, ...], sniff: SniffFn) -> Callable[[ReadFn], ReadFn]:
    def deco(fn: ReadFn) -> ReadFn:
        READERS[name] = Reader(name, suffixes, sniff, fn)
        return fn

    return deco


def register_binary(
    name: str, suffixes: tuple[str, ...], magic: MagicFn
) -> Callable[[BinaryReadFn], BinaryReadFn]:
    def deco(fn: BinaryReadFn) -> BinaryReadFn:
        BINARY_READERS[name] = BinaryReader(name, suffixes, magic, fn)
        return fn

    return deco


# Far above any real CV (a 300-page CV is under 2 MiB of text); larger inputs are
# refused with a clear error rather than parsed for minutes.
MAX_BYTES = 10 * 1024 * 1024
# PDF and Word files carry fonts and photos: their limit is on the file, not the text.
MAX_BINARY_BYTES = 64 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Word .doc (and .xls, .ppt)


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding."""
    if not data.strip():
        raise CvbibError("the file is empty", path)
    sample = data[:65536]
    if sample.startswith(OLE_MAGIC):
        raise CvbibError(
            "this is a binary file in the old Word .doc format (or a Word file with a "
            "password): save it as .docx without a password, or as PDF",
            path,
        )
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CvbibError(
            "this is a binary file, not a CV cvbib can read (it reads text, Markdown, HTML, "
            "LaTeX, PDF and Word .docx)",
            path,
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


def _may_be_binary_cv(head: bytes) -> bool:
    """A PDF or a zip (a .docx may be): such files get the larger size limit."""
    return head.startswith(b"PK\x03\x04") or b"%PDF-" in head[:1024]


def _too_large(size: float, limit: int, name: str) -> CvbibError:
    return CvbibError(
        f"file is too large for a CV ({size / 2**20:.0f} MiB; the limit is "
        f"{limit // 2**20} MiB): split it into smaller files",
        name,
    )


def _read_bytes(path: str) -> bytes:
    """The bytes of a CV file (or ``-``), refusing what is too large to be a CV."""
    import sys

    if path == "-":
        data = sys.stdin.buffer.read(MAX_BINARY_BYTES + 1)
        limit = MAX_BINARY_BYTES if _may_be_binary_cv(data) else MAX_BYTES
        if len(data) > limit:
            raise CvbibError(f"input is too large for a CV (limit {limit // 2**20} MiB)", "<stdin>")
        return data
    p = Path(path)
    if not p.exists():
        raise CvbibError("no such file", path)
    if p.is_dir():
        raise CvbibError("is a directory, not a CV file", path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            with p.open("rb") as fh:
                limit = MAX_BINARY_BYTES if _may_be_binary_cv(fh.read(1024)) else MAX_BYTES
            if size > limit:
                raise _too_large(size, limit, path)
        return p.read_bytes()
    except OSError as exc:
        raise CvbibError(f"cannot read: {exc.strerror or exc}", path) from exc


def load_text(path: str) -> str:
    """Read a text file (or ``-`` for standard input) into text, with clear errors."""
    data = _read_bytes(path)
    name = "<stdin>" if path == "-" else path
    if len(data) > MAX_BYTES:  # only PDF and Word files may be larger
        raise _too_large(len(data), MAX_BYTES, name)
    return decode(data, name)


def load_input(path: str, fmt: str | None = None) -> str | Document:
    """A CV file as text, or, for PDF and Word files, the Document their reader made.

    Binary formats are told by content (``%PDF-``, a zip holding ``word/document.xml``),
    so a PDF named ``cv.txt`` or piped to standard input is still read as a PDF.
    """
    data = _read_bytes(path)
    name = "<stdin>" if path == "-" else path
    reader = _binary_reader(data, fmt, name)
    if reader is not None:
        return reader.read(data, name)
    if len(data) > MAX_BYTES:
        raise _too_large(len(data), MAX_BYTES, name)
    return decode(data, name)


def _binary_reader(data: bytes, fmt: str | None, path: str) -> BinaryReader | None:
    """The binary reader for these bytes: the one ``fmt`` names, else the one whose magic
    fits, else (binary bytes) the one owning the suffix, so its own error names the problem."""
    if fmt:
        _load_binary_readers()
        return BINARY_READERS.get(fmt)  # a text format named: the bytes are decoded as text
    if not (_may_be_binary_cv(data[:1024]) or b"\x00" in data[:65536]):
        return None  # text: the PDF and Word readers (and their imports) are not needed
    _load_binary_readers()
    for reader in BINARY_READERS.values():
        if reader.magic(data):
            return reader
    if b"\x00" in data[:65536]:
        suffix = Path(path).suffix.lower()
        for reader in BINARY_READERS.values():
            if suffix in reader.suffixes:
                return reader
    return None


def choose_reader(path: str, text: str, fmt: str | None = None) -> Reader:
    _load_text_readers()
    if fmt:
        _load_binary_readers()
        if fmt in BINARY_READERS:
            raise CvbibError(f"{fmt} input is read from a file, not from text", path)
        if fmt not in READERS:
            known = ", ".join(sorted([*READERS, *BINARY_READERS]))
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
        source = load_input(path, fmt)
        if isinstance(source, Document):
            return source
        text = source
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if re.search("[\ufb00-\ufb06]", text):
        text = text.translate(LIGATURE_TABLE)  # "rectiﬁers" copied from a PDF
    name = "<stdin>" if path == "-" else path
    reader = choose_reader(name, text, fmt)
    return reader.read(text, name)


def _load_text_readers() -> None:
    from cvbib.read import (  # noqa: F401
        asciidoc,
        html,
        latex,
        markdown,
        org,
        plaintext,
        rst,
        structured,
        typst,
        wikitext,
        wos,
    )


def _load_binary_readers() -> None:
    # Every binary format starts with a header _may_be_binary_cv knows (PDF, zip) or holds
    # NUL bytes, so reading a text CV never imports these.
    from cvbib.read import docx, pdf  # noqa: F401


__all__ = [
    "BINARY_READERS",
    "READERS",
    "Document",
    "Line",
    "choose_reader",
    "load_input",
    "load_text",
    "read_document",
    "register",
    "register_binary",
]
