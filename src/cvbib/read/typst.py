"""Typst CVs (``.typ``), written out as the Markdown they show and read as Markdown.

Typst mixes markup (``= Heading``, ``- item``, ``+ numbered``, ``*strong*``, ``_emph_``)
with code (``#link("url")[text]``, ``#h(1fr)``, ``#let pub(a, t) = [...]``). Markup maps
to Markdown; styling functions keep their text (``#strong`` is bold, ``#emph`` italic,
``#text(weight: "bold")`` bold), layout functions (``#h``, ``#v``, ``#pagebreak``) become
space; a function the CV defines itself with ``#let`` is expanded with its arguments, as
Typst would; a template's function (``#resume-entry(title: ..., date: ...)``) shows its
arguments' text. Settings (``#set``, ``#show``, ``#import``) are not shown, but the name a
template is given (``author: (firstname: ..., lastname: ...)``) heads the document.
Every output line keeps the number of the source line it comes from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from cvbib.greek import GREEK_LETTERS
from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.latex_bibliography import BibliographyRequest
from cvbib.read.markdown import read_markdown_lines
from cvbib.superscripts import subscript, superscript

IDENT = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z][\w-]*)*")
URL = re.compile(r"https?://[^\s\])>\"]+[^\s\])>\".,;:]")
HEADING = re.compile(r"(=+)\s+")
LIST_ITEM = re.compile(r"([-+])\s+")
TERM_ITEM = re.compile(r"/\s+([^:\n]+):\s*")
# A length or a fraction, an argument of layout only ("1fr", "2pt", "0.5em")
LENGTH = re.compile(r"[\d.]+(?:pt|em|fr|%|cm|mm|in)")
ESCAPE_UNICODE = re.compile(r"u\{([0-9a-fA-F]+)\}")
# Functions whose content is shown as it is (layout and decoration)
TRANSPARENT = {
    "underline", "overline", "strike", "smallcaps", "upper", "lower", "highlight", "box",
    "block", "align", "pad", "par", "super", "sub", "move", "scale", "rotate", "place",
    "stack", "columns", "grid", "table", "grid.cell", "table.cell", "enum", "list",
    "figure", "footnote", "quote", "heading", "text", "strong", "emph", "link", "raw",
}  # fmt: skip
# Functions that show nothing (or a space)
HIDDEN = {
    "v", "pagebreak", "colbreak", "image", "line", "rect", "circle", "ellipse", "polygon",
    "path", "counter", "state", "cite", "bibliography", "outline", "metadata", "label",
    "ref", "lorem", "fa-icon", "icon", "datetime", "hide", "table.hline", "table.vline",
    "grid.hline", "grid.vline",
}  # fmt: skip
KEYWORDS = {"set", "show", "import", "include", "for", "while", "return", "context"}
OWNER_NAME = re.compile(
    r"firstname\s*:\s*\"([^\"]+)\"\s*,\s*lastname\s*:\s*\"([^\"]+)\"|"
    r"\b(?:name|author)\s*:\s*\"([^\"]+)\""
)


# #bibliography("pubs.bib"), #bibliography(("a.bib", "b.bib"), full: true)
BIBLIOGRAPHY = re.compile(r"#bibliography\(\s*(\([^)]*\)|\"[^\"]*\")([^)]*)\)")
# @key in markup (not an e-mail address), #cite(<key>), #cite(label("key"))
CITATION = re.compile(
    r"(?<![\w\\])@([A-Za-z_][\w:.-]*[\w])|#cite\(\s*(?:<([^>]+)>|label\(\"([^\"]+)\"\))"
)


def bibliography_request(text: str) -> BibliographyRequest:
    """The .bib files a Typst CV prints (``#bibliography``) and the entries it prints: all
    with ``full: true``, else those it cites."""
    request = BibliographyRequest()
    code = re.sub(r"(?<!:)//.*", "", text)
    for m in BIBLIOGRAPHY.finditer(code):
        line = code.count("\n", 0, m.start()) + 1
        request.files.extend((name, line) for name in re.findall(r'"([^"]+)"', m.group(1)))
        request.everything |= re.search(r"\bfull\s*:\s*true", m.group(2)) is not None
    for m in CITATION.finditer(code):
        request.keys.add(next(g for g in m.groups() if g))
    return request


SYMBOLS = {
    **GREEK_LETTERS,
    "times": "×", "dot": "·", "plus.minus": "±", "minus": "−", "infinity": "∞", "approx": "≈",
    "arrow.r": "→", "arrow.l": "←", "degree": "°", "ell": "ℓ", "hbar": "ℏ", "in": "∈",
    "lt.eq": "≤", "gt.eq": "≥", "eq.not": "≠", "prime": "′", "dagger": "†", "partial": "∂",
    "nabla": "∇", "sum": "∑", "prod": "∏", "sqrt": "√",
}  # fmt: skip
MATH_SCRIPT = re.compile(r"([_^])(\([^()]*\)|\w)")


def math_text(math: str) -> str:
    """Typst math as text: Greek and symbol names as letters, scripts as Unicode's."""
    text = re.sub(
        r"[A-Za-z]+(?:\.[a-z]+)*", lambda m: SYMBOLS.get(m.group(0), m.group(0)), math.strip()
    )
    text = re.sub(r'"([^"]*)"', r"\1", text)  # text in math

    def script(m: re.Match[str]) -> str:
        body = m.group(2).strip("()")
        conv = (subscript if m.group(1) == "_" else superscript)(body)
        return conv or body

    return MATH_SCRIPT.sub(script, text)


def sniff(text: str) -> float:
    head = text[:200_000]
    code = len(re.findall(r"^#(?:set|let|show|import)\b", head, re.M))
    headings = len(re.findall(r"^=+ \S", head, re.M))
    return 0.95 if code >= 1 and headings >= 1 else 0.0


@register("typst", (".typ",), sniff)
def read_typst(text: str, path: str) -> Document:
    return read_markdown_lines(to_markdown(text), path, "typst")


def to_markdown(text: str) -> list[tuple[int, str]]:
    """(source line, Markdown line) pairs for a Typst document."""
    conv = _Converter(text)
    conv.markup(0, None, {})
    conv.flush()
    return conv.out


@dataclass
class _Function:
    params: list[str]
    defaults: dict[str, str]
    body: tuple[int, int] | None  # the content block's span in the source
    expression: tuple[int, int] | None = None  # or a code expression's ("super[†]")


@dataclass
class _Converter:
    src: str
    out: list[tuple[int, str]] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    buf_line: int = 1
    functions: dict[str, _Function] = field(default_factory=dict)
    in_list: bool = False  # the current line belongs to a list item
    limit: int = -1  # where the text to render ends (a function's body, an argument)
    newlines: list[int] = field(default_factory=list)  # where the source's lines end

    def __post_init__(self) -> None:
        if self.limit < 0:
            self.limit = len(self.src)
        if not self.newlines:
            self.newlines = [m.start() for m in re.finditer("\n", self.src)]

    def _sub(self, limit: int) -> _Converter:
        """A converter for a part of the source (sharing its functions and line index)."""
        return _Converter(self.src, functions=self.functions, limit=limit, newlines=self.newlines)

    # -- output -------------------------------------------------------------------------
    def emit(self, s: str) -> None:
        self.buf.append(s)

    def flush(self) -> None:
        self.out.append((self.buf_line, "".join(self.buf)))
        self.buf = []

    def newline(self, next_line: int) -> None:
        self.flush()
        self.buf_line = next_line

    def line_of(self, i: int) -> int:
        return bisect.bisect_left(self.newlines, i) + 1

    # -- markup -------------------------------------------------------------------------
    def markup(self, i: int, end: str | None, env: dict[str, str], inline: bool = False) -> int:
        """Render markup from ``i`` up to the ``end`` character (``]``) or the end of the
        text; return the index after it. ``inline``: source newlines are spaces (a
        function's body expanded on one line)."""
        src, n = self.src, self.limit
        at_line_start = i == 0 or src[i - 1] == "\n"
        while i < n:
            c = src[i]
            if end and c == end:
                return i + 1
            if at_line_start:
                at_line_start = False
                j = i
                while j < n and src[j] in " \t":
                    j += 1
                indent = src[i:j]
                if self.in_list and j == i and not LIST_ITEM.match(src, j) and src[j] != "\n":
                    # an unindented line ends a list item (Markdown would run it on)
                    self.newline(self.buf_line)
                self.in_list = False
                if src.startswith("#", j) and IDENT.match(src, j + 1):
                    name = IDENT.match(src, j + 1)
                    if name and name.group(0) in self.functions:
                        self.newline(self.buf_line)  # a function of the CV's own: a block
                if m := HEADING.match(src, j):
                    self.emit("#" * min(len(m.group(1)), 6) + " ")
                    i = m.end()
                    continue
                if m := LIST_ITEM.match(src, j):
                    self.in_list = True
                    self.emit(indent + ("- " if m.group(1) == "-" else "1. "))
                    i = m.end()
                    continue
                if m := TERM_ITEM.match(src, j):
                    self.emit(f"{indent}- **{m.group(1).strip()}:** ")
                    i = m.end()
                    continue
            if c == "\n":
                if inline:
                    self.emit(" ")
                else:
                    self.newline(self.line_of(i + 1))
                at_line_start = True
                i += 1
            elif src.startswith("//", i) and (i == 0 or src[i - 1] != ":"):
                i = src.find("\n", i, n)
                i = n if i < 0 else i
            elif src.startswith("/*", i):
                close = src.find("*/", i + 2, n)
                i = n if close < 0 else close + 2
            elif c == "\\":
                i = self._escape(i, inline)
            elif m := URL.match(src, i):
                self.emit(m.group(0))
                i = m.end()
            elif c == "*":
                self.emit("**")
                i += 1
            elif c == "_":
                self.emit("*")
                i += 1
            elif c == "`":
                close = src.find("`", i + 1, n)
                close = n if close < 0 else close
                self.emit(src[i + 1 : close])
                i = close + 1
            elif c == "$":
                close = src.find("$", i + 1, n)
                close = n if close < 0 else close
                self.emit(math_text(src[i + 1 : close]))
                i = close + 1
            elif c == "#":
                i = self.code(i + 1, env, inline)
            elif c == "<" and (m := re.match(r"<[\w:.-]+>", src[i:])):
                i += m.end()  # a label
            elif c == "~":
                self.emit(" ")  # a no-break space; names break on it otherwise ("S.~N.")
                i += 1
            elif src.startswith("---", i):
                self.emit("—")
                i += 3
            elif src.startswith("--", i):
                self.emit("–")
                i += 2
            elif c == "[":
                # a bracket in markup is text when it is not a content block's
                self.emit(c)
                i += 1
            else:
                j = i + 1
                while j < n and src[j] not in "\n/\\*_`$#<~-[]h" and not (end and src[j] == end):
                    j += 1
                self.emit(src[i:j])
                i = j
        return i

    def _escape(self, i: int, inline: bool) -> int:
        src = self.src
        nxt = src[i + 1 : i + 2]
        if nxt in ("", " ", "\n", "\t"):
            # a line break: Markdown's hard break keeps the lines apart
            if not inline:
                self.emit("\\")
            else:
                self.emit(" ")
            return i + 1
        if m := ESCAPE_UNICODE.match(src, i + 1):
            self.emit(chr(int(m.group(1), 16)))
            return m.end()
        self.emit("\\" + nxt if nxt in "*_`[]#<>" else nxt)
        return i + 2

    # -- code ---------------------------------------------------------------------------
    def code(self, i: int, env: dict[str, str], inline: bool) -> int:
        """Render the code expression after a ``#``; return the index after it."""
        src = self.src
        m = IDENT.match(src, i)
        if not m:
            if src.startswith("(", i):
                return self._skip_balanced(i)
            if src.startswith("[", i):
                return self.markup(i + 1, "]", env, inline)
            self.emit("#")
            return i
        name = m.group(0)
        i = m.end()
        if name == "let":
            return self._let(i)
        if name in KEYWORDS:
            start = i
            i = self._skip_statement(i)
            if name in ("show", "set"):
                self._owner_name(src[start:i], self.line_of(start))
            return i
        if name == "if":
            return self._if(i, env)
        if name in env and not src.startswith(("(", "["), i):
            self.emit(env[name])
            return i
        args: list[tuple[str | None, int, int]] = []  # (name, start, end) of each argument
        content: list[tuple[int, int]] = []  # trailing content blocks
        while i < self.limit and src[i] in "([":
            if src[i] == "(":
                close = self._skip_balanced(i)
                args.extend(self._args(i + 1, close - 1))
                i = close
            else:
                close = self._skip_balanced(i)
                content.append((i + 1, close - 1))
                i = close
        self._call(name, args, content, env, inline)
        return i

    def _call(
        self,
        name: str,
        args: list[tuple[str | None, int, int]],
        content: list[tuple[int, int]],
        env: dict[str, str],
        inline: bool,
    ) -> None:
        src = self.src
        named = {k: src[a:b].strip() for k, a, b in args if k}
        positional = [(a, b) for k, a, b in args if not k]
        if name in self.functions:
            self._expand(self.functions[name], args, content, env)
            return
        if name == "h":
            self.emit(" ")
            return
        if name in ("sub", "super") and content:
            sub = self._sub(self.limit)
            sub._render_span(*content[0], env)
            sub.flush()
            text = " ".join(t for _, t in sub.out).strip()
            script = (subscript if name == "sub" else superscript)(text)
            self.emit(script or text)
            return
        if name == "linebreak":
            self.emit("\\" if not inline else " ")
            return
        if name in HIDDEN or name.endswith(".with"):
            return
        if name == "link" and positional:
            url = _joined(src[positional[0][0] : positional[0][1]], env)
            if content:
                self.emit("[")
                self._values([], content, env)
                self.emit(f"]({url})")
            else:
                self.emit(f"<{url}>")
            return
        bold = name == "strong" or re.search(r"weight\s*:\s*\"(?:bold|semibold|black)", str(named))
        italic = name == "emph" or '"italic"' in named.get("style", "")
        if bold:
            self.emit("**")
        if italic:
            self.emit("*")
        cells = positional if name not in ("link",) else positional[1:]
        if name in TRANSPARENT:
            self._values(cells, content, env, sep=" ")
        else:
            # a template's function: its arguments' text, in order
            values = [(a, b) for k, a, b in args if k not in ("columns", "rows", "gutter")]
            self._values(values, content, env, sep=". ")
        if italic:
            self.emit("*")
        if bold:
            self.emit("**")

    def _values(
        self,
        values: list[tuple[int, int]],
        content: list[tuple[int, int]],
        env: dict[str, str],
        sep: str = " ",
    ) -> None:
        first = True
        for a, b in [*values, *content]:
            raw = self.src[a:b].strip()
            if raw in ("", "none", "auto") or LENGTH.fullmatch(raw):
                continue
            if not first:
                self.emit(sep)
            first = False
            if (a, b) in content:
                self._render_span(a, b, env)
            else:
                self._render_value(a, b, env)

    def _render_span(self, a: int, b: int, env: dict[str, str]) -> None:
        sub = self._sub(b)
        sub.markup(a, None, env, inline=True)
        sub.flush()
        self.emit(" ".join(t for _, t in sub.out))

    def _render_value(self, a: int, b: int, env: dict[str, str]) -> None:
        raw = self.src[a:b].strip()
        if raw.startswith('"'):
            self.emit(_string(raw))
        elif raw.startswith("["):
            start = a + self.src[a:b].index("[")
            self._render_span(start + 1, self._skip_balanced(start) - 1, env)
        elif raw in env:
            self.emit(env[raw])
        elif m := IDENT.match(raw):
            if m.end() < len(raw) and raw[m.end()] in "([":
                start = a + (len(self.src[a:b]) - len(self.src[a:b].lstrip()))
                sub = self._sub(b)
                sub.code(start, env, True)
                sub.flush()
                self.emit(" ".join(t for _, t in sub.out).strip())
            elif raw.isdigit():
                self.emit(raw)
        elif re.fullmatch(r"\d+", raw):
            self.emit(raw)

    def _expand(
        self,
        fn: _Function,
        args: list[tuple[str | None, int, int]],
        content: list[tuple[int, int]],
        env: dict[str, str],
    ) -> None:
        if fn.body is None and fn.expression is None:
            values = [(a, b) for _, a, b in args]
            self._values(values, content, env, sep=". ")
            return
        bound = dict(fn.defaults)
        positional = [(a, b) for k, a, b in args if not k] + content
        for pname, (a, b) in zip(fn.params, positional, strict=False):
            bound[pname] = self._text_of(a, b, env)
        for k, a, b in args:
            if k:
                bound[k] = self._text_of(a, b, env)
        if fn.body is not None:
            sub = self._sub(fn.body[1])
            sub.markup(fn.body[0], None, bound, inline=True)
        else:
            assert fn.expression is not None
            sub = self._sub(fn.expression[1])
            sub._render_value(*fn.expression, bound)
        sub.flush()
        self.emit(" ".join(t for _, t in sub.out).strip())

    def _text_of(self, a: int, b: int, env: dict[str, str]) -> str:
        if self.src[a:b].strip() == "none":
            return ""
        sub = self._sub(b)
        sub._render_value(a, b, env)
        sub.flush()
        return " ".join(t for _, t in sub.out).strip()

    def _if(self, i: int, env: dict[str, str]) -> int:
        src = self.src
        # (the condition is on the line of the "#if": a "[" further on is no branch of it)
        line_end = src.find("\n", i, self.limit)
        block = src.find("[", i, self.limit if line_end < 0 else line_end)
        if block < 0:
            return self._skip_statement(i)
        cond = src[i:block].strip()
        close = self._skip_balanced(block)
        m = re.fullmatch(r"(\w[\w-]*)\s*(!=|==)\s*none|(\w[\w-]*)", cond)
        if m:
            var = m.group(1) or m.group(3)
            has = bool(env.get(var))
            take = has if (m.group(2) in ("!=", None)) else not has
        else:
            take = False
        rest = re.match(r"\s*else\s*\[", src[close:])
        if take:
            self._render_span(block + 1, close - 1, env)
        if rest:
            else_start = close + rest.end() - 1
            else_close = self._skip_balanced(else_start)
            if not take:
                self._render_span(else_start + 1, else_close - 1, env)
            return else_close
        return close

    def _let(self, i: int) -> int:
        src = self.src
        m = re.compile(r"\s*([A-Za-z_][\w-]*)\s*(\()?").match(src, i)
        if not m:
            return self._skip_statement(i)
        name = m.group(1)
        j = m.end()
        params: list[str] = []
        defaults: dict[str, str] = {}
        if m.group(2):
            close = self._skip_balanced(j - 1)
            for k, a, b in self._args(j, close - 1):
                if k:
                    defaults[k] = "" if src[a:b].strip() == "none" else _string(src[a:b].strip())
                else:
                    params.append(src[a:b].strip())
            j = close
        eq = re.compile(r"\s*=\s*").match(src, j)
        if not eq:
            return j
        j = eq.end()
        # a function, or a value used as one: "#let me = [*S. N. Doe*]" shows where "#me" is
        if src.startswith("[", j):
            close = self._skip_balanced(j)
            self.functions[name] = _Function(params, defaults, (j + 1, close - 1))
            return close
        end = self._skip_statement(j)
        if not src.startswith("{", j):
            self.functions[name] = _Function(params, defaults, None, (j, end))
        elif m.group(2):
            self.functions[name] = _Function(params, defaults, None)
        return end

    def _owner_name(self, text: str, line: int) -> None:
        m = OWNER_NAME.search(text)
        if m and not any(t.startswith("# ") for _, t in self.out):
            name = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(3)
            self.out.append((line, ""))
            self.out.append((line, "# " + name))
            self.out.append((line, ""))

    # -- scanning -------------------------------------------------------------------------
    def _skip_balanced(self, i: int) -> int:
        """Index after the bracket group opening at ``i`` (strings and comments skipped)."""
        src, n = self.src, self.limit
        pairs = {"(": ")", "[": "]", "{": "}"}
        stack = [pairs[src[i]]]
        i += 1
        while i < n and stack:
            c = src[i]
            if c == '"' and stack[-1] != "]":
                i = _string_end(src, i)
                continue
            if c == "\\":
                i += 2
                continue
            if c in pairs:
                stack.append(pairs[c])
            elif c == stack[-1]:
                stack.pop()
            i += 1
        return i

    def _skip_statement(self, i: int) -> int:
        """Index at the end of a ``#set``/``#show``/... statement: its line, with any bracket
        group it opens."""
        src, n = self.src, self.limit
        while i < n and src[i] != "\n":
            if src[i] in "([{":
                i = self._skip_balanced(i)
            elif src[i] == '"':
                i = _string_end(src, i)
            else:
                i += 1
        return i

    def _args(self, a: int, b: int) -> list[tuple[str | None, int, int]]:
        """The arguments between ``a`` and ``b``: (name or None, start, end)."""
        src = self.src
        out: list[tuple[str | None, int, int]] = []
        i, start = a, a
        while i <= b:
            c = src[i] if i < b else ","
            if c in "([{":
                i = self._skip_balanced(i)
                continue
            if c == '"':
                i = _string_end(src, i)
                continue
            if c == ",":
                piece = src[start:i]
                if piece.strip():
                    m = re.match(r"\s*([A-Za-z_][\w-]*)\s*:(?!/)", piece)
                    if m:
                        out.append((m.group(1), start + m.end(), i))
                    else:
                        out.append((None, start, i))
                start = i + 1
            i += 1
        return out


def _joined(raw: str, env: dict[str, str]) -> str:
    """A string expression: literals and variables joined with "+"."""
    parts = re.findall(r'"(?:\\.|[^"\\])*"|[A-Za-z_][\w-]*', raw)
    return "".join(_string(p) if p.startswith('"') else env.get(p, "") for p in parts)


def _string_end(src: str, i: int) -> int:
    i += 1
    while i < len(src) and src[i] != '"':
        i += 2 if src[i] == "\\" else 1
    return i + 1


def _string(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1]
        return re.sub(r"\\(.)", lambda m: {"n": " ", "t": " "}.get(m.group(1), m.group(1)), raw)
    return raw
