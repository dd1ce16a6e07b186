"""PDF CVs, through pdfminer.six: characters, their fonts and positions become Lines.

A PDF has no markup, only glyphs placed on pages, so what other readers get from tags is
taken from the layout:

- characters on one baseline make a visual line; a superscript or subscript joins its line;
- a vertical gutter that splits a page into two text columns gives the left column before
  the right (a narrow date or label column beside aligned rows is not a text column);
- running headers and footers (the same text, digits aside, at the same place on most
  pages) and page numbers ("3", "- 3 -", "Page 3 of 7") are dropped;
- a font larger than the body text makes a heading (level by size); bold and italic come
  from font names (Bold, Black, Heavy, Semibold, Italic, Oblique, TeX's CMBX and CMTI, ...);
- list markers ("[12]", "1.", "•") make items; the left edge relative to the column gives
  ``indent`` (in half-ems; hanging indents mark entries) and the level of nested items;
- a vertical gap larger than the line spacing makes a blank line (a paragraph break);
- words hyphenated across lines are rejoined ("com-/puting" -> "computing"), real hyphens
  kept ("Self-/Supervised", "real-/time"); ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) are spelled out,
  TeX's accents drawn over a letter composed with it ("u" + "¨" -> "ü");
- rotated text (arXiv's margin stamp) and text outside the page are left out; a glyph with
  no Unicode (a bitmap or icon font) is dropped, or read as "•" where a bullet would stand.

``Line.lineno`` is a running line number across pages: the n-th line of text in reading
order (page 1 first, left column before right), headers, footers and page numbers not
counted, so a warning "cv.pdf:57" points at the 57th line cvbib read.
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
import math
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cvbib.errors import CvbibError
from cvbib.read import register_binary
from cvbib.read.document import LIGATURES, Document, Line
from cvbib.read.hyphenation import keeps_hyphen
from cvbib.read.plaintext import ITEM_MARKER
from cvbib.superscripts import subscript, superscript

BOLD, ITALIC = 1, 2
# A character as collected: left, right, baseline, font size, text, style bits.
Char = tuple[float, float, float, float, str, int]

# TeX builds accented letters from a spacing accent drawn over the letter (OT1 fonts).
ACCENTS = {
    "¨": "\u0308", "´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "^": "\u0302", "˜": "\u0303",
    "¸": "\u0327", "ˇ": "\u030c", "˘": "\u0306", "˙": "\u0307", "˚": "\u030a", "¯": "\u0304",
    "˝": "\u030b", "˛": "\u0328",
}  # fmt: skip
# A glyph with no Unicode (a bitmap font, an icon): kept only where a list bullet stands.
UNKNOWN = "\x01"
SPACES = {" ", "\t", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u3000"}
DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\x00"}

BOLD_FONT = re.compile(
    r"bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold|-medi(?:ital)?$|"
    r"[-,_]bd\b|^cmb|^cmssbx|^sfb|^sfsx|^ecbx|^lmroman\d*-bold|^lmsans\d*-bold",
    re.I,
)
ITALIC_FONT = re.compile(
    r"italic|oblique|ital\b|-it$|boldit$|-obl$|^cmti|^cmbxti|^cmsl|^cmbxsl|^cmssi|^sfti|^sfsl|"
    r"^sfbi|^sfsi|^ecti|^ecbi",
    re.I,
)
MATH_FONT = re.compile(r"^(?:cmmi|cmsy|cmex|msam|msbm|eufm|rsfs|stmary|lasy)", re.I)
PAGE_NUMBER = re.compile(
    r"(?i)^(?:page|p\.|seite|pág\.?|página)?\s*[-–—(\[]?\s*\d{1,3}\s*[-–—)\]]?"
    r"(?:\s*(?:of|/|von|de|sur)\s*\d{1,3})?$"
)

# A row's first cell that is only a date ("2024", "2019–2021", "Mar 2023") is a date
# column: it is set apart by CELL_GAP spaces, as in a text CV, not run into the entry.
DATE_CELL = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|[Pp]resent|[Nn]ow))?"
)
CELL_GAP = 3

logging.getLogger("pdfminer").addHandler(logging.NullHandler())  # no warnings on stderr


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


# -- characters ------------------------------------------------------------------------------


def _font_style(font: Any) -> int:
    """Bold and italic from the font's name, else from its descriptor (weight, angle)."""
    name = str(getattr(font, "fontname", "") or "")
    name = name.split("+", 1)[-1]  # "ABCDEF+Helvetica-Bold": the subset tag goes
    style = 0
    if BOLD_FONT.search(name):
        style |= BOLD
    if ITALIC_FONT.search(name):
        style |= ITALIC
    if style or MATH_FONT.match(name):
        return style  # math italic is not an italic title
    desc = getattr(font, "descriptor", None) or {}
    try:
        if float(desc.get("FontWeight", 0) or 0) >= 600:
            style |= BOLD
        if float(desc.get("ItalicAngle", 0) or 0) != 0:
            style |= ITALIC
    except (TypeError, ValueError):
        pass
    return style


def _clean(text: str) -> str:
    """A glyph's text as the reader wants it: ligatures spelled out, any space one " "."""
    if len(text) == 1 and text.isascii() and text.isalnum():
        return text
    out = "".join(LIGATURES.get(c, c) for c in text if c not in DROP)
    if out and (out in SPACES or out.isspace()):
        return " "
    return out


def _make_collector(rsrcmgr: Any) -> Any:
    """A pdfminer device that keeps only what the reader needs of each character.

    pdfminer's own layout objects cost more than the whole reading here (about half the
    time of a 20-page CV), so characters are recorded as plain tuples.
    """
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdffont import PDFUnicodeNotDefined

    class Collector(PDFTextDevice):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(rsrcmgr)
            self.chars: list[Char] = []
            self.rules: list[tuple[float, float, float]] = []  # x0, x1, y of thin lines
            self.styles: dict[Any, int] = {}
            self.texts: dict[Any, dict[int, str]] = {}  # per font: glyph id -> text
            self.undefined = self.rotated = 0
            self.raw_size = self.size = 0.0

        def paint_path(
            self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any
        ) -> None:
            # Horizontal rules set running headers and footers apart from the page.
            if not path or len(path) > 12 or any(seg[0] not in "mlh" for seg in path):
                return
            a, b, c, d, e, f = self.ctm
            pts = [(a * s[1] + c * s[2] + e, b * s[1] + d * s[2] + f) for s in path if len(s) == 3]
            if pts:
                xs, ys = [x for x, _ in pts], [y for _, y in pts]
                if max(ys) - min(ys) <= 2.5 and max(xs) - min(xs) >= 40:
                    self.rules.append((min(xs), max(xs), (min(ys) + max(ys)) / 2))

        def render_char(
            self,
            matrix: tuple[float, float, float, float, float, float],
            font: Any,
            fontsize: float,
            scaling: float,
            rise: float,
            cid: int,
            ncs: Any,
            graphicstate: Any,
        ) -> float:
            texts = self.texts.get(font)
            if texts is None:
                texts = self.texts[font] = {}
                self.styles[font] = _font_style(font)
            text = texts.get(cid)
            if text is None:
                try:
                    text = _clean(font.to_unichr(cid))
                except PDFUnicodeNotDefined:
                    text = UNKNOWN
                texts[cid] = text
            adv = font.char_width(cid) * fontsize * scaling
            a, b, c, d, e, f = matrix
            # Only upright horizontal text: rotated stamps (arXiv margins) are not the CV.
            if text == UNKNOWN:
                self.undefined += 1
            size = fontsize * d
            if text and a > 0 and size > 0 and abs(b) < 1e-3 * a and abs(c) < 0.5 * d:
                if size != self.raw_size:  # sizes come in runs: round each run once
                    self.raw_size, self.size = size, round(size * 2) / 2
                x0, y = e + c * rise, f + d * rise
                if math.isfinite(x0 + y + a * adv):  # a damaged file may say anything
                    self.chars.append((x0, x0 + a * adv, y, self.size, text, self.styles[font]))
            elif text:
                self.rotated += 1
            return adv

    return Collector()


@dataclass
class _Page:
    width: float
    height: float
    chars: list[Char]
    rules: list[tuple[float, float, float]]


def _pages(data: bytes, path: str) -> list[_Page]:
    """The characters of every page; pdfminer's failures become one clear error."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    pages: list[_Page] = []
    undefined = rotated = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rsrcmgr = PDFResourceManager(caching=True)
            device = _make_collector(rsrcmgr)
            interpreter = PDFPageInterpreter(rsrcmgr, device)
            for page in PDFPage.get_pages(io.BytesIO(data)):
                device.chars, device.rules = [], []
                interpreter.process_page(page)
                x0, y0, x1, y1 = (float(v) for v in page.mediabox)
                w, h = abs(x1 - x0), abs(y1 - y0)
                if page.rotate in (90, 270):
                    w, h = h, w
                # Text outside the page is never seen (and in damaged files, anywhere).
                chars = [ch for ch in device.chars if -9 < ch[0] < w + 9 and -9 < ch[2] < h + 9]
                pages.append(_Page(w, h, chars, device.rules))
            undefined, rotated = device.undefined, device.rotated
    except PDFPasswordIncorrect as exc:
        raise CvbibError(
            "the PDF is encrypted with a password: cvbib cannot read it (save a copy "
            "without the password)",
            path,
        ) from exc
    except PDFEncryptionError as exc:
        raise CvbibError(
            f"cannot decrypt this PDF ({exc}): save a copy without encryption", path
        ) from exc
    except (MemoryError, RecursionError) as exc:
        raise CvbibError("this PDF is too complex to read", path) from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        detail = str(exc).strip() or type(exc).__name__
        raise CvbibError(
            f"damaged PDF: cvbib cannot parse this binary file ({detail[:200]})", path
        ) from exc
    if not pages:
        raise CvbibError("damaged PDF: cvbib found no pages in this binary file", path)
    shown = sum(1 for p in pages for ch in p.chars if not ch[4].isspace())
    if shown == 0 and rotated > 0:
        raise CvbibError(
            "all the text of this PDF is rotated on the page: cvbib reads upright text only "
            "(rotate the pages and save it again)",
            path,
        )
    if shown == 0 or undefined > 2 * shown:
        raise CvbibError("no text layer (a scanned PDF?): cvbib cannot OCR", path)
    return pages


# -- rows and fragments ----------------------------------------------------------------------


@dataclass(slots=True)
class _Frag:
    """Characters on one baseline without a wide gap: a line, or one column's part of it."""

    page: int
    row: int
    x0: float
    x1: float
    y: float
    size: float
    chars: list[str] = field(default_factory=list)  # one string per output character
    styles: list[int] = field(default_factory=list)
    sizes: Counter[float] = field(default_factory=Counter)  # font sizes of its glyphs

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _rows(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by baseline, top to bottom; superscripts join their line."""
    chars = sorted(chars, key=lambda ch: (-ch[2], ch[0]))
    rows: list[list[Char]] = []
    base = size = 0.0  # the baseline of the row's largest glyphs, not of a raised mark
    for ch in chars:
        if rows and base - ch[2] <= 0.3 * (size if size > ch[3] else ch[3]):
            rows[-1].append(ch)
            if ch[3] >= 0.95 * size:
                base = ch[2]
            if ch[3] > size:
                size = ch[3]
        else:
            rows.append([ch])
            base, size = ch[2], ch[3]
    info = [(_dominant_size(r), sorted(ch[2] for ch in r)[len(r) // 2]) for r in rows]
    i = 0
    while i < len(rows):
        s, y = info[i]
        x0, x1 = min(ch[0] for ch in rows[i]), max(ch[1] for ch in rows[i])
        for j in (i + 1, i - 1):  # a raised mark joins the line below, a lowered one above
            if not 0 <= j < len(rows):
                continue
            sj, yj = info[j]
            jx0, jx1 = min(ch[0] for ch in rows[j]), max(ch[1] for ch in rows[j])
            if s < 0.85 * sj and abs(y - yj) < 0.6 * sj and x0 >= jx0 - sj and x1 <= jx1 + 3 * sj:
                rows[j].extend(rows[i])
                del rows[i], info[i]
                break
        else:
            i += 1
    return [_scripts(sorted(r, key=lambda ch: ch[0])) for r in rows]


# what a raised or lowered small glyph is written as: "10⁷", "χ⁽²⁾", "Si₃N₄" (letters stay:
# an ordinal's raised "st" is no exponent)
SCRIPT_CHARS = frozenset("0123456789+-−()=")
# signs are an exponent's only after a digit or a bracket ("10⁻³"); after a name, a raised
# "+" marks a student ("Bjørnstad⁺" would hide the mark from the name reader)
SIGNS = frozenset("+-−=")


def _scripts(row: list[Char]) -> list[Char]:
    """Small digits raised or lowered right after a letter or a digit become Unicode
    superscripts or subscripts."""
    if not any(ch[4] in SCRIPT_CHARS for ch in row):
        return row
    size = _dominant_size(row)
    bases = sorted(ch[2] for ch in row if ch[3] >= 0.95 * size)
    if not bases:
        return row
    base = bases[len(bases) // 2]
    out = list(row)
    for k in range(1, len(out)):
        ch, prev = out[k], out[k - 1]
        if (
            ch[4] not in SCRIPT_CHARS
            or ch[3] >= 0.85 * size
            or ch[0] - prev[1] > 0.3 * size
            or not (prev[4][-1:].isalnum() or prev[4] in ")⁾₎" or prev[4] in _SCRIPTED)
            or (ch[4] in SIGNS and prev[4][-1:].isalpha())
        ):
            continue
        if ch[2] > base + 0.2 * size:
            mark = superscript(ch[4])
        elif ch[2] < base - 0.1 * size:
            mark = subscript(ch[4])
        else:
            mark = None
        if mark:
            out[k] = (ch[0], ch[1], ch[2], ch[3], mark, ch[5])
    return out


_SCRIPTED = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽₀₁₂₃₄₅₆₇₈₉₊₋₌₍")


def _dominant_size(chars: list[Char]) -> float:
    sizes = Counter(ch[3] for ch in chars if ch[4] != " ")
    return sizes.most_common(1)[0][0] if sizes else chars[0][3]


def _compose_accents(row: list[Char]) -> list[Char]:
    """A spacing accent drawn over a letter becomes part of it: "u" + "¨" -> "ü"."""
    if not any(ch[4] in ACCENTS for ch in row):
        return row
    out = list(row)
    i = 0
    while i < len(out):
        ch = out[i]
        if ch[4] in ACCENTS:
            mid = (ch[0] + ch[1]) / 2
            for j in (i + 1, i - 1):
                if 0 <= j < len(out) and out[j][4][:1].isalpha():
                    o = out[j]
                    if o[0] - 0.5 <= mid <= o[1] + 0.5:
                        base = "i" if o[4] == "ı" else o[4]
                        text = unicodedata.normalize("NFC", base + ACCENTS[ch[4]])
                        out[j] = (o[0], o[1], o[2], o[3], text, o[5])
                        del out[i]
                        i -= 1
                        break
        i += 1
    return out


def _fragments(row: list[Char], page: int, rowi: int) -> list[_Frag]:
    """Split a row at wide gaps and spell it out, with spaces where words are apart."""
    row = _compose_accents(row)
    visible = [ch for ch in row if ch[4] != " "]
    if not visible:
        return []
    size = _dominant_size(visible)
    word_gap = 0.15 * size
    # Letter-spaced text ("P U B L I C A T I O N S"): most gaps are wide; words are
    # then told by gaps clearly wider than the letter spacing.
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(visible)]
    if len(gaps) >= 4 and sum(g > word_gap for g in gaps) >= 0.6 * len(gaps):
        word_gap = max(word_gap, 1.8 * statistics.median(gaps))
    split_gap = max(0.7 * size, 4.0, 1.5 * word_gap)
    frags: list[_Frag] = []
    cur = _Frag(page, rowi, visible[0][0], visible[0][1], visible[0][2], size)
    frags.append(cur)
    chars, styles, sizes = cur.chars, cur.styles, cur.sizes
    space = False
    last: Char | None = None
    for ch in row:
        text = ch[4]
        if text == " ":
            space = True
            continue
        if last is not None:
            if text == last[4] and abs(ch[0] - last[0]) < 0.3:
                continue  # the same glyph printed twice (a fake bold)
            gap = ch[0] - last[1]
            if gap > split_gap:
                cur = _Frag(page, rowi, ch[0], ch[1], ch[2], size)
                frags.append(cur)
                chars, styles, sizes = cur.chars, cur.styles, cur.sizes
            elif space or gap > word_gap:
                chars.append(" ")
                styles.append(styles[-1] & ch[5])  # a space inside a bold name stays bold
        space = False
        if text == UNKNOWN:
            if chars:
                continue  # an unknown glyph inside text: nothing to spell out
            text = "•"  # at the start of a line: a bullet drawn from a symbol font
        if len(text) == 1:
            chars.append(text)
            styles.append(ch[5])
        else:
            chars.extend(text)
            styles.extend([ch[5]] * len(text))
        if ch[1] > cur.x1:
            cur.x1 = ch[1]
        sizes[ch[3]] += 1
        last = ch
    for f in frags:
        f.size = f.sizes.most_common(1)[0][0]
    return frags


# -- running headers, footers and page numbers -----------------------------------------------


def _drop_running(frag_pages: list[list[_Frag]], pages: list[_Page]) -> list[list[_Frag]]:
    """Drop page numbers and the text repeated at the same place on most pages.

    Only the outermost rows of a page (top or bottom three, in its top or bottom fifth)
    can be running text. A row goes when all of it is running text or page numbers, so a
    list marker "[3]" beside its entry on the last row is never taken for a page number.
    A header seen once (a first page in another style) goes when a rule and a wide gap set
    it apart from the page.
    """

    def key(frag: _Frag) -> str:
        return re.sub(r"\d+", "#", " ".join(frag.text.lower().split()))

    sizes: Counter[float] = Counter()
    for frags in frag_pages:
        for f in frags:
            sizes[f.size] += len(f.chars)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    seen: dict[str, set[tuple[int, int]]] = {}
    page_rows: list[list[list[_Frag]]] = []  # per page, its rows top to bottom
    for p, frags in enumerate(frag_pages):
        by_row: dict[int, list[_Frag]] = {}
        for f in frags:
            by_row.setdefault(f.row, []).append(f)
        rows = [by_row[r] for r in sorted(by_row)]
        page_rows.append(rows)
        h = pages[p].height
        for row in rows[:3] + rows[-3:]:
            if row[0].y > 0.8 * h or row[0].y < 0.2 * h:
                for f in row:
                    seen.setdefault(key(f), set()).add((p, round(f.y / 4)))
    need = max(2, math.ceil(0.4 * len(frag_pages)))

    def repeated(f: _Frag, p: int) -> bool:
        k = key(f)
        if sum(c.isalpha() for c in k) < 2:
            return False  # "[#]" or "#": a list marker or a number, not running text
        b = round(f.y / 4)
        return len({q for q, y in seen.get(k, set()) if abs(y - b) <= 1 and q != p}) + 1 >= need

    def number(row: list[_Frag]) -> bool:
        return all(PAGE_NUMBER.match(f.text.strip()) for f in row)

    def ruled_off(p: int, row: list[_Frag], inner: list[_Frag]) -> bool:
        """A body-size row with a rule between it and the page (fancyhdr's style): a
        header or footer even if no other page repeats it (page 1 may have none)."""
        y = row[0].y
        if (y > 0.5 * pages[p].height and p == 0) or any(f.size > body + 0.5 for f in row):
            return False
        if row[-1].text.rstrip().endswith("."):
            return False
        lo, hi = sorted((y, inner[0].y))
        wide = 0.3 * pages[p].width
        return any(lo < ry < hi and x1 - x0 >= wide for x0, x1, ry in pages[p].rules)

    out = []
    for p, frags in enumerate(frag_pages):
        rows, h = page_rows[p], pages[p].height
        drop: set[int] = set()
        for side in (rows, rows[::-1]):  # from the top, then from the bottom
            running = 0
            for k, row in enumerate(side[:3]):
                if not (row[0].y > 0.8 * h or row[0].y < 0.2 * h):
                    break
                inner = side[k + 1] if k + 1 < len(side) else None
                if all(repeated(f, p) or PAGE_NUMBER.match(f.text.strip()) for f in row) or (
                    k == 0 and inner is not None and ruled_off(p, row, inner)
                ):
                    running = k + 1
                else:
                    break
            # Running text stands apart from the body; after a normal line gap it is the
            # body's own last line (the same words at the foot of every page of a list).
            while running and not number(side[running - 1]) and running < len(side):
                if abs(side[running - 1][0].y - side[running][0].y) >= 1.6 * body:
                    break
                running -= 1
            for row in side[:running]:
                drop.update(id(f) for f in row)
        out.append([f for f in frags if id(f) not in drop])
    return out


# -- columns ---------------------------------------------------------------------------------


def _gutter(frags: list[_Frag]) -> tuple[float, float] | None:
    """A vertical strip no (or almost no) text crosses, between two real text columns."""
    if len(frags) < 8:
        return None
    left, right = min(f.x0 for f in frags), max(f.x1 for f in frags)
    width = right - left
    if not 100 <= width <= 5000:  # too narrow for two columns, or no real page
        return None
    n = int(width) + 2
    diff = [0] * (n + 1)
    for f in frags:
        a = int(f.x0 - left)
        diff[a] += 1
        diff[max(int(f.x1 - left) + 1, a + 1)] -= 1
    cover, run = [], 0
    for v in diff[:n]:
        run += v
        cover.append(run)
    allowed = max(1, len(frags) // 25)  # a title or a rule may cross the gutter
    lo, hi = int(0.12 * width), int(0.88 * width)
    # The widest strip, each line crossing it costing 15 pt: the gap between list markers
    # and their text is no gutter when a wider strip is crossed only by a title.
    runs: set[tuple[int, int, int]] = set()  # (score, start, end)
    for crossing in range(allowed + 1):
        i = lo
        while i < hi:
            if cover[i] > crossing:
                i += 1
                continue
            j = i
            while j < hi and cover[j] <= crossing:
                j += 1
            if j - i >= 6:
                runs.add((j - i - 15 * crossing, i, j))
            i = j
    total = sum(len(f.chars) for f in frags)
    for _, i, j in sorted(runs, reverse=True):  # the best strip that parts two columns
        g0, g1 = left + i, left + j
        lhs = [f for f in frags if f.x1 <= g0]
        rhs = [f for f in frags if f.x0 >= g1]
        if min(len({f.row for f in lhs}), len({f.row for f in rhs})) < 4:
            continue
        if min(sum(len(f.chars) for f in lhs), sum(len(f.chars) for f in rhs)) < 0.05 * total:
            continue
        # Two wide sides are text columns. A narrow side is a date or label column beside
        # its rows (read across), unless its rows do not line up with the others (a sidebar).
        if min(g0 - left, right - g1) >= 0.3 * width:
            return g0, g1
        right_ys = sorted(f.y for f in rhs)
        aligned = sum(1 for f in lhs if _near(right_ys, f.y, 1.0)) / len(lhs)
        mid = (g0 + g1) / 2
        if aligned < 0.5 and min(mid - left, right - mid) >= 0.15 * width:
            return g0, g1
    return None


def _near(ys: list[float], y: float, tolerance: float) -> bool:
    """Is a value of the sorted ``ys`` within ``tolerance`` of ``y``? (same baseline)"""
    k = bisect.bisect_left(ys, y - tolerance)
    return k < len(ys) and ys[k] <= y + tolerance


def _reading_order(frags: list[_Frag]) -> tuple[list[list[_Frag]], float | None]:
    """The page's visual lines in reading order (each a list of fragments, left to right),
    and where the right column starts, if the page has two.

    With two columns the left one is read before the right, band by band between the rows
    that cross the gutter (a name or a heading over both columns).
    """
    gutter = _gutter(frags)
    if gutter is None:
        return _rows_of(frags), None
    g0, g1 = gutter
    seps = sorted({f.row for f in frags if f.x0 < g0 and f.x1 > g1})
    out: list[list[_Frag]] = []
    rest = [f for f in frags if f.row not in seps]
    for sep in [*seps, None]:
        band = [f for f in rest if sep is None or f.row < sep]
        rest = [f for f in rest if not (sep is None or f.row < sep)]
        out += _rows_of([f for f in band if f.x0 < g1])
        out += _rows_of([f for f in band if f.x0 >= g1])
        if sep is not None:
            out += _rows_of([f for f in frags if f.row == sep])
    return out, g1


def _rows_of(frags: list[_Frag]) -> list[list[_Frag]]:
    rows: dict[int, list[_Frag]] = {}
    for f in frags:
        rows.setdefault(f.row, []).append(f)
    return [sorted(rows[r], key=lambda f: f.x0) for r in sorted(rows)]


# -- lines -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _VLine:
    """A visual line in reading order, with where it sits and what it looks like."""

    page: int
    column: int  # 0: the left (or only) column, 1: the right one
    x0: float
    x1: float
    y: float
    size: float
    left: float  # left and right edges of its column on its page
    right: float
    chars: list[str]
    styles: list[int]
    level: int = 0  # heading level by font size; 0 for body text
    para: bool = False  # a paragraph starts here (a blank line goes before it)
    cells: tuple[float, ...] = ()  # left edges of its later fragments (table cells, columns)
    dated: bool = False  # its first cell is a date column's ("2024", "2019–2021")
    broken: bool = False  # begun by a line break: the line before ended early

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _visual_lines(pages: list[list[_Frag]]) -> list[_VLine]:
    out: list[_VLine] = []
    for frags in pages:
        if not frags:
            continue
        rows, split = _reading_order(frags)
        page_lines: list[_VLine] = []
        for parts in rows:
            chars: list[str] = []
            styles: list[int] = []
            sizes: Counter[float] = Counter()
            # a date column stands apart, as a text CV lays it out: "2024   Title"
            dated = len(parts) > 1 and DATE_CELL.fullmatch("".join(parts[0].chars)) is not None
            for f in parts:
                if chars:
                    gap = CELL_GAP if dated and f is parts[1] else 1
                    chars.extend(" " * gap)
                    styles.extend([styles[-1] & f.styles[0]] * gap)
                chars += f.chars
                styles += f.styles
                sizes.update(f.sizes)
            col = 1 if split is not None and parts[0].x0 >= split else 0
            size = sizes.most_common(1)[0][0]
            x0, x1, y = parts[0].x0, parts[-1].x1, parts[0].y
            vline = _VLine(parts[0].page, col, x0, x1, y, size, 0, 0, chars, styles)
            vline.cells = tuple(f.x0 for f in parts[1:])
            vline.dated = dated
            page_lines.append(vline)
        for col in (0, 1):
            mine = [v for v in page_lines if v.column == col]
            if mine:
                left, right = min(v.x0 for v in mine), max(v.x1 for v in mine)
                for v in mine:
                    v.left, v.right = left, right
        out += page_lines
    return out


def _body_size(vlines: list[_VLine]) -> float:
    weights: Counter[float] = Counter()
    for v in vlines:
        weights[v.size] += len(v.chars)
    return weights.most_common(1)[0][0]


def _mark_headings(vlines: list[_VLine], body: float) -> None:
    """A short line in a font clearly larger than the body text is a heading."""

    def short(v: _VLine) -> bool:
        return len(v.text.split()) <= 12 and any(c.isalpha() for c in v.chars)

    big = sorted(
        {v.size for v in vlines if v.size >= body + max(1.0, 0.12 * body) and short(v)},
        reverse=True,
    )
    level_of = {s: min(i + 1, 6) for i, s in enumerate(big)}
    for v in vlines:
        if v.size in level_of and short(v):
            v.level = level_of[v.size]


def _same_flow(a: _VLine, b: _VLine) -> bool:
    return a.page == b.page and a.column == b.column and a.y > b.y


def _mark_paragraphs(vlines: list[_VLine], body: float) -> None:
    """Paragraph starts: a gap wider than the usual line spacing, or a first-line indent."""
    pairs = list(itertools.pairwise(vlines))
    ratios = sorted((a.y - b.y) / b.size for a, b in pairs if _same_flow(a, b) and b.size > 0)
    usual = [r for r in ratios if 0.9 <= r <= 3.0]
    pitch = usual[len(usual) // 5] if usual else 1.2
    for a, b in pairs:
        if _same_flow(a, b) and a.y - b.y > b.size * (pitch * 1.2 + 0.1):
            b.para = True
    # A first-line indent (LaTeX's default) starts a paragraph: an indented line after
    # one that ended early, so early that the indented line's first word would have fit.
    # After a line that was full, an indented line is a hanging indent's continuation.
    step = 0.8 * body

    def ended(a: _VLine, b: _VLine) -> bool:
        word = b.text.split(" ", 1)[0]
        per_char = (b.x1 - b.x0) / max(len(b.chars), 1)
        return a.right - a.x1 > (len(word) + 1) * per_char + 0.5 * body

    for a, b in pairs:
        if (
            _same_flow(a, b)
            and not (b.para or a.level or b.level)
            and b.x0 > a.x0 + step
            and ended(a, b)
            # a line under the second cell of a row ("2024 | Title" / "with A and B")
            # continues that cell: a date column, not a first-line indent
            and not any(abs(b.x0 - x) <= 0.3 * body for x in a.cells)
            and not ITEM_MARKER.match(a.text)  # under a list marker: a hanging indent
            and not ITEM_MARKER.match(b.text)
        ):
            b.para = True
    # In a table cell beside a date column, a line after one that ended early (its first
    # word would have fit) was put on a line of its own: "2024 | Title" / "with A and B" /
    # "FOCS 2024". (Without the column, a short line may be a hand-made wrap.)
    row_cells: tuple[float, ...] = ()
    for a, b in pairs:
        if not _same_flow(a, b) or b.para or a.level or b.level:
            row_cells = ()
            continue
        row_cells = a.cells if a.dated else row_cells
        if any(abs(b.x0 - x) <= 0.3 * body for x in row_cells) and ended(a, b):
            b.broken = True
    # A paragraph whose first line alone stands further in has a first-line indent, not a
    # hanging one: it gets the indent of the rest, so the entry splitter sees one unit.
    i = 0
    while i < len(vlines):
        j = i + 1
        while j < len(vlines) and not vlines[j].para and _same_flow(vlines[j - 1], vlines[j]):
            j += 1
        first, rest = vlines[i], vlines[i + 1 : j]
        starts = i == 0 or first.para or vlines[i - 1].level > 0  # not a page's first line
        if (
            starts
            and rest
            and all(abs(v.x0 - rest[0].x0) <= step for v in rest)
            and first.x0 > rest[0].x0 + step
            and not ITEM_MARKER.match(first.text)
        ):
            first.x0 = rest[0].x0
        i = j


def _dehyphenate(vlines: list[_VLine]) -> list[_VLine]:
    """Rejoin words hyphenated across lines: "com-" + "puting" -> "computing".

    The next line's first word moves up, so the entry joiner sees whole words. A hyphen
    stays when the next part is capitalised ("Self-Supervised"), the word already had one
    ("state-of-the-art"), or the first part starts compounds ("real-time"); a soft hyphen
    always goes.
    """
    out: list[_VLine] = []
    i = 0
    while i < len(vlines):
        a = vlines[i]
        out.append(a)
        i += 1
        if i >= len(vlines):
            break
        b = vlines[i]
        if b.para or a.level != b.level or ITEM_MARKER.match(b.text):
            continue
        m = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)[-\u2010\u00ad]$", a.text)
        nm = re.match(r"([^\W\d_][\w'’]*)(\S*)", b.text)
        if m and nm:
            keep = not a.text.endswith("\u00ad") and (
                keeps_hyphen(m.group(1), nm.group(1))
                or nm.group(2).startswith("-")  # "jet-" + "in-crossflow": a compound
            )
        elif re.search(r"\d[-–]$", a.text) and (nm := re.match(r"\d+\S*", b.text)):
            keep = True  # a page range broken after its dash: "1–" + "30, 2018."
        else:
            continue
        take = nm.end()  # the word and what sticks to it: "puting," or "puting)."
        cut = len(a.chars) - 1
        a.chars[cut:] = ([a.chars[cut]] if keep else []) + b.chars[:take]
        a.styles[cut:] = ([a.styles[cut]] if keep else []) + b.styles[:take]
        if a.chars[cut] == "\u00ad":
            a.chars[cut] = "-"  # a soft hyphen kept in a compound is a real one
        while take < len(b.chars) and b.chars[take] == " ":
            take += 1
        del b.chars[:take], b.styles[:take]
        if not b.chars:
            i += 1  # the whole line moved up
    return out


def _ranges(styles: list[int], bit: int, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for k in range(start, end):
        if styles[k] & bit:
            if out and out[-1][1] == k - start:
                out[-1] = (out[-1][0], k - start + 1)
            else:
                out.append((k - start, k - start + 1))
    return tuple(out)


def _item_levels(vlines: list[_VLine], body: float) -> dict[int, list[float]]:
    """Per column, the left edges where list markers stand: nested lists stand further in."""
    xs: dict[int, set[float]] = {}
    for v in vlines:
        m = ITEM_MARKER.match(v.text)
        if m and len(v.text) > m.end() and not v.level:
            xs.setdefault(v.column, set()).add(round(v.x0 - v.left, 1))
    starts: dict[int, list[float]] = {}
    for col, found in xs.items():
        edges: list[float] = []
        prev = None
        for x in sorted(found):
            # right-aligned numbers ("14." left of " 9.") start a digit apart: one level
            if prev is None or x - prev > 0.9 * body:
                edges.append(x)
            prev = x
        starts[col] = edges
    return starts


def _lines(vlines: list[_VLine], body: float) -> list[Line]:
    starts = _item_levels(vlines, body)
    lines: list[Line] = []
    lineno = 0
    for v in vlines:
        for k in range(len(v.chars) - 1, -1, -1):
            if v.chars[k] == "\u00ad":  # an invisible soft hyphen inside a line
                del v.chars[k], v.styles[k]
        text = v.text
        lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
        if end <= lead:
            continue
        if v.para and lines and lines[-1].kind != "blank":
            lines.append(Line("", lineno + 1, "blank"))
        lineno += 1
        m = ITEM_MARKER.match(text[lead:])
        kind, level, marker, start = "text", 0, "", lead
        if v.level:
            kind, level = "heading", v.level
        elif m and end > lead + m.end():
            offset = round(v.x0 - v.left, 1)
            edges = starts.get(v.column, [offset])
            level = 1 + max((k for k, x in enumerate(edges) if x <= offset), default=0)
            kind, marker, start = "item", m["marker"], lead + m.end()
            while start < end and text[start] == " ":
                start += 1
        lines.append(
            Line(
                text=text[start:end],
                lineno=lineno,
                kind=kind,  # type: ignore[arg-type]
                level=level,
                marker=marker,
                indent=max(0, round((v.x0 - v.left) / (0.5 * body))),
                bold=_ranges(v.styles, BOLD, start, end),
                italic=_ranges(v.styles, ITALIC, start, end),
                soft=v.broken and not v.para,
            )
        )
    return lines


@register_binary("pdf", (".pdf",), is_pdf)
def read_pdf(data: bytes, path: str) -> Document:
    pages = _pages(data, path)
    try:
        frags: list[list[_Frag]] = []
        for p, page in enumerate(pages):
            page_frags: list[_Frag] = []
            for r, row in enumerate(_rows(page.chars)):
                page_frags += _fragments(row, p, r)
            frags.append(page_frags)
        vlines = _visual_lines(_drop_running(frags, pages))
        if not vlines:
            raise CvbibError("no text layer (a scanned PDF?): cvbib cannot OCR", path)
        body = _body_size(vlines)
        _mark_headings(vlines, body)
        _mark_paragraphs(vlines, body)
        lines = _lines(_dehyphenate(vlines), body)
    except (ArithmeticError, ValueError, IndexError) as exc:  # absurd geometry in a bad file
        raise CvbibError(f"damaged PDF: cvbib cannot lay out its text ({exc})", path) from exc
    return Document(path, "pdf", lines)
