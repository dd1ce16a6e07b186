"""amsrefs entries in a LaTeX CV: ``\\bib{key}{article}{author={Doe, Jane}, title={...}}``.

Mathematicians' CVs often keep their publication list in amsrefs' ``biblist``: every entry
is already split into fields, so it is read as the bibliography it is rather than as the
text it prints. Each ``\\bib`` becomes the BibTeX entry it stands for (repeated ``author``
fields joined, ``date`` a year, ``collection.article`` an ``incollection`` whose ``book``
gives the book's title, editors and publisher, ``status={to appear}`` forthcoming,
``eprint={arXiv:...}`` an arXiv id) and is parsed by the BibTeX reader, with the CV's file
and the ``\\bib`` line as its source. The LaTeX reader leaves the ``\\bib`` blocks out of the
document, so they are not read twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cvbib.read.latex_tree import group_end

if TYPE_CHECKING:
    from cvbib.model import Record

BIB = re.compile(r"\\bib\*?\s*\{([^{}]*)\}\s*\{([^{}]*)\}\s*\{")
# amsrefs types as BibTeX's
TYPES = {
    "article": "article",
    "book": "book",
    "collection": "book",
    "collection.article": "incollection",
    "proceedings": "proceedings",
    "proceedings.article": "inproceedings",
    "thesis": "phdthesis",
    "report": "techreport",
    "techreport": "techreport",
    "misc": "misc",
    "unpublished": "unpublished",
    "manual": "manual",
}
NAME_FIELDS = ("author", "editor", "translator")
# Fields read as the text LaTeX prints ("$\\ell$-adic" is "ℓ-adic"), as the CV's own lines
TEXT_FIELDS = {"title", "subtitle", "journal", "booktitle", "series"}
STATUS = re.compile(r"(?i)\b(to appear|in press|forthcoming|accepted)\b")
SUBMITTED = re.compile(r"(?i)\b(submitted|under review|preprint)\b")


def blocks(text: str) -> list[tuple[int, int, str, str, str]]:
    """Each ``\\bib``: (start, end, key, type, fields text), comments ignored."""
    out = []
    for m in BIB.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.search(r"(?<!\\)%", text[line_start : m.start()]):
            continue
        end = _close(text, m.end() - 1)
        out.append(
            (m.start(), end, m.group(1).strip(), m.group(2).strip(), text[m.end() : end - 1])
        )
    return out


def without_blocks(text: str) -> str:
    """The text with every ``\\bib`` block blanked, its line breaks kept."""
    parts = []
    prev = 0
    for start, end, *_ in blocks(text):
        parts.append(text[prev:start])
        parts.append("\n" * text.count("\n", start, end))
        prev = end
    parts.append(text[prev:])
    return "".join(parts)


def _close(text: str, i: int) -> int:
    """Index after the brace group opening at ``i`` (the end of the text if it never closes)."""
    end = group_end(text, i + 1)
    return len(text) if end < 0 else end


def fields(body: str) -> list[tuple[str, str]]:
    """``key={value}`` pairs in order (a key may repeat: one ``author`` per person)."""
    out = []
    i = 0
    pair = re.compile(r"\s*,?\s*([A-Za-z.]+)\s*=\s*")
    while i < len(body):
        m = pair.match(body, i)
        if not m:
            break
        j = m.end()
        if body.startswith("{", j):
            end = _close(body, j)
            value = body[j + 1 : end - 1]
        else:
            end = j + len(re.match(r"[^,]*", body[j:]).group(0))  # type: ignore[union-attr]
            value = body[j:end]
        out.append((m.group(1).lower(), value.strip()))
        i = end
    return out


def to_bibtex(key: str, kind: str, body: str) -> str:
    """One ``\\bib`` as a BibTeX entry on one line."""
    pairs = fields(body)
    names: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for name, value in pairs:
        if name in NAME_FIELDS:
            names.setdefault(name, []).append(value)
        elif name in ("book", "conference", "partial", "translation", "reprint"):
            inner = dict(fields(value))
            if name in ("book", "conference") and inner.get("title"):
                out.setdefault("booktitle", _text(inner["title"]))
            for k in ("publisher", "address", "series", "volume"):
                if inner.get(k):
                    out.setdefault(k, inner[k])
            if inner.get("date"):
                out.setdefault("date", inner["date"])
            editors = [v for k, v in fields(value) if k == "editor"]
            if editors:
                names.setdefault("editor", editors)
        elif name not in out:
            out[name] = _text(value) if name in TEXT_FIELDS else value
    bib_type = TYPES.get(kind.lower(), "misc")
    if bib_type == "incollection" and re.search(
        r"(?i)proceedings|conference", out.get("booktitle", "")
    ):
        bib_type = "inproceedings"
    if bib_type == "phdthesis" and re.search(r"(?i)master|m\.\s?sc|diplom", out.get("type", "")):
        bib_type = "mastersthesis"
    if out.get("date"):
        year = re.search(r"\b(1[89]|20)\d\d\b", out.pop("date"))
        if year:
            out.setdefault("year", year.group(0))
    notes = [out.pop("note")] if out.get("note") else []
    status = out.pop("status", "")
    if STATUS.search(status):
        notes.append("to appear")
    elif SUBMITTED.search(status):
        notes.append("under review")
    elif status:
        notes.append(status)
    eprint = out.pop("eprint", "") or _arxiv_in(notes)
    if eprint:
        m = re.search(r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7})", eprint)
        if m:
            out["eprint"] = m.group(1)
            out["archiveprefix"] = "arXiv"
            notes = [n for n in notes if m.group(1) not in n]
    out.pop("review", None)  # \MR{...}: a review's number, not the work's
    if bib_type == "phdthesis" and out.get("organization"):
        out.setdefault("school", out.pop("organization"))
    if notes:
        out["note"] = "; ".join(notes)
    for name, people in names.items():
        out[name] = " and ".join(people)
    body_text = ", ".join(f"{k} = {{{v}}}" for k, v in out.items() if v)
    return f"@{bib_type}{{{key}, {body_text}}}"


def _text(value: str) -> str:
    if not re.search(r"[$\\]", value):
        return value
    from cvbib.read.latex_tree import read_latex_tree

    text = " ".join(line.text for line in read_latex_tree(value, "<amsrefs>").lines)
    # braces would unbalance the BibTeX entry; a brace in a title is rare and not text
    return text.replace("{", "").replace("}", "")


def _arxiv_in(notes: list[str]) -> str:
    for note in notes:
        if re.search(r"(?i)arxiv", note):
            return note
    return ""


def amsrefs_records(text: str, path: str) -> list[Record]:
    """The records of a LaTeX CV's amsrefs entries, each at its ``\\bib`` line."""
    from cvbib.formats.bibtex import parse_bibtex

    found = blocks(text)
    if not found:
        return []
    lines: list[str] = []
    lineno, counted = 1, 0  # newlines counted up to each block, once over the text
    for start, _end, key, kind, body in found:
        lineno += text.count("\n", counted, start)
        counted = start
        lines.extend([""] * (lineno - 1 - len(lines)))  # the entry on its own line number
        lines.append(to_bibtex(key, kind, body.replace("\n", " ")))
    return [rec.replace(key=None) for rec in parse_bibtex("\n".join(lines), path)]


__all__ = ["amsrefs_records", "blocks", "fields", "to_bibtex", "without_blocks"]
