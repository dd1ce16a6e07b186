"""Marked text: the one intermediate form every engine renders to and every format reads.

An entry is plain Unicode in which formatting is carried by pairs of private-use
characters (``\\ue000`` ... ``\\ue001`` is italic, and so on). Engines never produce
format-specific markup, so escaping happens in exactly one place (the output format),
and a title containing ``<script>`` or ``50% & more`` is just text until then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# style name -> (open, close). Private-use code points never occur in real data:
# :func:`clean` strips them from input before rendering.
MARKS: dict[str, tuple[str, str]] = {
    "italic": ("\ue000", "\ue001"),
    "bold": ("\ue002", "\ue003"),
    "smallcaps": ("\ue004", "\ue005"),
    "underline": ("\ue006", "\ue007"),
    "sup": ("\ue008", "\ue009"),
    "sub": ("\ue00a", "\ue00b"),
    "roman": ("\ue00c", "\ue00d"),  # font-style normal inside italic
    "unbold": ("\ue00e", "\ue00f"),  # font-weight normal inside bold
    "nosmallcaps": ("\ue010", "\ue011"),
    "highlight": ("\ue012", "\ue013"),  # the CV owner's name (--highlight)
    "label": ("\ue014", "\ue015"),  # CSL second-field-align: the [1] / 1. column
    "block": ("\ue016", "\ue017"),  # CSL display="block"
}
# A link carries its target: LINK_OPEN url LINK_TEXT text LINK_CLOSE. Engines never make
# links; cvbib adds them after rendering (CSL 1.0.2 appendix VI: DOIs and URLs, and titles).
LINK_OPEN, LINK_TEXT, LINK_CLOSE = "\ue018", "\ue019", "\ue01a"
_OPENERS = {o: name for name, (o, _c) in MARKS.items()}
_CLOSERS = {c: name for name, (_o, c) in MARKS.items()}
_CLOSERS[LINK_CLOSE] = "link"
_LINK_TARGET = re.compile(f"{LINK_OPEN}[^{LINK_TEXT}]*{LINK_TEXT}")
_ANY_MARK = re.compile("[\ue000-\ue01a]")
_PRIVATE = re.compile("[\ue000-\uf8ff]")


def wrap(style: str, text: str) -> str:
    """``text`` marked with ``style`` (empty text stays empty)."""
    if not text:
        return text
    o, c = MARKS[style]
    return f"{o}{text}{c}"


def clean(text: str) -> str:
    """Input text with private-use characters removed, so data cannot forge marks."""
    return _PRIVATE.sub("", text)


def link(url: str, text: str) -> str:
    """``text`` linked to ``url`` (empty text stays empty)."""
    if not text:
        return text
    return f"{LINK_OPEN}{clean(url)}{LINK_TEXT}{text}{LINK_CLOSE}"


def plain(text: str) -> str:
    """Marked text without its marks (a link keeps its text, not its target)."""
    return _ANY_MARK.sub("", _LINK_TARGET.sub("", text))


@dataclass
class Span:
    """A node of parsed marked text: ``style`` ("" for the root) and its children."""

    style: str = ""
    children: list[str | Span] = field(default_factory=list)
    url: str = ""  # the target of a "link" span


def parse(text: str) -> Span:
    """Marked text as a tree of :class:`Span` (unbalanced marks are dropped)."""
    root = Span()
    stack = [root]
    buf: list[str] = []
    url: list[str] | None = None  # collecting a link target

    def flush() -> None:
        if buf:
            stack[-1].children.append("".join(buf))
            buf.clear()

    for ch in text:
        if url is not None:
            if ch == LINK_TEXT:
                span = Span("link", url="".join(url))
                stack[-1].children.append(span)
                stack.append(span)
                url = None
            else:
                url.append(ch)
        elif ch == LINK_OPEN:
            flush()
            url = []
        elif ch == LINK_TEXT:
            continue  # stray separator
        elif ch in _OPENERS:
            flush()
            span = Span(_OPENERS[ch])
            stack[-1].children.append(span)
            stack.append(span)
        elif ch in _CLOSERS:
            flush()
            # close the innermost matching span; a stray closer is ignored
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth].style == _CLOSERS[ch]:
                    del stack[depth:]
                    break
        else:
            buf.append(ch)
    flush()
    return root
