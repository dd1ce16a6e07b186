"""Canonical venues from the knowledge base in ``data/venues.json``.

A venue as written in a CV ("The 41st International Conference on Machine Learning",
"Proc. of ICML 2024", "[ICML'24]", "IEEE Trans. Parallel Distrib. Syst.") is reduced to a
lookup key (ordinals, years, "Proceedings of the", punctuation and case removed) and found
by acronym, name or alias; a fuzzy pass catches small wording differences.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from unidecode import unidecode

from cvbib.data import data_path
from cvbib.user_cache import cache_dir, write_atomic

_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
_TENS = "twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth"
_TENS_PREFIX = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ORDINAL = re.compile(
    rf"\b(?:\d+\s*(?:st|nd|rd|th)|(?:(?:{_TENS_PREFIX})[\s-]?(?:{_UNITS})|{_UNITS}|{_TEENS}|{_TENS}))\b",
    re.I,
)
YEAR = re.compile(r"(?:\b|')(?:19|20)\d\d\b|['’]\s?\d\d\b")
PROCEEDINGS = re.compile(
    r"\b(?:in\s+)?(?:proceedings|proc|procs)\b\.?(?:\s+of)?(?:\s+the)?\b|^\s*in\s*:?\s+", re.I
)
# The same patterns for text already in lower case: case-insensitive matching makes the
# regex engine try both cases of every letter, three times slower on a venue name, and the
# keys of the whole knowledge base are computed at each start.
_ORDINAL_LOWER = re.compile(ORDINAL.pattern)
_PROCEEDINGS_LOWER = re.compile(PROCEEDINGS.pattern)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|in)\s+")
FILLER = re.compile(r"\b(?:the|annual|of|on|and|for|in|at|proceedings|conference)\b")


@dataclass(frozen=True)
class Venue:
    acronym: str
    name: str
    kind: str
    publisher: str | None = None
    field: str | None = None
    aliases: tuple[str, ...] = ()
    findings: str | None = None


@dataclass
class _Index:
    by_key: dict[str, Venue] = field(default_factory=dict)
    by_acronym: dict[str, Venue] = field(default_factory=dict)
    # journals called "Proceedings of ..." by their whole names (see _full_key)
    by_full_key: dict[str, Venue] = field(default_factory=dict)
    fuzzy_keys: list[str] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    acronym_re: re.Pattern[str] | None = None


def venue_key(text: str) -> str:
    """The lookup key of a venue string: no ordinals, years, 'Proceedings of', case or marks."""
    s = unidecode(text).lower().replace("&", " and ")
    s = _PROCEEDINGS_LOWER.sub(" ", s)
    s = _ORDINAL_LOWER.sub(" ", s)
    s = YEAR.sub(" ", s)
    s = _NON_ALNUM.sub(" ", s).strip()
    return _LEADING_ARTICLE.sub("", s)


def _full_key(text: str) -> str:
    """A key that keeps "Proceedings": "Proceedings of the IEEE" is a journal, and "IEEE"
    alone its publisher."""
    return _NON_ALNUM.sub(" ", unidecode(text).lower().replace("&", " and ")).strip()


def _loose(key: str) -> str:
    return " ".join(FILLER.sub(" ", key).split())


# DBLP names a workshop by the conference it is held at: "DEEM@SIGMOD 2024: 4:1-4:7"
AT_CONFERENCE = re.compile(r"(?<![\w@])[A-Za-z][\w\-]*@[A-Z][\w\-]*(?![\w@.])")


def at_conference(text: str) -> bool:
    """A workshop named by its conference ("DEEM@SIGMOD")."""
    return "@" in text and AT_CONFERENCE.search(text) is not None


@cache
def index() -> _Index:
    raw = data_path("venues.json").read_bytes()
    idx = _Index()
    for item in json.loads(raw):
        v = Venue(
            acronym=item["acronym"],
            name=item["name"],
            kind=item["kind"],
            publisher=item.get("publisher"),
            field=item.get("field"),
            aliases=tuple(item.get("aliases", ())),
            findings=item.get("findings"),
        )
        idx.venues.append(v)
        idx.by_acronym[v.acronym.lower()] = v
    # The keys of ~800 venues and their ~3,000 names take a tenth of a second to compute:
    # they are kept in the user's cache, for this knowledge base and this code.
    cache_file = _keys_cache_file(raw)
    keys = _read_keys(cache_file, len(idx.venues))
    if keys is None:
        keys = _compute_keys(idx.venues)
        _write_keys(cache_file, keys)
    idx.by_key = {k: idx.venues[i] for k, i in keys["by_key"].items()}
    idx.by_full_key = {k: idx.venues[i] for k, i in keys["by_full_key"].items()}
    idx.fuzzy_keys = keys["fuzzy"]
    idx.acronym_re = re.compile(keys["acronym_pattern"])
    return idx


def _compute_keys(venues: list[Venue]) -> dict[str, Any]:
    by_key: dict[str, int] = {}
    by_full_key: dict[str, int] = {}
    spelled_out: set[str] = set()
    for i, v in enumerate(venues):
        for text in (v.acronym, v.name, *v.aliases):
            if v.kind == "journal" and re.match(r"(?i)proc(?:eedings|\b)", text):
                by_full_key.setdefault(_full_key(text), i)
                continue
            key = venue_key(text)
            if key:
                loose = _loose(key)
                by_key.setdefault(key, i)
                by_key.setdefault(loose, i)
                if "." not in text:
                    spelled_out.update((key, loose))
    # Only acronyms that cannot be ordinary words ("ICML", "NeurIPS", "e-Energy"; not
    # "Science" or "Nature", which are found when a whole segment names the venue). A thesis
    # or data repository is found by its name only.
    acr = sorted(
        (
            v.acronym
            for v in venues
            if _acronym_like(v.acronym) and v.kind not in ("repository", "data")
        ),
        key=len,
        reverse=True,
    )
    return {
        "count": len(venues),
        "by_key": by_key,
        "by_full_key": by_full_key,
        # Typos are caught in whole names only: abbreviations are short, and one letter
        # more or less makes another journal ("Amer. Math. Soc." is not "J. Amer. Math. Soc.")
        "fuzzy": sorted(k for k in spelled_out if len(k) >= 12),
        "acronym_pattern": r"(?<![A-Za-z0-9\-])("
        + "|".join(re.escape(a) for a in acr)
        + r")(?![A-Za-z\-])",
    }


def _keys_cache_file(raw: bytes) -> Path:
    digest = hashlib.sha1(raw + Path(__file__).read_bytes()).hexdigest()[:16]
    return cache_dir() / f"venue-keys-{digest}.json"


def _read_keys(path: Path, count: int) -> dict[str, Any] | None:
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))
        return keys if isinstance(keys, dict) and keys.get("count") == count else None
    except (OSError, ValueError):
        return None  # no cache yet, or a broken one: computed again


def _write_keys(path: Path, keys: dict[str, Any]) -> None:
    if not write_atomic(path, json.dumps(keys, ensure_ascii=False).encode("utf-8")):
        return  # a read-only home: the keys are computed at each start
    for old in path.parent.glob("venue-keys-*.json"):
        if old != path:
            old.unlink(missing_ok=True)  # the keys of an earlier knowledge base


def _acronym_like(acronym: str) -> bool:
    uppers = sum(1 for c in acronym if c.isupper())
    words = acronym.split()
    if len(words) > 1 and not all(w.endswith(".") for w in words):
        # "Proc. IEEE" opens "Proc. IEEE ICASSP": an abbreviation of several words counts
        # when every word is abbreviated ("Nat. Commun.", "J. Atmos. Sci.")
        return False
    return len(acronym) >= 2 and (
        uppers >= 2 or "-" in acronym or any(c.isdigit() for c in acronym)
    )


def by_acronym(acronym: str) -> Venue | None:
    return index().by_acronym.get(acronym.lower().strip())


@lru_cache(maxsize=65536)
def lookup(text: str, *, fuzzy: bool = True) -> Venue | None:
    """The venue a whole string names, or None."""
    if not text or len(text) > 400:
        return None
    idx = index()
    key = venue_key(text)
    if not key:
        return None
    v = idx.by_full_key.get(_full_key(text)) or idx.by_key.get(key) or idx.by_key.get(_loose(key))
    if v:
        return v
    society = SOCIETY_AND_ACRONYM.fullmatch(key)
    if society:
        # "Proc. IEEE ICASSP", "ACM/IEEE ISCA": the society before the acronym it runs
        v = idx.by_key.get(society.group(1))
        if v and v.kind != "journal":
            return v
    # "Advances in Neural Information Processing Systems 35 (NeurIPS 2022)", "Proc. 21st ACM
    # Conf. Econom. Comput. (EC '20)": the name without its bracketed acronym and volume
    trimmed = TRAILING_EXTRAS.sub("", text)
    if trimmed != text and len(trimmed) >= 8:
        return lookup(trimmed, fuzzy=fuzzy)
    if not fuzzy or len(key) < 12:
        return None
    abbreviated = _abbreviation_match(key)
    if abbreviated:
        return abbreviated
    match = process.extractOne(key, idx.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=92)
    return idx.by_key[match[0]] if match else None


SOCIETY_AND_ACRONYM = re.compile(r"(?:(?:ieee|acm|usenix|siam|ifip|isca|aaai|ieee cs)\s+)+(\w+)")
# a bracketed acronym at the end, and the volume before it (a bare trailing number is left
# alone: the parser reads "Systems 36, 2023" as the venue and its volume)
TRAILING_EXTRAS = re.compile(r"(?:(?<=[A-Za-z])\s+\d{1,3})?(?:\s*\([^()]*\))+\s*$")
_SKIP = {"of", "on", "and", "the", "for", "in", "at", "to", "a"}


def _abbreviation_match(key: str) -> Venue | None:
    """ISO-4 style abbreviations: 'ieee trans pattern anal mach intell' is a word-by-word
    prefix of 'ieee transactions on pattern analysis and machine intelligence'."""
    words = [w for w in key.split() if w not in _SKIP]
    if len(words) < 3 or not any(len(w) <= 5 for w in words):
        return None
    found = None
    for full_words, venue in _token_index().get(_bucket(words), ()):
        if all(f.startswith(w) for w, f in zip(words, full_words, strict=True)):
            if found and found is not venue:
                return None  # ambiguous
            found = venue
    return found


def _bucket(words: list[str]) -> tuple[int, str, str]:
    # an abbreviation keeps the number of words and the first letters of the first two
    return len(words), words[0][:1], words[1][:1] if len(words) > 1 else ""


@cache
def _token_index() -> dict[tuple[int, str, str], list[tuple[list[str], Venue]]]:
    buckets: dict[tuple[int, str, str], list[tuple[list[str], Venue]]] = {}
    for k, v in index().by_key.items():
        words = [w for w in k.split() if w not in _SKIP]
        if words:
            buckets.setdefault(_bucket(words), []).append((words, v))
    return buckets


NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
NAME_WENT_BEFORE = re.compile(
    r"\b(?!(?:In|The|Proc|Proceedings|Published|See)\b)[A-Z][a-z]*\.?\s+$"
)


GLUED_NUMBER = re.compile(r"\d+")
YEAR_LIKE = re.compile(r"\d\d|(?:19|20)\d\d")  # "ICML22", "NeurIPS2023"


@lru_cache(maxsize=65536)
def find_acronyms(text: str) -> list[tuple[Venue, int, int]]:
    """Acronyms of known venues standing as words in ``text`` ("... (ICML), PMLR")."""
    idx = index()
    assert idx.acronym_re is not None
    out = []
    for m in idx.acronym_re.finditer(text):
        word = m.group(1)
        v = idx.by_acronym.get(word.lower())
        # Short or lower-case acronyms only count when written as the KB writes them.
        if v and (word == v.acronym or (len(word) >= 4 and word.isupper())):
            digits = GLUED_NUMBER.match(text, m.end())
            if digits and not YEAR_LIKE.fullmatch(digits.group(0)):
                continue  # "EC872", "EC3042": a series' number, not "EC" and its year
            if v.kind == "journal" and NAME_GOES_ON.match(text, m.end()):
                continue  # "JAMA Cardiol", "JAMA Netw Open": another journal's name
            if " " in word and NAME_WENT_BEFORE.search(text, 0, m.start()):
                continue  # "Pest Manag. Sci.": another journal's abbreviation, not "Manag. Sci."
            out.append((v, m.start(), m.end()))
    return out


def count() -> int:
    return len(index().venues)


def unshouted(name: str) -> str:
    """A venue written in capitals ("SOIL & TILLAGE RESEARCH", as SIGEVA and Web of Science
    print journals) in title case: "Soil & Tillage Research"; any other name as it is."""
    if not name.isupper():
        return name
    small = {"and", "of", "the", "in", "on", "for", "de", "del", "la", "y", "e", "et", "du"}
    words = name.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
