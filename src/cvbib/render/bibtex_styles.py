"""BibTeX styles (plain, unsrt, alpha, abbrv) through pybtex's Python styles, as marked text.

Items arrive as CSL-JSON and become pybtex entries. Title words with capitals a style must
not lower-case are braced, as cvbib's BibTeX writer braces them. A small pybtex backend
writes pybtex's rich text as marked text, so the output formats treat BibTeX styles
exactly like CSL styles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from pybtex.backends import BaseBackend
from pybtex.database import Entry, Person
from pybtex.markup import LaTeXParser
from pybtex.plugin import find_plugin
from pybtex.richtext import Text
from pybtex.style.template import FieldIsMissing, tag

from cvbib.formats.bibtex import MONTHS, _needs_protection
from cvbib.model import CSL_TO_BIB
from cvbib.render import markup

HIGHLIGHT_TAG = "cvbib-highlight"
# pybtex reads every field as LaTeX ("50% off" would lose everything after the %, and
# "$" or "{" cannot be escaped so that it reads them back): characters LaTeX treats
# specially travel as private-use stand-ins and are restored when written out
_SPECIAL = "\\{}$%&#_~^`'\""
_ENCODE = {ord(ch): 0xF100 + i for i, ch in enumerate(_SPECIAL)}
_DECODE = {v: k for k, v in _ENCODE.items()}
# What pybtex's LaTeX decoder (latexcodec) changes in a string: commands and specials,
# dashes, quotes, whitespace runs and ends. A field without any of these decodes to
# itself, so parsing it directly gives the same rich text without the decoder, which
# cost half of a BibTeX style's time (fields arrive with specials already stood in).
LATEX_DECODES = re.compile(r"[\\~%`'$\t\n\r\f\v]|\s\s|--|[!?]`|^\s|\s$|,,|<<|>>")
_from_latex = Text.from_latex.__func__  # type: ignore[attr-defined]


def _fast_from_latex(cls: type[Text], latex: str) -> Text:
    if LATEX_DECODES.search(latex):
        return _from_latex(cls, latex)
    return LaTeXParser(latex).parse()


Text.from_latex = classmethod(_fast_from_latex)  # type: ignore[method-assign,assignment]
# style name -> (pybtex plugin, abbreviate given names)
PLUGINS = {
    "plain": ("plain", False),
    "unsrt": ("unsrt", False),
    "alpha": ("alpha", False),
    "abbrv": ("plain", True),
}
# where each entry type keeps its venue (misc keeps it in howpublished)
VENUE_FIELDS = ("journal", "booktitle", "school", "institution", "publisher")
_TAGS = {"em": "italic", "i": "italic", "strong": "bold", "b": "bold", HIGHLIGHT_TAG: "highlight"}


class MarkedBackend(BaseBackend):
    """pybtex rich text -> cvbib marked text."""

    default_suffix = ".txt"
    symbols: ClassVar[dict[str, str]] = {"ndash": "–", "newblock": " ", "nbsp": "\u00a0"}

    def format_str(self, str_: str) -> str:
        return str_.translate(_DECODE)

    def format_tag(self, tag_name: str, text: str) -> str:
        style = _TAGS.get(tag_name)
        return markup.wrap(style, text) if style else text

    def format_href(self, url: str, text: str, external: bool = False) -> str:
        return text  # links are added for every style alike (cvbib.render.links)

    def format_protected(self, text: str) -> str:
        return text


def _tex(text: object) -> str:
    """Plain text as a field pybtex's LaTeX reader gives back unchanged."""
    return markup.clean(str(text)).translate(_ENCODE)


def _title(text: str) -> str:
    """A title with the words BibTeX must not lower-case in braces, as cvbib writes them."""
    return "".join(
        "{" + _tex(w) + "}" if _needs_protection(w) else _tex(w)
        for w in re.findall(r"\S+|\s+", text)
    )


def _person(name: dict[str, Any]) -> Person:
    if "literal" in name:
        return Person(last="{" + _tex(name["literal"]) + "}")
    return Person(
        first=_tex(name.get("given", "")),
        prelast=_tex(name.get("non-dropping-particle", "")),
        last=_tex(name.get("family", "")),
    )


def to_entry(item: dict[str, Any]) -> Entry:
    """A CSL-JSON item as a pybtex entry."""
    csl_type = str(item.get("type", "article"))
    bib_type = CSL_TO_BIB.get(csl_type, "misc")
    fields: dict[str, str] = {}

    def put(name: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            fields[name] = _tex(value)

    if item.get("title"):
        fields["title"] = _title(str(item["title"]))
    venue = item.get("container-title")
    if bib_type == "article":
        put("journal", venue)
    elif bib_type in ("inproceedings", "incollection"):
        put("booktitle", venue)
    else:
        put("howpublished", venue)
    if bib_type == "phdthesis":
        put("school", item.get("publisher"))
        if "master" in str(item.get("genre", "")).lower():
            bib_type = "mastersthesis"
    elif bib_type == "techreport":
        put("institution", item.get("publisher"))
    else:
        put("publisher", item.get("publisher"))
    put("address", item.get("publisher-place"))
    put("volume", item.get("volume"))
    put("number", item.get("issue") or (item.get("number") if bib_type == "techreport" else None))
    put("pages", re.sub(r"[-–]+", "--", str(item.get("page", ""))) or None)
    put("edition", item.get("edition"))
    put("doi", item.get("DOI"))
    put("url", item.get("URL"))
    put("eprint", item.get("custom", {}).get("cvbib", {}).get("arxiv"))
    put("note", item.get("note"))
    try:
        parts = item["issued"]["date-parts"][0]
        put("year", parts[0])
        if len(parts) > 1:
            put("month", MONTHS[int(parts[1]) - 1].capitalize())
    except (KeyError, IndexError, TypeError, ValueError):
        pass
    persons = {
        role: [_person(n) for n in item.get(role) or [] if isinstance(n, dict)]
        for role in ("author", "editor")
        if item.get(role)
    }
    entry = Entry(bib_type, fields=fields, persons=persons)
    entry.key = str(item.get("id", ""))
    return entry


def render_bibtex(
    items: Sequence[dict[str, Any]],
    style: str,
    *,
    sort: bool = True,
    highlight: Callable[[dict[str, Any]], bool] | None = None,
) -> list[tuple[str, str, str]]:
    """(id, label, marked text) per item, in the style's order (``sort=False``: input order)."""
    plugin, abbreviate = PLUGINS[style]
    formatter = find_plugin("pybtex.style.formatting", plugin)(abbreviate_names=abbreviate)
    if highlight is not None:
        plain_name = formatter.format_name

        def format_name(person: Person, abbr: bool = False) -> Any:
            node = plain_name(person, abbr)
            name = {
                "given": " ".join(person.first_names + person.middle_names).translate(_DECODE),
                "family": " ".join(person.prelast_names + person.last_names).translate(_DECODE),
            }
            return tag(HIGHLIGHT_TAG)[node] if highlight(name) else node

        formatter.format_name = format_name
    entries = [to_entry(item) for item in items]
    ordered = formatter.sort(entries) if sort else entries
    labels = list(formatter.format_labels(ordered))
    backend = MarkedBackend()
    out = []
    for label, entry in zip(labels, ordered, strict=True):
        try:
            formatted = formatter.format_entry(label, entry)
        except FieldIsMissing:
            # BibTeX warns and prints what it has; pybtex stops. A misc entry requires no
            # field, so an undated or venue-less entry is printed as one.
            formatted = formatter.format_entry(label, _as_misc(entry))
        out.append((entry.key, markup.clean(label), formatted.text.render(backend)))
    return out


def _as_misc(entry: Entry) -> Entry:
    fields = dict(entry.fields)
    venue = next((fields.pop(k) for k in VENUE_FIELDS if k in fields), None)
    if venue and "howpublished" not in fields:
        fields["howpublished"] = venue
    misc = Entry("misc", fields=fields, persons=dict(entry.persons))
    misc.key = entry.key
    return misc
