"""dblp person pages, saved from a browser.

Each record is a list item, ``<li class="entry inproceedings" ...>``, whose ``<cite>``
holds the authors (``itemprop="author"``), the title (``<span class="title">``) and the
venue as dblp prints it ("ICDE 2024: 3012-3025", "Proc. VLDB Endow. 15(3): 100-112
(2022)", "CoRR abs/2301.01234 (2023)"); around it are an icon, a number ("[c17]"), export
menus and links, and year items ("<li class="year">2024</li>"), none of them part of the
reference. Read as any page, the names run into the title. This rewrites each record,
keeping every newline (so lines keep their numbers), into one list item on its own line,
"A, B: Title. Venue", under a "Publications" heading, and gives its line the entry type its
class names (a journal article of Proc. ACM Manag. Data, not a SIGMOD paper).
"""

from __future__ import annotations

import html
import re

PUBL_LIST = re.compile(r'<ul\b[^>]*\bclass="publ-list"[^>]*>')
ENTRY = re.compile(r'<li\b[^>]*\bclass="entry\s+([\w-]+)[^"]*"[^>]*>')
CITE = re.compile(r"<cite\b[^>]*>(.*?)</cite>", re.S)
NAME = re.compile(r'<span\b[^>]*\bitemprop="name"[^>]*>(.*?)</span>', re.S)
TITLE = re.compile(r'<span\b[^>]*\bclass="title"[^>]*>(.*?)</span>', re.S)
TAGS = re.compile(r"<[^>]+>")
# dblp tells people of one name apart by a number: "Wei Zhang 0012"
HOMONYM = re.compile(r"\s+\d{4}$")
# the entry type of each kind of record; research data and artifacts are no publications
RECORD_TYPES = {
    "article": "article",
    "inproceedings": "inproceedings",
    "informal": "misc",
    "book": "book",
    "editor": "book",
    "incollection": "incollection",
    "reference": "incollection",
    "phdthesis": "phdthesis",
    "mastersthesis": "mastersthesis",
}


def is_dblp_page(text: str) -> bool:
    return PUBL_LIST.search(text) is not None and ENTRY.search(text) is not None


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(TAGS.sub("", fragment))).strip()


def _record(kind: str, chunk: str) -> str | None:
    """One record as dblp's citation, "A, B: Title. Venue", or None if it is none."""
    cite = CITE.search(chunk)
    if cite is None or kind not in RECORD_TYPES:
        return None
    body = cite.group(1)
    title = TITLE.search(body)
    if title is None:
        return None
    names = [HOMONYM.sub("", _text(n)) for n in NAME.findall(body[: title.start()])]
    where = _text(body[title.end() :])
    citation = f"{', '.join(n for n in names if n)}: {_text(title.group(1))}"
    return f"{citation} {where}".strip()


def dblp_as_list(text: str) -> tuple[str, dict[int, str]]:
    """The page with each record one list item under a "Publications" heading, and the
    entry type of each item's line."""
    start = PUBL_LIST.search(text)
    if start is None:
        return text, {}
    entries = list(ENTRY.finditer(text, start.end()))
    if not entries:
        return text, {}
    # the last record's own lists (menus) close before the list does: the list's end is
    # the first "</ul>" after the last record's </cite>
    last_cite = text.find("</cite>", entries[-1].end())
    end = text.find("</ul>", max(last_cite, entries[-1].end()))
    stop = end if end >= 0 else len(text)
    hints: dict[int, str] = {}
    pieces = [text[: start.start()], "<h2>Publications</h2><ul>"]
    pieces.append("\n" * text.count("\n", start.start(), entries[0].start()))
    for m, nxt in zip(entries, [*entries[1:], None], strict=True):
        chunk = text[m.start() : nxt.start() if nxt else stop]
        item = _record(m.group(1), chunk)
        newlines = chunk.count("\n")
        if item is None:
            pieces.append("\n" * newlines)
            continue
        line = text.count("\n", 0, m.start()) + 1
        hints[line] = RECORD_TYPES[m.group(1)]
        pieces.append(f"<li>{html.escape(item)}</li>" + "\n" * newlines)
    pieces += ["</ul>", text[stop + len("</ul>") if end >= 0 else stop :]]
    return "".join(pieces), hints
