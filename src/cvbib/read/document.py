"""The format-neutral document every reader produces: lines with their styles.

Readers turn text, Markdown, HTML and LaTeX into the same thing, so the section finder
and the entry parser never see markup: a :class:`Line` is plain text plus the character
ranges that were bold, italic or links, and the line number in the source file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from cvbib.superscripts import superscript

LineKind = Literal["heading", "item", "text", "blank"]
Range = tuple[int, int]


# Typographic ligatures as PDFs write them ("ﬁ", "ﬃ"); text copied from a PDF keeps them
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
LIGATURE_TABLE = str.maketrans(LIGATURES)


@dataclass(frozen=True)
class Line:
    text: str
    lineno: int
    kind: LineKind = "text"
    level: int = 0  # heading level (1 = top); 0 when unknown
    marker: str = ""  # list marker of an item: "-", "3.", "[12]"
    indent: int = 0  # leading spaces in the source (plain text only)
    bold: tuple[Range, ...] = ()
    italic: tuple[Range, ...] = ()
    links: tuple[tuple[int, int, str], ...] = ()
    soft: bool = False  # begun by a line break (<br>) inside a block, not by a new block
    hint: str | None = None  # the entry type the source names for it (a table's kind column)


@dataclass
class Document:
    path: str
    format: str
    lines: list[Line] = field(default_factory=list)


class RunBuilder:
    """Collects styled text runs into one :class:`Line` (shared by the markup readers)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.bold: list[Range] = []
        self.italic: list[Range] = []
        self.links: list[tuple[int, int, str]] = []

    def add(self, text: str, *, bold: bool = False, italic: bool = False, link: str = "") -> None:
        if not text:
            return
        text = unicodedata.normalize("NFC", text)  # LaTeX accents arrive as combining marks
        if "\u00ad" in text:
            text = text.replace("\u00ad", "")  # a soft hyphen (LaTeX's "\-", HTML's &shy;)
        start, end = self.length, self.length + len(text)
        self.parts.append(text)
        self.length = end
        if bold:
            _extend(self.bold, start, end)
        if italic:
            _extend(self.italic, start, end)
        if link:
            self.links.append((start, end, link))

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def superscript_after_name(self, start: int) -> None:
        """The run's text from ``start`` was a superscript. After a name ("Ishikawa<sup>S
        </sup>", "Lee<sup>1</sup>") a letter marking a student or an affiliation is dropped
        and a number set as a superscript (the name reader drops both); "*" and "†" stay,
        the equal-contribution marks they are."""
        text = self.text
        mark = text[start:]
        # (after a capitalised word: "δ<sup>13</sup>C" is an isotope, "x<sup>2</sup>" a power)
        if not (1 <= len(mark) <= 3) or not re.search(r"(?<!\w)[A-Z]\w*[a-z]$", text[:start]):
            return
        if mark.isalpha():
            self.drop_suffix(mark)
        elif mark.isdigit() and (raised := superscript(mark)):
            self.drop_suffix(mark)
            self.add(raised)

    def drop_suffix(self, suffix: str) -> bool:
        """Take ``suffix`` off the end of the text, if it ends with it."""
        text = self.text
        if not suffix or not text.endswith(suffix):
            return False
        self.parts, self.length = [text[: -len(suffix)]], len(text) - len(suffix)
        n = self.length
        self.bold = [(a, min(b, n)) for a, b in self.bold if a < n]
        self.italic = [(a, min(b, n)) for a, b in self.italic if a < n]
        self.links = [(a, min(b, n), u) for a, b, u in self.links if a < n]
        return True

    def build(self, lineno: int, **kw: object) -> Line:
        raw = self.text
        # Normalise whitespace but keep ranges aligned: only strip the ends here.
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()

        def shift(rs: list[Range]) -> tuple[Range, ...]:
            out = []
            for a, b in rs:
                a, b = max(a - lead, 0), min(b - lead, len(text))
                if b > a:
                    out.append((a, b))
            return tuple(out)

        links = tuple(
            (max(a - lead, 0), min(b - lead, len(text)), u)
            for a, b, u in self.links
            if min(b - lead, len(text)) > max(a - lead, 0)
        )
        return Line(
            text=text,
            lineno=lineno,
            bold=shift(self.bold),
            italic=shift(self.italic),
            links=links,
            **kw,  # type: ignore[arg-type]
        )


def _extend(ranges: list[Range], start: int, end: int) -> None:
    if ranges and ranges[-1][1] == start:
        ranges[-1] = (ranges[-1][0], end)
    else:
        ranges.append((start, end))
