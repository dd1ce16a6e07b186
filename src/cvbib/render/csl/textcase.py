"""CSL text-case: a port of citeproc-js ``CSL.Output.Formatters``.

citeproc-py's title case capitalises only space-separated words and lowercases stop
words everywhere; citeproc-js splits on punctuation too (``Brain-Inspired``,
``O(n Log n)``), never touches words that already contain capitals (``arXiv``), keeps
``<span class="nocase">`` untouched and uses a longer stop-word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

SKIP_WORDS = [
    "about", "above", "across", "afore", "after", "against", "al", "along", "alongside",
    "amid", "amidst", "among", "amongst", "anenst", "apropos", "apud", "around", "as",
    "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below",
    "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "despite",
    "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside",
    "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on",
    "onto", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through",
    " thru", "throughout", "thruout", "till", "to", "toward", "towards", "under",
    "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v", "via",
    "vis-à-vis", "with", "within", "without", "according to", "ahead of", "apart from",
    "as for", "as of", "as per", "as regards", "aside from", "back to", "because of",
    "close to", "due to", "except for", "far from", "inside of", "instead of", "near to",
    "next to", "on to", "out from", "out of", "outside of", "prior to", "pursuant to",
    "rather than", "regardless of", "such as", "that of", "up to", "where as", "or", "yet",
    "so", "for", "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca",
]  # fmt: skip
# JS builds this from the raw words (so "vs." matches "vs" + any char, as there)
_SKIP_REX = re.compile(r"(?:(?:[?!:]*\s+|-|^)(?:" + "|".join(SKIP_WORDS) + r")(?=[!?:]*\s+|-|$))")
_TAG_REX = re.compile(
    r'(?:\u2018|\u2019|\u201C|\u201D| "| \'|"|\'|[-\u2013\u2014/.,;?!:]|\[|\]|\(|\)'
    r'|<span style="font-variant: small-caps;">|<span class="no(?:case|decor)">|</span>'
    r"|</?(?:i|sc|b|sub|sup)>)"
)
_WORD_SEP = re.compile("(?:[\u00a0\u0020\u2000-\u200b\u205f\u3000]+)")
_PROTECTING = {
    '<span style="font-variant: small-caps;">': "</span>",
    '<span class="nocase">': "</span>",
    '<span class="nodecor">': "</span>",
    "<sc>": "</sc>",
    "<sub>": "</sub>",
    "<sup>": "</sup>",
}
_QUOTE_PARAMS = {
    ' "': (" '", '"'),
    " '": (' "', "'"),
    "\u2018": ("\u2018", "\u2019"),
    "\u201c": ("\u201c", "\u201d"),
}
_QUOTE_TAG = re.compile("(^(?:\u2018|\u2019|\u201c|\u201d|\"|')|(?: \"| ')$)")
_GREEK = re.compile("^[\u0370-\u03ff]$")


@dataclass
class _Doppel:
    tags: list[str]
    strings: list[str]
    orig: list[str]


def _split(rex: re.Pattern[str], text: str) -> _Doppel:
    tags = rex.findall(text)
    if not tags:
        return _Doppel([], [text], [text])
    strings = rex.split(text)
    for i in range(len(tags) - 1, -1, -1):
        if tags[i] == "'" and strings[i + 1]:
            strings[i + 1] = tags[i] + strings[i + 1]
            tags[i] = ""
    return _Doppel(tags, strings, list(strings))


def _join(d: _Doppel) -> str:
    out = [d.strings[0]]
    for tag, text in zip(d.tags, d.strings[1:], strict=False):
        out.append(tag)
        out.append(text)
    return "".join(out)


def capitalise(word: str) -> str:
    """Uppercase the first character (a lone Greek letter is left alone, as in citeproc-js)."""
    m = re.match(r"(^\s*)(.)(.*)", word, re.S)
    if m and not (_GREEK.match(m.group(2)) and not m.group(3)):
        return m.group(1) + m.group(2).upper() + m.group(3)
    return word


@dataclass
class _Config:
    words: Callable[[_Config, str, int, str | None], str]
    quote_state: list[dict[str, object]] | None = field(default_factory=list)
    tag_state: list[str] = field(default_factory=list)
    after_punct: bool | None = None
    is_first: bool | None = None
    last_word: tuple[int, int] | None = None
    skip: bool = False


def _engine(cfg: _Config, text: str) -> str:
    if not text:
        return ""
    text = re.sub(r'(<span)\s+(class="no(?:case|decor)")[^>]*(>)', r"\1 \2\3", text)
    text = re.sub(
        r'(<span)\s+(style="font-variant:)\s*(small-caps);?(")[^>]*(>)', r"\1 \2 \3;\4\5", text
    )
    d = _split(_TAG_REX, text)

    def try_open(tag: str, pos: int) -> int | None:
        qs = cfg.quote_state
        assert qs is not None
        opener, closer = _QUOTE_PARAMS[tag]
        if not qs or tag == qs[-1]["opener"]:
            qs.append({"opener": opener, "closer": closer, "pos": pos})
            return None
        prev = qs[-1].get("pos")
        qs.pop()
        qs.append({"opener": opener, "closer": closer})  # citeproc-js loses the position here
        return prev if isinstance(prev, int) else None

    def try_close(tag: str, pos: int) -> int | None:
        qs = cfg.quote_state
        assert qs is not None
        if qs and tag == qs[-1]["closer"]:
            qs.pop()
            return None
        return pos

    def quote_fix(tag: str, pos: int) -> int | None:
        m = _QUOTE_TAG.search(tag)
        if not m:
            return None
        q = m.group(1)
        if q in ("\u201c", "\u2018", ' "', " '"):
            return try_open(q, pos)
        return try_close(q, pos)

    if d.strings and d.strings[0].strip():
        d.strings[0] = cfg.words(cfg, d.strings[0], 0, d.tags[0] if d.tags else None)
    for i, tag in enumerate(d.tags):
        text_i = d.strings[i + 1]
        if tag in _PROTECTING:
            cfg.tag_state.append(_PROTECTING[tag])
        elif cfg.tag_state and tag == cfg.tag_state[-1]:
            cfg.tag_state.pop()
        if cfg.after_punct is not None and re.search(r"[!?:]$", tag):
            cfg.after_punct = True
        if not cfg.tag_state:
            # citeproc-js passes the doppel object where the following tag belongs
            d.strings[i + 1] = cfg.words(cfg, text_i, i + 1, None)
        elif d.strings[i + 1].strip():
            cfg.last_word = None
        if cfg.quote_state is not None:
            qpos = quote_fix(tag, i)
            if qpos is not None:
                orig = d.orig[qpos + 1][:1]
                d.strings[qpos + 1] = orig + d.strings[qpos + 1][1:]
                cfg.last_word = None
        if cfg.is_first and text_i.strip():
            cfg.is_first = False
        if cfg.after_punct and text_i.strip():
            cfg.after_punct = False
    if cfg.quote_state:
        for state in cfg.quote_state:
            qpos = state.get("pos")
            if isinstance(qpos, int):
                orig = d.orig[qpos + 1][:1]
                d.strings[qpos + 1] = orig + d.strings[qpos + 1][1:]
    if cfg.last_word is not None:
        si, wi = cfg.last_word
        wd = _split(_WORD_SEP, d.strings[si])
        word = wd.strings[wi]
        if len(word) > 1 and _SKIP_REX.search(word.lower()):
            wd.strings[wi] = capitalise(word)
        d.strings[si] = _join(wd)
    return _join(d)


def _split_words(text: str) -> _Doppel:
    tags = _WORD_SEP.findall(text)
    return _Doppel(tags, _WORD_SEP.split(text) if tags else [text], [])


def _title_words(cfg: _Config, text: str, i: int, following: str | None) -> str:
    if not text.strip():
        return text
    wd = _split_words(text)
    words = wd.strings
    for j, word in enumerate(words):
        if not word:
            continue
        lcase = word.lower()
        if word == lcase and (
            (len(word) > 1 and not _SKIP_REX.search(lcase))
            or (j == len(words) - 1 and following == "-")
            or cfg.is_first
            or cfg.after_punct
        ):
            words[j] = capitalise(word)
        cfg.after_punct = False
        cfg.is_first = False
        cfg.last_word = (i, j)
    return _join(wd)


def _first_words(cfg: _Config, text: str, i: int, following: str | None) -> str:
    wd = _split_words(text)
    for j, word in enumerate(wd.strings):
        if word and cfg.is_first:
            if word == word.lower():
                wd.strings[j] = capitalise(word)
            cfg.is_first = False
            break
    return _join(wd)


def _all_words(cfg: _Config, text: str, i: int, following: str | None) -> str:
    wd = _split_words(text)
    wd.strings = [capitalise(w) if w and w == w.lower() else w for w in wd.strings]
    return _join(wd)


def _sentence_words(cfg: _Config, text: str, i: int, following: str | None) -> str:
    words = text.split(" ")
    for j, word in enumerate(words):
        if word:
            if cfg.is_first:
                words[j] = capitalise(word)
                cfg.is_first = False
            else:
                words[j] = word.lower()
    return " ".join(words)


def _lower_words(cfg: _Config, text: str, i: int, following: str | None) -> str:
    return " ".join(w.lower() for w in text.split(" "))


def _upper_words(cfg: _Config, text: str, i: int, following: str | None) -> str:
    return " ".join(w.upper() for w in text.split(" "))


@lru_cache(maxsize=16384)
def apply(case: str, text: str) -> str:
    """``text`` in CSL text-case ``case`` (unknown cases leave the text alone)."""
    if case == "title":
        return _engine(_Config(_title_words, after_punct=False, is_first=True), text)
    if case == "capitalize-first":
        return _engine(_Config(_first_words, is_first=True), text)
    if case == "capitalize-all":
        return _engine(_Config(_all_words), text)
    if case == "sentence":
        return _engine(_Config(_sentence_words, is_first=True), text)
    if case == "lowercase":
        return _engine(_Config(_lower_words, quote_state=None), text)
    if case == "uppercase":
        return _engine(_Config(_upper_words, quote_state=None), text)
    return text
