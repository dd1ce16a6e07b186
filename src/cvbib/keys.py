"""Deterministic citation keys: ``liu2024kivi`` (Google Scholar style) or a user template.

A template names parts in braces: ``{auth}`` first author's family name, ``{Auth}`` the same
capitalised, ``{authors}`` up to three family names, ``{year}``, ``{title}`` the first
significant title word, ``{shorttitle}`` the first three, ``{venue}`` the venue acronym.
Keys collide rarely; when they do, the second gets ``a``, the third ``b`` and so on, in
input order, so re-running on the same input gives the same keys.
"""

from __future__ import annotations

import re
import string

from unidecode import unidecode

from cvbib.data import word_set
from cvbib.errors import CvbibError
from cvbib.model import Person, Record

DEFAULT_FORMAT = "{auth}{year}{title}"
PARTS = {"auth", "Auth", "authors", "year", "title", "shorttitle", "venue"}


def _ascii_word(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unidecode(s).lower())


def _title_words(title: str) -> list[str]:
    stop = word_set("stopwords.txt")
    words = [_ascii_word(w) for w in re.split(r"[\s\-–—:/]+", title)]
    return [w for w in words if w and w not in stop]


def _family_word(p: Person) -> str:
    """A person's family name; a body's first word ("World Health Organization" -> world,
    as Google Scholar keys it)."""
    words = p.family.split()
    if not p.given and len(words) > 1:
        words = [w for w in words if w.lower() not in ("the", "of", "and", "for")] or words
        return _ascii_word(words[0])
    return _ascii_word(p.family)


def key_parts(rec: Record) -> dict[str, str]:
    auth = _family_word(rec.authors[0]) if rec.authors else ""
    if not auth and rec.editors:
        auth = _family_word(rec.editors[0])
    words = _title_words(rec.title)
    return {
        "auth": auth or "anon",
        "Auth": (auth or "anon").capitalize(),
        "authors": "".join(_ascii_word(p.family).capitalize() for p in rec.authors[:3]) or "Anon",
        "year": str(rec.year) if rec.year else "",
        "title": words[0] if words else "",
        "shorttitle": "".join(words[:3]),
        "venue": _ascii_word(rec.venue_short or ""),
    }


def check_format(fmt: str) -> None:
    fields = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    unknown = fields - PARTS
    if unknown or not fields:
        known = ", ".join(f"{{{p}}}" for p in sorted(PARTS))
        raise CvbibError(f"bad --key-format {fmt!r}: use {known}")


def base_key(rec: Record, fmt: str = DEFAULT_FORMAT) -> str:
    key = fmt.format(**key_parts(rec))
    key = re.sub(r"[^A-Za-z0-9_:\-]", "", key)
    return key or "entry"


def assign_keys(
    records: list[Record], fmt: str = DEFAULT_FORMAT, taken: set[str] | None = None
) -> list[Record]:
    """Give every record a unique key; records that already have one keep it."""
    check_format(fmt)
    used = set(taken or ())
    used.update(r.key for r in records if r.key)
    out = []
    for rec in records:
        if rec.key:
            out.append(rec)
            continue
        base = base_key(rec, fmt)
        key = base
        n = 0
        while key in used:
            key = base + _suffix(n)
            n += 1
        used.add(key)
        out.append(rec.replace(key=key))
    return out


def _suffix(n: int) -> str:
    letters = string.ascii_lowercase
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = letters[r] + s
    return s
