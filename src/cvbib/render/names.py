"""Is this name the CV owner? (``--highlight "Ion Stoica"`` in any name form.)

A CV writes its owner as "Ion Stoica", "I. Stoica", "Stoica, I." or "Stoica I"; a style may
print any of these. Matching is on the family name (case- and accent-insensitive) and on
given names that do not contradict each other: initials agree with full names, and two
full first names must be the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cvbib.render.select import fold, name_text

_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos"}


@dataclass(frozen=True)
class Target:
    """A name to highlight: folded family name and given-name tokens."""

    family: str
    given: tuple[str, ...]


def _given_tokens(given: str) -> tuple[str, ...]:
    # "J.-H." -> ("j", "h"); "Ion A." -> ("ion", "a"); "IA" (initials run together) -> ("i", "a")
    tokens = [t for t in re.split(r"[\s.\-‐]+", fold(given)) if t]
    if len(tokens) == 1 and given.isupper() and 1 < len(given) <= 3 and "." not in given:
        return tuple(tokens[0])
    return tuple(tokens)


def parse_target(name: str) -> Target:
    """ "Ion Stoica", "Stoica, Ion", "I. Stoica", "Laurens van der Maaten" as a target."""
    name = " ".join(name.split())
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        return Target(fold(family), _given_tokens(given))
    words = name.split(" ")
    start = len(words) - 1
    for i, w in enumerate(words[1:], 1):  # the family name starts at a lowercase particle
        if w in _PARTICLES:
            start = i
            break
    return Target(fold(" ".join(words[start:])), _given_tokens(" ".join(words[:start])))


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True  # "Stoica" alone: the family name decides
    for x, y in zip(a, b, strict=False):  # the shorter list of given names decides
        if x[0] != y[0]:
            return False
        if len(x) > 1 and len(y) > 1 and x != y:
            return False
    return True


def _family(name: dict[str, Any]) -> str:
    parts = (name.get("non-dropping-particle"), name.get("family"))
    return fold(" ".join(str(p) for p in parts if p))


def matches(target: Target, name: dict[str, Any]) -> bool:
    """Whether a CSL name dict is the target person."""
    if "literal" in name:
        literal = parse_target(str(name["literal"]))
        return literal.family == target.family and _compatible(literal.given, target.given)
    family = _family(name)
    if family != target.family and fold(str(name.get("family", ""))) != target.family:
        return False
    return _compatible(_given_tokens(str(name.get("given", ""))), target.given)


def highlighter(names: Sequence[str]) -> Callable[[dict[str, Any]], bool] | None:
    """A predicate for the engines: true for a name of any of ``names`` (None: none)."""
    targets = [parse_target(n) for n in names if n.strip()]
    if not targets:
        return None
    return lambda name: any(matches(t, name) for t in targets)


def owner_names(items: Sequence[dict[str, Any]]) -> list[str]:
    """The CV owners the extractor found (``custom.cvbib.owner``: an index into the authors)."""
    names: dict[str, None] = {}
    for item in items:
        index = item.get("custom", {}).get("cvbib", {}).get("owner")
        authors = item.get("author") or []
        if (
            isinstance(index, int)
            and 0 <= index < len(authors)
            and isinstance(authors[index], dict)
        ):
            names[name_text(authors[index])] = None
    return list(names)
