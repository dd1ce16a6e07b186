"""Bluebook citations, the style of American law reviews, read whole.

    *Regulatory Silence*, 120 Colum. L. Rev. 2011 (2020) (with Jonah P. Abernathy).
    Note, *Recusal Standards*, 124 Harv. L. Rev. 1988 (2011).
    *Delegation Without Doctrine*, 113 Geo. L.J. (forthcoming 2025).
    THE ADMINISTRATIVE CONSCIENCE (Oxford Univ. Press 2d ed. 2020).
    *Ethics Review*, in THE OXFORD HANDBOOK OF AGENCY ETHICS 341 (Helen Marchetti ed., 2021).
    *The Watchdogs Are Being Muzzled*, N.Y. TIMES, Mar. 14, 2023, at A23.

The volume stands before the journal and the first page after it; the year is alone in
brackets at the end. No other style has that shape, and the general rules misread it (the
volume as the end of the title, the page as a year), so an entry that has it whole is read
here. A law CV leaves its owner out of the entries; the extractor puts the owner first, as
for any entry with no authors or with "(with A & B)" co-authors.
"""

from __future__ import annotations

import re

from cvbib.model import Person, Record, Source, Span
from cvbib.normalize import venues
from cvbib.parse.names import split_names

YEAR = r"(?:19|20)\d\d"
# Words of an abbreviated journal or newspaper: "N.Y.U. L. Rev.", "Yale L.J. F.",
# "Notre Dame L. Rev. Reflection", "YALE J. ON REG.: NOTICE & COMMENT".
_WORD = r"(?:[A-Z][\w.'’\-]*:?|&|of|on|the|for|in|and)"
JOURNAL = rf"[A-Z][\w.'’\-]*(?:\s+{_WORD}){{0,9}}"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?"
# "Note, *Title*": the kind of piece, not part of its title
GENRE = re.compile(
    r"(?P<genre>Note|Comment|Essay|Book Review|Review Essay|Recent Case|Response|Reply),\s+"
)
# What may follow a citation: "(with A & B)", "(draft on file)", a URL, the final period.
TAIL = r"(?P<tail>(?:[\s,]*\([^()]*\))*)[\s,]*(?P<url>https?://\S+?)?[\s.;]*$"
ARTICLE = re.compile(
    rf",\s+(?P<volume>\d{{1,4}})\s+(?P<journal>{JOURNAL})\s+"
    rf"(?:(?P<page>\d{{1,5}})(?:,\s*\d{{1,5}}(?:[-–]\d{{1,5}})?)?\s*\((?P<year>{YEAR})\)"
    rf"|\((?P<status>forthcoming|to appear)\s+(?P<fyear>{YEAR})\))" + TAIL
)
CHAPTER = re.compile(
    rf",\s+in\s+(?P<book>[A-Z0-9][^()]*?)\s+(?P<page>\d{{1,5}})?\s*"
    rf"\((?P<editors>[^()]*?)\s+eds?\.,\s*(?:(?P<edition>\d+(?:st|nd|rd|th|d)\s+ed\.),?\s*)?"
    rf"(?P<year>{YEAR})\)" + TAIL
)
NEWSPAPER = re.compile(
    rf",\s+(?P<paper>{JOURNAL})"
    rf"(?:,\s+{MONTH}\s+\d{{1,2}},\s+(?P<year>{YEAR})(?:,\s+at\s+(?P<at>[A-Z]?\d+))?"
    rf"|\s+\({MONTH}\s+\d{{1,2}},\s+(?P<year2>{YEAR})\))" + TAIL
)
BOOK = re.compile(
    r"\s*\((?P<publisher>[^()]*?)\s*(?:(?P<edition>\d+(?:st|nd|rd|th|d)\s+ed\.)\s*)?"
    rf"(?:(?P<status>forthcoming)\s+)?(?P<year>{YEAR})\)" + TAIL
)
WITH = re.compile(r"^\(\s*with\s+(?P<names>[^()]+)\)$", re.I)


def read_bluebook(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a Bluebook citation, or None when ``text`` is not one."""
    genre = GENRE.match(text)
    start = genre.end() if genre else 0
    title_end = _italic_title_end(text, start, italic)
    for reader in (_article, _chapter, _newspaper, _book):
        rec = reader(text, start, title_end)
        if rec is not None:
            extra = (genre.group("genre"),) if genre else ()
            return _finish(rec, text, source, extra)
    return None


def is_bluebook(text: str) -> bool:
    """Whether ``text`` is one whole Bluebook citation (the entry finder asks)."""
    return read_bluebook(text, (), Source("")) is not None


def _italic_title_end(text: str, start: int, italic: tuple[tuple[int, int], ...]) -> int | None:
    """The end of an italic title at ``start`` (the title of a piece), if there is one."""
    for a, b in italic:
        if not text[start:a].strip() and b - a >= 3:
            return b
    return None


def _title_and_rest(
    text: str, start: int, title_end: int | None, pattern: re.Pattern[str]
) -> tuple[str, re.Match[str]] | None:
    if title_end is not None:
        m = pattern.match(text, title_end)
        return (text[start:title_end], m) if m else None
    # no italics (plain text): the shortest title the rest of the citation follows
    for comma in re.finditer(",", text[start:]):
        at = start + comma.start()
        m = pattern.match(text, at)
        if m:
            return text[start:at], m
    return None


def _article(text: str, start: int, title_end: int | None) -> Record | None:
    found = _title_and_rest(text, start, title_end, ARTICLE)
    if not found or not _abbreviated(found[1]["journal"]):
        return None
    title, m = found
    status = "forthcoming" if m["status"] else "published"
    known = venues.lookup(m["journal"], fuzzy=False)  # "Harv. L. Rev.": Harvard Law Review
    return Record(
        type="article",
        title=title,
        venue=known.name if known else m["journal"],
        venue_short=known.acronym if known else None,
        volume=m["volume"],
        pages=m["page"],
        year=int(m["year"] or m["fyear"]),
        status=status,
        spans=(Span("tail", m.start("tail"), m.end("tail")),),
    )


def _chapter(text: str, start: int, title_end: int | None) -> Record | None:
    found = _title_and_rest(text, start, title_end, CHAPTER)
    if not found:
        return None
    title, m = found
    editors, _ = split_names(m["editors"])
    return Record(
        type="incollection",
        title=title,
        venue=from_small_caps(m["book"].strip(" ,")),
        editors=tuple(n.person for n in editors),
        pages=m["page"],
        edition=_edition(m["edition"]),
        year=int(m["year"]),
        spans=(Span("tail", m.start("tail"), m.end("tail")),),
    )


def _newspaper(text: str, start: int, title_end: int | None) -> Record | None:
    found = _title_and_rest(text, start, title_end, NEWSPAPER)
    if not found:
        return None
    title, m = found
    return Record(
        type="misc",
        title=title,
        venue=from_small_caps(m["paper"].rstrip(",")),
        pages=m["at"],
        year=int(m["year"] or m["year2"]),
        url=m["url"],
        urls=(m["url"],) if m["url"] else (),
        spans=(Span("tail", m.start("tail"), m.end("tail")),),
    )


def _book(text: str, start: int, title_end: int | None) -> Record | None:
    """A book's title in small caps, then "(Publisher 2d ed. 2020)"."""
    paren = text.find(" (", start)
    if paren < 0:
        return None
    title = text[start:paren].strip()
    letters = [c for c in title if c.isalpha()]
    if title_end is None and (len(title.split()) < 2 or not all(c.isupper() for c in letters)):
        return None
    if title_end is not None and text[title_end:paren].strip():
        return None  # "*Title*. Farmington: Alice James Books, 2023. ... Award (2024).": no
    m = BOOK.match(text, paren)
    if not m:
        return None
    return Record(
        type="book",
        title=from_small_caps(title),
        publisher=m["publisher"] or None,
        edition=_edition(m["edition"]),
        year=int(m["year"]),
        status="forthcoming" if m["status"] else "published",
        spans=(Span("tail", m.start("tail"), m.end("tail")),),
    )


SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "in",
        "on",
        "for",
        "to",
        "at",
        "by",
        "with",
        "as",
        "from",
    ]
)


def from_small_caps(text: str) -> str:
    """Title case for a title or a name the Bluebook sets in small caps ("THE REGULATORY
    STATE: CASES" -> "The Regulatory State: Cases"); other text is returned as it is.
    Words without a vowel stay capitals: they are acronyms ("NLRB")."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return text
    out = []
    for i, word in enumerate(text.split(" ")):
        lower = word.lower()
        first = i == 0 or out[-1].endswith((":", "—", "–"))
        if lower in SMALL_WORDS and not first:
            out.append(lower)
        elif not re.search(r"[AEIOUY]", word) or re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word)  # "NLRB", "U.S."
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def _abbreviated(journal: str) -> bool:
    """A law review written as the Bluebook abbreviates it: a period in it, or small caps."""
    return "." in journal or journal.isupper()


def _edition(text: str | None) -> str | None:
    return re.match(r"\d+", text).group(0) if text else None  # type: ignore[union-attr]


def _finish(rec: Record, text: str, source: Source, extra: tuple[str, ...]) -> Record:
    """Co-authors from "(with A & B)" and the source, on a record a reader built."""
    tail = rec.span("tail")
    authors: tuple[Person, ...] = ()
    spans: list[Span] = [Span("title", 0, len(rec.title))]
    remarks = list(extra)
    for group in re.findall(r"\([^()]*\)", text[tail.start : tail.end] if tail else ""):
        with_ = WITH.match(group)
        names = split_names(with_["names"])[0] if with_ else []
        if names:
            authors = tuple(n.person for n in names)
            at = text.find(group, tail.start if tail else 0)
            spans.append(Span("coauthors", at, at + len(group)))
        else:
            remarks.append(group.strip("()"))
    title = rec.title.strip(" ,.*")
    return rec.replace(
        title=title,
        authors=authors,
        extra=tuple(remarks),
        sources=(source,),
        spans=tuple(spans),
        confidence=1.0,
        warnings=() if authors else ("no authors found",),
    )


__all__ = ["is_bluebook", "read_bluebook"]
