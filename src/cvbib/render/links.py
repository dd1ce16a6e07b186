"""Links in rendered entries, as CSL 1.0.2 appendix VI asks of processors.

A DOI or URL an entry prints becomes a link to itself (a bare DOI links to
https://doi.org/). With ``titles``, an entry's title links to its DOI (else its URL), which
a publication list on a website wants. Only http(s) targets are linked, so data cannot
smuggle a ``javascript:`` link into HTML.
"""

from __future__ import annotations

import re
from typing import Any

from cvbib.render.markup import LINK_OPEN, link

_URL = re.compile(r"https?://[^\s\ue000-\uf8ff<>\"]+")
_TRAILING = ".,;:!?)]}’”'\""
_QUOTES = {"'": "['’‘]", "’": "['’‘]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break  # a URL with balanced parentheses keeps its ")"
        url = url[:-1]
    return url


def target(item: dict[str, Any]) -> str | None:
    """Where an item's title should point: its DOI, else its http(s) URL."""
    doi = str(item.get("DOI") or "").strip()
    if doi:
        return f"https://doi.org/{doi}"
    url = str(item.get("URL") or "").strip()
    return url if url.startswith(("http://", "https://")) else None


def _spans(text: str, item: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, url) of every URL and bare DOI the text shows, without overlaps."""
    spans: list[tuple[int, int, str]] = []
    for m in _URL.finditer(text):
        url = _trim(m.group(0))
        spans.append((m.start(), m.start() + len(url), url))
    doi = str(item.get("DOI") or "").strip()
    if doi:
        for m in re.finditer(re.escape(doi), text, re.I):
            if not any(s <= m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), f"https://doi.org/{doi}"))
    return sorted(spans)


def _title_pattern(title: str) -> re.Pattern[str]:
    # styles curl quotes and may break lines; case is the style's, so match either way
    parts = [_QUOTES.get(ch, r"\s+" if ch.isspace() else re.escape(ch)) for ch in title.strip()]
    return re.compile("".join(parts), re.I)


def add_links(text: str, item: dict[str, Any], *, titles: bool = False) -> str:
    """``text`` (marked) with its DOIs and URLs linked, and its title if ``titles``."""
    if LINK_OPEN in text:
        return text  # already linked
    spans = _spans(text, item)
    url = target(item) if titles else None
    title = str(item.get("title") or "")
    if url and title:
        m = _title_pattern(title).search(text)
        if m and not any(s < m.end() and m.start() < e for s, e, _ in spans):
            spans = sorted([*spans, (m.start(), m.end(), url)])
    out, pos = [], 0
    for start, end, href in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(link(href, text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)
