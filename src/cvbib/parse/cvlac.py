"""CvLAC references, the CV register of Colombia's Minciencias, read whole.

    QUINTERO BEDOYA, LUZ ADRIANA, HOLLOWAY, GRACE, "Title" . En: Estados Unidos
        Agricultural Economics  ISSN: 0169-5150  ed: Wiley-Blackwell
        v.55 fasc.1 p.88 - 104 ,2024,  DOI: 10.1111/agec.12801
        Palabras: ... Sectores: ...
    NAMES, "Title" Book Title . En: Suiza  ISBN: 978-3-030-81245-9 ed: Springer Nature,
        v. , p.201 - 226 ,2021
    NAMES, "Title" En: Colombia  2022.  ed:Editorial Universidad de Caldas  ISBN: ...
        v. 1 pags. 310
    NAMES, "Title" . En: India Evento: Conference Ponencia: Title Libro:Proceedings ...,
        v.1 , p.1 - 22 , 2021
    NAMES, "Title" En: Colombia  2023.  Documentos CEDE No. 2018-27  Nro. Paginas: 42

Each product is printed under its kind ("Producción bibliográfica - Artículo - Publicado
en revista especializada", a heading of its own); the names are "FAMILY, GIVEN" in capitals,
one comma between the two and between people; the country after "En:"; then labelled
fields ("ISSN:", "ed:", "v.", "fasc.", "p.") and the keywords and sectors the register
asks for, which are no part of the reference. The general rules read the commas as a list
of single names and the country as the venue.
"""

from __future__ import annotations

import re

from cvbib.model import Person, Record, Source
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import person_from_family_given
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:19|20)\d\d"
CAPS = r"[A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ]"
# "QUINTERO BEDOYA, LUZ ADRIANA", "RAMÍREZ DE LA CRUZ, SERGIO", "VAN DEN BERG, MAARTEN"
CAPS_WORDS = rf"{CAPS}[A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ'’\-.]*(?:\s+{CAPS}[A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ'’\-.]*)*"
NAMES = re.compile(rf"^\s*(?P<names>(?:{CAPS_WORDS},\s*{CAPS_WORDS},\s*)+)[“\"]")
TITLE = re.compile(r"[“\"](?P<title>[^“”\"]+)[”\"]\s*")
COUNTRY_AT = re.compile(r"\.?\s*\bEn:\s*")
# the register's own fields after the reference
REGISTER_FIELDS = re.compile(r"\s*\b(?:Palabras|Sectores|Áreas|Areas):.*$", re.S)
# Spanish names of countries of more than one word (one word is the rule)
COUNTRIES = (
    "Estados Unidos",
    "Reino Unido",
    "Países Bajos",
    "Nueva Zelanda",
    "Costa Rica",
    "El Salvador",
    "Puerto Rico",
    "Corea del Sur",
    "Arabia Saudita",
    "Emiratos Árabes Unidos",
    "República Dominicana",
    "República Checa",
    "Hong Kong",
    "Sri Lanka",
    "Trinidad y Tobago",
    "Bosnia y Herzegovina",
)
ISSN = re.compile(r"\s*ISSN:\s*[\dXx\-]*")
ISBN = re.compile(r"\s*ISBN:\s*[\dXx\-]*")
PUBLISHER = re.compile(r"\bed:\s*(?P<publisher>[^,]+?)(?=\s{2,}|\s+ISBN:|\s+v\.|,|$)")
VOLUME = re.compile(r"\bv\.\s*(?P<volume>[\w\-]+)?")
ISSUE = re.compile(r"\bfasc\.\s*(?P<number>[\w\-/]+)?")
PAGES = re.compile(r"\bp\.\s*(?P<first>[A-Za-z]?\d+)\s*-\s*(?P<last>\d+)?")
EVENT = re.compile(
    r"\bEvento:\s*(?P<event>.+?)\s+Ponencia:.*?\bLibro:\s*(?P<book>.+?)\s*(?:,\s*v\.|,\s*p\.|$)"
)
SERIES = re.compile(
    rf"^\s*{YEAR}\.\s+(?P<series>.+?)\s+No\.\s*(?P<number>[\w\-/]+)(?:\s+Nro\.\s*Paginas:\s*\d+)?"
)
PLACEHOLDER = {"N/A", "0", ""}


def read_cvlac(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a CvLAC product, or None when ``text`` is not one."""
    if "En:" not in text:
        return None
    names = NAMES.match(text)
    if names is None:
        return None
    title = TITLE.match(text, names.end() - 1)
    if title is None:
        return None
    between = text[title.end() :]
    country = COUNTRY_AT.search(between)
    if country is None or country.start() > 200:
        return None
    book = between[: country.start()].strip(" .")  # a chapter's book, before "En:"
    rest = REGISTER_FIELDS.sub("", between[country.end() :])
    rest = _without_country(rest)
    people = tuple(_people(names["names"]))
    year = _year(rest)
    doi = P.DOI.search(rest)
    url = re.search(r"\bURL:\s*(\S+)", rest)
    rec = _kind(rest, book)
    if rec is None:
        return None
    return rec.replace(
        title=title["title"].strip(),
        authors=people,
        year=year,
        doi=doi.group(1).rstrip(".,;") if doi else None,
        url=url.group(1) if url and not doi else rec.url,
        urls=(url.group(1),) if url and not doi else rec.urls,
        sources=(source,),
        spans=title_spans(text, title["title"].strip()),
        confidence=1.0 if people and year else 0.7,
        warnings=() if year else ("no year",),
    )


def _people(names: str) -> list[Person]:
    parts = [p.strip() for p in names.split(",") if p.strip()]
    return [
        person_from_family_given(family, given)
        for family, given in zip(parts[::2], parts[1::2], strict=False)
    ]


def _without_country(rest: str) -> str:
    for country in COUNTRIES:
        if rest.startswith(country):
            return rest[len(country) :].strip()
    return re.sub(r"^\S+\s*", "", rest, count=1)


def _year(rest: str) -> int | None:
    # ", 2024," after the pages, "2022." after the country; never an ISBN's digits
    clean = ISBN.sub(" ", ISSN.sub(" ", rest))
    clean = P.DOI.sub(" ", clean)
    found = re.findall(rf"(?<![\d\-/.])({YEAR})(?![\d\-/])", clean)
    return int(found[-1]) if found else None


def _kind(rest: str, book: str) -> Record | None:
    """The product as its fields say: a paper in proceedings ("Evento:", "Libro:"), a
    working paper in a numbered series, a chapter (a book before "En:"), a book (an ISBN,
    no book), an article or a piece in a newspaper (an ISSN)."""
    event = EVENT.search(rest)
    publisher = PUBLISHER.search(rest)
    volume = VOLUME.search(rest)
    issue = ISSUE.search(rest)
    pages = PAGES.search(rest)
    first = pages["first"] if pages else None
    span = None
    if first and first not in PLACEHOLDER:
        last = pages["last"] if pages and pages["last"] and pages["last"] != first else None
        span = page_range(f"{first}-{last}") if last else first
    vol = volume["volume"] if volume and volume["volume"] not in PLACEHOLDER else None
    num = issue["number"] if issue and issue["number"] not in PLACEHOLDER else None
    if event:
        return Record(
            type="inproceedings",
            venue=event["book"].strip(" ,"),
            volume=vol,
            pages=span,
            extra=(f"Event: {event['event'].strip()}",),
        )
    series = SERIES.match(rest)
    if series:
        return Record(
            type="techreport",
            venue=series["series"].strip(" ,"),
            number=series["number"],
            status="published",
        )
    if book:
        return Record(
            type="incollection",
            venue=book,
            publisher=publisher["publisher"].strip() if publisher else None,
            pages=span,
        )
    if "ISBN:" in rest:
        return Record(type="book", publisher=publisher["publisher"].strip() if publisher else None)
    issn = re.search(r"ISSN:", rest)
    if issn is None:
        return None
    journal = rest[: issn.start()].strip(" ,.")
    if not journal:
        return None
    known = venues.lookup(journal, fuzzy=False)
    # a newspaper prints no volume: a piece for the press, not a paper in a journal
    rtype = "article" if volume or issue else "misc"  # ("v.0 fasc.0": left blank)
    return Record(
        type=rtype,
        venue=journal,
        venue_short=known.acronym if known else None,
        publisher=publisher["publisher"].strip() if publisher and rtype == "article" else None,
        volume=vol,
        number=num,
        pages=span,
    )


__all__ = ["read_cvlac"]
