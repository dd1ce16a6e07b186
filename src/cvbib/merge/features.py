"""Everything :func:`cvbib.merge.match.match` compares, computed once per record.

Duplicate detection compares each record with a few candidates; normalising a title or a
name for every comparison would cost more than the comparison itself. Blocking needs only
the title and the ids, so the rest (authors, venue) is computed when a record is first
compared: most records of a large library share no block with any other.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, NamedTuple

from cvbib.merge.ids import arxiv_from_doi, normalize_arxiv, normalize_doi
from cvbib.merge.keys import NameKey, TitleKey, author_keys, title_key
from cvbib.merge.venue import VenueInfo, venue_info
from cvbib.model import CACHE, Record

_PREPRINT_STATUS = frozenset({"preprint", "under review"})


class _Rest(NamedTuple):
    authors: tuple[NameKey, ...]
    truncated: bool
    venue: VenueInfo | None
    preprint: bool
    workshop: bool


class Features:
    """The comparison view of one record (treat as immutable)."""

    __slots__ = ("_rest", "_source", "arxiv", "doi", "locator", "title", "year")

    def __init__(self, rec: Record) -> None:
        doi = normalize_doi(rec.doi)
        self.arxiv: str | None = _arxiv(rec, doi)
        if doi and arxiv_from_doi(doi):
            doi = None  # the arXiv DOI names the preprint, not the published version
        self.doi: str | None = doi  # a publisher's DOI; arXiv DOIs become ``arxiv``
        self.title: TitleKey = title_key(rec.title)
        self.year: int | None = rec.year
        # where a journal printed it, "Phys. Rev. A 99, 052312": the work's address when it
        # has no title (physics lists leave titles out)
        self.locator: tuple[str, str, str] | None = _locator(rec)
        # what the rest is computed from (not the record: it holds its features)
        self._source: tuple[Any, ...] | None = (
            rec.venue,
            rec.venue_short,
            rec.workshop,
            rec.authors or rec.editors,  # an edited volume is known by its editors
            rec.status,
        )
        self._rest: _Rest | None = None

    @property
    def authors(self) -> tuple[NameKey, ...]:
        return (self._rest or self._more()).authors

    @property
    def truncated(self) -> bool:
        """The author list ended with "et al."."""
        return (self._rest or self._more()).truncated

    @property
    def venue(self) -> VenueInfo | None:
        return (self._rest or self._more()).venue

    @property
    def preprint(self) -> bool:
        return (self._rest or self._more()).preprint

    @property
    def workshop(self) -> bool:
        return (self._rest or self._more()).workshop

    def _more(self) -> _Rest:
        assert self._source is not None
        venue_name, venue_short, workshop, people, status = self._source
        venue = venue_info(venue_name) if venue_name else None
        # (a workshop's short name is its host conference's: "OPT" at "NeurIPS" is OPT)
        if venue_short and (venue is None or (not venue.known and not workshop)):
            venue = venue_info(venue_short) or venue
        if venue and workshop and venue.kind != "workshop":
            # "NeurIPS" as the short name of a workshop held at NeurIPS: still a workshop
            venue = dataclasses.replace(venue, kind="workshop")
        authors, truncated = author_keys(people)
        kind = venue.kind if venue else None
        preprint = (
            status in _PREPRINT_STATUS
            or kind == "preprint"
            or (self.arxiv is not None and self.doi is None and venue is None)
        )
        self._rest = _Rest(authors, truncated, venue, preprint, workshop or kind == "workshop")
        self._source = None
        return self._rest


def _locator(rec: Record) -> tuple[str, str, str] | None:
    """(venue, volume, first page) in a comparable form, or None."""
    venue = rec.venue_short or rec.venue
    page = re.match(r"\s*([A-Za-z]?\d+)", rec.pages or "")
    if not (venue and rec.volume and page):
        return None
    return re.sub(r"[^a-z0-9]", "", venue.lower()), rec.volume.strip().lower(), page.group(1)


def _arxiv(rec: Record, doi: str | None) -> str | None:
    found = normalize_arxiv(rec.arxiv) or arxiv_from_doi(doi)
    if found:
        return found
    for url in (rec.url, *rec.urls):
        if url and "arxiv.org/" in url:
            found = normalize_arxiv(url)
            if found:
                return found
    return None


def features(rec: Record) -> Features:
    """The comparison view of ``rec``, computed once per record: one merge needs it to
    group, then again to combine each group and to explain its pairs."""
    f = rec.__dict__.get(CACHE)
    if f is None:
        f = rec.__dict__[CACHE] = Features(rec)
    return f
