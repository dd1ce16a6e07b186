"""RIS, the tagged format Zotero, EndNote and Mendeley import and export.

Writing: one ``TAG  - value`` line per field, ``ER  - `` closing each record.
Reading: lenient, as Zotero's own RIS importer is: a record may lack ``ER`` (the next ``TY``
starts a new one), lines that are not tags continue the previous value, unknown tags are
skipped, and no input raises. Each record's source is the line of its ``TY`` tag and its
``ID``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from cvbib.bulk import gc_paused
from cvbib.formats import Format, WriteOptions, note_text, register
from cvbib.keys import assign_keys
from cvbib.model import Person, Record, Source

RIS_TYPES = {
    "article": "JOUR", "inproceedings": "CPAPER", "incollection": "CHAP", "book": "BOOK",
    "phdthesis": "THES", "mastersthesis": "THES", "techreport": "RPRT", "misc": "GEN",
    "unpublished": "UNPB",
}  # fmt: skip


def record_to_ris(rec: Record) -> str:
    rtype = RIS_TYPES.get(rec.type, "GEN")
    lines = [f"TY  - {rtype}"]
    if rec.key:
        lines.append(f"ID  - {rec.key}")
    lines += [
        f"AU  - {p.family}, {p.given}" if p.given else f"AU  - {p.family}" for p in rec.authors
    ]
    lines += [
        f"ED  - {p.family}, {p.given}" if p.given else f"ED  - {p.family}" for p in rec.editors
    ]
    if rec.title:
        lines.append(f"TI  - {rec.title}")
    publisher_kind = rec.type in ("phdthesis", "mastersthesis", "book", "techreport")
    if rec.venue and rec.type == "article":
        lines.append(f"JO  - {rec.venue}")
    elif rec.venue and not publisher_kind:
        lines.append(f"T2  - {rec.venue}")
    elif publisher_kind and (rec.venue or rec.publisher):
        # school, institution or publisher: RIS has one tag for them
        lines.append(f"PB  - {rec.venue or rec.publisher}")
    if rec.venue_short:
        lines.append(f"J2  - {rec.venue_short}")
    if rec.year:
        lines.append(f"PY  - {rec.year}")
        if rec.month:
            lines.append(f"DA  - {rec.year}/{rec.month:02d}//")
    for tag, value in (("VL", rec.volume), ("IS", rec.number), ("ET", rec.edition),
                       ("CY", rec.address), ("SN", rec.isbn), ("DO", rec.doi)):  # fmt: skip
        if value:
            lines.append(f"{tag}  - {value}")
    if rec.publisher and not publisher_kind:
        lines.append(f"PB  - {rec.publisher}")
    if rec.pages:
        sp, _, ep = rec.pages.partition("--")
        lines.append(f"SP  - {sp}")
        if ep:
            lines.append(f"EP  - {ep}")
    if rec.type == "mastersthesis":
        lines.append("M3  - Master's thesis")
    elif rec.arxiv:
        lines.append(f"M3  - arXiv:{rec.arxiv}")
    urls = rec.urls or ((rec.url,) if rec.url else ())
    for url in urls or ((f"https://arxiv.org/abs/{rec.arxiv}",) if rec.arxiv else ()):
        lines.append(f"UR  - {url}")
    note = note_text(rec)
    if note:
        lines.append(f"N1  - {note}")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


@gc_paused()
def write_ris(records: list[Record], opts: WriteOptions) -> str:
    records = assign_keys(records, opts.key_format)
    return "\n".join(record_to_ris(r) for r in records)


# ---------------------------------------------------------------------------------------
# reading

# RIS types -> BibTeX types; anything else (GEN, ELEC, DATA, ...) is misc.
RIS_TO_BIB = {
    "JOUR": "article", "JFULL": "article", "EJOUR": "article", "MGZN": "article",
    "NEWS": "article", "CONF": "inproceedings", "CPAPER": "inproceedings",
    "CHAP": "incollection", "ECHAP": "incollection", "BOOK": "book", "EBOOK": "book",
    "EDBOOK": "book", "THES": "phdthesis", "RPRT": "techreport", "UNPB": "unpublished",
    "MANSCPT": "unpublished",
}  # fmt: skip

# The spec wants two spaces before the dash; some exporters write one. A one-space line is
# a tag only for tags we know, so prose like "US - based" inside a wrapped value is not.
_TAG_LINE = re.compile(r"^\s*([A-Z][A-Z0-9])( {1,2})-(?:\s(.*))?$")
_KNOWN_TAGS = frozenset({
    "TY", "ER", "ID", "AU", "A1", "A2", "A3", "A4", "ED", "TI", "T1", "T2", "T3", "CT", "BT",
    "JO", "JF", "JA", "J1", "J2", "C1", "C3", "PY", "Y1", "DA", "VL", "IS", "SP", "EP", "DO",
    "UR", "L1", "L2", "L4", "PB", "CY", "SN", "ET", "AB", "N1", "N2", "M1", "M2", "M3", "KW",
    "Y2", "ST", "LA", "DB", "DP", "AN", "CN",
})  # fmt: skip
_HTML_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
_DATE = re.compile(r"^\s*(\d{4})(?:\s*[/\-.]\s*(\d{1,2}))?")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.I)
_ARXIV_URL = re.compile(
    r"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$", re.I
)
_ARXIV_M3 = re.compile(r"^\s*arxiv\s*:\s*(\S+)\s*$", re.I)
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_ISSN = re.compile(r"^\d{4}-?\d{3}[\dXx]$")


@dataclass
class _Entry:
    """The tag-value pairs of one RIS record, in file order, and where it stood."""

    line: int
    end_line: int
    pairs: list[tuple[str, str]] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)

    def values(self, *tags: str) -> list[str]:
        """Non-empty values of the tags, in the order the tags are given, then file order."""
        return [v for t in tags for tag, v in self.pairs if tag == t and v]

    def first(self, *tags: str) -> str | None:
        found = self.values(*tags)
        return found[0] if found else None


def _tag(line: str) -> tuple[str, str] | None:
    m = _TAG_LINE.match(line)
    if not m or (len(m.group(2)) == 1 and m.group(1) not in _KNOWN_TAGS):
        return None
    return m.group(1), _clean(m.group(3) or "")


def _clean(value: str) -> str:
    # Some services break long lines with Unicode line separators (Zotero's importer
    # turns them into spaces too).
    return re.sub(r"\s+", " ", value.replace("\u2028", " ").replace("\u2029", " ")).strip()


def _entries(text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    cur: _Entry | None = None
    # Not str.splitlines(): it also splits at \x0b, \x1c, \u2028 ..., which would put
    # line numbers out of step with what an editor shows.
    for lineno, line in enumerate(re.split(r"\r\n|\r|\n", text.lstrip("\ufeff")), 1):
        pair = _tag(line)
        if pair is None:
            # A wrapped value: it continues the last tag of the open record.
            if cur is not None:
                cur.raw.append(line)
                if cur.pairs and line.strip():
                    tag, value = cur.pairs[-1]
                    cur.pairs[-1] = (tag, _clean(f"{value} {line}"))
                    cur.end_line = lineno
            continue
        tag, value = pair
        if tag == "ER":
            if cur is not None:
                cur.raw.append(line)
                cur.end_line = lineno
                entries.append(cur)
                cur = None
            continue
        if tag == "TY" or cur is None:
            # A TY with a record still open: its ER was missing, so that record ends here.
            if cur is not None:
                entries.append(cur)
            cur = _Entry(line=lineno, end_line=lineno)
        cur.pairs.append((tag, value))
        cur.raw.append(line)
        cur.end_line = lineno
    if cur is not None:
        entries.append(cur)
    return entries


def _person(value: str) -> Person | None:
    """'Family, Given' or 'Family, Given, Suffix'; a name without a comma is corporate."""
    parts = [p.strip() for p in value.split(",")]
    family = parts[0]
    # A suffix stays with the given names ("Martin Luther, Jr."), as parse_bibtex keeps it.
    given = ", ".join(p for p in parts[1:] if p)
    if not family:
        return Person(family=given) if given else None
    return Person(family=family, given=given)


def _people(values: list[str]) -> tuple[Person, ...]:
    return tuple(p for p in (_person(v) for v in values) if p is not None)


def _year_month(entry: _Entry) -> tuple[int | None, int | None]:
    dates = [_DATE.match(v) for v in entry.values("PY", "Y1", "DA")]
    found = [(int(m.group(1)), m.group(2)) for m in dates if m]
    if not found:
        return None, None
    year = found[0][0]
    # PY is usually the year alone; the month comes from DA ("2017/07//") or Y1.
    months = [int(mm) for y, mm in found if y == year and mm and 1 <= int(mm) <= 12]
    return year, months[0] if months else None


def _pages(entry: _Entry) -> str | None:
    sp, ep = entry.first("SP"), entry.first("EP")
    if sp and ep:
        return f"{sp}--{ep}"
    pages = sp or ep
    if not pages:
        return None
    return re.sub(r"\s*(?:--|[-–—])\s*", "--", pages, count=1)


def _arxiv(entry: _Entry, doi: str | None) -> str | None:
    for value in entry.values("M3", "M1", "M2"):
        m = _ARXIV_M3.match(value)
        if m:
            return m.group(1)
    m = _ARXIV_DOI.match(doi or "")
    if m:
        return m.group(1)
    for url in entry.values("UR"):
        m = _ARXIV_URL.match(url)
        if m:
            return re.sub(r"v\d+$", "", m.group(1))
    return None


def _notes(entry: _Entry, title: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(notes, extra, status) from N1 lines.

    A plain N1 is what cvbib writes: notes joined by "; ", with "Under review" or "To
    appear" for the status. An HTML N1 is a Zotero child note: kept in ``extra``, since
    reading notes have no place in a citation.
    """
    notes: list[str] = []
    extra: list[str] = []
    status = "published"
    for value in entry.values("N1"):
        if value == title:
            continue  # EndNote repeats the title in N1
        if _HTML_TAG.search(value):
            text = _clean(html.unescape(_HTML_TAG.sub(" ", value)))
            if text:
                extra.append(text)
            continue
        for part in (p.strip() for p in value.split(";")):
            if part.lower() == "under review":
                status = "under review"
            elif part.lower() == "to appear":
                status = "forthcoming"
            elif part:
                notes.append(part)
    return tuple(dict.fromkeys(notes)), tuple(extra), status


def _record(entry: _Entry, path: str = "") -> Record | None:
    ris_type = (entry.first("TY") or "").upper()
    rtype = RIS_TO_BIB.get(ris_type, "misc")
    kind = (entry.first("M3") or "").lower()
    if rtype == "phdthesis" and "master" in kind:
        rtype = "mastersthesis"  # Zotero exports the thesis type as M3
    title = entry.first("TI", "T1", "CT") or ""
    # Editors: ED always; A2 except in books, where it is the series editor and A3 the
    # editor (the RIS spec, and Zotero's export).
    editors = entry.values("ED", "A3") if rtype == "book" else entry.values("ED", "A2")
    short = entry.first("JA", "J2", "J1")
    publisher = entry.first("PB")
    if rtype in ("book", "phdthesis", "mastersthesis", "techreport"):
        # cvbib writes the school/institution/publisher of these as PB; for books T2 is
        # the series, for reports (in Zotero's export) the report series.
        venue, publisher = publisher, None
    elif rtype == "inproceedings":
        # Zotero exports proceedingsTitle as C3 and conferenceName as T2.
        venue = entry.first("C3", "T2", "BT", "JF", "JO")
    elif rtype == "article":
        venue = entry.first("JF", "JO", "T2", "BT") or short
    else:
        venue = entry.first("T2", "BT", "JF", "JO")
    number = entry.first("IS")
    isbn = entry.first("SN")
    if isbn and rtype == "article" and _ISSN.match(isbn):
        isbn = None  # a journal's ISSN, not the article's
    elif isbn and rtype == "techreport" and not _looks_like_isbn(isbn):
        number, isbn = number or isbn, None  # Zotero exports the report number as SN
    doi = _DOI_PREFIX.sub("", entry.first("DO") or "").strip() or None
    arxiv = _arxiv(entry, doi)
    urls = tuple(
        u
        for u in dict.fromkeys(entry.values("UR"))
        if not (arxiv and u == f"https://arxiv.org/abs/{arxiv}")  # the one write_ris adds
    )
    notes, extra, status = _notes(entry, title)
    if rtype == "misc" and arxiv:
        venue = venue or "arXiv"
        if status == "published":
            status = "preprint"
    address = entry.first("CY") or (entry.first("C1") if rtype == "inproceedings" else None)
    year, month = _year_month(entry)
    authors = _people(entry.values("AU", "A1"))
    if not (title or authors or venue or doi or arxiv or urls):
        return None  # a stray TY, or tags with nothing to cite
    key = entry.first("ID")
    return Record(
        type=rtype,
        key=key,
        title=title,
        authors=authors,
        editors=_people(editors),
        year=year,
        month=month,
        venue=venue,
        venue_short=short,
        publisher=publisher,
        address=address,
        volume=entry.first("VL"),
        number=number,
        pages=_pages(entry),
        edition=entry.first("ET"),
        doi=doi,
        arxiv=arxiv,
        isbn=isbn,
        url=urls[0] if urls else None,
        urls=urls,
        notes=notes,
        extra=extra,
        status=status,
        sources=(
            Source(
                path=path,
                line=entry.line,
                end_line=entry.end_line,
                text="\n".join(entry.raw).rstrip(),
                key=key,
            ),
        ),
    )


def _looks_like_isbn(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", value)
    return bool(re.fullmatch(r"\d{9}[\dXx]|\d{13}", digits))


def read_ris(text: str, path: str = "") -> list[Record]:
    """Records from RIS text (Zotero, EndNote, Mendeley exports and cvbib's own); their
    sources name ``path`` and the line of each record."""
    return [r for r in (_record(e, path) for e in _entries(text)) if r is not None]


register(Format("ris", (".ris",), write_ris, read_ris, "RIS (Zotero, EndNote, Mendeley)"))
