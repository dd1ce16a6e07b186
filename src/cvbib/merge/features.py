"""Everything :func:`cvbib.merge.match.match` compares, computed once per record.

Duplicate detection compares each record with a few candidates; normalising a title or a
name for every comparison would cost more than the comparison itself.
"""

from __future__ import annotations

import dataclasses
import weakref
from dataclasses import dataclass

from cvbib.merge.ids import arxiv_from_doi, normalize_arxiv, normalize_doi
from cvbib.merge.keys import NameKey, TitleKey, author_keys, title_key
from cvbib.merge.venue import VenueInfo, venue_info
from cvbib.model import Record

_PREPRINT_STATUS = frozenset({"preprint", "under review"})


@dataclass(slots=True)
class Features:
    """The comparison view of one record (treat as immutable)."""

    doi: str | None  # a publisher's DOI; arXiv DOIs become ``arxiv``
    arxiv: str | None
    title: TitleKey
    authors: tuple[NameKey, ...]
    truncated: bool  # the author list ended with "et al."
    year: int | None
    venue: VenueInfo | None
    preprint: bool
    workshop: bool


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


# Features by record identity: one merge needs them to group, then again to combine each
# group and to explain its pairs. Records are immutable; an entry leaves with its record
# (a weak reference's callback), so an id is never reused while its entry lives.
_BY_ID: dict[int, Features] = {}


def features(rec: Record) -> Features:
    """The comparison view of ``rec``, computed once per record object."""
    key = id(rec)
    f = _BY_ID.get(key)
    if f is None:
        f = _features(rec)
        weakref.finalize(rec, _BY_ID.pop, key, None).atexit = False  # nothing to do at exit
        _BY_ID[key] = f
    return f


def _features(rec: Record) -> Features:
    doi = normalize_doi(rec.doi)
    arxiv = _arxiv(rec, doi)
    if doi and arxiv_from_doi(doi):
        doi = None  # the arXiv DOI names the preprint, not the published version
    venue = venue_info(rec.venue) if rec.venue else None
    if rec.venue_short and (venue is None or not venue.known):
        venue = venue_info(rec.venue_short) or venue
    if venue and rec.workshop and venue.kind != "workshop":
        # "NeurIPS" as the short name of a workshop held at NeurIPS: still a workshop
        venue = dataclasses.replace(venue, kind="workshop")
    authors, truncated = author_keys(rec.authors)
    kind = venue.kind if venue else None
    preprint = (
        rec.status in _PREPRINT_STATUS
        or kind == "preprint"
        or (arxiv is not None and doi is None and venue is None)
    )
    return Features(
        doi=doi,
        arxiv=arxiv,
        title=title_key(rec.title),
        authors=authors,
        truncated=truncated,
        year=rec.year,
        venue=venue,
        preprint=preprint,
        workshop=rec.workshop or kind == "workshop",
    )
