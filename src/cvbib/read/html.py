"""HTML CVs, through the standard library's HTML parser: blocks become lines."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from html.parser import HTMLParser

from cvbib.read import register
from cvbib.read.dblp import dblp_as_list, is_dblp_page
from cvbib.read.document import Document, Line, RunBuilder
from cvbib.read.pure import is_pure_page, pure_as_list
from cvbib.read.semantic_scholar import is_semantic_scholar_page, semantic_scholar_as_list
from cvbib.read.tables import column_fields, join_lines, publication_table, table_lines

BLOCK = {
    "p", "div", "li", "dt", "dd", "tr", "td", "th", "br", "blockquote", "section", "article",
    "header", "footer", "main", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "title", "aside", "figure", "figcaption", "pre", "address",
}  # fmt: skip
SKIP = {"script", "style", "noscript", "svg", "template", "nav", "head", "button", "select"}
SKIP |= {"footer"}  # a site's footer ("© 2025 Jane Doe. Powered by Jekyll") holds no entry
# A publication page's abstracts and BibTeX blocks, folded under each entry ("<div
# class='abstract' style='display:none'>"), are not entries. (Visibility alone says
# nothing: a "show more" list is hidden too, and holds publications.)
HIDDEN_CLASSES = {"abstract", "bibtex", "bib"}
# ... and a Quarto listing's description (the abstract's start) and its category tags
HIDDEN_CLASSES |= {"listing-description", "listing-categories", "listing-reading-time"}
# ... and BibBase's (a publication list embedded from a .bib file)
HIDDEN_CLASSES |= {"bibbase_abstract", "bibbase_bibtex"}
# An element holding one entry of a theme's publication list: read like a list item (its
# title, authors, venue and date <div>s are the parts of one entry)
# (not WordPress's "entry" or a "card": a whole page's article, a section's box)
ITEM_CLASS = re.compile(
    r"quarto-post|paper|pub|publication|listing-item|archive__item|(?:pub|paper|publication)[-_]item"
    # (a repository's search results: DSpace's, EPFL Infoscience's)
    r"|result-item|ds-artifact-item"
    r"|bibbase_paper"  # BibBase's embedded list
)
# A heading element that titles one item of a listing ("<h3 class='listing-title'>",
# "<h2 class='archive__item-title'>") is the entry's title, not a section heading
ITEM_TITLE_CLASS = re.compile(r"(?:listing|item|paper|pub|publication)[-_]*title")
# An inline element holding an entry's journal or book ("<span class='journal'>"), as research
# information systems (Symplectic Elements, VIVO) mark their citations: read in italics, as
# citation styles print the venue
VENUE_CLASS = re.compile(
    # (not a theme's "venue", which holds the pages and the year too)
    r"journal|journal[-_]title|container[-_]title|book[-_]?title|proceedings|periodical"
)
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base"}


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    classes = set((dict(attrs).get("class") or "").lower().split())
    return bool(classes & HIDDEN_CLASSES)


# names separated by commas: the folded authors of an al-folio entry
NAME_LIST = re.compile(r"[^\W\d_][\w .\-’]*(?:,\s*[^\W\d_][\w .\-’]*)+")
BOLD = {"b", "strong"}
ITALIC = {"i", "em", "cite"}
SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


def sniff(text: str) -> float:
    head = text[:5000].lower()
    if "<html" in head or "<!doctype html" in head or "<body" in head:
        return 1.0
    tags = len(re.findall(r"</(p|li|div|h\d|ul|ol|span|td)>", text[:200_000], re.I))
    return 0.95 if tags >= 5 else 0.0


# a number alone that is no year
LONE_COUNT = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d{1,6}\*?")


# A class rule of a page's style sheet: ".c7{...;font-style:italic}" (Google Docs' export)
CSS_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")
CSS_ITALIC = re.compile(r"font-style\s*:\s*italic")
CSS_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b")


def css_styles(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The classes a page's <style> blocks set in italics and in bold: a word processor's
    export (Google Docs: "<span class='c7'>Nurse Education Today</span>") styles text by
    class, not by <i> and <b>."""
    italic: set[str] = set()
    bold: set[str] = set()
    for block in re.findall(r"<style\b[^>]*>(.*?)</style>", text[:500_000], re.S | re.I):
        for name, body in CSS_CLASS_RULE.findall(block):
            if CSS_ITALIC.search(body):
                italic.add(name.lower())
            if CSS_BOLD.search(body):
                bold.add(name.lower())
    return frozenset(italic), frozenset(bold)


class _Parser(HTMLParser):
    def __init__(
        self,
        first_lineno: int = 1,
        css: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.css_italic, self.css_bold = css
        self.css_open: list[tuple[str, bool, bool]] = []  # open elements: tag, italic, bold
        self.first = first_lineno
        self.lines: list[Line] = []
        self.run = RunBuilder()
        self.run_line: int | None = None
        self.skip = 0
        self.hidden: list[str | int | None] = [None, 0]  # a hidden element's tag, and its depth
        self.bold = 0
        self.italic = 0
        self.link = ""
        self.heading = 0
        self.item_marker = ""
        self.lists: list[list[int]] = []  # per open list: [ordered?, counter]
        self.soft = False  # the next line follows a <br>
        self.row: bool | None = None  # in a table row: None outside, True before its first line
        self.row_start = 0  # index of the row's first line in self.lines
        self.table_header: list[str] | None = None  # the open table's header cells
        self.table_fields: list[str | None] = []  # ... and the field each column holds
        self.cell_starts: list[tuple[int, int]] = []  # the open row's cells: (line index, line)
        self.header_cells = True  # the open row has only <th> cells so far
        self.items = 0  # open <li> elements
        self.item_started = False  # the open <li> has given its first line
        self.badge: list[str] = []  # open elements of class "badge", closed with "]"
        self.styled: list[str] = []  # open elements of class "title", read as bold
        self.quoted: list[str] = []  # open <span class="title">s, read in quotes
        self.sup_at: int | None = None  # where an open <sup> began in the run
        self.venue_styled: list[str] = []  # open elements of class "journal", read as italic
        self.more_authors: tuple[str, int] | None = None  # names for a folded list, depth
        self.containers: list[list] = []  # open entry elements (ITEM_CLASS): [tag, depth]

    # -- helpers -----------------------------------------------------------------------
    def _lineno(self) -> int:
        return self.getpos()[0] + self.first - 1

    def flush(self) -> None:
        if self.row is False and LONE_COUNT.fullmatch(self.run.text.strip()):
            # a later cell of a row with a number only: a citation count ("412", Google
            # Scholar's "98*"), not the entry's text (a year cell stays)
            self.run = RunBuilder()
            self.run_line = None
            return
        if self.run.text.strip():
            kind, level, marker = "text", 0, ""
            if self.heading:
                kind, level = "heading", self.heading
            elif self.item_marker:
                kind, marker, level = "item", self.item_marker, len(self.lists)
                self.item_marker = ""
                self.item_started = bool(self.items)
            elif self.items and self.item_started:
                # the blocks of one list item (a theme's title, authors and venue <div>s)
                # are the parts of one entry
                self.soft = True
            elif self.row:
                # a table row is one entry, its cells its parts: "2023 | Title<br>Venue"
                kind, marker, level = "item", "-", len(self.lists)
                self.row = False
            elif self.row is False:
                self.soft = True
            line = self.run.build(self.run_line or self._lineno(), kind=kind, level=level)
            if marker or self.soft:
                line = Line(**{**line.__dict__, "marker": marker, "soft": self.soft})
            self.lines.append(line)
            self.soft = False
        self.run = RunBuilder()
        self.run_line = None

    # -- HTMLParser hooks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden[0] is not None:
            if tag == self.hidden[0]:
                self.hidden[1] = int(self.hidden[1] or 0) + 1
            return
        if tag not in VOID and _hidden(attrs):
            self.flush()
            self.hidden = [tag, 1]
            return
        if tag in SKIP:
            self.skip += 1
            return
        if self.more_authors is not None:
            if tag == "span":
                self.more_authors = (self.more_authors[0], self.more_authors[1] + 1)
            return
        classes = (dict(attrs).get("class") or "").lower().split()
        if (self.css_italic or self.css_bold) and tag not in VOID:
            styled_italic = not self.css_italic.isdisjoint(classes)
            styled_bold = not self.css_bold.isdisjoint(classes)
            self.css_open.append((tag, styled_italic, styled_bold))
            self.italic += styled_italic
            self.bold += styled_bold
        if tag == "span" and "more-authors" in classes:
            # al-folio folds long author lists: "and <span onclick='... ? \'A, B, C\' :
            # \'3 more authors\''>3 more authors</span>"; the names are in the script
            quoted = [
                q
                for q in re.findall(r"'([^'\n]{3,})'", dict(attrs).get("onclick") or "")
                if NAME_LIST.fullmatch(q)
            ]
            if quoted:
                self.more_authors = (max(quoted, key=len), 1)
                return
        if tag in BLOCK:
            self.flush()
            self.soft = tag == "br"
        if self.containers and tag == self.containers[-1][0]:
            self.containers[-1][1] += 1
        elif tag in ("div", "article", "section") and any(ITEM_CLASS.fullmatch(c) for c in classes):
            self.containers.append([tag, 1])
            self.items += 1
            self.item_started = False
            self.item_marker = "-"
        if tag == "table":
            self.table_header = None
        if tag == "tr":
            self.row = True
            self.row_start = len(self.lines)
            self.header_cells = True
            self.cell_starts = []
        elif tag == "td":
            self.header_cells = False
        if tag in ("td", "th") and self.row is not None:
            self.cell_starts.append((len(self.lines), self._lineno()))
        if tag in ("ul", "ol"):
            self.lists.append([tag == "ol", 0])
        elif tag == "li":
            self.items += 1
            self.item_started = False
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                self.item_marker = f"{self.lists[-1][1]}."
            else:
                self.item_marker = "-"
        elif tag in BOLD:
            self.bold += 1
        elif tag in ITALIC:
            self.italic += 1
        elif tag == "a":
            self.link = dict(attrs).get("href") or "#"
        elif re.fullmatch(r"h[1-6]", tag) and not any(ITEM_TITLE_CLASS.search(c) for c in classes):
            self.heading = int(tag[1])
        if tag == "sup":
            self.sup_at = self.run.length
        if "title" in classes and tag == "span" and self.run.text.strip():
            # a title inside a running citation, after its authors ("<span class='title'>",
            # Symplectic Elements): quoted, as citation styles set an article's title off
            self.quoted.append(tag)
            self._data("“")
        elif "title" in classes and tag not in VOID:
            # a theme's title block ("<div class='title'>"): the title, as a bold run says
            self.styled.append(tag)
            self.bold += 1
        if tag == "span" and any(VENUE_CLASS.fullmatch(c) for c in classes):
            # (a theme's venue <div> is a line of its own, read as it is printed)
            self.venue_styled.append(tag)
            self.italic += 1
        if "badge" in classes and tag not in VOID:
            # a theme's venue badge ("<abbr class='badge'>ICLR</abbr>") reads as a tag: [ICLR]
            self.badge.append(tag)
            self._data("[")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden[0] is not None:
            if tag == self.hidden[0]:
                self.hidden[1] = int(self.hidden[1] or 0) - 1
                if self.hidden[1] == 0:
                    self.hidden = [None, 0]
            return
        if tag in SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if self.more_authors is not None:
            if tag == "span":
                names, depth = self.more_authors
                self.more_authors = (names, depth - 1) if depth > 1 else None
                if depth == 1:
                    # "A, B, and <3 more authors>" -> "A, B, C, D, and E"
                    people = [n.strip() for n in names.split(",") if n.strip()]
                    if self.run.drop_suffix("and ") and len(people) > 1:
                        people[-1] = f"and {people[-1]}"
                    self._data(", ".join(people))
            return
        if self.css_open and any(t == tag for t, _, _ in self.css_open):
            while self.css_open:
                open_tag, styled_italic, styled_bold = self.css_open.pop()
                self.italic = max(self.italic - styled_italic, 0)
                self.bold = max(self.bold - styled_bold, 0)
                if open_tag == tag:
                    break
        if tag == "sup" and self.sup_at is not None:
            self.run.superscript_after_name(self.sup_at)  # "Ishikawa<sup>S</sup>"
            self.sup_at = None
        if self.quoted and tag == self.quoted[-1]:
            self.quoted.pop()
            self.run.drop_suffix(" ")
            self._data("”")
        if self.styled and tag == self.styled[-1]:
            self.styled.pop()
            self.bold = max(self.bold - 1, 0)
        if self.venue_styled and tag == self.venue_styled[-1]:
            self.venue_styled.pop()
            self.italic = max(self.italic - 1, 0)
        if self.badge and tag == self.badge[-1]:
            self.badge.pop()
            self._data("]")
        if tag == "li":
            self.items = max(self.items - 1, 0)
        if tag in BLOCK:
            self.flush()
            # "...<br></p>": a break closing its block joins nothing to the next one
            # (a "<br/>" ends as it starts)
            self.soft = self.soft and tag == "br"
        if self.containers and tag == self.containers[-1][0]:
            self.containers[-1][1] -= 1
            if self.containers[-1][1] == 0:
                self.containers.pop()
                self.items = max(self.items - 1, 0)
                self.item_marker = ""
        if tag == "tr":
            self.row = None
            self._header_row() if self.header_cells else self._publication_row()
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in BOLD:
            self.bold = max(self.bold - 1, 0)
        elif tag in ITALIC:
            self.italic = max(self.italic - 1, 0)
        elif tag == "a":
            self.link = ""
        elif re.fullmatch(r"h[1-6]", tag):
            self.heading = 0

    def _header_row(self) -> None:
        """A row of <th> cells only ("Title | Cited by | Year" above a Google Scholar
        profile's rows) is the table's heading, under the page's own headings."""
        cells = self.lines[self.row_start :]
        if not self.header_cells or not cells or self.heading:
            return
        text = " | ".join(c.text.strip() for c in cells)
        self.lines[self.row_start :] = [Line(text, cells[0].lineno, kind="heading", level=6)]
        self.table_header = [c.text.strip() for c in cells]
        self.table_fields = column_fields(self.table_header)

    def _publication_row(self) -> None:
        """A row under a header that names a title column and other fields ("Title of the
        Paper | Name of the Journal | Year | Authors"): the one citation its cells make, its
        authors first, whatever the columns' order (one line a cell, or it is left alone)."""
        header = self.table_header
        if not header or len(self.cell_starts) != len(header) or len(header) < 3:
            return
        if not publication_table(self.table_fields, least=3):
            return
        # one line a cell: a cell of several lines joined, an empty one empty
        bounds = [*self.cell_starts, (len(self.lines), 0)]
        cells = []
        for (a, lineno), (b, _) in itertools.pairwise(bounds):
            parts = [replace(ln, kind="text", soft=False) for ln in self.lines[a:b]]
            cells.append(join_lines(parts, " ") if parts else Line("", lineno))
        head = [Line(h, cells[0].lineno) for h in header]
        rows = table_lines(header, [head, cells])
        if rows:  # (on the row's first line, whichever cell its citation opens with)
            self.lines[self.row_start :] = [replace(r, lineno=cells[0].lineno) for r in rows]

    def handle_data(self, data: str) -> None:
        if self.skip or self.hidden[0] is not None or self.more_authors is not None:
            return
        self._data(data)

    def _data(self, data: str) -> None:
        text = SPACES.sub(" ", data)
        if not text.strip() and not self.run.text:
            return
        if self.run_line is None and text.strip():
            # the line of the first non-space character of this block
            self.run_line = self._lineno() + data[: len(data) - len(data.lstrip())].count("\n")
        self.run.add(text, bold=self.bold > 0, italic=self.italic > 0, link=self.link)


def html_fragment_lines(
    fragment: str,
    first_lineno: int,
    css: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> list[Line]:
    parser = _Parser(first_lineno, css)
    parser.feed(fragment)
    parser.close()
    parser.flush()
    return parser.lines


@register("html", (".html", ".htm", ".xhtml"), sniff)
def read_html(text: str, path: str) -> Document:
    hints: dict[int, str] = {}
    if is_pure_page(text):
        text = pure_as_list(text)
    elif is_semantic_scholar_page(text):
        text = semantic_scholar_as_list(text)
    elif is_dblp_page(text):
        text, hints = dblp_as_list(text)
    css = css_styles(text) if "<style" in text else (frozenset(), frozenset())
    lines = html_fragment_lines(text, 1, css)
    if hints:  # each record of a dblp page names its type
        lines = [replace(ln, hint=hints.get(ln.lineno) or ln.hint) for ln in lines]
    # Blocks are separate paragraphs: put a blank line between them for the finder.
    out: list[Line] = []
    for line in lines:
        if out and line.kind == "text" and not line.soft:
            # a <br> inside a block is a line break, not a new paragraph
            out.append(Line("", line.lineno, "blank"))
        out.append(line)
    return Document(path, "html", out)
