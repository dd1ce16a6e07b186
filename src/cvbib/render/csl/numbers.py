"""Numeric variables: is-numeric, page ranges, ordinals and roman numerals (citeproc-js rules).

citeproc-py treats "2nd" and "12-14" as non-numeric, ignores page-range-format for
most styles and renders "TR-00001" as a range; these follow citeproc-js
``processNumber`` and ``PageRangeMangler`` for the values CVs and libraries hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cvbib.render.csl.locale import Locale

_JOINER = re.compile(r"(\s*&\s*|,\s+and\s+|\s+and\s+|;\s+|,\s+|\s*\\*[\-\u2013]+\s*)")
_PARTICLE = re.compile(r"^([0-9]*[a-zA-Z]+0*)?([0-9]+(?:[a-zA-Z]*|[-,a-zA-Z]+))$")
_VALUE_NUMERIC = re.compile(r"^[0-9]+([-,:a-zA-Z]*)$")
_MASTER_NUMERIC = re.compile(r"^(?:[0-9]+|[ixv]+)([-,:a-zA-Z]*|\-[\-0-9]+)$")
_ROMAN_VALUE = re.compile(r"^[ivxlcmIVXLCM]+$")
_RANGE_VARS = ("page", "locator", "issue", "volume", "edition", "number")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


@dataclass
class NumberPart:
    particle: str
    value: str
    joiner: str


def split_number(text: str) -> list[NumberPart]:
    """Split "12-14" / "3 & 4" / "TR-00001" into parts with their joining strings."""
    pieces = _JOINER.split(text.strip())
    parts = []
    for i in range(0, len(pieces), 2):
        raw = pieces[i]
        joiner = pieces[i + 1] if i + 1 < len(pieces) else ""
        m = _PARTICLE.match(raw)
        particle, value = (m.group(1) or "", m.group(2)) if m else ("", raw)
        parts.append(NumberPart(particle, value, re.sub(r"\s*-\s*", "-", joiner)))
    return parts


def is_numeric(text: str) -> bool:
    """citeproc-js ``is-numeric``: every part a number ("12", "2nd", "12-14", "S12")."""
    parts = split_number(str(text))
    if not parts or not _MASTER_NUMERIC.match(parts[0].value):
        return False
    # citeproc-js also counts roman numerals after the first part ("xii-xv")
    return all(p.value and (_VALUE_NUMERIC.match(p.value) or _ROMAN_VALUE.match(p.value))
               for p in parts)  # fmt: skip


def collapsible(parts: list[NumberPart]) -> bool:
    """Every part a plain number or roman numeral (citeproc-js: ranges may be plural)."""
    return all(re.fullmatch(r"[0-9]+|[ivxlcmIVXLCM]+", p.value) for p in parts)


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def format_number(value: str, form: str, locale: Locale) -> str:
    if not value.isdigit():
        return value
    number = int(value)
    if form == "ordinal":
        return locale.ordinal(number)
    if form == "long-ordinal":
        return locale.long_ordinal(number)
    if form == "roman":
        return roman(number) if number > 0 else value
    return value  # as written, as citeproc-js shows it: article 021012, issue 02


def render_number(
    text: str, variable: str, form: str, locale: Locale, range_format: str | None
) -> tuple[str, bool]:
    """The displayed number and whether it is numeric (numeric output merges no punctuation)."""
    if variable in ("page", "page-first", "locator"):
        text = text.replace("\u2013", "-")
    parts = split_number(text)
    numeric = is_numeric(text)
    if variable == "page-first":
        return (parts[0].particle + parts[0].value if parts else text), numeric
    if not numeric:
        return text.strip(), False
    delimiter = locale.term("page-range-delimiter") or "\u2013"
    plain_numbers = collapsible(parts)
    shown = [format_number(p.value, form, locale) if plain_numbers else p.value for p in parts]
    out = []
    for i, part in enumerate(parts):
        joiner = part.joiner
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is not None and nxt.particle != part.particle:
            pass  # "S1-9", "A12-B3": citeproc-js leaves such ranges alone, hyphen included
        elif joiner == "-" and variable in _RANGE_VARS:
            joiner = delimiter
            if variable == "page" and nxt is not None:
                _page_range(part, nxt, shown, i, range_format)
        out.append(part.particle + shown[i] + joiner)
    return "".join(out), True


def _page_range(
    part: NumberPart, nxt: NumberPart, shown: list[str], i: int, fmt: str | None
) -> None:
    """citeproc-js PageRangeMangler on one range whose ends share their prefix.

    Without a page-range-format a descending range ("321-8") is left as it is; otherwise
    the end is completed ("321-8" -> "321-328") and, in every format but "expanded",
    shortened again with the prefix dropped ("S1-S9" -> "S1-9" in chicago-16).
    """
    if not (part.value.isdigit() and nxt.value.isdigit()):
        return
    if fmt is None and int(part.value) > int(nxt.value):
        return
    last = nxt.value
    if len(last) < len(part.value):
        last = part.value[: len(part.value) - len(last)] + last
    if int(part.value) >= int(last):
        return
    if fmt is None or fmt == "expanded":
        nxt.particle = part.particle
        shown[i + 1] = last
    else:
        nxt.particle = ""
        shown[i + 1] = collapse_page(part.value, last, fmt)


def collapse_page(first: str, last: str, fmt: str) -> str:
    """The end of a page range in CSL ``page-range-format`` (citeproc-js PageRangeMangler)."""
    if len(last) < len(first):  # "321-8" means 321-328
        last = first[: len(first) - len(last)] + last
    if int(first) >= int(last):  # not a range citeproc-js will shorten
        return last
    if fmt == "minimal":
        return _minimize(first, last, 0)
    if fmt == "minimal-two":
        return _minimize(first, last, 2)
    if fmt in ("chicago", "chicago-15"):
        begin, end = int(first), int(last)
        if begin > 100 and begin % 100 and begin // 100 == end // 100:
            return str(end % 100)
        if begin >= 10000:
            return str(end % 1000)
        return last
    if fmt == "chicago-16":
        begin, end = int(first), int(last)
        if begin > 100 and begin % 100:
            for i in range(2, len(last)):
                divisor = 10**i
                if begin // divisor == end // divisor:
                    return str(end % divisor)
        return last
    return last


def _minimize(first: str, last: str, minchars: int) -> str:
    kept = list(reversed(last))
    if len(first) == len(last):
        for b, e in zip(first, last, strict=True):
            if b == e and len(kept) > minchars:
                kept.pop()
            else:
                break
    return "".join(reversed(kept))
