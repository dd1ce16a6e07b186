"""The one record type that flows through cvbib, and its small companions.

A :class:`Record` is immutable: every stage returns a new one (``dataclasses.replace``).
Provenance travels with it: the file and line each entry came from, the entry's source
text, and the character span of every parsed field inside that text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

# BibTeX entry types cvbib writes, and their CSL-JSON counterparts.
BIB_TO_CSL: dict[str, str] = {
    "article": "article-journal",
    "inproceedings": "paper-conference",
    "incollection": "chapter",
    "book": "book",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
    "misc": "article",
    "unpublished": "manuscript",
}
CSL_TO_BIB: dict[str, str] = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "paper-conference": "inproceedings",
    "chapter": "incollection",
    "book": "book",
    "thesis": "phdthesis",
    "report": "techreport",
    "article": "misc",
    "manuscript": "unpublished",
    "post": "misc",
    "webpage": "misc",
    "dataset": "misc",
    "software": "misc",
}

STATUSES = ("published", "preprint", "under review", "forthcoming")


@dataclass(frozen=True)
class Person:
    """One name. ``family`` alone (``given`` empty) is a corporate or mononymous author."""

    family: str
    given: str = ""

    def __str__(self) -> str:
        return f"{self.given} {self.family}".strip()

    def to_csl(self) -> dict[str, str]:
        if not self.given:
            return {"literal": self.family}
        return {"family": self.family, "given": self.given}

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Person:
        if "literal" in item:
            return cls(family=str(item["literal"]))
        family = str(item.get("family", ""))
        particle = str(item.get("non-dropping-particle", ""))
        if particle:
            family = f"{particle} {family}"
        return cls(family=family, given=str(item.get("given", "")))


@dataclass(frozen=True)
class Source:
    """Where a record came from: a CV file and line, or a library and key."""

    path: str
    line: int | None = None
    end_line: int | None = None
    text: str = ""
    key: str | None = None

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Span:
    """The characters ``text[start:end]`` of the source text that gave ``field``."""

    field: str
    start: int
    end: int


# Values later stages derive from a record (the merge's comparison view) are kept in the
# record's __dict__ under this name, beside its fields: not a field, so equality, hashing,
# repr and replace() ignore it.
CACHE = "_cache"


@dataclass(frozen=True)
class Record:
    """A bibliographic record: what every stage of cvbib reads and returns."""

    type: str = "misc"
    title: str = ""
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    year: int | None = None
    month: int | None = None
    venue: str | None = None  # journal, proceedings, book title; school for theses
    venue_short: str | None = None  # acronym: ICML, TPDS
    publisher: str | None = None
    address: str | None = None
    volume: str | None = None
    number: str | None = None
    pages: str | None = None  # "1--10"
    edition: str | None = None
    doi: str | None = None
    arxiv: str | None = None
    arxiv_class: str | None = None
    isbn: str | None = None
    url: str | None = None
    urls: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # Oral, Spotlight, Best Paper Award, ...
    extra: tuple[str, ...] = ()  # acceptance rates and other remarks we keep but do not cite
    status: str = "published"
    workshop: bool = False
    findings: bool = False
    key: str | None = None
    equal_contribution: tuple[int, ...] = ()  # indices of authors marked * or †
    owner: int | None = None  # index of the CV owner among the authors
    sources: tuple[Source, ...] = ()
    spans: tuple[Span, ...] = ()
    confidence: float = 1.0
    warnings: tuple[str, ...] = ()

    # -- convenience -------------------------------------------------------------------
    def replace(self, **changes: Any) -> Record:
        """A copy with ``changes``. As :func:`dataclasses.replace`, several times faster
        (merging 100,000 library entries copies each one)."""
        unknown = changes.keys() - _RECORD_FIELDS
        if unknown:
            raise TypeError(f"Record has no field(s) {sorted(unknown)}")
        new = object.__new__(Record)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        new.__dict__.pop(CACHE, None)  # what was derived from the old fields
        return new

    @property
    def source(self) -> Source | None:
        return self.sources[0] if self.sources else None

    def span(self, name: str) -> Span | None:
        return next((s for s in self.spans if s.field == name), None)

    # -- CSL-JSON ----------------------------------------------------------------------
    def to_csl(self) -> dict[str, Any]:
        from cvbib.formats.csl import record_to_csl

        return record_to_csl(self)

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Record:
        from cvbib.formats.csl import record_from_csl

        return record_from_csl(item)

    # -- BibTeX ------------------------------------------------------------------------
    def to_bibtex(self, *, unicode: bool = False, biblatex: bool = False) -> str:
        from cvbib.formats.bibtex import record_to_bibtex

        return record_to_bibtex(self, unicode=unicode, biblatex=biblatex)

    @classmethod
    def from_bibtex(cls, text: str) -> Record:
        from cvbib.formats.bibtex import parse_bibtex

        records = parse_bibtex(text)
        if len(records) != 1:
            raise ValueError(f"expected one BibTeX entry, found {len(records)}")
        return records[0]


_RECORD_FIELDS = frozenset(f.name for f in dataclasses.fields(Record))


@dataclass
class Warning_:
    """A problem found while reading: reported with file:line, never raised."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Extraction:
    """What :func:`cvbib.extract_file` returns: the records and what went wrong."""

    path: str
    records: list[Record] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    skipped_sections: list[tuple[int, str]] = field(default_factory=list)
    format: str = ""
