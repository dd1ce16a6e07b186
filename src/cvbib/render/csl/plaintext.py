"""Marked text as citeproc-js's "text" output format writes it (for comparisons and tests)."""

from __future__ import annotations

from cvbib.render.markup import MARKS, plain

_LABEL_CLOSE = MARKS["label"][1]
_BLOCK_OPEN = MARKS["block"][0]


def citeproc_text(marked: str) -> str:
    """Plain text of an entry: a left-margin label is followed by a space and a block
    starts on a new line, as in citeproc-js; whitespace is then collapsed to single spaces
    (citeproc-js's text entries are compared line by line)."""
    text = marked.replace(_LABEL_CLOSE, _LABEL_CLOSE + " ").replace(_BLOCK_OPEN, "\n" + _BLOCK_OPEN)
    return " ".join(plain(text).split())
