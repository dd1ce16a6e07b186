"""MediaWiki CVs (``.wiki``): a researcher's page on a university or lab wiki.

The page is parsed by mwparserfromhell (the wikitext parser pywikibot uses) and written
out as Markdown, one line per source line, for the Markdown reader: ``== Title ==``
headings become ``#`` headings, ``*``/``#`` items list items (``#:`` continues the item
above), ``'''bold'''`` and ``''italic''`` Markdown emphasis, ``[url text]`` and
``[[Page|text]]`` links their text, and a wikitable a Markdown table.

Citation templates (``{{cite journal |last1= |first1= |title= ...}}``, ``{{citation}}``)
hold their fields by name: each is written as the APA-like citation a person would read,
"Family, Given; Family, Given (2021). Title. *Journal*, 12(3), 1–10. doi:...", on the line
the template opens. ``{{doi|...}}`` and ``{{arxiv|...}}`` become "doi:"/"arXiv:" ids;
footnotes (``<ref>``), comments, infoboxes and other layout templates are left out.
"""

from __future__ import annotations

import re

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.markdown import read_markdown_lines

HEADING_LINE = re.compile(r"^(={2,6})[^=\n].*?\1[ \t]*$", re.M)
WIKI_MARKS = re.compile(r"'''|\{\{[^{}\n]{0,80}(?:\||\}\})|\[\[[^\]\n]+\]\]|^[*#]+ ", re.M)
LIST_MARKS = {"*", "#", ":", ";"}
# Templates whose text is their last positional argument: {{lang|de|Text}}, {{nowrap|x}}
TEXT_TEMPLATES = {"lang", "nowrap", "nobr", "small", "smaller", "smallcaps", "sc", "em", "strong"}
SYMBOL_TEMPLATES = {"ndash": "–", "mdash": "—", "nbsp": " ", "dot": "·", "middot": "·", "·": "·"}
ID_TEMPLATES = {"doi": "doi:", "arxiv": "arXiv:", "hdl": "hdl:", "isbn": "ISBN ", "pmid": "PMID "}
HIDDEN_LINKS = re.compile(r"(?i)^(?:file|image|category|media):")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def sniff(text: str) -> float:
    head = text[:200_000]
    headings = len(HEADING_LINE.findall(head))
    return 0.95 if headings >= 2 and len(WIKI_MARKS.findall(head)) >= 3 else 0.0


@register("wikitext", (".wiki", ".mediawiki", ".wikitext"), sniff)
def read_wikitext(text: str, path: str) -> Document:
    return read_markdown_lines(to_markdown(text), path, "wikitext")


def to_markdown(text: str) -> list[tuple[int, str]]:
    """(source line, Markdown line) pairs for a wikitext page."""
    out: list[tuple[int, str]] = []
    line_no = 1
    start = 1  # the source line the current output line begins on
    buf: list[str] = []
    at_line_start = True
    prefix = ""  # the list marks that open the current line ("#", "#:", "**")

    def flush() -> None:
        nonlocal buf, prefix, start
        body = "".join(buf).strip()
        out.append((start, _list_line(prefix, body) if prefix else body))
        buf, prefix, start = [], "", line_no

    for node in mwparserfromhell.parse(text.replace("\r\n", "\n")).nodes:
        if isinstance(node, Tag) and node.wiki_markup in LIST_MARKS and at_line_start:
            prefix += str(node.wiki_markup)
            continue
        if isinstance(node, Text):
            parts = str(node).split("\n")
            for i, part in enumerate(parts):
                if i:
                    line_no += 1
                    flush()
                    at_line_start = True
                if part:
                    buf.append(_escape(part))
                    at_line_start = at_line_start and not part.strip()
            continue
        if isinstance(node, Heading):
            buf.append("#" * node.level + " " + _inline(node.title).strip())
        elif isinstance(node, Tag) and node.tag == "table":
            flush()
            out.extend(_table(node, line_no))
            line_no += str(node).count("\n")
            start = line_no
            at_line_start = False
            continue
        else:
            buf.append(_render(node))
        line_no += str(node).count("\n")  # a template or comment over several lines
        at_line_start = False
    flush()
    return out


def _table(node: Tag, first_line: int) -> list[tuple[int, str]]:
    """A wikitable as a Markdown table: one row per line, the header ruled off."""
    rows: list[tuple[int, list[str]]] = []
    line_no = first_line + 1  # the contents begin below the "{|" line
    header: list[str] = []
    for child in node.contents.nodes if node.contents is not None else []:
        if isinstance(child, Tag) and child.tag in ("th", "td") and not rows:
            header.append(_cell(child))  # header cells before the first "|-"
        elif isinstance(child, Tag) and child.tag == "tr":
            cells = [_cell(c) for c in child.contents.nodes if isinstance(c, Tag)]
            if cells:
                rows.append((line_no + 1, cells))
        line_no += str(child).count("\n")
    if header:
        rows.insert(0, (first_line + 1, header))
    out: list[tuple[int, str]] = [(first_line, "")]
    for i, (n, cells) in enumerate(rows):
        out.append((n, "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"))
        if i == 0:
            out.append((n, "|" + "---|" * len(cells)))
    return [*out, (line_no, "")]


def _cell(tag: Tag) -> str:
    return _inline(tag.contents).strip() if tag.contents is not None else ""


def _list_line(prefix: str, body: str) -> str:
    depth = len(prefix.rstrip(":;")) or 1
    indent = "   " * (depth - 1)
    if prefix.endswith(":") and len(prefix) > 1:
        return "   " * depth + body  # "#: note": a continuation of the item above
    if prefix == ":" or not body:
        return body
    if prefix.endswith(";"):
        return f"**{body}**"
    return indent + ("1. " if prefix.endswith("#") else "- ") + body


def _escape(text: str) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _inline(code: Wikicode | None) -> str:
    return "".join(_render(n) for n in code.nodes) if code is not None else ""


def _render(node: Node) -> str:
    """One inline node as Markdown on one line."""
    if isinstance(node, Text):
        return _escape(str(node).replace("\n", " "))
    if isinstance(node, HTMLEntity):
        return _escape(node.normalize())
    if isinstance(node, (Comment, Argument)):
        return ""
    if isinstance(node, Wikilink):
        if HIDDEN_LINKS.match(str(node.title).strip()):
            return ""
        return _inline(node.text) if node.text is not None else _inline(node.title)
    if isinstance(node, ExternalLink):
        url = str(node.url).strip()
        return f"[{_inline(node.title)}]({url})" if node.title else url
    if isinstance(node, Template):
        return _template(node)
    if isinstance(node, Tag):
        return _tag(node)
    if isinstance(node, Heading):
        return _inline(node.title)
    return _escape(str(node))


def _tag(node: Tag) -> str:
    name = str(node.tag).lower()
    if name == "ref" or name in ("references", "gallery"):
        return ""  # a footnote: a source for the sentence, not part of it
    if name == "br" or name == "hr":
        return " "
    inner = _inline(node.contents).strip() if node.contents is not None else ""
    if not inner:
        return ""
    if name in ("b", "strong"):
        return f"**{inner}**"
    if name in ("i", "em"):
        return f"*{inner}*"
    return inner  # <u>, <span>, <sup>, <sub>, <small>, <nowiki>, <math>: their text


def _template(node: Template) -> str:
    name = str(node.name).strip().lower().replace("_", " ")
    if name.startswith("cite ") or name in ("citation", "cite"):
        return cite(name.removeprefix("cite").strip() or "citation", _params(node))
    positional = [_plain(p.value) for p in node.params if not p.showkey]
    if name in ID_TEMPLATES and positional:
        return ID_TEMPLATES[name] + positional[0]
    if name in SYMBOL_TEMPLATES:
        return SYMBOL_TEMPLATES[name]
    if name in TEXT_TEMPLATES and positional:
        return _escape(positional[-1])
    return ""  # infoboxes, tables of contents, navigation boxes


def _plain(code: Wikicode) -> str:
    """A template argument as plain text (its links and entities read, markup dropped)."""
    text = "".join(_render(n) for n in code.nodes)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link: its text
    text = re.sub(r"\\(.)", r"\1", text.replace("**", "").replace("*", ""))
    return re.sub(r"\s+", " ", text).strip()


def _params(node: Template) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in node.params:
        key = str(p.name).strip().lower()
        value = _plain(p.value)
        if value:
            out[key] = value
    return out


def _people(params: dict[str, str], editors: bool = False) -> list[str]:
    """The names of a citation, "Family, Given" each, in order."""
    names: dict[int, str] = {}
    lists = ("veditors", "editors") if editors else ("vauthors", "authors", "people")
    for key in lists:
        if key in params:
            return [params[key]]
    for key, value in params.items():
        if editors:
            m = re.fullmatch(r"editor(\d*)-?(?:last|surname)|editor-(?:last|surname)(\d*)", key)
            whole = re.fullmatch(r"editor(\d*)", key)
        else:
            m = re.fullmatch(r"(?:last|surname|author-last|author-surname)(\d*)", key) or (
                re.fullmatch(r"author(\d*)-(?:last|surname)", key)
            )
            whole = re.fullmatch(r"author(\d*)", key)
        if m:
            n = int(next((g for g in m.groups() if g), "1"))
            given = _given(params, n, editors)
            names[n] = f"{value}, {given}" if given else value
        elif whole:
            names.setdefault(int(whole.group(1) or 1), value)
    return [names[k] for k in sorted(names)]


def _given(params: dict[str, str], n: int, editors: bool) -> str:
    index = str(n)
    if editors:
        keys = [f"editor{index}-first", f"editor-first{index}", f"editor{index}-given"]
    else:
        keys = [f"first{index}", f"given{index}", f"author-first{index}", f"author{index}-first"]
    if n == 1:
        keys += [k[: -len(index)] if k.endswith(index) else k.replace("1-", "-") for k in keys]
    return next((params[k] for k in keys if k in params), "")


def cite(kind: str, p: dict[str, str]) -> str:
    """A citation template's fields as one APA-like citation."""
    authors = "; ".join(_people(p))
    date = p.get("date") or p.get("year") or ""
    year = m.group(0) if (m := re.search(r"\b(?:1[89]|20)\d\d\b", date)) else date
    title = _escape(p.get("title", ""))
    chapter = _escape(p.get("chapter") or p.get("contribution") or p.get("entry") or "")
    container = _escape(
        p.get("journal")
        or p.get("book-title")
        or p.get("booktitle")
        or p.get("conference")
        or p.get("work")
        or p.get("website")
        or p.get("periodical")
        or p.get("newspaper")
        or p.get("magazine")
        or ""
    )
    publisher = _escape(p.get("publisher") or p.get("institution") or p.get("school") or "")
    # (no date: APA's "n.d.", which the parser reads as the year's slot)
    parts = [f"{_escape(authors)} ({year or 'n.d.'})." if authors else f"({year})." if year else ""]
    if chapter:
        people = _people(p, editors=True)
        role = "(Ed.)" if len(people) == 1 else "(Eds.)"
        eds = f"{_escape('; '.join(people))} {role}, " if people else ""
        pages = f" (pp. {p['pages']})" if p.get("pages") else ""
        parts += [f"{chapter}.", f"In {eds}*{title}*{pages}."]
    elif kind in ("book", "thesis") and title:
        degree = p.get("degree") or p.get("type") or ("thesis" if kind == "thesis" else "")
        parts.append(f"*{title}*" + (f" ({_escape(degree)})." if degree else "."))
    elif title:
        parts.append(f"{title}.")
        if container:
            volume = p.get("volume", "")
            issue = p.get("issue") or p.get("number") or ""
            numbers = volume + (f"({issue})" if issue else "")
            pages = p.get("pages") or p.get("page") or p.get("article-number") or ""
            where = "In " if kind == "conference" else ""
            tail = ", ".join(x for x in (numbers, pages) if x)
            parts.append(f"{where}*{container}*" + (f", {tail}." if tail else "."))
    if publisher and publisher != container:
        parts.append(f"{publisher}.")
    for key, mark in (("doi", "doi:"), ("arxiv", "arXiv:"), ("eprint", "arXiv:")):
        if p.get(key):
            parts.append(f"{mark}{p[key]}")
    if not p.get("doi") and p.get("url"):
        parts.append(p["url"])
    return " ".join(x for x in parts if x)
