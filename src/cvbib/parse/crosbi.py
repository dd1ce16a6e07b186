"""CROSBI references, the Croatian scientific bibliography's, read whole.

    Horvat, Ana; Bošnjak Kuzmić, Marija. Title // Journal, 89 (2023), 103478, 11. doi: ...
    Horvat, Ana; Kovač, Ivo. Title // Food Chemistry, 57 (2019), 4; 512-521 (klasifikacija)
    Horvat, Ana. Title // Zbornik radova ... / Urednik, Ivo ; Drugi, Ana (ur.). Zagreb:
        Izdavač, 2020. str. 12-20 (predavanje, međunarodna recenzija, cjeloviti rad, znanstveni)

The names are "Family, Given" between semicolons; "//" separates the work from the journal
(volume, (year), issue; pages) or the book of a chapter or a paper in proceedings (its
editors with "(ur.)", "Place: Publisher, Year. str. 12-20"); a bracket of CROSBI's
classification closes it. The general rules take the names' commas for a list of names
each cut in two.
"""

from __future__ import annotations

import re

from cvbib.model import Record, Source
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import person_from_family_given
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:19|20)\d\d"
UPPER = "A-ZČĆĐŠŽÀ-ÖØ-Þ"
WORD = rf"[{UPPER}][\w'’\-]+"
ONE = rf"{WORD}(?:\s{WORD})?,\s{WORD}(?:[\s-]{WORD})?"
NAMES = re.compile(rf"^\s*(?P<names>{ONE}(?:\s?;\s?{ONE})*)\.\s+(?=\S)")
JOURNAL = re.compile(
    rf"^(?P<journal>[^/]+?),\s*(?P<volume>[\w\-]+)?\s*\((?P<year>{YEAR})\)"
    r"(?:,\s*(?P<issue>[\w\-/]+);\s*(?P<pages>[\w]+(?:\s*[-–]\s*\w+)?)"
    r"|,\s*(?P<article>[A-Za-z]?\d+)(?:,\s*\d+)?)?"
)
BOOK = re.compile(
    rf"^(?P<book>.+?)(?:\s/\s(?P<editors>[^/]+?)\s*\(ur\.\))?\.\s+(?P<place>[^.,:]+?)"
    rf"(?::\s*(?P<publisher>[^.]+?))?,\s*(?P<year>{YEAR})\.?(?:\s*str\.\s*(?P<pages>\d+\s*[-–]\s*\d+))?"
)
CLASSIFICATION = re.compile(r"\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
PROCEEDINGS = re.compile(
    r"(?i)proceedings|zbornik|book\s+of\s+abstracts|knjiga\s+sažetaka|sažet|cjeloviti\s+rad|"
    r"predavanje|poster|skup"
)
ONE_NAME = re.compile(rf"(?P<family>{WORD}(?:\s{WORD})?),\s(?P<given>{WORD}(?:[\s-]{WORD})?)")


def read_crosbi(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a CROSBI reference, or None when ``text`` is not one."""
    if " // " not in text:
        return None
    names = NAMES.match(text)
    if names is None:
        return None
    head, _, rest = text[names.end() :].partition(" // ")
    title = head.strip().rstrip(".")
    if not title:
        return None
    extra = []
    translated = P.TRANSLATION_AT_END.search(title)
    if translated:
        extra.append(f"Translated title: {translated.group(1).strip()}")
        title = title[: translated.start()]
    klass = CLASSIFICATION.search(rest)
    kind = klass.group(1) if klass else ""
    if klass:
        rest = rest[: klass.start()]
        extra.append(kind.strip())
    doi = P.DOI.search(rest)
    rest = re.split(r"\.\s*doi:", rest)[0].strip()
    rec = _journal(rest) or _book(rest, kind)
    if rec is None:
        return None
    people = tuple(
        person_from_family_given(m["family"], m["given"]) for m in ONE_NAME.finditer(names["names"])
    )
    status = "forthcoming" if re.search(r"(?i)prihvaćen|u\s+tisku", rest) else "published"
    return rec.replace(
        title=title.strip(),
        authors=people,
        doi=doi.group(1).rstrip(".,;") if doi else None,
        status=status,
        extra=tuple(extra),
        sources=(source,),
        spans=title_spans(text, title.strip()),
        confidence=1.0,
    )


def _journal(rest: str) -> Record | None:
    m = JOURNAL.match(rest)
    if m is None or " / " in rest:
        return None
    journal = m["journal"].strip()
    known = venues.lookup(journal, fuzzy=False)
    pages = m["pages"] or m["article"]
    return Record(
        type="article",
        venue=journal,
        venue_short=known.acronym if known else None,
        year=int(m["year"]),
        volume=m["volume"],
        number=m["issue"],
        pages=page_range(pages) if pages else None,
    )


def _book(rest: str, kind: str) -> Record | None:
    m = BOOK.match(rest)
    if m is None:
        return None
    editors = tuple(
        person_from_family_given(e["family"], e["given"])
        for e in ONE_NAME.finditer(m["editors"] or "")
    )
    proceedings = PROCEEDINGS.search(m["book"]) or PROCEEDINGS.search(kind)
    return Record(
        type="inproceedings" if proceedings else "incollection",
        venue=m["book"].strip(),
        editors=editors,
        publisher=m["publisher"].strip() if m["publisher"] else None,
        address=m["place"].strip(),
        year=int(m["year"]),
        pages=page_range(m["pages"]) if m["pages"] else None,
    )


__all__ = ["read_crosbi"]
