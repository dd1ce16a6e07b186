"""Cristin references, the export format of Norway's research register, read whole.

    Haugland, Ingrid Marie; Nygård, Mari Lunde. Kjønn, klasse og ungdomsledighet.
        Tidsskrift for samfunnsforskning 2020 ;Volum 61.(2) s. 123-145 OSLOMET UiO
    Haugland, Ingrid Marie. Youth guarantees in the Nordic countries. I: Youth, Welfare and
        the Labour Market in Europe. Red.: Karin Lindgren og Pieter de Wit. Edward Elgar
        Publishing 2022 ISBN 978-1-80037-221-4. s. 188-207
    Haugland, Ingrid Marie; Tveiten, Halvard. Unge utenfor. Oslo: Universitetsforlaget 2021
        (ISBN 978-82-15-04412-1) 248 s.

Names are "Family, Given" between semicolons; the journal is followed by its year with no
comma, then " ;Volum 61.(2) s. 123-145"; a chapter's book follows "I:" and its editors
"Red.:"; a book's imprint is "Place: Publisher Year (ISBN ...) 248 s."; the codes of the
authors' institutions ("OSLOMET UiO") close the reference. The general rules take the
year-less journal for part of the title and the codes for part of the venue.
"""

from __future__ import annotations

import re

from cvbib.model import Person, Record, Source
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import particle_prefix, person_from_given_family
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:19|20)\d\d"
UPPER = "A-ZÆØÅÄÖÜÉÀ-ÖØ-Þ"
# (never a Vancouver name's initials: "Hollis JR, Breivik KL" are two people)
_NOT_INITIALS = rf"(?![{UPPER}]{{1,3}}\b)"
FAMILY = (
    rf"{particle_prefix()}[{UPPER}][\w'’\-]+"
    rf"(?:\s{_NOT_INITIALS}[{UPPER}][\w'’\-]+)?"
)
# given names are whole words or initials: a word and its period close the names
_GIVEN_WORD = rf"(?:{_NOT_INITIALS}[{UPPER}][\w'’\-]+|[{UPPER}]\.)"
GIVEN = rf"{_GIVEN_WORD}(?:\s{_GIVEN_WORD}){{0,3}}"
ONE = rf"{FAMILY},\s{GIVEN}[*†]?"
ONE_NAME = re.compile(rf"(?P<family>{FAMILY}),\s(?P<given>{GIVEN})")
NAMES = re.compile(rf"\s*(?P<names>{ONE}(?:;\s{ONE})*)(?P<editors>\s*\(red\.\))?\.\s+(?=\S)")
# the journal's year, volume, issue and pages: "2020 ;Volum 61.(2) s. 123-145"
JOURNAL_TAIL = re.compile(
    rf"\s(?P<year>{YEAR})(?:\s*;\s*Volum\s+(?P<volume>[\w\-]+)\.?"
    rf"(?:\((?P<number>[^()]+)\))?)?(?:\s+s\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
)
# "Oslo: Universitetsforlaget 2021", "Cappelen Damm Akademisk 2018" before "(ISBN" or "ISBN"
IMPRINT = re.compile(
    rf"(?:(?P<place>[{UPPER}][\w\- ]{{1,30}}):\s+)?(?P<publisher>[^:;]+?)\s+(?P<year>{YEAR})"
    r"(?=\s*(?:\(ISBN|ISBN|\.|\s\d+\s+s\.|$))"
)
ISBN = re.compile(r"\(?ISBN\s+(?P<isbn>[\dXx\-]{10,17})\)?\.?")
PAGE_COUNT = re.compile(r"(?<![\w.])(\d+)\s+s\.(?!\s*\d)")
PAGES = re.compile(r"(?<![\w.])s\.\s*(\d+)\s*[-–]\s*(\d+)")
# "NOVA Rapport(4/23)", "Fafo-rapport(2017:22)", "Series of dissertations ...(345)"
SERIES = re.compile(r"(?P<series>[^()]{3,120}?)\((?P<number>[\w:/\-]+)\)\s*$")
# the institutions' codes closing the reference: "OSLOMET UiO", "FAFO HiOA", "NTNU SSB"
CODES = re.compile(r"(?:\s+(?:[A-ZÆØÅ][A-Za-zÆØÅæøå]*[A-ZÆØÅ][A-Za-z]*|[A-ZÆØÅ]{2,}))+\s*$")
EDITORS = re.compile(r"\.\s+Red\.:\s+(?P<editors>[^.]+?)\.\s+")
SUBMITTED = re.compile(
    r"(?i)(?<=[.?!]\s)(?:under\s+vurdering\s+i|sendt\s+til|innsendt\s+til|submitted\s+to)\s+(?P<venue>[^.]+)\.?\s*$"
)
ACCEPTED = re.compile(r"(?i)\((?:akseptert|i\s+trykk(?:en)?|under\s+publisering)\)")
# a reference Cristin wrote: its journal tail, a chapter's "I:", a book's page count
MARKER = re.compile(rf";\s*Volum\s|\.\s+I:\s|\(ISBN\s|\d+\s+s\.|\s{YEAR}\s*\((?:akseptert|i trykk)")


def read_cristin(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a Cristin reference, or None when ``text`` is not one."""
    names = NAMES.match(text)
    # a Norwegian Official Report, by a committee: "NOU 2022: 17. Title. Oslo: Ministry 2022."
    committee = names is None and re.match(r"NOU\s+\d{4}:\s*\d+\.\s", text)
    if not (names or committee) or not (MARKER.search(text) or SUBMITTED.search(text)):
        return None
    people = tuple(
        Person(family=m["family"], given=m["given"])
        for m in ONE_NAME.finditer(names["names"] if names else "")
    )
    body = text[names.end() :] if names else text
    if re.match(rf"[(\[]?(?:{YEAR}|n\.\s?d\.|in\s+press|under\s+review)", body, re.I):
        return None  # "Family, Given. 2024. Title": the year after the names is not Cristin's
    doi = P.DOI.search(body)
    if doi:
        body = (body[: doi.start()] + body[doi.end() :]).replace("DOI:", "").replace("doi:", "")
    body = re.sub(r"\s+", " ", body).strip()
    accepted = ACCEPTED.search(body)
    if accepted:
        body = (body[: accepted.start()] + body[accepted.end() :]).strip()
    body = CODES.sub("", body).strip()
    rec = _chapter(body) or _submitted(body) or _journal(body) or _book(body)
    if rec is None:
        return None
    if names and names["editors"] and rec.type == "book":
        rec = rec.replace(editors=people)
        people = ()
    status = "forthcoming" if accepted else rec.status
    warnings = [] if people or rec.editors else ["no authors found"]
    if rec.year is None and status == "published":
        warnings.append("no year")
    return rec.replace(
        authors=people,
        doi=doi.group(1).rstrip(".,;)") if doi else None,
        status=status,
        sources=(source,),
        spans=title_spans(text, rec.title, probe=20),
        confidence=1.0 if (people or rec.editors) and (rec.year or status != "published") else 0.7,
        warnings=tuple(warnings),
    )


def _split_title(body: str, end: int) -> tuple[str, str] | None:
    """The title, and what follows its closing ". " up to ``end``."""
    head = body[:end]
    cut = head.rfind(". ")
    if cut <= 0:
        return None
    title = head[:cut].strip()
    # Cristin doubles the punctuation of a title that ends in its own: "i arbeid?."
    return title, head[cut + 2 :].strip()


def _journal(body: str) -> Record | None:
    tail = None
    for m in JOURNAL_TAIL.finditer(body):
        if body[m.end() :].strip(" .") == "":
            tail = m
    if tail is None:
        return None
    split = _split_title(body, tail.start())
    if split is None or not split[1] or re.search(r"[:(]", split[1]):
        return None  # "Oslo: Publisher 2021": a book's imprint, not a journal
    title, journal = split
    known = venues.lookup(journal, fuzzy=False)
    pages = tail["pages"]
    return Record(
        type="article",
        title=title,
        venue=journal,
        venue_short=known.acronym if known else None,
        year=int(tail["year"]),
        volume=tail["volume"],
        number=tail["number"],
        pages=page_range(pages),
    )


def _chapter(body: str) -> Record | None:
    at = body.find(". I: ")
    if at <= 0:
        return None
    title, rest = body[:at].strip(), body[at + 5 :]
    editors: tuple[Person, ...] = ()
    ed = EDITORS.search(rest)
    imprint_text = rest
    if ed:
        book = rest[: ed.start()]
        editors = tuple(
            person_from_given_family(n.strip())
            for n in re.split(r",\s*|\s+og\s+|\s+and\s+", ed["editors"])
        )
        imprint_text = rest[ed.end() :]
    else:
        # the book's title ends at the last ". " before its publisher and year
        year = re.search(rf"\s{YEAR}(?=\s*(?:\(?ISBN|\.|$))", rest)
        cut = rest.rfind(". ", 0, year.start()) if year else -1
        if cut <= 0:
            return None
        book, imprint_text = rest[:cut], rest[cut + 2 :]
    imprint = IMPRINT.search(imprint_text)
    pages = PAGES.search(imprint_text)
    isbn = ISBN.search(imprint_text)
    # "NOU 2019: 21 Unge og helserelaterte ytelser": a chapter in a government report
    report = re.match(r"NOU\s", book)
    return Record(
        type="incollection",
        title=title,
        venue=book.strip(" ."),
        editors=editors,
        publisher=imprint["publisher"].strip(" .") if imprint else None,
        address=imprint["place"] if imprint and imprint["place"] else None,
        year=int(imprint["year"]) if imprint else _year(imprint_text),
        pages=f"{pages.group(1)}--{pages.group(2)}" if pages else None,
        isbn=isbn["isbn"] if isbn else None,
        extra=("Chapter in a Norwegian Official Report (NOU)",) if report else (),
    )


def _book(body: str) -> Record | None:
    imprint = None
    for m in IMPRINT.finditer(body):
        if body.rfind(". ", 0, m.start() + 1) > 0:
            imprint = m
            break
    if imprint is None:
        return None
    cut = body.rfind(". ", 0, imprint.start() + 1)
    title = body[:cut].strip()
    # "NOU 2022: 17. Ung og utenfor?": an official report's number before its title
    number = None
    nou = re.match(r"(NOU\s+\d{4}:\s*\d+)\.\s+", title)
    if nou:
        number, title = nou.group(1), title[nou.end() :]
    after = body[imprint.end() :]
    isbn = ISBN.search(after)
    series = SERIES.search(after)
    count = PAGE_COUNT.search(after)
    remark = re.search(r"\(([^()]{12,})\)\.?\s*$", after)
    publisher = imprint["publisher"].strip(" .")
    report = number or (series and re.search(r"(?i)rapport|report", series["series"]))
    kind = "techreport" if report else "book"
    if re.search(r"(?i)dissertation|doktorgrad|avhandling", after):
        kind = "phdthesis"
    extra = []
    if count:
        extra.append(f"{count.group(1)} pages")
    if remark:
        extra.append(remark.group(1).strip())
    series_name = series["series"].strip(" .") if series and kind != "phdthesis" else None
    return Record(
        type=kind,
        title=title,
        venue=publisher if kind in ("phdthesis", "techreport") else None,
        publisher=None if kind in ("phdthesis", "techreport") else publisher,
        address=imprint["place"] if imprint["place"] else None,
        year=int(imprint["year"]),
        number=number or (series["number"] if series and kind == "techreport" else None),
        isbn=isbn["isbn"] if isbn else None,
        extra=(*extra, *([f"Series: {series_name}"] if series_name else [])),
    )


def _submitted(body: str) -> Record | None:
    m = SUBMITTED.search(body)
    if not m:
        return None
    title = body[: m.start()].strip(" .")
    if not title:
        return None
    return Record(
        type="misc",
        title=title,
        status="under review",
        extra=(f"Submitted to {m['venue'].strip()}",),
    )


def _year(text: str) -> int | None:
    m = re.search(rf"\b({YEAR})\b", text)
    return int(m.group(1)) if m else None


__all__ = ["read_cristin"]
