"""Venue identity and kind, for telling two versions of one title apart.

A venue string is resolved through the knowledge base (:func:`cvbib.normalize.venues.lookup`):
"Proc. of ICML 2024" and "The 41st International Conference on Machine Learning" are both
ICML. A string the knowledge base does not know still tells its kind from its words
("journal", "transactions", "proceedings", "workshop", "arXiv"), which is enough to see that a
journal article and a conference paper of one title are two publications.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cvbib.data import load_json
from cvbib.merge.keys import fold, words
from cvbib.normalize.venues import Venue, at_conference, lookup, venue_key

_PREPRINT = frozenset(
    ["arxiv", "corr", "preprint", "preprints", "biorxiv", "medrxiv", "ssrn", "submitted"]
)
_WORKSHOP = frozenset(["workshop", "workshops", "wksp"])
_JOURNAL = frozenset(
    [
        "journal",
        "transactions",
        "trans",
        "letters",
        "lett",
        "magazine",
        "review",
        "acta",
        "annals",
        "bulletin",
        "j",
        "jour",
    ]
)
_CONFERENCE = frozenset(
    [
        "conference",
        "conf",
        "proceedings",
        "proc",
        "symposium",
        "symp",
        "congress",
        "meeting",
        "colloquium",
    ]
)


@dataclass(frozen=True, slots=True)
class VenueInfo:
    key: str  # knowledge-base acronym, or the venue's lookup key when unknown
    known: bool  # found in the knowledge base
    kind: str | None  # "conference", "journal", "workshop", "preprint" or None


def _kind(ws: list[str]) -> str | None:
    found = set(ws)
    if found & _PREPRINT:
        return "preprint"
    if found & _WORKSHOP:
        return "workshop"
    if found & _CONFERENCE:
        return "conference"
    if found & _JOURNAL:
        return "journal"
    return None


# Venue strings often add a subtitle or a publisher: "The VLDB Journal -- The International
# Journal on Very Large Data Bases", "ACM Transactions on Database Systems (TODS)".
_PARTS = re.compile(r"\s+--?\s+|\s*[:;(),]\s*")


def _lookup(text: str) -> Venue | None:
    v = lookup(text)
    if v is None:
        for part in _PARTS.split(text):
            if len(part) >= 3:
                v = lookup(part)
                if v is not None:
                    break
    return v


def _named_workshop(v: Venue) -> bool:
    return any("workshop" in name.lower() for name in (v.name, *v.aliases))


@lru_cache(maxsize=65536)
def venue_info(text: str) -> VenueInfo | None:
    """What is known of a venue string, or None for an empty one."""
    if not text or not text.strip():
        return None
    v = _lookup(text)
    ws = words(fold(text))
    if not ws:
        return None
    workshop_at = at_conference(text)
    if v is not None:
        # A workshop held at a conference resolves to the conference; keep them apart
        # (but "International Workshop on Quality of Service" is IWQoS itself; DBLP writes
        # a workshop at its conference "DEEM@SIGMOD").
        kind = v.kind
        if (
            (_kind(ws) == "workshop" or workshop_at)
            and v.kind != "workshop"
            and not _named_workshop(v)
        ):
            kind = "workshop"
        return VenueInfo(key=v.acronym, known=True, kind=kind)
    return VenueInfo(
        key=venue_key(text), known=False, kind="workshop" if workshop_at else _kind(ws)
    )


@lru_cache(maxsize=1)
def _series() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Conference acronym -> (acronyms, lookup keys) of where its proceedings also appeared."""
    out = {}
    for entry in load_json("venue_series.json")["series"]:
        names = entry["also"]
        out[entry["conference"]] = (frozenset(names), tuple(f" {venue_key(n)} " for n in names))
    return out


def _printed_in(conference: VenueInfo, other: VenueInfo) -> bool:
    """``other`` is where the proceedings of ``conference`` were also printed ("SIGMOD" and
    "SIGMOD Record"): one paper, listed under either name."""
    if not conference.known or conference.key not in _series():
        return False
    acronyms, keys = _series()[conference.key]
    if other.known:
        return other.key in acronyms
    padded = f" {other.key} "
    return any(k in padded for k in keys)


def same_venue(a: VenueInfo | None, b: VenueInfo | None) -> bool | None:
    """True or False when the venues are known to be one or two; None when nobody can say."""
    if a is None or b is None:
        return None
    if _printed_in(a, b) or _printed_in(b, a):
        return True
    if a.kind and b.kind and a.kind != b.kind:
        return False
    if a.known and b.known:
        return a.key == b.key
    if a.key and a.key == b.key:
        return True
    return None
