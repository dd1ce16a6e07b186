"""``cvbib review``: one HTML page showing what was extracted and merged, and why.

:func:`review_input` reads each input, :func:`build_review` merges them as ``cvbib merge``
would, :func:`review_html` writes the self-contained page.
"""

from __future__ import annotations

from cvbib.review.collect import Entry, InputReview, Review, build_review, review_input
from cvbib.review.page import review_html

__all__ = ["Entry", "InputReview", "Review", "build_review", "review_html", "review_input"]
