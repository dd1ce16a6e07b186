"""Plain-text CVs: one Line per source line, list markers and underlined headings kept."""

from __future__ import annotations

import re
from collections import Counter

from cvbib.read import register
from cvbib.read.document import Document, Line

# "- ", "• ", "[12] ", "(3) ", "12. " — but not "2019. " (a year opening a sentence).
ITEM_MARKER = re.compile(
    # "[J3]", "[C12]", "[CP5]": numbered by kind (journal, conference); too short for a venue tag
    # "A3. " likewise ("A" for abstracts, "B2." for books)
    r"^(?P<marker>[-•*▪◦‣➤►●○■□–—·]|\[[A-Z]{0,2}\d{1,4}\]|\(\d{1,4}\)|(?!(?:19|20)\d\d\b)\d{1,4}[.)]"
    r"|[A-Z]{1,2}\d{1,3}\.)"
    r"(?:\s+|(?<=\])(?=\S))"
)
UNDERLINE = re.compile(r"^\s*([=\-~_*#])\1{2,}\s*$")
# "Jane Doe — Curriculum Vitae — Page 3 of 7": a page's running header or footer, copied
# with the text of a PDF. It names a page and recurs (its numbers aside).
PAGE_MARK = re.compile(r"(?i)\bpage\s*\d+(?:\s*(?:of|/)\s*\d+)?\b|\b\d+\s*(?:of|/)\s*\d+\s*$")
ENTRY_END = (".", "!", "?", ")", "]")


def running_lines(raw_lines: list[str]) -> set[int]:
    """Indexes of the page headers and footers among the lines of a text."""

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip())

    marked = [i for i, ln in enumerate(raw_lines) if len(ln) < 150 and PAGE_MARK.search(ln)]
    counts = Counter(shape(raw_lines[i]) for i in marked)
    running = {i for i in marked if counts[shape(raw_lines[i])] >= 2}
    # The other line of a two-line header or footer ("Curriculum Vitae   Chiara Valenti"
    # under "Page 2 / 4") stands next to a page mark on every page.
    near: dict[str, set[int]] = {}
    for i in running:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(raw_lines) and not raw_lines[j].strip() and abs(j - i) < 3:
                j += step
            if 0 <= j < len(raw_lines) and raw_lines[j].strip() and j not in running:
                near.setdefault(shape(raw_lines[j]), set()).add(j)
    # the same line on two pages or more (one entry line between two footers is no header)
    beside = {j for js in near.values() if len(js) >= 2 for j in js}
    return running | {j for j in beside if len(raw_lines[j]) < 150}


def sniff(text: str) -> float:
    return 0.5  # the fallback: anything is plain text


@register("text", (".txt", ".text", ""), sniff)
def read_text(text: str, path: str) -> Document:
    raw_lines = text.split("\n")
    running = running_lines(raw_lines)
    lines: list[Line] = []
    skip_blanks = False
    for i, raw in enumerate(raw_lines):
        lineno = i + 1
        stripped = raw.strip()
        if i in running:
            # a page break: an entry it interrupts goes on after it
            last = next((ln for ln in reversed(lines) if ln.kind != "blank"), None)
            if last is not None and not last.text.endswith(ENTRY_END):
                while lines and lines[-1].kind == "blank":
                    lines.pop()
                skip_blanks = True
            continue
        if not stripped:
            if not skip_blanks:
                lines.append(Line("", lineno, "blank"))
            continue
        skip_blanks = False
        if UNDERLINE.match(raw):
            # "Publications\n------------": the line above is a heading.
            if lines and lines[-1].kind != "blank":
                prev = lines[-1]
                lines[-1] = Line(prev.text, prev.lineno, "heading", level=1 if "=" in raw else 2)
            lines.append(Line("", lineno, "blank"))
            continue
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        m = ITEM_MARKER.match(stripped)
        if m and len(stripped) > m.end():
            lines.append(
                Line(stripped[m.end() :].strip(), lineno, "item", marker=m["marker"], indent=indent)
            )
        else:
            lines.append(Line(stripped, lineno, "text", indent=indent))
    return Document(path, "text", lines)
