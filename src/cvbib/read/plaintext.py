"""Plain-text CVs: one Line per source line, list markers and underlined headings kept."""

from __future__ import annotations

import re

from cvbib.read import register
from cvbib.read.document import Document, Line

# "- ", "• ", "[12] ", "(3) ", "12. " — but not "2019. " (a year opening a sentence).
ITEM_MARKER = re.compile(
    # "[J3]", "[C12]", "[CP5]": numbered by kind (journal, conference); too short for a venue tag
    r"^(?P<marker>[-•*▪◦‣➤►●○■□–—·]|\[[A-Z]{0,2}\d{1,4}\]|\(\d{1,4}\)|(?!(?:19|20)\d\d\b)\d{1,4}[.)])"
    r"(?:\s+|(?<=\])(?=\S))"
)
UNDERLINE = re.compile(r"^\s*([=\-~_*#])\1{2,}\s*$")


def sniff(text: str) -> float:
    return 0.5  # the fallback: anything is plain text


@register("text", (".txt", ".text", ""), sniff)
def read_text(text: str, path: str) -> Document:
    raw_lines = text.split("\n")
    lines: list[Line] = []
    for i, raw in enumerate(raw_lines):
        lineno = i + 1
        stripped = raw.strip()
        if not stripped:
            lines.append(Line("", lineno, "blank"))
            continue
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
