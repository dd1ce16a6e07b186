"""Elsevier Pure research portals ("Research output" pages of Danish, Dutch and British
universities), saved as HTML.

Pure renders each output as a block of its own, a ``<div class="rendering
rendering_researchoutput ...">`` with the title in an ``<h3 class="title">``, the people,
date and venue on the line below, and Pure's type line ("Research output: Contribution to
journal › Article › peer-review") in a ``<p class="type">``. Read as any page, each title
would be a heading over a paragraph. This rewrites the blocks, keeping every newline (so
lines keep their numbers), into one paragraph each (the title in bold, then the rest) under
a "Research output" heading; :mod:`cvbib.parse.pure` reads the items.
"""

from __future__ import annotations

import re

MARKER = "rendering_researchoutput"
BLOCK = re.compile(
    r"(<div\b[^>]*\bclass=\"[^\"]*\brendering_researchoutput\b[^\"]*\"[^>]*>)(.*?)(?=<div\b[^>]*\bclass=\"[^\"]*\bsearch-result-group\b|</li>|<li\b|$)",
    re.S,
)
TITLE_OPEN = re.compile(r"<h3\b[^>]*\bclass=\"[^\"]*\btitle\b[^\"]*\"[^>]*>")
OTHER_BLOCK_TITLE = re.compile(
    r"(<div\b[^>]*\bclass=\"[^\"]*\brendering\b[^\"]*\"[^>]*>\s*)"
    r"<h3\b[^>]*\bclass=\"[^\"]*\btitle\b[^\"]*\"[^>]*>(.*?)</h3>",
    re.S,
)
TYPE_OPEN = re.compile(r"<p\b[^>]*\bclass=\"[^\"]*\btype\b[^\"]*\"[^>]*>")
LIST = re.compile(r"<ul\b[^>]*\bclass=\"[^\"]*\blist-results\b[^\"]*\"[^>]*>")


STATUS = re.compile(r"<span\b[^>]*\bclass=\"status\"[^>]*>")
TYPE_FAMILY = re.compile(r"Research output|Forskningsoutput|Onderzoeksoutput|Forskningsresultat")


def is_pure_page(text: str) -> bool:
    # (a page in Danish or Dutch names its outputs "Forskningsoutput", "Onderzoeksoutput")
    return MARKER in text


def _item(m: re.Match[str]) -> str:
    body = m.group(2)
    # the title: bold, and a sentence of its own
    body = TITLE_OPEN.sub("<b>", body, count=1)
    body = body.replace("</h3>", "</b>. ", 1)
    # ("... gøre?" ends its own sentence)
    body = re.sub(r"([?!.])((?:\s*</(?:span|a)>)*)\s*</b>\. ", r"\1\2</b> ", body, count=1)
    # the type line goes on in the same item (its words say what the output is)
    body = TYPE_OPEN.sub(" <span>", body, count=1)
    body = body.replace("</p>", "</span>", 1)
    return m.group(1) + body


def _cited_item(m: re.Match[str]) -> str:
    """An output rendered in a citation style (APA, Harvard, ...): the reference, then its
    status ("Accepteret/In press - 2025") and Pure's type line below it, read as remarks."""
    item = m.group(0)
    item = STATUS.sub("<span> Status: ", item)
    typed = TYPE_OPEN.search(item)
    if typed:
        end = item.find("</p>", typed.end())
        line = item[typed.end() : end if end >= 0 else len(item)]
        # Pure's type line names the family of outputs only in the portal's own rendering
        said = "" if TYPE_FAMILY.search(line) else "Research output: "
        item = item[: typed.start()] + f" <span>{said}" + item[typed.end() :]
        item = item.replace("</p>", "</span>", 1)
    return item


def pure_as_list(text: str) -> str:
    """The page with each research output one paragraph, under a "Research output" heading."""
    # (a citation style's rendering has no title of its own: its item is read as it is)
    text = re.sub(
        r"<li\b(?:(?!</li>).)*?\brendering_researchoutput\b(?:(?!</li>).)*</li>",
        lambda m: m.group(0) if TITLE_OPEN.search(m.group(0)) else _cited_item(m),
        text,
        flags=re.S,
    )
    out = BLOCK.sub(_item, text)
    # the portal's other blocks (activities, projects, prizes) title theirs alike: the
    # title of an item, not a heading ("Scandinavian Journal of Public Health (Tidsskrift)",
    # an editorial board, would head a section of publications)
    out = OTHER_BLOCK_TITLE.sub(r"\1<b>\2</b>. ", out)
    heading = "<h2>Research output</h2>"
    found = LIST.search(out)
    if found:
        return out[: found.start()] + heading + out[found.start() :]
    first = BLOCK.search(text)
    return heading + out if first is None else out  # (no list: the heading goes first)
