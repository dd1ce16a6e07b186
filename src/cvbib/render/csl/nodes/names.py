"""cs:names, cs:name, cs:name-part, cs:et-al and cs:substitute (citeproc-js NameOutput)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from citeproc import model

from cvbib.render.csl.blob import Blob
from cvbib.render.csl.names_util import ROMAN_ANY, ROMAN_START, initialize_with, normalize_name
from cvbib.render.csl.nodes.base import Ctx, Node, note_variables
from cvbib.render.csl.nodes.control import Choose, If
from cvbib.render.csl.nodes.text import Label, is_plural

if TYPE_CHECKING:
    from cvbib.render.csl.style import CompiledStyle

_DEFAULTS: dict[str, Any] = {
    "and": None,
    "delimiter-precedes-et-al": "contextual",
    "delimiter-precedes-last": "contextual",
    "et-al-min": None,
    "et-al-use-first": None,
    "et-al-use-last": "false",
    "initialize": "true",
    "initialize-with": None,
    "name-as-sort-order": None,
    "sort-separator": ", ",
}


def _join(
    ctx: Ctx, blobs: list[Blob | None], delimiter: str, final: Blob | None = None
) -> Blob | None:
    """citeproc-js ``NameOutput._join``: delimit, insert the final "and", wrap in a level."""
    items = [b for b in blobs if b is not None and b.blobs]
    if not items:
        return None
    if len(items) == 2:
        if final is None:
            items[0].suffix += delimiter
        else:
            items = [items[0], final, items[1]]
    elif len(items) > 2:
        last = items.pop()
        for b in items[: len(items) - (1 if final is not None else 0)]:
            b.suffix += delimiter
        if final is not None:
            items.append(final)
        items.append(last)
    return Blob(items)


def _candidates(ctx: Ctx, kids: list[Any]) -> Iterator[Any]:
    """The rendering elements of a cs:substitute in order, looking through cs:choose.

    citeproc-js stops at the first element that renders even inside a cs:choose branch
    (chicago's ``<names variable="editor"/><names variable="translator"/>`` in one branch
    gives the editors only). Lazy: a branch is chosen only when reached, after the
    variables of earlier elements have been used up.
    """
    for kid in kids:
        if isinstance(kid, Choose):
            for branch in kid.kids:
                if isinstance(branch, If) and not branch.test(ctx):
                    continue
                yield from _candidates(ctx, branch.kids)
                break
        else:
            yield kid


class NamePart(Node, model.Name_Part):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        self.part = self.get("name", "")  # type: ignore[attr-defined]


class EtAl(Node, model.Et_Al):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        self.term = self.get("term", "et-al")  # type: ignore[attr-defined]


class Name(Node, model.Name):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.attrs = dict(el.attrib)
        self.parts = {k.part: k for k in self.kids if isinstance(k, NamePart)}
        self._cache: dict[str, dict[str, Any]] = {}

    def options(self, ctx: Ctx) -> dict[str, Any]:
        """Inherited name options for the current area (own, then area, then style)."""
        area = "citation" if ctx.area == "citation" else "bibliography"
        cached = self._cache.get(area)
        if cached is None:
            cached = {}
            scopes = [self.attrs, ctx.style.area_attrs(area), ctx.style.root_attrs]
            for key, default in _DEFAULTS.items():
                cached[key] = next((s[key] for s in scopes if key in s), default)
            # cs:name's delimiter and form are inherited as name-delimiter and name-form
            for key, inherited, default in (
                ("delimiter", "name-delimiter", ", "),
                ("form", "name-form", "long"),
            ):
                own = self.attrs.get(key)
                cached[key] = (
                    own
                    if own is not None
                    else next(
                        (s[inherited] for s in scopes[1:] if s.get(inherited) is not None), default
                    )
                )
            self._cache[area] = cached
        return cached


class Substitute(Node, model.Substitute):
    def render(self, ctx: Ctx, out: list[Blob]) -> None:  # pragma: no cover - via Names
        raise AssertionError("cs:substitute renders through cs:names")


class Names(Node, model.Names):
    def prepare(self, style: CompiledStyle) -> None:
        super().prepare(style)
        el: Any = self
        self.variables = el.get("variable", "").split()
        self.own_delimiter = el.get("delimiter")
        self.name_node: Name | None = next((k for k in self.kids if isinstance(k, Name)), None)
        self.etal_node: EtAl | None = next((k for k in self.kids if isinstance(k, EtAl)), None)
        self.label_node: Label | None = next((k for k in self.kids if isinstance(k, Label)), None)
        self.label_before = False
        if self.label_node is not None and self.name_node is not None:
            self.label_before = self.kids.index(self.label_node) < self.kids.index(self.name_node)
        self.substitute: Substitute | None = next(
            (k for k in self.kids if isinstance(k, Substitute)), None
        )
        self.default_name: Name | None = None

    def render(self, ctx: Ctx, out: list[Blob], parent: Names | None = None) -> None:
        ctx.tip.variable_attempt = True
        # in cs:substitute a bare <names variable="..."/> borrows its parent's children, also
        # inside a cs:choose or macro there (citeproc-js expands both when building)
        inherit = parent if parent is not None else ctx.substituting
        source = self if (inherit is None or self.name_node is not None or self.kids) else inherit
        live = note_variables(ctx, self.variables)
        lists = [(v, ctx.item.vars[v]) for v in live if isinstance(ctx.item.vars.get(v), list)]
        if (
            len(lists) == 2
            and {lists[0][0], lists[1][0]} == {"editor", "translator"}
            and lists[0][1] == lists[1][1]
            and ctx.style.locale.has("editortranslator")
        ):
            lists = [("editortranslator", lists[0][1])]
        if not lists:
            if self.substitute is not None and parent is None:
                self._substitute(ctx, out)
            return
        first_names = ctx.sub_ok and ctx.names_top is None and ctx.area == "bibliography"
        if first_names:
            ctx.rendered_names = []
        name_node = source.name_node if source.name_node is not None else ctx.style.default_name
        var_blobs = []
        for variable, names in lists:
            blob = self._render_list(ctx, source, name_node, variable, names)
            if blob is not None:
                var_blobs.append(blob)
        if not var_blobs or ctx.sort_date_only:
            return
        delimiter = self.own_delimiter
        if delimiter is None:
            area = "citation" if ctx.area == "citation" else "bibliography"
            delimiter = ctx.style.area_attrs(area).get(
                "names-delimiter", ctx.style.root_attrs.get("names-delimiter", "")
            )
        top = Blob(var_blobs, "", "", delimiter)
        wrapper = Blob([top], self.prefix, self.suffix, "", list(self.decorations))
        ctx.term_predecessor = True
        out.append(wrapper)
        if first_names and not ctx.sorting:
            ctx.names_top = top
            ctx.sub_ok = False
            # compare only what the first cs:names rendered (citeproc-js substituteEnd)
            ctx.first_names = ",".join(ctx.rendered_names or [])
            # names found further down a cs:substitute (editors for a missing author) are
            # neither replaced by "———" nor compared with the next entry (as citeproc-js)
            ctx.first_names_substituted = ctx.substituting is not None and ctx.substitute_index > 0
            ctx.rendered_names = None

    def _substitute(self, ctx: Ctx, out: list[Blob]) -> None:
        assert self.substitute is not None
        outer_block = ctx.block_substitute
        outer_parent = ctx.substituting
        outer_index = ctx.substitute_index
        for index, child in enumerate(_candidates(ctx, self.substitute.kids)):
            trial: list[Blob] = []
            ctx.block_substitute = True
            ctx.substituting = self
            ctx.substitute_index = index
            try:
                if isinstance(child, Names):
                    child.render(ctx, trial, parent=self)
                else:
                    child.render(ctx, trial)
            finally:
                ctx.block_substitute = outer_block
                ctx.substituting = outer_parent
                ctx.substitute_index = outer_index
            if trial:
                wrapper = Blob(trial, self.prefix, self.suffix, "", list(self.decorations))
                out.append(wrapper)
                return

    # -- one name list -----------------------------------------------------------------
    def _render_list(
        self, ctx: Ctx, source: Names, name_node: Name, variable: str, names: list[dict[str, Any]]
    ) -> Blob | None:
        opts = name_node.options(ctx)
        pos = ctx.nameset
        ctx.nameset += 1
        count = len(names)
        while len(ctx.max_names) <= pos:
            ctx.max_names.append(0)
        ctx.max_names[pos] = count
        form = opts["form"]
        etal_min, etal_first, use_last = self._etal_settings(ctx, opts)
        shown = self._shown(ctx, pos, count, etal_min, etal_first, use_last)
        truncated = etal_min is not None and etal_first is not None and etal_min >= etal_first
        truncated = truncated and shown is not None and count > shown
        if truncated:
            assert shown is not None
            indices = list(range(shown)) + ([count - 1] if use_last else [])
        else:
            indices = list(range(count))
        while len(ctx.ambig.names) <= pos:
            ctx.ambig.names.append(0)
        ctx.ambig.names[pos] = len(indices)
        while len(ctx.ambig.givens) <= pos:
            ctx.ambig.givens.append([])
        if form == "count":
            ctx.tip.variable_success = True
            return ctx.text_blob(str(len(indices)), None, serious=False)
        # citeproc-js registers and evaluates every name, shown or not (NameReg)
        normalized = ctx.item.normalized_names(variable, normalize_name)
        levels = [self._given_level(ctx, opts, name, pos, i) for i, name in enumerate(normalized)]
        person_blobs = []
        for i in indices:
            name = normalized[i]
            if ctx.rendered_names is not None:
                ctx.rendered_names.append(
                    "".join(
                        str(name.get(k) or "")
                        for k in ("given", "non-dropping-particle", "family", "suffix", "literal")
                    )
                )
            person = self._render_person(ctx, name_node, opts, name, levels[i], i)
            if person is None:
                continue
            wrapped = Blob(
                [person], name_node.prefix, name_node.suffix, "", list(name_node.decorations)
            )
            if ctx.style.highlight is not None and ctx.style.highlight(names[i]):
                wrapped = Blob([wrapped], decorations=[("@cvbib", "highlight")])
            person_blobs.append(wrapped)
        ctx.tip.variable_success = True
        if not person_blobs:
            return None
        delimiter = opts["delimiter"]
        if truncated and not ctx.sorting and use_last:
            joined = self._join_ellipsis(ctx, person_blobs, delimiter)
        elif truncated and not ctx.sorting:
            joined = self._join_etal(ctx, source, name_node, person_blobs, delimiter)
        elif ctx.sorting:
            joined = _join(ctx, person_blobs, delimiter)
        else:
            last = normalized[indices[-1]]
            institution = bool(last.get("literal")) and not last.get("family")
            final = self._and_blob(ctx, opts, len(person_blobs), institution)
            joined = _join(ctx, person_blobs, delimiter, final)
        if joined is None:
            return None
        varblob = Blob([joined])
        label = source.label_node
        if label is not None and not ctx.sorting:
            term = variable
            plural = count > 1
            if label.plural_mode != "contextual":
                plural = label.plural_mode == "always"
            text = label.term_text(ctx, term, plural) if term else ""
            label_blob = ctx.text_blob(text, label, serious=False)
            if label_blob is not None:
                if source.label_before:
                    varblob = Blob([label_blob, varblob])
                else:
                    varblob = Blob([varblob, label_blob])
                    ctx.label_blob = label_blob
        return varblob

    def _etal_settings(self, ctx: Ctx, opts: dict[str, Any]) -> tuple[int | None, int | None, bool]:
        def num(value: Any) -> int | None:
            try:
                return int(value) if value not in (None, "") else None
            except (TypeError, ValueError):
                return None

        etal_min, first = num(opts["et-al-min"]), num(opts["et-al-use-first"])
        use_last = str(opts["et-al-use-last"]) == "true"
        so = ctx.sort_options
        if so:
            if so.get("names-min") is not None:
                etal_min = num(so["names-min"])
            if so.get("names-use-first") is not None:
                first = num(so["names-use-first"])
            if so.get("names-use-last") is not None:
                use_last = str(so["names-use-last"]) == "true"
        return etal_min, first, use_last

    def _shown(
        self,
        ctx: Ctx,
        pos: int,
        count: int,
        etal_min: int | None,
        etal_first: int | None,
        use_last: bool,
    ) -> int | None:
        """How many names to show (citeproc-js ``_imposeNameConstraints``)."""
        shown: int | None = etal_min
        requested = ctx.ambig.names[pos] if ctx.request and pos < len(ctx.ambig.names) else 0
        over_min = etal_min is not None and count >= etal_min
        if ctx.ambiguity or ctx.sorting:
            if requested:
                shown = requested
            elif over_min:
                shown = etal_first
        else:
            if etal_first is not None and requested > etal_first:
                shown = count if etal_min is not None and count < etal_min else requested
            elif over_min:
                shown = etal_first
            if use_last and shown is not None and etal_min is not None and shown > etal_min - 2:
                shown = etal_min - 2
        return shown

    def _and_blob(
        self, ctx: Ctx, opts: dict[str, Any], count: int, institution: bool = False
    ) -> Blob | None:
        if count < 2:
            return None
        delimiter = opts["delimiter"]
        mode = opts["and"]
        precedes = opts["delimiter-precedes-last"]
        if institution:
            # citeproc-js joins a trailing institution with its implicit cs:institution,
            # which inherits "and" and delimiter-precedes-last only from the style/area
            area = "citation" if ctx.area == "citation" else "bibliography"
            scopes = (ctx.style.area_attrs(area), ctx.style.root_attrs)
            mode = next((sc["and"] for sc in scopes if "and" in sc), mode)
            precedes = next(
                (sc["delimiter-precedes-last"] for sc in scopes if "delimiter-precedes-last" in sc),
                "contextual",
            )
        if mode == "text":
            term = ctx.style.locale.term("and")
        elif mode == "symbol":
            term = "&"
        else:
            return Blob(delimiter) if delimiter else None
        if ROMAN_START.match(term):
            single, multiple, suffix = " ", delimiter, " "
        else:
            single = multiple = suffix = ""
        if precedes == "always":
            single = delimiter
        elif precedes == "never":
            if multiple:
                multiple = " "
        elif precedes == "after-inverted-name":
            if single:
                single = delimiter
            if multiple:
                multiple = " "
        prefix = single if count == 2 else multiple
        blob = ctx.text_blob(term, None, serious=False)
        if blob is None:
            return None
        blob.prefix = prefix
        blob.suffix = suffix
        return blob

    def _join_etal(
        self, ctx: Ctx, source: Names, name_node: Name, blobs: list[Blob], delimiter: str
    ) -> Blob | None:
        opts = name_node.options(ctx)
        joined = _join(ctx, blobs, delimiter)
        etal_node = source.etal_node
        term = ctx.style.locale.term(etal_node.term if etal_node is not None else "et-al")
        single, multiple = " ", delimiter
        precedes = opts["delimiter-precedes-et-al"]
        if precedes == "always":
            single = delimiter
        elif precedes == "never":
            multiple = " "
        elif precedes == "after-inverted-name":
            single, multiple = delimiter, " "
        if not ROMAN_START.match(term):
            single = "" if single == " " else single
            multiple = "" if multiple == " " else multiple
        etal = ctx.text_blob(term, etal_node, serious=False)
        level = Blob([], name_node.prefix, name_node.suffix, "", list(name_node.decorations))
        if joined is not None:
            assert isinstance(level.blobs, list)
            level.blobs.append(joined)
        if etal is not None:
            etal.prefix = multiple if len(blobs) > 1 else single
            etal.suffix = ""
            assert isinstance(level.blobs, list)
            level.blobs.append(etal)
        return level

    def _join_ellipsis(self, ctx: Ctx, blobs: list[Blob], delimiter: str) -> Blob | None:
        final = Blob("\u2026", " " if len(blobs) == 2 else delimiter, " ")
        return _join(ctx, blobs, delimiter, final)

    # -- one person --------------------------------------------------------------------
    def _part_blob(self, ctx: Ctx, text: str | None, part: NamePart | None) -> Blob | None:
        if not text:
            return None
        if part is not None:
            if part.strip_periods:
                text = text.replace(".", "")
            styled = Node()
            styled.prefix = styled.suffix = ""
            styled.decorations = list(part.decorations)
            styled.text_case = part.text_case
            styled.strip_periods = False
            return ctx.text_blob(text, styled, serious=False)
        return ctx.text_blob(text, None, serious=False)

    def _given_level(
        self, ctx: Ctx, opts: dict[str, Any], name: dict[str, Any], pos: int, i: int
    ) -> int:
        """The given-name level to use: the style's default, raised by disambiguation."""
        default = (
            0 if opts["form"] != "long" else (1 if isinstance(opts["initialize-with"], str) else 2)
        )
        level = ctx.style.given_level(ctx, name, pos, i, opts, default)
        givens = ctx.ambig.givens[pos]
        while len(givens) <= i:
            givens.append(0)
        givens[i] = level
        return max(level, default)

    def _render_person(
        self,
        ctx: Ctx,
        node: Name,
        opts: dict[str, Any],
        name: dict[str, Any],
        level: int,
        index: int,
    ) -> Blob | None:
        family_part = node.parts.get("family")
        given_part = node.parts.get("given")
        if name.get("literal") and not name.get("family"):
            return self._part_blob(ctx, str(name["literal"]), family_part)
        family = str(name.get("family") or "")
        given = str(name.get("given") or "")
        has_init = isinstance(opts["initialize-with"], str)
        if ctx.style.givenname_rule.endswith("-with-initials"):
            has_init = True
        if family and level == 1 and has_init:
            given = initialize_with(
                given,
                opts["initialize-with"] or "",
                normalize_only=opts["initialize"] == "false",
                hyphen=ctx.style.initialize_with_hyphen,
            )
        given_blob = None if level == 0 else self._part_blob(ctx, given, given_part)
        dp_text = name.get("dropping-particle")
        ndp_text = name.get("non-dropping-particle")
        if ctx.sorting:
            dp_text = dp_text.replace("'", "").replace("\u2019", "") if dp_text else dp_text
            ndp_text = ndp_text.replace("'", "").replace("\u2019", "") if ndp_text else ndp_text
        dp = self._part_blob(ctx, dp_text, given_part)
        family_blob = self._part_blob(ctx, family, family_part)
        ndp = self._part_blob(ctx, ndp_text, family_part)
        suffix_blob = None
        suffix_text = str(name.get("suffix") or "")
        if suffix_text and isinstance(opts["initialize-with"], str):
            suffix_text = initialize_with(suffix_text, opts["initialize-with"], normalize_only=True)
        if suffix_text:
            trailing = ""
            if suffix_text.endswith("."):
                suffix_text, trailing = suffix_text[:-1], "."
            suffix_blob = ctx.text_blob(suffix_text, None, serious=False)
            if suffix_blob is not None:
                suffix_blob.suffix = trailing + suffix_blob.suffix
        if given_blob is None:
            dp = None
            suffix_blob = None
        sort_sep = opts["sort-separator"] or ""
        suffix_sep = ", " if name.get("comma-suffix") else " "
        comma_dp = name.get("comma-dropping-particle") or ""
        hyphenated_ndp = bool(ndp_text) and ndp_text[-1:] in ("\u2019", "'", "-", " ")
        romanesque = self._romanesque(name)
        order = opts["name-as-sort-order"]
        inverted = order == "all" or (order == "first" and index == 0)
        demote = ctx.style.demote_ndp
        if romanesque == 0:
            blob = _join(ctx, [ndp, family_blob, given_blob], "")
        elif romanesque == 1 or name.get("static-ordering"):
            merged = _join(ctx, [ndp, family_blob], " ")
            blob = _join(ctx, [merged, given_blob], " ")
        elif ctx.sorting:
            if demote == "never":
                merged = _join(ctx, [ndp, family_blob], " ")
                merged = _join(ctx, [merged, dp], " ")
                merged = _join(ctx, [merged, given_blob], "|")
                blob = _join(ctx, [merged, suffix_blob], " ")
            else:
                second = _join(ctx, [given_blob, dp, ndp], " ")
                merged = _join(ctx, [family_blob, second], "|")
                blob = _join(ctx, [merged, suffix_blob], " ")
        elif inverted:
            if given in ("Lord", "Lady"):
                sort_sep = ", "
            if demote in ("always", "display-and-sort"):
                second = _join(ctx, [given_blob, dp], comma_dp + " ")
                second = _join(ctx, [second, ndp], " ")
                self._affix(second, given_part)
                self._affix(family_blob, family_part)
                merged = _join(ctx, [family_blob, second], sort_sep)
            else:
                first = _join(ctx, [ndp, family_blob], "" if hyphenated_ndp else " ")
                self._affix(first, family_part)
                second = _join(ctx, [given_blob, dp], comma_dp + " ")
                self._affix(second, given_part)
                merged = _join(ctx, [first, second], sort_sep)
            blob = _join(ctx, [merged, suffix_blob], sort_sep)
        else:
            # an elided particle joins the family name ("d'" + "Alembert")
            elided = dp_text and dp_text[-1:] in ("'", "\u02bc", "\u2019", "-")
            if elided and family and not ndp_text and dp_text[:-1] != "de":
                family_blob = _join(ctx, [dp, family_blob], "")
                dp = None
            if hyphenated_ndp:
                second = _join(ctx, [ndp, family_blob], "")
                second = _join(ctx, [dp, second], " ")
            else:
                second = _join(ctx, [dp, ndp, family_blob], " ")
            second = _join(ctx, [second, suffix_blob], suffix_sep)
            self._affix(second, family_part)
            self._affix(given_blob, given_part)
            if second is not None and second.prefix:
                comma_dp = ""
            blob = _join(ctx, [given_blob, second], comma_dp + " ")
        return blob

    @staticmethod
    def _affix(blob: Blob | None, part: NamePart | None) -> None:
        if blob is not None and part is not None:
            blob.prefix = part.prefix
            blob.suffix = part.suffix

    @staticmethod
    def _romanesque(name: dict[str, Any]) -> int:
        family = str(name.get("family") or "").replace('"', "")
        if ROMAN_ANY.search(family):
            return 2
        given = str(name.get("given") or "")
        return 1 if given and ROMAN_START.match(given) else 0


def label_plural(ctx: Ctx, variable: str) -> bool:
    return is_plural(ctx, variable)
