"""How alike two titles are, and whether a small difference makes them two works.

A fuzzy score alone cannot tell a typo ("bufering") from a different paper ("Part I" /
"Part II", "GaLore" / "Q-GaLore", "sparse" / "dense"): both change a few characters. So the
words that differ are looked at one by one. Typos, plurals, spacing ("pre-training" /
"pretraining") and small words may differ. Numbers, roman numerals, a prefix on the first
word and marker words ("extended", "erratum") may not (VETO). A content word replaced, or
added inside the title, makes two works unless everything else agrees (WORDS, decided by
the caller). Words only one title has are allowed around the other title: a dropped
subtitle or bracketed remark, a title cut short (PART).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import partial_ratio_alignment

from cvbib.merge.keys import (
    LINKS,
    PART_WORDS,
    REMARK_HEADS,
    ROMAN_NUMERALS,
    STOP,
    TitleKey,
    title_key,
)

SAME = "same"  # equal once normalised
CLOSE = "close"  # typos, spacing or small words apart
PART = "part"  # one title is the other with words around it: a subtitle dropped
DIFFERENT = "different"  # not the same title
WORDS = "words"  # alike, but a word differs: two works unless all else agrees
VETO = "veto"  # alike, but a number or a marker word says they are two works

# Below this (0..100) titles are different; the caller asks more evidence under 90.
FLOOR = 75.0
# A shorter title found inside a longer one at least this well is a part of it.
INSIDE = 90.0
# The one marker word that does not make two works by itself: "X (extended version)" is the
# report or preprint of X, but a journal extension of X too; the caller decides by the
# authors and the year.
EXTENDED = "extended"
# The score of the same words in another order: a strong match, short of equal.
REORDERED = 95.0

_ratio = Indel.normalized_similarity


class TitleResult(NamedTuple):
    kind: str
    score: float  # 0..100
    reason: str
    words: int = 0  # content words of the shorter title: how telling a match is
    differing: int = 0  # content words without a counterpart (kind WORDS)
    extended: bool = False  # one title only says "extended" (version, abstract): see EXTENDED


# Text taken from a PDF often loses its ligatures: "efficient" becomes "ecient".
_LIGATURE = re.compile(r"ff[il]?|f[il]")
# Endings of one stem: "optimized" / "optimizing", "query" / "queries", "adaptive" /
# "adaptable". Longest first.
_ENDINGS = ("ations", "ation", "ities", "ness", "ings", "able", "ible", "ies", "ive", "ing")
_ENDINGS += ("ity", "ion", "ed", "es", "al", "ly", "y", "s", "e")
# A stem this long is a word, not a prefix shared by chance ("con-", "pre-").
_STEM = 5


def _stem(w: str) -> str:
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= _STEM:
            return w[: -len(end)]
    return w


def _abbreviates(short: str, long_: str) -> bool:
    """'db' / 'database', 'mgt' / 'management': the letters of a short word, in order, in a
    word at least twice as long that starts with the same letter."""
    if not 2 <= len(short) <= 4 or len(long_) < 2 * len(short) or short[0] != long_[0]:
        return False
    rest = iter(long_[1:])
    return all(c in rest for c in short[1:])


def _plural_y(x: str, y: str) -> bool:
    """'query' / 'queries', 'strategy' / 'strategies'."""
    return x.endswith("y") and y.endswith("ies") and x[:-1] == y[:-3]


def _similar_word(x: str, y: str) -> bool:
    """A typo, a plural, another ending of one stem, a lost ligature or an abbreviation;
    never two different short words ('tv' / 'x')."""
    if len(x) < 2 or len(y) < 2:
        return False
    if _abbreviates(x, y) or _abbreviates(y, x):
        return True
    if len(x) < 3 or len(y) < 3:
        return False
    if x.rstrip("s") == y.rstrip("s") or _plural_y(x, y) or _plural_y(y, x):
        return True
    if min(len(x), len(y)) < 4:
        return False
    if _ratio(x, y) >= 0.8:
        return True
    if _stem(x) == _stem(y) and len(_stem(x)) >= _STEM:
        return True
    return "f" in x + y and _LIGATURE.sub("", x) == _LIGATURE.sub("", y)


_ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix"})


def is_number(w: str) -> bool:
    """A word with a digit ("sql2", "2023") or a roman numeral: compared as marks."""
    return not w.isalpha() or w in _ROMAN


def _unpaired(a: TitleKey, b: TitleKey) -> tuple[list[str], list[str]]:
    """Content words of each title with no counterpart (same word, typo, plural, other
    spacing) in the other."""
    da = [w for w in a.content - b.content if not is_number(w)]
    db = [w for w in b.content - a.content if not is_number(w)]
    if not da or not db:
        ua, ub = da, db
    else:
        ua, ub = [], list(db)
        for x in da:
            y = next((y for y in ub if _similar_word(x, y)), None)
            if y is None:
                ua.append(x)
            else:
                ub.remove(y)
    # Spacing: "casefor" / "case for", "datatypes" / "data types".
    ua = [x for x in ua if not (len(x) >= 6 and x in b.compact) and not _piece(x, db)]
    ub = [y for y in ub if not (len(y) >= 6 and y in a.compact) and not _piece(y, da)]
    # A number spelled out in one title only: "fourth" / "4th".
    ua = [x for x in ua if not _spelled_number(x, b.marks)]
    ub = [y for y in ub if not _spelled_number(y, a.marks)]
    # A typo in a word the title has twice ("academic acadmeic").
    ua = [x for x in ua if not _repeated_typo(x, a, b)]
    ub = [y for y in ub if not _repeated_typo(y, b, a)]
    return sorted(ua), sorted(ub)


def _spelled_number(word: str, marks: frozenset[str]) -> bool:
    return any(
        word in _NUMBER_WORDS.get(m.group(1), ())
        for m in (_NUMBER.fullmatch(x) for x in marks)
        if m is not None
    )


def _repeated_typo(x: str, a: TitleKey, b: TitleKey) -> bool:
    return any(
        _similar_word(x, y) and b.words.count(y) > a.words.count(y)
        for y in b.content
        if y[:1] == x[:1] or y[-1:] == x[-1:]
    )


def _piece(x: str, others: list[str]) -> bool:
    return len(x) >= 3 and any(x in y or y in x for y in others if len(y) >= 3)


def _prefixed(a: str, b: str) -> bool:
    """'q-galore' / 'galore': a short prefix hyphened to the first word makes another name."""
    if a == b or not a or not b:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    head, _, tail = long_.partition("-")
    return bool(tail) and len(head) <= 3 and tail.replace("-", "") == short.replace("-", "")


def _window(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The words of ``text`` that ``start:end`` touches, the words around them, and the
    words before them."""
    while start > 0 and text[start - 1] != " ":
        start -= 1
    while end < len(text) and text[end] != " ":
        end += 1
    return text[start:end].strip(), f"{text[:start]} {text[end:]}".strip(), text[:start].strip()


def _head_phrase(lead: str) -> str | None:
    """'design of', 'a system for', 'fast algorithms for' before a shorter title: the
    shorter title is what a new title is about ("A System for Watermarking Relational
    Databases" is the demo, not the paper "Watermarking Relational Databases"). Names or
    a date run into the title ("Jennifer Widom. X") end in no linking word."""
    ws = lead.split()
    if len(ws) < 2 or ws[-1] not in LINKS:
        return None
    heads = [w for w in ws[:-1] if len(w) >= 3 and w.isalpha() and w not in STOP]
    if not heads or REMARK_HEADS.issuperset(heads):
        return None
    return f"title has a head of its own: '{_describe(ws)}'"


def _describe(words: list[str] | str) -> str:
    ws = words.split() if isinstance(words, str) else words
    return " ".join(ws[:3]) + (" ..." if len(ws) > 3 else "")


_YEAR_OR_ORDINAL = re.compile(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)")


def _incidental(a: frozenset[str], b: frozenset[str]) -> bool:
    """Numbers one title has and the other has none of, all years or ordinals: a citation's
    year or a proceedings' number run into the title ("(1997) Lore: ...", "... 20th Int"),
    not a number of the work ("Part II", "GPT-4")."""
    only = a or b
    return not (a and b) and all(_YEAR_OR_ORDINAL.fullmatch(m) for m in only)


def _veto(a: TitleKey, b: TitleKey, short: TitleKey, matched: TitleKey) -> str | None:
    """A marker or number that makes two alike titles two works, or None. Markers and the
    first word count on the whole titles ``a`` and ``b`` ("Erratum: X" is not X); numbers on
    ``short`` and the part of the other title it ``matched``."""
    if a.flags != b.flags and a.flags ^ b.flags != {EXTENDED}:
        return f"'{sorted((a.flags ^ b.flags) - {EXTENDED})[0]}' in one title only"
    if _prefixed(a.first, b.first):
        return f"first words differ: {a.first} vs {b.first}"
    if short.marks != matched.marks and not _incidental(short.marks, matched.marks):
        only = (short.marks - matched.marks, matched.marks - short.marks)
        if _explained(only[0], matched) and _explained(only[1], short):
            return None
        if (short, matched) == (a, b) and _remarks_only(a, b):
            return None
        shown = " vs ".join(", ".join(sorted(m)) or "none" for m in only)
        return f"numbers differ: {shown}"
    return None


# Number words an index may print as digits: "the fourth workshop" / "the 4th workshop",
# "two-dimensional" / "2D".
_NUMBER_WORDS = {
    "1": ("one", "first"), "2": ("two", "second"), "3": ("three", "third"),
    "4": ("four", "fourth"), "5": ("five", "fifth"), "6": ("six", "sixth"),
    "7": ("seven", "seventh"), "8": ("eight", "eighth"), "9": ("nine", "ninth"),
    "10": ("ten", "tenth"), "11": ("eleven", "eleventh"), "12": ("twelve", "twelfth"),
}  # fmt: skip
_NUMBER = re.compile(r"(\d+)(?:st|nd|rd|th|d)?")


def _explained(marks: frozenset[str], other: TitleKey) -> bool:
    """Whether every number only one title has is in the other title all the same: spaced
    ("O2" / "O 2", "RAID5" / "RAID 5") or spelled out ("4th" / "fourth", "2D" /
    "two-dimensional"). Never a number inside a longer one ("2" in "2021")."""
    for mark in marks:
        m = _NUMBER.fullmatch(mark)
        if m and any(w in other.words for w in _NUMBER_WORDS.get(m.group(1), ())):
            continue
        if _spelled_to(mark, other.words):
            continue
        if not re.search(rf"(?<!\d){re.escape(mark)}(?!\d)", other.compact):
            return False
    return True


def _spelled_to(mark: str, words: tuple[str, ...]) -> bool:
    """'p2p' / 'peer-to-peer', 'b2b' / 'business-to-business'."""
    if len(mark) != 3 or mark[1] != "2" or not (mark[0] + mark[2]).isalpha():
        return False
    return any(
        x[:1] == mark[0] and y[:1] == mark[2] and to == "to"
        for x, to, y in zip(words, words[1:], words[2:], strict=False)
    )


def _remarks_only(a: TitleKey, b: TitleKey) -> bool:
    """Numbers that differ only in a bracketed remark of one title, "(10-year award)",
    "(SIGMOD'02)", "[technical report cmpt99-12]": a remark, not a part ("(part ii)")."""
    ca, cb = _core(a), _core(b)
    if ca.marks != cb.marks:
        return False
    removed = set(a.words) - set(ca.words) | set(b.words) - set(cb.words)
    return removed.isdisjoint(PART_WORDS)


def _part_number(extra: str) -> str | None:
    """'part ii', 'vol 2' in the words around a shorter title: the longer one is one part
    of a work in parts, not the whole ("X" is not "X, Part II")."""
    ws = extra.split()
    for w, nxt in pairwise(ws):
        if w in PART_WORDS and (nxt.isdigit() or nxt in ROMAN_NUMERALS):
            return f"numbers differ: {w} {nxt} in one title only"
    return None


def _words(a: TitleKey, b: TitleKey) -> tuple[str, int]:
    """Content words that differ, described, and how many."""
    ua, ub = _unpaired(a, b)
    if ua and ub:
        return f"words differ: {_describe(ua)} vs {_describe(ub)}", max(len(ua), len(ub))
    if ua or ub:
        return f"words in one title only: {_describe(ua or ub)}", len(ua or ub)
    return "", 0


# A run of this many content words shared from one title's start to the other's end is
# one title: the other cut short by an index, with names or a date run into its start.
CUT_RUN = 5


def _cut(a: TitleKey, b: TitleKey) -> tuple[int, str] | None:
    """(words shared, words before them) if one title is the other cut short at its end
    with words run into its start: "locally adaptive ... time series databases" and
    "s. and pazzani mj: locally adaptive ... time series". The longest run of words
    shared must start the complete title and end the cut one."""
    for full, cut in ((a.words, b.words), (b.words, a.words)):
        if len(full) <= CUT_RUN or not cut:
            continue
        # where the cut title's last words start inside the full title's beginning
        tail = cut[-CUT_RUN:]
        for end in range(len(full) - 1, CUT_RUN - 1, -1):
            if full[end - CUT_RUN : end] != tail:
                continue
            run = CUT_RUN
            while run < end and run < len(cut) and full[end - run - 1] == cut[-run - 1]:
                run += 1
            content = sum(w not in STOP for w in full[end - run : end])
            if end - run == 0 and content >= CUT_RUN and run < len(cut):
                return run, " ".join(cut[: len(cut) - run])
    return None


def _core(t: TitleKey) -> TitleKey:
    return title_key(t.core) if t.core != t.text else t


_LIGATURES = re.compile(r"ff[il]|f[fil]")


def _unligated(compact: str) -> str:
    """A title without the letters PDF ligatures stand for (ff, fi, fl, ffi, ffl)."""
    return _LIGATURES.sub("", compact) if "f" in compact else compact


def compare_titles(a: TitleKey, b: TitleKey) -> TitleResult:
    if not a.text or not b.text:
        return TitleResult(DIFFERENT, 0.0, "no title")
    short, long_ = (a, b) if len(a.text) <= len(b.text) else (b, a)
    n = len(short.content)
    if a.compact == b.compact:
        return TitleResult(SAME, 100.0, "title 100", n)
    if _unligated(a.compact) == _unligated(b.compact):
        # "an e cient algorithm" / "an efficient algorithm": text taken from a PDF loses the
        # ligatures ("ﬃ", "ﬁ"); nothing else differs
        return TitleResult(SAME, 100.0, "title 100 (ligatures lost)", n)
    if len(a.words) == len(b.words) > 2 and sorted(a.words) == sorted(b.words):
        # "dynamic multidimensional histograms" / "multidimensional dynamic histograms":
        # the same words in another order are one title misremembered, not a new work
        return TitleResult(CLOSE, REORDERED, "title words reordered", n)
    score = 100 * _ratio(a.text, b.text)
    whole_a, whole_b = a, b  # markers count on whole titles, remarks included
    extended = EXTENDED in a.flags ^ b.flags
    if a.core != a.text or b.core != b.text:
        core = 100 * _ratio(a.core, b.core)
        if core > score:  # a bracketed remark ("(demo abstract)") is not the title
            score, a, b = core, _core(a), _core(b)
            short, long_ = (a, b) if len(a.text) <= len(b.text) else (b, a)
    inside, extra, lead = 0.0, "", ""
    ls, ll = len(short.text), len(long_.text)
    if (
        ll > ls + 3
        and len(short.words) >= 2
        # If the shorter title matched a part of the longer one to INSIDE%, the whole
        # titles would still score at least this much (Indel distance is a metric).
        and score >= (200 - INSIDE) * ls / (ls + ll) - 1
    ):
        al = partial_ratio_alignment(short.text, long_.text, score_cutoff=INSIDE)
        if al is not None and al.score > score:
            inside = al.score
            window, extra, lead = _window(long_.text, al.dest_start, al.dest_end)
            long_ = title_key(window)
    if score < FLOOR and not inside:
        return TitleResult(DIFFERENT, score, f"title {score:.0f} < {FLOOR:.0f}", n, 0, extended)
    # Numbers count on the part that matched (a year around a title is no part of it), but
    # on whole titles otherwise: "(Part II)" is no mere remark.
    if inside:
        veto = _veto(whole_a, whole_b, short, long_) or _part_number(extra) or _head_phrase(lead)
    else:
        veto = _veto(whole_a, whole_b, whole_a, whole_b)
    if veto:
        return TitleResult(VETO, score, veto, n, 0, extended)
    words, count = _words(short, long_)
    if words:
        cut = _cut(whole_a, whole_b)
        if cut is not None:
            run, lead = cut
            veto = _head_phrase(lead)
            if veto:
                return TitleResult(VETO, score, veto, n, 0, extended)
            return TitleResult(
                PART,
                100.0 * run / min(len(a.words), len(b.words)),
                f"title cut short ({run} words shared)",
                n,
                0,
                extended,
            )
    if words:
        return TitleResult(WORDS, score, words, n, count, extended)
    if inside:
        reason = f"title {inside:.0f} (without '{_describe(extra)}')"
        return TitleResult(PART, inside, reason, n, 0, extended)
    return TitleResult(CLOSE, score, f"title {score:.0f}", n, 0, extended)
