"""cs:group, cs:choose/if/else-if/else, cs:macro and cs:layout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citeproc import model

from cvbib.render.csl.blob import Blob
from cvbib.render.csl.data import DateValue
from cvbib.render.csl.nodes.base import Ctx, Node
from cvbib.render.csl.numbers import is_numeric

if TYPE_CHECKING:
    from cvbib.render.csl.style import CompiledStyle

_TESTS = ("type", "variable", "is-numeric", "is-uncertain-date", "locator", "position",
          "disambiguate")  # fmt: skip


class Group(Node, model.Group):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        blob = self.level(ctx)
        ctx.open_group()
        try:
            self.render_kids(ctx, blob)
        finally:
            keep = ctx.close_group()
        if keep and blob.blobs:
            out.append(blob)


class Macro(Node, model.Macro):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:  # pragma: no cover - via cs:text
        raise AssertionError("cs:macro renders through cs:text")


class Choose(Node, model.Choose):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        for branch in self.kids:
            if isinstance(branch, If) and not branch.test(ctx):
                continue
            ctx.decor_stack.append([])
            try:
                for kid in branch.kids:
                    kid.render(ctx, out)
            finally:
                ctx.decor_stack.pop()
            return


class If(Node, model.If):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.match = el.get("match", "all")
        self.checks = [
            (name, value)
            for name in _TESTS
            if el.get(name) is not None
            for value in el.get(name).split()
        ]

    def test(self, ctx: Ctx) -> bool:
        # short-circuits: conditions have no side effects, and this runs for every branch
        # of every cs:choose of every entry (the hottest loop of a render)
        checks = self.checks
        if self.match == "any":
            return any(_condition(ctx, name, value) for name, value in checks)
        if self.match == "none":
            return not any(_condition(ctx, name, value) for name, value in checks)
        return all(_condition(ctx, name, value) for name, value in checks)

    def render(self, ctx: Ctx, out: list[Blob]) -> None:  # pragma: no cover - via cs:choose
        raise AssertionError("cs:if renders through cs:choose")


class ElseIf(If, model.Else_If):
    pass


class Else(Node, model.Else):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:  # pragma: no cover - via cs:choose
        raise AssertionError("cs:else renders through cs:choose")


def _condition(ctx: Ctx, name: str, value: str) -> bool:
    item = ctx.item
    if name == "type":
        return item.type == value
    if name == "variable":
        if value in ("citation-number", "year-suffix"):
            return value == "citation-number" or ctx.ambig.year_suffix is not None
        # citeproc-js tests the item itself: a variable used up by cs:substitute still counts
        found = item.vars.get(value)
        if isinstance(found, DateValue):
            return bool(found.year or found.literal or found.month or found.season)
        return found not in (None, "", [])
    if name == "is-numeric":
        found = item.vars.get(value)
        return isinstance(found, str) and is_numeric(found)
    if name == "is-uncertain-date":
        found = item.vars.get(value)
        return isinstance(found, DateValue) and found.circa
    if name == "position":
        # bibliographies have no positions; a cite rendered for disambiguation is a first cite
        return ctx.area == "citation" and value == "first"
    if name == "disambiguate":
        if value != "true":
            return not ctx.ambig.disambiguate
        # citeproc-js turns on the conditions one by one, as many as the settings allow
        if ctx.area != "bibliography":
            ctx.disambiguate_max += 1
        if ctx.disambiguate_count < ctx.ambig.disambiguate:
            ctx.disambiguate_count += 1
            return True
        return False
    return False  # locator: no locators in bibliographies


class Layout(Node, model.Layout):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        out.append(self.render_entry(ctx))

    def render_entry(self, ctx: Ctx, second_field_align: bool = False) -> Blob:
        """The entry tree: layout decorations outside, a level holding the children."""
        entry = Blob([], decorations=list(self.decorations))
        layout = Blob([])
        ctx.decor_stack.append(entry.decorations)
        try:
            kids: list[Blob] = layout.blobs  # type: ignore[assignment]
            if second_field_align:
                # citeproc-js: the first top-level rendering element is the left column
                first: list[Blob] = []
                rest: list[Blob] = []
                for i, kid in enumerate(_top_level(ctx, self.kids)):
                    kid.render(ctx, first if i == 0 else rest)
                kids.append(Blob(first, decorations=[("@display", "left-margin")]))
                kids.append(Blob(rest, decorations=[("@display", "right-inline")]))
            else:
                for kid in self.kids:
                    kid.render(ctx, kids)
        finally:
            ctx.decor_stack.pop()
        if ctx.style.using_display and kids and kids[-1].blobs:
            kids[-1].suffix = self.suffix
        else:
            layout.suffix = self.suffix
        if kids:
            kids[0].prefix = self.prefix + kids[0].prefix
        entry.blobs = [layout]
        return entry


def _top_level(ctx: Ctx, kids: list[Any]) -> list[Any]:
    """Rendering elements at nesting level 0, looking through cs:choose branches."""
    out: list[Any] = []
    for kid in kids:
        if isinstance(kid, Choose):
            for branch in kid.kids:
                if isinstance(branch, If) and not branch.test(ctx):
                    continue
                out.extend(_top_level(ctx, branch.kids))
                break
        else:
            out.append(kid)
    return out
