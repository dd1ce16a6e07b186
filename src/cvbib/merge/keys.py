"""Comparison keys for titles and author names.

Two spellings of one title or name must give one key: case, accents ("Müller", "M{\\"u}ller",
"M&uuml;ller"), LaTeX braces and escapes, HTML entities and tags, punctuation and apostrophes
("Don't" = "Dont") are folded away. Keys are for comparing only, never for output.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from unidecode import unidecode

from cvbib.greek import GREEK_LETTERS, GREEK_NAMES
from cvbib.model import Person

# -- folding ---------------------------------------------------------------------------

_ACCENT = re.compile(
    r"\\(?:[\"'`^~=.]|[uvHckrdbt](?![A-Za-z]))\s*(?:\{\s*\\?([A-Za-z])\s*\}|\\?([A-Za-z]))"
)
_NAMED = {"ss": "ss", "o": "o", "O": "O", "ae": "ae", "AE": "AE", "oe": "oe", "OE": "OE"}
_NAMED |= {"aa": "a", "AA": "A", "l": "l", "L": "L", "i": "i", "j": "j", "and": "and"}
# Greek letters by name, so "$\\alpha$-net" and "α-net" agree.
_GREEK = GREEK_NAMES
_NAMED |= {g: g for g in _GREEK} | {g.capitalize(): g for g in _GREEK}
_GREEK_CHARS = {ord(GREEK_LETTERS[g]): f" {g} " for g in _GREEK} | {ord("ς"): " sigma "}
_GREEK_UPPER = {ord(chr(c).upper()): n for c, n in _GREEK_CHARS.items() if chr(c) != "ς"}
_COMMAND = re.compile(r"\\([A-Za-z]+)\s*|\\(.)")
_TAG = re.compile(r"<[^<>]{0,200}>")


def _latex_command(m: re.Match[str]) -> str:
    if m.group(2) is not None:  # \& \% \_ \$ and control symbols
        return m.group(2) if m.group(2) in "&%$#_" else " "
    # Accents were handled before; formatting commands (\textbf, \emph) leave their argument.
    return _NAMED.get(m.group(1), " ")


def _latex(s: str) -> str:
    s = _ACCENT.sub(lambda m: m.group(1) or m.group(2), s)
    return _COMMAND.sub(_latex_command, s)


def fold(text: str) -> str:
    """Lower-case ASCII text with LaTeX, HTML and accents resolved (punctuation kept)."""
    s = text
    if "\\" in s:
        s = _latex(s)
    if "{" in s or "}" in s:  # BibTeX grouping and case protection: "{KIVI}", "M{\"u}ller"
        s = s.replace("{", "").replace("}", "")
    if "&" in s:
        s = html.unescape(s)
    if "<" in s:
        s = _TAG.sub(" ", s)
    if not s.isascii():
        if _GREEK_WORD.search(s.translate(_GREEK_VARIANTS)):
            # Greek text is transliterated, its capitals read as the Latin letters they look
            # like: a .bib written for pdflatex spells them so ("Νέα" ->
            # "N{\ensuremath{\acute\epsilon}}α", "π.Χ." -> "π.X.")
            s = unidecode(s.translate(_GREEK_VARIANTS).translate(_GREEK_HOMOGLYPHS))
        else:
            # a Greek letter in Latin text is the symbol it names ("α-synuclein")
            s = unidecode(s.translate(_GREEK_CHARS).translate(_GREEK_UPPER))
    return s.lower()


# a word of three Greek letters (accents between them): Greek text, not symbols ("ΔΨm")
_GREEK_WORD = re.compile("(?:[\u0370-\u03ff\u1f00-\u1fff][\u0300-\u036f]*){3}")
# math's letter shapes ("ϵ" of \epsilon, "ϑ" of \vartheta) as the letters they are
_GREEK_VARIANTS = str.maketrans("ϵϑϕϱϖϰ", "εθφρπκ")
# capitals (and omicron) a .bib writes as the Latin letters they look like
_GREEK_HOMOGLYPHS = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo")


# Apostrophes, braces and math shifts vanish ("don't" -> "dont", "{KIVI}" -> "kivi");
# "&" is "and"; every other mark separates words. (A bytes table: folded text is ASCII.)
_TABLE = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))
_DELETE = b"'`{}$"
# Contractions split by a tokenizer or an OCR ("do n't", "don' t", "editor 's"): the
# apostrophe and its spaces go, so every form reads "dont", "editors".
_CONTRACTION = re.compile(r"\s*'\s*(?=(?:s|t|re|ve|ll|d|m)\b)|\s+(?=n't\b)")


def words(folded: str) -> list[str]:
    """The words of already folded text."""
    if "&" in folded:
        folded = folded.replace("&", " and ")
    if "'" in folded:
        folded = _CONTRACTION.sub("", folded)
    return folded.encode("ascii", "ignore").translate(_TABLE, _DELETE).decode("ascii").split()


# -- titles ----------------------------------------------------------------------------

STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "for",
        "to",
        "and",
        "or",
        "with",
        "at",
        "by",
        "from",
        "as",
        "into",
        "via",
        "is",
        "are",
        "be",
        "its",
        "it",
        "this",
        "that",
        "vs",
        "versus",
        "de",
        "der",
        "die",
        "und",
        "la",
        "le",
        "les",
        "et",
    ]
)
# Words that tie a head phrase to what follows: "design of", "a system for", "towards".
# Not "and": "Efficient and | Effective Clustering" is mostly a title cut at its start.
LINKS = frozenset(
    [
        "of",
        "for",
        "into",
        "in",
        "on",
        "with",
        "to",
        "from",
        "by",
        "towards",
        "toward",
        "over",
        "using",
        "via",
        "through",
        "under",
        "about",
        "against",
        "within",
        "beyond",
    ]
)
# Heads that only say what kind of presentation a work had: "A tutorial on X" is X.
REMARK_HEADS = frozenset(
    ["tutorial", "panel", "demonstration", "demo", "poster", "keynote", "abstract", "session"]
)
# Words that make a different document of the same title: an erratum, a reply, a journal
# extension.
FLAGS = frozenset(
    [
        "extended",
        "erratum",
        "errata",
        "corrigendum",
        "addendum",
        "correction",
        "corrections",
        "retraction",
        "retracted",
        "reply",
        "rejoinder",
        "response",
    ]
)
# Roman numerals as numbers: "Part II" = "Part 2". Single letters only after a part word
# or at the end of a segment, since "I", "V" and "X" are also words and variables.
_ROMAN = {
    "ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
    "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15",
}  # fmt: skip
_ROMAN_SHORT = {"i": "1", "v": "5", "x": "10"}
_PART_WORDS = frozenset(
    ["part", "parts", "vol", "volume", "chapter", "book", "phase", "stage", "level", "series", "no"]
)
# A segment ends at a colon, question mark, full stop, dash or bracket.
_SEGMENT = re.compile(r"[:?!;()\[\]]|\.(?:\s|$)|\s-+\s|--|\s/\s")
_SEGMENT_CHARS = frozenset(":?!;()[]")
_PAREN = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ROMAN_ALL = frozenset(_ROMAN) | frozenset(_ROMAN_SHORT)
# For the title comparison: "part ii" around a title makes it one part of a work.
PART_WORDS = _PART_WORDS
ROMAN_NUMERALS = _ROMAN_ALL


def _has_segments(folded: str) -> bool:
    # Cheap tests first: most titles have no separator at all.
    return (
        not _SEGMENT_CHARS.isdisjoint(folded)
        or ". " in folded
        or folded.endswith(".")
        or " -" in folded
        or "--" in folded
        or " / " in folded
    )


@dataclass(slots=True)
class TitleKey:
    """What comparing a title needs, computed once per record."""

    text: str  # words joined by single spaces
    compact: str  # no spaces: "pre-training" = "pretraining"
    words: tuple[str, ...]
    content: frozenset[str]  # words other than STOP words
    core: str  # without bracketed remarks ("(extended abstract)", "[demo]")
    marks: frozenset[str]  # numbers and roman numerals ("2", "sql2")
    flags: frozenset[str]
    first: str  # first word with its hyphens: "q-galore"
    main: tuple[str, ...]  # content words before the first colon or dash, if there is one


def _marks(segments: list[list[str]]) -> frozenset[str]:
    out = set()
    for seg in segments:
        for i, w in enumerate(seg):
            if any(c.isdigit() for c in w):
                out.add(w.lstrip("0") or "0")
            elif w in _ROMAN:
                out.add(_ROMAN[w])
            elif w in _ROMAN_SHORT and (i == len(seg) - 1 or (i > 0 and seg[i - 1] in _PART_WORDS)):
                out.add(_ROMAN_SHORT[w])
    return frozenset(out)


_EMPTY: frozenset[str] = frozenset()


def title_key(title: str) -> TitleKey:
    folded = fold(title)
    ws = words(folded)
    text = " ".join(ws)
    content = frozenset(ws).difference(STOP)
    has_digit = not text.replace(" ", "").isalpha()
    maybe_marks = has_digit or not _ROMAN_ALL.isdisjoint(content)
    main: tuple[str, ...] = ()
    segments = [ws]
    if _has_segments(folded):
        m = _SEGMENT.search(folded)
        if m is not None:
            head = words(folded[: m.start()])
            if head and len(head) < len(ws):
                main = tuple(w for w in head if w not in STOP)
            if maybe_marks:
                segments = [s for s in (words(p) for p in _SEGMENT.split(folded)) if s]
    core = " ".join(words(_PAREN.sub(" ", folded))) if "(" in folded or "[" in folded else text
    first = folded.split(None, 1)[0] if ws else ""
    if not first.isalnum():
        first = "".join(c for c in first if c.isalnum() or c == "-").strip("-")
    return TitleKey(
        text=text,
        compact=text.replace(" ", ""),
        words=tuple(ws),
        content=content,
        core=core,
        marks=_marks(segments) if maybe_marks else _EMPTY,
        flags=content.intersection(FLAGS) if not FLAGS.isdisjoint(content) else _EMPTY,
        first=first,
        main=main,
    )


def normalize_title(title: str) -> str:
    """The comparison form of a title: 'Don't Stop {KIVI}!' -> 'dont stop kivi'."""
    return " ".join(words(fold(title)))


# -- authors ---------------------------------------------------------------------------

# Family keys of "et al.", "others", "and others" read as a name.
_ET_AL_FAMILIES = frozenset({"etal", "others", "andothers", "etals"})


class NameKey(NamedTuple):
    """One author for comparing: 'Zirui Liu', 'Liu, Z.' and 'Z. Liu' agree."""

    family: str  # letters only: "vandenbussche", "garciamolina"
    last: str  # last word of the family name: "bussche"
    initial: str  # first letter of the given name, or ""
    given: str  # first given word when it is a full word ("zirui"), else ""


def _name_words(name: str) -> list[str]:
    if name.isalpha() and name.isascii():  # most names: one plain word
        return [name.lower()]
    return words(fold(name))


@lru_cache(maxsize=262144)
def name_key(family: str, given: str) -> NameKey:
    fam = _name_words(family) if family else []
    giv = _name_words(given) if given else []
    if not fam and giv:  # a lone name was stored as the given name
        fam, giv = giv, []
    first_given = giv[0] if giv else ""
    return NameKey(
        "".join(fam),
        fam[-1] if fam else "",
        first_given[:1],
        first_given if len(first_given) > 1 else "",
    )


def author_keys(people: tuple[Person, ...]) -> tuple[tuple[NameKey, ...], bool]:
    """Keys of the authors, and whether the list was cut short by 'et al.'."""
    keys = []
    truncated = False
    for p in people:
        k = name_key(p.family, p.given)
        if k.family in _ET_AL_FAMILIES or (k.family == "al" and k.given in ("et", "")):
            truncated = True
        elif k.family:
            keys.append(k)
    return tuple(keys), truncated
