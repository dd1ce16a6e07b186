"""Duplicate detection and merging: one work listed twice becomes one record.

- :func:`match`: are two records the same work? (DOI, arXiv id, or title + authors + year)
- :func:`find_duplicates`: groups of one work in a list, by blocking, never all pairs
- :func:`combine`: one record from a group, field by field, with every conflict reported
"""

from __future__ import annotations

from cvbib.merge.combine import Conflict, combine
from cvbib.merge.group import find_duplicates
from cvbib.merge.ids import normalize_arxiv, normalize_doi
from cvbib.merge.match import Match, match

__all__ = [
    "Conflict",
    "Match",
    "combine",
    "find_duplicates",
    "match",
    "normalize_arxiv",
    "normalize_doi",
]
