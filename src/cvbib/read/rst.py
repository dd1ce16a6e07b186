"""reStructuredText CVs, read as the Markdown they nearly are.

rST shares Markdown's emphasis (``*title*``, ``**name**``) and list markers; what differs
is rewritten line for line, so every line keeps its number: section titles underlined (and
overlined) with any punctuation become ``#`` headings, ``#.`` auto-numbered items become
``1.``, ``text <url>`_`` links become Markdown links, and directives, comments and field
lists (":Email: ...") are dropped. The Markdown reader does the rest.
"""

from __future__ import annotations

import re

from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.markdown import read_markdown

# An adornment line: one punctuation character repeated ("=====", "-----", "~~~~~")
ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:.<>_])\1{2,}\s*$")
LINK = re.compile(r"`([^`<]+?)\s*<([^>]+)>`__?")
AUTO_NUMBER = re.compile(r"^(\s*)#\.(\s+)")
DIRECTIVE = re.compile(r"^\.\.(?:\s|$)")
FIELD = re.compile(r"^:[^:\s][^:]*:(?:\s|$)")


def sniff(text: str) -> float:
    head = text[:200_000]
    signals = (
        len(re.findall(r"^\S.*\n([=\-~^])\1{2,}\s*$", head, re.M)) >= 2  # underlined titles
        and re.search(r"^~{3,}\s*$|`[^`]+<[^>]+>`_|^\.\. \w+::|^#\.\s", head, re.M) is not None
    )
    return 0.95 if signals else 0.0


@register("rst", (".rst", ".rest"), sniff)
def read_rst(text: str, path: str) -> Document:
    doc = read_markdown(to_markdown(text), path)
    return Document(path, "rst", doc.lines)


def to_markdown(text: str) -> str:
    """The rST text as Markdown, line for line."""
    lines = text.split("\n")
    out = list(lines)
    levels: list[str] = []  # adornment styles in order of first use: the section levels
    skip_indented = False
    for i, line in enumerate(lines):
        if skip_indented:
            if not line.strip() or line[:1] in " \t":
                out[i] = ""
                continue
            skip_indented = False
        if DIRECTIVE.match(line) or FIELD.match(line):
            out[i] = ""  # ".. contents::", ".. comment", ":Email: ..." and what they indent
            skip_indented = DIRECTIVE.match(line) is not None
            continue
        m = ADORNMENT.match(line)
        if m and i > 0 and lines[i - 1].strip() and not ADORNMENT.match(lines[i - 1]):
            over = i >= 2 and ADORNMENT.match(lines[i - 2]) is not None
            style = ("over" if over else "") + m.group(1)
            if style not in levels:
                levels.append(style)
            out[i - 1] = "#" * min(levels.index(style) + 1, 6) + " " + lines[i - 1].strip()
            out[i] = ""
            if over:
                out[i - 2] = ""
            continue
        if m and i + 2 < len(lines) and ADORNMENT.match(lines[i + 2]):
            continue  # an overline: handled with its title's underline
        line = AUTO_NUMBER.sub(r"\g<1>1.\g<2>", line)
        line = LINK.sub(r"[\1](\2)", line)
        out[i] = line.replace("``", "`")
    return "\n".join(out)
