"""German humanities references with commas, as Egyptology, Assyriology, classics and
theology lists (a *Schriftenverzeichnis*) write them, read whole.

    Müller, H., Die Stele als Medium. Studien zu ..., GOF IV/56, Wiesbaden: Harrassowitz 2013.
    Müller, H./Brenner, M. (Hg.), Materialität und Ritual, ÄAT 98, Münster: Zaphon 2019.
    Müller, H., Eine Opfertafel aus Abydos, GM 210, 2006, 55–63.
    Müller, H., Die Stele des Ḥr-mꜣꜥ-ḫrw, in: B. Schmidt/C. Weber (Hg.), Festschrift für
        D. Braun, ÄAT 94, Wiesbaden 2018, S. 123–145.
    Rez. zu: P. Mendelssohn, Das Grab des Ṯꜣy, Kairo 2023, in: OLZ 119 (im Druck).

The names ("Family, I.", several joined by "/") end with a comma, and the title runs to
the venue, which is read from the end: a journal's abbreviation with volume, year and pages;
"in:" a volume's editors, title, series and imprint; or a book's series and "Place:
Publisher Year". Titles keep their inner full stops ("Die Stele als Medium. Studien zu
..."), which the general rules take for sentence ends. Nothing else has this shape: APA puts
"(2020)." after the names, Chicago a full stop, and the colon variant ("Müller, Heike: Title,
in: ...") is read by the general rules.
"""

from __future__ import annotations

import re

from cvbib.model import Person, Record, Source
from cvbib.normalize import venues
from cvbib.parse.names import particle_prefix, person_from_family_given, person_from_given_family
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:1[89]|20)\d\d"
UPPER = "A-ZÄÖÜÀ-ÖØ-ÞĀ-ſḀ-ỿ"
PARTICLE = particle_prefix()
FAMILY = rf"{PARTICLE}[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+)?"
INITIALS = rf"[{UPPER}][a-z]?\.(?:\s?-?[{UPPER}][a-z]?\.)*"
FAMILY_FIRST = rf"{FAMILY},\s*{INITIALS}"
GIVEN_FIRST = rf"{INITIALS}\s*{FAMILY}"
ROLE = r"\s*\((?:Hg|Hrsg|eds?|Ed|éds?)\.\)"
HEAD = re.compile(
    rf"(?P<names>{FAMILY_FIRST}(?:\s*/\s*{FAMILY_FIRST})*)(?P<role>{ROLE})?,\s+"
    # (not APA's "(2020)", and not a list going on: "Smith, J., Jones, K., & ...")
    rf"(?!\(?{YEAR}\b|{FAMILY_FIRST}|&|and\s)(?=\S)"
)
REVIEW = re.compile(r"(?P<review>Rez(?:ension)?\.?\s+(?:zu|von)\s*:?)\s+")
PRESS = re.compile(r"\s*\(?\b(?:im\s+Druck|in\s+press|im\s+Erscheinen|forthcoming)\)?$", re.I)
REMARK = re.compile(r"\s*\((?P<remark>(?:zugl\.|zugleich|Diss\.|Habil)[^()]*)\)")
URL = re.compile(r",?\s*(?P<url>https?://\S+?)[.,]?$")
PAGES = r"(?:(?:S\.|Sp\.|pp?\.)\s*)?(?P<pages>[\dIVXLivxl]+\s*[–-]\s*[\dIVXLivxl]+|\d+)"
PLACE = rf"[{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+)?(?:\s*/\s*[{UPPER}][\w\-]+)*"
# "Wiesbaden: Harrassowitz 2013", "Wiesbaden 2012, S. 67–89", "Hamburg: Buske" (in press)
IMPRINT = re.compile(
    rf",\s*(?P<place>{PLACE})(?::\s*(?P<publisher>[^,:]+?))?"
    rf"(?:\s+(?P<year>{YEAR}))?(?:,\s*{PAGES})?$"
)
# "GM 210, 2006, 55–63", "ZÄS 151", "BiOr 76, 2019, Sp. 512–516", "Antike Welt 4/2017, 55–59",
# "Zeitschrift für X 52 (2025)"
JOURNAL = re.compile(
    rf"(?P<journal>[{UPPER}][^,:]{{0,60}}?)\s+(?P<volume>\d{{1,4}})(?:/(?P<volyear>{YEAR}))?"
    rf"(?:\s*\((?P<paren>{YEAR})\))?(?:,\s*(?P<year>{YEAR}))?(?:,\s*{PAGES})?"
    r"(?:,\s*Taf\.\s*[^,]+)?$"
)
# a series and its number ending a volume's title: "Göttinger Orientforschungen IV/56",
# "SAK Beihefte 26", "Königtum, Staat und Gesellschaft früher Hochkulturen 3,9"
SERIES = re.compile(r",\s*(?P<series>[^,]*?[^\W\d_][^,]*?\s(?:[IVX]+/)?\d{1,4}(?:,\d{1,3})?)$")
DESCRIPTOR = re.compile(
    r",\s*(?P<what>(?:Ausstellungskatalog|Katalog|Exhibition\s+catalogue)\b[^,]*)$"
)


def read_german_comma(
    text: str, italic: tuple[tuple[int, int], ...], source: Source
) -> Record | None:
    """The record of a German comma-style reference, or None when ``text`` is not one."""
    body = re.sub(r"\s+", " ", text).strip().rstrip(".")
    review = REVIEW.match(body)
    head = None if review else HEAD.match(body)
    if not (review or head):
        return None
    rest = body[(review or head).end() :]  # type: ignore[union-attr]
    extra: list[str] = []
    url = URL.search(rest)
    if url:
        rest = rest[: url.start()].rstrip(" ,")
    press = PRESS.search(rest)
    if press:
        rest = rest[: press.start()].rstrip(" ,")
    for remark in REMARK.finditer(rest):
        extra.append(remark["remark"].strip())
    rest = REMARK.sub("", rest).strip(" ,")
    names = _family_first(head["names"]) if head else []
    edited = bool(head and head["role"])
    rec = _in_volume(rest, press is not None) or (
        None if edited else _journal(rest, press is not None)
    )
    if rec is None:
        rec = _book(rest, press is not None)
    if rec is None:
        return None
    title = rec.title or ""
    if review:
        title = f"{review['review'].rstrip(':').strip()}: {title}"
    elif title.startswith("Art. "):  # "Art. Opferformel": a lexicon's article
        title = title[5:]
    if not title:
        return None
    return rec.replace(
        title=title,
        authors=() if edited else tuple(names),
        editors=tuple(names) if edited else rec.editors,
        type="book" if edited else rec.type,
        status="forthcoming" if press else "published",
        url=url["url"] if url else None,
        urls=(url["url"],) if url else (),
        extra=(*rec.extra, *extra),
        sources=(source,),
        spans=title_spans(text, title),
        confidence=1.0,
    )


def _family_first(names: str) -> list[Person]:
    out = []
    for name in names.split("/"):
        family, _, given = name.strip().partition(",")
        out.append(person_from_family_given(family.strip(), given.strip()))
    return out


def _given_first(names: str) -> list[Person]:
    if "," in names:
        return _family_first(names)
    return [person_from_given_family(n.strip()) for n in names.split("/") if n.strip()]


def _journal_record(part: str, press: bool) -> Record | None:
    """A journal's part of a reference: "GM 210, 2006, 55–63", "OLZ 119" (in press)."""
    m = JOURNAL.fullmatch(part.strip())
    if not m:
        return None
    year = m["year"] or m["paren"] or m["volyear"]
    if not (year or press) or not (m["pages"] or press) or len(m["journal"].split()) > 8:
        return None
    journal = m["journal"].strip()
    kb = venues.lookup(journal, fuzzy=False)
    return Record(
        type="article",
        venue=journal,
        venue_short=kb.acronym if kb else None,
        volume=m["volume"] if not m["volyear"] else None,
        number=m["volume"] if m["volyear"] else None,
        year=int(year) if year else None,
        pages=page_range(m["pages"]),
    )


def _journal(rest: str, press: bool) -> Record | None:
    """ "Title, GM 210, 2006, 55–63": the title, then a journal at the end."""
    # the journal's part starts after one of the title's commas: try the latest first
    cuts = [m.start() for m in re.finditer(r",\s+", rest)]
    for cut in reversed(cuts):
        part = rest[cut:].lstrip(", ")
        if re.match(rf"(?:{YEAR}|\d|S\.|Sp\.|Taf\.)", part):
            continue  # the year or the pages of the journal: its name comes before them
        rec = _journal_record(part, press)
        if rec is not None:
            return rec.replace(title=rest[:cut].strip())
        break
    return None


def _in_volume(rest: str, press: bool) -> Record | None:
    """ "Title, in: A/B (Hg.), Book, Series 94, Wiesbaden 2018, S. 123–145" (or a journal
    after "in:")."""
    m = re.search(r",?\s+in:\s+", rest)
    if not m:
        return None
    title, container = rest[: m.start()].strip(" ,"), rest[m.end() :].strip()
    eds = re.match(
        rf"(?P<eds>(?:{GIVEN_FIRST}|{FAMILY_FIRST})(?:\s*/\s*(?:{GIVEN_FIRST}|{FAMILY_FIRST}))*)"
        rf"{ROLE},\s*",
        container,
    )
    editors = _given_first(eds["eds"]) if eds else []
    if eds:
        container = container[eds.end() :]
    # a review's book: "P. Mendelssohn, Das Grab des Ṯꜣy, Kairo 2023" — without its imprint
    reviewed = re.search(rf",\s*{PLACE}\s+{YEAR}$", title)
    if reviewed and re.match(rf"{INITIALS}\s*{FAMILY}", title):
        title = title[: reviewed.start()].strip()
    if not editors:
        journal = _journal_record(container, press)
        if journal is not None:
            return journal.replace(title=title)
    imprint = IMPRINT.search(container)
    if not imprint or not (imprint["year"] or press):
        return None
    book = container[: imprint.start()].strip()
    extra = []
    described = DESCRIPTOR.search(book)
    if described:
        extra.append(described["what"])
        book = book[: described.start()]
    series = SERIES.search(book)
    if series and series.start() > 0:
        extra.append(f"Series: {series['series'].strip()}")
        book = book[: series.start()]
    if not book:
        return None
    return Record(
        type="incollection",
        title=title,
        venue=book.strip(),
        editors=tuple(editors),
        publisher=(imprint["publisher"] or "").strip() or None,
        address=imprint["place"],
        year=int(imprint["year"]) if imprint["year"] else None,
        pages=page_range(imprint["pages"]),
        extra=tuple(extra),
    )


def _book(rest: str, press: bool) -> Record | None:
    """ "Title. Subtitle, Series IV/56, Wiesbaden: Harrassowitz 2013": a monograph."""
    imprint = IMPRINT.search(rest)
    if not imprint or not (imprint["year"] or press) or imprint["pages"]:
        return None
    if not (imprint["publisher"] or imprint["year"]):
        return None
    title = rest[: imprint.start()].strip()
    extra = []
    series = SERIES.search(title)
    if series and series.start() > 0:
        extra.append(f"Series: {series['series'].strip()}")
        title = title[: series.start()].strip()
    if not title:
        return None
    return Record(
        type="book",
        title=title,
        publisher=(imprint["publisher"] or "").strip() or None,
        address=imprint["place"],
        year=int(imprint["year"]) if imprint["year"] else None,
        extra=tuple(extra),
    )


__all__ = ["read_german_comma"]
