"""What every CSL element shares: parsed formatting attributes and the render context.

Our element classes subclass citeproc-py's (so citeproc-py still parses the style and
builds the locale chain) and override rendering. Attributes are read once, in
:meth:`Node.prepare`, into plain Python attributes: citeproc-py re-reads attributes and
runs XPath queries on every render, which made it slower than citeproc-js.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cvbib.render.csl import textcase
from cvbib.render.csl.blob import Blob, Decoration
from cvbib.render.csl.flipflop import ROMANESQUE

if TYPE_CHECKING:
    from cvbib.render.csl.data import Item
    from cvbib.render.csl.style import CompiledStyle

CS = "{http://purl.org/net/xbiblio/csl}"
_ROMANESQUE_ANY = re.compile(f"[{ROMANESQUE}]")
_SPACE_APOSTROPHE = re.compile(r"\s+'")
_STRIP_PERIODS = re.compile(r"\.([^a-z]|$)")
_LEADING_PUNCT = ":.;!? "
_LANG_EN = re.compile(r"^[eE][nN]")
_FORMAT_ATTRS = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


@dataclass
class Flags:
    """citeproc-js group context: did this group try and render variables or terms?"""

    term_intended: bool = False
    variable_attempt: bool = False
    variable_success: bool = False
    old_term_predecessor: bool = False


@dataclass
class AmbigConfig:
    """Disambiguation settings of one item: names shown per name list, given-name levels."""

    names: list[int] = field(default_factory=list)
    givens: list[list[int]] = field(default_factory=list)
    year_suffix: int | None = None
    # how many ``disambiguate="true"`` conditions may be true (citeproc-js counts them; its
    # ``true`` is 1 and grows to 2 when incremented, as a bool does here)
    disambiguate: int = 0

    def copy(self) -> AmbigConfig:
        return AmbigConfig(
            list(self.names), [list(g) for g in self.givens], self.year_suffix, self.disambiguate
        )


class Ctx:
    """State of one rendering of one item (an entry, a cite or a sort key)."""

    def __init__(
        self,
        style: CompiledStyle,
        item: Item,
        area: str,
        ambig: AmbigConfig | None = None,
        request: bool = False,
        number: int = 0,
        sort_options: dict[str, Any] | None = None,
    ) -> None:
        self.style = style
        self.item = item
        self.area = area  # "bibliography", "citation", or "sort"
        self.flags: list[Flags] = [Flags()]
        self.term_predecessor = False
        self.done_vars: set[str] = set()
        self.block_substitute = False  # inside cs:substitute: note every variable called
        self.substituting: Any = None  # the cs:names whose cs:substitute is rendering
        self.substitute_index = 0  # which element of that cs:substitute
        self.ambig = ambig.copy() if ambig is not None else AmbigConfig()
        self.request = request  # render with ``ambig`` as requested settings
        self.nameset = 0
        self.decor_stack: list[list[Decoration]] = []
        self.number = number
        self.sort_options = sort_options
        self.rendered_names: list[str] | None = None
        self.first_names = ""  # names of the first cs:names, for subsequent-author-substitute
        self.first_names_substituted = False
        self.names_top: Blob | None = None  # first cs:names output (subsequent-author-substitute)
        self.label_blob: Blob | None = None  # last names label rendered after the names
        self.sub_ok = area == "bibliography"
        self.year_suffix_done = False
        self.disambiguate_count = 0  # disambiguate conditions that were true in this render
        self.disambiguate_max = 0  # disambiguate conditions evaluated (citation renders)
        self.max_names: list[int] = []  # per name list: names available (for disambiguation)
        self.ambiguity = False  # rendering a cite to test ambiguity (citeproc-js just_looking)
        self.sort_date_only = False  # sort key of a macro with a date: only the date counts
        self.english = _is_english(item, style)

    @property
    def tip(self) -> Flags:
        return self.flags[-1]

    @property
    def sorting(self) -> bool:
        return self.sort_options is not None

    def alldecor(self) -> list[list[Decoration]]:
        return list(reversed(self.decor_stack))

    # -- text output ------------------------------------------------------------------
    def text_blob(
        self,
        text: str,
        node: Node | None = None,
        serious: bool = True,
        strip_all_periods: bool = False,
    ) -> Blob | None:
        """A leaf blob for ``text`` styled by ``node`` (citeproc-js ``Queue.append``)."""
        if not text or (serious and self.sort_date_only):
            return None
        if "'" in text:
            text = _SPACE_APOSTROPHE.sub(" '", text)
        if node is not None:
            blob = Blob(text, node.prefix, node.suffix, "", list(node.decorations))
        else:
            blob = Blob(text)
        if not text.startswith(" "):
            i = 0
            while i < len(text) and text[i] in _LEADING_PUNCT:
                i += 1
            if i and i < len(text):
                blob.prefix += text[:i]
                blob.blobs = text[i:]
        if node is not None:
            if node.text_case:
                # citeproc-js cases the original string, so moved leading punctuation
                # appears twice (". Title" -> prefix ". " and text ". Title")
                blob.blobs = textcase.apply(node.text_case, text)
            if node.strip_periods:
                if strip_all_periods:
                    blob.blobs = str(blob.blobs).replace(".", "")
                else:
                    blob.blobs = _STRIP_PERIODS.sub(r"\1", str(blob.blobs))
        if blob.decorations and not _ROMANESQUE_ANY.search(str(blob.blobs)):
            blob.decorations = [d for d in blob.decorations if d[0] != "@font-style"]
        if serious:
            self.term_predecessor = True
        blob.alldecor = [blob.decorations, *self.alldecor()]
        if not self.sorting:
            self.style.flipflop.process(blob, self.style.layout_decorations(self.area))
        return blob

    # -- groups ------------------------------------------------------------------------
    def open_group(self) -> None:
        self.flags.append(Flags(old_term_predecessor=self.term_predecessor))

    def close_group(self) -> bool:
        """Pop a group context; True if the group's output is to be kept."""
        flags = self.flags.pop()
        keep = flags.variable_success or (flags.term_intended and not flags.variable_attempt)
        if keep:
            self.tip.variable_success = True
        else:
            self.term_predecessor = flags.old_term_predecessor
            self.tip.variable_attempt = flags.variable_attempt
        return keep


def _is_english(item: Item, style: CompiledStyle) -> bool:
    """citeproc-js title-cases a variable only when its language is English: the first two
    letters of the item's ``language`` (any other value counts as foreign), else of the
    locale rendered in."""
    lang = item.vars.get("language")
    if not isinstance(lang, str) or not lang:
        return style.locale.lang[:2].lower() == "en"
    return bool(_LANG_EN.match(lang))


class Node:
    """Mixin for our element classes: formatting attributes and the render entry point."""

    prefix = ""
    suffix = ""
    delimiter = ""
    text_case = ""
    strip_periods = False
    decorations: list[Decoration]
    kids: list[Any]

    def prepare(self, style: CompiledStyle) -> None:
        el: Any = self
        self.prefix = el.get("prefix", "")
        self.suffix = el.get("suffix", "")
        self.delimiter = el.get("delimiter", "")
        self.text_case = el.get("text-case", "")
        self.strip_periods = el.get("strip-periods") == "true"
        decorations: list[Decoration] = []
        for attr in _FORMAT_ATTRS:
            value = el.get(attr)
            if value:
                decorations.append((f"@{attr}", value))
        if el.get("quotes") == "true":
            decorations.append(("@quotes", "true"))
        display = el.get("display")
        if display:
            decorations.append(("@display", display))
        self.decorations = decorations
        self.kids = [k for k in el if isinstance(k, Node)]

    def render(self, ctx: Ctx, out: list[Blob]) -> None:
        """Append this element's output (zero or more blobs) to ``out``."""
        raise NotImplementedError

    def level(self, ctx: Ctx, delimiter: str | None = None) -> Blob:
        """An empty branch blob carrying this element's affixes and decorations."""
        return Blob(
            [],
            self.prefix,
            self.suffix,
            self.delimiter if delimiter is None else delimiter,
            list(self.decorations),
        )

    def render_kids(self, ctx: Ctx, blob: Blob) -> None:
        ctx.decor_stack.append(blob.decorations)
        try:
            out = blob.blobs
            assert isinstance(out, list)
            for kid in self.kids:
                kid.render(ctx, out)
        finally:
            ctx.decor_stack.pop()


def variable_present(ctx: Ctx, name: str) -> bool:
    """citeproc-js's test for "this variable renders": non-empty strings and numbers.

    Callers check :func:`note_variables` first: inside cs:substitute that marks the
    variable as used before it renders, so this must not look at ``done_vars`` again.
    """
    if name in ("citation-number", "year-suffix"):
        return True
    value = ctx.item.vars.get(name)
    if isinstance(value, str):
        return bool(value)
    return False


def note_variables(ctx: Ctx, names: list[str]) -> list[str]:
    """Variables of an element that are still available; inside cs:substitute mark them used."""
    live = [n for n in names if n not in ctx.done_vars]
    if ctx.block_substitute:
        ctx.done_vars.update(names)
    return live
