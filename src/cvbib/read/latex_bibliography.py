"""The .bib files a LaTeX CV prints its publications from, and which of their entries.

Many LaTeX CVs keep no list in the .tex: biblatex prints ``\\nocite{*}`` entries of
``\\addbibresource{pubs.bib}`` (filtered with ``\\printbibliography[keyword=own]``),
bibtex those of ``\\bibliography{pubs}``, multibib those of ``\\bibliographyjournal{pubs}``,
and the bibentry package writes ``\\item \\bibentry{smith2020}``. Reading such a CV means
reading those files, as LaTeX does: relative to the CV's folder, only the entries cited (or
all with ``*``), only those of the printed keywords.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cvbib.model import Record, Warning_

# "%" to the end of a line is a comment, "\%" is a percent sign
_COMMENT = re.compile(r"(?<!\\)%.*")
# \addbibresource[location=local]{pubs.bib}, \bibliography{a,b}, bibentry's
# \nobibliography{a}, multibib's \bibliographyjournal{pubs}; never \bibliographystyle
RESOURCE_COMMAND = (
    r"\\(?:addbibresource|addglobalbib|addsectionbib|(?:no)?bibliography(?!style)[A-Za-z]*)"
)
_RESOURCE = re.compile(RESOURCE_COMMAND + r"\*?\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
# a source that prints from .bib files (LaTeX, or Typst's #bibliography), tested on raw
# bytes (see ``extraction_cache``)
PRINTS_FROM_BIB = re.compile(
    rf"(?:{RESOURCE_COMMAND}|\\bibentry)\s*[\[{{]|#bibliography\(".encode()
)
# \cite, \nocite, \citep*, \fullcite, \textcite[p.~3]{key}, multibib's \nocitejournal{*},
# bibentry's \bibentry{key}
_CITE = re.compile(r"\\(?:[A-Za-z]*cite[A-Za-z]*|bibentry)\*?\s*(?:\[[^\]]*\]\s*){0,2}\{([^}]*)\}")
_PRINT = re.compile(r"\\printbibliography\s*(?:\[([^\]]*)\])?")
_KEYWORD = re.compile(r"(?<![A-Za-z])keyword\s*=\s*\{?([^,}\]]+)")


@dataclass
class BibliographyRequest:
    """What a LaTeX source asks of its .bib files."""

    files: list[tuple[str, int]] = field(default_factory=list)  # (name as written, line)
    keys: set[str] = field(default_factory=set)  # cited keys
    everything: bool = False  # \nocite{*}
    keywords: set[str] | None = None  # entries printed only with one of these keywords

    def wants(self, key: str, entry_keywords: set[str]) -> bool:
        if not (self.everything or key in self.keys):
            return False
        return self.keywords is None or not self.keywords.isdisjoint(entry_keywords)


def bibliography_request(text: str) -> BibliographyRequest:
    """The .bib files a LaTeX source names and the entries it cites, comments ignored."""
    request = BibliographyRequest()
    printed: list[set[str] | None] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT.sub("", raw)
        if "\\" not in line:
            continue
        for m in _RESOURCE.finditer(line):
            for name in m.group(1).split(","):
                if name.strip():
                    request.files.append((name.strip(), lineno))
        for m in _CITE.finditer(line):
            for key in m.group(1).split(","):
                key = key.strip()
                if key == "*":
                    request.everything = True
                elif key:
                    request.keys.add(key)
        for m in _PRINT.finditer(line):
            words = {k.strip().lower() for k in _KEYWORD.findall(m.group(1) or "")}
            printed.append(words or None)
    # a printed list without a keyword filter prints every cited entry
    if printed and all(p is not None for p in printed):
        request.keywords = set().union(*(p for p in printed if p is not None))
    return request


def resolve(name: str, folder: Path) -> Path:
    """A resource as LaTeX finds it: relative to the document, ``.bib`` added if missing."""
    path = Path(name)
    if not path.is_absolute():
        path = folder / path
    if path.suffix.lower() != ".bib" and not path.exists():
        path = path.with_name(path.name + ".bib")
    return path


def _keywords(text: str) -> dict[str, set[str]]:
    """Each entry's ``keywords`` field, as biblatex splits it (commas)."""
    import bibtexparser

    out = {}
    for entry in bibtexparser.parse_string(text).entries:
        field_ = entry.fields_dict.get("keywords")
        words = str(field_.value).strip("{}") if field_ else ""
        out[entry.key] = {w.strip().lower() for w in words.split(",") if w.strip()}
    return out


def cited_records(
    text: str, path: str, request: BibliographyRequest | None = None
) -> tuple[list[Record], list[Warning_]]:
    """The records a LaTeX CV prints from its .bib files (or those of another ``request``,
    a Typst CV's), each with the .bib file, line and key as its source; a named file that
    is missing or unreadable is a warning."""
    from cvbib.errors import CvbibError
    from cvbib.formats.bibtex import parse_bibtex
    from cvbib.model import Warning_
    from cvbib.read import decode

    if request is None:
        request = bibliography_request(text)
    if not request.files or not (request.everything or request.keys):
        return [], []
    folder = Path(path).parent if path not in ("-", "<stdin>", "<text>") else Path.cwd()
    records: list[Record] = []
    warnings: list[Warning_] = []
    seen: set[Path] = set()
    for name, lineno in request.files:
        bib = resolve(name, folder)
        if bib in seen:
            continue
        seen.add(bib)
        try:
            bib_text = decode(bib.read_bytes(), str(bib))
        except OSError as exc:
            reason = "not found" if isinstance(exc, FileNotFoundError) else exc.strerror
            warnings.append(Warning_(path, lineno, f"bibliography {name!r}: {reason}"))
            continue
        except CvbibError as exc:
            warnings.append(Warning_(path, lineno, f"bibliography {name!r}: {exc.message}"))
            continue
        keywords = _keywords(bib_text) if request.keywords is not None else {}
        for rec in parse_bibtex(bib_text, str(bib)):
            if rec.key and request.wants(rec.key, keywords.get(rec.key, set())):
                # canonical keys as for every extracted entry; the source keeps the own key
                records.append(rec.replace(key=None))
    return records, warnings


__all__ = ["BibliographyRequest", "bibliography_request", "cited_records", "resolve"]
