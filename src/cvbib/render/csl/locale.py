"""Locale terms, date formats and options, merged once per style.

citeproc-py resolves a term by walking its locale list on every lookup (an XPath
query each time) and has no form fallback (``verb-short`` -> ``verb`` -> long). We
read the same locale list once into dictionaries, with the style's own ``cs:locale``
overriding the locale files, as citeproc-js does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CS = "{http://purl.org/net/xbiblio/csl}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FALLBACK = {"verb-short": "verb", "symbol": "short", "verb": "long", "short": "long"}


@dataclass
class Term:
    single: str
    multiple: str
    match: str | None = None
    gender_form: str | None = None


@dataclass
class Locale:
    """Everything a style needs from its locale chain."""

    terms: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    dates: dict[str, Any] = field(default_factory=dict)  # form -> cs:date element
    options: dict[str, str] = field(default_factory=dict)
    lang: str = "en-US"

    def term(self, name: str, form: str = "long", plural: bool = False) -> str:
        """The term's text ("" when undefined), falling back through the CSL forms."""
        found = self.find(name, form)
        if found is None:
            return ""
        return found.multiple if plural else found.single

    def find(self, name: str, form: str = "long") -> Term | None:
        while True:
            terms = self.terms.get((name, form))
            if terms:
                return next((t for t in terms if t.gender_form is None), terms[0])
            if form not in _FALLBACK:
                return None
            form = _FALLBACK[form]

    def has(self, name: str, form: str = "long") -> bool:
        return self.find(name, form) is not None

    @property
    def punctuation_in_quote(self) -> bool:
        return self.options.get("punctuation-in-quote", "false") == "true"

    def quotes(self) -> tuple[str, str, str, str]:
        return (
            self.term("open-quote"),
            self.term("close-quote"),
            self.term("open-inner-quote"),
            self.term("close-inner-quote"),
        )

    def ordinal(self, number: int) -> str:
        """``number`` with its ordinal suffix ("1st", "22nd", "113th")."""
        last_two = number % 100
        for name in (f"ordinal-{last_two:02d}",):
            if last_two >= 10:
                t = self.find(name)
                if t is not None and (t.match in (None, "last-two-digits") or number == last_two):
                    return f"{number}{t.single}"
        t = self.find(f"ordinal-{number % 10:02d}")
        if t is not None:
            match = t.match or "last-digit"
            if (
                match == "last-digit"
                or (match == "last-two-digits" and last_two == number % 10)
                or (match == "whole-number" and number == number % 10)
            ):
                return f"{number}{t.single}"
        return f"{number}{self.term('ordinal')}"

    def long_ordinal(self, number: int) -> str:
        if 1 <= number <= 10:
            text = self.term(f"long-ordinal-{number:02d}")
            if text:
                return text
        return self.ordinal(number)


def _text(el: Any) -> str:
    return (el.text or "") if el is not None else ""


def _read_into(locale: Locale, root: Any) -> None:
    options = root.find(f"{CS}style-options")
    if options is not None:
        locale.options.update(dict(options.attrib))
    for date in root.findall(f"{CS}date"):
        locale.dates[date.get("form", "text")] = date
    terms = root.find(f"{CS}terms")
    if terms is None:
        return
    replaced: set[tuple[str, str]] = set()
    for term in terms.findall(f"{CS}term"):
        key = (term.get("name", ""), term.get("form", "long"))
        single_el = term.find(f"{CS}single")
        if single_el is not None:
            single, multiple = _text(single_el), _text(term.find(f"{CS}multiple"))
        else:
            single = multiple = term.text or ""
        entry = Term(single, multiple, term.get("match"), term.get("gender-form"))
        if key not in replaced:  # a later locale replaces, one locale may list gender forms
            locale.terms[key] = []
            replaced.add(key)
        locale.terms[key].append(entry)


def build_locale(locales: list[Any], lang: str) -> Locale:
    """Merge citeproc-py's locale chain (highest priority first) into one :class:`Locale`."""
    locale = Locale(lang=lang)
    for el in reversed(locales):
        _read_into(locale, el)
    return locale
