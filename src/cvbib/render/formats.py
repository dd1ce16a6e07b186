"""Output formats: marked text to text, HTML, Markdown, LaTeX or RTF, escaped once, here.

Each format is a small class registered by name. A document is a list of sections (a
heading, or None when not grouping) of entries (an optional label such as "[3]" and the
entry's marked text). Escaping happens only on plain text pieces of the parsed marked
text, so formatting marks and data can never be confused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from cvbib.errors import CvbibError
from cvbib.render.markup import MARKS, Span, parse


@dataclass(frozen=True)
class Entry:
    """One entry to write: its id, label (marked, may be empty) and marked text."""

    id: str
    label: str
    body: str


@dataclass(frozen=True)
class Section:
    """Entries under a heading (None: no heading)."""

    heading: str | None
    entries: Sequence[Entry]


def split_label(text: str) -> tuple[str, str]:
    """A CSL second-field-align label ("[1]", "1.") and the rest of the entry."""
    opener, closer = MARKS["label"]
    if text.startswith(opener) and closer in text:
        end = text.index(closer)
        return text[len(opener) : end], text[end + len(closer) :].lstrip()
    return "", text


class OutputFormat:
    """Base class: walks the parsed marked text; subclasses say how to write each piece."""

    name = ""
    suffix = ""

    def escape(self, text: str) -> str:
        return text

    def styled(self, style: str, inner: str, outer: frozenset[str] = frozenset()) -> str:
        """``inner`` (already written) in ``style``; ``outer``: the styles around it."""
        return inner

    def href(self, url: str, inner: str) -> str:
        return inner

    def inline(self, marked: str) -> str:
        """Marked text in this format."""
        return self._span(parse(marked))

    def _span(self, span: Span, outer: frozenset[str] = frozenset()) -> str:
        inside = outer | {span.style}
        inner = "".join(
            self.escape(child) if isinstance(child, str) else self._span(child, inside)
            for child in span.children
        )
        if not span.style or not inner:
            return inner
        if span.style == "link":
            return self.href(span.url, inner)
        return self.styled(span.style, inner, outer)

    def document(self, sections: Sequence[Section]) -> str:
        raise NotImplementedError


class Text(OutputFormat):
    """Plain text: one entry per line, label first; headings underlined."""

    name, suffix = "text", ".txt"

    def escape(self, text: str) -> str:
        return text.replace("\u00a0", " ")  # BibTeX's ties: invisible trouble in plain text

    def document(self, sections: Sequence[Section]) -> str:
        blocks = []
        for section in sections:
            lines = [f"{section.heading}\n{'=' * len(section.heading)}"] if section.heading else []
            for e in section.entries:
                body = self.inline(e.body)
                lines.append(f"{self.inline(e.label)} {body}" if e.label else body)
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n" if blocks else ""


class Html(OutputFormat):
    """HTML as citeproc-js writes it: ``div.csl-bib-body`` of ``div.csl-entry``."""

    name, suffix = "html", ".html"
    TAGS: ClassVar[dict[str, tuple[str, str]]] = {
        "italic": ("<i>", "</i>"),
        "bold": ("<b>", "</b>"),
        "highlight": ('<b class="cvbib-highlight">', "</b>"),
        "smallcaps": ('<span style="font-variant:small-caps;">', "</span>"),
        "nosmallcaps": ('<span style="font-variant:normal;">', "</span>"),
        "underline": ('<span style="text-decoration:underline;">', "</span>"),
        "sup": ("<sup>", "</sup>"),
        "sub": ("<sub>", "</sub>"),
        "roman": ('<span style="font-style:normal;">', "</span>"),
        "unbold": ('<span style="font-weight:normal;">', "</span>"),
        "block": ('<div class="csl-block">', "</div>"),
        "label": ('<span class="csl-label">', "</span>"),
    }

    def escape(self, text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def styled(self, style: str, inner: str, outer: frozenset[str] = frozenset()) -> str:
        o, c = self.TAGS.get(style, ("", ""))
        return f"{o}{inner}{c}"

    def href(self, url: str, inner: str) -> str:
        return f'<a href="{self.escape(url).replace(chr(34), "&quot;")}">{inner}</a>'

    def document(self, sections: Sequence[Section]) -> str:
        out = []
        for section in sections:
            if section.heading:
                out.append(f"<h2>{self.escape(section.heading)}</h2>")
            out.append('<div class="csl-bib-body">')
            for e in section.entries:
                body = self.inline(e.body)
                if e.label:
                    out.append(
                        f'  <div class="csl-entry"><div class="csl-left-margin">'
                        f'{self.inline(e.label)}</div><div class="csl-right-inline">{body}'
                        "</div></div>"
                    )
                else:
                    out.append(f'  <div class="csl-entry">{body}</div>')
            out.append("</div>")
        return "\n".join(out) + "\n"


class Markdown(OutputFormat):
    """Markdown list items that stay list items whatever the entry contains."""

    name, suffix = "markdown", ".md"
    # CommonMark lets any ASCII punctuation be backslash-escaped; these can start
    # emphasis, links, code, HTML, entities, tables, strikethrough or (on GitHub) math
    _SPECIAL = re.compile(r"([\\`*_\[\]<>|#~$]|&(?=#?\w+;))")
    _MARKS: ClassVar[dict[str, str]] = {"italic": "*", "bold": "**", "highlight": "**"}

    def escape(self, text: str) -> str:
        return self._SPECIAL.sub(r"\\\1", text.replace("\n", " "))

    def styled(self, style: str, inner: str, outer: frozenset[str] = frozenset()) -> str:
        if style in ("sup", "sub"):
            return f"<{style}>{inner}</{style}>"
        mark = self._MARKS.get(style)
        if not mark or not inner.strip() or any(self._MARKS.get(o) == mark for o in outer):
            return inner  # "**a **b** c**" would end the bold early
        # emphasis must not start or end with a space: keep spaces outside the marks
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]
        return f"{lead}{mark}{inner.strip()}{mark}{trail}"

    def href(self, url: str, inner: str) -> str:
        target = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        return f"[{inner}]({target})"

    def _item(self, text: str) -> str:
        # a leading "1. ", "- " or "+ " would start a nested list
        return re.sub(
            r"^(\d+)([.)])|^([-+])", lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text
        )

    def document(self, sections: Sequence[Section]) -> str:
        blocks = []
        for section in sections:
            lines = [f"## {self.escape(section.heading)}", ""] if section.heading else []
            for e in section.entries:
                body = self.inline(e.body)
                text = f"{self.inline(e.label)} {body}" if e.label else body
                lines.append(f"- {self._item(text)}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n" if blocks else ""


class Latex(OutputFormat):
    """LaTeX (UTF-8, for any engine; links need hyperref): an itemize per section."""

    name, suffix = "latex", ".tex"
    _SPECIALS: ClassVar[dict[str, str]] = {
        "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
        "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
        "\u00a0": "~",
    }  # fmt: skip
    COMMANDS: ClassVar[dict[str, str]] = {
        "italic": "textit", "bold": "textbf", "highlight": "textbf", "smallcaps": "textsc",
        "nosmallcaps": "textup", "underline": "underline", "sup": "textsuperscript",
        "sub": "textsubscript", "roman": "textup", "unbold": "textmd",
    }  # fmt: skip
    _SPECIAL = re.compile(r"[\\{}&%$#_~^\u00a0]")

    def escape(self, text: str) -> str:
        return self._SPECIAL.sub(lambda m: self._SPECIALS[m.group(0)], text)

    def styled(self, style: str, inner: str, outer: frozenset[str] = frozenset()) -> str:
        command = self.COMMANDS.get(style)
        return f"\\{command}{{{inner}}}" if command else inner

    def href(self, url: str, inner: str) -> str:
        target = re.sub(r"([%#\\{}])", r"\\\1", url)
        if inner == self.escape(url):
            return f"\\url{{{target}}}"
        return f"\\href{{{target}}}{{{inner}}}"

    def document(self, sections: Sequence[Section]) -> str:
        out = []
        for section in sections:
            if section.heading:
                out.append(f"\\subsection*{{{self.escape(section.heading)}}}")
            out.append("\\begin{itemize}")
            for e in section.entries:
                label = f"[{{{self.inline(e.label)}}}]" if e.label else ""
                out.append(f"  \\item{label} {self.inline(e.body)}")
            out.append("\\end{itemize}")
        return "\n".join(out) + "\n"


class Rtf(OutputFormat):
    """RTF (Word, LibreOffice, TextEdit): one paragraph per entry, Unicode as ``\\uN?``."""

    name, suffix = "rtf", ".rtf"
    CONTROLS: ClassVar[dict[str, str]] = {
        "italic": r"\i", "bold": r"\b", "highlight": r"\b", "smallcaps": r"\scaps",
        "nosmallcaps": r"\scaps0", "underline": r"\ul", "sup": r"\super", "sub": r"\sub",
        "roman": r"\i0", "unbold": r"\b0",
    }  # fmt: skip

    def escape(self, text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\line ")
            elif ch == "\t":
                out.append("\\tab ")
            elif ord(ch) < 128:
                out.append(ch)
            else:
                # \uN takes a signed 16-bit number; beyond the BMP, a UTF-16 surrogate pair
                data = ch.encode("utf-16-le")
                for i in range(0, len(data), 2):
                    n = int.from_bytes(data[i : i + 2], "little", signed=True)
                    out.append(f"\\u{n}?")
        return "".join(out)

    def styled(self, style: str, inner: str, outer: frozenset[str] = frozenset()) -> str:
        control = self.CONTROLS.get(style)
        return f"{{{control} {inner}}}" if control else inner

    def href(self, url: str, inner: str) -> str:
        target = self.escape(url).replace('"', "%22")
        return f'{{\\field{{\\*\\fldinst{{HYPERLINK "{target}"}}}}{{\\fldrslt{{{inner}}}}}}}'

    def document(self, sections: Sequence[Section]) -> str:
        out = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs24"]
        for section in sections:
            if section.heading:
                out.append(f"{{\\pard\\sb240\\sa120\\b\\fs28 {self.escape(section.heading)}\\par}}")
            for e in section.entries:
                if e.label:
                    out.append(
                        f"{{\\pard\\fi-567\\li567\\sa120 {self.inline(e.label)}\\tab "
                        f"{self.inline(e.body)}\\par}}"
                    )
                else:
                    out.append(f"{{\\pard\\fi-567\\li567\\sa120 {self.inline(e.body)}\\par}}")
        out.append("}")
        return "\n".join(out) + "\n"


FORMATS: dict[str, OutputFormat] = {f.name: f for f in (Text(), Html(), Markdown(), Latex(), Rtf())}
ALIASES = {"txt": "text", "md": "markdown", "tex": "latex", "htm": "html"}


def get_output_format(name: str) -> OutputFormat:
    """An output format by name (text, html, markdown, latex, rtf)."""
    fmt = FORMATS.get(ALIASES.get(name, name))
    if fmt is None:
        raise CvbibError(f"unknown output format {name!r}; expected one of {', '.join(FORMATS)}")
    return fmt
