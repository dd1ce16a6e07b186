"""Tables of publications, whatever format they come in: a header row names each column's
field ("Title", "Authors", "Journal/Publisher", "Vol./Issue/Pages"), and each row is written
as the one citation its cells make. Markdown, HTML and tab-separated text tables share it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cvbib.normalize.kinds import work_kind
from cvbib.read.document import Line

# Column headings of a publication table, by the field they hold (lower case).
TABLE_COLUMNS = {
    "authors": {"authors", "author", "co-authors", "coauthors", "names"},
    "title": {"title", "paper", "publication", "article", "work"},
    "venue": {"venue", "journal", "conference", "published in", "where", "outlet", "source"},
    "year": {"year", "date"},
    "notes": {"notes", "note", "award", "awards", "remarks", "comment"},
    # a research office's export: where in the journal, the DOI, the stage, the kind
    "volume": {"volume", "vol", "vol.", "volume(issue)", "volume (issue)"},
    "pages": {"pages", "page", "pp", "pp.", "article number"},
    "doi": {"doi"},
    "status": {"status", "publication status"},
    "kind": {"output type", "publication type", "type"},
}
TABLE_ORDER = ("authors", "title", "venue", "year", "doi", "status", "notes")
# a row whose kind is a talk or poster says so, for the talk finder to skip it
TALK_KIND = re.compile(r"(?i)presentation|poster|talk|keynote|lecture|seminar")
CONTAINED_KIND = re.compile(r"(?i)conference\s+paper|proceedings|chapter|book\s+section")


# a column holding the book a chapter is in: "Title of the Edited Book & Editor(s)"
CONTAINER_COLUMN = re.compile(r"(?i)\bedited\s+book|\bbook\s+title|\beditors?\b")
# Longer column headings by the words in them, in this order: "Title of the Edited Book &
# Editor(s)" is the book a chapter is in, "Title of the Paper" the title, "Name of the
# Journal" the venue, "Vol./Issue/Pages" where in it
COLUMN_WORDS = (
    ("venue", CONTAINER_COLUMN),
    ("title", re.compile(r"(?i)\btitle\b")),
    ("authors", re.compile(r"(?i)\bauthors?\b|\bauthor\(s\)")),
    ("venue", re.compile(r"(?i)journal|conference|proceedings|publisher|venue|source|outlet")),
    ("year", re.compile(r"(?i)\byear\b|\bdate\b")),
    ("volume", re.compile(r"(?i)\bvol(?:ume)?\b|\bpages?\b")),
    ("doi", re.compile(r"(?i)\bdoi\b")),
    ("status", re.compile(r"(?i)\bstatus\b")),
)

# what a cell holds when it holds nothing: "–", "-", "NA", "N/A"
EMPTY_CELL = re.compile(r"(?i)\s*(?:[-–—]+|n\.?\s?a\.?|nil)\s*")
NUMBER_PARTS = (
    ("volume", re.compile(r"vol")),
    ("issue", re.compile(r"issue|no\.?$|number")),
    ("pages", re.compile(r"page|pp|art")),
)


def _column_field(header: str) -> str | None:
    """The field a column holds, by its header ("Journal/Publisher": the venue)."""
    name = header.strip().lower()
    for part in (name, *name.split("/")):
        found = next((f for f, names in TABLE_COLUMNS.items() if part.strip() in names), None)
        if found:
            return found
    return next((f for f, words in COLUMN_WORDS if words.search(name)), None)


def column_fields(header: list[str]) -> list[str | None]:
    """Each column's field; a field a column before it holds is not taken again."""
    out: list[str | None] = []
    for h in header:
        f = _column_field(h)
        out.append(f if f not in out else None)
    return out


def publication_table(fields: list[str | None], least: int = 2) -> bool:
    """Do a table's column fields make it a list of publications: a title and ``least``
    fields known in all?"""
    return "title" in fields and sum(f is not None for f in fields) >= least


def table_lines(header: list[str], rows: list[list[Line]]) -> list[Line]:
    """Table rows as lines. A publication table (title, authors, venue, year columns) gives
    one citation per row, "Authors. Title. Venue, Volume, Pages, Year. doi:... Status.
    Notes", keeping bold and italic; any other table gives its cells joined by " | "."""
    fields = column_fields(header)
    body = rows[1:]
    if not publication_table(fields):
        return [join_lines(row, " | ") for row in body if row]
    contained = any(
        f == "venue" and CONTAINER_COLUMN.search(h) for f, h in zip(fields, header, strict=False)
    )
    numbers = next(
        (h for f, h in zip(fields, header, strict=False) if f == "volume" and "/" in h), None
    )
    out = []
    for row in body:
        by_field = {
            f: cell
            for f, cell in zip(fields, row, strict=False)
            if f and cell.text.strip() and not EMPTY_CELL.fullmatch(cell.text)
        }
        if numbers and "volume" in by_field:
            by_field["volume"] = _numbers(numbers, by_field["volume"])
        if contained and "venue" in by_field:
            # "Title of the Edited Book & Editor(s)": a chapter, "In" its book
            by_field["venue"] = _labelled(by_field["venue"], "In ")
        where = [by_field[f] for f in ("venue", "volume", "pages") if f in by_field]
        if len(where) > 1:
            by_field["venue"] = join_lines(where, ", ")
        if "doi" in by_field:
            by_field["doi"] = _labelled(by_field["doi"], "doi:")
        status = by_field.get("status")
        if status and status.text.strip().lower() == "published":
            del by_field["status"]  # (what every row without a remark is)
        kind = by_field.get("kind")
        if kind and "venue" in by_field and CONTAINED_KIND.search(kind.text):
            # a paper in proceedings, a chapter: "In" its book, as a style prints it
            by_field["venue"] = _labelled(by_field["venue"], "In ")
        title = by_field.get("title")
        if title and '"' in title.text and not title.text.startswith("“"):
            # 'Vaping is just what everyone does": young adults' ...': the whole cell is
            # the title, its own quotes and all
            by_field["title"] = _labelled(replace(title, text=title.text + "”"), "“")
        cells = [by_field[f] for f in TABLE_ORDER if f in by_field]
        if cells and kind and TALK_KIND.search(kind.text):
            # a talk listed with the outputs: marked as one, for the talk finder
            badge = "[Poster] " if "poster" in kind.text.lower() else "[Presentation] "
            cells[0] = _labelled(cells[0], badge)
        if cells:
            # ("Venue, Year." as before when no DOI or status follows the year)
            # (a date, "Mar 12, 2025", is a sentence of its own)
            year_last = (
                "year" in by_field
                and re.fullmatch(r"\s*(?:19|20)\d\d\s*", by_field["year"].text) is not None
                and not ("doi" in by_field or "status" in by_field)
            )
            line = join_lines(cells, ". ", year_last=year_last)
            out.append(replace(line, hint=work_kind(kind.text)) if kind else line)
    return out


def _numbers(header: str, cell: Line) -> Line:
    """A "Vol./Issue/Pages" cell ("48 / 15 / 21934-21943") as a citation prints it:
    "48(15), 21934-21943" (a part given as "-" left out)."""
    names = [h.strip().lower() for h in header.split("/")]
    values = [v.strip() for v in cell.text.split("/")]
    if len(names) != len(values):
        return cell
    parts = {
        next((k for k, w in NUMBER_PARTS if w.search(n)), n): v
        for n, v in zip(names, values, strict=True)
        if v and not EMPTY_CELL.fullmatch(v)
    }
    text = parts.get("volume", "")
    if parts.get("issue"):
        text += f"({parts['issue']})"
    if parts.get("pages"):
        text = f"{text}, {parts['pages']}" if text else parts["pages"]
    return Line(text, cell.lineno) if text else cell


def _labelled(cell: Line, label: str) -> Line:
    """A cell's text after a label ("doi:10.1/x"), its styles moved along."""
    if cell.text.lower().startswith(label.lower()):
        return cell
    n = len(label)
    return replace(
        cell,
        text=label + cell.text,
        bold=tuple((a + n, b + n) for a, b in cell.bold),
        italic=tuple((a + n, b + n) for a, b in cell.italic),
        links=tuple((a + n, b + n, u) for a, b, u in cell.links),
    )


def join_lines(cells: list[Line], sep: str, year_last: bool = False) -> Line:
    """One line from several cells, their bold/italic/link ranges moved along."""
    run_text, bold, italic, links = "", [], [], []
    for i, cell in enumerate(cells):
        if i:
            piece = ", " if year_last and i == len(cells) - 1 and sep == ". " else sep
            run_text = run_text.rstrip(" .") + piece if sep == ". " else run_text + piece
        at = len(run_text)
        bold += [(a + at, b + at) for a, b in cell.bold]
        italic += [(a + at, b + at) for a, b in cell.italic]
        links += [(a + at, b + at, u) for a, b, u in cell.links]
        run_text += cell.text
    if sep == ". " and not run_text.endswith("."):
        run_text += "."
    return Line(
        run_text,
        cells[0].lineno,
        "item" if sep == ". " else "text",
        level=1,
        marker="-" if sep == ". " else "",
        bold=tuple(bold),
        italic=tuple(italic),
        links=tuple(links),
    )
