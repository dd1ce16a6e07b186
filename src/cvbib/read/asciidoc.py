"""AsciiDoc CVs (``.adoc``), read as the Markdown they nearly are.

What differs from Markdown is rewritten line for line, so every line keeps its number:
``== Section`` titles become ``#`` headings, ``. item`` numbered items ``1.``, ``** item``
nested items, ``*bold*`` and ``_italic_`` (constrained or doubled) Markdown emphasis,
``https://url[text]`` and ``link:url[text]`` links Markdown links; attribute entries
(``:email: ...``), comments, block delimiters (``----``, ``====``), block attributes
(``[source]``), list continuations (``+``) and hard-break marks (`` +``) are dropped, and
a ``|===`` table becomes a Markdown table. The Markdown reader does the rest.
"""

from __future__ import annotations

import re

from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.markdown import read_markdown_lines
from cvbib.superscripts import subscript, superscript

TITLE = re.compile(r"^(={1,6})\s+(\S.*?)\s*=*\s*$")
ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:\s|$)")
BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$")
BLOCK_TITLE = re.compile(r"^\.(?=[^\s.])(.*)$")  # ".Title" above a block
DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--)\s*$")
COMMENT_BLOCK = re.compile(r"^/{4,}\s*$")
ORDERED = re.compile(r"^(\s*)(\.{1,5})\s+")
UNORDERED = re.compile(r"^(\s*)(\*{1,5}|-)\s+")
TABLE_EDGE = re.compile(r"^\|={3,}\s*$")
URL_MACRO = re.compile(r"(?:link:)?((?:https?|ftp|mailto):[^\s\[]+|[^\s\[:]+\.\w{2,4})\[([^\]]*)\]")
BOLD = re.compile(r"(?<![\w*])\*\*?(?=\S)([^*\n]*?\S)\*\*?(?![\w*])")
ITALIC = re.compile(r"(?<![\w_])__?(?=\S)([^_\n]*?\S)__?(?![\w_])")
MONO = re.compile(r"(?<![\w`])`(?=\S)([^`\n]*?\S)`(?![\w`])")
HARD_BREAK = re.compile(r"\s\+\s*$")
ROLE = re.compile(r"\[\.?[\w.#-]+\]#([^#\n]+)#")  # [.underline]#text#
SCRIPT = re.compile(r"([\^~])(\S{1,20}?)\1")
HIGHLIGHT = re.compile(r"(?<![\w#])#(?=\S)([^#\n]*?\S)#(?![\w#])")


def sniff(text: str) -> float:
    head = text[:200_000]
    titles = len(re.findall(r"^==+ \S", head, re.M))
    marks = re.search(r"^:[\w-]+:|^\.\s+\S|^\|===|link:\S+\[|https?://[^\s\"\[]+\[", head, re.M)
    typst = re.search(r"^#(?:set|let|show|import)\b", head, re.M)  # Typst's "==" titles
    return 0.95 if titles >= 2 and marks and not typst else 0.0


@register("asciidoc", (".adoc", ".asciidoc", ".asc"), sniff)
def read_asciidoc(text: str, path: str) -> Document:
    return read_markdown_lines(to_markdown(text), path, "asciidoc")


def to_markdown(text: str) -> list[tuple[int, str]]:
    """(source line, Markdown line) pairs for an AsciiDoc document."""
    out: list[tuple[int, str]] = []
    in_comment = False
    table: int | None = None  # rows seen in the open table
    for n, line in enumerate(text.split("\n"), 1):
        if COMMENT_BLOCK.match(line):
            in_comment = not in_comment
            out.append((n, ""))
            continue
        if in_comment or line.startswith("//"):
            out.append((n, ""))
            continue
        if TABLE_EDGE.match(line):
            table = None if table is not None else 0
            out.append((n, ""))
            continue
        if table is not None:
            cells = [c.strip() for c in line.strip().split("|")[1:]] if "|" in line else []
            if not cells:
                out.append((n, inline(line)))
                continue
            row = "| " + " | ".join(inline(c) for c in cells) + " |"
            out.append((n, row))
            if table == 0:
                out.append((n, "|" + "---|" * len(cells)))
            table += 1
            continue
        if ATTRIBUTE.match(line) or BLOCK_ATTRIBUTES.match(line) or DELIMITER.match(line):
            out.append((n, ""))
            continue
        if line.strip() == "+":
            out.append((n, ""))
            continue
        m = TITLE.match(line)
        if m:
            out.append((n, "#" * len(m.group(1)) + " " + inline(m.group(2))))
            continue
        if BLOCK_TITLE.match(line) and not ORDERED.match(line):
            out.append((n, "**" + inline(line[1:]) + "**"))
            continue
        line = HARD_BREAK.sub("", line)
        m = ORDERED.match(line)
        if m:
            depth = len(m.group(2)) - 1
            out.append((n, "   " * depth + "1. " + inline(line[m.end() :])))
            continue
        m = UNORDERED.match(line)
        if m and not (m.group(2).startswith("*") and line[m.end() - 1 :].count("*") % 2 == 0):
            depth = len(m.group(2)) - 1 if m.group(2) != "-" else 0
            out.append((n, "  " * depth + "- " + inline(line[m.end() :])))
            continue
        out.append((n, inline(line)))
    return out


def _script(mark: str, text: str) -> str:
    converted = (superscript if mark == "^" else subscript)(text)
    return converted or text


def inline(line: str) -> str:
    """AsciiDoc's links and emphasis in Markdown's marks; URLs are left as they are."""
    kept: list[str] = []

    def keep(s: str) -> str:
        kept.append(s)
        return f"\0{len(kept) - 1}\0"

    def link(m: re.Match[str]) -> str:
        url, label = m.group(1), m.group(2).split(",")[0].strip().strip('"')
        return keep(f"[{label}]({url})" if label else f"<{url}>")

    line = URL_MACRO.sub(link, line)
    line = re.sub(r"https?://\S+", lambda m: keep(m.group(0)), line)
    line = ROLE.sub(r"\1", line)
    # ^super^ and ~sub~ scripts: "Park^†^" is a student mark, "H~2~O" water
    line = SCRIPT.sub(lambda m: _script(m.group(1), m.group(2)), line)
    line = BOLD.sub(r"**\1**", line)
    line = ITALIC.sub(r"*\1*", line)
    line = MONO.sub(r"\1", line)
    line = HIGHLIGHT.sub(r"\1", line)
    line = line.replace("{nbsp}", "\u00a0").replace("(C)", "©")
    return re.sub(r"\0(\d+)\0", lambda m: kept[int(m.group(1))], line)
