"""Plain-text CVs: one Line per source line, list markers and underlined headings kept."""

from __future__ import annotations

import csv
import re
from collections import Counter

from cvbib.read import register
from cvbib.read.document import Document, Line
from cvbib.read.tables import column_fields, publication_table, table_lines

LOWER_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)"
# "- ", "• ", "[12] ", "(3) ", "12. " — but not "2019. " (a year opening a sentence).
ITEM_MARKER = re.compile(
    # "[J3]", "[C12]", "[CP5]": numbered by kind (journal, conference); too short for a venue tag
    # "A3. " likewise ("A" for abstracts, "B2." for books)
    r"^(?P<marker>[-•*▪◦‣➤►●○■□–—·]|\[[A-Z]{0,2}\d{1,4}\]|\((?!(?:19|20)\d\d\))\d{1,4}\)|(?!(?:19|20)\d\d\b)\d{1,4}[.)]"
    r"|[A-Z]{1,2}(?:-[A-Z]?)?\d{1,3}[.)]"  # ("S2) ", "R1) ", "J-14. ", "J-S1. ")
    rf"|\({LOWER_ROMAN}\)"  # ("(iv) ": Nigerian and Indian CVs number entries in roman)
    r"|[\u06f0-\u06f9\u0660-\u0669]{1,3}[-.)–])"  # (Persian and Arabic numbers: "۱- ", "٣. ")
    r"(?:\s+|(?<=\])(?=\S))"
)
# "a.\tName AB, ...": the lettered citations under a numbered paragraph (an NIH biosketch's
# "Contribution to Science"); a letter opens an item only in its run (a, then b, ...), as a
# line of text may begin "c. 1850" or "a. Smith"
LETTER_MARKER = re.compile(r"^(?P<marker>\(?(?P<letter>[a-z])[.)])(?:\t+|\s+(?=[A-Z“\"*]))")
# a numbered marker standing alone on its line ("[J8]", "12."), not a dash or a bullet
# (never a year: "(2021)" ending a wrapped entry)
MARKER_ONLY = re.compile(
    r"\[[A-Z]{0,2}\d{1,4}\]|\((?!(?:19|20)\d\d\))\d{1,4}\)|(?!(?:19|20)\d\d)\d{1,4}[.)]"
    r"|[A-Z]{1,2}(?:-[A-Z]?)?\d{1,3}[.)]"
)
# Markers that name the kind of entry ("[J12] ", "B2. ", "P1. "): Markdown reads them as text
# (and Persian and Arabic numbers, "۱- ", which Markdown does not know as a list)
KIND_MARKER = re.compile(
    r"^(?P<marker>\[[A-Z]{1,2}\d{1,4}\]|[A-Z]{1,2}(?:-[A-Z]?)?\d{1,3}[.)]"
    r"|[\u06f0-\u06f9\u0660-\u0669]{1,3}[-.)–])(?:\s+|(?<=\])(?=\S))"
)


def typed_marker(line: Line, markers: re.Pattern[str] = ITEM_MARKER) -> Line:
    """A marker typed by hand ("[12] ", "3. ", "• ") makes an item, as in plain text."""
    m = markers.match(line.text)
    if not m or len(line.text) <= m.end():
        return line
    cut = m.end()

    def shift(rs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((max(a - cut, 0), b - cut) for a, b in rs if b > cut)

    links = tuple((max(a - cut, 0), b - cut, u) for a, b, u in line.links if b > cut)
    return Line(
        **{
            **line.__dict__,
            "text": line.text[cut:],
            "kind": "item",
            "marker": m["marker"],
            "level": 1,
            "bold": shift(line.bold),
            "italic": shift(line.italic),
            "links": links,
        }
    )


UNDERLINE = re.compile(r"^\s*([=\-~_*#])\1{2,}\s*$")
# "Jane Doe — Curriculum Vitae — Page 3 of 7": a page's running header or footer, copied
# with the text of a PDF. It names a page and recurs (its numbers aside).
# ("Página 3 de 9", "Seite 2 von 5": the same in Spanish, Portuguese and German)
PAGE_MARK = re.compile(
    r"(?i)\b(?:page|página|pagina|seite)\s*\d+(?:\s*(?:of|/|de|von)\s*\d+)?\b"
    # ("3 / 7" ends a footer; "Fecha: 04/2022" is a date, its year no count of pages)
    r"|\b\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$"
)
FIELD_LINE = re.compile(r"^\s*[^\W\d_][\w ]{0,30}:\s+[^\s:]{0,20}\d[^:]*$")
ENTRY_END = (".", "!", "?", ")", "]")
PAGE_NUMBER_LINE = re.compile(r"^\s*\d{1,3}\s*$")


def running_lines(raw_lines: list[str]) -> set[int]:
    """Indexes of the page headers and footers among the lines of a text."""

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip())

    marked = [i for i, ln in enumerate(raw_lines) if len(ln) < 150 and PAGE_MARK.search(ln)]
    counts = Counter(shape(raw_lines[i]) for i in marked)
    running = {i for i in marked if counts[shape(raw_lines[i])] >= 2}
    # page numbers alone on their lines, counting up ("                1", later "   2")
    alone = [i for i, ln in enumerate(raw_lines) if PAGE_NUMBER_LINE.match(ln)]
    numbers = [int(raw_lines[i]) for i in alone]
    if len(alone) >= 2 and numbers == sorted(set(numbers)):
        running |= set(alone)
    # The other line of a two-line header or footer ("Curriculum Vitae   Chiara Valenti"
    # under "Page 2 / 4") stands next to a page mark on every page.
    near: dict[str, set[int]] = {}
    for i in running:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(raw_lines) and not raw_lines[j].strip() and abs(j - i) < 3:
                j += step
            if (
                0 <= j < len(raw_lines)
                and raw_lines[j].strip()
                and j not in running
                # ("Año: 2022" closing a labelled work before each page's footer: a field)
                and not FIELD_LINE.match(raw_lines[j])
            ):
                near.setdefault(shape(raw_lines[j]), set()).add(j)
    # the same line on two pages or more (one entry line between two footers is no header)
    beside = {j for js in near.values() if len(js) >= 2 for j in js}
    return running | {j for j in beside if len(raw_lines[j]) < 150}


def sniff(text: str) -> float:
    return 0.5  # the fallback: anything is plain text


# "REFEREED                [J16] M. A. Ferreira, ...": a label in the margin, the text in a
# column of its own (a two-column PDF copied with its layout, `pdftotext -layout`)
SIDE_LABEL = re.compile(r"(?P<label>[A-Z0-9][A-Z0-9&,\-–/ ]{1,30}?)\s{3,}(?=\S)")


def side_label_column(raw_lines: list[str]) -> int | None:
    """The column where the text starts when section labels stand in a margin beside it:
    at least three labels in capitals ("PUBLICATIONS", "REFEREED", "JOURNAL") before the
    same column, and most other lines indented to it."""
    starts: Counter[int] = Counter()
    for raw in raw_lines:
        m = SIDE_LABEL.match(raw.expandtabs(4))
        if m and m.end() >= 12 and re.search(r"[A-Z]{3}", m["label"]):
            starts[m.end()] += 1
    if not starts:
        return None
    column, labels = starts.most_common(1)[0]
    lines = [r.expandtabs(4) for r in raw_lines if r.strip()]
    # lines whose text stands in the column (beside a label or not)
    aligned = sum(
        1 for r in lines if len(r) > column and r[column - 1] == " " and r[column:].strip()
    )
    if labels < 3 or aligned < 0.6 * len(lines):
        return None
    return column


YEAR_LABEL = re.compile(r"(?:19|20)\d\d(?:\s*[–-]\s*(?:(?:19|20)\d\d|present|now))?")


def split_side_labels(raw_lines: list[str], column: int) -> list[tuple[int, str]]:
    """(line number, text) with each margin's labels joined into one heading line of their
    own ("REFEREED JOURNAL ARTICLES", a year), set before the entry they stand beside."""
    out: list[tuple[int, str]] = []
    label: list[str] = []
    label_at = 0

    def flush() -> int:
        """Set the label down; where the next label would go right after it."""
        at = label_at
        # a year beside an entry's wrapped line belongs to the entry (its first line)
        while at > 0 and _continues(out[at][1], column) and out[at - 1][1].strip():
            at -= 1
        out.insert(at, (out[at][0] if at < len(out) else out[-1][0], " ".join(label)))
        return at + 1

    for i, raw in enumerate(raw_lines):
        line = raw.expandtabs(4)
        head, body = line[:column], line[column:]
        if head.strip() and (len(head) < column or head.endswith("  ")):
            fragment = head.strip()
            after = None
            if label and bool(YEAR_LABEL.fullmatch(fragment)) != bool(
                YEAR_LABEL.fullmatch(label[-1])
            ):
                # "ARTICLES" over "2025": the section's label, then the year's, both for
                # the entry the first stands beside
                after = flush()
                label = []
            if not label:
                label_at = after if after is not None else len(out)
            label.append(fragment)
            out.append((i + 1, " " * column + body if body.strip() else ""))
            continue
        if label:
            flush()
            label = []
        out.append((i + 1, raw))
    if label:
        flush()
    return out


def _continues(text: str, column: int) -> bool:
    """A line of the text column indented past it: an entry's wrapped line."""
    return len(text) - len(text.lstrip()) > column


EMAIL_QUOTE = re.compile(r"^(?:> ?)+")
MAIL_SIGN = re.compile(
    r"\bwrote:\s*$|^>?\s*-{3,}\s*Forwarded message|^>\s?>|^(?:>\s*)?(?:From|Sent|Subject):\s"
)


def unquoted(lines: list[str]) -> list[str]:
    """A CV pasted into an e-mail reply, its lines quoted ("> > [3] Lindqvist, M. A., ..."):
    the quote marks taken off, when a quarter of the lines or more carry them and the text
    reads as mail ("... wrote:", a forwarded message's header, quotes within quotes; a CV
    that marks its items with ">" keeps them)."""
    written = [ln for ln in lines if ln.strip()]
    quoted = sum(1 for ln in written if ln.startswith(">"))
    if not written or quoted * 4 < len(written) or not any(map(MAIL_SIGN.search, written)):
        return lines
    return [EMAIL_QUOTE.sub("", ln) for ln in lines]


def tab_tables(raw_lines: list[str], numbers: list[int]) -> dict[int, tuple[int, list[Line]]]:
    """Tab-separated tables of publications (a research office's export from a spreadsheet):
    from the index of each header row, the index past its last row and its rows as lines,
    one citation each (see :func:`cvbib.read.tables.table_lines`)."""
    out: dict[int, tuple[int, list[Line]]] = {}
    i = 0
    while i < len(raw_lines):
        if raw_lines[i].count("\t") < 2:
            i += 1
            continue
        header = [c.strip() for c in _cells(raw_lines[i])]
        if not publication_table(column_fields(header)):
            i += 1  # (a form's "Staff member:<TAB>..." line, another table's row)
            continue
        j = i + 1
        rows = [[Line(c, numbers[i]) for c in header]]
        while j < len(raw_lines) and raw_lines[j].count("\t") >= 2 and raw_lines[j].strip():
            rows.append([Line(c.strip(), numbers[j]) for c in _cells(raw_lines[j])])
            j += 1
        if len(rows) >= 3:
            out[i] = (j, table_lines(header, rows))
        i = j
    return out


def _cells(line: str) -> list[str]:
    """A row's cells, a spreadsheet's quoted cells read (doubled quotes inside)."""
    return next(csv.reader([line], delimiter="\t"), [])


@register("text", (".txt", ".text", ""), sniff)
def read_text(text: str, path: str) -> Document:
    raw_lines = unquoted(text.split("\n"))
    column = side_label_column(raw_lines)
    numbered = (
        split_side_labels(raw_lines, column)
        if column is not None
        else [(i + 1, raw) for i, raw in enumerate(raw_lines)]
    )
    raw_lines = [raw for _, raw in numbered]
    tables = tab_tables(raw_lines, [n for n, _ in numbered]) if "\t" in text else {}
    table_end = 0
    running = running_lines(raw_lines)
    lines: list[Line] = []
    skip_blanks = False
    pending: tuple[str, int, int] | None = None  # a marker alone on its line ("[J8]")
    item: tuple[int, int | None] | None = None  # the last item's text column and number
    letter = "@"  # the last lettered item's letter ("@" before "a")
    for i, raw in enumerate(raw_lines):
        lineno = numbered[i][0]
        stripped = raw.strip()
        if i in tables:
            table_end, rows = tables[i]
            lines.extend(rows)
            item = None
        if i < table_end:
            continue
        if i in running:
            # a page break: an entry it interrupts goes on after it
            last = next((ln for ln in reversed(lines) if ln.kind != "blank"), None)
            if last is not None and not last.text.endswith(ENTRY_END):
                while lines and lines[-1].kind == "blank":
                    lines.pop()
                skip_blanks = True
            continue
        if not stripped:
            if not skip_blanks:
                lines.append(Line("", lineno, "blank"))
            continue
        skip_blanks = False
        if UNDERLINE.match(raw):
            # "Publications\n------------": the line above is a heading.
            if lines and lines[-1].kind != "blank":
                prev = lines[-1]
                lines[-1] = Line(prev.text, prev.lineno, "heading", level=1 if "=" in raw else 2)
            lines.append(Line("", lineno, "blank"))
            continue
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        m = ITEM_MARKER.match(stripped + " ")
        if m and item is not None and lines and lines[-1].kind != "blank":
            # " 8.  Title, in: J. Ortmann (Hg.), Tempel im Kontext." / "     13. Ägyptologische
            # Tempeltagung": a number where the item's text goes on, out of its sequence
            number = re.match(r"\D*(\d+)", m["marker"])
            if (
                indent == item[0]
                and number
                and item[1] is not None
                and abs(int(number.group(1)) - item[1]) != 1
            ):
                m = None
        if m is None:
            m = LETTER_MARKER.match(raw.lstrip(" "))
            if m and m["letter"] != "a" and m["letter"] != chr(ord(letter) + 1):
                m = None
            letter = m["letter"] if m else letter
        if m and len(stripped) > m.end():
            text = stripped[m.end() :].strip()
            lines.append(Line(text, lineno, "item", marker=m["marker"], indent=indent))
            number = re.match(r"\D*(\d+)", m["marker"])
            column = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip()[m.end() :].lstrip())
            item = (column, int(number.group(1)) if number else None)
        elif (
            m
            and MARKER_ONLY.fullmatch(stripped)
            and not (lines and lines[-1].kind != "blank" and lines[-1].text.endswith(","))
        ):
            # "[J8]" alone, its entry on the next line (a PDF's column): an item to come
            # (after a line ending in a comma, "C534." ends that entry: its pages)
            pending = (m["marker"], lineno, indent)
        elif pending is not None:
            marker, at, at_indent = pending
            lines.append(Line(stripped, at, "item", marker=marker, indent=at_indent))
        else:
            lines.append(Line(stripped, lineno, "text", indent=indent))
        if pending is None or pending[1] != lineno:
            pending = None
    return Document(path, "text", emphasis(lines))


# Markdown's emphasis in a text file ("*Journal of X*, 12(3)", "**Doe, J.**"): an opening
# star before a word, a closing one after one; "(*)" and "Smith*," (a student mark) are no
# emphasis.
# Underscores around names ("_Okafor, C.I._", students in a text CV) only mark them: they
# are dropped, and no style is made of them (an italic run would read as a venue).
EMPHASIS_MARK = re.compile(
    r"(?P<open>(?<![\w*])\*\*?(?=[^\W_]|[“\"'¿¡(\[])|(?<![\w/_])_(?=[^\W_]))"
    r"|(?P<close>(?<=[^\s*(])\*\*?(?![\w*])|(?<=[^\s_/])_(?![\w_]))"
)


def emphasis(lines: list[Line]) -> list[Line]:
    """Read ``*italic*`` and ``**bold**`` pairs (also over a wrapped line) as styles."""
    out: list[Line] = []
    block: list[Line] = []  # one paragraph: an item or text line and the lines wrapped under it
    for line in lines:
        if line.kind != "text":
            out.extend(_styled(block))
            block = []
        if line.kind in ("text", "item"):
            block.append(line)
        else:
            out.append(line)
    out.extend(_styled(block))
    return out


def _styled(block: list[Line]) -> list[Line]:
    """The lines of one paragraph with their complete star pairs turned into styles."""
    if not any("*" in line.text or "_" in line.text for line in block):
        return block
    pairs: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    opened: dict[str, tuple[int, int]] = {}
    for i, line in enumerate(block):
        for m in EMPHASIS_MARK.finditer(line.text):
            mark = m.group(0)
            if m["open"] and mark not in opened:
                opened[mark] = (i, m.start())
            elif m["close"] and mark in opened:
                pairs.append((opened.pop(mark), (i, m.start()), mark))
    if not pairs:
        return block
    out = []
    for i, line in enumerate(block):
        cuts: list[tuple[int, int]] = []  # star positions to drop: (position, length)
        spans: list[tuple[int, int, str]] = []
        for (oi, oa), (ci, ca), mark in pairs:
            if oi <= i <= ci:
                start = oa + len(mark) if oi == i else 0
                end = ca if ci == i else len(line.text)
                spans.append((start, end, mark))
                if oi == i:
                    cuts.append((oa, len(mark)))
                if ci == i:
                    cuts.append((ca, len(mark)))
        if not spans:
            out.append(line)
            continue
        text = line.text
        for pos, n in sorted(cuts, reverse=True):
            text = text[:pos] + text[pos + n :]
        spans = [(_moved(a, cuts), _moved(b, cuts), m) for a, b, m in spans]
        italic = tuple((a, b) for a, b, m in spans if m == "*" and b > a)
        bold = tuple((a, b) for a, b, m in spans if m == "**" and b > a)
        out.append(
            Line(
                **{
                    **line.__dict__,
                    "text": text,
                    "italic": line.italic + italic,
                    "bold": line.bold + bold,
                }
            )
        )
    return out


def _moved(k: int, cuts: list[tuple[int, int]]) -> int:
    """Position ``k`` once the stars before it are taken out."""
    return k - sum(n for pos, n in cuts if pos < k)
