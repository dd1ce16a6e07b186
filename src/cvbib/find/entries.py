"""Split a publication section into entries, whatever the markers.

List items start entries and absorb their wrapped lines. Without markers, paragraphs and
hanging indents make units; units are then grouped, so CVs that put title, authors and
venue on separate lines (or paragraphs) still give one entry per publication.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from typing import Literal

from cvbib.find.remarks import award_remark, reception_remark, record_fields_remark
from cvbib.find.sections import Section
from cvbib.normalize import venues
from cvbib.normalize.kinds import work_kind
from cvbib.parse import patterns as P
from cvbib.parse.bluebook import is_bluebook
from cvbib.parse.entry import EntryText, _names_segment, _venue_like
from cvbib.parse.labelled import line_field
from cvbib.parse.names import ET_AL
from cvbib.read.document import Line
from cvbib.read.hyphenation import keeps_hyphen

Role = Literal["full", "title", "authors", "venue", "note", "remark"]
END_PUNCT = (".", ":", ",", ";", "?", "!")
NOTE_LINE = re.compile(
    # ("Cumulative Impact Factor ......... 37": a tally between the lists)
    r"^\s*(?:(?:cumulative|total|sum\s+of)\s+impact\s+factors?\b|"
    # a page's navigation and its legend: "Jump to: 2023 · 2022", "Principal Investigator: ..."
    r"jump\s+to\s*:|(?:principal\s+investigator|lab\s+members?)\s*:|"
    # a site's footer: "© Institut Ruđer Bošković, ... Sva prava pridržana.", its links
    # "Kontakt | Uvjeti korištenja"
    r"©|\(c\)\s+(?:19|20)\d\d|copyright\b|"
    r"(?!.*\b(?i:doi|pdf|html|url|code|slides|bibtex|video|arxiv|abstract|preprint|data|poster|project|website)\b)"
    r"[^\W\d][^\d|.,\s]*(?:\s[^\d|.,\s]+){0,2}(?:\s\|\s[^\W\d][^\d|.,\s]*(?:\s[^\d|.,\s]+){0,2}){1,8}\s*$|"
    # the case made for an output under it (ARC's ROPE): "*Justification:* First full-scale ..."
    r"[*_]*(?:justification|significance|relevance|research\s+impact|my\s+(?:role|contribution)"
    r"|contribution\s+statement)[*_]*\s*:|"
    # "Nota: se indica con (*) al autor de correspondencia.": a note on the list's marks
    r"(?:note|nota|remarque|hinweis|anmerkung)\.?\s*:\s*[^.]{0,80}?(?:[*†‡#]|\bbold|"
    r"\bnegrita|\bsubrayad|\bcorrespond|\bunderlined)|"
    # a legend's definitions: "Main author = first, last and/or corresponding author."
    # (a word of three letters or more: "E = mc²: ..." may open a title)
    r"[^\W\d][\w-]{2,}(?:\s[\w-]+){0,3}\s=\s|"
    # how the list was made: "Automatically generated from my BibTeX file via BibBase."
    r"(?:automatically\s+)?generated\s+(?:automatically\s+)?(?:from|by|with|via|using)\b|"
    # ... or taken: "(estratto da IRIS - ...)", "(extracted from Scopus on ...)"
    r"\(?\s*(?:estratto\s+da|extracted\s+from|exported\s+from|extraído\s+de)\b|"
    # an Italian CV's consent to the processing of personal data (GDPR)
    r"(?:autorizzo|acconsento\s+al)\s+(?:il\s+)?trattamento\s+dei\s+(?:miei\s+)?dati\b|"
    r"last\s+updated?\s*:|"
    # a spreadsheet export's header fields: "Staff member:<TAB>Kerrigan, Siobhan Maree"
    r"[^\W\d][\w /().-]{1,40}:\t|"
    # a tally of the list: "Summary by ERA/HERDC category: A1 = 2; B1 = 3; C1 = 48 ..."
    r"summary\s+(?:by|of)\b[^:]{0,40}:|"
    # DiVA's refereeing mark under an entry: "[Refereegranskat / Refereed]"
    r"\[(?:refereegranskat|övrigt\s+vetenskapligt|populärvetenskap\w*|refereed|other\s+academic)"
    r"(?:\s*/\s*[^\[\]]{2,40})?\]\s*$|"
    r"[*†‡#]+\s*[:=]|[*†‡]\s*(?:equal|denotes|indicates|corresponding|co-?first|senior)|"
    r"[*†‡#]\s*(?:these|both|the)\s+(?:two\s+)?authors\s+contributed\b|"
    r"note\.?\s*:?\s*[*†‡#]+\s*(?:=|:|denotes|indicates|marks)|"  # "Note. * denotes ..."
    r"\(?(?:bold(?:ed|face)?|underlined?|underscored|italics?)(?:\s+names?)?(?:\s+(?:like|such\s+as)\s+this)?\s*(?:=|:|indicates?|denotes?|marks?|show)|"
    r"(?:equal contribution|corresponding author|students? (?:i )?(?:advised|supervised))\b|"
    # "Names of students and postdocs I advised are underlined; my name is in bold."
    r"(?:names?\s+of\s+(?:\w+\s+){0,3}(?:students?|postdocs?|trainees|mentees|advisees)\b[^.;]{0,60}"
    r"|(?:(?:graduate|undergraduate)\s+)?(?:students?|postdocs?|trainees|mentees|advisees?)\s+"
    r"(?:co-?)?(?:authors?|names?))"
    r"\s+(?:are|is)\s+(?:underlined|(?:in\s+)?bold|marked|italici[sz]ed|in\s+italics)\b|"
    r"(?:bibliometrics|citation\s+(?:metrics|counts?)|h-index|total\s+citations)\b|"  # "Citation metrics: ..."
    r"full\s+(?:publication\s+)?list\s+(?:on|at|in|available)\b|"  # "Full list on Google Scholar."
    # "Name of PhD students I supervise/supervised marked with *."
    r"names?\s+of\s+[^.]{0,60}?\bmarked\s+with\s+(?:an?\s+)?(?:asterisks?|[*†‡#]|daggers?)|"
    # "Google Scholar: 1,870 citations, h-index 19"
    r"(?:(?:google\s+scholar|scopus|web\s+of\s+science)\s*:\s*)?(?:[\d,.]+k?\s+citations|h-index)\b|"
    r"total\s*:?\s*\d+\s+(?:publications|papers|articles)\b|"  # "Total: 28 publications; ..."
    # "(* graduate student advisee; † undergraduate ...)", "Legend. Bold = myself."
    r"\(\s*[*†‡#]\s*=?\s*(?:graduate|undergraduate|student|postdoc|equal|corresponding|mentee|advisee|co-?first|senior)|"
    r"[*_]*(?:legend|key)[*_]*\s*[.:]|"  # "**Key:** Author names in bold = K.M. Dolezal"
    # "Papers marked ⭐ are currently under review."
    r"(?:papers|entries|items|publications|articles)\s+marked\s+(?:with\s+)?\S+\s+(?:are|were|have)\b|"
    # "Publications are classified according to ...", Finnish "Julkaisut on luokiteltu ..."
    r"(?:papers|entries|items|publications|articles|julkaisut)\s+(?:are|is|on)\s+"
    r"(?:classified|listed|ordered|grouped|sorted|arranged|luokiteltu)\b|"
    # the owner's position on a page's header: "Associate Professor, Department of ..."
    r"(?:assistant|associate|full|adjunct|visiting)\s+professor\b|"
    r"(?:senior\s+)?(?:lecturer|reader)\s+in\s+(?-i:[A-Z])|"  # "Reader in Natural Language Processing, ..."
    r"[*_]*(?:abstract|summary|keywords?|tl;?\s?dr)[*_]*\s*:)",  # a paper's abstract under it
    re.I,
)


def reference_score(text: str, line: Line | None = None) -> int:
    """How much a text looks like one bibliographic reference (0..5)."""
    score = 0
    if re.match(r"\s*\[[^\]]{2,40}\]", text):  # a leading venue tag: [ICML'24]
        score += 1
    # a year, or the status a manuscript has instead ("Names. Title. Under review.")
    if P.YEAR.search(text) or re.search(r"['’]\d\d\b", text) or STATUS_INSTEAD_OF_YEAR.search(text):
        score += 1
    if re.search(r"[“\"].{8,}[”\"]", text) or (line and line.italic):
        score += 1
    if _names_head(text) or _names_after_title(text):
        score += 1
    # the venue in the whole text, or in a sentence after the first (the title's colon or
    # question mark does not hide it)
    venue = _venue_like(text, strict=True) or any(
        _venue_like(part, strict=True) for part in text.split(". ")[1:4]
    )
    if venue or P.DOI.search(text) or P.ARXIV.search(text):
        score += 1
    if len(text) >= 60:
        score += 1
    return score


def _names_after_title(text: str) -> bool:
    """'Title. M Rossi, L Bianchi, G Verdi. Venue, 2022': a title-first reference (a Google
    Scholar profile's rows), its names in the second sentence."""
    for sep in (". ", " — ", " – "):  # "Title — Names. Venue" as well
        head, found, rest = text.partition(sep)
        if found and len(head.split()) >= 3 and _names_head(rest):
            return True
    return False


STATUS_INSTEAD_OF_YEAR = re.compile(
    r"(?i)\b(?:under\s+review|submitted|in\s+press|forthcoming|in\s+preparation)\b"
)
TRAILING_YEAR = re.compile(r"[.,]?\s*\(?(?:19|20)\d\d[a-z]?\)?\s*$")
# A line that starts with one name in initials form: "M. Kowalski," "Kowalski M," "Kowalski, M.,"
INITIALS_NAME_START = re.compile(
    rf"\s*(?:{P.INITIALS_THEN_FAMILY}|[A-Z][\w'’\-]+,?\s(?:[A-Z]\.?){{1,3}})"
    r"(?:\s+et\s+al\.?)?(?:,|\s+and\s|\s*&)"
)

VENUE_START = re.compile(
    r"(?i)\s*(?:in\s*:?\s|proc\b|proceedings\b|under\s+(?:review|submission|revision)|"
    r"in\s+(?:review|submission)\b|submitted|accepted|to\s+appear|"
    r"forthcoming|in\s+press|arxiv|preprint|journal\b|transactions\b)"
)


def _starts_with_venue(t: str) -> bool:
    if VENUE_START.match(t) or re.match(r"\s*[A-Za-z][\w\-]{1,15}\s?['’]\s?\d{2}\b", t):
        return True
    head = re.split(r"[,.;]", t, maxsplit=1)[0]
    found = venues.find_acronyms(head)
    if found and found[0][1] <= 2 and len(head.split()) <= 4:
        return True
    # "Nature 615, 100–105 (2023)": a journal of the knowledge base, then its volume
    name = re.sub(r"[\s\d()]+$", "", head)
    return (
        bool(name)
        and re.search(r"\d", t) is not None
        and venues.lookup(name, fuzzy=False) is not None
    )


def _buttons_only(t: str) -> bool:
    """'[PDF] [Slides] [Code]', 'pdf | code | video': a line of links below an entry."""
    parts = [p.strip(" []") for p in re.split(r"\]\s*\[|[|·•/]", t) if p.strip(" []")]
    return bool(parts) and all(P.LINK_WORDS.match(p) for p in parts)


# A block that opens with a paper's stage speaks of the title above it
STATUS_START = re.compile(
    r"(?i)(?:revise\s+(?:and|&)\s+resubmit|reject\s+(?:and|&)\s+resubmit|r\s?&\s?r\b|"
    r"under\s+review|(?:conditionally\s+)?accepted\s+(?:at|in|by|for)|forthcoming\s+(?:at|in)|"
    r"to\s+appear\s+in|submitted\s+to|published\s+in)"
)


def _role(text: str, line: Line | None = None) -> Role:
    t = text.strip()
    if NOTE_LINE.match(t) or _buttons_only(t):
        return "note"
    if _is_remark(t):
        return "remark"  # "Winner, X Book Prize (2020)" under a book: an entry of its own
    if len(t.split()) <= 5 and _starts_with_venue(t):
        return "venue"  # "USENIX ATC 2022" (capitals that pass for a name, and a year)
    if STATUS_START.match(t):
        return "venue"  # "Revise and Resubmit, *Review of Economic Studies*": where it stands
    if _names_segment(t):
        return "authors"
    score = reference_score(t, line)
    if (score >= 3 and _names_head(t)) or (score >= 4 and re.search(r"[“\"].{8,}[”\"]", t)):
        return "full"
    if len(t) >= 30 and P.YEAR.search(t) and INITIALS_NAME_START.match(t):
        return "full"  # "M. Kowalski et al., Nature Physics 17, 1234 (2021)."
    if is_bluebook(t):
        return "full"  # "*Agency Conscience*, 104 Va. L. Rev. 1377 (2018).": no names at all
    # "Title: Subtitle. W. Jiang and J. Luo. Journal, 2023.": title first, then the names
    sentences = re.split(r"(?<![A-Z])\.\s+", t)
    if score >= 4 and len(sentences) >= 3 and _names_segment(sentences[1]):
        return "full"
    # "Vallejo, S. R., & Sato, H. Emotion repertoires in adulthood." (a manuscript without
    # year or venue): names, then a title of its own
    if score >= 2 and _names_head(t) and not P.YEAR.search(t):
        head = NAMES_END.search(t)
        after = t[head.end() :] if head else ""
        if len(after.split()) >= 3 and not _venue_like(after, strict=True):
            return "full"
    if _starts_with_venue(t) or (P.YEAR.search(t) and _venue_like(t, strict=True)):
        return "venue"
    return "title"


# where a names-first text's names end: the first stop that ends no initial ("J. Doe.")
NAMES_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])[.:]\s+(?=[A-Z0-9“\"‘'])")


def _names_head(t: str) -> bool:
    t = re.sub(r"^\s*(?:\[[^\]]{1,40}\]|\(\d+\)|\d+\.)\s*", "", t)
    t = ET_AL.sub("", t)  # "M. Kowalski et al., ...": the names before it
    head = re.split(r"(?<!\b[A-Z])[.:]\s|\(|“|\"", t, maxsplit=1)[0]  # "J. Doe" is one name
    head = TRAILING_YEAR.sub("", head)  # "Lindqvist J, Eriksson M. 2017": the year is no name
    pieces = [p for p in re.split(r",|\band\b|&", head) if p.strip()]
    if len(pieces) == 1 and len(pieces[0].split()) < 2:
        return False  # "Arxiv: 2301.08658": one word is no author list
    return sum(1 for p in pieces[:4] if _names_segment(p)) >= min(2, len(pieces))


# A line ending in one of these words goes on in the next line ("In\n*Proceedings ...*").
STICKY_END = re.compile(
    r"(?i)(?:\b(?:in|of|the|and|at|on|for|to|by|with|from|a|an"
    r"|en|em|dans|de|del|y|et|und|im)|&)\s*:?\s*$"  # "En\n*Actas del ...*"
)


def _style_at(line: Line, pos: int) -> str:
    if any(a <= pos < b for a, b in line.bold):
        return "bold"
    if any(a <= pos < b for a, b in line.italic):
        return "italic"
    return ""


def _whole_styled(line: Line) -> bool:
    end = len(line.text.rstrip(" .,;:"))
    return any(a <= 0 and b >= end for a, b in (*line.bold, *line.italic))


def _part_break(prev: Line, line: Line) -> bool:
    """Whether a list item's next line starts a part of its own (title / authors / venue
    on lines of their own) rather than wrapping the line before."""
    p = prev.text.rstrip()
    if not p or p.endswith(END_PUNCT) or STICKY_END.search(p) or not line.text[:1].isupper():
        return False
    if p.endswith("-"):
        return False  # "..., Osei-" / "Bonsu K, ...": a name hyphenated across the lines
    before, after = _style_at(prev, len(p) - 1), _style_at(line, 0)
    if before != after and (_whole_styled(prev) or after):
        return True  # "**Title**" then "Names", or "Names" then "*Venue*"
    pieces = p.split(";")
    if (
        len(pieces) > 1
        and ACS_NAME.fullmatch(pieces[0])
        and not all(ACS_NAME.fullmatch(x) for x in pieces if x.strip())
    ):
        return False  # ACS "...; Holloway, R. J. Structural": the title begins on this line
    if VANCOUVER_INITIALS_START.match(line.text) and re.search(r"[A-Z][\w'’\-]+$", p):
        return False  # "..., Castellanos-Vega R, Osei" / "K. Community ...": Osei's initial
    if re.search(r"\((?:19|20)\d\d[a-z]?\)[.:]", p):
        return False  # "Roe, B. & Poe, C. (2019). Acta" / "Cryst. B75": past the names
    return "," in p and not before and _names_segment(p)  # a whole line of names


# A DOI or a URL cut at one of its hyphens at the end of a line
BROKEN_IDENTIFIER = re.compile(r"(?:\b10\.\d{4,9}/|https?://)\S*-$")
VANCOUVER_INITIALS_START = re.compile(r"[A-Z]{1,3}[*†‡]*[.,]\s")
# One name of an ACS list: "Holloway, R. J.", "de la Cruz, M.*"
ACS_NAME = re.compile(r"\s*[\w'’\- ]+,\s*(?:[A-Z]\.\s?-?\s?)+[*†‡^#]*\s*")  # ("J. L.^": a mark)


UNSPACED_SCRIPT = re.compile("[\u0e01-\u0e4e]")  # Thai


def _join(
    lines: list[Line], path: str, hint: str | None, separators: list[str] | None = None
) -> EntryText:
    parts: list[str] = []
    bold: list[tuple[int, int]] = []
    italic: list[tuple[int, int]] = []
    links: list[tuple[int, int, str]] = []
    pos = 0
    remarks: list[str] = []
    last_line = lines[-1].lineno
    symbols = _leading_symbols(lines[0].text)
    if symbols:  # "⭐ **Whitcombe, E. M.**, ...": a pictograph marking the entry
        lines = [_without_prefix(lines[0], symbols), *lines[1:]]
    # Items nested under a complete entry ("- Reviewed in ...", "- Winner, X Prize") are
    # remarks about it, not more of its text.
    nested = [
        i
        for i, ln in enumerate(lines)
        if i
        and ln.kind == "item"
        and (
            (lines[0].kind == "item" and ln.level > lines[0].level)
            or (lines[0].kind == "text" and ln.indent > lines[0].indent)
        )
    ]
    if nested:
        head = " ".join(ln.text for ln in lines[: nested[0]])
        if P.YEAR.search(head) or "doi" in head.lower():
            for ln in lines[nested[0] :]:
                if ln.kind == "item" or not remarks:
                    remarks.append(ln.text[_leading_symbols(ln.text) :].strip())
                else:  # a remark wrapped onto the next line
                    remarks[-1] = f"{remarks[-1]} {ln.text.strip()}"
            lines = lines[: nested[0]]
    for i, line in enumerate(lines):
        if i:
            sep = separators[i - 1] if separators else " "
            prev = parts[-1] if parts else ""
            broken = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$", prev) if sep == " " else None
            tail = re.match(r"[^\W\d_][\w'’]*", line.text) if broken else None
            if sep == " " and BROKEN_IDENTIFIER.search(prev) and re.match(r"\w", line.text):
                sep = ""  # "doi:10.1175/JCLI-D-21-" / "0345.1": one DOI broken at its hyphen
            elif broken and tail and (line.text[:1].islower() or line.text[:1].isupper()):
                # a word broken across lines: "optimi-" + "zation", or "cell-" + "free"
                # ("Self-" + "Supervised", "Osei-" + "Bonsu" keep theirs)
                sep = ""
                if not keeps_hyphen(broken.group(1), tail.group(0)):
                    parts[-1] = prev[:-1]
                    pos -= 1
                    bold = [(a, min(b, pos)) for a, b in bold if a < pos]
                    italic = [(a, min(b, pos)) for a, b in italic if a < pos]
            elif (
                sep == " "
                and UNSPACED_SCRIPT.search(prev[-1:])
                and UNSPACED_SCRIPT.match(line.text)
            ):
                sep = ""  # Thai writes no spaces between words: a wrapped line joins as is
            elif sep == " " and line.soft and re.fullmatch(r"\s*\[[^\[\]]{1,40}\]\s*", prev):
                pass  # a venue badge on a line of its own ("[ICLR]") tags what follows
            elif sep == " " and line.soft and not prev.rstrip().endswith(END_PUNCT):
                sep = ". "  # "**Title**<br>Authors<br>*Venue*": each line is a part
            elif separators is None and _part_break(lines[i - 1], line):
                sep = ". "  # the same without <br>: a bold title line, a names line
            parts.append(sep)
            pos += len(sep)
        parts.append(line.text)
        bold += [(a + pos, b + pos) for a, b in line.bold]
        italic += [(a + pos, b + pos) for a, b in line.italic]
        links += [(a + pos, b + pos, u) for a, b, u in line.links]
        pos += len(line.text)
    return EntryText(
        text="".join(parts).translate(ASTERISKS),
        path=path,
        line=lines[0].lineno,
        end_line=last_line,
        bold=tuple(bold),
        italic=tuple(italic),
        links=tuple(links),
        # (a row of a table of outputs names its own kind: "Conference paper")
        hint=next((ln.hint for ln in lines if ln.hint), None) or hint,
        typed=any(ln.hint for ln in lines),
        remarks=tuple(r for r in remarks if r),
    )


# Asterisks of other fonts, as LaTeX math ($^\ast$) and PDFs write them: equal-contribution
# and student marks like "*" (one character for one, so style ranges keep their places).
ASTERISKS = str.maketrans({"\u2217": "*", "\u204e": "*", "\ufe61": "*", "\uff0a": "*"})


def _bulleted_remarks(para: list[Line]) -> tuple[list[Line], int] | None:
    """Bulleted remarks ending a paragraph ("* Winner, X Prize, 2022", "* Reviewed in ..."),
    as items nested under its entry, and how many lines they took; None if there are none."""
    start = next(
        (
            k
            for k, ln in enumerate(para)
            if k and (m := BULLET.match(ln.text)) and REMARK_ITEM.match(ln.text, m.end())
        ),
        None,
    )
    if start is None:
        return None
    items: list[Line] = []
    for ln in para[start:]:
        m = BULLET.match(ln.text)
        if m:
            if not REMARK_ITEM.match(ln.text, m.end()):
                return None  # a list of entries, not remarks on one
            items.append(
                Line(
                    ln.text[m.end() :],
                    ln.lineno,
                    "item",
                    marker=m.group(1),
                    indent=para[0].indent + 2,
                )
            )
        else:  # a remark wrapped onto the next line
            last = items[-1]
            items[-1] = dataclasses.replace(last, text=f"{last.text} {ln.text}")
    return items, len(para) - start


BULLET = re.compile(r"([*•▪◦‣])\s+")


# An item under an entry that says something about it: a prize, its reviews, a reprint.
REMARK_ITEM = re.compile(
    r"(?i)(?:winner|won|recipient|reviewed|reviews?\s+in|finalist|short-?listed|nominated|"
    r"honou?rable\s+mention|awarded|translated|reprinted|republished|selected|featured|"
    r"covered|highlighted)\b"
)


def _entries(section: Section) -> list[tuple[list[Line], list[str] | None]]:
    """List items start entries; other paragraphs are grouped into entries by their roles."""
    out: list[tuple[list[Line], list[str] | None]] = []
    items = [ln for ln in section.lines if ln.kind == "item"]
    base_level = min((ln.level for ln in items), default=0)
    current: list[Line] | None = None
    paragraphs: list[list[Line]] = []
    para: list[Line] = []
    after_blank = False
    entry_level = base_level  # deeper under a label item ("- 2023" over its papers)

    def flush_paragraphs() -> None:
        nonlocal paragraphs, para
        if para:
            paragraphs.append(para)
            para = []
        if paragraphs:
            units: list[Line] = []
            for p in paragraphs:
                if _labelled_block(p):
                    # "Autores: ..." / "Título: ..." / "Revista: ...": a work of its own
                    # (two, when a page break took the blank line between them)
                    out.extend(_group_units(units))
                    units = []
                    starts = [i for i, ln in enumerate(p) if line_field(ln.text) == "authors"]
                    for a, b in zip(starts, [*starts[1:], len(p)], strict=True):
                        out.append((p[a:b], None))
                    continue
                works = _author_year_works(p)
                if works is None:
                    units.extend(_split_paragraph(p))
                    continue
                out.extend(_group_units(units))
                units = []
                out.extend((w, None) for w in works)
            out.extend(_group_units(units))
            paragraphs = []

    for line in section.lines:
        if line.kind == "blank":
            if para:
                paragraphs.append(para)
                para = []
            after_blank = True
            continue
        if (
            line.kind == "item"
            and para
            and line.indent > para[0].indent
            and REMARK_ITEM.match(line.text)
        ):
            para.append(line)  # "  * Winner, X Prize, 2013" under a book: a remark on it
        elif line.kind == "item" and line.level <= base_level:
            flush_paragraphs()
            current = [line]
            out.append((current, None))
            entry_level = base_level
        elif (
            line.kind == "item"
            and current is not None
            and (
                base_level < entry_level >= line.level  # a sibling under the same label
                or (len(current) == 1 and _group_label(current[0]) and _reference_like(line.text))
            )
        ):
            # "- 2023" or "- Earlier articles (click to expand)" over nested references:
            # a label grouping entries, not an entry with remarks under it
            label = len(current) == 1 and current[0].level < line.level
            if label and out and out[-1][0] is current:
                out.pop()
            current = [line]
            out.append((current, None))
            entry_level = line.level
        elif (
            current is not None
            and not (para or paragraphs or after_blank)
            and NOTE_LINE.match(line.text)
        ):
            continue  # "† These authors contributed equally." under the entry: its footnote
        elif (
            current is not None
            and not para
            and not paragraphs
            and (not after_blank or line.kind == "item" or line.text[:1].islower())
            and not _outdented(current, line)
        ):
            current.append(line)  # a wrapped line or a nested item under the entry
        else:
            current = None
            para.append(line)
        after_blank = False
    flush_paragraphs()
    return out


# SAA (American Antiquity): the names on a line, then each work on a line opening with its
# year and a tab: "Renfrow, Caitlin J.\n2020a\tTitle. *Journal* 85(2):301–322.\n2020b\t..."
YEAR_SLOT = re.compile(
    r"((?:19|20)\d\d[a-z]?|in\s+press|forthcoming|n\.\s?d\.)(?:\t|\s{2,})(?=\S)", re.I
)
CALLOUT_HEADER = re.compile(r"\[![\w-]+\][+-]?")  # Obsidian's "> [!abstract] In Press"


def _author_year_works(para: list[Line]) -> list[list[Line]] | None:
    """The works of an SAA block, each its names line and its year line (and the lines
    wrapped under it), or None when ``para`` is no such block."""
    lines = [ln for ln in para if not CALLOUT_HEADER.match(ln.text)]
    if len(lines) < 2 or lines[0].kind != "text" or not YEAR_SLOT.match(lines[1].text):
        return None
    names = lines[0]
    head = names.text.strip()
    if P.YEAR.search(head) or len(head.split()) > 30 or not ("," in head or " and " in head):
        return None
    if DATE_COLUMN_START.match(names.text) or SENTENCE_AFTER_NAMES.search(head):
        # "In press<TAB>Okafor N, Kimathi W. Thermal safety margins of ...": a reference in
        # a date column, not the names line of an author-year block
        return None
    if not head.endswith("."):  # "Names. 2018. Title.", as the author-date styles read
        names = dataclasses.replace(names, text=names.text.rstrip() + ".")
    works: list[list[Line]] = []
    for ln in lines[1:]:
        m = YEAR_SLOT.match(ln.text)
        if m:
            # (a later work starts on its own year line)
            first = names if not works else dataclasses.replace(names, lineno=ln.lineno)
            works.append([first, _year_sentence(ln, m.end(1), m.end())])
        else:
            works[-1].append(ln)
    return works


def _year_sentence(line: Line, a: int, b: int) -> Line:
    """``line`` with the blank after its year (``a``..``b``) made a stop: "2018. Title"."""
    stop = ". " if not line.text[:a].endswith(".") else " "  # ("n.d. Title")
    return _spliced(line, a, b, stop)


def _group_label(line: Line) -> bool:
    """A short item that names a group ("2023", "Earlier articles (2017–2020)"), no entry."""
    text = line.text.strip()
    return len(text.split()) <= 10 and not re.search(r"[.,;:]\s+\S.*[.,;:]\s+\S", text)


def _reference_like(text: str) -> bool:
    """A nested item that is a reference of its own: a year and a title's worth of words."""
    return bool(P.YEAR.search(text)) and len(text.split()) >= 8


def _outdented(item: list[Line], line: Line) -> bool:
    """A text line further out than the item's wrapped lines, which hang indented: no part
    of the item ("Also: member of the team ..." under the last entry of a list)."""
    wraps = [x.indent for x in item[1:] if x.kind == "text"]
    return (
        line.kind == "text"
        and bool(wraps)
        and line.indent < min(wraps)
        and line.indent <= item[0].indent  # as far out as the item's marker
        and not line.text[:1].islower()  # "and Machine Intelligence, 40(2)": it goes on
    )


def _paragraph_units(section: Section) -> list[list[Line]]:
    paragraphs: list[list[Line]] = []
    cur: list[Line] = []
    for line in section.lines:
        if line.kind == "blank":
            if cur:
                paragraphs.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        paragraphs.append(cur)
    units: list[list[Line]] = []
    for para in paragraphs:
        units.extend(_split_paragraph(para))
    return units


LINK_END = re.compile(r"(?:https?://|\bdoi:\s*|\b10\.\d{4,9}/)\S+\s*$", re.I)


def _is_remark(text: str) -> bool:
    return bool(award_remark(text) or reception_remark(text) or record_fields_remark(text))


# A family name with a lower-case particle opening an author list: "de la Cruz MA,"
PARTICLE_NAME_START = re.compile(
    r"(?:(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ten|ter|zu|af|al|el)\s+){1,3}"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?[*†‡]*,"
)


def _split_paragraph(para: list[Line]) -> list[list[Line]]:
    if len(para) == 1:
        return [para]
    remarks = _bulleted_remarks(para)
    if remarks:
        # "* Winner, X Prize" bullets under a book (Markdown reads them into its paragraph)
        head = para[: len(para) - remarks[1]]
        return [*_split_paragraph(head)[:-1], [*_split_paragraph(head)[-1], *remarks[0]]]
    if any(ln.kind != "item" and _is_remark(ln.text) for ln in para[1:]):
        # "Winner, Ferdinand Lot Book Prize (2020)", "Reviewed in ..." below a book in its
        # block (lines broken by <br>): each its own unit, a remark on the entry above
        out: list[list[Line]] = []
        cur: list[Line] = []
        for ln in para:
            if cur and ln.kind != "item" and _is_remark(ln.text):
                out.extend(_split_paragraph(cur))
                out.append([ln])
                cur = []
            elif (
                not cur
                and out
                and _is_remark(" ".join(x.text for x in out[-1]))
                and (ln.text[:1].islower() or (ln.kind == "text" and ln.indent > out[-1][0].indent))
            ):
                out[-1].append(ln)  # the remark wrapped onto the next line
            else:
                cur.append(ln)
        if cur:
            out.extend(_split_paragraph(cur))
        return out
    indents = [ln.indent for ln in para]
    if len(set(indents)) > 1:
        # hanging indent: an entry starts at the smallest indent
        # (a line at the base indent that goes on in lower case wraps the entry above, whose
        # award is the indented line: "... alliance" / "termination. Research Policy" /
        # "     Winner, Best Student Paper Award")
        base = min(indents)
        out: list[list[Line]] = []
        for ln in para:
            if not out or (
                ln.indent == base
                and (
                    not ln.text[:1].islower()
                    # "de la Cruz MA*, ..." back at the margin after an indented line
                    or (out[-1][-1].indent > base and PARTICLE_NAME_START.match(ln.text))
                )
            ):
                out.append([ln])
            else:
                out[-1].append(ln)
        return out
    # Same indent: one entry per line when every line is a whole reference.
    # (not a line that goes on with the stage of the line above: "under review at *JASA*.")
    if all(reference_score(ln.text, ln) >= 4 for ln in para) and not any(
        ln.text[:1].islower() and STATUS_START.match(ln.text) for ln in para[1:]
    ):
        return [[ln] for ln in para]
    # Paragraphs of a word processor, one a line: each long, dated and closed by a period
    # ("Review of X, by Y. Church History 88, no. 1 (2019): 230–32.")
    if all(
        len(ln.text) > 60 and ln.text.rstrip().endswith((".", ")")) and P.YEAR.search(ln.text)
        for ln in para
    ) and all(reference_score(ln.text, ln) >= 2 for ln in para):
        return [[ln] for ln in para]
    # Title / authors / venue on consecutive lines (line breaks, no blank lines): one unit
    # per line, grouped by role later.
    if (
        len(para) <= 6
        # "Distributionally Robust Model-Based RL" may pass for a name; a list has commas
        and not (_names_segment(para[0].text) and "," in para[0].text)
        and any(
            _names_segment(ln.text) and re.search(r",|\s(?:and|&)\s", ln.text) for ln in para[1:]
        )
        # (a line going on in lower case wraps the one before: "...matemáticas:" /
        # "implicaciones para ..."; not "arXiv preprint ...", "bioRxiv", "eLife")
        and not any(
            ln.text[:1].islower() and not re.match(r"[a-z]{1,4}[A-Z]", ln.text) for ln in para[1:]
        )
    ):
        return [[ln] for ln in para]
    # A new entry starts after a line ending a sentence when the next starts like a name
    # list, or (after a whole entry, with its year) with a name in initials form: one
    # reference per line, as CVs converted from Word or PDF often are.
    # (an entry may end with its DOI or URL, and be dated "in press" instead of a year)
    out = [[para[0]]]
    for prev, ln in itertools.pairwise(para):
        ended = prev.text.rstrip().endswith((".", "]")) or bool(LINK_END.search(prev.text))
        quoted = " ".join(x.text for x in out[-1])
        if ended and (
            # '“Title one” (with A. B). Data collection.' / '“Title two” ...': quoted
            # titles first, one per line
            (ln.text.lstrip()[:1] in '“"' and ("”" in quoted or quoted.count('"') >= 2))
            or (
                reference_score(ln.text, ln) >= 3
                and _names_segment(re.split(r"[.(]", ln.text, maxsplit=1)[0][:120])
            )
            or (
                (
                    P.YEAR.search(text := " ".join(x.text for x in out[-1]))
                    or STATUS_INSTEAD_OF_YEAR.search(text)
                )
                and (_names_head(ln.text) or INITIALS_NAME_START.match(ln.text))
            )
        ):
            out.append([ln])
        else:
            out[-1].append(ln)
    return out


def _hanging(unit: list[Line]) -> bool:
    """Lines under a first line that stands further out: a hanging indent."""
    return len(unit) > 1 and unit[0].indent < min(x.indent for x in unit[1:])


def _unit_seps(unit: list[Line]) -> list[str]:
    """How a whole entry's lines join: wrapped text with spaces; under a hanging indent a
    line may be a part of its own (a bold title line, then the names)."""
    if not _hanging(unit):
        return [" "] * (len(unit) - 1)
    return [". " if _part_break(a, b) else " " for a, b in itertools.pairwise(unit)]


def _whole(text: str) -> bool:
    """A paragraph that reads as a whole reference by itself: long, dated, finished."""
    t = text.rstrip()
    return len(t) >= 60 and bool(P.YEAR.search(t)) and t.endswith((".", ")"))


# a date column printed once per year: "2023   Kowalczyk, M.E.*, R.J. Thornquist, ..."
# (a tab, as a word processor's table copied to text sets it: "2024<TAB>Okafor N, ...")
DATE_COLUMN_START = re.compile(
    r"\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?|[Ii]n\s+press|[Ff]orthcoming)(?:\s{2,}|\t)"
)
# a reference opening with its first author inverted: "Amankwah, K.O.†, ...", "van Dijk, A.",
# or in Vancouver's form: "Adeyemi T†, Okafor N*. Title"
INVERTED_NAME_START = re.compile(
    r"(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?,\s+(?:[A-Z]\.\s?-?){1,3}[*†‡]*,?\s"
    r"|(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’\-]+\s[A-Z]{1,3}[*†‡]*,\s"
)
# a sentence of six words or more after the names: a title
SENTENCE_AFTER_NAMES = re.compile(
    r"(?<!\b[A-Z])[.]\s+[A-Z]\S*(?:\s+\S+){5,}"
)  # (not after an initial)
REFERENCE_END = re.compile(r"(?:[.)\]]|\b10\.\d{4,9}/\S+|https?://\S+)\s*$")


def _split_year_group(unit: list[Line]) -> list[list[Line]]:
    """Split the references under one year of a date column ("2023" printed once, its
    references below one another at the same indent): a line opening as the first line did,
    with an inverted first author, after a line that ended a reference, starts another."""
    head = DATE_COLUMN_START.match(unit[0].text) if _hanging(unit) else None
    if not head or not INVERTED_NAME_START.match(unit[0].text, head.end()):
        return [unit]
    out = [[unit[0]]]
    for prev, ln in itertools.pairwise(unit):
        if (
            REFERENCE_END.search(prev.text)
            and INVERTED_NAME_START.match(ln.text)
            and ln.indent == unit[1].indent
        ):
            out.append([ln])
        else:
            out[-1].append(ln)
    # (each new piece keeps the hanging indent's look: its lines stand in the text column)
    return out


def _group_units(units: list[list[Line]]) -> list[tuple[list[Line], list[str]]]:
    """Group title/authors/venue units into entries (one unit may be a full entry)."""
    entries: list[tuple[list[Line], list[str]]] = []
    units = [piece for u in units for piece in _split_year_group(u)]
    texts = [" ".join(ln.text for ln in u) for u in units]
    roles_of: list[Role] = [_role(t, u[0]) for t, u in zip(texts, units, strict=True)]
    for i, u in enumerate(units):
        # a paragraph with a hanging indent ("2024 Title" over indented "with A and B" and
        # "FOCS 2024", as a date column lays them out) is one entry whatever it starts with
        # (so is a dated block of three lines or more broken by <br>: "Name<br>Title<br>
        # Thesis, School, 2023", as its page lays it out)
        if (roles_of[i] != "note" and _hanging(u)) or (
            roles_of[i] in ("title", "authors")
            and len(u) >= 3
            and all(ln.soft for ln in u[1:])
            and P.YEAR.search(texts[i])
        ):
            roles_of[i] = "full"
    for i in range(len(units) - 1):
        # "Distributionally Robust Model-Based RL" may pass for one name; followed by a
        # list of names it is the title above them
        if (
            roles_of[i] == roles_of[i + 1] == "authors"
            and "," not in texts[i]
            and re.search(r",|\band\b|&", texts[i + 1])
        ):
            roles_of[i] = "title"
    if units and roles_of.count("full") >= 0.6 * len(units):
        # most paragraphs are whole references: one entry each (notes dropped)
        return [(u, _unit_seps(u)) for u, r in zip(units, roles_of, strict=True) if r != "note"]
    cur: list[Line] = []
    seps: list[str] = []
    roles: set[str] = set()

    def close() -> None:
        nonlocal cur, seps, roles
        if cur:
            entries.append((cur, seps))
        cur, seps, roles = [], [], set()

    for unit, role in zip(units, roles_of, strict=True):
        text = " ".join(ln.text for ln in unit)
        if role == "note":
            continue
        if role == "remark" or (
            role == "full"
            and not (cur and "authors" not in roles and "venue" not in roles and text[:1].islower())
        ):
            close()
            cur, seps = list(unit), _unit_seps(unit)
            close()
            continue
        start_new = (
            (role == "title" and ("authors" in roles or "venue" in roles))
            or (role == "authors" and "authors" in roles)
            # "Review of Book, by A. Author. Journal 75 (2022): 612–614." twice: paragraphs
            # without names, each one a whole reference
            or (role == "title" and cur and _whole(text) and _whole(" ".join(x.text for x in cur)))
            # "Title — Names. HotOS XIX, 2023." paragraphs: dated, each one a reference
            or (role == "title" and roles == {"title"} and _dated(text) and _dated(cur[0].text))
            # "**Title** (with A)" / "*Journal*, 2023" blocks one after another: each bold
            # title opens an entry, as the one before opened its own
            or (bool(cur) and _bold_title_start(unit[0]) and _bold_title_start(cur[0]))
        )
        if start_new:
            close()
        if cur:
            prev = cur[-1].text.rstrip()
            seps.append(" " if prev.endswith((".", ":", ",", ";", "?", "!")) else ". ")
        seps.extend([" "] * (len(unit) - 1))
        cur.extend(unit)
        roles.add(role)
    close()
    return entries


def _bold_title_start(line: Line) -> bool:
    """A line that opens with a bold run of three words or more (a title set in bold)."""
    if not line.bold or line.bold[0][0] > 2:
        return False
    a, b = line.bold[0]
    run = line.text[a:b].strip(" ,.;:")
    # (not "**Jane A. Doe**, B. Smith": an owner's name in bold opens an authors line)
    return len(run.split()) >= 3 and not _names_segment(run)


def _leading_symbols(text: str) -> int:
    """How many characters of pictographs and dingbats ("⭐", "📌", "▸") and the spaces
    after them open the text."""
    n = 0
    while n < len(text) and (
        unicodedata.category(text[n]) == "So" or (n and text[n] in " \ufe0f\u200d")
    ):
        n += 1
    return n


def _dated(text: str) -> bool:
    """A year, or a venue's year tag ("HotStorage '21")."""
    return bool(P.YEAR.search(text) or re.search(r"['’]\d\d\b", text))


YEAR_MARKER = re.compile(r"(?:19|20)\d\d")
BULLETS = ("-", "*", "+", "•")
HEADING_YEAR = re.compile(r"[\s*_#(\[]*((?:19|20)\d\d)[\s*_:.)\]]*")


def _without_prefix(line: Line, n: int) -> Line:
    """The line with its first ``n`` characters (a label) cut off."""
    return _spliced(line, 0, n, "")


def _spliced(line: Line, a: int, b: int, piece: str) -> Line:
    """The line with ``text[a:b]`` replaced by ``piece``, its styles and links moved along
    (those inside the cut shrink to its start; those left empty go)."""
    delta = len(piece) - (b - a)

    def moved(k: int) -> int:
        return k + delta if k >= b else min(k, a)

    def shift(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((moved(x), moved(y)) for x, y in spans if moved(y) > moved(x))

    links = tuple((moved(x), moved(y), u) for x, y, u in line.links if moved(y) > moved(x))
    return dataclasses.replace(
        line,
        text=line.text[:a] + piece + line.text[b:],
        bold=shift(line.bold),
        italic=shift(line.italic),
        links=links,
    )


def _labelled_block(lines: list[Line]) -> bool:
    """A work written as labelled lines, its authors first and its title labelled."""
    return (
        len(lines) >= 3
        and line_field(lines[0].text) == "authors"
        and any(line_field(ln.text) == "title" for ln in lines[1:4])
    )


def labelled_fields(title: Line, lines: list[Line]) -> list[Line] | None:
    """An entry written as labelled lines under its title, as the lines of a reference
    (the recommended citation when there is one; else authors, title, venue), or None."""
    found: dict[int, Line] = {}
    for line in lines:
        m = P.FIELD_LABEL.match(line.text)
        if m and m.lastindex is not None and m.end() < len(line.text):
            found.setdefault(m.lastindex, _without_prefix(line, m.end()))
    if 3 in found:
        return [found[3]]
    if 1 in found or 2 in found:
        return [x for x in (found.get(2), title, found.get(1)) if x is not None]
    return None


def _labelled_entry(
    title: Line, lines: list[Line], path: str, hint: str | None
) -> EntryText | None:
    parts = labelled_fields(title, lines)
    if parts is None:
        return None
    entry = _join(parts, path, hint, [". "] * (len(parts) - 1))
    last = max((ln.lineno for ln in lines), default=title.lineno)
    return dataclasses.replace(entry, line=title.lineno, end_line=last)


# An ORCID record's work, pasted: "Title" / "Journal" / "2022-03 | Journal article" /
# "DOI: 10..." / "CONTRIBUTORS: A; B" / "Source: Crossref"
ORCID_KIND = re.compile(r"^\s*((?:19|20)\d\d)(?:-\d\d){0,2}\s*\|\s*([A-Za-z][A-Za-z /-]+?)\s*$")
ORCID_LABEL = re.compile(r"(?i)^\s*(contributors|doi|url|source)\s*:\s*")


def _orcid_work(lines: list[Line], path: str) -> EntryText | bool | None:
    """An ORCID work as a reference ("A; B (2022). Title. Journal. DOI: ..."); False for a
    work that is no publication (a data set, software, a lecture); None if it is no work."""
    kinds = [(i, m) for i, ln in enumerate(lines) if (m := ORCID_KIND.match(ln.text))]
    if len(lines) < 2 or not kinds or kinds[0][0] == 0:
        return None
    at, kind = kinds[0]
    hint = work_kind(kind.group(2))
    if hint is None:
        return False  # "Data set", "Software", "Lecture / speech", "Patent"
    title, venues = lines[0], lines[1:at]
    labelled: dict[str, Line] = {}
    for ln in lines[at + 1 :]:
        m = ORCID_LABEL.match(ln.text)
        if m:
            labelled.setdefault(m.group(1).lower(), _without_prefix(ln, m.end()))
    names = labelled.get("contributors")
    if names is not None:  # "A; B (2022). Title. Journal"
        parts = [names, Line(f"({kind.group(1)})", lines[at].lineno), title, *venues]
    else:  # "Title. UNESCO, 2022": no names to read the year after
        parts = [title, *venues, Line(kind.group(1), lines[at].lineno)]
    doi = labelled.get("doi") or labelled.get("url")
    if doi is not None:
        parts.append(
            dataclasses.replace(doi, text=f"doi: {doi.text}" if "doi" in labelled else doi.text)
        )
    seps = [" " if p is names else ". " for p in parts[:-1]]
    entry = _join(parts, path, hint, seps)
    return dataclasses.replace(entry, line=title.lineno, end_line=lines[-1].lineno)


def _orcid_works(section: Section, path: str) -> list[EntryText] | None:
    """The works of an ORCID record pasted as blocks, or None when the section is not one."""
    blocks: list[list[Line]] = [[]]
    for line in section.lines:
        if line.kind == "blank":
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    works = [_orcid_work(b, path) for b in blocks if b]
    if sum(1 for w in works if w is not None) < 2:
        return None
    return [w for w in works if isinstance(w, EntryText)]


def section_entries(
    section: Section,
    path: str,
    *,
    strict: bool = False,
    min_score: int = 4,
    names_first: bool = False,
) -> list[EntryText]:
    """Entries of one publication section (``strict``: only what surely is a reference, a
    :func:`reference_score` of ``min_score``, opening with its authors if ``names_first``)."""
    if section.heading:
        # "### [Title](url)" with the labelled lines below it: the heading is an entry's title
        head = next((ln for ln in section.lines if ln.kind != "blank"), None)
        if (
            head is not None
            and head.kind == "text"
            and P.FIELD_LABEL.match(head.text)
            # (not blocks that label their own titles: "Autores: ... / Título: ...")
            and not any(line_field(ln.text) == "title" for ln in section.lines)
        ):
            title = Line(section.heading, section.lineno)
            entry = _labelled_entry(title, section.lines, path, section.hint)
            if entry is not None:
                return [entry]
    works = _orcid_works(section, path)
    if works is not None:
        return works
    groups = _entries(section)
    out = []
    # lists grouped by year ("### 2022", "<h3>2021</h3>"): an entry without a year of its
    # own has its heading's
    heading = HEADING_YEAR.fullmatch(section.heading.strip())
    # description lists labelled by year ("\\item[2023] ... \\item[] ..."): an item's label
    # dates it, and an empty label keeps the year of the item above
    marker_year: int | None = None
    for lines, seps in groups:
        marker = lines[0].marker if lines[0].kind == "item" else ""
        if YEAR_MARKER.fullmatch(marker):
            marker_year = int(marker)
        elif marker not in BULLETS:
            marker_year = None
        work = _orcid_work(lines, path)
        if work is False:
            continue
        labelled = (
            _labelled_entry(lines[0], lines[1:], path, section.hint) if len(lines) > 1 else None
        )
        entry = work or labelled or _join(lines, path, section.hint, seps)
        if marker_year or heading:
            year = marker_year or int(heading.group(1))  # type: ignore[union-attr]
            entry = dataclasses.replace(entry, heading_year=year)
        if strict and reference_score(entry.text, lines[0]) < min_score:
            continue
        if NOTE_LINE.match(entry.text):
            continue  # "Associate Professor, Department of ..." (a page's header), "* denotes ..."
        if names_first and not _names_head(entry.text):
            continue
        out.append(entry)
    return out
