"""The LaTeX reader's work, through pylatexenc: sections, list items, \\textbf/\\emph, accents.

Imported only when a LaTeX CV is read (pylatexenc takes a while to import).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexCommentNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexMathNode,
    LatexSpecialsNode,
    LatexWalker,
    LatexWalkerError,
    get_default_latex_context_db,
)
from pylatexenc.macrospec import EnvironmentSpec, MacroSpec

from cvbib.errors import CvbibError
from cvbib.read.document import Document, Line, RunBuilder
from cvbib.superscripts import subscript, superscript

SECTION_LEVELS = {
    "part": 1, "chapter": 1, "section": 1, "subsection": 2, "subsubsection": 3,
    "paragraph": 4, "cvsection": 1, "cvsubsection": 2,
}  # fmt: skip
BOLD_MACROS = {"textbf", "textsc", "underline", "uline"}
ITALIC_MACROS = {"emph", "textit", "textsl"}
# Declarations (old-style font switches) take no argument: (bold, italic) from here on.
DECLARATIONS: dict[str, Callable[[bool, bool], tuple[bool, bool]]] = {
    **dict.fromkeys(("bf", "bfseries"), lambda b, i: (True, i)),
    **dict.fromkeys(("it", "em", "itshape", "sl", "slshape"), lambda b, i: (b, True)),
    **dict.fromkeys(("rm", "normalfont"), lambda b, i: (False, False)),
    "upshape": lambda b, i: (b, False),
    "mdseries": lambda b, i: (False, i),
}
BREAK_MACROS = {"\\", "newline", "par", "linebreak", "bigskip", "medskip", "smallskip"}
ITEM_MACROS = {"item", "bibitem"}
IGNORED_MACROS = {
    "hspace", "vspace", "vfill", "hfill", "noindent", "small", "footnotesize", "large", "Large",
    "normalsize", "centering", "label", "setlength", "pagestyle", "thispagestyle", "newpage",
    "clearpage", "maketitle", "tableofcontents", "nocite", "color", "hline",
    "vskip", "hskip", "setcounter", "addtolength", "phantom", "ref", "cite", "pagebreak",
    "cline", "toprule", "midrule", "bottomrule", "endhead", "endfirsthead", "endfoot",
    "endlastfoot", "tabularnewline", "addcontentsline",
}  # fmt: skip
# babel's French quotation marks: « \og title \fg »
QUOTE_MACROS = {"og": "« ", "fg": " »", "guillemotleft": "«", "guillemotright": "»"}
# A table cell's text is the last argument: "\multirow{2}{*}{2023}", "\multicolumn{2}{l}{...}"
CELL_MACROS = {"multirow", "multicolumn"}
YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:\s*[-–]+\s*(?:(?:19|20)\d\d|present|now))?", re.I)
# Tables: their column specs are no text; each row (ended by "\\") is a line of its own
TABLE_ENVS = {
    "tabular",
    "tabularx",
    "tabulary",
    "longtable",
    "supertabular",
    "xtabular",
    "xltabular",
}
# Macros read here by name: a CV's own definition of one does not replace its reading.
KNOWN_MACROS = {
    *SECTION_LEVELS, *BOLD_MACROS, *ITALIC_MACROS, *DECLARATIONS, *BREAK_MACROS, *ITEM_MACROS,
    "href", "url", "doi", "cvitem", "cventry", "cvlistitem",
}  # fmt: skip
# TeX's parameters set by assignment: "\hangindent=2em\hangafter=1" (a CV's hanging indent)
TEX_PARAMETERS = {
    "hangindent", "hangafter", "parindent", "parskip", "leftskip", "rightskip", "baselineskip",
    "hsize", "vsize", "tolerance", "emergencystretch", "looseness", "interlinepenalty",
}  # fmt: skip
TEX_VALUE = re.compile(r"^\s*=?\s*-?\d*\.?\d+\s*(?:pt|em|ex|cm|mm|in|bp|sp|pc|dd|cc|mu)?")
LIST_ENVS = {"itemize", "enumerate", "description", "thebibliography", "etaremune"}
SKIP_ENVS = {"comment", "tikzpicture", "figure", "verbatim", "abstract"}
PROSE_ENVS = {"quote", "quotation"}
# an abstract runs to sentences: this many words or more, and no list of its own
ABSTRACT_WORDS = 25


def _abstract_like(node: LatexEnvironmentNode) -> bool:
    source = node.latex_verbatim()
    return "\\item" not in source and len(_to_text(node.nodelist).split()) >= ABSTRACT_WORDS


# "$^{a}$", "$^\dagger$": a superscript letter or symbol alone, as footnotes mark names
FOOTNOTE_MARK = re.compile(r"\$\^(?:\{\s*(?:[a-z]|[*#]|\\d?dagger)\s*\}|[a-z*#]|\\d?dagger)\$")
_L2T = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


# \newcommand{\me}{\textbf{Doe J}}, \renewcommand*\pub[2][x]{...}, \def\me{...}: the start
# of a macro the CV defines; its body (balanced braces) follows
NEWCOMMAND = re.compile(
    r"\\(?:(?:re|provide)?newcommand\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))"
    r"\s*(?:\[(\d)\])?\s*(?:\[[^\]]*\])?|def\s*\\([A-Za-z]+))\s*\{"
)
# TeX assignments in a macro's body ("\hangindent=1.5em", "\hangafter=1"): layout, no text
ASSIGNMENT = re.compile(r"\\[A-Za-z]+\s*=\s*-?[\d.]+\s*(?:em|ex|pt|cm|mm|in)?")
MAX_EXPANSION_DEPTH = 8


def group_end(text: str, start: int) -> int:
    """The index just past the group opened by the brace before ``start`` (or -1)."""
    depth = 1
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def user_macros(preamble: str) -> dict[str, tuple[int, str]]:
    """Macros the CV defines (name -> number of arguments, body): CVs name their owner
    (\\me), mark equal contribution (\\eq) or wrap entries (\\pubentry{...}) with them."""
    macros: dict[str, tuple[int, str]] = {}
    for m in NEWCOMMAND.finditer(preamble):
        end = group_end(preamble, m.end())
        if end < 0:
            continue
        name = m.group(1) or m.group(2) or m.group(4)
        body = ASSIGNMENT.sub("", preamble[m.end() : end - 1])
        macros[name] = (int(m.group(3) or 0), body)
    return macros


def _context(  # type: ignore[no-untyped-def]
    user: dict[str, tuple[int, str]] | None = None, awesome: bool = False
):
    """pylatexenc's macros plus the argument shapes of macros CVs use for links and entries
    (Awesome-CV's \\cventry has five arguments, moderncv's six)."""
    db = get_default_latex_context_db()
    if user:
        specs = [MacroSpec(name, "{" * n) for name, (n, _) in user.items() if n]
        db.add_context_category("cv-macros", prepend=True, macros=specs)
    db.add_context_category(
        "cvbib",
        prepend=True,
        macros=[
            MacroSpec("href", "[{{"),
            MacroSpec("url", "{"),
            MacroSpec("doi", "{"),
            MacroSpec("textcolor", "[{{"),  # \textcolor[rgb]{1,0,0}{text}, as pylatexenc
            MacroSpec("color", "{"),
            MacroSpec("cventry", "{{{{{" if awesome else "{{{{{{"),
            MacroSpec("cvitem", "{{"),
            MacroSpec("cvlistitem", "{"),
            MacroSpec("bibitem", "[{"),
            MacroSpec("uline", "{"),
            MacroSpec("multirow", "[{[{[{"),
            MacroSpec("multicolumn", "{{{"),
            MacroSpec("cline", "{"),
            MacroSpec("addcontentsline", "{{{"),  # a table of contents' line: no text
        ],
        environments=[
            EnvironmentSpec("tabular", "[{"),
            EnvironmentSpec("tabular*", "{[{"),
            EnvironmentSpec("tabularx", "{[{"),
            EnvironmentSpec("tabulary", "{[{"),
            EnvironmentSpec("longtable", "[{"),
            EnvironmentSpec("supertabular", "[{"),
            EnvironmentSpec("xtabular", "[{"),
            EnvironmentSpec("xltabular", "{[{"),
        ],
    )
    return db


def _to_text(nodes: list) -> str:
    try:
        return _L2T.nodelist_to_text(nodes)
    except (IndexError, KeyError, AttributeError, TypeError, ValueError):
        return ""  # a macro whose arguments pylatexenc's text reading does not expect


class _Walker:
    def __init__(
        self, text: str, user: dict[str, tuple[int, str]] | None = None, awesome: bool = False
    ) -> None:
        self.text = text
        self.user = user or {}
        self.awesome = awesome  # an Awesome-CV document (its \\cventry differs)
        self.context = _context(self.user, self.awesome)
        self.expanding: list[str] = []  # the user macros being expanded (no endless loops)
        self.parsed: dict[str, list] = {}  # macro bodies (arguments put in) as read
        self.at: int | None = None  # while expanding: the position of the macro in the CV
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.lines: list[Line] = []
        self.run = RunBuilder()
        self.run_pos: int | None = None
        self.kind = "text"
        self.level = 0
        self.marker = ""
        self.counters: list[list[int]] = []
        self.heading: tuple[str, int] | None = None  # the last section heading and its level
        self.tables = 0  # the tables the walk is in
        self.cell = 0  # the cells of the table row read so far
        self.year_cell: str | None = None  # the last row's first cell, when a year
        # the next line follows "\\" inside a list item: it goes on with the item ("...
        # 1234--1248. \\ \textbf{Distinguished Paper Award}"), as a <br> does in HTML
        self.soft_next = False
        self.assigning = False  # after a TeX parameter: its "=2em" is no text

    def lineno(self, pos: int) -> int:
        import bisect

        return bisect.bisect_right(self.line_starts, pos)

    def flush(self, blank_after: bool = False) -> None:
        if self.run.text.strip():
            pos = self.run_pos or 0
            line = self.run.build(self.lineno(pos), kind=self.kind, level=self.level)
            if self.marker and self.kind == "item":
                line = Line(**{**line.__dict__, "marker": self.marker})
            elif self.soft_next and self.kind == "text":
                line = Line(**{**line.__dict__, "soft": True})
            self.lines.append(line)
            self.soft_next = False
        if blank_after and self.lines and self.lines[-1].kind != "blank":
            self.lines.append(Line("", self.lines[-1].lineno, "blank"))
        self.run = RunBuilder()
        self.run_pos = None
        self.kind, self.level, self.marker = "text", 0, ""

    def add(self, text: str, pos: int, bold: bool, italic: bool, link: str = "") -> None:
        if not text:
            return
        if self.at is not None:
            pos = self.at  # text from a macro's body stands where the macro is used
        if self.run_pos is None and text.strip():
            self.run_pos = pos + (len(text) - len(text.lstrip()))
        self.run.add(re.sub(r"\s+", " ", text), bold=bold, italic=italic, link=link)

    def walk(self, nodes: list, bold: bool = False, italic: bool = False) -> None:
        for node in nodes or []:
            if isinstance(node, LatexCommentNode):
                continue
            if isinstance(node, LatexMacroNode) and node.macroname in DECLARATIONS:
                # "{\bf 912}", "{\em Title}": a declaration styles the rest of its group
                bold, italic = DECLARATIONS[node.macroname](bold, italic)
                continue
            if isinstance(node, LatexMacroNode) and node.macroname in TEX_PARAMETERS:
                self.assigning = True  # "\hangindent=2em": the value follows as text
                continue
            if isinstance(node, LatexCharsNode):
                chars = node.chars
                if self.assigning:
                    self.assigning = False
                    chars = TEX_VALUE.sub(lambda m: " " * len(m.group(0)), chars, count=1)
                # A blank line in LaTeX ends a paragraph.
                parts = re.split(r"\n[ \t]*\n", chars)
                offset = 0
                for i, part in enumerate(parts):
                    if i:
                        self.flush(blank_after=True)
                    self.add(part, node.pos + offset, bold, italic)
                    offset += len(part) + 2
            elif isinstance(node, LatexGroupNode):
                self.walk(node.nodelist, bold, italic)
            elif isinstance(node, LatexMathNode):
                mark = FOOTNOTE_MARK.fullmatch(node.latex_verbatim())
                if mark:
                    # "Ibáñez, J.~M.$^{a}$": a footnote's mark after a name, not a letter of
                    # it ("*" keeps its meaning: equal contribution)
                    self.add("*" if "*" in mark.group(0) else "†", node.pos, bold, italic)
                    continue
                # "$L^p(\mathbb{R}^2)$" -> "Lᵖ(ℝ²)": scripts Unicode can write as such; the
                # marks of others dropped ("$\mathbb{F}_q$" -> "𝔽q"), as a reader sees them
                math = re.sub(r"[_^]\{?([^{}\s]*)\}?", r"\1", _math_text(node))
                self.add(_plain_math(math), node.pos, bold, italic)
            elif isinstance(node, LatexSpecialsNode):
                if self.tables and node.specials_chars == "&":
                    self.cell_break(node.pos, bold, italic)
                self.add(_to_text([node]) or " ", node.pos, bold, italic)
            elif isinstance(node, LatexEnvironmentNode):
                self.environment(node, bold, italic)
            elif isinstance(node, LatexMacroNode):
                self.macro(node, bold, italic)

    def cell_break(self, pos: int, bold: bool, italic: bool) -> None:
        """The end of a table cell: a year in a row's first cell stands for the rows below
        whose first cell is empty (``\\multirow{2}{*}{2023}``)."""
        self.cell += 1
        if self.cell != 1:
            return
        first = self.run.text.strip()
        if not first and self.year_cell:
            self.run, self.run_pos = RunBuilder(), None  # (the empty cell's spaces)
            self.add(self.year_cell + " ", pos, bold, italic)
        elif first:
            self.year_cell = first if YEAR_CELL.fullmatch(first) else None

    def environment(self, node: LatexEnvironmentNode, bold: bool, italic: bool) -> None:
        name = node.environmentname.rstrip("*")
        if name in SKIP_ENVS or (name in PROSE_ENVS and _abstract_like(node)):
            # a paper's abstract set in a quote block under it is no part of the entry
            self.flush()
            return
        if name == "thebibliography" and not self._in_publications():
            # LaTeX prints its own heading ("References"/"Bibliography") above the list;
            # without it the items would belong to whatever section came before
            self.flush(blank_after=True)
            self.kind, self.level = "heading", self.heading[1] if self.heading else 1
            self.add("Bibliography", node.pos, False, False)
            self.flush(blank_after=True)
        if name in TABLE_ENVS:
            # (the environment's arguments, its width and column spec, are not walked)
            self.flush(blank_after=True)
            self.tables += 1
            self.cell, self.year_cell = 0, None
            try:
                self.walk(node.nodelist, bold, italic)
            finally:
                self.tables -= 1
            self.flush(blank_after=True)
        elif name in LIST_ENVS:
            self.flush()
            self.counters.append([name in ("enumerate", "thebibliography", "etaremune"), 0])
            self.walk(node.nodelist, bold, italic)
            self.flush(blank_after=True)
            self.counters.pop()
        else:
            self.walk(node.nodelist, bold, italic)

    def _in_publications(self) -> bool:
        from cvbib.find.sections import classify

        return bool(self.heading) and classify(self.heading[0])[0] == "publication"

    def args(self, node: LatexMacroNode) -> list:
        argd = node.nodeargd
        return [a for a in (argd.argnlist if argd else []) if a is not None]

    def expand(self, node: LatexMacroNode, bold: bool, italic: bool) -> None:
        """A macro the CV defines: its body, with the arguments put in, read in its place."""
        name = node.macroname
        n, body = self.user[name]
        for k, arg in enumerate(self.args(node)[:n], 1):
            raw = self.text[arg.pos : arg.pos + arg.len]
            if raw.startswith("{") and raw.endswith("}"):
                raw = raw[1:-1]
            body = body.replace(f"#{k}", raw)
        nodes = self.parsed.get(body)
        if nodes is None:  # "\me" in every entry: its body read once
            try:
                nodes, _, _ = LatexWalker(
                    body, latex_context=self.context, tolerant_parsing=True
                ).get_latex_nodes()
            except (LatexWalkerError, RecursionError):
                return
            self.parsed[body] = nodes
        saved = self.text, self.at
        self.text = body
        self.at = node.pos if self.at is None else self.at
        self.expanding.append(name)
        try:
            self.walk(nodes, bold, italic)
        finally:
            self.expanding.pop()
            self.text, self.at = saved

    def macro(self, node: LatexMacroNode, bold: bool, italic: bool) -> None:
        name = node.macroname.rstrip("*")
        args = self.args(node)
        if (
            node.macroname in self.user
            and node.macroname not in KNOWN_MACROS
            and node.macroname not in self.expanding
            and len(self.expanding) < MAX_EXPANSION_DEPTH
        ):
            self.expand(node, bold, italic)
        elif name in SECTION_LEVELS:
            self.flush(blank_after=True)
            title = _to_text([args[-1]]) if args else ""
            if title.strip():
                self.kind, self.level = "heading", SECTION_LEVELS[name]
                self.heading = (title.strip(), SECTION_LEVELS[name])
                self.add(title.strip(), node.pos, False, False)
                self.flush(blank_after=True)
        elif name in ITEM_MACROS:
            self.flush()
            if name == "bibitem":
                args = []  # the label and key are not text
            self.kind = "item"
            if self.counters and self.counters[-1][0]:
                self.counters[-1][1] += 1
                self.marker = f"{self.counters[-1][1]}."
            else:
                self.marker = "-"
            self.level = len(self.counters)
            if name == "item" and args:  # \item[label]
                label = _to_text(args[:1]).strip()
                if label:
                    self.marker = label
        elif name in ("cvitem", "cventry", "cvlistitem"):
            self.moderncv(name, args, node.pos, bold, italic)
        elif name in BREAK_MACROS:
            # a table's row ends with "\\": one row, one block (a year cell and an entry)
            self.flush(blank_after=name == "par" or (self.tables > 0 and name == "\\"))
            self.cell = 0
            self.soft_next = bool(self.counters) and not self.tables and name != "par"
        elif name in CELL_MACROS and args:
            self.walk([args[-1]], bold, italic)
        elif name in BOLD_MACROS:
            self.walk(args, True, italic)
        elif name in ITALIC_MACROS:
            self.walk(args, bold, True)
        elif name == "href" and len(args) >= 2:
            url = self.text[args[-2].pos + 1 : args[-2].pos + args[-2].len - 1]
            before = self.run.length
            self.walk([args[-1]], bold, italic)
            self.run.links.append((before, self.run.length, url))
        elif name in ("url", "doi") and args:
            raw = self.text[args[0].pos + 1 : args[0].pos + args[0].len - 1]
            self.add(("doi: " if name == "doi" else "") + raw, node.pos, bold, italic)
        elif name in ("textcolor", "colorbox", "fcolorbox") and args:
            # the coloured text is text: "\textcolor{red}{Best Paper Honorable Mention}"
            self.walk([args[-1]], bold, italic)
        elif name in IGNORED_MACROS:
            return
        elif name in QUOTE_MACROS:
            mark = QUOTE_MACROS[name]
            if self.run.text.endswith(" "):
                mark = mark.lstrip()  # "templates \fg": one space before the mark
            self.add(mark, node.pos, bold, italic)
        else:
            text = _to_text([node])
            if text.strip() or not args:
                self.add(text, node.pos, bold, italic)
            else:
                self.walk(args, bold, italic)

    def moderncv(self, name: str, args: list, pos: int, bold: bool, italic: bool) -> None:
        """moderncv's \\cvitem{2021}{entry} and \\cventry{dates}{title}{...}: one item each
        (Awesome-CV's \\cventry{position}{title}{place}{dates}{description} has no label)."""
        self.flush()
        whole = name == "cvlistitem" or (name == "cventry" and self.awesome)
        label = _to_text(args[:1]).strip() if not whole else ""
        body = args if whole else args[1:]
        body = [a for a in body if _to_text([a]).strip()]
        if name == "cventry" and len(body) >= 3 and NAMES_FIRST.match(_to_text(body[-1:])):
            # \cventry{2024}{Title}{Journal}{34 (1)}{88--104}{A, B, and C. \doi{...}}: the
            # authors in the description read first, as a citation writes them
            body = [body[-1], *body[:-1]]
        self.kind, self.marker, self.level = "item", "-", len(self.counters) + 1
        for i, arg in enumerate(body):
            if i:
                self.add(", ", pos, bold, italic)
            self.walk([arg], bold, italic)
        # the year column: kept when the entry itself has no year, or only the year it was
        # submitted for ("Under review at CHI 2025" in the 2024 row)
        text = self.run.text
        years = re.findall(r"(?:19|20)\d\d", text)
        if label and (not years or (SUBMITTED_FOR.search(text) and label.strip() not in years)):
            self.add(f" ({label})", pos, bold, italic)
        self.flush()


AWESOME_CV = re.compile(r"\\documentclass(?:\[[^\]]*\])?\{awesome-cv\}")
SUBMITTED_FOR = re.compile(r"(?i)\b(?:under\s+review|submitted|in\s+submission|under\s+revision)\b")


# A description that opens with a list of names ("Rebecca L. Castellanos, Anh Nguyen, and
# Daniel P. Brennan."): capitalised words and initials, commas, "and"
# (a capital, accented too, then more words: capitalised ones or particles, "Jan van der Berg")
_CAP = r"(?=[^\W\d_])[^\W\d_a-z][\w'’\-]*\.?"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|(?:van|von|de|der|den|del|della|di|da|das|do|dos|du|la|le|ten|ter)\b)){{0,4}}"
NAMES_FIRST = re.compile(
    # (a leading comma: the first name is a macro of the CV's, "\me, Anh Nguyen, and ...",
    # and then one more name will do: "\me, and David Whitmore.")
    rf"\s*(?:(?:,\s*(?:and\s+)?)?(?:{_NAME}(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){{1,30}}"
    rf"{_NAME}|,\s*(?:and\s+)?{_NAME})\s*(?:\.|$)"
)


# Relations as a reader spaces them ("√s = 13 TeV", "Z → ee", "p ≫ n"); TeX's math mode
# spaces them itself, so the source has none.
_RELATIONS = re.compile(r"\s*([=<>≤≥≪≫≈≃∼→←↔⇒⟶])\s*")


# a sub- or superscript of letters, digits and signs: "^2", "_{ij}", "^{-1}"
SCRIPT = re.compile(r"([_^])(?:\{([A-Za-z0-9+\-=()]{1,12})\}|([A-Za-z0-9]))")


def _math_text(node: LatexMathNode) -> str:
    """A math node's text, its simple scripts as Unicode super- and subscripts."""
    source = node.latex_verbatim()
    if "^" not in source and "_" not in source:
        return _to_text([node])

    def script(m: re.Match[str]) -> str:
        body = m.group(2) or m.group(3)
        return (superscript(body) if m.group(1) == "^" else subscript(body)) or m.group(0)

    converted = SCRIPT.sub(script, source)
    if converted == source:
        return _to_text([node])
    try:
        return _L2T.latex_to_text(converted)
    except (IndexError, KeyError, AttributeError, TypeError, ValueError, LatexWalkerError):
        return _to_text([node])


def _plain_math(math: str) -> str:
    """pylatexenc's math as plain text: "√(s)=13" -> "√s = 13", "p≫n" -> "p ≫ n"."""
    math = re.sub(r"√\((\w+)\)", r"√\1", math)  # a one-symbol radicand needs no brackets
    if len(math.strip()) <= 1:
        return math
    return _RELATIONS.sub(r" \1 ", math).strip() if _RELATIONS.search(math) else math


def read_latex_tree(text: str, path: str) -> Document:
    body_start = text.find("\\begin{document}")
    user = user_macros(text[:body_start]) if body_start >= 0 else {}
    awesome = bool(AWESOME_CV.search(text[: max(body_start, 0)]))
    # Parse the body only; blank the preamble so positions keep their line numbers.
    if body_start >= 0:
        text = re.sub(r"[^\n]", " ", text[:body_start]) + text[body_start:]
    walker = _Walker(text, user, awesome)
    try:
        walker_ = LatexWalker(text, latex_context=walker.context, tolerant_parsing=True)
        nodes, _, _ = walker_.get_latex_nodes()
    except (LatexWalkerError, RecursionError) as exc:
        raise CvbibError(f"cannot parse LaTeX: {exc}", path) from exc
    walker.walk(nodes)
    walker.flush()
    return Document(path, "latex", walker.lines)
