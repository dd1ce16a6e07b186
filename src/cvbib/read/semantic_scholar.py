"""Semantic Scholar author pages, saved from a browser.

Each paper is a card, ``<div class="cl-paper-row ...">``: its title in an
``<h2 class="cl-paper-title">``, the authors (cut short with "…" and a "+3 authors" button),
the venue and date ("bioRxiv · 2024"), then the fields of study, a TLDR or the abstract's
first lines, citation counts and buttons, none of which is part of the reference. Read as
any page, the title would be a heading and the TLDR a sentence of the entry. This rewrites
each card, keeping every newline (so lines keep their numbers), into one list item on its
title's line, "<b>Title</b>. Authors. Venue, 2024.", under a "Publications" heading.
"""

from __future__ import annotations

import html
import re

CARD = re.compile(r'<div\b[^>]*\bclass="[^"]*\bcl-paper-row\b[^"]*"[^>]*>')
CARDS_END = re.compile(r"<nav\b[^>]*\bcl-pager\b|</section>|</main>|<footer\b")
TITLE = re.compile(r"<h2\b[^>]*\bcl-paper-title\b[^>]*>(.*?)</h2>", re.S)
AUTHOR = re.compile(r"<a\b[^>]*\bcl-paper-authors__author-link\b[^>]*>(.*?)</a>", re.S)
VENUE = re.compile(r"<span\b[^>]*\bcl-paper-venue\b[^>]*>(.*?)</span>", re.S)
DATE = re.compile(r'<span\b[^>]*\bcl-paper-pubdates\b[^>]*>(.*?)</span>\s*</span>|'
                  r'<span\b[^>]*\bcl-paper-pubdates\b[^>]*>(.*?)</span>', re.S)  # fmt: skip
TAGS = re.compile(r"<[^>]+>")


def is_semantic_scholar_page(text: str) -> bool:
    return "cl-paper-row" in text and "cl-paper-title" in text


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(TAGS.sub("", fragment))).strip()


def _card(chunk: str) -> str:
    title = TITLE.search(chunk)
    if title is None:
        return chunk
    authors = ", ".join(_text(a) for a in AUTHOR.findall(chunk))
    venue = VENUE.search(chunk)
    date = DATE.search(chunk)
    when = _text((date.group(1) or date.group(2)) if date else "")
    where = ", ".join(x for x in (_text(venue.group(1)) if venue else "", when) if x)
    # (the texts, unescaped to be read, are escaped again: "Science &amp; Technology")
    parts = (
        f"<b>{html.escape(_text(title.group(1)))}</b>",
        html.escape(authors),
        html.escape(where),
    )
    item = ". ".join(x for x in parts if x)
    lines = chunk.split("\n")
    at = chunk[: title.start()].count("\n")
    out = [""] * len(lines)
    out[at] = f"<li>{item}.</li>"
    return "\n".join(out)


def semantic_scholar_as_list(text: str) -> str:
    """The page with each paper one list item, under a "Publications" heading."""
    starts = [m.start() for m in CARD.finditer(text)]
    if not starts:
        return text
    end = CARDS_END.search(text, starts[-1])
    stop = end.start() if end else len(text)
    bounds = [*starts[1:], stop]
    pieces = [text[: starts[0]], "<h2>Publications</h2><ul>"]
    pieces += [_card(text[a:b]) for a, b in zip(starts, bounds, strict=True)]
    pieces += ["</ul>", text[stop:]]
    return "".join(pieces)
