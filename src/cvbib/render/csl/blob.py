"""The output tree of one rendered entry, shaped like citeproc-js's output queue.

citeproc-js does not build strings while it walks a style: every element leaves a
*blob* (prefix, suffix, delimiter, decorations, and either text or child blobs), and
punctuation is repaired on that tree before it is flattened. citeproc-py builds strings
directly, which is why it cannot reproduce the reference output (``Title,”`` vs
``Title”,``). We keep the tree so :mod:`cvbib.render.csl.adjust` can do the same repairs.
"""

from __future__ import annotations

from cvbib.render.markup import wrap

Decoration = tuple[str, str]

# CSL decoration -> markup mark; "normal" values only matter inside a non-normal parent.
_MARK_OF: dict[Decoration, str] = {
    ("@font-style", "italic"): "italic",
    ("@font-style", "oblique"): "italic",
    ("@font-style", "normal"): "roman",
    ("@font-weight", "bold"): "bold",
    ("@font-weight", "normal"): "unbold",
    ("@font-variant", "small-caps"): "smallcaps",
    ("@font-variant", "normal"): "nosmallcaps",
    ("@text-decoration", "underline"): "underline",
    ("@vertical-align", "sup"): "sup",
    ("@vertical-align", "sub"): "sub",
    ("@display", "left-margin"): "label",
    ("@display", "block"): "block",
    ("@display", "indent"): "block",
    ("@cvbib", "highlight"): "highlight",
}


class Blob:
    """One node of the output tree: ``blobs`` is text (a leaf) or a list of blobs."""

    __slots__ = ("alldecor", "blobs", "decorations", "delimiter", "num", "prefix", "suffix")

    def __init__(
        self,
        blobs: str | list[Blob] | None = None,
        prefix: str = "",
        suffix: str = "",
        delimiter: str = "",
        decorations: list[Decoration] | None = None,
        num: int | None = None,
    ) -> None:
        self.blobs: str | list[Blob] = [] if blobs is None else blobs
        self.prefix = prefix
        self.suffix = suffix
        self.delimiter = delimiter
        self.decorations: list[Decoration] = decorations if decorations is not None else []
        self.num = num  # set on citation numbers and year suffixes (never merged with punctuation)
        self.alldecor: list[list[Decoration]] = [self.decorations]

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Blob({self.prefix!r}, {self.blobs!r}, {self.suffix!r}, {self.decorations})"

    def is_empty(self) -> bool:
        return not self.blobs


def purge_empty(parent: Blob) -> None:
    """Drop children that rendered nothing (bottom-up), as citeproc-js does before adjusting."""
    if isinstance(parent.blobs, str) or not parent.blobs:
        return
    kept = []
    for child in parent.blobs:
        purge_empty(child)
        if child.blobs:
            kept.append(child)
    parent.blobs = kept


class Flattener:
    """Blob tree -> marked text; quotes come from the locale, other decorations become marks."""

    def __init__(self, quotes: tuple[str, str, str, str]) -> None:
        self.open_quote, self.close_quote, self.open_inner, self.close_inner = quotes

    def flatten(self, blob: Blob) -> str:
        return self._flatten(blob, {})

    def _flatten(self, blob: Blob, active: dict[str, str]) -> str:
        inner = dict(active)
        for attr, value in blob.decorations:
            inner[attr] = value
        if isinstance(blob.blobs, str):
            text = blob.blobs
        else:
            parts = [self._flatten(child, inner) for child in blob.blobs]
            text = blob.delimiter.join(p for p in parts if p)
        if not text:
            return ""
        return blob.prefix + self._decorate(blob.decorations, text, active) + blob.suffix

    def _decorate(self, decorations: list[Decoration], text: str, active: dict[str, str]) -> str:
        for deco in decorations:
            attr, value = deco
            if attr == "@quotes":
                if value == "true":
                    text = self.open_quote + text + self.close_quote
                elif value == "inner":
                    text = self.open_inner + text + self.close_inner
                continue
            mark = _MARK_OF.get(deco)
            if mark is None:
                continue
            # a "normal" decoration is only meaningful inside its non-normal counterpart
            if value == "normal" and active.get(attr, "normal") == "normal":
                continue
            text = wrap(mark, text)
        return text
