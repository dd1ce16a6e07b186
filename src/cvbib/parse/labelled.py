"""References written as labelled lines, one field a line, read whole.

    Autores: QUIROGA, VALERIA SOLEDAD; BENÍTEZ, M. E.
    Título: Cover crops modulate the abundance of nitrogen-cycling genes
    Revista: SOIL & TILLAGE RESEARCH
    ISSN: 0167-1987
    Año: 2023
    Volumen: 228
    Páginas: 105633-105633
    DOI: 10.1016/j.still.2023.105633

CONICET's SIGEVA and other research-information systems export a CV so: each work a block of
"Label: value" lines (the labels, in several languages, are data: ``field_labels.json``).
The finder joins a block's lines into one entry; this splits it again at its labels. A
journal makes an article, a book's title a chapter, a proceedings' title a paper in them,
an institution with a report's number a report, an imprint alone a book.
"""

from __future__ import annotations

import re
from functools import cache

from cvbib.data import load_json
from cvbib.model import Person, Record, Source
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import person_from_family_given, person_from_given_family, split_names
from cvbib.parse.whole import page_range, title_spans

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
ITEM_NUMBER = re.compile(r"\s*\d{1,3}[.)]?\s*")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# "(担当:分担執筆, 範囲:Chapter 6 ..., pp.143-178)": the owner's part of a book
ROLE_REMARK = re.compile(r"\s*[(（](担当\s*[:：][^()（）]*)[)）]\s*$")
CHAPTER_RANGE = re.compile(
    r"範囲\s*[:：]\s*(?P<title>.+?)(?:,\s*pp?\.\s*(?P<pages>\d+\s*[-–]\s*\d+))?$"
)
STATUS_REMARK = re.compile(
    r"\s*[(（][^()（）]*(?:掲載決定|accepted|in\s+press|印刷中)[^()（）]*[)）]", re.I
)
IN_PRESS = re.compile(
    r"(?i)\b(?:en\s+prensa|in\s+press|aceptado|accepted|forthcoming)\b|掲載決定|印刷中"
)


@cache
def _labels() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each label's field, and a pattern finding any label at a line's start or after a
    value ("... Revista: X Año: 2023": the finder joined the lines with spaces)."""
    field_of = {}
    for fld, names in load_json("field_labels.json").items():
        if fld.startswith("_"):
            continue
        for name in names:
            field_of[name] = fld
    # longest first: "Título del libro" before "Título"
    alts = "|".join(re.escape(n) for n in sorted(field_of, key=len, reverse=True))
    return field_of, re.compile(rf"(?i)(?:^|(?<=\s))({alts})\s*:\s*")


@cache
def _authors_label() -> re.Pattern[str]:
    names = load_json("field_labels.json")["authors"]
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i)(?:^|(?<=\s))(?:{alts})\s*:")


def line_field(line: str) -> str | None:
    """The field a line's label names ("Autores: ..." -> "authors"), if it opens with one."""
    field_of, label = _labels()
    m = label.match(line.lstrip())
    return field_of[m.group(1).lower()] if m else None


def read_labelled(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a reference written as labelled lines, or None when ``text`` is not
    one (it must open with its authors and have a title)."""
    if ":" not in text[:400]:
        return None
    field_of, label = _labels()
    if not _authors_label().search(text, 0, 400):
        return None  # (most entries: one short search, not the labels' whole alternation)
    found = list(label.finditer(text))
    if not found:
        return None
    first = field_of[found[0].group(1).lower()]
    # ("12  Nombre del producto: ...": Spain's CVN numbers its blocks, and may open one
    # with its kind, "Tipo de producción: ...")
    start = 0 if ITEM_NUMBER.fullmatch(text[: found[0].start()]) else found[0].start()
    if first in ("title", "book", "kind") and start == 0:
        # CONAHCYT's CVU: "Título del artículo: ..." over "Autores: ...": the authors
        # must come next (or after one more line), or this is some other labelled block
        # (the kind of work and labels of nothing a citation needs may come between)
        later = [
            f
            for f in (field_of[m.group(1).lower()] for m in found[1:])
            if f not in ("ignore", "kind")
        ]
        if "authors" not in later[:2] or not {
            "year",
            "date",
            "journal",
            "book",
            "publisher",
            "proceedings",
        } & set(later):
            return None
    elif first != "authors":
        return None
    fields: dict[str, str] = {}
    if start > 0:
        # researchmap's "[1] Title" over "著者: ...": the title first, then labelled lines
        if len(found) < 2 or found[0].start() > 300:
            return None
        fields["title"] = text[: found[0].start()].strip(" .")
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        fld = field_of[m.group(1).lower()]
        value = text[m.end() : end].strip(" .;,")
        if value and fld not in fields:
            fields[fld] = value
    if "title" not in fields and first == "book":
        fields["title"] = fields.pop("book")  # "Título del libro: ..." of a book
    title = fields.get("title")
    if not title or "authors" not in fields:
        return None
    extra: list[str] = []
    authors = fields["authors"]
    role = ROLE_REMARK.search(authors)
    if role:
        # "著者: A, B (担当:分担執筆, 範囲:Chapter 6 Solute clustering, pp.143-178)": a
        # chapter of the book the block's title names
        authors = authors[: role.start()].strip()
        chapter = CHAPTER_RANGE.search(role.group(1))
        if chapter:
            fields["book"] = title
            title = re.sub(r"^(?:Chapter|Ch\.)\s*\d+[.:]?\s+", "", chapter["title"].strip(" ,"))
            if chapter["pages"]:
                fields["pages"] = chapter["pages"]
    translated = P.TRANSLATION_AT_END.search(title)
    if translated:  # "軽金属の... [Effect of Cu Addition ...]"
        extra.append(f"Translated title: {translated.group(1).strip()}")
        title = title[: translated.start()].strip()
    if "published_in" in fields:
        _published_in(fields)
    if "year" not in fields and "publisher" in fields:
        # "出版者: Springer Nature, 2021年10月": the imprint's date
        publisher, _, date = fields["publisher"].rpartition(",")
        if YEAR.search(date):
            fields["publisher"], fields["year"] = publisher.strip(), date
    year = YEAR.search(fields.get("year", "")) or YEAR.search(fields.get("date", ""))
    rtype, venue = _kind(fields)
    # (CVN: "Volumen: (en prensa)")
    in_press = IN_PRESS.search(fields.get("status", "")) or IN_PRESS.search(
        fields.get("volume", "")
    )
    if in_press and IN_PRESS.fullmatch(fields.get("volume", "").strip(" ()")):
        fields.pop("volume")
    status = "forthcoming" if in_press else "published"
    known = venues.lookup(venue, fuzzy=False) if venue and rtype == "article" else None
    pages = fields.get("pages")
    if pages and re.fullmatch(r"(\w+)\s*-\s*\1", pages):
        pages = pages.split("-")[0].strip()  # "105633-105633": one page, an article's number
    elif pages and rtype == "book":
        pages = None  # a book's count of pages
    doi = P.DOI.search(fields.get("doi", "")) or P.DOI.search(text)
    return Record(
        type=rtype,
        title=title,
        authors=tuple(_people(authors, spanish=_spanish(found))),
        editors=tuple(_people(fields["editors"])) if "editors" in fields else (),
        year=int(year.group(0)) if year else None,
        venue=venues.unshouted(venue) if venue else None,
        venue_short=known.acronym if known else None,
        publisher=fields.get("publisher") if rtype != "techreport" else None,
        volume=fields.get("volume"),
        number=fields.get("number") or fields.get("report_number"),
        pages=page_range(pages) if pages and rtype != "techreport" else None,
        doi=doi.group(1).rstrip(".,;") if doi else None,
        status=status,
        extra=(*extra, *([f"Event: {fields['event']}"] if "event" in fields else [])),
        sources=(source,),
        spans=title_spans(text, title),
        confidence=1.0 if year else 0.7,
        warnings=() if year else ("no year",),
    )


def _published_in(fields: dict[str, str]) -> None:
    """ "Materials Transactions, Vol.64, No.5, pp.1023-1030, 2023年5月", "軽金属, 73巻, 2号,
    pp.65-72, 2023年2月", "日本金属学会講演概要(CD-ROM), 172, 2023年3月": the journal, then
    its numbers and date."""
    value = STATUS_REMARK.sub("", fields["published_in"])
    if STATUS_REMARK.search(fields["published_in"]):
        fields.setdefault("status", fields["published_in"])
    parts = [p.strip() for p in re.split(r",\s*", value) if p.strip()]
    if not parts:
        return
    fields["journal"] = parts[0]
    for part in parts[1:]:
        vol = re.fullmatch(r"(?:Vol\.\s*(\w+)|(\d+)巻)", part)
        num = re.fullmatch(r"(?:No\.\s*([\w\-]+)|(\d+)号)", part)
        pages = re.fullmatch(r"(?:pp?\.\s*)([\w]+(?:\s*[-–]\s*\w+)?)", part)
        if vol:
            fields.setdefault("volume", vol.group(1) or vol.group(2))
        elif num:
            fields.setdefault("number", num.group(1) or num.group(2))
        elif pages:
            fields.setdefault("pages", pages.group(1))
        elif YEAR.search(part):
            fields.setdefault("year", part)
        elif re.fullmatch(r"[A-Za-z]?\d+", part):
            fields.setdefault("pages", part)  # an article's number, or the abstract's
    kind = fields.get("kind", "")
    if "プロシーディングス" in kind or "要旨" in kind or "proceedings" in kind.lower():
        fields["proceedings"] = fields.pop("journal")
    elif "商業誌" in kind or "新聞" in kind:
        fields["magazine"] = fields.pop("journal")


# the CVN's kinds of work: "Capítulo de libro" names the book it is in, "Libro o
# monografía científica" is a book
CHAPTER_KIND = re.compile(r"(?i)cap[ií]tulo|chapter")
BOOK_KIND = re.compile(r"(?i)^(?:libro|book|monograf)")


def _kind(fields: dict[str, str]) -> tuple[str, str | None]:
    kind = fields.get("kind", "")
    if kind and "journal" in fields and CHAPTER_KIND.search(kind):
        fields["book"] = fields.pop("journal")
    if kind and BOOK_KIND.search(kind) and "journal" not in fields and "book" not in fields:
        return "book", None
    if "magazine" in fields:
        return "misc", fields["magazine"]
    if "journal" in fields:
        return "article", fields["journal"]
    if "book" in fields:
        return "incollection", fields["book"]
    if "proceedings" in fields or "event" in fields:
        return "inproceedings", fields.get("proceedings") or fields.get("event")
    if "institution" in fields and "publisher" not in fields:
        return "techreport", fields["institution"]
    if "publisher" in fields:
        return "book", None
    return "misc", None


def _spanish(found: list[re.Match[str]]) -> bool:
    """Labelled in Spanish ("Año:", "Título del artículo:"), not Portuguese ("Ano:")."""
    return any(m.group(1).lower().startswith(("año", "título del", "autores del")) for m in found)


def _people(names: str, *, spanish: bool = False) -> list[Person]:
    """ "QUIROGA, VALERIA SOLEDAD; BENÍTEZ, M. E." — family, given; semicolons between.
    Japanese names in their script are family first: "杉浦 理沙". In a Spanish export a
    name written in full, given names first, of four words or more ends in two family
    names: "María de los Ángeles Sosa Ruiz" (Hispanic names carry both parents')."""
    names = re.sub(r",\s*(?:他|et\s+al\.?|ほか)\s*$", "", names.strip())
    if CJK.search(names) and ";" not in names:
        out = []
        for part in names.split(","):
            family, _, given = part.strip().partition(" ")
            if family:
                out.append(Person(family=family, given=given.strip()))
        return out
    halves = [h.split() for h in names.split(",")]
    if ";" not in names and (names.count(",") != 1 or all(len(h) >= 2 for h in halves)):
        # ("Yuki Aoyama, Risa Sugiura": two people, not a family and given names)
        pieces = [p.strip() for p in names.split(",") if p.strip()]
        if spanish and not any(re.search(r"\s(?:y|and|e|&)\s", p) for p in pieces):
            return [_hispanic(p) for p in pieces]
        return [p.person for p in split_names(names)[0]]
    people = []
    for part in names.split(";"):
        family, _, given = part.partition(",")
        if not family.strip():
            continue
        people.append(person_from_family_given(family.strip(), given.strip()))
    return people


def _hispanic(name: str) -> Person:
    words = name.split()
    if len(words) < 4 or "." in name:  # ("John R. Whitaker": initials, one family name)
        return person_from_given_family(name)
    family, given = " ".join(words[-2:]), " ".join(words[:-2])
    if name.isupper():
        return person_from_family_given(family, given)
    return Person(family=family, given=given)  # as written: "María de los Ángeles"


__all__ = ["read_labelled"]
