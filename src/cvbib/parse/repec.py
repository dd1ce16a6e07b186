"""RePEc references, as IDEAS and EconPapers print an author's works, read whole.

    Tobias Wennerholm & Ana Beltrán-Kuusk, 2023. "Remote Work and the Spatial Sorting of
        Skills," NBER Working Papers 31234, National Bureau of Economic Research, Inc.
    Okonjo, Chidi & Wennerholm, Tobias, 2018. "Commuting zones and ...," Regional Science
        and Urban Economics, Elsevier, vol. 70(C), pages 112-126.
    Tobias Wennerholm, 2023. "Place-Based Policies," Handbook of Spatial Labor Markets, in:
        H. Marchetti & P. J. Vollmer (ed.), Handbook of ..., edition 1, volume 2, chapter 11,
        pages 515-574, Elsevier.
    Tobias Wennerholm, 2022. "Urban Economics," MIT Press Books, The MIT Press, edition 1.
    Tobias Wennerholm, 2021. "CZBUILD: Stata module ...," Statistical Software Components
        S459123, Boston College Department of Economics.

The names (joined by "&"), the year and a period, the title in quotes with its comma inside;
then the series and number of a working paper and its institution, or the journal, its
publisher, "vol. 70(C)" (Elsevier's volumes have no issue), "pages", the month. The general
rules take the publisher and the "(C)" for part of the journal, and the series' number for
part of its name.
"""

from __future__ import annotations

import re

from cvbib.model import Record, Source
from cvbib.normalize import venues
from cvbib.parse.names import looks_like_name, person_from_family_given, person_from_given_family
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:19|20)\d\d"
HEAD = re.compile(
    rf"^\s*(?P<names>[^\"“”]{{3,600}}?),\s*(?P<year>{YEAR})\.\s*"
    r"[\"“](?P<title>.+?),?[\"”],?\s+(?P<rest>\S.*)$",
    re.S,
)
VOLUME = re.compile(r"^vol\.\s*(?P<volume>[\w\-]+)(?:\((?P<number>[^()]+)\))?$")
PAGES = re.compile(r"^pages\s+(?P<pages>[\w\-–]+)$")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "CEPR Discussion Papers 18977", "Working Paper Series 2022:7", "Discussion Papers 2020/14"
NUMBERED = re.compile(r"^(?P<series>.*?\D)\s+(?P<number>[A-Za-z]{0,3}\d[\w:/\-.]*)$")
SOFTWARE = re.compile(r"(?i)software\s+components|stata\s+module|\bcode\b")


def read_repec(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a RePEc reference, or None when ``text`` is not one."""
    if '," ' not in text and ",” " not in text and '",' not in text:
        return None
    head = HEAD.match(text)
    if head is None:
        return None
    people = _people(head["names"])
    if not people:
        return None
    rest = head["rest"].strip().rstrip(".")
    rec = _rest(rest)
    if rec is None:
        return None
    title = head["title"].strip()
    return rec.replace(
        title=title,
        authors=tuple(p for p in people if not rec.editors or p not in rec.editors),
        year=int(head["year"]),
        sources=(source,),
        spans=title_spans(text, title),
        confidence=1.0,
    )


def _people(names: str) -> list:  # type: ignore[type-arg]
    """ "A B & C D" or "B, A & D, C" (RePEc writes either), "(ed.)" for editors."""
    parts = [p.strip() for p in re.sub(r"\s*\(eds?\.\)\s*$", "", names).split("&")]
    people = []
    for part in parts:
        if part.count(",") == 1:
            family, given = (x.strip() for x in part.split(","))
            if not looks_like_name(f"{given} {family}"):
                return []
            people.append(person_from_family_given(family, given))
        elif "," not in part and looks_like_name(part):
            people.append(person_from_given_family(part))
        else:
            return []
    return people


def _rest(rest: str) -> Record | None:
    parts = [p.strip() for p in re.split(r",\s+", rest) if p.strip()]
    if not parts:
        return None
    inside = next((i for i, p in enumerate(parts) if p.startswith("in:")), None)
    if inside is not None:
        return _chapter(parts, inside)
    volume = number = pages = None
    month: int | None = None
    fields = []
    for part in parts[1:]:
        vol = VOLUME.match(part)
        pg = PAGES.match(part)
        if vol:
            volume, number = vol["volume"], vol["number"]
            if number == "C":  # Elsevier's volumes in RePEc: "vol. 70(C)"
                number = None
        elif pg:
            pages = page_range(pg["pages"])
        elif re.fullmatch(MONTHS, part):
            month = MONTHS.split("|").index(part) + 1
        elif re.fullmatch(r"(?:edition|volume|number|chapter)\s+\S+", part):
            continue
        else:
            fields.append(part)
    first = parts[0]
    if volume or pages:
        # a journal: its name, then its publisher
        known = venues.lookup(first, fuzzy=False)
        return Record(
            type="article",
            venue=first,
            venue_short=known.acronym if known else None,
            publisher=fields[0] if fields else None,
            volume=volume,
            number=number,
            pages=pages,
            month=month,
        )
    if first.endswith(" Books") or first == "Books":
        # "MIT Press Books, The MIT Press": RePEc's series of a publisher's books
        return Record(type="book", publisher=fields[0] if fields else None)
    numbered = NUMBERED.match(first)
    if numbered is None or not fields:
        return None
    series = numbered["series"].strip()
    if SOFTWARE.search(series):
        return Record(type="misc", venue=series, number=numbered["number"], publisher=fields[0])
    return Record(
        type="techreport",
        venue=series,
        number=numbered["number"],
        publisher=", ".join(fields),
        status="published",
    )


def _chapter(parts: list[str], inside: int) -> Record:
    """ "Book, in: A & B (ed.), Book, edition 1, volume 2, chapter 11, pages 515-574, Pub"."""
    eds = parts[inside].removeprefix("in:").strip()
    edited = re.search(r"\(eds?\.\)", eds)
    editors = _people(eds) if edited else []
    after = parts[inside + 1 :]
    # ("in: Frontiers of Place-Based Policy, pages 201-206": the book, no editors)
    book = (after[0] if after else parts[0]) if edited else eds
    after = after if edited else [eds, *after]
    pages = next((PAGES.match(p) for p in after if PAGES.match(p)), None)
    plain = [
        p
        for p in after[1:]
        if not PAGES.match(p)
        and not re.fullmatch(r"(?:edition|volume|number|chapter)\s+\S+", p)
        and not re.fullmatch(MONTHS, p)
    ]
    return Record(
        type="incollection",
        venue=book,
        editors=tuple(editors),
        pages=page_range(pages["pages"]) if pages else None,
        publisher=plain[-1] if plain else None,
    )


__all__ = ["read_repec"]
