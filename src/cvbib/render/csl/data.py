"""CSL-JSON items as the renderer reads them: strings, names and parsed dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cvbib.render.markup import clean

NAME_VARIABLES = frozenset(
    [
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editorial-director",
        "editor-translator",
        "executive-producer",
        "guest",
        "host",
        "illustrator",
        "interviewer",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
        "translator",
    ]
)
DATE_VARIABLES = frozenset(
    [
        "accessed",
        "available-date",
        "event-date",
        "issued",
        "original-date",
        "submitted",
        "container",
    ]
)
NUMBER_VARIABLES = frozenset(
    [
        "chapter-number",
        "citation-number",
        "collection-number",
        "edition",
        "first-reference-note-number",
        "issue",
        "locator",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "page",
        "page-first",
        "part-number",
        "printing-number",
        "section",
        "supplement-number",
        "version",
        "volume",
    ]
)


@dataclass
class DateValue:
    """A parsed CSL date: parts of the start and (for ranges) the end, or a literal."""

    year: int = 0
    month: int = 0
    day: int = 0
    season: int | str = 0
    year_end: int = 0
    month_end: int = 0
    day_end: int = 0
    season_end: int | str = 0
    has_end: bool = False
    circa: bool = False
    literal: str = ""

    def sort_key(self) -> str:
        if self.literal and not self.year:
            return ""
        y = self.year + 10000 if self.year else 0
        return f"{y:05d}{self.month:02d}{self.day:02d}"

    def part(self, name: str, end: bool = False) -> int | str:
        return getattr(self, f"{name}_end" if end else name)


def _to_int(value: Any) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return 0


def parse_date(value: Any) -> DateValue | None:
    if not isinstance(value, dict):
        if isinstance(value, str) and value.strip():
            return _parse_raw(value)
        return None
    parts = value.get("date-parts")
    date = DateValue(circa=bool(value.get("circa")))
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        start = [_to_int(p) for p in parts[0]] + [0, 0]
        date.year, date.month, date.day = start[:3]
        if len(parts) > 1 and isinstance(parts[1], list) and parts[1]:
            end = [_to_int(p) for p in parts[1]] + [0, 0]
            date.year_end, date.month_end, date.day_end = end[:3]
            date.has_end = bool(date.year_end or date.month_end or date.day_end)
    elif value.get("literal"):
        date.literal = str(value["literal"])
    elif value.get("raw"):
        return _parse_raw(str(value["raw"]))
    else:
        return None
    if value.get("season"):
        date.season = _to_int(value["season"]) or str(value["season"])
    if 13 <= date.month <= 24:  # CSL-JSON months 13-24 are seasons
        date.season, date.month, date.day = (date.month - 13) % 4 + 1, 0, 0
    if not date.year and not date.literal:
        return None
    return date


def _parse_raw(raw: str) -> DateValue | None:
    m = re.match(r"^\s*(\d{3,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$", raw)
    if m:
        return DateValue(year=int(m.group(1)), month=int(m.group(2) or 0), day=int(m.group(3) or 0))
    return DateValue(literal=raw)


@dataclass
class Item:
    """One CSL-JSON item ready for rendering (ids are strings, values cleaned)."""

    id: str
    type: str
    vars: dict[str, Any]
    index: int = 0  # position in the input (citeproc-js ties break on it)

    def normalized_names(
        self, variable: str, normalize: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Parsed names of a name variable, computed once per item."""
        cache = self.__dict__.setdefault("_names", {})
        found = cache.get(variable)
        if found is None:
            raw = self.vars.get(variable)
            if variable == "editortranslator":
                raw = self.vars.get("editor")
            found = cache[variable] = [normalize(n) for n in raw or []]
        return found

    def get(self, name: str) -> Any:
        return self.vars.get(name)

    def has(self, name: str) -> bool:
        value = self.vars.get(name)
        return value not in (None, "", [])


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def make_item(data: dict[str, Any], index: int) -> Item:
    """Normalise one CSL-JSON dict (names kept as dicts, dates parsed, numbers as strings)."""
    vars_: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("id", "type", "custom"):
            continue
        if key in NAME_VARIABLES:
            if isinstance(value, list):
                names = [
                    {k: _clean_value(v) for k, v in n.items()} for n in value if isinstance(n, dict)
                ]
                if names:
                    vars_[key] = names
        elif key in DATE_VARIABLES:
            date = parse_date(value)
            if date is not None:
                vars_[key] = date
        else:
            value = _clean_value(value)
            if isinstance(value, str) and value.strip():
                vars_[key] = value
    page = vars_.get("page")
    if page:
        first = re.split(r"\s*(?:&|, |-|\u2013)\s*", page)[0]
        vars_["page-first"] = first if not first.endswith("\\") else page
    return Item(str(data.get("id", index)), str(data.get("type") or "article"), vars_, index)
