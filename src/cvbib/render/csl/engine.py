"""Render CSL-JSON items as a bibliography in a CSL style (marked text per entry)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cvbib.bulk import gc_paused
from cvbib.render.csl.adjust import adjust
from cvbib.render.csl.blob import Blob, Flattener, purge_empty
from cvbib.render.csl.data import Item, make_item
from cvbib.render.csl.disambig import Disambiguator
from cvbib.render.csl.flipflop import FlipFlopper
from cvbib.render.csl.names_registry import NameRegistry
from cvbib.render.csl.nodes.base import AmbigConfig, Ctx
from cvbib.render.csl.sorting import sort_items
from cvbib.render.csl.style import CompiledStyle, load_style


@dataclass
class Entry:
    """One rendered bibliography entry: the item id and its marked text."""

    id: str
    text: str


class CslEngine:
    """A CSL style ready to render bibliographies (the style is parsed once per process)."""

    def __init__(self, style_path: str, locale: str = "en-US") -> None:
        self.style: CompiledStyle = load_style(style_path, locale)
        if self.style.bibliography is None:
            raise ValueError(f"{style_path}: the style has no bibliography")

    @gc_paused()  # blob trees form no cycles: the collector would only rescan them
    def bibliography(
        self,
        data: Sequence[dict[str, Any]],
        *,
        sort: bool = True,
        highlight: Callable[[dict[str, Any]], bool] | None = None,
        numbers: dict[str, int] | None = None,
    ) -> list[Entry]:
        """Entries in the style's order (``sort=False``: input order).

        ``numbers`` overrides citation numbers (id -> number); by default entries are
        numbered in output order, as citeproc-js does.
        """
        style = self.style
        # per-run state, as a fresh citeproc-js engine would have it
        style.flipflop = FlipFlopper(style.locale.quotes())
        style.name_registry = NameRegistry(style)
        style.highlight = highlight
        items = _unique([make_item(d, i) for i, d in enumerate(data)])
        disambiguator = Disambiguator(style, items)
        disambiguator.register_names()  # sort keys may depend on given-name disambiguation
        ordered = sort_items(style, items) if sort else items
        registry = disambiguator.run({item.id: n for n, item in enumerate(ordered)})
        layout = style.layout("bibliography")
        assert layout is not None
        flattener = Flattener(style.locale.quotes())
        punct_in_quote = style.locale.punctuation_in_quote
        previous: str | None = None
        entries = []
        for n, item in enumerate(ordered, 1):
            reg = registry.get(item.id)
            ambig = AmbigConfig(
                names=list(reg.names) if reg and style.add_names else [],
                givens=[list(g) for g in reg.givens] if reg and style.add_givenname else [],
                year_suffix=reg.year_suffix if reg else None,
                disambiguate=reg.disambiguate if reg else 0,
            )
            number = numbers.get(item.id, n) if numbers else n
            ctx = Ctx(
                style, item, "bibliography", ambig, request=style.add_givenname, number=number
            )
            entry = layout.render_entry(ctx, style.second_field_align)
            previous = _substitute_author(style, ctx, previous)
            purge_empty(entry)
            adjust(entry, punct_in_quote)
            entries.append(Entry(item.id, flattener.flatten(entry)))
        return entries


def _unique(items: list[Item]) -> list[Item]:
    """citeproc-js keys items by id: a repeated id is one item."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            out.append(item)
    return out


def _substitute_author(style: CompiledStyle, ctx: Ctx, previous: str | None) -> str | None:
    """``subsequent-author-substitute`` (complete-all): "———" for a repeated author list."""
    if style.subsequent_author_substitute is None or not ctx.first_names:
        return previous
    if ctx.first_names_substituted:
        return previous
    names = ctx.first_names
    top = ctx.names_top
    if previous is not None and names == previous and top is not None and top.blobs:
        first = top.blobs[0]  # type: ignore[index]
        assert isinstance(first, Blob) and isinstance(first.blobs, list)
        replacement = Blob(style.subsequent_author_substitute)
        if ctx.label_blob is not None:
            top.blobs = [replacement, ctx.label_blob]
        else:
            first.blobs = [replacement]
    return names
