"""Markdown CVs, through markdown-it-py: headings, list items and inline styles."""

from __future__ import annotations

import re
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from cvbib.read import register
from cvbib.read.document import Document, Line, RunBuilder
from cvbib.read.html import html_fragment_lines
from cvbib.read.plaintext import KIND_MARKER, typed_marker
from cvbib.read.tables import table_lines

_MD = MarkdownIt("commonmark", {"html": True}).enable("table")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# Marks only Markdown makes: **bold**, [links](url), "# " headings, escaped brackets
STRONG_SIGNALS = [
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"\]\([^)\s]*\)"),
    re.compile(r"^#{1,6} \S", re.M),
    re.compile(r"\\\[|\\\]"),
]
# Marks a typed text CV makes too: headings underlined with dashes, "- " and "* " lines
WEAK_SIGNALS = [
    re.compile(r"^\S.*\n(=+|-+)\s*$", re.M),
    re.compile(r"^\s*[-*] \S", re.M),
]


def sniff(text: str) -> float:
    strong = sum(1 for s in STRONG_SIGNALS if s.search(text))
    weak = sum(1 for s in WEAK_SIGNALS if s.search(text))
    return 0.9 if strong >= 2 or (strong and weak) else 0.2


def _blank_front_matter(text: str) -> str:
    m = FRONT_MATTER.match(text)
    if not m:
        return text
    return "\n" * m.group(0).count("\n") + text[m.end() :]


# Obsidian's notes: "[[Renfrow 2020a.pdf|PDF]]" links another note (its label is what
# shows), "#lahontan" tags the note; neither is part of an entry's reference
# (not "[[paper]](https://...)", a link whose text is in brackets)
WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\](?!\()")
LINK_WORD = re.compile(r"(?i)pdf|slides?|code|data|poster|video|link")  # a link's label
TAG = re.compile(r"(?<=[ \t])#[A-Za-z][\w/-]*(?=[ \t]*$|[ \t]+#)", re.M)


def _obsidian_marks(text: str) -> str:
    if "[[" not in text and "#" not in text:
        return text
    text = WIKI_LINK.sub(lambda m: "" if LINK_WORD.fullmatch(m[2] or "") else (m[2] or m[1]), text)
    return TAG.sub("", text)


FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(\S.*)$", re.M)


def _footnotes(text: str) -> str:
    """Footnotes read where they are cited: "... Article 14. [^1]" with "[^1]: Selected
    for ..." below becomes "... Article 14. (Selected for ...)", and the definition's line
    is left blank (it is no entry of its own)."""
    if "[^" not in text:
        return text
    notes = {m.group(1): m.group(2).strip() for m in FOOTNOTE_DEFINITION.finditer(text)}
    if not notes:
        return text
    text = FOOTNOTE_DEFINITION.sub("", text)
    return re.sub(
        r"\[\^([^\]\s]+)\]",
        lambda m: f"({notes[m.group(1)]})" if m.group(1) in notes else m.group(0),
        text,
    )


def read_markdown_lines(lines: list[tuple[int, str]], path: str, fmt: str) -> Document:
    """A Document from Markdown written line by line out of another format: (source line,
    Markdown line) pairs, each Markdown line numbered as the source line it came from."""
    doc = read_markdown("\n".join(text for _, text in lines), path)
    numbers = [n for n, _ in lines]
    return Document(path, fmt, [replace(x, lineno=numbers[x.lineno - 1]) for x in doc.lines])


@register("markdown", (".md", ".markdown", ".mdown"), sniff)
def read_markdown(text: str, path: str) -> Document:
    text = _footnotes(_obsidian_marks(_blank_front_matter(text)))
    tokens = _MD.parse(text)
    src_lines = text.split("\n")
    out: dict[int, Line] = {}
    pending_kind: tuple[str, int, str] | None = None  # (kind, level, marker) for next inline
    list_depth = 0
    ordered_counters: list[int] = []
    table: list[list[Line]] | None = None  # the rows of an open table, cell by cell
    header: list[str] = []
    for tok in tokens:
        if tok.type == "table_open":
            table, header = [], []
        elif tok.type == "table_close" and table is not None:
            for line in table_lines(header, table):
                out[line.lineno] = line
            table = None
        elif tok.type == "tr_open" and table is not None:
            table.append([])
        elif tok.type == "inline" and tok.map and table is not None:
            cell = _inline_lines(tok, "text", 0, "")
            row = table[-1]
            row.append(cell[0] if cell else Line("", tok.map[0] + 1, "text"))
            if len(table) == 1:
                header.append(row[-1].text)
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            start = int(tok.attrs.get("start", 1) or 1) if tok.type == "ordered_list_open" else 0
            ordered_counters.append(start)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            ordered_counters.pop()
        elif tok.type == "list_item_open":
            marker = tok.markup
            if tok.info:  # ordered list: the number as written
                marker = f"{tok.info}{tok.markup}"
            pending_kind = ("item", list_depth, marker)
        elif tok.type == "heading_open":
            pending_kind = ("heading", int(tok.tag[1]), "")
        elif tok.type == "inline" and tok.map:
            kind, level, marker = pending_kind or ("text", 0, "")
            pending_kind = None
            for line in _inline_lines(tok, kind, level, marker):
                if kind == "text":
                    line = typed_marker(line, KIND_MARKER)  # "B2. Title ..." starts an entry
                out[line.lineno] = line
        elif tok.type == "html_block" and tok.map:
            for line in html_fragment_lines(tok.content, tok.map[0] + 1):
                out.setdefault(line.lineno, line)
        elif tok.type in ("code_block", "fence") and tok.map:
            # Indented text in a CV is rarely code: keep it as plain lines.
            for i in range(tok.map[0], tok.map[1]):
                s = src_lines[i].strip() if i < len(src_lines) else ""
                if s and not s.startswith("```"):
                    out[i + 1] = Line(s, i + 1, "text")
        elif tok.type == "paragraph_open" and pending_kind and pending_kind[0] == "heading":
            pending_kind = None
    lines = [
        out.get(i + 1) or Line("", i + 1, "blank")
        for i in range(len(src_lines))
        if (i + 1) in out or not src_lines[i].strip()
    ]
    return Document(path, "markdown", lines)


def _inline_lines(tok: Token, kind: str, level: int, marker: str) -> list[Line]:
    assert tok.map is not None
    first = tok.map[0] + 1
    lines: list[Line] = []
    run = RunBuilder()
    bold = italic = 0
    link = ""
    offset = 0
    broken = soft = False  # a <br> or a hard break ends this line / began it
    sup_at: int | None = None  # where an open <sup> began in the run

    def flush() -> None:
        nonlocal run
        k = kind if not lines else "text"
        lines.append(
            run.build(
                first + offset,
                kind=k,  # continuation lines of an item or heading are text
                level=level,
                marker=marker if k == "item" else "",
                soft=soft,
            )
        )
        run = RunBuilder()

    children = tok.children or []
    for k, child in enumerate(children):
        t = child.type
        if t == "text" or t == "code_inline":
            run.add(child.content, bold=bold > 0, italic=italic > 0, link=link)
        elif t == "strong_open":
            bold += 1
        elif t == "strong_close":
            bold = max(bold - 1, 0)
        elif t == "em_open":
            italic += 1
        elif t == "em_close":
            italic = max(italic - 1, 0)
        elif t == "link_open":
            link = str(child.attrs.get("href", "")) or "#"
        elif t == "link_close":
            link = ""
        elif t == "html_inline":
            tag = child.content.lower()
            if re.match(r"<(b|strong)\b", tag):
                bold += 1
            elif re.match(r"</(b|strong)>", tag):
                bold = max(bold - 1, 0)
            elif re.match(r"<(i|em|cite)\b", tag):
                italic += 1
            elif re.match(r"</(i|em|cite)>", tag):
                italic = max(italic - 1, 0)
            elif re.match(r"<br\s*/?>", tag):
                # "**Title** <br> **Owner**, Names <br> *Venue*" on one line: the break ends a
                # part of the entry (a bold title and a bold name after it are no one run)
                # (a <br> ending the source line breaks the line there, below)
                rest = children[k + 1 :]
                at_end = not rest or rest[0].type in ("softbreak", "hardbreak")
                ended = at_end or not run.text.strip() or run.text.rstrip()[-1] in ".,;:?!"
                run.add(" " if ended else ". ")
                broken = True
            elif re.match(r"<sup\b", tag):
                sup_at = run.length
            elif re.match(r"</sup>", tag) and sup_at is not None:
                run.superscript_after_name(sup_at)
                sup_at = None
        elif t in ("softbreak", "hardbreak"):
            flush()
            offset += 1
            # after <br> (or a hard break) the next line is a part of the entry of its own
            # ("**Title**<br>Authors<br>*Venue*"); after a plain newline, the line wraps
            soft, broken = broken or t == "hardbreak", False
        elif t == "image":
            continue
    flush()
    return [ln for ln in lines if ln.text or ln.kind != "text"]
