"""Which entries, in which order, under which headings, with which numbers.

Everything here works on CSL-JSON items (the common currency of every engine), so the
same ``--where``, ``--sort``, ``--group-by`` and ``--number`` apply to CSL and BibTeX
styles alike.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from cvbib.data import load_json
from cvbib.errors import CvbibError

Item = dict[str, Any]
SORTS = ("newest", "oldest", "author", "title", "none")
GROUPS = ("year", "type", "none")
NUMBERINGS = ("none", "ascending", "descending")

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "!=": operator.ne,
    "==": operator.eq,
    "=": operator.eq,
    ">": operator.gt,
    "<": operator.lt,
    "!~": lambda a, b: b not in a,
    "~": lambda a, b: b in a,
}
_WHERE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*(>=|<=|!=|==|!~|=|>|<|~)\s*(.*?)\s*$")
# --where names a user may type for CSL variables
_ALIASES = {"venue": "container-title", "journal": "container-title", "doi": "DOI", "url": "URL"}


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparisons ("Müller" ~ "muller")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_text(name: dict[str, Any]) -> str:
    """A CSL name as "Given family" (or its literal)."""
    if "literal" in name:
        return str(name["literal"])
    parts = (name.get("given"), name.get("non-dropping-particle"), name.get("family"))
    return " ".join(str(p) for p in parts if p)


def year_of(item: Item) -> int | None:
    try:
        return int(item["issued"]["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _month_of(item: Item) -> int:
    try:
        return int(item["issued"]["date-parts"][0][1])
    except (KeyError, IndexError, TypeError, ValueError):
        return 0


def _values(item: Item, name: str) -> list[str]:
    """The values ``--where`` compares for a field (several for names and venues)."""
    name = _ALIASES.get(name, name)
    if name == "year":
        year = year_of(item)
        return [str(year)] if year is not None else []
    if name in ("author", "editor"):
        return [name_text(n) for n in item.get(name) or [] if isinstance(n, dict)]
    if name == "container-title":
        return [str(item[k]) for k in ("container-title", "container-title-short") if item.get(k)]
    if name == "status":
        return [str(item.get("custom", {}).get("cvbib", {}).get("status", "published"))]
    value = item.get(name)
    if value is None or isinstance(value, (dict, list)):
        return []
    return [str(value)]


@dataclass(frozen=True)
class Condition:
    """One ``--where`` condition: FIELD OP VALUE."""

    field: str
    op: str
    value: str

    def __call__(self, item: Item) -> bool:
        values = _values(item, self.field)
        if self.op in ("!=", "!~"):
            return all(self._test(v) for v in values)
        return any(self._test(v) for v in values)

    def _test(self, value: str) -> bool:
        compare = _OPS[self.op]
        if self.op in ("~", "!~"):
            return compare(fold(value), fold(self.value))
        try:
            return compare(float(value), float(self.value))
        except ValueError:
            return compare(fold(value), fold(self.value))


def parse_where(expression: str) -> Condition:
    """``year>=2022``, ``type=article-journal``, ``author~Stoica`` ... as a condition."""
    m = _WHERE.match(expression)
    if not m or not m.group(3):
        raise CvbibError(
            f"--where {expression!r}: expected FIELD OP VALUE, e.g. year>=2022, "
            "type=article-journal or author~Stoica (OP: = != > >= < <= ~ !~)"
        )
    field, op, value = m.groups()
    if op in (">", ">=", "<", "<=") and not re.fullmatch(r"-?\d+(\.\d+)?", value):
        raise CvbibError(f"--where {expression!r}: {op} compares numbers, not {value!r}")
    return Condition(field, op, value)


def where(items: Iterable[Item], conditions: Sequence[Condition]) -> list[Item]:
    """The items that meet every condition."""
    return [item for item in items if all(c(item) for c in conditions)]


def _year_or_future(item: Item) -> int:
    year = year_of(item)
    return year if year is not None else 10**6


def _author_key(item: Item) -> tuple[str, ...]:
    names = item.get("author") or item.get("editor") or []
    first = names[0] if names and isinstance(names[0], dict) else {}
    family = first.get("family") or first.get("literal") or ""
    return (fold(str(family)), fold(str(first.get("given", ""))))


def _title_key(item: Item) -> str:
    title = fold(str(item.get("title", "")))
    return re.sub(r"^(the|a|an)\s+|^\W+", "", title)


def sort_items(items: Sequence[Item], how: str) -> list[Item]:
    """Items in ``how`` order; ties keep input order (a CV's own order within a year).

    An undated entry counts as newer than every dated one: on a CV it is forthcoming,
    under review or in preparation.
    """
    if how == "none":
        return list(items)
    if how in ("newest", "oldest"):

        def date(item: Item) -> tuple[int, int]:
            return (_year_or_future(item), _month_of(item))

        return sorted(items, key=date, reverse=how == "newest")
    if how == "author":
        return sorted(items, key=lambda i: (_author_key(i), _year_or_future(i), _title_key(i)))
    if how == "title":
        return sorted(items, key=_title_key)
    raise CvbibError(f"--sort {how!r}: expected one of {', '.join(SORTS)}")


@cache
def _type_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(heading, CSL types) in heading order, from data/render_groups.json."""
    groups = load_json("render_groups.json")["type"]
    return tuple((g["heading"], tuple(g["types"])) for g in groups)


def _type_heading(item: Item) -> tuple[int, str]:
    groups = _type_groups()
    status = _values(item, "status")[0]
    if item.get("custom", {}).get("cvbib", {}).get("workshop"):
        kind = "workshop"
    elif status == "preprint" or (
        item.get("type") == "article" and not item.get("container-title")
    ):
        kind = "preprint"
    else:
        kind = str(item.get("type", ""))
    for rank, (heading, types) in enumerate(groups):
        if kind in types:
            return rank, heading
    return len(groups), "Other"


def _year_heading(item: Item) -> str:
    year = year_of(item)
    if year is not None:
        return str(year)
    status = _values(item, "status")[0]
    return "Forthcoming" if status in ("forthcoming", "under review") else "Undated"


@dataclass
class Group:
    """Entries under one heading (``heading`` is None when not grouping)."""

    heading: str | None
    items: list[Item]


def group_items(items: Sequence[Item], by: str, *, oldest_first: bool = False) -> list[Group]:
    """Items under headings, keeping their order inside each group.

    Years run newest first (undated first) unless ``oldest_first``; types follow the
    order of data/render_groups.json.
    """
    if by == "none":
        return [Group(None, list(items))]
    buckets: dict[str, list[Item]] = {}
    rank: dict[str, tuple[int, int]] = {}
    for item in items:
        if by == "year":
            heading = _year_heading(item)
            year = year_of(item)
            key = (0 if year is None else 1, -(year or 0))
            if oldest_first:
                key = (-key[0], -key[1])
        elif by == "type":
            r, heading = _type_heading(item)
            key = (r, 0)
        else:
            raise CvbibError(f"--group-by {by!r}: expected one of {', '.join(GROUPS)}")
        buckets.setdefault(heading, []).append(item)
        rank[heading] = key
    return [Group(h, buckets[h]) for h in sorted(buckets, key=lambda h: rank[h])]


def numbers_for(ids: Sequence[str], how: str) -> dict[str, int]:
    """Entry numbers in output order: ascending 1..n, or descending n..1 as on a CV."""
    n = len(ids)
    if how == "ascending":
        return {id_: i for i, id_ in enumerate(ids, 1)}
    if how == "descending":
        return {id_: n - i for i, id_ in enumerate(ids)}
    raise CvbibError(f"--number {how!r}: expected one of {', '.join(NUMBERINGS)}")
