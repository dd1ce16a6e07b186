"""GOST 7.1 and 7.0.5 references, the style of Russian (and other post-Soviet) CVs, read whole.

    Кузьмина Д. А., Воронов А. Б. Магнитосопротивление ... // Письма в ЖЭТФ. 2012. Т. 96,
        вып. 7. С. 489–494.
    Квантовые осцилляции термоэдс ... / Д. А. Кузьмина, Е. С. Тихонова [и др.] // ЖЭТФ. –
        2017. – Т. 152, вып. 3. – С. 571–580.
    Воронов А. Б., Кузьмина Д. А. Практикум по физике ... : учебное пособие. М. : МФТИ,
        2020. 96 с.
    Кузьмина Д. А. Термоэлектрические явления ... : дис. ... канд. физ.-мат. наук : 01.04.07.
        Черноголовка : ИФТТ РАН, 2015. 142 с.

The names (family name, then initials) or the title open the entry; "//" separates the
piece from the journal or collection that holds it; "Т." is the volume, "№" or "вып." the
issue, "С." the pages; a book's imprint is "Place : Publisher, Year". Nothing else has that
shape, and the general rules misread it (the initials "Д. А." as sentences, "//" as text).
"""

from __future__ import annotations

import re

from cvbib.model import Person, Record, Source
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.whole import title_spans

YEAR = r"(?:19|20)\d\d"
UPPER = "A-ZА-ЯЁІЇЄҐÀ-ÖØ-Þ"  # (Ukrainian's І, Ї, Є and Ґ lie outside А-Я)
# "Кузьмина Д. А.", "Зайцев-Красовский П. Е.", "Smith J. A."
FAMILY_INITIALS = rf"(?P<family>[{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w'’\-]+)?)\s+(?P<given>(?:[{UPPER}]\.\s?){{1,3}})"
# "Д. А. Кузьмина" (after the title's slash)
INITIALS_FAMILY = rf"(?P<given>(?:[{UPPER}]\.\s?){{1,3}})\s*(?P<family>[{UPPER}][\w'’\-]+)"
_ONE = re.sub(r"\?P<\w+>", "", FAMILY_INITIALS)
NAMES_FIRST = re.compile(rf"\s*{_ONE}(?:,\s*{_ONE})*,?\s+(?=\S)")
ONE_FAMILY_INITIALS = re.compile(FAMILY_INITIALS)
ONE_INITIALS_FAMILY = re.compile(INITIALS_FAMILY)
SEPARATOR = re.compile(r"\s//\s|(?<=[.\w])\s?//\s(?=[{UPPER}])".replace("{UPPER}", UPPER))
ET_AL = re.compile(r"\[?\s*(?:и\s+др|та\s+ін|і\s+ін|et\s+al)\.?\s*\]?", re.I)
# DSTU 8302:2015 (Ukraine) leaves out the "//": "Names. Title. *Journal*. 2022. Т. 26, № 2.
# С. 2701." A year standing as a sentence before the volume, issue or pages (or "Place,
# 2022. P. 387." after a collection) marks the style.
DSTU_PUBLICATION = re.compile(
    rf"\.\s+{YEAR}\.\s+(?:Т\.|Vol\.|№|No\.|[СсP]\.\s*\d|[Вв]ип\.)"
    rf"|[{UPPER}][\w\- ]{{1,30}},\s*{YEAR}\.\s+[СсP]\.\s*\d"
)
IN_PRESS = re.compile(
    r"(?i)(?<!\w)(?:в\s+печати|у\s+друці|в\s+друці)(?!\w)|\bin\s+press\b|\baccepted\b"
)
UNDER_REVIEW = re.compile(r"(?i)(?<!\w)на\s+рецензуванні(?!\w)|\bunder\s+review\b|\bsubmitted\b")
# Where the publication part after the container's name begins: a year, "Т. 96", "№ 3",
# "С. 12", "Vol. 5", a place before its publisher ("М. : Наука"), or "Город, 2013"
PUBLICATION_START = re.compile(
    rf"\.\s+(?:[–—-]\s+)?(?={YEAR}\b|Т\.\s*\d|Vol\.\s*\d|№|[СсPp]\.\s*\d|[Вв]ып\.\s*\d|"
    rf"[{UPPER}][\w.\- ]{{0,30}}?\s:\s|[{UPPER}][\w\- ]{{1,30}},\s*{YEAR})"
)
VOLUME = re.compile(r"(?:\bТ\.|\bVol\.)\s*(\d+)")
NUMBER = re.compile(r"(?:№|\b[Вв]ып\.|\bNo\.)\s*(\d+(?:[–\-/]\d+)?)")
PAGES = re.compile(r"(?<![\w.])(?:[СсPp])\.\s*(\d+)(?:\s*[–—-]\s*(\d+))?(?!\s*с\.)")
IMPRINT = re.compile(
    rf"(?P<place>[{UPPER}][\w.\- ]{{0,30}}?)\s:\s(?P<publisher>[^,:;]+?),\s*(?P<year>{YEAR})"
)
# DSTU's thesis: "Title : дис. ... канд. фіз.-мат. наук : 01.04.10 / University. Київ, 2013."
THESIS_IMPRINT = re.compile(
    rf"\s/\s(?P<school>[^/]+?)\.\s+(?P<place>[{UPPER}][\w\- ]{{1,30}}),\s*(?P<year>{YEAR})"
)
TRANSLATION = re.compile(r"\s*\[([^\[\]]{8,})\]")
PROCEEDINGS = re.compile(
    r"(?i)(?<!\w)(?:тр\.|труды|материалы|тез(?:\.|исы)|сб\.|сборник|конф|симп|семинар|"
    r"proceedings|proc\.|conference|symposium)"
)
THESIS = re.compile(r"(?i)(?<!\w)(?:дис\.|диссертаци|автореф)")
BOOK_KIND = re.compile(
    r"(?i)(?<!\w)(?:учеб(?:ное|\.)\s*пособие|учебник|монография|моногр\.|справочник|textbook|monograph"
    # (Ukrainian: a textbook, a laboratory manual, a monograph)
    r"|навч(?:альний|\.)\s*посібник|посібник|підручник|практикум|монографія)"
)


def read_gost(text: str, italic: tuple[tuple[int, int], ...], source: Source) -> Record | None:
    """The record of a GOST reference, or None when ``text`` is not one."""
    slashes = SEPARATOR.search(text) if "//" in text else None  # (not a URL's "https://")
    if slashes:
        head, container = text[: slashes.start()], text[slashes.end() :]
        read = _head(head)
        if read is None:
            return None
        title, people = read
        return _finish(_in_container(title, container), people, text, source)
    if not slashes and DSTU_PUBLICATION.search(text):
        found = _without_slashes(text, italic, source)
        if found is not None:
            return found
    if " : " not in text:
        return None
    # a book or a thesis: "Names. Title : kind. Place : Publisher, Year. 96 с."
    names = NAMES_FIRST.match(text)
    imprint = IMPRINT.search(text) or THESIS_IMPRINT.search(text)
    if not names or not imprint or not re.search("[А-Яа-яЁёІіЇїЄє]", text):
        return None
    body = text[names.end() : imprint.start()].strip(" .")
    title, _, kind = body.partition(" : ")
    thesis = bool(THESIS.search(kind))
    if not title or not (thesis or BOOK_KIND.search(kind) or not kind):
        return None
    if "school" in imprint.groupdict() and not thesis:
        return None
    school = imprint["school"] if "school" in imprint.groupdict() else imprint["publisher"]
    rec = Record(
        type="phdthesis" if thesis else "book",
        title=title.strip(" .,"),
        venue=school.strip() if thesis else None,
        publisher=None if thesis else imprint["publisher"].strip(),
        address=_place(imprint["place"]),
        year=int(imprint["year"]),
        extra=(kind.strip(" .:"),) if kind and not thesis else (),
    )
    return _finish(rec, _people(names.group(0), ONE_FAMILY_INITIALS), text, source)


def _without_slashes(
    text: str, italic: tuple[tuple[int, int], ...], source: Source
) -> Record | None:
    """A DSTU reference: the names (or the title, then "/ names"), the title, then the
    journal or collection, italic or the next sentence."""
    names = NAMES_FIRST.match(text)
    after = names.end() if names else 0
    tail = None
    if not names:
        slash = text.find(" / ")
        people = list(ONE_INITIALS_FAMILY.finditer(text, slash)) if slash > 0 else []
        if not people:
            return None
        after = people[-1].end()
        tail = ET_AL.match(text, after)  # "... І. С. Ткачук та ін. Журнал": the names end
        after = tail.end() if tail else after
    starts = [a for a, _ in italic if a >= after]
    if starts:
        cut = starts[0]
    elif not names and tail:
        cut = after
    else:
        sentence = re.compile(rf"\.\s+(?=[{UPPER}«\"])").search(text, after)
        if sentence is None:
            return None
        cut = sentence.end()
    read = _head(text[:cut].rstrip(" .*_"))
    if read is None:
        return None
    title, people_read = read
    extra = []
    translated = P.TRANSLATION_AT_END.search(title)
    if translated:  # "Назва [English title]"
        extra.append(f"Translated title: {translated.group(1).strip()}")
        title = title[: translated.start()].strip(" .")
    rec = _in_container(title, text[cut:])
    return _finish(rec.replace(extra=(*extra, *rec.extra)), people_read, text, source)


def _head(head: str) -> tuple[str, tuple[Person, ...]] | None:
    """Title and authors before "//": "Names. Title" or "Title / Names"."""
    head = head.strip()
    names = NAMES_FIRST.match(head)
    if " / " in head:  # (spaced: a title may hold "Ge/SiGe")
        title, _, after = head.partition(" / ")
        people = _people(ET_AL.sub("", after), ONE_INITIALS_FAMILY)
        if names and names.end() <= len(title):  # "Кузьмина, Д. А. Title / Д. А. Кузьмина"
            title = title[names.end() :]
        if people and title.strip():
            return title.strip(" .,"), people
    if names:
        title = head[names.end() :].strip(" .,")
        if title:
            return title, _people(names.group(0), ONE_FAMILY_INITIALS)
    return None


def _people(text: str, pattern: re.Pattern[str]) -> tuple[Person, ...]:
    return tuple(
        Person(family=m["family"], given=re.sub(r"\s+", " ", m["given"]).strip())
        for m in pattern.finditer(text)
    )


def _in_container(title: str, container: str) -> Record:
    """What follows "//": the journal or the collection, then volume, issue, pages."""
    extra: list[str] = []
    translated = TRANSLATION.search(container)
    if translated:  # "[JETP Letters. 2012. Vol. 96, No. 7. P. 441–446]": the translation
        extra.append(f"Translated: {translated.group(1).strip()}")
        container = container[: translated.start()] + container[translated.end() :]
    container = container.strip(" .")
    start = PUBLICATION_START.search(container)
    name = container[: start.start()] if start else container
    rest = container[start.start() :] if start else ""
    venue, _, about = name.partition(" : ")  # "Нанофизика : тр. XXV Междунар. симп. (...)"
    if venue.count("(") > venue.count(")"):
        # "*Тези доповідей ...* (м. Дніпро, 26–30 верес. 2016 р.)": where and when it met,
        # cut at the month's period
        venue, _, met = venue.rpartition("(")
        extra.append(met.strip(" .)"))
    venue = venue.strip(" .,")
    proceedings = bool(PROCEEDINGS.search(name))
    if about.strip():
        extra.append(about.strip(" ."))
    year = re.search(rf"\b({YEAR})\b", rest) or re.search(rf"\b({YEAR})\b", name)
    pages = PAGES.search(rest)
    volume = VOLUME.search(rest)
    number = NUMBER.search(rest)
    imprint = IMPRINT.search(rest)
    known = None if proceedings else venues.lookup(venue, fuzzy=False)
    if "arxiv" in venue.lower() or "препринт" in venue.lower():
        kind = "misc"
    elif proceedings:
        kind = "inproceedings"
    else:
        kind = "article"
    return Record(
        type=kind,
        title=title,
        venue=(known.name if known else venue)
        if kind != "misc" or "arxiv" not in venue.lower()
        else "arXiv",
        venue_short=known.acronym if known else None,
        publisher=imprint["publisher"].strip() if imprint and kind == "inproceedings" else None,
        address=_place(imprint["place"]) if imprint and kind == "inproceedings" else None,
        year=int(year.group(1)) if year else None,
        volume=volume.group(1) if volume else None,
        number=number.group(1) if number else None,
        pages=(f"{pages.group(1)}--{pages.group(2)}" if pages.group(2) else pages.group(1))
        if pages
        else None,
        status="preprint" if kind == "misc" else "published",
        extra=tuple(extra),
    )


# Cities GOST abbreviates: "М." Moscow, "СПб." Saint Petersburg, "Л." Leningrad
ABBREVIATED_CITIES = {"М.": "Москва", "СПб.": "Санкт-Петербург", "Л.": "Ленинград"}


def _place(place: str) -> str:
    place = place.strip()
    return ABBREVIATED_CITIES.get(place, place)


def _finish(rec: Record, people: tuple[Person, ...], text: str, source: Source) -> Record:
    doi = P.DOI.search(text)
    arxiv = P.ARXIV.search(text)
    status = rec.status
    if IN_PRESS.search(text):
        status = "forthcoming"
    elif UNDER_REVIEW.search(text):
        status = "under review"
    warnings = [] if people else ["no authors found"]
    if rec.year is None and rec.type != "misc":
        warnings.append("no year")
    remark = re.search(r"\((Обзор[^()]*|Review)\)\s*\.?\s*$", text)
    return rec.replace(
        authors=people,
        doi=doi.group(1).rstrip(".,;)") if doi else None,
        arxiv=arxiv.group(1) if arxiv else None,
        arxiv_class=arxiv.group(3) if arxiv and arxiv.group(3) else None,
        status=status,
        extra=(*rec.extra, remark.group(1)) if remark else rec.extra,
        sources=(source,),
        spans=title_spans(text, rec.title, probe=20),
        confidence=1.0 if people and rec.year else 0.7,
        warnings=tuple(warnings),
    )


__all__ = ["read_gost"]
