"""Org-mode CVs (Emacs ``.org``), read as the Markdown they nearly are.

Org shares Markdown's lists and tables; what differs is rewritten line for line, so every
line keeps its number: ``* Heading`` stars become ``#`` headings, ``*bold*`` and
``/italic/`` become Markdown emphasis, ``[[url][text]]`` links become ``[text](url)``,
``#+TITLE:`` keeps its value as the page title, and settings, comments, drawers
(``:PROPERTIES:`` ... ``:END:``) and comment blocks are dropped. The Markdown reader does
the rest.
"""

from __future__ import annotations

import re

from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.markdown import read_markdown

HEADING = re.compile(
    r"^(\*+)\s+(?:(?:TODO|DONE)\s+)?(?:\[#[A-C]\]\s+)?(.*?)(?:\s+:[\w@#%:]+:)?\s*$"
)
KEYWORD = re.compile(r"^\s*#\+(\w+):\s*(.*)$")
BLOCK = re.compile(r"^\s*#\+(BEGIN|END)_(\w+)", re.I)
COMMENT = re.compile(r"^\s*#(?:\s|$)")
DRAWER_START = re.compile(r"^\s*:(PROPERTIES|LOGBOOK|[A-Z]+):\s*$")
DRAWER_END = re.compile(r"^\s*:END:\s*$", re.I)
LINK = re.compile(r"\[\[([^\]]+)\]\[([^\]]+)\]\]")
BARE_LINK = re.compile(r"\[\[([^\]]+)\]\]")
# Org's emphasis: a marker, text that neither starts nor ends with a space, the same marker,
# not inside a word ("and/or", "Smith*" and URLs are no emphasis)
BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
ITALIC = re.compile(r"(?<![\w/:])/(?=\S)([^/\n]*?[^\s/])/(?![\w/])")
WRAPPED_ITALIC = re.compile(r"(?<![\w/:*])/(?=\S)([^/\n]*\n[^/\n]*?[^\s/])/(?![\w/])")
WRAPPED_BOLD = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*\n[^*\n]*?[^\s*])\*(?![\w*])")
VERBATIM = re.compile(r"(?<!\w)([=~+_])(?=\S)([^\n]*?\S)\1(?!\w)")
TABLE_RULE = re.compile(r"^(\s*)\|[-+]+\|?\s*$")
URL = re.compile(r"\]\([^)]*\)|https?://\S+")
# Keywords whose value is text a reader sees: the page's title and its author
SHOWN_KEYWORDS = {"title", "author", "subtitle"}


def sniff(text: str) -> float:
    head = text[:200_000]
    headings = len(re.findall(r"^\*+ \S", head, re.M))
    org_marks = re.search(r"^#\+\w+:|\[\[[^\]]+\]\[|^\s*:PROPERTIES:\s*$", head, re.M | re.I)
    return 0.95 if headings >= 2 and org_marks else 0.0


@register("org", (".org",), sniff)
def read_org(text: str, path: str) -> Document:
    doc = read_markdown(to_markdown(text), path)
    return Document(path, "org", doc.lines)


def to_markdown(text: str) -> str:
    """The Org text as Markdown, line for line."""
    lines = text.split("\n")
    out: list[str] = []
    in_drawer = False
    hidden_block: str | None = None  # a comment block's name while inside it
    columns = 0  # cells in the last table row, for the rule below a header row
    for line in lines:
        if hidden_block is not None:
            m = BLOCK.match(line)
            if m and m.group(1).upper() == "END" and m.group(2).lower() == hidden_block:
                hidden_block = None
            out.append("")
            continue
        if in_drawer:
            in_drawer = not DRAWER_END.match(line)
            out.append("")
            continue
        if DRAWER_START.match(line):
            in_drawer = True
            out.append("")
            continue
        m = BLOCK.match(line)
        if m:
            if m.group(1).upper() == "BEGIN" and m.group(2).lower() == "comment":
                hidden_block = "comment"
            out.append("")  # #+BEGIN_QUOTE and the like: the text inside stays
            continue
        m = KEYWORD.match(line)
        if m:
            shown = m.group(1).lower() in SHOWN_KEYWORDS and m.group(2).strip()
            out.append(inline(m.group(2).strip()) if shown else "")
            continue
        if COMMENT.match(line):
            out.append("")
            continue
        m = HEADING.match(line)
        if m:
            out.append("#" * min(len(m.group(1)), 6) + " " + inline(m.group(2)))
            continue
        m = TABLE_RULE.match(line)
        if m:
            # Markdown's table rule has one cell per column
            out.append(m.group(1) + "|" + "---|" * max(columns, 1))
            continue
        if line.lstrip().startswith("|"):
            columns = line.strip().strip("|").count("|") + 1
        out.append(inline(line))
    # emphasis wrapped onto the next line: "/Journal of Physical\n  Oceanography/"
    text = "\n".join(out)
    text = WRAPPED_BOLD.sub(lambda m: f"**{m.group(1)}**", text)
    return WRAPPED_ITALIC.sub(lambda m: f"*{m.group(1)}*", text)


def inline(line: str) -> str:
    """Org's links and emphasis in Markdown's marks; URLs are left as they are."""
    line = LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", line)
    line = BARE_LINK.sub(lambda m: f"<{m.group(1)}>", line)
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\0{len(kept) - 1}\0"

    line = URL.sub(keep, line)
    line = BOLD.sub(r"**\1**", line)
    line = ITALIC.sub(r"*\1*", line)
    line = VERBATIM.sub(r"\2", line)
    return re.sub(r"\0(\d+)\0", lambda m: kept[int(m.group(1))], line)
