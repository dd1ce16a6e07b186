"""Word (.docx) CVs, through python-docx: paragraphs, lists, headings, styles and tables.

- Headings come from the Heading N styles (and Title, and any style with an outline
  level); list paragraphs (numbering set on the paragraph or by its style, as in "List
  Number") are items, with their number worked out ("1.", "[3]", "a)") or "-" for bullets;
  "[12] ..." typed by hand is an item too, as in plain text.
- Bold and italic come from the runs, their character styles and the paragraph style;
  hyperlinks (and HYPERLINK fields) become links.
- A line break inside a paragraph starts a new line of the same paragraph; paragraphs are
  separated by blank lines. Tables, which CVs use for layout, are read row by row: the
  cells of a row make one line ("2020" + "Jane Doe, ...", "[3]" + "..."), and longer
  cells add their further lines below it. Text boxes are read after their paragraph.

``Line.lineno`` is the paragraph's number (empty paragraphs count; a table row counts as
one paragraph; the lines of a paragraph with line breaks share its number), since a .docx
has no line numbers of its own.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from cvbib.errors import CvbibError
from cvbib.read import register_binary
from cvbib.read.document import Document, Line, RunBuilder
from cvbib.read.plaintext import ITEM_MARKER, typed_marker

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Containers whose runs are part of the text (tracked insertions, content controls, ...).
PASS_THROUGH = {
    f"{W}ins", f"{W}smartTag", f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}fldSimple",
    f"{W}moveTo", f"{W}dir", f"{W}bdo",
}  # fmt: skip
FALSE = {"0", "false", "off", "none"}


def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


# -- styles and numbering --------------------------------------------------------------------


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    num: tuple[str, int] | None = None  # (numId, ilvl) a list style sets
    outline: int | None = None  # 0-based outline level (headings)


def _toggle(rpr: Any, tag: str) -> bool | None:
    el = rpr.find(f"{W}{tag}") if rpr is not None else None
    if el is None:
        return None
    return el.get(f"{W}val", "true").lower() not in FALSE


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num = ppr.find(f"{W}numPr") if ppr is not None else None
    if num is None:
        return None
    nid = num.find(f"{W}numId")
    lvl = num.find(f"{W}ilvl")
    if nid is None:
        return None
    ilvl = lvl.get(f"{W}val", "0") if lvl is not None else "0"
    return nid.get(f"{W}val", "0"), int(ilvl) if ilvl.isdigit() else 0


class _Styles:
    """Paragraph and character styles with their inheritance (``basedOn``) resolved."""

    def __init__(self, root: Any) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_bold = self.default_italic = False
        if root is None:
            return
        rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_bold = bool(_toggle(rpr, "b"))
        self.default_italic = bool(_toggle(rpr, "i"))
        for st in root.iter(f"{W}style"):
            sid = st.get(f"{W}styleId") or ""
            name_el, based = st.find(f"{W}name"), st.find(f"{W}basedOn")
            ppr, srpr = st.find(f"{W}pPr"), st.find(f"{W}rPr")
            outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
            level = outline.get(f"{W}val", "") if outline is not None else ""
            self.by_id[sid] = _Style(
                name=(name_el.get(f"{W}val", "") if name_el is not None else sid).lower(),
                based_on=based.get(f"{W}val") if based is not None else None,
                bold=_toggle(srpr, "b"),
                italic=_toggle(srpr, "i"),
                num=_num_pr(ppr),
                outline=int(level) if level.isdigit() else None,
            )
            if st.get(f"{W}type") == "paragraph" and st.get(f"{W}default") in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> list[_Style]:
        out: list[_Style] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            out.append(self.by_id[sid])
            sid = self.by_id[sid].based_on
        return out

    def first(self, sid: str | None, attr: str) -> Any:
        for st in self.chain(sid):
            value = getattr(st, attr)
            if value is not None:
                return value
        return None


def _roman(n: int) -> str:
    out = ""
    for value, digits in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out += digits
            n -= value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """Word's list definitions, and the running counters that number the paragraphs."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: Any) -> _Numbering:
        self = cls()
        if root is None:
            return self
        for ab in root.iter(f"{W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in ab.iter(f"{W}lvl"):
                ilvl = lvl.get(f"{W}ilvl", "0")
                fmt, text, start = (lvl.find(f"{W}{t}") for t in ("numFmt", "lvlText", "start"))
                start_v = start.get(f"{W}val", "1") if start is not None else "1"
                levels[int(ilvl) if ilvl.isdigit() else 0] = _Level(
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    int(start_v) if start_v.lstrip("-").isdigit() else 1,
                )
            self.abstract[ab.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ab_id = num.find(f"{W}abstractNumId")
            overrides: dict[int, int] = {}
            for ov in num.iter(f"{W}lvlOverride"):
                so = ov.find(f"{W}startOverride")
                ilvl, val = ov.get(f"{W}ilvl", "0"), so.get(f"{W}val", "") if so is not None else ""
                if ilvl.isdigit() and val.isdigit():
                    overrides[int(ilvl)] = int(val)
            if ab_id is not None:
                self.nums[num.get(f"{W}numId", "")] = (ab_id.get(f"{W}val", ""), overrides)
        return self

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """The next marker of list ``num_id`` at level ``ilvl``; None: not a list."""
        if num_id in ("", "0") or num_id not in self.nums:
            return None
        ab_id, overrides = self.nums[num_id]
        levels = self.abstract.get(ab_id, {})
        level = levels.get(ilvl, _Level())
        if level.fmt in ("bullet", "none") or not level.text:
            return "-"
        # Lists sharing a definition continue each other's numbers unless one restarts.
        key = num_id if overrides else f"abstract:{ab_id}"
        counts = self.counters.setdefault(key, {})
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        start = overrides.get(ilvl, level.start)
        counts[ilvl] = counts.get(ilvl, start - 1) + 1

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            return _format_number(counts.get(k, overrides.get(k, lv.start)), lv.fmt)

        marker = re.sub(r"%([1-9])", number, level.text).strip()
        return marker or "-"


# -- paragraphs ------------------------------------------------------------------------------

Segment = tuple[str, bool, bool, str]  # text, bold, italic, link


@dataclass
class _Block:
    """One paragraph (or table row): its lines as styled segments, and what it is."""

    lines: list[list[Segment]]
    kind: str = "text"
    level: int = 0
    marker: str = ""


class _Reader:
    def __init__(self, doc: Any) -> None:
        self.part = doc.part
        self.styles = _Styles(_root_of(doc, "styles"))
        self.numbering = _Numbering.parse(_root_of(doc.part, "numbering_part"))
        self.blocks: list[_Block | None] = []  # None: an empty paragraph (a blank line)

    # -- block level -------------------------------------------------------------------------
    def body(self, container: Any) -> list[_Block | None]:
        out: list[_Block | None] = []
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                out += self.paragraph(child)
            elif tag == f"{W}tbl":
                out += self.table(child)
            elif tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent")
                out += self.body(content if content is not None else child)
        return out

    def table(self, tbl: Any) -> list[_Block | None]:
        out: list[_Block | None] = []
        for tr in tbl.iter(f"{W}tr"):
            if tr.getparent() is not tbl:
                continue  # a nested table's rows are read inside their cell
            cells: list[list[_Block]] = []
            for tc in tr.findall(f"{W}tc"):
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val", "continue") != "restart":
                    continue  # the continuation of a vertically merged cell
                blocks = [b for b in self.body(tc) if b is not None and _has_text(b)]
                if blocks:
                    cells.append(blocks)
            if cells:
                out.append(_row_block(cells))
        return out

    def paragraph(self, p: Any) -> list[_Block | None]:
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        sid = style_el.get(f"{W}val") if style_el is not None else self.styles.default_para
        lines: list[list[Segment]] = [[]]
        boxes: list[_Block | None] = []
        bold = bool(self.styles.first(sid, "bold") or self.styles.default_bold)
        italic = bool(self.styles.first(sid, "italic") or self.styles.default_italic)
        self._inline(p, lines, boxes, (bold, italic), "", {"link": "", "state": ""})
        lines = [ln for ln in lines if _text_of(ln).strip()]
        if not lines:
            return [None, *boxes]
        block = _Block(lines)
        name = self.styles.first(sid, "name") or ""
        outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        level = outline.get(f"{W}val", "") if outline is not None else ""
        outline_level = int(level) if level.isdigit() else self.styles.first(sid, "outline")
        heading = re.fullmatch(r"heading\s*(\d)", name)
        num = _num_pr(ppr) or self.styles.first(sid, "num")
        marker = self.numbering.marker(*num) if num else None
        if name == "title":
            block.kind, block.level = "heading", 1
        elif heading:
            block.kind, block.level = "heading", int(heading.group(1))
        elif outline_level is not None and outline_level < 9:
            block.kind, block.level = "heading", outline_level + 1
        elif marker is not None:
            block.kind, block.level, block.marker = "item", (num[1] if num else 0) + 1, marker
        elif re.match(r"list (bullet|number)", name):
            block.kind, block.level, block.marker = "item", 1, "-"
        return [block, *boxes]

    # -- run level ---------------------------------------------------------------------------
    def _inline(
        self,
        el: Any,
        lines: list[list[Segment]],
        boxes: list[_Block | None],
        base: tuple[bool, bool],
        link: str,
        field_state: dict[str, str],
    ) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, lines, boxes, base, link or field_state["link"], field_state)
            elif tag == f"{W}hyperlink":
                rid = child.get(R_ID)
                url = ""
                if rid and rid in self.part.rels:
                    url = str(getattr(self.part.rels[rid], "target_ref", "") or "")
                anchor = child.get(f"{W}anchor")
                url = url or (f"#{anchor}" if anchor else "#")
                self._inline(child, lines, boxes, base, url, field_state)
            elif tag in PASS_THROUGH:
                self._inline(child, lines, boxes, base, link, field_state)
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                if choice is not None:
                    self._inline(choice, lines, boxes, base, link, field_state)

    def _run(
        self,
        r: Any,
        lines: list[list[Segment]],
        boxes: list[_Block | None],
        base: tuple[bool, bool],
        link: str,
        field_state: dict[str, str],
    ) -> None:
        rpr = r.find(f"{W}rPr")
        rstyle = rpr.find(f"{W}rStyle") if rpr is not None else None
        csid = rstyle.get(f"{W}val") if rstyle is not None else None
        bold, italic = _toggle(rpr, "b"), _toggle(rpr, "i")
        if bold is None:
            bold = self.styles.first(csid, "bold")
        if italic is None:
            italic = self.styles.first(csid, "italic")
        b = base[0] if bold is None else bold
        i = base[1] if italic is None else italic
        for child in r:
            tag = child.tag
            if tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType", "")
                if kind == "begin":
                    field_state.update(state="instr", instr="", link="")
                elif kind == "separate":
                    m = re.search(r'HYPERLINK\s+"([^"]+)"', field_state.get("instr", ""))
                    field_state.update(state="result", link=m.group(1) if m else "")
                    link = link or field_state["link"]
                elif kind == "end":
                    field_state.update(state="", link="")
                    link = ""
            elif tag == f"{W}instrText":
                field_state["instr"] = field_state.get("instr", "") + (child.text or "")
            elif tag == f"{W}t":
                lines[-1].append((child.text or "", b, i, link))
            elif tag in (f"{W}tab", f"{W}ptab"):
                lines[-1].append((" ", b, i, link))
            elif tag in (f"{W}br", f"{W}cr"):
                lines.append([])
            elif tag == f"{W}noBreakHyphen":
                lines[-1].append(("-", b, i, link))
            elif tag == f"{W}sym":
                code = child.get(f"{W}char", "")
                try:
                    ch = chr(int(code, 16))
                except ValueError:
                    continue
                lines[-1].append(("•" if 0xF000 <= ord(ch) <= 0xF0FF else ch, b, i, link))
            elif tag in (f"{W}drawing", f"{W}pict", f"{MC}AlternateContent"):
                boxes += self._text_boxes(child)

    def _text_boxes(self, el: Any) -> list[_Block | None]:
        """Paragraphs inside text boxes (DrawingML, or VML when that is all there is)."""
        if el.tag == f"{MC}AlternateContent":
            choice = el.find(f"{MC}Choice")
            el = choice if choice is not None else el
        out: list[_Block | None] = []
        for box in el.iter(f"{W}txbxContent"):
            out += self.body(box)
        return out


def _root_of(obj: Any, attr: str) -> Any:
    """The XML of a document part (styles, numbering), or None when the file has none."""
    try:
        return getattr(obj, attr).element
    except (AttributeError, KeyError, NotImplementedError):
        return None


def _text_of(line: list[Segment]) -> str:
    return "".join(s[0] for s in line)


def _has_text(block: _Block) -> bool:
    return any(_text_of(ln).strip() for ln in block.lines)


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _row_block(cells: list[list[_Block]]) -> _Block:
    """One table row as one block: the first lines of its cells side by side, then the rest.

    A first cell that is only a label, as in CVs laid out as tables, becomes the item's
    marker: "[3]" or "3." as it is; a year ("2019", "2015 – 2019") gives "-" and, when the
    entry does not say its year, is added at its end so the year is not lost.
    """
    label = ""
    first_cell = [ln for b in cells[0] for ln in b.lines]
    if len(cells) > 1 and len(first_cell) == 1:
        label = _text_of(first_cell[0]).strip()
    first: list[Segment] = []
    rest: list[list[Segment]] = []
    marked = (
        bool(label)
        and len(label) <= 20
        and (bool(ITEM_MARKER.match(label + " x")) or re.fullmatch(r"\d{1,3}", label) is not None)
    )
    dated = bool(label) and not marked and len(label) <= 20 and bool(YEAR.search(label))
    body = cells[1:] if marked or dated else cells
    lead = body[0][0]
    for blocks in body:
        lines = [ln for b in blocks for ln in b.lines]
        head = blocks[0]
        if first:
            first.append((" ", False, False, ""))
        if head.kind == "item" and head is not lead:
            first.append((f"{head.marker} ", False, False, ""))
        first += lines[0]
        rest += lines[1:]
    if marked:
        m = ITEM_MARKER.match(label + " x")
        return _Block([first, *rest], "item", 1, m["marker"] if m else label)
    if dated:
        year = YEAR.search(label)
        text = "".join(_text_of(ln) for ln in [first, *rest])
        if year and year.group(0) not in text:
            (rest[-1] if rest else first).append((f" ({label})", False, False, ""))
        return _Block([first, *rest], "item", 1, "-")
    kind = lead.kind if lead.kind != "heading" or len(cells) == 1 else "text"
    return _Block([first, *rest], kind, lead.level, lead.marker)


def _to_lines(blocks: list[_Block | None]) -> list[Line]:
    out: list[Line] = []
    lineno = 0
    for block in blocks:
        if block is None:
            lineno += 1  # an empty paragraph is a paragraph: numbers stay Word's count
            if out and out[-1].kind != "blank":
                out.append(Line("", lineno, "blank"))
            continue
        if out and out[-1].kind != "blank" and block.kind == "text":
            out.append(Line("", lineno + 1, "blank"))  # paragraphs are apart
        lineno += 1  # the lines of one paragraph (line breaks in it) share its number
        for k, segs in enumerate(block.lines):
            run = RunBuilder()
            for text, bold, italic, link in segs:
                run.add(text, bold=bold, italic=italic, link=link)
            kind = block.kind if k == 0 else "text"
            line = run.build(lineno, kind=kind, level=block.level if k == 0 else 0)
            if not line.text:
                continue
            if kind == "item":
                line = _with(line, marker=block.marker)
            elif kind == "text":
                line = typed_marker(line)
            out.append(line)
    while out and out[-1].kind == "blank":
        out.pop()
    return out


def _with(line: Line, **changes: Any) -> Line:
    return Line(**{**line.__dict__, **changes})


@register_binary("docx", (".docx", ".docm", ".dotx"), is_docx)
def read_docx(data: bytes, path: str) -> Document:
    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
        reader = _Reader(doc)
        blocks = reader.body(doc.element.body)
    except (MemoryError, RecursionError) as exc:
        raise CvbibError("this Word file is too complex to read", path) from exc
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        detail = str(exc).strip() or type(exc).__name__
        raise CvbibError(
            f"damaged Word file: cvbib cannot read this binary file ({detail[:200]})", path
        ) from exc
    lines = _to_lines(blocks)
    if not lines:
        raise CvbibError("the Word file has no text", path)
    return Document(path, "docx", lines)
