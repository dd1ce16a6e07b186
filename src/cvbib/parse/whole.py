"""What the style readers share: they read a reference whole, outside the general rules,
and still point the record into the entry's text and write its pages alike."""

from __future__ import annotations

import re

from cvbib.model import Span


def title_spans(text: str, title: str | None, probe: int = 30) -> tuple[Span, ...]:
    """The title's span in ``text``, found by its first ``probe`` characters (the reader
    may have joined the lines the title was wrapped over); none when it is not found."""
    at = text.find(title[:probe]) if title else -1
    return (Span("title", at, at + len(title)),) if title and at >= 0 else ()


def page_range(pages: str | None) -> str | None:
    """ "123 – 145" -> "123--145" (a single page or an article number stays as it is)."""
    return re.sub(r"\s*[-–]\s*", "--", pages) if pages else None
