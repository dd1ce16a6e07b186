"""Research outputs as Elsevier Pure portals render them, read whole.

    Title. Kristiansen, S. V., Hald, J. B. & 6 others, E-pub ahead of print - 12 Dec 2024,
        In: Journal Name. 34, 12, e14712. Research output: Contribution to journal ›
        Journal article › Research › peer-review. https://doi.org/...
    Title. Names, 2022, Book Title. Holm, K. & Barrington, P. (eds.). 2 ed. Cham: Springer,
        p. 23-41 19 p. Research output: Contribution to book/anthology/report › Book chapter
    Title. Names, 2023, Odense: Syddansk Universitet. 64 p. (Series; No. 14) Research
        output: Book/anthology/thesis/report › Report › Communication

(:mod:`cvbib.read.pure` makes one entry of each output, its title first.) Pure's type line
says what the output is, so the type is Pure's; the names ("Family, I.", "&" before the last,
"& 6 others" for those cut) and the date (with "Accepted/In press -" or "E-pub ahead of
print -" before it) open the rest, and the venue follows in the form of its type. Outputs
"Contribution to conference" (posters and abstracts shown at a meeting) are talks: the
vocabulary's talk phrases leave them out.
"""

from __future__ import annotations

import re

from cvbib.model import Record, Source, Span
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import particle_prefix, person_from_family_given
from cvbib.parse.whole import page_range

MARKER = "Research output:"
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
NAME = rf"{particle_prefix()}[{UPPER}][\w'’\-]*(?:\s+[{UPPER}][\w'’\-]*){{0,3}},\s*(?:[{UPPER}]\.\s?-?\s?)+"
NAMES_DATE = re.compile(
    rf"(?P<names>{NAME}(?:,\s*{NAME})*(?:\s*&\s*(?:{NAME}|\d+\s+others?))?),\s*"
    r"(?:(?P<status>Accepted/In press|E-pub ahead of print|Submitted|Unpublished)\s*-\s*)?"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,4}\.?\s+)?(?P<year>(?:19|20)\d\d)(?P<sep>[,.])\s*"
)
ONE_NAME = re.compile(
    rf"(?P<family>{particle_prefix()}[{UPPER}][\w'’\-]*(?:\s+[{UPPER}][\w'’\-]*)*),\s*(?P<given>(?:[{UPPER}]\.\s?-?\s?)+)"
)
PAGE_COUNT = re.compile(r"\s*\b\d+\s+p\.(?=\s|$)")
PAGES = re.compile(r"\bp\.\s*([A-Za-z]?\d+(?:-[A-Za-z]?\d+)?)")
SERIES = re.compile(r"\s*\((?P<series>[^()]+)\)\s*$")
EDITORS = re.compile(rf"(?P<eds>{NAME}(?:,\s*{NAME})*(?:\s*&\s*{NAME})?)\s*\(eds?\.\)\.?")
IMPRINT = re.compile(r"(?:(?P<place>[^.:,]{2,40}):\s*)?(?P<publisher>[^.:,]{2,80})(?:,|\.?$)")
KINDS = {
    "book chapter": "incollection",
    "chapter": "incollection",
    "encyclopedia chapter": "incollection",
    "article in proceedings": "inproceedings",
    "conference article": "inproceedings",
    "report": "techreport",
    "book": "book",
    "anthology": "book",
    "ph.d. thesis": "phdthesis",
    "doctoral thesis": "phdthesis",
    "master's thesis": "mastersthesis",
    "preprint": "misc",
}


# Pure's kinds of outputs in Danish and Dutch, and the English ones a citation style's
# rendering names (beside those of KINDS)
CITED_KINDS = {
    **KINDS,
    "journal article": "article",
    "article": "article",
    "letter": "article",
    "editorial": "article",
    "comment/debate": "article",
    "review article": "article",
    "conference abstract in journal": "article",
    "tidsskriftartikel": "article",
    "konferenceabstrakt i tidsskrift": "article",
    "kommentar/debat": "article",
    "leder": "article",
    "review": "article",
    "bidrag til bog/antologi": "incollection",
    "konferenceartikel i proceeding": "inproceedings",
    "konferencebidrag i proceedings": "inproceedings",
    "rapport": "techreport",
    "ph.d.-afhandling": "phdthesis",
    "bog": "book",
    "antologi": "book",
    "artikel": "article",
    "hoofdstuk": "incollection",
    "boek": "book",
    "proefschrift": "phdthesis",
    "doctoral thesis 1 (research ut, graduation ut)": "phdthesis",
}
# the family of outputs, when the kind is none of those
CITED_FAMILIES = (
    ("contribution to journal", "article"),
    ("bidrag til tidsskrift", "article"),
    ("bijdrage aan tijdschrift", "article"),
    ("contribution to book", "incollection"),
    ("bidrag til bog", "incollection"),
    ("hoofdstuk in boek", "incollection"),
    ("book/", "book"),
    ("bog/", "book"),
    ("boek/", "book"),
    ("working paper", "misc"),
)
CITED_STATUS = {
    "accepted/in press": "forthcoming",
    "accepteret/in press": "forthcoming",
    "geaccepteerd/in druk": "forthcoming",
    "submitted": "under review",
    "indsendt": "under review",
    "ingediend": "under review",
}
STATUS_LABEL = "Status:"


def cited_pure_output(text: str) -> tuple[int, str, str | None] | None:
    """An output a Pure portal renders in a citation style (APA, Harvard, ...), its status
    and type line after it (:mod:`cvbib.read.pure` labels them): where the reference ends,
    the type line and the status ("Accepteret/In press")."""
    at = text.rfind(MARKER)
    if at < 0:
        return None
    status_at = text.rfind(STATUS_LABEL, 0, at)
    end = status_at if status_at >= 0 else at
    status = None
    if status_at >= 0:
        status = text[status_at + len(STATUS_LABEL) : at].split(" - ")[0].strip(" .") or None
    return end, text[at + len(MARKER) :].strip(" ."), status


def with_pure_type(rec: Record, type_line: str, status: str | None) -> Record:
    """The record of a cited output, its type and status as Pure's type line says."""
    parts = [p.strip(" .") for p in type_line.split("›")]
    family, kind = parts[0].lower(), (parts[1].lower() if len(parts) > 1 else "")
    rtype = CITED_KINDS.get(kind) or next(
        (t for prefix, t in CITED_FAMILIES if family.startswith(prefix)), rec.type
    )
    said = CITED_STATUS.get((status or "").lower())
    if family.startswith("working paper") and not said:
        said = "preprint"
    title, venue = rec.title, rec.venue
    if rtype in ("phdthesis", "mastersthesis", "techreport") and rec.type != rtype:
        # APA's "Title [Ph.d.-afhandling, University]. University, Faculty." and "Title.
        # Institute.": what the rules took for the title's end is where it was written
        title, venue = _title_and_place(title, venue)
    return rec.replace(
        type=rtype,
        title=title,
        venue=venue,
        status=said or rec.status,
        extra=(*rec.extra, f"Pure: {' › '.join(parts[:2])}"),
    )


def _title_and_place(title: str, venue: str | None) -> tuple[str, str | None]:
    bracket = re.search(r"\.?\s*\[([^\[\]]+)\]$", title)
    if bracket:
        school = bracket.group(1).split(",", 1)
        place = school[1].strip() if len(school) == 2 else venue
        return title[: bracket.start()].rstrip(" ."), place
    if not venue:
        last = re.search(r"\.\s+([^.]{3,120})$", title)
        if last:
            return title[: last.start()], last.group(1).strip()
    return title, venue


def read_pure(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a Pure research output, or None when ``text`` is not one."""
    at = text.find(MARKER)
    if at < 0:
        return None
    type_line = re.split(r"\.\s+(?=Open Access|https?://|File\b)", text[at + len(MARKER) :])[0]
    parts = [p.strip(" .") for p in type_line.split("›")]
    family, kind = parts[0].lower(), (parts[1].lower() if len(parts) > 1 else "")
    head = NAMES_DATE.search(text, 0, at)
    if head is None:
        return None
    title = text[: head.start()].strip()
    title = title[:-1] if title.endswith(".") else title
    if not title:
        return None
    rest = text[head.end() : at].strip()
    people = [
        person_from_family_given(m["family"], m["given"].strip())
        for m in ONE_NAME.finditer(re.sub(r"&\s*\d+\s+others?", "", head["names"]))
    ]
    if family.startswith("contribution to journal"):
        rec = _journal(rest)
    elif family.startswith("contribution to book") or family.startswith("book/"):
        rec = _book_part(rest, KINDS.get(kind, "incollection" if "book" in family else "book"))
    elif family.startswith("working paper"):
        rec = _working_paper(rest)
    else:  # a contribution to a conference, and kinds of outputs Pure adds
        rec = Record(type="misc", venue=rest.strip(" .") or None)
    if rec is None:
        return None
    status = {"Accepted/In press": "forthcoming"}.get(head["status"] or "", rec.status)
    doi = P.DOI.search(text, at)
    spans = [Span("title", 0, len(title))]
    return rec.replace(
        title=title,
        authors=tuple(people),
        year=int(head["year"]),
        status=status,
        doi=doi.group(1).rstrip(".,;") if doi else None,
        extra=(*rec.extra, f"Pure: {' › '.join(parts[:2])}"),
        sources=(source,),
        spans=tuple(spans),
        confidence=1.0,
    )


def _journal(rest: str) -> Record | None:
    """ "In: Journal. 34, 12, e14712", "In: Journal. 51, 9, p. 2345-2354 10 p."."""
    m = re.match(r"In:\s*(?P<journal>.+?)\.(?=\s+\S*\d|\s*$)(?P<nums>.*)$", rest)
    if not m:
        return None
    journal = m["journal"].strip()
    nums = [n.strip() for n in PAGE_COUNT.sub("", m["nums"]).strip(" .").split(",") if n.strip()]
    volume = number = pages = None
    if nums:
        last = nums[-1]
        if len(nums) >= 2 and (last.startswith("p.") or re.fullmatch(r"[A-Za-z]*\d{3,}", last)):
            pages = PAGES.search(last).group(1) if last.startswith("p.") else last  # type: ignore[union-attr]
            nums = nums[:-1]
        volume = nums[0] if nums else None
        number = nums[1] if len(nums) > 1 else None
    kb = venues.lookup(journal, fuzzy=False)
    return Record(
        type="article",
        venue=journal,
        venue_short=kb.acronym if kb else None,
        volume=volume,
        number=number,
        pages=page_range(pages),
    )


def _book_part(rest: str, rtype: str) -> Record:
    """A chapter, a paper in proceedings, a book, a report or a thesis."""
    extra = []
    series = SERIES.search(rest)
    if series:
        extra.append(f"Series: {series['series'].strip()}")
        rest = rest[: series.start()]
    pages = PAGES.search(rest)
    body = PAGE_COUNT.sub("", rest[: pages.start()] if pages else rest).strip(" ,.")
    eds = EDITORS.search(body)
    editors = (
        [
            person_from_family_given(m["family"], m["given"].strip())
            for m in ONE_NAME.finditer(eds["eds"])
        ]
        if eds
        else []
    )
    sentences = [s.strip() for s in re.split(r"(?<=[^A-Z])\.\s+", body) if s.strip()]
    if eds:
        sentences = [s for s in sentences if eds["eds"].strip() not in s]
    book = None
    if rtype in ("incollection", "inproceedings") and sentences:
        book = sentences.pop(0)
    place = publisher = None
    for s in reversed(sentences):
        if re.fullmatch(r"(?:Vol\.\s*\d+|\d+\s+ed)\.?", s):
            continue
        imprint = IMPRINT.fullmatch(s)
        if imprint:
            place, publisher = imprint["place"], imprint["publisher"].strip()
            break
    venue = book
    if rtype in ("techreport", "phdthesis", "mastersthesis"):
        venue = publisher  # the institution
    return Record(
        type=rtype,
        venue=venue,
        venue_short=None,
        editors=tuple(editors),
        publisher=publisher if rtype not in ("phdthesis", "mastersthesis") else None,
        address=place,
        pages=page_range(pages.group(1)) if pages else None,
        extra=tuple(extra),
    )


def _working_paper(rest: str) -> Record:
    """ "SportRxiv", "Odense: Syddansk Universitet. 28 p. (Discussion Paper; No. 4/2020)"."""
    part = _book_part(rest, "misc")
    venue = part.publisher or rest.strip(" .") or None
    return part.replace(type="misc", venue=venue, publisher=None, status="preprint")


__all__ = ["read_pure"]
