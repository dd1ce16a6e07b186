"""Reference lists in any citation style and output format: ``cvbib.render.render``.

records or CSL-JSON items ─ where ─ sort ─ engine (CSL or BibTeX) ─ group ─ number ─ links
─ output format. Engines are imported only when used, so ``cvbib`` starts fast.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from cvbib.errors import CvbibError
from cvbib.model import Record
from cvbib.render import select
from cvbib.render.formats import Entry, Section, get_output_format, split_label
from cvbib.render.links import add_links
from cvbib.render.locales import resolve_locale
from cvbib.render.names import highlighter, owner_names
from cvbib.render.select import NUMBERINGS, Condition, group_items, numbers_for, sort_items
from cvbib.render.styles import OWN_STYLES, StyleInfo, resolve_style

__all__ = ["render", "render_entries", "to_items"]

Item = dict[str, Any]
Rendered = tuple[str, str, str]  # id, label, marked text


def to_items(data: Sequence[Record | Item]) -> list[Item]:
    """CSL-JSON items with unique ids (records without keys get ``item-N``)."""
    items, seen = [], set()
    for n, x in enumerate(data, 1):
        item = dict(x.to_csl() if isinstance(x, Record) else x)
        id_ = str(item.get("id") or f"item-{n}")
        while id_ in seen:
            id_ = f"{id_}-{n}"
        seen.add(id_)
        item["id"] = id_
        items.append(item)
    return items


@cache
def _engine(path: str, locale: str) -> Any:
    from cvbib.render.csl.engine import CslEngine

    try:
        return CslEngine(path, locale)
    except CvbibError:
        raise
    except (ValueError, OSError, SyntaxError) as exc:
        # the engine's messages start with "PATH:" or "PATH:LINE:"; say it once
        message, line = str(exc), None
        if message.startswith(f"{path}:"):
            m = re.match(r"(?:(\d+):)?\s*(.*)", message[len(path) + 1 :], re.S)
            assert m is not None  # the pattern matches any string
            line = int(m.group(1)) if m.group(1) else None
            message = m.group(2)
        raise CvbibError(f"cannot use this style: {message}", path, line) from exc


@cache
def _numbered(path: str) -> bool:
    """Whether a CSL style's bibliography prints citation numbers (itself or via macros)."""
    xml = Path(path).read_text(encoding="utf-8", errors="replace")
    macros = dict(re.findall(r'<macro\s+name="([^"]+)"\s*>(.*?)</macro>', xml, re.S))
    bib = re.search(r"<bibliography\b.*?</bibliography>", xml, re.S)
    todo, seen = [bib.group(0) if bib else ""], set()
    while todo:
        body = todo.pop()
        if "citation-number" in body:
            return True
        for name in re.findall(r'macro="([^"]+)"', body):
            if name not in seen:
                seen.add(name)
                todo.append(macros.get(name, ""))
    return False


@cache
def _options(style_id: str) -> dict[str, Any]:
    """Rendering options our own styles ask for (styles/options.json)."""
    try:
        data = json.loads((OWN_STYLES / "options.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    options = data.get(style_id, {})
    return options if isinstance(options, dict) else {}


def render_entries(
    items: Sequence[Item],
    style: StyleInfo,
    *,
    sort: bool = True,
    highlight: Callable[[Item], bool] | None = None,
    numbers: dict[str, int] | None = None,
    locale: str = "en-US",
) -> list[Rendered]:
    """(id, label, marked text) of each item in one style; the engine's own order if ``sort``."""
    if style.kind == "bibtex":
        from cvbib.render.bibtex_styles import render_bibtex

        out = render_bibtex(items, style.id, sort=sort, highlight=highlight)
        return [(i, f"[{numbers[i]}]" if numbers else f"[{lab}]", t) for i, lab, t in out]
    assert style.path is not None
    engine = _engine(style.path, locale)
    entries = engine.bibliography(items, sort=sort, highlight=highlight, numbers=numbers)
    return [(e.id, *split_label(e.text)) for e in entries]


def _conditions(where: Sequence[str | Condition]) -> list[Condition]:
    return [w if isinstance(w, Condition) else select.parse_where(w) for w in where]


def render(
    data: Sequence[Record | Item],
    style: str = "apa",
    format: str = "text",
    *,
    sort: str | None = None,
    group_by: str = "none",
    number: str | None = None,
    highlight: str | Sequence[str] = (),
    highlight_owner: bool = False,
    where: Sequence[str | Condition] = (),
    locale: str = "en-US",
    link_titles: bool | None = None,
) -> str:
    """A reference list of records (or CSL-JSON items) as text, HTML, Markdown, LaTeX or RTF.

    ``style``: a CSL style id, a .csl path, one of cvbib's styles or plain/unsrt/alpha/abbrv.
    ``sort`` (newest, oldest, author, title, none) overrides the style's order; ``none``
    keeps the input order. ``number`` (none, ascending, descending) replaces the style's
    labels; ``descending`` numbers a CV's newest entry highest. ``highlight``: names to bold
    in every name form; ``highlight_owner``: also the CV owner of each entry, as
    the extractor found it. ``where``: conditions such as ``"year>=2022"``, all of which must
    hold. ``link_titles``: link titles to their DOI/URL (default: as the style asks).
    """
    fmt = get_output_format(format)
    info = resolve_style(style)
    locale = resolve_locale(locale)
    if number is not None and number not in NUMBERINGS:
        raise CvbibError(f"--number {number!r}: expected one of {', '.join(NUMBERINGS)}")
    items = select.where(to_items(data), _conditions(where))
    names = [highlight] if isinstance(highlight, str) else list(highlight)
    marker = highlighter(names + (owner_names(items) if highlight_owner else []))
    if sort is not None:
        items = sort_items(items, sort)
    first: list[Rendered] | None = None
    if sort is None:  # the style's order: ask the engine for it
        first = render_entries(items, info, sort=True, highlight=marker, locale=locale)
        by_id = {item["id"]: item for item in items}
        items = [by_id[i] for i, _, _ in first]
    groups = group_items(items, group_by, oldest_first=sort == "oldest")
    final = [item for g in groups for item in g.items]
    ids = [item["id"] for item in final]
    numbers = numbers_for(ids, number) if number in ("ascending", "descending") else None
    numeric = info.kind == "bibtex" or (info.path is not None and _numbered(info.path))
    # a CSL engine numbers 1..n in output order by itself; other numbers need a new pass
    renumber = numbers is not None and numeric and (info.kind == "bibtex" or number != "ascending")
    if first is not None and [r[0] for r in first] == ids and not renumber:
        rendered = first
    else:
        rendered = render_entries(
            final,
            info,
            sort=False,
            highlight=marker,
            numbers=numbers if numeric else None,
            locale=locale,
        )
    titles = _options(info.id).get("link_titles", False) if link_titles is None else link_titles
    by_id = {item["id"]: item for item in final}
    entries: dict[str, Entry] = {}
    for id_, label, body in rendered:
        if number == "none":
            label = ""
        elif numbers and not numeric:
            label = f"[{numbers[id_]}]"
        entries[id_] = Entry(id_, label, add_links(body, by_id[id_], titles=titles))
    sections = [Section(g.heading, [entries[i["id"]] for i in g.items]) for g in groups]
    return fmt.document([s for s in sections if s.entries])
