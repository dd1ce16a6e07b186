"""German legal citations, as a law professor's *Schriftenverzeichnis* lists the owner's
articles, read whole.

    Die Haftung für autonome Systeme, NJW 2021, 1234–1239.
    Smart Contracts und das Recht der AGB, AcP 223 (2023), 512–559.
    Anmerkung zu BGH, Urt. v. 27.7.2020 – VI ZR 405/18, JZ 2021, 88–91.

The title (commas and all), then the journal's abbreviation (NJW, JZ, ZEuP, GRUR, AcP with
its volume), the year and the first page or the pages ("1021 ff."). No names: the list is
the owner's (the extractor puts the owner in). Other styles do not end so: their journals
are abbreviated word by word with full stops ("Chem. Sci."), or their years stand apart.
"""

from __future__ import annotations

import re

from cvbib.model import Record, Source
from cvbib.normalize import venues
from cvbib.parse.whole import page_range, title_spans

YEAR = r"(?:19|20)\d\d"
# ", NJW 2021, 1234–1239." / ", AcP 223 (2023), 512–559." / ", GRUR 2022, 1021 ff."
LEGAL_JOURNAL_END = re.compile(
    r",\s+(?P<journal>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}"
    r"(?:-[A-Z][A-Za-z]{0,6})?)"
    rf"\s+(?:(?P<volume>\d{{1,4}})\s+\((?P<pyear>{YEAR})\)|(?P<year>{YEAR})),\s+"
    r"(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*ff?\.)?)\s*\.?"
    # a remark or a footnote's mark after it: "(Überarbeitete Fassung eines Vortrags ...)"
    r"(?P<tail>\s*\([^()]{2,200}\))?\s*\.?\s*$"
)
NAMES_FIRST = re.compile(r"^\s*[A-ZÄÖÜ]\.\s|^\s*[A-ZÄÖÜ][a-zäöüß]+,\s+[A-ZÄÖÜ]\.")


def read_german_law(
    text: str, italic: tuple[tuple[int, int], ...], source: Source
) -> Record | None:
    """The record of a German legal citation of a journal article, or None."""
    if "," not in text or not re.search(YEAR, text):
        return None
    m = LEGAL_JOURNAL_END.search(text)
    if m is None or m.start() < 8 or NAMES_FIRST.match(text):
        return None
    title = text[: m.start()].strip()
    if re.search(r"(?i)\bin:\s", title) or len(title.split()) < 2:
        return None  # "Title, in: Editors (Hrsg.), Book": a contribution to a book
    journal = m["journal"]
    kb = venues.lookup(journal, fuzzy=False)
    pages = m["pages"]
    start_page = re.sub(r"\s*ff?\.$", "", pages)
    return Record(
        type="article",
        title=title,
        year=int(m["year"] or m["pyear"]),
        venue=journal,
        venue_short=kb.acronym if kb else None,
        volume=m["volume"],
        pages=page_range(start_page) if "–" in start_page or "-" in start_page else start_page,
        extra=(m["tail"].strip()[1:-1].strip(),) if m["tail"] else (),
        sources=(source,),
        spans=title_spans(text, title),
        confidence=1.0,
    )


__all__ = ["read_german_law"]
