"""Load a CSL style through citeproc-py, with our element classes, and prepare it once.

citeproc-py's :class:`~citeproc.frontend.CitationStylesStyle` builds its lxml parser
from citeproc-py's own element classes; :class:`CvbibStyle` builds the same parser with
our subclasses (``cvbib.render.csl.nodes``) and then lets citeproc-py set up the locale
chain as usual. :class:`CompiledStyle` holds everything rendering needs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from citeproc import frontend, model
from lxml import etree

from cvbib.render.csl.flipflop import FlipFlopper
from cvbib.render.csl.locale import Locale, build_locale
from cvbib.render.csl.nodes.base import CS, Node
from cvbib.render.csl.nodes.control import Choose, Else, ElseIf, Group, If, Layout, Macro
from cvbib.render.csl.nodes.date import Date, DatePart
from cvbib.render.csl.nodes.names import EtAl, Name, NamePart, Names, Substitute
from cvbib.render.csl.nodes.text import Label, Number, Text
from cvbib.render.csl.resolve import independent_style

_CLASSES: dict[str, type] = {
    "layout": Layout, "macro": Macro, "group": Group, "choose": Choose, "if": If,
    "else-if": ElseIf, "else": Else, "text": Text, "number": Number, "label": Label,
    "date": Date, "date-part": DatePart, "names": Names, "name": Name, "name-part": NamePart,
    "et-al": EtAl, "substitute": Substitute,
}  # fmt: skip


class StyleRoot(model.Style):
    """The cs:style element (citeproc-py's, unchanged)."""


def _parser() -> etree.XMLParser:
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace("http://purl.org/net/xbiblio/csl")
    namespace[None] = model.CitationStylesElement
    for cls in model.CitationStylesElement.__subclasses__():
        namespace[cls.__name__.replace("_", "-").lower()] = cls
    namespace["style"] = StyleRoot
    namespace.update(_CLASSES)
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


class CvbibStyle(frontend.CitationStylesStyle):
    """citeproc-py's style loader, parsing with cvbib's element classes."""

    def __init__(self, path: str, locale: str | None = None) -> None:
        self.parser = _parser()
        self.xml = etree.parse(path, self.parser)
        self.root = self.xml.getroot()
        if not isinstance(self.root, StyleRoot):
            raise ValueError(f"{path} is not a CSL style")
        if locale is None:
            locale = self.root.get("default-locale", "en-US")
        self.root.set_locale_list(locale, validate=False)


class CompiledStyle:
    """A parsed style plus the per-style state rendering reads (locale, options, macros)."""

    def __init__(self, path: str, locale: str = "en-US") -> None:
        source = independent_style(path)  # ValueError for a missing/broken/dangling style
        loaded = CvbibStyle(str(source), locale)
        root: Any = loaded.root
        self.root = root
        self.path = path
        self.locale: Locale = build_locale(list(root.locales), locale)
        self.flipflop = FlipFlopper(self.locale.quotes())
        self.root_attrs: dict[str, str] = dict(root.attrib)
        self.in_text = root.get("class", "in-text") == "in-text"
        self.demote_ndp = root.get("demote-non-dropping-particle", "display-and-sort")
        self.initialize_with_hyphen = root.get("initialize-with-hyphen", "true") != "false"
        self.page_range_format = root.get("page-range-format")
        self.citation = root.find(f"{CS}citation")
        self.bibliography = root.find(f"{CS}bibliography")
        self._area_attrs = {
            "citation": dict(self.citation.attrib) if self.citation is not None else {},
            "bibliography": dict(self.bibliography.attrib) if self.bibliography is not None else {},
        }
        cit = self._area_attrs["citation"]
        self.add_names = cit.get("disambiguate-add-names") == "true"
        self.add_givenname = cit.get("disambiguate-add-givenname") == "true"
        self.add_year_suffix = cit.get("disambiguate-add-year-suffix") == "true"
        self.givenname_rule = cit.get("givenname-disambiguation-rule", "by-cite")
        bib = self._area_attrs["bibliography"]
        self.second_field_align = bool(bib.get("second-field-align"))
        self.subsequent_author_substitute = bib.get("subsequent-author-substitute")
        self.subsequent_rule = bib.get("subsequent-author-substitute-rule", "complete-all")
        self.macros: dict[str, Macro] = {
            m.get("name"): m for m in root.findall(f"{CS}macro") if isinstance(m, Macro)
        }
        self.explicit_year_suffix = bool(
            root.xpath(".//cs:text[@variable='year-suffix']", namespaces={"cs": CS[1:-1]})
        )
        self.using_display = bool(root.xpath(".//*[@display]"))
        self.uses_disambiguate = bool(root.xpath(".//*[@disambiguate='true']"))
        self.highlight: Callable[[dict[str, Any]], bool] | None = None
        self.name_registry: Any = None  # set by the engine (given-name disambiguation)
        self._layouts: dict[str, Layout] = {}
        for area, parent in (("citation", self.citation), ("bibliography", self.bibliography)):
            layout = parent.find(f"{CS}layout") if parent is not None else None
            if isinstance(layout, Layout):
                self._layouts[area] = layout
        # keep every element proxy alive: lxml then hands back the same (prepared) objects
        self._elements = list(root.iter())
        self.default_name = self._make_default_name()
        for el in self._elements:
            if isinstance(el, Node):
                el.prepare(self)
        for macro in self.macros.values():
            macro.has_date = bool(macro.xpath(".//cs:date", namespaces={"cs": CS[1:-1]}))

    def _make_default_name(self) -> Name:
        el = etree.fromstring(f'<name xmlns="{CS[1:-1]}"/>', _parser())
        assert isinstance(el, Name)
        self._elements.append(el)
        return el

    def macro(self, name: str) -> Macro:
        try:
            return self.macros[name]
        except KeyError:
            raise ValueError(f"{self.path}: undefined macro {name!r}") from None

    def area_attrs(self, area: str) -> dict[str, str]:
        return self._area_attrs.get(area, {})

    def layout(self, area: str) -> Layout | None:
        return self._layouts.get("citation" if area == "citation" else "bibliography")

    def layout_decorations(self, area: str) -> list[tuple[str, str]]:
        layout = self.layout(area)
        return layout.decorations if layout is not None else []

    def given_level(
        self, ctx: Any, name: dict[str, Any], pos: int, i: int, opts: dict[str, Any], default: int
    ) -> int:
        if self.name_registry is None:
            return default
        return int(self.name_registry.level(ctx, name, pos, i, opts))


@lru_cache(maxsize=16)
def load_style(path: str, locale: str = "en-US") -> CompiledStyle:
    """A compiled style, cached per process (styles are immutable once prepared).

    ``path`` may be a dependent style (its independent parent is loaded); a missing,
    malformed or dangling style raises ValueError naming the file.
    """
    return CompiledStyle(path, locale)
