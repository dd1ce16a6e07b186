"""cs:sort for bibliographies, with citeproc-js's key strings and comparison.

citeproc-py compares sort keys as plain lowercased strings; citeproc-js renders name
keys as "family|given", date keys as zero-padded numbers, strips a leading article and
compares with ICU (accents and punctuation ignored, numbers by value). The order
matters beyond looks: it decides citation numbers, year suffixes (2020a/2020b) and
which entries get "———" in MLA.
"""

from __future__ import annotations

import re
from functools import cmp_to_key
from typing import TYPE_CHECKING, Any

from cvbib.render.csl.blob import Blob
from cvbib.render.csl.collate import sort_key
from cvbib.render.csl.data import DATE_VARIABLES, NAME_VARIABLES, DateValue, Item
from cvbib.render.csl.names_util import normalize_name
from cvbib.render.csl.nodes.base import CS, Ctx
from cvbib.render.csl.sortkeys import date_key, pad

if TYPE_CHECKING:
    from cvbib.render.csl.style import CompiledStyle

_ARTICLE = re.compile(r"^(([aA]|[aA][nN]|[tT][hH][eE])\s+)")
NUMERIC_VARIABLES = frozenset(
    [
        "chapter-number",
        "collection-number",
        "edition",
        "issue",
        "locator",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "volume",
        "citation-number",
        "page",
    ]
)


class SortKey:
    def __init__(self, el: Any, style: CompiledStyle) -> None:
        self.variable = el.get("variable")
        self.macro = style.macro(el.get("macro")) if el.get("macro") else None
        self.descending = el.get("sort", "ascending") == "descending"
        self.options = {
            k: el.get(k)
            for k in ("names-min", "names-use-first", "names-use-last")
            if el.get(k) is not None
        }
        self.style = style

    def value(self, item: Item) -> str | None:
        key = self._raw(item)
        if key:
            key = _ARTICLE.sub("", key, count=1)
        return key or None

    def _raw(self, item: Item) -> str:
        if self.macro is not None:
            ctx = Ctx(self.style, item, "bibliography", sort_options=dict(self.options))
            blob = Blob([])
            if self.macro.has_date:
                ctx.sort_date_only = True
            self.macro.render_kids(ctx, blob)
            text = _plain(blob)
            return (text.replace(" ", "|") + "|") if text else ""
        variable = self.variable
        value = item.vars.get(variable)
        if value is None:
            return ""
        if variable in NAME_VARIABLES:
            text = self._names(value)
        elif variable in DATE_VARIABLES:
            text = date_key(value) if isinstance(value, DateValue) else ""
        elif variable in NUMERIC_VARIABLES:
            text = pad(str(value))
        else:
            text = str(value)
        return (text.replace(" ", "|") + "|") if text else ""

    def _names(self, names: list[dict[str, Any]]) -> str:
        area = self.style.area_attrs("bibliography")
        root = self.style.root_attrs

        def opt(key: str, sort_key_name: str) -> str | None:
            if sort_key_name in self.options:
                return self.options[sort_key_name]
            return area.get(key, root.get(key))

        etal_min, use_first = (
            opt("et-al-min", "names-min"),
            opt("et-al-use-first", "names-use-first"),
        )
        if etal_min and use_first and len(names) >= int(etal_min):
            names = names[: int(use_first)]
        out = []
        for raw in names:
            name = normalize_name(raw)
            if name.get("literal") and not name.get("family"):
                out.append(str(name["literal"]))
                continue
            family = str(name.get("family") or "")
            given = str(name.get("given") or "")
            dp = str(name.get("dropping-particle") or "").replace("'", "").replace("\u2019", "")
            ndp = (
                str(name.get("non-dropping-particle") or "").replace("'", "").replace("\u2019", "")
            )
            suffix = str(name.get("suffix") or "")
            if self.style.demote_ndp == "never":
                head = " ".join(p for p in (ndp, family) if p)
                head = " ".join(p for p in (head, dp) if p)
                text = "|".join(p for p in (head, given) if p)
            else:
                second = " ".join(p for p in (given, dp, ndp) if p)
                text = "|".join(p for p in (family, second) if p)
            out.append(" ".join(p for p in (text, suffix) if p))
        return ", ".join(out)


def _plain(blob: Blob) -> str:
    if isinstance(blob.blobs, str):
        text = blob.blobs
    else:
        text = blob.delimiter.join(p for p in (_plain(b) for b in blob.blobs) if p)
    return blob.prefix + text + blob.suffix if text else ""


def sort_keys(style: CompiledStyle) -> list[SortKey]:
    if style.bibliography is None:
        return []
    sort = style.bibliography.find(f"{CS}sort")
    if sort is None:
        return []
    return [SortKey(k, style) for k in sort.findall(f"{CS}key")]


def sort_items(style: CompiledStyle, items: list[Item]) -> list[Item]:
    """Items in the style's bibliography order (input order when the style has no cs:sort)."""
    keys = sort_keys(style)
    if not keys:
        return list(items)
    values = {item.index: [k.value(item) for k in keys] for item in items}

    def cmp(a: Item, b: Item) -> int:
        va, vb = values[a.index], values[b.index]
        for key, x, y in zip(keys, va, vb, strict=True):
            if x == y:
                continue
            before, after = (1, -1) if key.descending else (-1, 1)
            if x is None:  # citeproc-js puts missing keys last in either direction
                return 1
            if y is None:
                return -1
            kx, ky = sort_key(x), sort_key(y)
            if kx != ky:
                return after if kx > ky else before
        return (a.index > b.index) - (a.index < b.index)

    return sorted(items, key=cmp_to_key(cmp))
