"""OSCOLA references, as British and Irish legal scholars cite, read whole.

    C Blackwood, 'Ouster Clauses and the Rule of Law' (2020) 40 OJLS 317
    C Blackwood, 'Prorogation, Privilege and the Courts' [2020] PL 45
    C Blackwood, 'Title' (2025) 45 OJLS (forthcoming)
    C Blackwood, 'Title' in B Jones and C Lee (eds), Book Title (OUP 2021)
    C Blackwood, Book Title (2nd edn, Hart Publishing 2022)
    C Blackwood and R Adeyemi-Hart (eds), Book Title (CUP 2023)

Names (initials without stops, "and" before the last) end at a comma; an article's title is
in single quotes, then the year, in round brackets before a volume or in square ones when
it numbers the volume, the journal's abbreviation and the first page; a book's publisher
and year close it in brackets. The general rules read neither the quotes (apostrophes
inside them) nor the bracketed imprint.
"""

from __future__ import annotations

import re

from cvbib.model import Record, Source
from cvbib.normalize import venues
from cvbib.parse.names import split_names
from cvbib.parse.whole import title_spans

YEAR = r"(?:19|20)\d\d"
NAMES = r"(?P<names>(?:[A-Z]{1,3}\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:(?:,\s*|\s+and\s+)[A-Z]{1,3}\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)*)"
EDITED = r"(?P<eds>\s*\((?:eds?|ed)\))?"
HEAD = re.compile(rf"{NAMES}{EDITED},\s+")
# "'Title' (2020) 40 OJLS 317", "'Title' [2020] PL 45", "'Title' (2025) 45 OJLS (forthcoming)"
ARTICLE = re.compile(
    rf"'(?P<title>.+)'\s+(?:\((?P<year>{YEAR})\)\s+(?P<volume>\d{{1,4}})|\[(?P<year2>{YEAR})\])\s+"
    r"(?P<journal>[A-Z][A-Za-z.&' ]{0,60}?)\s*(?:(?P<page>\d{1,5})(?:\s*\((?P<note>[^()]+)\))?|"
    r"\((?P<press>forthcoming|in\s+press)\))\s*\.?(?:\s*\[(?P<remark>[^\[\]]+)\])?\s*$"
)
# a report, evidence or a blog post: "'Title' (Verfassungsblog, 3 May 2024) <https://...>"
OTHER = re.compile(
    rf"'(?P<title>.+)'\s*\((?P<inside>[^()]*{YEAR}[^()]*)\)\s*(?:<(?P<url>[^<>]+)>)?"
    r"(?:\s*accessed\s+[\w ]+?)?\s*\.?$"
)
# "'Title' in B Jones and C Lee (eds), Book (OUP 2021) 45"
CHAPTER = re.compile(
    r"'(?P<title>.+)'\s+in\s+(?:(?P<eds>[^()]+?)\s*\((?:eds?|ed)\),\s*)?(?P<book>[^()]+?)\s*"
    r"\((?P<imprint>[^()]*)\)\s*(?P<page>\d{1,5})?\s*\.?$"
)
# "Book Title (2nd edn, Hart Publishing 2022)", "(OUP, forthcoming 2026)"
BOOK = re.compile(r"(?P<title>[^'].*?)\s*\((?P<imprint>[^()]*(?:\d{4}|forthcoming)[^()]*)\)\s*\.?$")
IMPRINT = re.compile(
    rf"(?:(?P<edition>\d+)(?:st|nd|rd|th)\s+edn,\s*)?(?P<publisher>[^,()]+?)?,?\s*"
    rf"(?:(?P<press>forthcoming)\s*)?(?P<year>{YEAR})?$"
)


def read_oscola(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of an OSCOLA reference, or None when ``text`` is not one."""
    body = re.sub(r"\s+", " ", text).strip()
    head = HEAD.match(body)
    if not head:
        return None
    names, _ = split_names(head["names"])
    if not names:
        return None
    people = tuple(n.person for n in names)
    rest = body[head.end() :]
    rec = (
        _article(rest) or _chapter(rest) or (_other(rest) if rest.startswith("'") else _book(rest))
    )
    if rec is None:
        return None
    edited = bool(head["eds"])  # the names edited the volume
    rec = rec.replace(editors=people, type="book") if edited else rec.replace(authors=people)
    return rec.replace(
        sources=(source,),
        spans=title_spans(text, rec.title),
        confidence=1.0,
    )


def _article(rest: str) -> Record | None:
    m = ARTICLE.match(rest)
    if not m:
        return None
    journal = m["journal"].strip()
    kb = venues.lookup(journal, fuzzy=False)
    extra = (m["note"].strip(),) if m["note"] else ()
    notes = (m["remark"].strip(),) if m["remark"] else ()
    return Record(
        notes=notes,
        type="article",
        title=m["title"].strip(),
        venue=journal,
        venue_short=kb.acronym if kb else None,
        year=int(m["year"] or m["year2"]),
        volume=m["volume"],
        pages=m["page"],
        status="forthcoming" if m["press"] else "published",
        extra=extra,
    )


def _imprint(text: str) -> tuple[str | None, int | None, str | None, bool]:
    """Publisher, year, edition and whether forthcoming, from "2nd edn, Hart Publishing 2022"."""
    m = IMPRINT.match(text.strip())
    if not m:
        return None, None, None, False
    publisher = (m["publisher"] or "").strip(" ,") or None
    return publisher, int(m["year"]) if m["year"] else None, m["edition"], bool(m["press"])


def _chapter(rest: str) -> Record | None:
    m = CHAPTER.match(rest)
    if not m:
        return None
    publisher, year, edition, press = _imprint(m["imprint"])
    if year is None and not press:
        return None
    editors = tuple(n.person for n in split_names(m["eds"])[0]) if m["eds"] else ()
    return Record(
        type="incollection",
        title=m["title"].strip(),
        venue=m["book"].strip(" ,"),
        editors=editors,
        publisher=publisher,
        year=year,
        edition=edition,
        pages=m["page"],
        status="forthcoming" if press else "published",
    )


def _other(rest: str) -> Record | None:
    """A report, written evidence, a blog post: its publisher or forum first in brackets."""
    m = OTHER.match(rest)
    if not m:
        return None
    parts = [p.strip() for p in m["inside"].split(",")]
    year = re.search(YEAR, m["inside"])
    return Record(
        type="misc",
        title=m["title"].strip(),
        venue=parts[0] or None,
        year=int(year.group(0)) if year else None,
        url=m["url"],
        urls=(m["url"],) if m["url"] else (),
        extra=tuple(p for p in parts[1:] if p and not re.fullmatch(rf".*{YEAR}.*", p)),
    )


def _book(rest: str) -> Record | None:
    m = BOOK.match(rest)
    if not m:
        return None
    publisher, year, edition, press = _imprint(m["imprint"])
    if publisher is None or (year is None and not press):
        return None
    return Record(
        type="book",
        title=m["title"].strip(" ,"),
        publisher=publisher,
        year=year,
        edition=edition,
        status="forthcoming" if press else "published",
    )


__all__ = ["read_oscola"]
