"""What the style readers share."""

from __future__ import annotations

from cvbib.model import Span
from cvbib.parse.whole import page_range, title_spans


def test_title_spans_and_page_ranges() -> None:
    text = "Roe, B., Title of the paper, GM 210, 2006, 55 – 63."
    assert title_spans(text, "Title of the paper") == (Span("title", 9, 27),)
    assert title_spans(text, "Absent") == ()
    assert title_spans(text, None) == ()
    assert (page_range("55 – 63"), page_range("e14712"), page_range(None)) == (
        "55--63",
        "e14712",
        None,
    )
