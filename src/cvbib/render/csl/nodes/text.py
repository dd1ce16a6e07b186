"""cs:text, cs:number and cs:label."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citeproc import model

from cvbib.render.csl import textcase
from cvbib.render.csl.blob import Blob
from cvbib.render.csl.nodes.base import Ctx, Node, note_variables, variable_present
from cvbib.render.csl.numbers import collapsible, is_numeric, render_number, split_number

if TYPE_CHECKING:
    from cvbib.render.csl.style import CompiledStyle

NUMERIC_TEXT_VARIABLES = frozenset(
    [
        "page",
        "page-first",
        "chapter-number",
        "collection-number",
        "edition",
        "issue",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "volume",
    ]
)
_SUFFIX_CHARS = "abcdefghijklmnopqrstuvwxyz"


def year_suffix_letters(index: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa (citeproc-js Suffixator)."""
    out = ""
    index += 1
    while index > 0:
        index, rem = divmod(index - 1, 26)
        out = _SUFFIX_CHARS[rem] + out
    return out


def number_blob(ctx: Ctx, node: Node, variable: str, form: str = "numeric") -> Blob | None:
    """A numeric variable as citeproc-js outputs it: a level holding the formatted number."""
    value = ctx.item.vars.get(variable)
    if not isinstance(value, str) or not value:
        return None
    range_format = ctx.style.page_range_format if variable == "page" else None
    text, numeric = render_number(value, variable, form, ctx.style.locale, range_format)
    if not text:
        return None
    master = Blob([], node.prefix, node.suffix, "", list(node.decorations))
    ctx.decor_stack.append(master.decorations)
    leaf = ctx.text_blob(text)
    ctx.decor_stack.pop()
    if leaf is None:
        return None
    if node.text_case and isinstance(leaf.blobs, str):
        leaf.blobs = textcase.apply(node.text_case, leaf.blobs)
    if numeric and isinstance(leaf.blobs, str) and text[:1].isdigit():
        leaf.num = 0  # marks a number: punctuation is never merged into it
    master.blobs = [leaf]
    return master


class Text(Node, model.Text):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.variable = el.get("variable", "")
        self.macro_name = el.get("macro", "")
        self.term_name = el.get("term", "")
        self.value = el.get("value")
        self.form = el.get("form", "long")
        self.plural = el.get("plural") == "true"
        self.macro = style.macro(self.macro_name) if self.macro_name else None
        # the same formatting without title case, for variables in other languages
        self.untitled: Node = self
        if self.text_case == "title":
            self.untitled = Node()
            self.untitled.prefix, self.untitled.suffix = self.prefix, self.suffix
            self.untitled.decorations = self.decorations
            self.untitled.strip_periods = self.strip_periods

    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        if self.macro is not None:
            self._render_macro(ctx, out)
        elif self.variable:
            self._render_variable(ctx, out)
        elif self.term_name:
            self._render_term(ctx, out)
        elif self.value is not None:
            ctx.tip.term_intended = True
            blob = ctx.text_blob(self.value, self)
            if blob is not None:
                out.append(blob)

    def _render_macro(self, ctx: Ctx, out: list[Blob]) -> None:
        assert self.macro is not None
        outer = self.level(ctx, "")
        ctx.decor_stack.append(outer.decorations)
        ctx.open_group()  # citeproc-js renders every macro call as a real group
        inner = Blob([])
        date_macro = ctx.sorting and self.macro.has_date
        if date_macro:
            ctx.sort_date_only = True
        try:
            self.macro.render_kids(ctx, inner)
        finally:
            if date_macro:
                ctx.sort_date_only = False  # reset, not restored (as citeproc-js)
            keep = ctx.close_group()
            ctx.decor_stack.pop()
        if keep and inner.blobs:
            outer.blobs = [inner]
            out.append(outer)

    def _render_variable(self, ctx: Ctx, out: list[Blob]) -> None:
        variable = self.variable
        live = note_variables(ctx, [variable])
        if not live:
            ctx.tip.variable_attempt = True
            return
        if variable == "citation-number":
            ctx.tip.variable_success = True
            blob = ctx.text_blob(str(ctx.number), self)
            if blob is not None:
                blob.num = ctx.number
                out.append(blob)
            return
        if variable == "year-suffix":
            ctx.tip.variable_success = True
            if ctx.ambig.year_suffix is not None and not ctx.sorting:
                ctx.year_suffix_done = True
                blob = ctx.text_blob(year_suffix_letters(ctx.ambig.year_suffix), self)
                if blob is not None:
                    out.append(blob)
            return
        # form="short" renders "container-title-short" even without a "container-title"
        short = ctx.item.vars.get(f"{variable}-short") if self.form == "short" else None
        if not short and not variable_present(ctx, variable):
            ctx.tip.variable_attempt = True
            return
        ctx.tip.variable_success = True
        if variable in NUMERIC_TEXT_VARIABLES:
            blob = number_blob(ctx, self, variable)
            if blob is not None:
                ctx.term_predecessor = True
                out.append(blob)
            return
        value = short or ctx.item.vars[variable]
        if ctx.rendered_names is not None and ctx.sub_ok and ctx.names_top is None:
            ctx.rendered_names.append(value)
        node = self if ctx.english else self.untitled
        blob = ctx.text_blob(value.replace("\\", ""), node)
        if blob is not None:
            out.append(blob)

    def _render_term(self, ctx: Ctx, out: list[Blob]) -> None:
        text = ctx.style.locale.term(self.term_name, self.form, self.plural)
        if text:
            ctx.tip.term_intended = True
        if not ctx.term_predecessor and not (ctx.style.in_text and ctx.area == "citation"):
            text = textcase.apply("capitalize-first", text)
        if self.strip_periods:
            text = text.replace(".", "")
        blob = ctx.text_blob(text, self)
        if blob is not None:
            out.append(blob)


class Number(Node, model.Number):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.variable = el.get("variable", "")
        self.form = el.get("form", "numeric")

    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        if not note_variables(ctx, [self.variable]) or not variable_present(ctx, self.variable):
            ctx.tip.variable_attempt = True
            return
        ctx.tip.variable_success = True
        blob = number_blob(ctx, self, self.variable, self.form)
        if blob is not None:
            ctx.term_predecessor = True
            out.append(blob)


def is_plural(ctx: Ctx, variable: str) -> bool:
    """citeproc-js label plurality: several collapsible numbers, or number-of-* > 1."""
    value = ctx.item.vars.get(variable)
    if not isinstance(value, str) or not value:
        return False
    if variable.startswith("number-of-"):
        try:
            return int(value) > 1
        except ValueError:
            return False
    parts = split_number(value)
    return len(parts) > 1 and is_numeric(value) and collapsible(parts)


class Label(Node, model.Label):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.variable = el.get("variable", "")
        self.form = el.get("form", "long")
        self.plural_mode = el.get("plural", "contextual")

    def term_text(self, ctx: Ctx, term: str, plural: bool) -> str:
        if self.plural_mode == "always":
            plural = True
        elif self.plural_mode == "never":
            plural = False
        text = ctx.style.locale.term(term, self.form, plural)
        if self.strip_periods:
            text = text.replace(".", "")
        return text

    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        # a label outside cs:names (names labels are rendered by cs:names)
        variable = self.variable
        # a label never uses up its variable, not even inside cs:substitute
        if variable not in ctx.done_vars and variable_present(ctx, variable):
            ctx.tip.variable_success = True
        else:
            ctx.tip.variable_attempt = True
        text = self.term_text(
            ctx, "page" if variable == "locator" else variable, is_plural(ctx, variable)
        )
        if text:
            ctx.tip.term_intended = True
        blob = ctx.text_blob(text, self)
        if blob is not None:
            out.append(blob)
