"""HAL references, the citation format of France's open archive (and its CV pages), read whole.

    Thomas Nguyen, Camille Lefèvre. Fatigue damage in woven flax composites. Composites
        Part A: Applied Science and Manufacturing, 2024, 178, pp.107985.
        ⟨10.1016/j.compositesa.2023.107985⟩. ⟨hal-04389211⟩
    Camille Lefèvre, Thomas Nguyen. Suivi de l'endommagement. 25e Congrès Français de
        Mécanique, Aug 2022, Nantes, France. pp.345-352. ⟨hal-03765432⟩
    Camille Lefèvre. Damage of biobased composites. Sylvain Morvan. Biobased Composite
        Materials, ISTE Ltd; Wiley, pp.139-170, 2021, 978-1-78630-567-8. ⟨hal-03345678⟩
    Camille Lefèvre. Comportement en fatigue des composites. Mécanique des matériaux
        [physics.class-ph]. École Centrale de Nantes, 2015. Français. ⟨tel-01234567⟩

Names are given first, separated by commas ("et al.." closes a cut list); the title ends
at ". "; then a journal with ", year, volume (issue), pp.pages", a conference with its
month, year, city and country, a chapter's editors (";" between them) before the book, a
report's "[Rapport de recherche]", a thesis's discipline and school, or a preprint's bare
year. Identifiers stand in angle brackets: a DOI, the HAL id (a link to the deposit),
``arXiv:...``. The general rules take the "⟨...⟩" for part of the venue.
"""

from __future__ import annotations

import re

from cvbib.model import Record, Source
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import split_names
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:19|20)\d\d"
# HAL's identifiers: its own deposits (hal-, tel- for theses, halshs-, inria-, cea-, ...)
HAL_ID = re.compile(
    r"⟨((?:hal|tel|halshs|inria|cea|inserm|hceres|pasteur|ird|dumas|mem)-\d{6,9}(?:v\d+)?)⟩"
)
ANGLED = re.compile(r"\s*⟨([^⟩]*)⟩\.?")
NAMES_END = re.compile(r"(?<!\b[A-Z])(?<!\bet al)\.\s+(?=\S)|\bet al\.\.?\s+")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# "Venue, Aug 2022, Nantes, France." (a conference: month, year, city, country)
CONFERENCE = re.compile(
    rf"^(?P<venue>.+?),\s+(?:(?:\d{{1,2}}\s+)?{MONTH}\w*\s+)?(?P<year>{YEAR}),\s+(?P<place>[^.]+?)\.(?:\s+(?P<rest>.*))?$"
)
# "Journal, 2024, 178 (3), pp.107985." or "Journal, In press, 290, pp.1." or "Journal, 2021, pp.1-3."
JOURNAL = re.compile(
    rf"^(?P<venue>.+?),\s+(?P<year>{YEAR}|In press|in press|à paraître|Sous presse)"
    r"(?:,\s+(?P<volume>[\w\-]+)(?:\s+\((?P<number>[^()]+)\))?)?(?:,\s+pp\.\s*(?P<pages>[\w\-–]+))?\.?$"
)
# "Natural Fibre Composites, Springer, pp.213-240, 2021, Series, 978-3-030-71234-5."
BOOK_PART = re.compile(
    rf"^(?P<book>.+?),\s+(?P<publisher>[^,]+?),\s+pp\.\s*(?P<pages>[\w\-–]+),\s+(?P<year>{YEAR})(?P<rest>.*)$"
)
REPORT = re.compile(
    r"^\[(?P<kind>Rapport de recherche|Research Report|Rapport technique|Technical Report|Rapport Technique|Contrat|Autre publication|Other publication)\]\s*(?P<rest>.*)$",
    re.I,
)
# a thesis: "Discipline [physics.class-ph]. School, 2015." (HAL's discipline and its arXiv class)
THESIS = re.compile(
    rf"^(?P<field>[^.\[]+)\s*\[[\w.\-]+\]\.\s+(?P<school>[^.]+?),\s+(?P<year>{YEAR})\b"
)
SUBMITTED = re.compile(r"\((?:soumis|submitted)\s+(?:à|au|aux|to)\s+(?P<venue>[^()]+)\)", re.I)
ISBN = re.compile(r"\b(97[89][\d\-]{10,14}|\d[\d\-]{8,11}[\dXx])\b")


def read_hal(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a HAL reference, or None when ``text`` is not one."""
    if "⟨" not in text or not (HAL_ID.search(text) or "⟨10." in text or "⟨arXiv" in text):
        return None
    body = re.sub(r"\s+", " ", text).strip()
    ids = [m.group(1).strip() for m in ANGLED.finditer(body)]
    remarks = re.findall(r"\[([^\[\]]{6,})\]\s*$", ANGLED.sub("", body))
    body = ANGLED.sub("", body).strip()
    for remark in remarks:
        body = body[: body.rfind("[" + remark)].strip()
    submitted = SUBMITTED.search(body)
    if submitted:
        body = (body[: submitted.start()] + body[submitted.end() :]).strip()
    end = NAMES_END.search(body)
    if not end:
        return None
    names, _ = split_names(body[: end.start()].strip())
    if not names:
        return None
    rest = body[end.end() :]
    cut = rest.find(". ")
    if cut <= 0:
        return None
    title, rest = rest[:cut].strip(), rest[cut + 2 :].strip()
    rec = (
        _report(rest)
        or _thesis(rest)
        or _chapter(rest)
        or _journal(rest)
        or _conference(rest)
        or _preprint(rest)
    )
    if rec is None:
        return None
    doi = next((i for i in ids if P.DOI.fullmatch(i) or i.startswith("10.")), None)
    arxiv = next((i.split(":", 1)[1].strip() for i in ids if i.lower().startswith("arxiv:")), None)
    hal = HAL_ID.search(text)
    extra = list(rec.extra)
    status = rec.status
    if submitted:
        status = "under review"
        extra.append(f"Submitted to {submitted['venue'].strip()}")
    if arxiv and status == "published" and rec.type == "misc":
        status = "preprint"
    if arxiv and rec.type == "misc" and not rec.venue:
        rec = rec.replace(venue="arXiv")
    url = None
    if hal:
        host = "theses.hal.science" if hal.group(1).startswith("tel-") else "hal.science"
        url = f"https://{host}/{hal.group(1)}"
    notes: list[str] = []
    for remark in remarks:
        (notes if re.search(r"(?i)prix|award|best", remark) else extra).append(remark.strip())
    return rec.replace(
        title=title,
        authors=tuple(n.person for n in names),
        extra=tuple(extra),
        doi=doi,
        arxiv=arxiv,
        url=url,
        urls=(url,) if url else (),
        status=status,
        notes=tuple(notes),
        sources=(source,),
        spans=title_spans(text, title),
        confidence=1.0,
    )


def _known(venue: str) -> str | None:
    kb = venues.lookup(venue, fuzzy=False)
    return kb.acronym if kb else None


def _journal(rest: str) -> Record | None:
    m = JOURNAL.match(rest)
    if not m or re.search(rf"\b{MONTH}\w*\s+{YEAR}\b", rest):
        return None
    press = not m["year"][0].isdigit()
    pages = m["pages"]
    return Record(
        type="article",
        venue=m["venue"].strip(),
        venue_short=_known(m["venue"].strip()),
        year=None if press else int(m["year"]),
        volume=m["volume"],
        number=m["number"],
        pages=page_range(pages),
        status="forthcoming" if press else "published",
    )


def _conference(rest: str) -> Record | None:
    m = CONFERENCE.match(rest)
    if not m:
        return None
    venue = m["venue"].strip()
    pages = re.search(r"pp\.\s*(\d+)\s*[-–]\s*(\d+)", m["rest"] or "")
    proceedings = re.match(r"(Proceedings[^,.]*|Actes[^,.]*)", m["rest"] or "")
    return Record(
        type="inproceedings",
        venue=venue,
        venue_short=_known(venue),
        year=int(m["year"]),
        address=m["place"].strip(),
        pages=f"{pages.group(1)}--{pages.group(2)}" if pages else None,
        extra=(proceedings.group(1),) if proceedings else (),
    )


def _chapter(rest: str) -> Record | None:
    # "Editor One; Editor Two. Book, Publisher, pp.1-20, 2021, ..." (one editor: no ";")
    cut = rest.find(". ")
    if cut <= 0:
        return None
    book = BOOK_PART.match(rest[cut + 2 :])
    if not book:
        return None
    eds = [split_names(e.strip())[0] for e in rest[:cut].split(";")]
    if not all(len(e) == 1 for e in eds):
        return None
    isbn = ISBN.search(book["rest"])
    series = [
        p.strip()
        for p in book["rest"].split(",")
        if p.strip(" .") and not ISBN.fullmatch(p.strip(" ."))
    ]
    return Record(
        type="incollection",
        venue=book["book"].strip(),
        editors=tuple(e[0].person for e in eds),
        publisher=book["publisher"].strip(),
        pages=page_range(book["pages"]),
        year=int(book["year"]),
        isbn=isbn.group(1) if isbn else None,
        extra=tuple(f"Series: {s.strip(' .')}" for s in series),
    )


def _report(rest: str) -> Record | None:
    m = REPORT.match(rest)
    if not m:
        return None
    inner = re.match(rf"(?P<inst>.+?)\.\s+(?P<year>{YEAR})\b", m["rest"])
    if not inner:
        return None
    return Record(
        type="techreport" if not m["kind"].lower().startswith(("autre", "other")) else "misc",
        venue=inner["inst"].strip(),
        year=int(inner["year"]),
    )


def _thesis(rest: str) -> Record | None:
    m = THESIS.match(rest)
    if not m:
        return None
    hdr = re.search(r"(?i)habilitation|\bHDR\b", rest)
    return Record(
        type="phdthesis",
        venue=m["school"].strip(),
        year=int(m["year"]),
        extra=(m["field"].strip(), *(["Habilitation (HDR)"] if hdr else [])),
    )


def _preprint(rest: str) -> Record | None:
    m = re.fullmatch(rf"(?P<year>{YEAR})\.?", rest.strip())
    if not m:
        return None
    return Record(type="misc", year=int(m["year"]), status="preprint")


__all__ = ["read_hal"]
