"""BibTeX (ASCII with LaTeX escapes, for classic bibtex) and BibLaTeX (UTF-8, for biber).

Writing: braces around every value, a fixed field order, capitals and acronyms protected
word by word in titles, pages with ``--``, months as macros, arXiv as eprint fields.
Reading: bibtexparser v2 with LaTeX decoding, back to :class:`~cvbib.model.Record`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

import bibtexparser
from bibtexparser import middlewares as mw
from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import UnicodeToLatexEncoder
from unidecode import unidecode

from cvbib.bulk import gc_paused
from cvbib.formats import Format, WriteOptions, note_text, register
from cvbib.keys import assign_keys
from cvbib.model import Person, Record, Source
from cvbib.normalize import venues
from cvbib.superscripts import SCRIPT_RUN, scripts_to_latex

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
FIELD_ORDER = [
    "author", "editor", "title", "booktitle", "journal", "school", "institution", "series",
    "edition", "volume", "number", "pages", "publisher", "address", "year", "month", "isbn",
    "doi", "eprint", "archiveprefix", "primaryclass", "eprinttype", "eprintclass", "url", "note",
]  # fmt: skip
VERBATIM = {"doi", "url", "eprint"}
ET_AL = "et al."  # the remark the entry parser leaves when an author list ends "et al."
_ASCII = UnicodeToLatexEncoder(
    non_ascii_only=False,
    replacement_latex_protection="braces-all",
    unknown_char_policy="keep",
    unknown_char_warning=False,  # the caller decides what to write instead
)
# Combining marks LaTeX has a text accent for: a letter pylatexenc has no macro for
# ("ọ" of Yoruba, "ễ" of Vietnamese) is written as its base letter with these accents.
_ACCENTS = {
    0x300: "`", 0x301: "'", 0x302: "^", 0x303: "~", 0x304: "=", 0x306: "u", 0x307: ".",
    0x308: '"', 0x30A: "r", 0x30B: "H", 0x30C: "v", 0x323: "d", 0x327: "c", 0x328: "k",
    0x331: "b",
}  # fmt: skip


def _accented(ch: str) -> str | None:
    """'ọ' -> '{\\d{o}}', 'ễ' -> '{\\~{\\^{e}}}'; None when a mark has no LaTeX accent."""
    base, *marks = unicodedata.normalize("NFD", ch)
    if not marks or ord(base) >= 128 or any(ord(m) not in _ACCENTS for m in marks):
        return None
    out = base
    for m in marks:
        out = f"\\{_ACCENTS[ord(m)]}{{{out}}}"
    return "{" + out + "}"


_SPECIALS = {
    "\\": r"{\textbackslash}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"{\textasciitilde}", "^": r"{\textasciicircum}",
}  # fmt: skip


def _is_text_letter(ch: str) -> bool:
    """Characters pdflatex with T1 fonts typesets from UTF-8 input (Latin letters, marks)."""
    if ord(ch) < 128:
        return True
    # Latin-1 and Latin Extended-A: what inputenc's utf8 maps for T1; beyond them ("Ọ",
    # "ễ" of Yoruba and Vietnamese) pdflatex stops with "Unicode character not set up"
    name = unicodedata.name(ch, "")
    return (name.startswith("LATIN") and ord(ch) < 0x180) or ch in "–—‘’“”«»…·§°"


def escape(text: str, unicode: bool, raw: bool = False) -> str:
    """Text to BibTeX that pdflatex can typeset.

    LaTeX specials are escaped; other non-ASCII characters are LaTeX-escaped too unless
    ``unicode`` (Latin letters then stay UTF-8). Greek and symbols become math or text
    macros (raw Greek is an error under pdflatex even in UTF-8 documents); runs of letters
    of scripts pdflatex's T1 fonts lack (CJK, Cyrillic, ...) are transliterated, unless
    ``raw`` asks for UTF-8 as it is (for xelatex/lualatex users).
    """
    text = unicodedata.normalize("NFC", text)
    if raw and unicode:
        return _no_ligature("".join(_SPECIALS.get(ch, ch) for ch in text))
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        run = SCRIPT_RUN.match(text, i)
        if run:
            # "Lᵖ", "ℤₚ", "CO₂": \textsuperscript / \textsubscript (pdflatex has no glyphs
            # for most of these characters, even in UTF-8)
            out.append(scripts_to_latex(run.group(0)))
            i = run.end()
            continue
        if _is_foreign_letter(ch) and not raw:
            # a run of CJK/Cyrillic/... letters (with the spaces between them) at once
            j = i + 1
            # (with the vowel and tone marks inside the run: Thai "การใช้" is read whole, as
            # the merge's folding reads it)
            while j < len(text) and (
                _is_foreign_letter(text[j])
                or unicodedata.combining(text[j])
                or (text[j] == " " and j + 1 < len(text) and _is_foreign_letter(text[j + 1]))
            ):
                j += 1
            out.append(unidecode(text[i:j]).strip())
            i = j
            continue
        if ch in _SPECIALS:
            out.append(_SPECIALS[ch])
        elif ord(ch) < 128 or (unicode and _is_text_letter(ch)) or (raw and _is_foreign_letter(ch)):
            out.append(ch)
        elif (reduced := _t1_reduced(ch)) is not None:
            out.append(escape(reduced, unicode))
        elif not unicodedata.combining(ch):  # a lone mark has nothing pdflatex can show
            latex = _ASCII.unicode_to_latex(ch)
            if latex == ch:
                latex = _accented(ch) or ch
            # "{\'\i}" -> "{\'i}": biber decodes the dotless form to i + a combining
            # accent, which pdflatex cannot typeset
            latex = re.sub(r"(\\[`'^\"~=.])\\([ij])\b", r"\1\2", latex)
            # "ễ" is "\~{\^{e}}": the inner accent in a group of its own, so biber decodes
            # it to "ê" (a T1 letter) and leaves the outer accent to LaTeX ("ễ" whole is no
            # character pdflatex's T1 fonts have)
            latex = STACKED_ACCENT.sub(r"\1{{\2}}", latex)
            if AMS_ONLY.search(latex):
                # "ℤ" is \mathbb{Z}, which needs amssymb; a bare document must compile
                latex = re.sub(r"\\mathbb\{(\w)\}", r"\\mathbf{\1}", latex)
                if AMS_ONLY.search(latex):
                    latex = ch
            out.append(latex if latex != ch else unidecode(ch))
        i += 1
    return _no_ligature("".join(out))


# accents T1 fonts (and LaTeX's accent macros that biber leaves alone) can show
T1_MARKS = frozenset(
    chr(c) for c in (*range(0x300, 0x305), 0x306, 0x307, 0x308, 0x30A, 0x30B, 0x30C, 0x327, 0x328)
)


def _t1_reduced(ch: str) -> str | None:
    """A Latin letter pdflatex's T1 fonts lack, as the nearest one they have ("ạ" is "a",
    "ặ" is "ă", "ỹ" is "y"), or None when the letter is fine as it is or stacks ("ễ": "ê"
    with a tilde over it). biber decodes any accent macro on a plain letter back to the
    letter, so "\\d{a}" would stop pdflatex as "ạ" does."""
    if _is_text_letter(ch):
        return None
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    if not ("a" <= base.lower() <= "z") or not marks:
        return None
    kept = [m for m in marks if m in T1_MARKS]
    whole = unicodedata.normalize("NFC", base + "".join(kept))
    if whole != ch and all(_is_text_letter(c) for c in whole):
        return whole
    first = unicodedata.normalize("NFC", base + kept[0]) if kept else base
    if len(kept) >= 2 and _is_text_letter(first):
        # "ễ": a T1 letter ("ê") under the outer accent, which biber leaves to LaTeX
        return None if whole == ch else whole
    return first if _is_text_letter(first) else base


STACKED_ACCENT = re.compile(r"(\\[`'^\"~=.uvHcdbk])\{(\\[`'^\"~=.uvHcdbk]\{\w\})\}")
# Macros of the AMS fonts and symbols, not of base LaTeX.
AMS_ONLY = re.compile(
    r"\\(?:mathbb|mathfrak|mathscr|checkmark|varnothing|nexists|lesssim|gtrsim|square|"
    r"blacksquare|mho|Bbbk|beth|gimel|daleth|lozenge|circledR|yen|maltese)\b"
)


def _is_foreign_letter(ch: str) -> bool:
    """A letter of a script T1 fonts do not have (not Latin, not Greek-as-math)."""
    if not unicodedata.category(ch).startswith("L") or 0x2100 <= ord(ch) < 0x2150:
        return False  # letterlike symbols (ℓ, ℝ) have math macros
    if 0x1D400 <= ord(ch) < 0x1D800:
        return False  # mathematical alphanumerics
    return not unicodedata.name(ch, "").startswith(("LATIN", "GREEK"))


def _no_ligature(latex: str) -> str:
    """'--', "''" and '``' typed in text are two characters, not TeX's dash and quote ligatures."""
    return re.sub(r"([-'`])(?=\1)", r"\1{}", latex)


PROTECT = re.compile(r"[^\s]+")


def _needs_protection(word: str) -> bool:
    core = word.strip("()[]{}.,;:!?\"'“”‘’")
    if not core:
        return False
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return False
    if SCRIPT_RUN.search(core):
        return True  # "Lᵖ", "CO₂": a symbol, whatever its case
    # KIVI, LLMs, GaLore, Q-GaLore, INT4, ΔDP, LLM-based: capitals a style must not
    # lower-case. Title-case compounds ("Tuning-Free") are left to the style.
    for part in re.split(r"[-/–]", core):
        letters = [c for c in part if c.isalpha()]
        if not letters:
            continue
        if any(c.isupper() for c in part[1:]) or (
            len(letters) >= 2 and all(c.isupper() for c in letters)
        ):
            return True
        if re.search(r"\d", part) and any(c.isupper() for c in part):
            return True
    return False


def protect_title(title: str, unicode: bool, raw: bool = False) -> str:
    out = []
    for m in re.finditer(r"\S+|\s+", title):
        word = m.group(0)
        if word.isspace():
            out.append(" ")
        elif _needs_protection(word):
            lead = re.match(r"^[(\[\"“‘']*", word).group(0)  # type: ignore[union-attr]
            trail = re.search(r"[)\].,;:!?\"”’']*$", word).group(0)  # type: ignore[union-attr]
            core = word[len(lead) : len(word) - len(trail)] if trail else word[len(lead) :]
            out.append(
                escape(lead, unicode, raw)
                + "{"
                + escape(core, unicode, raw)
                + "}"
                + escape(trail, unicode, raw)
            )
        else:
            out.append(escape(word, unicode, raw))
    return "".join(out)


def format_name(p: Person, unicode: bool, raw: bool = False) -> str:
    if not p.given:
        return "{" + escape(p.family, unicode, raw) + "}"
    family = escape(p.family, unicode, raw)
    if " " in p.family and p.family.split()[0][0].isupper():
        family = "{" + family + "}"  # "De Sa" must stay one family name
    # a word "and" in any case inside a name would split it in two: bibtex reads "And" too
    given = AND_WORD.sub(r"{\g<0>}", escape(p.given, unicode, raw))
    family = AND_WORD.sub(r"{\g<0>}", family) if not family.startswith("{") else family
    return f"{family}, {given}"


WORKSHOP_WORD = re.compile(r"(?i)\bworkshops?\b")
AND_WORD = re.compile(r"(?i)(?<![\w{])and(?![\w}])")


def _ordinal(edition: str | None) -> str | None:
    """bibtex styles print "{edition} edition": '2' -> '2nd' (biblatex wants the integer)."""
    if not edition or not edition.isdigit():
        return edition
    n = int(edition)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _balanced(value: str) -> str:
    depth = 0
    out = []
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    return "".join(out) + "}" * depth


def record_fields(
    rec: Record, *, unicode: bool = False, biblatex: bool = False, raw: bool = False
) -> dict[str, str]:
    """The BibTeX fields of a record, escaped, in canonical order."""
    f: dict[str, str] = {}
    if rec.authors:
        f["author"] = " and ".join(format_name(p, unicode, raw) for p in rec.authors)
        if ET_AL in rec.extra:
            f["author"] += " and others"  # BibTeX's way to say the list goes on ("et al.")
    if rec.editors:
        f["editor"] = " and ".join(format_name(p, unicode, raw) for p in rec.editors)
    if rec.title:
        f["title"] = protect_title(rec.title, unicode, raw)
    venue = escape(rec.venue, unicode, raw) if rec.venue else None
    t = rec.type
    if venue and not (t == "misc" and rec.arxiv and rec.venue == "arXiv"):
        if t == "article":
            f["journal"] = venue
        elif t in ("inproceedings", "incollection"):
            f["booktitle"] = venue
        elif t in ("phdthesis", "mastersthesis"):
            f["school"] = venue
        elif t == "techreport":
            f["institution"] = venue
        elif t == "book":
            f.setdefault("publisher", venue)
        else:
            f["howpublished"] = venue
    for name, value in (
        ("volume", rec.volume), ("number", rec.number),
        ("edition", rec.edition if biblatex else _ordinal(rec.edition)),
        ("address", rec.address), ("isbn", rec.isbn),
    ):  # fmt: skip
        if value:
            f[name] = escape(value, unicode, raw)
    if rec.pages:
        f["pages"] = re.sub(r"[{}\\%#&$_~^]", "", rec.pages.replace("–", "--"))
    if rec.publisher and "publisher" not in f:
        f["publisher"] = escape(rec.publisher, unicode, raw)
    if rec.year:
        f["year"] = str(rec.year)
    if rec.month:
        f["month"] = MONTHS[rec.month - 1]
    if rec.doi:
        f["doi"] = _balanced(rec.doi)
    if rec.arxiv:
        f["eprint"] = rec.arxiv
        if biblatex:
            f["eprinttype"] = "arxiv"
            if rec.arxiv_class:
                f["eprintclass"] = rec.arxiv_class
        else:
            f["archiveprefix"] = "arXiv"
            if rec.arxiv_class:
                f["primaryclass"] = rec.arxiv_class
    url = rec.url or (f"https://arxiv.org/abs/{rec.arxiv}" if rec.arxiv and not rec.doi else None)
    if url:
        f["url"] = _balanced(url.replace("%", r"\%") if not biblatex else url)
    note = note_text(rec)
    if rec.workshop and not WORKSHOP_WORD.search(rec.venue or ""):
        # a workshop held at a conference ("[NeurIPS-W]", "ICLR 2020 Workshop"), its venue
        # the conference's name: BibTeX has no field for it, the note says so
        note = "; ".join(p for p in (note, "Workshop") if p)
    if note:
        f["note"] = escape(note, unicode, raw)
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    return dict(sorted(f.items(), key=lambda kv: order.get(kv[0], len(order))))


def record_to_bibtex(
    rec: Record, *, unicode: bool = False, biblatex: bool = False, raw: bool = False
) -> str:
    if not rec.key:
        rec = assign_keys([rec])[0]
    fields = record_fields(rec, unicode=unicode, biblatex=biblatex, raw=raw)
    width = max((len(k) for k in fields), default=0)
    lines = [f"@{rec.type}{{{rec.key},"]
    for name, value in fields.items():
        if name == "month" and value in MONTHS:
            lines.append(f"  {name.ljust(width)} = {value},")
        else:
            lines.append(f"  {name.ljust(width)} = {{{_balanced(value)}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


@gc_paused()
def _write(records: list[Record], opts: WriteOptions, biblatex: bool) -> str:
    # Default: pdflatex-safe (UTF-8 Latin letters for biblatex, ASCII escapes for bibtex);
    # an explicit --unicode writes every character as it is (xelatex/lualatex).
    unicode = biblatex if opts.unicode is None else opts.unicode
    raw = opts.unicode is True
    records = assign_keys(records, opts.key_format)
    return "\n".join(
        record_to_bibtex(r, unicode=unicode, biblatex=biblatex, raw=raw) for r in records
    )


# ---------------------------------------------------------------------------------------
# reading


def _strip_braces(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


def _is_others(name: object) -> bool:
    """BibTeX's "and others" (et al.) is a name with only the last part "others"."""
    return [*getattr(name, "first", []), *getattr(name, "last", [])] == ["others"]


def _person(name: object) -> Person:
    first = _decoded(" ".join(getattr(name, "first", []) or []))
    von = _decoded(" ".join(getattr(name, "von", []) or []))
    last = _decoded(" ".join(getattr(name, "last", []) or []))
    jr = _decoded(" ".join(getattr(name, "jr", []) or []))
    family = _strip_braces(f"{von} {last}".strip())
    given = _strip_braces(first)
    if jr:
        given = f"{given}, {_strip_braces(jr)}" if given else _strip_braces(jr)
    return Person(family=family, given=given)


@cache
def _name_decoder() -> LatexNodes2Text:
    return LatexNodes2Text(math_mode="verbatim")


def _decoded(part: str) -> str:
    """A name part's LaTeX as text ("M{\\"u}ller" -> "Müller", "{And}" -> "And"): names are
    split before the rest is decoded, so a braced "{And}" or "{Barnes and Noble}" stays one."""
    return _name_decoder().latex_to_text(part) if "\\" in part or "{" in part else part


def _getter(fields: dict[str, object]) -> Callable[[str], str | None]:
    def get(name: str) -> str | None:
        v = fields.get(name)
        return _strip_braces(str(v)) if v not in (None, "") else None

    return get


def parse_bibtex(text: str, path: str = "") -> list[Record]:
    """Records from BibTeX/BibLaTeX text (the keys and fields cvbib knows).

    Each record's source is ``path``, the entry's line and its citation key.
    """
    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            # (names split before the LaTeX is decoded: "{And}" and "{Barnes and Noble}"
            # stay inside one name; _person decodes each part)
            mw.SeparateCoAuthors(),
            mw.SplitNameParts(),
            mw.LatexDecodingMiddleware(),
            mw.MonthIntMiddleware(True),
        ],
    )
    out = []
    for entry in library.entries:
        fields = {f.key.lower(): f.value for f in entry.fields}
        get = _getter(fields)

        t = entry.entry_type.lower()
        venue = get("journal") or get("journaltitle") or get("booktitle") or get("school")
        venue = venue or get("institution") or get("howpublished")
        publisher = get("publisher")
        if t == "book" and not venue:
            venue = publisher
        year_s = get("year") or (get("date") or "")[:4]
        month = fields.get("month")
        note = get("note") or ""
        status = "published"
        notes = []
        workshop_note = False
        for part in [p.strip() for p in note.split(";") if p.strip()]:
            if part.lower() == "under review":
                status = "under review"
            elif part.lower() == "to appear":
                status = "forthcoming"
            elif part.lower() == "workshop":
                workshop_note = True
            else:
                notes.append(part)
        eprint = get("eprint")
        if eprint and status == "published" and t == "misc":
            status = "preprint"
        url = get("url")
        if url and eprint and url == f"https://arxiv.org/abs/{eprint}":
            url = None
        pages = get("pages")
        short = get("shortjournal") or get("booktitleaddon")
        kb = venues.lookup(venue, fuzzy=False) if venue and not short else None
        workshop = bool(venue and WORKSHOP_WORD.search(venue)) or workshop_note
        if kb and not (workshop and kb.kind != "workshop"):
            short = kb.acronym  # the same venue_short extraction gives, so records compare
        authors = fields.get("author", []) or []
        out.append(
            Record(
                type=t,
                key=entry.key,
                title=get("title") or "",
                authors=tuple(_person(n) for n in authors if not _is_others(n)),
                editors=tuple(
                    _person(n) for n in fields.get("editor", []) or [] if not _is_others(n)
                ),
                extra=(ET_AL,) if any(_is_others(n) for n in authors) else (),
                year=int(year_s) if year_s and year_s.isdigit() else None,
                month=int(month)
                if isinstance(month, int) or (isinstance(month, str) and month.isdigit())
                else None,
                venue="arXiv" if t == "misc" and eprint and not venue else venue,
                venue_short=short,
                workshop=workshop,
                publisher=publisher,
                volume=get("volume"),
                number=get("number"),
                pages=pages.replace("–", "--") if pages else None,
                edition=re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", get("edition") or "") or None,
                address=get("address"),
                isbn=get("isbn"),
                doi=get("doi"),
                arxiv=eprint,
                arxiv_class=get("primaryclass") or get("eprintclass"),
                url=url,
                urls=(url,) if url else (),
                notes=tuple(notes),
                status=status,
                sources=(Source(path=path, line=entry.start_line + 1, key=entry.key),),
            )
        )
    return out


register(
    Format(
        "bibtex", (".bib",), lambda rs, o: _write(rs, o, biblatex=False), parse_bibtex,
        "BibTeX: ASCII with LaTeX escapes (classic bibtex)",
    )
)  # fmt: skip
register(
    Format(
        "biblatex", (".bib",), lambda rs, o: _write(rs, o, biblatex=True), parse_bibtex,
        "BibLaTeX: UTF-8 for biber",
    )
)  # fmt: skip
