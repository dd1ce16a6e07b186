"""Web of Science's field-tagged export ("Plain text file" / Publons' researcher profile).

    FN Clarivate Analytics Web of Science
    PT J
    AF Zhou, Mingyu
       Andersson, Karl-Erik
    TI High-entropy alloys for solid-state hydrogen storage: a critical review
       of thermodynamics
    SO PROGRESS IN MATERIALS SCIENCE
    PY 2023
    VL 136
    BP 101106
    DI 10.1016/j.pmatsci.2023.101106
    ER

A record runs from ``PT`` to ``ER``, a field's lines after the first indented by three
spaces. Each record is written as the citation its fields make, "Zhou, Mingyu; Andersson,
Karl-Erik (2023). Title. *Journal*, 136, 101106. doi:...", on the line of its ``PT``, under
one "Publications" heading; abstracts, addresses and cited references are not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.markdown import read_markdown_lines

TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])(?: (.*))?$|^   (.*)$")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
# a proceedings record (PT C, a conference; PT S, a series)
PROCEEDINGS_TYPES = {"C", "S"}


def sniff(text: str) -> float:
    head = text[:5000].lstrip("\ufeff")
    if head.startswith("FN ") and "\nPT " in head and re.search(r"^ER\s*$", text[:200_000], re.M):
        return 0.99
    return 0.0


# the entry type each record type makes (PT J a journal's, C a conference's, B a book)
RECORD_TYPES = {"J": "article", "C": "inproceedings", "S": "inproceedings", "B": "book"}


@register("wos", (".ciw",), sniff)
def read_wos(text: str, path: str) -> Document:
    doc = read_markdown_lines(to_markdown(text), path, "wos")
    # each record says what it is: its line carries the type as a hint for the parser
    kinds = {n: RECORD_TYPES.get(_one(f, "PT")) for n, f in records(text)}
    doc.lines = [replace(ln, hint=kinds.get(ln.lineno) or ln.hint) for ln in doc.lines]
    return doc


def records(text: str) -> list[tuple[int, dict[str, list[str]]]]:
    """(line of PT, fields) for each record; a field is the list of its lines."""
    out: list[tuple[int, dict[str, list[str]]]] = []
    fields: dict[str, list[str]] | None = None
    tag = ""
    start = 0
    for n, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):
        m = TAG_LINE.match(line.rstrip())
        if not m:
            continue
        if m.group(1):
            tag = m.group(1)
            if tag == "PT":
                fields, start = {}, n
            if fields is None:
                continue
            if tag == "ER":
                out.append((start, fields))
                fields = None
                continue
            fields.setdefault(tag, []).append((m.group(2) or "").strip())
        elif fields is not None and tag:
            fields.setdefault(tag, []).append(m.group(3).strip())
    return out


def to_markdown(text: str) -> list[tuple[int, str]]:
    lines = [(1, "# Publications")]
    lines.extend((n, "- " + citation(f)) for n, f in records(text))
    return lines


def _one(fields: dict[str, list[str]], tag: str) -> str:
    return _escape(" ".join(fields.get(tag, [])).strip())


def _escape(text: str) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def citation(fields: dict[str, list[str]]) -> str:
    """A record's fields as one APA-like citation."""
    names = fields.get("AF") or fields.get("AU") or []
    authors = "; ".join(_escape(n) for n in names)
    year = _one(fields, "PY")
    title = _one(fields, "TI")
    source = _one(fields, "SO")  # (in capitals, as Web of Science prints it)
    parts = [f"{authors} ({year or 'n.d.'})." if authors else f"({year})." if year else ""]
    if title:
        parts.append(f"{title.rstrip('.')}.")
    pages = "–".join(p for p in (_one(fields, "BP"), _one(fields, "EP")) if p) or _one(fields, "AR")
    numbers = _one(fields, "VL") + (f"({_one(fields, 'IS')})" if fields.get("IS") else "")
    tail = ", ".join(x for x in (numbers, pages) if x)
    if source:
        lead = "In " if _one(fields, "PT") in PROCEEDINGS_TYPES else ""
        parts.append(f"{lead}*{source}*" + (f", {tail}." if tail else "."))
    if fields.get("DI"):
        parts.append(f"doi:{_one(fields, 'DI')}")
    return " ".join(p for p in parts if p)
