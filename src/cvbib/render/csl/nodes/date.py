"""cs:date and cs:date-part (localized forms merged the way citeproc-js ``fixDateNode`` does)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from citeproc import model

from cvbib.render.csl.blob import Blob, Decoration
from cvbib.render.csl.data import DateValue
from cvbib.render.csl.nodes.base import CS, Ctx, Node, note_variables
from cvbib.render.csl.nodes.text import year_suffix_letters
from cvbib.render.csl.sortkeys import date_key

if TYPE_CHECKING:
    from cvbib.render.csl.style import CompiledStyle

_ORDER = ("year", "month", "day")
_FORMAT_ATTRS = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


@dataclass
class PartSpec:
    """One date part with its final attributes (after locale/style merging)."""

    name: str
    attrs: dict[str, str]
    decorations: list[Decoration] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.decorations = [(f"@{a}", self.attrs[a]) for a in _FORMAT_ATTRS if a in self.attrs]

    @property
    def prefix(self) -> str:
        return self.attrs.get("prefix", "")

    @property
    def suffix(self) -> str:
        return self.attrs.get("suffix", "")


class DatePart(Node, model.Date_Part):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:  # pragma: no cover - via Date
        raise AssertionError("cs:date-part renders through cs:date")


class Date(Node, model.Date):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.variable = el.get("variable", "")
        self.form = el.get("form")
        wanted = el.get("date-parts", "year-month-day").split("-")
        own = {p.get("name"): dict(p.attrib) for p in el.findall(f"{CS}date-part")}
        self.localized = False
        if self.form and self.form in style.locale.dates:
            self.localized = True
            template = style.locale.dates[self.form]
            parts = []
            for p in template.findall(f"{CS}date-part"):
                name = p.get("name")
                if name not in wanted:
                    continue
                attrs = dict(p.attrib)
                attrs.update(own.get(name, {}))
                parts.append(PartSpec(name, attrs))
            self.parts = parts
            self.delimiter = template.get("delimiter", "")
            self.decorations = [d for d in self.decorations if d[0] == "@display"]
            self.text_case = ""
        else:
            self.parts = [
                PartSpec(str(p.get("name")), dict(p.attrib)) for p in el.findall(f"{CS}date-part")
            ]
        self.part_names = [p.name for p in self.parts]

    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        live = note_variables(ctx, [self.variable])
        date = ctx.item.vars.get(self.variable) if live else None
        if not isinstance(date, DateValue) or not self._has_parts(date):
            ctx.tip.variable_attempt = True
            return
        ctx.tip.variable_success = True
        if ctx.sorting:  # dates sort by a numeric key, whatever their display form
            out.append(Blob(date_key(date, self.part_names)))
            return
        level = Blob([], self.prefix, self.suffix, self.delimiter, list(self.decorations))
        ctx.decor_stack.append(level.decorations)
        try:
            assert isinstance(level.blobs, list)
            if date.has_end and not date.literal:
                self._render_range(ctx, date, level.blobs)
            else:
                self._render_parts(ctx, date, level.blobs, self.parts, end=False)
        finally:
            ctx.decor_stack.pop()
        if level.blobs:
            ctx.term_predecessor = True
            out.append(level)

    def _has_parts(self, date: DateValue) -> bool:
        if date.literal:
            return True
        return any(date.part(p) for p in self.part_names if p in _ORDER) or bool(
            "month" in self.part_names and date.season
        )

    def _render_parts(
        self, ctx: Ctx, date: DateValue, out: list[Blob], parts: list[PartSpec], end: bool
    ) -> None:
        for part in parts:
            if date.literal and not date.year:
                if part.name == "year":
                    blob = ctx.text_blob(date.literal, _styled(part))
                    if blob is not None:
                        out.append(Blob([blob]))
                continue
            text = self._value(ctx, date, part, end)
            if text:
                blob = ctx.text_blob(text, _styled(part))
                if blob is not None:
                    out.append(Blob([blob]))
            if part.name == "year" and text and not end:
                self._year_suffix(ctx, part, out)

    def _year_suffix(self, ctx: Ctx, part: PartSpec, out: list[Blob]) -> None:
        suffix = ctx.ambig.year_suffix
        if suffix is None or ctx.year_suffix_done or ctx.style.explicit_year_suffix:
            return
        if ctx.ambiguity or ctx.sorting:
            return
        ctx.year_suffix_done = True
        blob = Blob(
            year_suffix_letters(suffix),
            part.prefix,
            part.suffix,
            "",
            list(part.decorations),
            num=suffix,
        )
        out.append(blob)

    def _value(self, ctx: Ctx, date: DateValue, part: PartSpec, end: bool) -> str:
        locale = ctx.style.locale
        form = part.attrs.get("form", "long" if part.name != "day" else "numeric")
        if part.name == "year":
            year = int(date.part("year", end) or 0)
            if not year:
                return ""
            if form == "short":
                return str(year)[-2:]
            if year < 0:
                return f"{-year}{locale.term('bc')}"
            if year < 500:
                return f"{year}{locale.term('ad')}"
            return str(year)
        if part.name == "month":
            month = int(date.part("month", end) or 0)
            if not month:
                season = date.part("season", end)
                if isinstance(season, int) and 1 <= season <= 4:
                    return locale.term(f"season-0{season}")
                return str(season) if season else ""
            if form == "numeric":
                text = str(month)
            elif form == "numeric-leading-zeros":
                text = f"{month:02d}"
            else:
                text = locale.term(f"month-{month:02d}", "short" if form == "short" else "long")
            if part.attrs.get("strip-periods") == "true":
                text = text.replace(".", "")
            return text
        day = int(date.part("day", end) or 0)
        if not day:
            return ""
        if form == "numeric-leading-zeros":
            return f"{day:02d}"
        if form == "ordinal":
            if locale.options.get("limit-day-ordinals-to-day-1") == "true" and day != 1:
                return str(day)
            return locale.ordinal(day)
        return str(day)

    def _render_range(self, ctx: Ctx, date: DateValue, out: list[Blob]) -> None:
        # collapse on the largest part that differs (2010-2012; May 3-5, 2010)
        differ = next(
            (p for p in _ORDER if date.part(p) != date.part(p, True) and p in self.part_names),
            None,
        )
        if differ is None:
            self._render_parts(ctx, date, out, self.parts, end=False)
            return
        idx = _ORDER.index(differ)
        varying = {p for p in _ORDER[idx:]}
        start = [p for p in self.parts if p.name in varying]
        rest = [p for p in self.parts if p.name not in varying]
        if not start:
            self._render_parts(ctx, date, out, self.parts, end=False)
            return
        first: list[Blob] = []
        last: list[Blob] = []
        self._render_parts(ctx, date, first, start, end=False)
        self._render_parts(ctx, date, last, start, end=True)
        if first and last:
            first[-1].blobs[-1].suffix = ""  # type: ignore[union-attr]
            last[0].blobs[0].prefix = ""  # type: ignore[union-attr]
        delimiter = next((p.attrs.get("range-delimiter") for p in start if p.name == differ), None)
        dash = Blob(delimiter or "\u2013")
        group = Blob([*first, dash, *last]) if last else Blob(first)
        # unchanged parts keep their place relative to the range
        head = [p for p in rest if self.part_names.index(p.name) < self.part_names.index(differ)]
        tail = [p for p in rest if p not in head]
        self._render_parts(ctx, date, out, head, end=False)
        out.append(group)
        self._render_parts(ctx, date, out, tail, end=False)


def _styled(part: PartSpec) -> Node:
    node = Node()
    node.prefix = part.prefix
    node.suffix = part.suffix
    node.decorations = list(part.decorations)
    node.text_case = part.attrs.get("text-case", "")
    node.strip_periods = False
    return node
