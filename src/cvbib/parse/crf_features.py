"""Tokens and features of a free-text reference for the CRF tagger (AnyStyle's recipe).

A reference is cut at whitespace, as AnyStyle's labelled data is, so every field boundary
falls between tokens and each token keeps its character offsets. Each token is described by
its word, shape, punctuation, place in the string, whether it is inside brackets or quotes,
and dictionary hits (name particles, venue words from the knowledge base, publishers,
places, months, page and volume markers); the neighbours' words and marks are added so the
model sees the context a reader uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from cvbib.data import load_json, word_set

TOKEN = re.compile(r"\S+")
CORE = re.compile(r"^[\W_]+|[\W_]+$")
YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
RANGE = re.compile(r"\d+\s*[-–—‐]+\s*\d+")
DOI = re.compile(r"\b10\.\d{4,9}/\S+|^doi:", re.I)
URL = re.compile(r"^(?:<?https?://|<?www\.|<?ftp://)|\.(?:com|org|net|edu|html?|pdf)\b", re.I)
ARXIV = re.compile(r"arxiv|^\d{4}\.\d{4,5}(?:v\d+)?\W*$", re.I)
ISBN = re.compile(r"^(?:isbn|issn)\b|^\d{3}-\d", re.I)
INITIAL = re.compile(r"^(?:[A-Z]\.-?)+[A-Z]?\.?,?$")
CAPS_INITIALS = re.compile(r"^[A-Z]{1,3},?\.?$")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|e|er|ème|\.)$", re.I)
OPEN = "([{"
CLOSE = ")]}"
QUOTE_OPEN = "\"“„«‘'"
QUOTE_CLOSE = "\"”»’'"


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Whitespace tokens with their character offsets in ``text``."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    words = load_json("reference_words.json")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


LEXICON = "reference_lexicon.json"


def derived_lists() -> dict[str, list[str]]:
    """The word lists the features take from cvbib's other knowledge (name particles, title
    words, venues). The trainer snapshots them into ``data/reference_lexicon.json`` so the
    shipped model keeps the features it was trained with when those files grow."""
    venue_words: set[str] = set()
    for v in load_json("venues.json"):
        for s in [v["name"], v["acronym"], *v.get("aliases", [])]:
            venue_words.update(w for w in re.split(r"[\W_]+", s.lower()) if len(w) > 2)
    stop = word_set("stopwords.txt")
    return {
        "particle": sorted(word_set("particles.txt")),
        "stop": sorted(stop),
        "title_word": sorted(word_set("title_words.txt")),
        # the commonest English words say nothing about venues
        "venue_word": sorted(venue_words - stop),
        "acronym": sorted({v["acronym"].lower() for v in load_json("venues.json")}),
    }


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json(LEXICON).items()}


def _shape(word: str) -> str:
    """'Smith' -> 'Aa', 'IEEE' -> 'A', 'x86' -> 'a0': runs of letter classes collapsed."""
    out = []
    for c in word[:12]:
        k = "A" if c.isupper() else "a" if c.isalpha() else "0" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


def _case(core: str) -> str:
    if not core:
        return "none"
    if core.isdigit():
        return "digits"
    if any(c.isdigit() for c in core):
        return "alnum"
    if core.isupper():
        return "caps" if len(core) > 1 else "cap1"
    if core[0].isupper():
        return "title"
    if core.islower():
        return "lower"
    return "mixed"


@dataclass(frozen=True)
class _Word:
    """What one token says on its own, as feature strings (cached: words recur)."""

    own: tuple[str, ...]  # the token's features
    near: dict[int, tuple[str, ...]]  # what it tells a neighbour at offset -2, -1, 1, 2
    last: str  # its final mark ("α" for a letter or digit)
    case: str
    depth: int  # brackets opened minus closed
    opens: bool  # starts with ( [ {
    quote_open: bool  # starts with a quote mark
    quote_close: bool  # ends with a quote mark, maybe then a mark: 'title,"' or 'title”.'
    ends_sentence: bool  # 'word.' but not 'Proc.', 'Vol.', 'pp.'


NEAR_FLAGS = ("year", "initial", "lex_editor", "range", "lex_page", "lex_volume")


@cache
def _word(tok: str) -> _Word:
    core = CORE.sub("", tok)
    low = core.lower()
    lex = _lexicon()
    lists = _lists()
    last = tok[-1:] if not tok[-1:].isalnum() else "α"
    case = _case(core)
    named = {
        "w": low[:20],
        "shape": _shape(core),
        "case": case,
        "p1": low[:1],
        "p3": low[:3],
        "s2": low[-2:],
        "s3": low[-3:],
        "first": tok[:1] if not tok[:1].isalnum() else "α",
        "last": last,
        "last2": tok[-2:] if not tok[-2:].isalnum() else "α",
        "len": str(min(len(core), 8)),
    }
    flags = {
        "year": bool(YEAR.search(tok)),
        "digits_only": core.isdigit(),
        "range": bool(RANGE.search(tok)),
        "doi": bool(DOI.search(tok)),
        "url": bool(URL.search(tok)),
        "arxiv": bool(ARXIV.search(tok)),
        "isbn": bool(ISBN.search(tok)),
        "initial": bool(INITIAL.match(tok)),
        "caps_initials": bool(CAPS_INITIALS.match(tok)),
        "ordinal": bool(ORDINAL.match(core + tok[len(core) :][:1])) if core else False,
        "particle": low in lists["particle"],
        "stop": low in lists["stop"],
        "title_word": low in lists["title_word"],
        "venue_word": low in lists["venue_word"],
        "acronym": low in lists["acronym"] and len(low) > 1,
        "colon": ":" in tok,
        "semicolon": ";" in tok,
        "paren": "(" in tok or ")" in tok,
        "bracket": "[" in tok or "]" in tok,
        "quote": any(c in tok for c in QUOTE_OPEN + QUOTE_CLOSE),
        "amp": tok in ("&", "and", "und", "et", "y", "e"),
        "etal": low in ("et", "al", "etal"),
        "in": low in ("in", "en", "dans", "im"),
        "hyphen": "-" in core,
    }
    for name, words in lex.items():
        flags["lex_" + name] = low in words
    on = [k for k, v in flags.items() if v]
    own = tuple(f"{k}={v}" for k, v in named.items()) + tuple(on)
    near: dict[int, tuple[str, ...]] = {}
    for d in (-2, -1, 1, 2):
        fs = [f"{d}:w={named['w']}", f"{d}:last={last}", f"{d}:case={case}"]
        if d in (-1, 1):
            fs.append(f"{d}:shape={named['shape']}")
            fs.extend(f"{d}:{k}" for k in NEAR_FLAGS if flags[k])
        near[d] = tuple(fs)
    abbrev = any(low in lex[k] for k in ("page", "volume", "editor", "container", "edition"))
    return _Word(
        own=own,
        near=near,
        last=last,
        case=case,
        depth=sum(tok.count(c) for c in OPEN) - sum(tok.count(c) for c in CLOSE),
        opens=tok[0] in OPEN,
        quote_open=tok[0] in QUOTE_OPEN,
        quote_close=tok[-1] in QUOTE_CLOSE or tok[-2:-1] in tuple(QUOTE_CLOSE),
        ends_sentence=tok[-1] in ".?!" and (len(tok) > 3 or tok[:-1].isdigit()) and not abbrev,
    )


POS = tuple(f"pos={i}" for i in range(10))
IDX = tuple(f"idx={i}" for i in range(7))
RIDX = tuple(f"ridx={i}" for i in range(5))
SENTENCE = tuple(f"sentence={i}" for i in range(6))
EDGE = {-2: ("-2:w=BOS",), -1: ("-1:w=BOS",), 1: ("1:w=EOS",), 2: ("2:w=EOS",)}


def features(tokens: list[Token]) -> list[list[str]]:
    """Feature strings per token: its own, its neighbours', its position and state."""
    n = len(tokens)
    words = [_word(t.text) for t in tokens]
    out = []
    depth = 0  # inside ( [ {
    quoted = False
    sentence = 0  # how many sentences ended before this token: fields follow sentences
    for i, tok in enumerate(tokens):
        w = words[i]
        f = list(w.own)
        opened = False
        if not quoted and w.quote_open:
            quoted = opened = True
            f.append("quote_open")
        elif quoted:
            f.append("in_quote")
        if w.opens:
            f.append("bracket_open")
        if depth > 0:
            f.append("in_bracket")
        depth = max(0, depth + w.depth)
        if quoted and w.quote_close:
            quoted = len(tok.text) == 1 and opened  # a lone opening quote stays open
        f.append(SENTENCE[min(sentence, 5)])
        sentence += w.ends_sentence
        f.append(POS[min(10 * i // n, 9)])
        f.append(IDX[min(i, 6)])
        f.append(RIDX[min(n - 1 - i, 4)])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.extend(words[j].near[d])
                if d == -1 or d == 1:
                    f.append(f"{d}:last|case={words[j].last}|{w.case}")
            else:
                f.extend(EDGE[d])
        out.append(f)
    return out
