"""One publication entry's text to a :class:`~cvbib.model.Record`.

The parser works on a scratch copy of the entry in which every piece it has understood is
blanked out (same length, so character spans stay valid): first the unambiguous pieces
(venue tags, links, DOI, arXiv id, notes, acceptance rates, status), then the title
(quoted, italic, or found by sentence/comma structure), the authors before or after it,
and finally the venue, year, volume and pages in what is left.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from cvbib.data import load_json, word_set
from cvbib.model import Person, Record, Source, Span
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.names import BODY_NAME, ET_AL, looks_like_name, split_names

Range = tuple[int, int]
QUOTES = [
    ("“", "”"), ('"', '"'), ("``", "''"), ("‘‘", "’’"), ("„", "“"), ("«", "»"), ("‘", "’"),
    ("「", "」"),  # Japanese: 「タイトル」
    ("『", "』"),  # a book's title in Japanese and Korean: 『자연어처리 입문』
]  # fmt: skip
MAX_ENTRY_CHARS = 4000
CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{4}")


@dataclass(frozen=True)
class EntryText:
    """One entry as the finder hands it over: joined text, styles, and where it came from."""

    text: str
    path: str
    line: int
    end_line: int
    bold: tuple[Range, ...] = ()
    italic: tuple[Range, ...] = ()
    links: tuple[tuple[int, int, str], ...] = ()
    hint: str | None = None  # entry type suggested by the section heading
    typed: bool = False  # ... or named by the record itself (a database's record type)
    owner: str | None = None  # the CV owner's name, when known
    remarks: tuple[str, ...] = ()  # nested items under the entry ("Reviewed in ...")
    heading_year: int | None = None  # the year of a year heading above ("### 2022")


class Scratch:
    """The entry text with understood pieces blanked out."""

    def __init__(self, text: str) -> None:
        self.orig = text
        self.text = text

    def consume(self, a: int, b: int) -> None:
        a, b = max(a, 0), min(b, len(self.text))
        if b > a:
            self.text = self.text[:a] + " " * (b - a) + self.text[b:]

    def put(self, a: int, piece: str) -> None:
        self.text = self.text[:a] + piece + self.text[a + len(piece) :]


@dataclass
class _State:
    entry: EntryText
    w: Scratch
    spans: list[Span] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    status: str | None = None
    doi: str | None = None
    isbn: str | None = None
    paper_id: str | None = None  # OnePetro's "SPE-215090-MS": the paper's number
    arxiv: str | None = None
    arxiv_class: str | None = None
    tag_venue: venues.Venue | None = None
    tag_text: str | None = None
    journal_publisher: str | None = None  # printed after the journal: "..., Springer"
    tag_year: int | None = None
    findings: bool = False
    workshop: bool = False
    title: str = ""
    title_range: Range | None = None
    authors: list[Person] = field(default_factory=list)
    equal: list[int] = field(default_factory=list)
    authors_range: Range | None = None
    group_author: str | None = None  # a group named after the people ("; X Investigators")
    authors_edited: bool = False  # "Smith, J., and L. Ferrer, editors.": the names edited it
    year: int | None = None
    edition: str | None = None
    gbt_type: str | None = None  # the entry type a GB/T 7714 marker ("[J]", "[C]") names
    warnings: list[str] = field(default_factory=list)

    def span(self, name: str, a: int, b: int) -> None:
        self.spans.append(Span(name, a, b))

    @cached_property
    def lowered(self) -> str:
        """The entry's original text in lower case, for the cheap tests before patterns."""
        return self.entry.text.lower()


# ---------------------------------------------------------------------------------------
# small helpers


def _expand_year(two: str) -> int:
    y = int(two)
    return 2000 + y if y <= 40 else 1900 + y


def _strip_range(text: str, a: int, b: int, chars: str = " \t,.;:") -> Range:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" \t,;:")  # str.split: the same whitespace as \s, faster


def _overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _note_hits(text: str) -> list[tuple[str, int, int]]:
    if not P.NOTE_HINT.search(P.lowered(text)):  # one cheap scan before the precise patterns
        return []
    hits = []
    taken: list[Range] = []
    for pat, canon in P.NOTES:
        for m in pat.finditer(text):
            r = (m.start(), m.end())
            if not any(_overlaps(r, t) for t in taken):
                taken.append(r)
                hits.append((canon, m.start(), m.end()))
    return sorted(hits, key=lambda h: h[1])


def _add_note(st: _State, note: str) -> None:
    if note == "Findings":
        st.findings = True
    if note not in st.notes:
        st.notes.append(note)


# ---------------------------------------------------------------------------------------
# steps


# Badges that name an entry's type rather than its venue.
TAG_TYPES = {
    "phd thesis": "phdthesis",
    "ph.d. thesis": "phdthesis",
    "dissertation": "phdthesis",
    "master's thesis": "mastersthesis",
    "masters thesis": "mastersthesis",
    "msc thesis": "mastersthesis",
    "book": "book",
    "book chapter": "incollection",
    "chapter": "incollection",
    "technical report": "techreport",
    "tech report": "techreport",
}


def _venue_tag(st: _State) -> None:
    """A leading tag such as ``[ICLR'25]``, ``[KDD MLG’23]``, ``[ACM e-Energy 2025]``, ``[TPDS]``."""
    m = re.match(r"\s*[(\[]([^\]\)]{1,48})[\])]\s*", st.w.text)
    if m and re.fullmatch(r"[A-Z]{1,2}-?\d{1,4}", m.group(1).strip()):
        # "[C10] [CVPR 2025]": the entry's label in a numbered list ("C" for conference,
        # "J" for journal), then its venue tag
        st.w.consume(m.start(), m.end())
        m = re.match(r"\s*[(\[]([^\]\)]{1,48})[\])]\s*", st.w.text)
    if not m:
        m = _bold_lead_tag(st)
    if not m:
        return
    tag = m.group(1).strip()
    if re.fullmatch(r"\d{1,6}", tag):  # "[12]": a number, not a venue
        st.w.consume(m.start(), m.end())
        return
    year = None
    ym = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", tag)
    if ym:
        year = int(ym.group(1))
        rest = tag[: ym.start()] + tag[ym.end() :]
    else:
        sm = re.search(r"['’‘`]\s?(\d{2})\b", tag)
        if sm:
            year = _expand_year(sm.group(1))
            rest = tag[: sm.start()] + tag[sm.end() :]
        else:
            rest = tag
    rest = _clean(rest.replace("'", " ").replace("’", " "))
    kind = TAG_TYPES.get(rest.lower().rstrip("."))
    if kind:
        # a theme's type badge, "[PhD Thesis]", "[Preprint]": the entry says its type
        st.gbt_type = kind
        st.w.consume(m.start(), m.end())
        return
    ws = re.fullmatch(r"(.+?)[-\s](?:W|WS)", rest)
    if ws and venues.lookup(ws.group(1), fuzzy=False):
        rest = f"{ws.group(1)} W"  # "[NeurIPS-W]": a workshop at NeurIPS
    v = venues.lookup(rest, fuzzy=False) if rest else None
    if v is None and rest:
        words = rest.split()
        for i in range(len(words)):  # "KDD MLG" -> KDD, "ACM e-Energy" -> e-Energy
            v = venues.lookup(" ".join(words[i:]), fuzzy=False) or venues.lookup(
                " ".join(words[: len(words) - i]), fuzzy=False
            )
            if v:
                break
    looks_like_tag = bool(v) or (
        bool(rest) and len(rest) <= 20 and (year is not None or rest.isupper())
    )
    if not looks_like_tag:
        return
    notes = _note_hits(rest)
    for canon, _, _ in notes:
        _add_note(st, canon)
    if notes and not v:
        st.w.consume(m.start(), m.end())
        return
    st.tag_venue, st.tag_text, st.tag_year = v, rest or None, year
    if re.search(r"\bworkshop\b|\bW\b", rest, re.I) or (v and v.kind == "workshop"):
        st.workshop = True
    # (not the notes in it: "EMNLP 2022 (Findings)", "NeurIPS '22 (Spotlight)")
    core = [w for w in re.sub(r"[()]", " ", rest).split() if not _note_hits(w)]
    if v and len(core) > 1 and v.kind != "workshop" and not venues.lookup(rest, fuzzy=False):
        # "KDD MLG": a workshop at KDD
        st.workshop = True
    st.span("venue", m.start(1), m.end(1))
    st.w.consume(m.start(), m.end())


# a résumé's venue in bold before a dash or a colon: "**ICML 2023** — Title (w/ ...)",
# "**NeurIPS '22 (Spotlight):** Title."
BOLD_TAG = re.compile(r"\s*(.{2,48}?)\s*:?\s*(?:[—–:|·]\s*)?")


def _bold_lead_tag(st: _State) -> re.Match[str] | None:
    """The bold run opening the entry, when a dash or colon sets it off as its venue tag (the
    tag's own checks follow: a known venue, or short with a year)."""
    text = st.w.text
    first = min(st.entry.bold, default=None)
    if first is None or text[: first[0]].strip() or first[1] - first[0] > 48:
        return None
    after = re.match(r"\s*[—–|·]\s*|\s*:\s*", text[first[1] :])
    if not (after or text[first[0] : first[1]].rstrip().endswith(":")):
        return None
    m = BOLD_TAG.fullmatch(text, first[0], first[1] + (after.end() if after else 0))
    if m and not re.search(r"[A-Za-z]{2}", m.group(1)):
        return None
    return m


LEADING_YEAR_SLOT = re.compile(
    # (a listing's date column: "Mar 12, 2025. Title")
    r"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+)?"
    r"\(?((?:19|20)\d\d)\)?(?:\s*[:.\-–—)]\s+|\s{3,}(?=\S)|\s*\t\s*(?=\S)"
    # a date column before Vancouver names: "2023 Kulkarni SV, Park JH, ..."
    r"|\s+(?=(?:(?:van|de|der|den|von|da|la|le|di|del)\s+)*[A-Z][\w'’\-]+\s[A-Z]{1,3}[,.])"
    # and before initials-first names: "2022 J. Núñez, L.-E. Sjöström, “Title,” ..."
    r"|\s+(?=(?:[A-Z][a-z]?\.[\s\-]?){1,3}\s?[A-ZÀ-Þ][^\W\d_]+(?:[\s\-][A-ZÀ-Þ][^\W\d_]+)?,)"
    # "2021 (with A. Ruiz). “Title.”": the co-authors follow the year
    r"|\s+(?=\((?i:co-?edited\s+with|joint\s+with|with)\s))"
)
LEADING_DEGREE = re.compile(
    r"\s*(?:Ph\.?\s?D\.?|M\.?\s?Sc?\.?|M\.?A\.|MPhil|B\.?Sc?\.?)\s+(?=[A-Z])"
)
THESIS_WORD = re.compile(r"(?i)\b(?:thesis|dissertation)\b")
LEADING_STATUS = re.compile(r"\s*(?:[Ff]orthcoming|[Ii]n\s+[Pp]ress)\s*[.:]\s+(?=[“\"‘'*A-Z])")


def _leading_year(st: _State) -> None:
    """'2020: A. Author, ...', '(2019) ...' or '2024   Title' (a date column): a year in
    front of the entry."""
    m = LEADING_YEAR_SLOT.match(st.w.text)
    if m and not st.tag_year:
        st.year = int(m.group(1))
        st.span("year", m.start(1), m.end(1))
        st.w.consume(m.start(), m.end())
        # a degree column after the year: "2024 | Ph.D. | Zhang, Y. Title. Ph.D. Dissertation,
        # ...": the thesis says its degree itself
        degree = LEADING_DEGREE.match(st.w.text, m.end())
        if degree and THESIS_WORD.search(st.w.text, degree.end()):
            st.w.consume(degree.start(), degree.end())
        return
    # Chicago author-date CVs put the status where the year goes: "Forthcoming. “Title.” ..."
    s = LEADING_STATUS.match(st.w.text)
    if s:
        st.status = "forthcoming"
        st.w.consume(s.start(), s.end())


def _duration(st: _State) -> None:
    """A film's or recording's length ("Video essay, 14 min., 2021") is a remark, not a
    volume or a name."""
    if "min" not in st.w.text:
        return
    m = DURATION.search(st.w.text)
    if m:
        st.extra.append(m.group(0).strip(" ,"))
        st.w.consume(m.start(), m.end())


DURATION = re.compile(r"(?<=[,;(]\s)\d{1,3}\s*(?:min|mins|minutes)\b\.?")


def _links(st: _State) -> None:
    text = st.entry.text
    for a, b, url in st.entry.links:
        label = text[a:b]
        # a short link in square brackets is a button: "[Handle]", "[NBER]", "[Draft]"
        # (not a linked venue tag: "[ICLR'25]", "[NeurIPS]")
        button = (
            text[a - 1 : a] == "["
            and text[b : b + 1] == "]"
            and len(label.split()) <= 3
            and not re.search(r"\d", label)
            and not venues.lookup(label, fuzzy=False)
        )
        if P.LINK_WORDS.match(label) or label.strip() == url.strip() or button:
            st.w.consume(a - 1 if button else a, b + 1 if button else b)
            _link_target(st, url)


def _link_target(st: _State, url: str) -> None:
    """A hyperlink's target: a DOI or arXiv id when it is one, else a URL to keep."""
    dm = P.DOI.search(url)
    am = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", url)
    if dm:
        st.doi = st.doi or dm.group(1).rstrip(".,;")
    elif am:
        st.arxiv = st.arxiv or am.group(1)
    elif url and url not in st.urls and ABSOLUTE_URL.match(url) and not url.startswith("mailto:"):
        # (a link relative to the page, "/citations?..." or "papers/x.pdf", leads nowhere
        # outside it)
        st.urls.append(url)


ABSOLUTE_URL = re.compile(r"(?i)(?:[a-z][a-z0-9+.\-]*:|//|www\.)")


# NLM ends a paper in another language with the language: "... 181(22):V01190034. Danish."
LANGUAGES = (
    r"(Norwegian|Danish|Swedish|Finnish|Icelandic|German|French|Spanish|Portuguese|"
    r"Italian|Dutch|Polish|Czech|Hungarian|Turkish|Greek|Russian|Japanese|Chinese|Korean)"
)
LANGUAGE_SENTENCE = re.compile(rf"\.\s+{LANGUAGES}\.(?=\s|$)")  # (then a DOI, a PMID ...)
LANGUAGE_AT_END = re.compile(rf"\.\s+{LANGUAGES}\.?\s*$")
PARALLEL_CITATION = re.compile(
    r";\s*((?:[A-Z][\w.'&\-]*\s*){1,6},\s*(?:(?:19|20)\d\d)?\s*,\s*\d{1,4},\s*[A-Z]?e?\d+(?:\s*[–-]\s*\d+)?)\.?"
)
WITH_DISCUSSION = re.compile(
    r"\s*\((with\s+(?:discussion|comments?|rejoinder)(?:\s+and\s+rejoinder)?)\)[.\s]*$", re.I
)
# Lattes exports end an entry with its citation counts: "Citações:WEB OF SCIENCE 12 SCOPUS 14"
LATTES_CITATIONS = re.compile(r",?\s*Citações\s*:\s*(?:[A-Z][A-Za-z ]*?\s*\d+\s*)+")
PLACE_AND_DAYS_END = re.compile(
    r"(?:,\s*[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2}){1,3},\s*(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"\d{1,2}\s*[–-]\s*\d{1,2}\s*$"
)
# (and literary magazines' "(Summer & Fall 2022)", "(May/June 2023)", "(September/October 2019)")
_SEASON = rf"(?:Spring|Summer|Fall|Autumn|Winter|(?i:{P.MONTH_WORD})\.?)"
DOTTED_VOLUME = re.compile(r"\s(\d{1,4})\.(\d{1,2})(?=\s*(?:\(|[,:;]|$))")
SEASON_DATE = re.compile(
    rf"\({_SEASON}(?:\s*(?:/|&|and|[-–])\s*{_SEASON})?(?:\s+(?:19|20)\d\d)?\s*\)"
)
_RANK = (
    r"(?:IF|JIF|(?i:Impact\s+factor))\s*[:=]?\s*\d+[.,]\d+(?:\s*,\s*[WXYZ](?=\s*[\])]))?|Q[1-4]|D1|"
    # Pakistan's HEC journal categories: "(HEC: W Category)", "(X-Category)"
    r"HEC\s*:?\s*[WXYZ](?:[-\s]Category)?|[WXYZ][-\s]Category|SINTA\s*\d|JUFO\s*[0-3]|"
    r"KCI(?:\s+등재(?:후보)?)?|SJR\s*[:=]?\s*\d+[.,]\d+|TCI(?:\s+(?:กลุ่ม|(?i:tier|group)))?\s*[1-3]|"
    # India's UGC list: "UGC Approved", "UGC CARE Listed", "UGC Approved Journal No. 63542"
    r"UGC(?:\s+(?i:care|approved|listed|journal|no\.?|\d+))*|"
    # (Iran's ISC: "(ISC)", "(نمایه در ISC و Scopus)")
    r"National|International|Open\s+Access|IEEE\s+Xplore|"
    r"(?:نمایه\s+در\s+)?(?:(?:terindeks\s+)?Scopus|Web\s+of\s+Science|WoS|SCIE?|SSCI|ESCI|AHCI|ISC)"
    r"(?:\s+(?i:indexed))?(?:\s+و\s+(?:Scopus|ISC|WoS))?"
)
JOURNAL_RANK = re.compile(rf"\s*[\[(]\s*((?:{_RANK})(?:\s*[;,/]\s*(?:{_RANK}))*)\s*[\])]")
# an impact factor ending the entry, bracketed or not: "... 41(2):233–247. IF 3.3"
# ("IF 2022: 3.4": the year of the journal's rank, not the paper's)
IMPACT_FACTOR_END = re.compile(
    r"[,;.]?\s*((?:IF|JIF|Impact\s+factor)(?:\s*\(?(?:19|20)\d\d\)?)?\s*[:=]?\s*\d+[.,]\d+"
    r"|JUFO\s*[0-3])\s*\.?\s*$"
)
# "(autor de correspondencia)", "(corresponding author)": the owner's role, a remark
CORRESPONDING_REMARK = re.compile(
    r"\s*\(\s*((?i:autora?\s+de\s+correspondencia|corresponding\s+author|auteur\s+"
    r"correspondant|autora?\s+correspondente|autore\s+corrispondente))\s*\)"
)
TRANSLATED_BY = re.compile(
    r"(?<!\w)\s*(Translated\s+(?:from\s+the\s+\w+\s+)?by\s+[^.;]{3,80}?)\.(?=\s|$)"
)
CHAPTER_NUMBER_IN = re.compile(r"\b[Cc]hap(?:ter|\.)?\s*(\d{1,3})\s+in\s")
# '"Title." Program notes. Orchestra, 2022.': the kind of writing, a sentence of its own
NOTES_LABEL = re.compile(rf"[\s.,”\"’]*(?P<genre>(?i:{P.NOTES_WORDS}))[.,]\s*")
BOOK_HISTORY = re.compile(
    r"\[\s*((?:revised|expanded|based\s+on|adapted\s+from|originally|a\s+revision\s+of)\b[^\[\]]*)\]",
    re.I,
)
SERIES_BEFORE_IMPRINT = re.compile(
    r"[\s.,”\"’*_]*(?P<series>(?:[A-Z][\w&'’.\-]*\s+){0,5}?[A-Z][\w&'’.\-]*)\s+(?P<number>\d{1,4})\.\s+"
    r"(?=[A-Z][^:.;]{1,40}:\s*[^,.;:]{2,80},\s*(?:(?:19|20)\d\d|forthcoming|in\s+press))"
)
ESA_EDITORS = re.compile(r"(?:[^.]|(?<=\b[A-Z])\.){2,200}?,\s+(?:editors?|eds?)\.")
# SBL and Chicago: '"Title." Pages 101–20 in *Book*. Edited by ...' (roman front matter too)
PAGES_IN = re.compile(
    r"\b[Pp]ages?\s+(\d{1,5}|[ivxlc]{1,8})(?:\s*[-–]\s*(\d{1,5}|[ivxlc]{1,8}))?\s+in\s(?=\s*[*_A-Z“\"‘])"
)
# "... 103 (4): 1201–1225. — **AAEA Quality of Research Discovery Award, 2022**": an award
# set off by a dash after the reference
DASH_AWARD = re.compile(
    r"\s[—–]\s*([A-Z][^.\[\]()—–]{0,160}?\b(?:Award|Prize|Medal)\b[^.\[\]()]{0,40}?)\.?\s*$"
)
PUBLICATION_CODE = re.compile(
    r"[\s.,*_]*([A-Z]{1,4}-?\d{3,5}[A-Z]?|[A-Z]{2,8}-\d{2,5}[A-Z]?)(\s*\(rev\.?\))?[.,]\s"
)
# an extension publication's code after its title: "Fall armyworm in pastures. ENTFACT-155."
TITLE_CODE_END = re.compile(r"\.\s+[A-Z]{2,8}-\d{2,5}[A-Z]?\.?\s*$")
TRAILING_SENTENCE = re.compile(r"(?<=[.\]])\s+([A-Z][^.;:()\[\]]{3,80}?)\.?\s*$")
REVIEWED_IN = re.compile(r"(?i)(?:reviewed|reprinted|translated)\s+(?:in|by|into)\b")
AHEAD_OF_PRINT = re.compile(r"(?i)\b(?:epub|online|published)\s+ahead\s+of\s+print\b")
PII = re.compile(r":?\s*(S\d{4}-\d{3}[\dX]\(\d{2}\)\d{5}-[\dX])")
# A group named as an author: up to eight words, then the word that makes it a group
GROUP_NAME = (
    r"(?:[\w().&'’\-]+\s+){0,8}?(?:Consortium|Collaboration|Collaborative|Study\s+Group|"
    r"Working\s+Group|Group|Network|Investigators|Collaborators|Committee)"
)
# AMA "Shapiro-Kent D, et al; MITRA-HF Investigators. Title"
# (and "et al., for the Psychiatric Genomics Consortium.")
GROUP_AFTER_ET_AL = re.compile(
    rf"\s*(?:;|,\s*(?:for|on\s+behalf\s+of)\s+(?:the\s+)?)\s*({GROUP_NAME})\.?(?=\s+(?![a-z]))"
)
# "..., Sullivan-Moyo P, for the Psychiatric Genomics Consortium. Title"
FOR_GROUP = re.compile(rf"[,;]\s*(?:for|on\s+behalf\s+of)\s+(?:the\s+)?({GROUP_NAME})\.(?=\s)")
# Vancouver "Müller-Schön T; COVID-19 Genomics UK (COG-UK) Consortium. Title"
GROUP_AUTHOR_HEAD = re.compile(
    rf"({GROUP_NAME}(?:\s+\([^)]{{1,30}}\))?)"
    r"\.\s+(?=[A-Z])"
)
# "(in Japanese)", "[Hebrew]": the language a paper is written in
LANGUAGE_NOTE = re.compile(
    r"[(\[]\s*(?:(?:in|In|written\s+in)\s+)?(english|japanese|chinese|korean|portuguese|spanish|"
    r"french|german|italian|russian|polish|dutch|swedish|turkish|arabic|persian|hindi|czech|greek|"
    r"hebrew|yiddish|finnish|danish|norwegian|hungarian|ukrainian)\s*[)\]]",
    re.I,
)
AWARD_SENTENCE = re.compile(
    r"(?<=[.;:)\]\"”’'])\s+[\[(—–]?\s*("
    r"(?:Winner|Co-?winner|Finalist|Recipient|Runner[-\s]up|Shortlisted|Awarded|Received|Won"
    r"|Honou?rable\s+[Mm]ention)\b"
    # (an initial's period inside: "Winner of the Kathryn A. Morton Prize in Poetry")
    r"(?:[^.\[\]()]|(?<=\s[A-Z])\.){0,160}?\b(?:Award|Prize|Medal)\b"
    r"(?:[^.\[\]()]|(?<=\s[A-Z])\.){0,120}?(?:\s*\((?:19|20)\d\d\))?)[\])]?\.?\s*$"
)
# "[Published erratum appears in J Am Vet Med Assoc. 2021;258(2):154.]", "Erratum in: ..."
ERRATUM = re.compile(
    r"\[((?:Published\s+)?[Ee]rratum\s+(?:appears\s+)?in:?\s[^\[\]]{3,200})\]\.?"
    r"|(?<![\w\[])((?:Published\s+)?[Ee]rratum\s+in:\s[^\[\]]{3,120}?\d\.)(?=\s|$)"
)
TRAILING_DASH_REMARK = re.compile(r"\s[—–]\s*([^—–\d]{3,60}?)[\s.]*$")
# "— *Selected as a 2023* Green Chemistry *Hot Article*": a highlight, with its year
DASH_HIGHLIGHT = re.compile(
    r"\s[—–]\s*([*_]*(?i:selected|highlighted|featured|inside|front|back|cover|hot|editor)"
    r"[^—–]{3,120}?)[\s.]*$"
)
ADVANCE_ONLINE = re.compile(r"(?<!\w)Advanced?\s+[Oo]nline\s+[Pp]ublication\b\.?")
EPUB = re.compile(
    r"\[?\b(Epub\s+(?:ahead\s+of\s+print|(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}\.?(?:\s+\d{1,2})?)?))\]?\.?"
)


RXIV_NUMBER = re.compile(
    r"(?i)\b(?:bio|med)rxiv\s*[,:]?\s*((?:19|20)\d\d\.\d\d\.\d\d\.\d{5,7}(?:v\d+)?)"
)
DOI_LABEL_LEFT = re.compile(r"(?i)[;,.]?\s*\bdoi\s*:?(?=[\s.;,]*$)")
# "Available from:" before an identifier or link already taken out (ISO 690 in Czech,
# Slovak, Polish, German, Spanish, Portuguese)
ACCESS_LABEL_LEFT = re.compile(
    r"(?i)[;,.]?\s*\b(?:dostupné\s+(?:z|na|online)|available\s+(?:online\s+(?:at|from)|from|at|online)|"
    r"dostępne\s+(?:w|na|online)|verfügbar\s+unter|disponible\s+en|disponível\s+em)"
    r"\s*:?(?=\s{2,}|[\s.;,]*$)\.?"
)
ONLINE_MARKS = re.compile(
    r"(?i)\s*\[(?:em\s+linha|en\s+l[íi]nea|en\s+ligne|on-?line|elektronisk\s+ressurs)\]"
    r"|\s*\[(?:consult|consultado|cit|citado|accessed|viewed|cit\.)\b[^\[\]]{0,40}\]\.?"
    r"|\s*WWW:\s*<URL:\s*>"
    # Harvard: "Available at: URL (Accessed: 20 March 2022)"
    r"|\s*\((?:accessed|retrieved|viewed|consultado|consulté)\b[^()]{0,40}\)\.?"
)


def _host_and_town(tail: str) -> bool:
    """ "Karpagam College of Engineering, Coimbatore", "Pudukkottai", "Punta Cana, République
    dominicaine": where a meeting was, after its acronym — no publisher ("LIPIcs", "ACM"), no
    article number or days, no sentence of its own."""
    pieces = [p.strip() for p in tail.strip(" ,;").split(",")]
    return (
        1 <= len(pieces) <= 4
        and not EVENT_WORDS.search(tail)
        and not PUBLISHER_WORDS.search(tail)
        and all(
            HOST_PIECE.fullmatch(p)
            and len(p.split()) <= 5
            and not re.search(r"[a-z][A-Z]|\b[A-Z]{2,}|\.\s", p)
            for p in pieces
        )
    )


HOST_PIECE = re.compile(r"[^\W\d_][^\W\d_'’.\- ]*(?:[\s'’.\-]+[^\W\d_]+)*\.?")
ACRONYM_THEN_HOST = re.compile(
    r"(.{12,}?\([A-Z][A-Za-z]*[A-Z][^()]{0,20}\))\s*,\s*([A-Z][^()]{2,120})"
)
CONTRIBUTION_TAIL = re.compile(
    r"[\s.,;]*(?:\((?P<country>[A-Z][A-Za-z .'&\-]{2,30})\)\s*)?"
    r"\((?P<share>(?i:contribution)\s*:?\s*\d{1,3}\s*%)\)[\s.]*$"
)
CIENCIAVITAE_META = re.compile(
    r"[\s.,]*(?:Publicado|Aceite(?:\s+para\s+publicação)?|Submetido|Em\s+revisão|No\s+prelo)\s*•\s*"
    r"(?P<en>Published|Accepted|Submitted|Under\s+review|In\s+press)(?P<rest>\s*[·•].*)?$"
)
RECORD_FIELDS_TAIL = re.compile(rf"(?<=\s)(?=(?:{P.FIELD_LABELS})\s*:)({P.RECORD_FIELDS.pattern})$")
SERIES_IN_BRACKETS_END = re.compile(
    r"(?<=[.,])\s*\(((?!Eds?\b)[A-Z][^();]{3,120});\s*([\w.\-]{1,12})?\s*\)[\s.]*$"
)
REPOSITORY_BADGE = re.compile(
    r"[,;.]?\s*(urn:nbn:[a-z]{2}:[\w:.\-]+|(?i:open\s+access\s+i[n]?\s+diva)"
    r"|(?i:altmetric)\s*:?\s*\d+\.?(?:\s*(?i:citations)\s*:?\s*\d+)?"
    # a research-information system's count at the end: "Citations: 7 (Scopus)"
    r"|(?i:citations|times\s+cited)\s*:\s*\d+\s*\([A-Z][\w\s]{2,25}\)\s*$)"
)
PRINTER_REMARK = re.compile(
    r"[,;.]?\s*(©\s*(?:(?:19|20)\d\d\s+)?[A-Z][^.,;()\[\]]{2,60}|"
    r"(?i:IEEE\s+Xplore\s+(?:Part|Catalog)\s+(?:Number|No\.?)\s*:?\s*[A-Z0-9][\w\-]+)|"
    r"(?i:published\s+(?:in|on)\s+IEEE\s+Xplore(?:\s+digital\s+library)?))"
)
OCR_YEAR_L = re.compile(r"(?<![^\s(,])[lI](?=9\d\d\b)")
MONTH_HYPHEN_YEAR = re.compile(rf"(?i)\b{P.MONTH_WORD}\.?(-)(?=(?:19|20)\d\d\b)")
# the ISSN right after a sentence: that sentence names the journal
ISSN_NEXT = re.compile(r"[.,;]\s*\(?e?ISSN\b", re.I)
# "ISSN 1574-020X": the journal's number, which its name says already
ISSN = re.compile(
    r"(?i)[,;]?\s*\be?ISSN\s*(?:\((?:print|online|electronic)\)\s*)?:?\s*\d{4}-?\d{3}[\dX]\b\.?"
)


STARS = re.compile(r"(?<=[^\W\d_])[★☆✦✱]")


def _cut_out(entry: EntryText, cuts: list[Range]) -> EntryText:
    """``entry`` without the characters of ``cuts`` (sorted, disjoint), its style ranges
    moved to fit."""

    def moved(pos: int) -> int:
        return pos - sum(min(b, pos) - a for a, b in cuts if a < pos)

    starts = [0, *(b for _, b in cuts)]
    ends = [*(a for a, _ in cuts), len(entry.text)]
    text = "".join(entry.text[a:b] for a, b in zip(starts, ends, strict=True))
    return replace(
        entry,
        text=text,
        bold=tuple((moved(a), moved(b)) for a, b in entry.bold),
        italic=tuple((moved(a), moved(b)) for a, b in entry.italic),
        links=tuple((moved(a), moved(b), url) for a, b, url in entry.links),
    )


CORR_ID = re.compile(r"\bCoRR\s+abs/(\d{4}\.\d{4,5})(?:v\d+)?")
# DBLP numbers people of one name: "Lin Chen 0007"; the number is no part of the name
DBLP_HOMONYM = re.compile(r"(?<=[a-z]) 0\d{3}(?=\s*[,:])")


# "... 2023.\\ Journal version in *SIAM J. Comput.*, 53(4):901–944, 2024.": a remark on
# where another version of the work appeared (its venue and year are not this entry's)
OTHER_VERSION = re.compile(
    r"(?<=[.!?])\s+(?:Invited\s+to\s+[^;.]{3,80};\s*)?"
    r"(?i:(?:journal|conference|extended|full|preliminary|short)\s+version\s+(?:in|at|appeared\s+in|to\s+appear\s+in)\b).*$"
)


def _other_version(st: _State) -> None:
    text = st.w.text
    m = OTHER_VERSION.search(text) if "version" in text.lower() else None
    if m and len(text[: m.start()].split()) >= 6:
        st.extra.append(_clean(text[m.start() : m.end()]).strip(" ."))
        st.w.consume(m.start(), m.end())


# bioRxiv's and medRxiv's numbers: "medRxiv 2023.05.12.23289876" (the DOI is 10.1101/...)
RXIV_ID = re.compile(
    r"(?i:bio|med)Rxiv\b[*_\s.,:]{0,6}((?:19|20)\d\d\.\d\d\.\d\d\.\d{6,9})(?:v\d+)?"
)


def _identifiers(st: _State) -> None:
    text = st.w.text
    lowered = text.lower()
    has_doi = "10." in text
    has_arxiv = "arxiv" in lowered
    has_url = "http" in lowered or "www." in lowered
    for m in P.DOI.finditer(text) if has_doi else ():
        doi = m.group(1).rstrip(".,;)]")
        if doi.count(")") > doi.count("("):
            doi = doi.rstrip(")")
        st.doi = st.doi or doi
        st.arxiv = st.arxiv or _arxiv_of_doi(doi)  # arXiv's own DOI names the preprint
        st.span("doi", m.start(), m.start() + (m.end(1) - m.start()))
        st.w.consume(m.start(), m.start(1) + len(doi))
    text = st.w.text
    rxiv = RXIV_ID.search(text) if not st.doi and "rxiv" in lowered else None
    if rxiv:
        # "*medRxiv* 2023.05.12.23289876": the server's own number, the end of its DOI
        st.doi = f"10.1101/{rxiv.group(1)}"
        st.span("doi", rxiv.start(1), rxiv.end(1))
        st.w.consume(rxiv.start(1), rxiv.end())
    text = st.w.text
    for m in P.ARXIV.finditer(text) if has_arxiv else ():
        st.arxiv = st.arxiv or m.group(1)
        if m.group(3):
            st.arxiv_class = m.group(3)
        st.span("arxiv", m.start(), m.end())
        st.w.consume(m.start(), m.end())
    text = st.w.text
    for m in CORR_ID.finditer(text) if "corr" in lowered else ():
        st.arxiv = st.arxiv or m.group(1)  # DBLP's "CoRR abs/2403.11872": an arXiv id
        st.span("arxiv", m.start(1), m.end(1))
        st.w.consume(m.start(1) - 4, m.end(1))
    text = st.w.text
    for m in P.ISBN.finditer(text) if "isbn" in lowered else ():
        st.isbn = st.isbn or re.sub(r"[\s\u2010-\u2015]", "-", m.group(1))
        st.w.consume(m.start(), m.end())
    text = st.w.text
    for m in P.URL.finditer(text) if has_url else ():
        url = m.group(0).rstrip(".,;)]")
        am = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", url)
        if am:
            st.arxiv = st.arxiv or am.group(1)
        elif url not in st.urls:
            st.urls.append(url)
        st.span("url", m.start(), m.start() + len(url))
        st.w.consume(m.start(), m.start() + len(url))
    for m in P.ADS_BIBCODE.finditer(st.w.text):
        # an astronomer's list exported from ADS: the bibcode names the paper there
        url = "https://ui.adsabs.harvard.edu/abs/" + m.group(0).replace("&", "%26")
        if url not in st.urls:
            st.urls.append(url)
        st.w.consume(m.start(), m.end())
    for _, _, url in st.entry.links:
        _link_target(st, url)
    # bioRxiv's and medRxiv's own numbers: "bioRxiv 2023.09.27.559745" (its DOI's suffix),
    # and a "doi:" label left before a DOI read as a link
    if "rxiv" in lowered:
        for m in RXIV_NUMBER.finditer(st.w.text):
            st.w.consume(m.start(1), m.end())
    if "doi" in lowered:
        for m in DOI_LABEL_LEFT.finditer(st.w.text):
            st.w.consume(m.start(), m.end())
    if "n.d." in lowered or "n. d." in lowered:
        # author-date styles' "Names. n.d. Title.": no date yet, in the year's slot (its
        # periods would cut the names from the title)
        for m in NO_DATE_SLOT.finditer(st.w.text):
            st.w.consume(m.start(), m.end())
    if "preprints," in lowered or "abstracts," in lowered:
        for m in AMS_VOLUME_KIND.finditer(st.w.text):
            st.w.consume(m.start(), m.end())
    if "issn" in lowered:
        for m in ISSN.finditer(st.w.text):
            st.w.consume(m.start(), m.end())
    # Nigerian promotion CVs: "... 9(1): 56-63. (Nigeria) (Contribution: 60%)": the journal's
    # country and the candidate's share, remarks
    share = CONTRIBUTION_TAIL.search(st.w.text) if "contribution" in lowered else None
    if share:
        country = share["country"]
        if country and _is_place(country):
            st.extra.append(f"Published in {country}")
        elif country:  # not a country: leave it where it is
            share = CONTRIBUTION_TAIL.search(st.w.text, share.start("share") - 1)
        if share:
            st.extra.append(_clean(share["share"]))
            st.w.consume(share.start(), share.end())
    # CIÊNCIAVITAE's line under a citation: "Publicado • Published · Idioma / Language: Inglês /
    # English · Com arbitragem científica / Peer-reviewed": the status, and remarks
    meta = CIENCIAVITAE_META.search(st.w.text) if "•" in text else None
    if meta:
        status = {"published": None, "accepted": "forthcoming", "in press": "forthcoming"}.get(
            meta["en"].lower(), "under review"
        )
        if status:
            st.status = st.status or status
        rest = _clean(meta["rest"] or "").strip(" ·•")
        st.extra.extend(_clean(p) for p in re.split(r"\s*[·•]\s*", rest) if p.strip())
        st.w.consume(meta.start(), meta.end())
    # Faculty180's record fields after the reference: "... doi:10.1111/nuf.12110 Status:
    # Published. Refereed: Yes. Scope: National.": its status, and remarks
    fields = RECORD_FIELDS_TAIL.search(st.w.text) if ":" in text else None
    if fields:
        remark = " ".join(fields.group(1).split())
        status = P.fields_status(remark)
        if status and status != "published":
            st.status = st.status or status
        st.extra.append(remark)
        st.w.consume(fields.start(), fields.end())
    # DiVA's URN:NBN and open-access badge ("urn:nbn:se:umu:diva-231904 Open Access i DiVA"),
    # a profile page's badges ("Altmetric 38. Citations: 0"): an identifier and remarks
    if (
        "urn:nbn" in lowered
        or "altmetric" in lowered
        or "open access" in lowered
        or "citations" in lowered
        or "times cited" in lowered
    ):
        for m in REPOSITORY_BADGE.finditer(st.w.text):
            st.extra.append(_clean(m.group(1)))
            st.w.consume(m.start(), m.end())
    # DiVA's series after the imprint: "Amsterdam: IOS Press. (Studies in Health Technology and
    # Informatics; 270)": a remark
    series = SERIES_IN_BRACKETS_END.search(st.w.text) if ";" in text else None
    if series:
        st.extra.append(f"Series: {_clean(series.group(1))} {series.group(2)}".strip())
        st.w.consume(series.start(), series.end())
    # "© Research India Publications", "IEEE Xplore Part Number: CFP21ONG-ART", "Published in
    # IEEE Xplore": who printed it and where it is indexed, remarks
    if "©" in lowered or "xplore" in lowered:
        for m in PRINTER_REMARK.finditer(st.w.text):
            st.extra.append(_clean(m.group(1)))
            st.w.consume(m.start(), m.end())
    # a typewritten CV read by OCR: "Vol. 64 (l974)", the year's first digit an "l"
    for m in OCR_YEAR_L.finditer(st.w.text) if "l9" in text or "I9" in text else ():
        st.w.put(m.start(), "1")
    # "May-2018": a month joined to its year, which the hyphen would hide as a range's end
    for m in MONTH_HYPHEN_YEAR.finditer(st.w.text) if "-" in lowered else ():
        st.w.put(m.start(1), " ")
    if "-" in lowered:
        for m in P.ONEPETRO_ID.finditer(st.w.text):
            st.paper_id = st.paper_id or m.group(1)
            st.w.consume(m.start(), m.end())
        for m in P.MEETING_PAPER_NUMBER.finditer(st.w.text) if "p" in lowered else ():
            st.paper_id = st.paper_id or m.group(1).strip()
            st.w.consume(m.start(), m.end())
    if "[" in lowered or "www:" in lowered or "(" in lowered:
        # ISO 690 and NP 405: "[Em linha]", "[online]", "[Consult. 12 jan. 2021]", and the
        # "WWW:<URL:...>" wrapper of a link already taken out
        for m in ONLINE_MARKS.finditer(st.w.text):
            st.w.consume(m.start(), m.end())
    if "availab" in lowered or "dostup" in lowered or "unter" in lowered or "dispon" in lowered:
        for m in ACCESS_LABEL_LEFT.finditer(st.w.text):
            st.w.consume(m.start(), m.end())
    # "(in Japanese)", "[in Portuguese]": the language of the paper, a remark
    for m in LANGUAGE_NOTE.finditer(st.w.text):
        st.extra.append(f"In {m.group(1).capitalize()}")
        st.w.consume(m.start(), m.end())
    # "[IF: 6,145; D1]", "[Q1]", "(SINTA 2)", "(KCI 등재)": the journal's rank, a remark
    if "[" in st.w.text or "(" in st.w.text:
        for m in JOURNAL_RANK.finditer(st.w.text):
            st.extra.append(m.group(1).strip())
            st.w.consume(m.start(), m.end())
    # (Finland's publication-forum level ends an entry too: "..., 45–61. JUFO 2")
    if "if" in lowered or "impact" in lowered or "jufo" in lowered:
        for m in IMPACT_FACTOR_END.finditer(st.w.text.rstrip()):
            st.extra.append(m.group(1).strip())
            st.w.consume(m.start(), m.end())
    if "corres" in lowered:
        for m in CORRESPONDING_REMARK.finditer(st.w.text):
            st.extra.append(m.group(1).strip())
            st.w.consume(m.start(), m.end())
    # Chicago remarks in sentences of their own: "Translated by Tobias J. Lindqvist.",
    # "Reprinted in *Book*, edited by ..., 2019.", "Article published March 29, 2021."
    if "ranslated" in st.w.text or "eprinted" in st.w.text or "published" in st.w.text:
        for pattern in (TRANSLATED_BY, REPRINTED_AT_END, PUBLISHED_ON):
            m = pattern.search(st.w.text)
            if m:
                st.extra.append(_clean(m.group(1)).strip(" .,;"))
                st.w.consume(m.start(1), m.end())
    # NLM's online-first citation gives the article's Elsevier PII for its pages:
    # "Clin Microbiol Infect. 2024 Jan 18:S1198-743X(24)00021-5."
    m = PII.search(st.w.text) if "(" in st.w.text else None
    if m:
        st.extra.append(f"PII: {m.group(1)}")
        st.w.consume(m.start(), m.end())
    m = LANGUAGE_AT_END.search(st.w.text)  # NLM's "... doi:10.4045/x. Norwegian."
    if m:
        st.extra.append(f"In {m.group(1)}")
        st.w.consume(m.start() + 1, m.end())
    # NLM's online-first date: "Epub 2023 Dec 1.", "Epub ahead of print." — not the issue's
    if "Epub" in st.w.text:
        for m in EPUB.finditer(st.w.text):
            st.extra.append(_clean(m.group(1)))
            st.w.consume(m.start(), m.end())
    # An award written after the reference: "... 88(2): 145–160. Winner, 2023 Best Article
    # Award, Journal of the American Planning Association" is a note, not venue text
    if "Award" in st.w.text or "Prize" in st.w.text or "Medal" in st.w.text:
        m = AWARD_SENTENCE.search(st.w.text) or DASH_AWARD.search(st.w.text)
        if m:
            award = _clean(m.group(1)).strip(" ,;.")
            hits = _note_hits(award)
            # ("Shortlisted, X Award 2023; reviewed in JSAH": the award, then a remark)
            parts = [p.strip() for p in award.split(";") if p.strip()]
            for note in [h[0] for h in hits] or [p for p in parts if not REVIEWED_IN.match(p)]:
                _add_note(st, note)
            st.extra.extend(p for p in parts if REVIEWED_IN.match(p))
            st.w.consume(m.start(), m.end())
    # "** Selected as Editor's Choice article **" after the entry, in a text file: a remark
    if "*" in st.w.text:
        for m in STARRED_REMARK.finditer(st.w.text):
            if P.EXTRA.search(m.group(1)) or _note_hits(m.group(1)):
                for canon, _, _ in _note_hits(m.group(1)):
                    _add_note(st, canon)
                st.extra.append(_clean(m.group(1)))
                st.w.consume(m.start(), m.end())
    # a translation's apparatus: "With introduction and notes." is a remark
    if "ith " in st.w.text:
        for m in APPARATUS.finditer(st.w.text):
            st.extra.append(_clean(m.group(0)).strip(" ."))
            st.w.consume(m.start(), m.end())
    # NLM's erratum notice names another issue and year: a remark, not this entry's numbers
    if "rratum" in st.w.text:
        for m in ERRATUM.finditer(st.w.text):
            st.extra.append(_clean(m.group(1) or m.group(2)).rstrip(" ."))
            st.w.consume(m.start(), m.end())
    # a note set off by a dash at the end: "... 245–263. — *Lead article*", "– Oral"
    dash = (
        TRAILING_DASH_REMARK.search(st.w.text) or DASH_HIGHLIGHT.search(st.w.text)
        if "—" in st.w.text or "–" in st.w.text
        else None
    )
    if dash:
        hits = _note_hits(dash.group(1))
        if hits and sum(b - a for _, a, b in hits) * 2 >= len(dash.group(1).strip()):
            for note, _, _ in hits:
                _add_note(st, note)
            st.w.consume(dash.start(), dash.end())
        elif P.EXTRA.match(dash.group(1).strip(" *_")):
            # "— *Highlighted in Nature Reviews Neuroscience*": a remark
            st.extra.append(_clean(dash.group(1)).strip(" *_."))
            st.w.consume(dash.start(), dash.end())
    # a last sentence that is a note: "... 712-726.e5, 2022. Featured on the issue cover"
    tail = TRAILING_SENTENCE.search(st.w.text) if P.NOTE_HINT.search(P.lowered(st.w.text)) else None
    if tail:
        hits = _note_hits(tail.group(1))
        if hits and sum(b - a for _, a, b in hits) * 2 >= len(tail.group(1).strip()):
            for note, _, _ in hits:
                _add_note(st, note)
            st.w.consume(tail.start(1), tail.end())
    # APA 7's online-first mark: "*Journal*. Advance online publication. https://doi..."
    if "nline" in st.w.text:
        for m in ADVANCE_ONLINE.finditer(st.w.text):
            st.extra.append("Advance online publication")
            st.w.consume(m.start(), m.end())
    # empty brackets left by consumed link texts: "[]", "()"; what stood between them:
    # "DOI | PDF"
    for m in re.finditer(r"[\[(]\s*[\])]|(?<!\S)[|·•](?!\S)", st.w.text):
        st.w.consume(m.start(), m.end())


def _bracket_groups(st: _State, skip: Range | None) -> None:
    """Parenthesised and bracketed notes/remarks: (Oral), **[Spotlight]**, (Acceptance rate: 27%)."""
    text = st.w.text
    for m in re.finditer(r"\(([^()]{1,300})\)|\[([^\[\]]{1,300})\]", text):
        if skip and _overlaps((m.start(), m.end()), skip):
            continue
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if (
            m.group(1) is not None
            and REMARK_OPENING.match(inner)
            and TRAILING_BRACKETS.fullmatch(text, m.end())
        ):
            # "(Also available in Spanish as EC3042S, ...)", a footnote's "(Selected for the
            # Journal of Extension feature)": a remark after the reference
            st.extra.append(_clean(st.entry.text[m.start() + 1 : m.end() - 1]).rstrip(" ."))
            st.w.consume(m.start(), m.end())
            continue
        if m.group(2) is not None and m.start() > 0 and LIST_LABEL.fullmatch(inner.strip()):
            # "Version longue : [ACL5]": another entry of the list, by its label (the
            # French evaluation's "ACL", "ACTI"; not the venues they spell)
            lead = LABEL_LEAD.search(text, 0, m.start())
            start = lead.start() if lead else m.start()
            st.extra.append(_clean(st.entry.text[start : m.end()]))
            st.w.consume(start, m.end())
            continue
        kind = ARTICLE_KIND_NUMBERED.fullmatch(inner.strip()) if m.group(2) is not None else None
        if kind:
            # Vancouver "Title [editorial]. Journal": the kind of article, kept as a note
            # (a meeting's "[abstract 1456]" with its number)
            _add_note(st, kind.group(1).capitalize())
            if kind.group(2):
                st.extra.append(inner.strip())
            st.w.consume(m.start(), m.end())
            continue
        whole = st.entry.text[m.start() + 1 : m.end() - 1]  # with the year read out of it
        if AWARD_WORD.search(inner) and not _note_hits(inner) and len(whole.split()) <= 12:
            # "[Winner, 2018 Raymond C. Reese Research Prize]": an award, named as printed
            # ("(Shortlisted, X Award 2023; reviewed in JSAH)": one note per clause)
            for part in whole.split(";"):
                if part.strip():
                    _add_note(st, _clean(part))
            st.span("note", m.start(), m.end())
            st.w.consume(m.start(), m.end())
            continue
        parts = [p for p in re.split(r"[.;,]\s|[;&]|\band\b", inner) if p.strip()]
        if not parts:
            continue
        kinds = []
        for p in parts:
            if P.EXTRA.search(p):
                kinds.append("extra")
            elif hits := _note_hits(p):
                residue = p
                for _, a, b in sorted(hits, key=lambda h: -h[1]):
                    residue = residue[:a] + " " + residue[b:]
                # "(Oral)" is a note; "(ECML-PKDD 2022 journal track)" also names a venue
                pure = len(p.split()) <= 5 and not re.search(r"\d|[A-Z]{2}", residue)
                kinds.append("note" if pure else "mixed")
            else:
                kinds.append("other")
        if all(k in ("note", "extra") for k in kinds) or (
            kinds[0] == "extra" and not any(venues.lookup(p, fuzzy=False) for p in parts)
        ):
            for canon, _, _ in _note_hits(inner):
                if not P.EXTRA.search(canon):
                    _add_note(st, canon)
            if all(k in ("note", "extra") for k in kinds):
                st.extra.extend(
                    _clean(p) for p, k in zip(parts, kinds, strict=True) if k == "extra"
                )
            else:  # "(CCF-B Conference for Distributed and Parallel Systems)": one remark
                st.extra.append(_clean(inner))
            st.span("note", m.start(), m.end())
            st.w.consume(m.start(), m.end())
        elif any(k in ("note", "mixed") for k in kinds) and (
            (m.group(2) is not None and kinds[0] != "extra")
            # "(Best Poster Award, 最佳墙报奖)": the note and its Chinese
            or (
                "other" in kinds
                and all(
                    k != "other" or CJK_ONLY.fullmatch(p.strip())
                    for p, k in zip(parts, kinds, strict=True)
                )
            )
        ):
            # "[Best Paper of the Year, JSIS 2019]", "[Best Paper Nominee, Future of Work
            # Track]": a remark in square brackets that opens with an award is all about it
            for canon, _, _ in _note_hits(inner):
                _add_note(st, canon)
            st.extra.append(_clean(whole))
            st.span("note", m.start(), m.end())
            st.w.consume(m.start(), m.end())
        elif (
            m.group(2) is not None
            # (the last bracket, or one of a row of them: "[Accepted manuscript] [Open access]")
            and TRAILING_BRACKETS.fullmatch(text, m.end())
            and st.w.text[: m.start()].rstrip().endswith(".")
            and len(inner.split()) >= 2
            and not venues.lookup(inner, fuzzy=False)
            and not any(status.search(inner) for status, _ in P.STATUS)
            # ("[[full author list]](url)": a link's button)
            and not any(a <= m.start() + 1 and m.end() - 1 <= b for a, b, _ in st.entry.links)
        ):
            # "Acta Cryst. A79, C412. [Microsymposium talk, IUCr Congress, Melbourne]": a
            # remark after the finished reference
            for canon, _, _ in _note_hits(inner):
                _add_note(st, canon)
            st.extra.append(_clean(whole).rstrip(" ."))
            st.span("note", m.start(), m.end())
            st.w.consume(m.start(), m.end())
        elif any(k in ("note", "mixed") for k in kinds):
            # "(ECML-PKDD 2022 journal track)": take the notes, leave the rest
            for p, k in zip(parts, kinds, strict=True):
                if k in ("note", "mixed"):
                    for canon, a, b in _note_hits(p):
                        _add_note(st, canon)
                        off = text.find(p, m.start())
                        if off >= 0:
                            st.w.consume(off + a, off + b)


CJK_ONLY = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
LIST_LABEL = re.compile(r"[A-Z]{1,5}-?\d{1,3}")
# a remark in brackets after a reference: "(Also available in Spanish as ...)", "(Selected
# for the Journal of Extension feature)", "(Originally published in ...)"
REMARK_WORDS = (
    r"also\s+(?:available|published|in)|available\s+(?:in|as|at)|translated|"
    r"selected\s+(?:for|as)|reprinted|originally|republished"
)
REMARK_OPENING = re.compile(rf"(?i)\s*(?:{REMARK_WORDS})\b")
LABEL_LEAD = re.compile(
    r"(?i)(?:version\s+(?:longue|courte|étendue|complète)|(?:long|short|extended|full|journal|"
    r"conference)\s+version|see(?:\s+also)?|cf\.|voir(?:\s+aussi)?)\s*:?\s*$"
)
TRAILING_BRACKETS = re.compile(r"(?:\s*\[[^\[\]]{1,300}\])*[\s.]*")


def _bold_notes(st: _State, skip: Range | None) -> None:
    """Bold notes outside brackets: **Oral**, **Best Paper Award**."""
    for a, b in st.entry.bold:
        if skip and _overlaps((a, b), skip):
            continue
        seg = st.w.text[a:b]
        hits = _note_hits(seg)
        if hits and len(seg.split()) <= 6:
            for canon, _, _ in hits:
                _add_note(st, canon)
            st.w.consume(a, b)


# "Geophys. Res. Lett.", "J. Adv. Model. Earth Syst." (without the last period)
ABBREVIATED_NAME = re.compile(r"(?:[A-Z][a-z]{0,11}\.?\s+){1,6}[A-Z][a-z]{0,11}")
# "Under review at Management Science.", "revise and resubmit at *JHR*": the journal it is
# submitted to is no venue of the paper, only a remark
STATUS_TARGET = re.compile(
    # ("Second-round R&R at ...": the round goes with it)
    r"(?i)\b(?:(?:first|second|third|fourth|final|[1-4](?:st|nd|rd|th))[-\s]round\s+)?"
    r"(?:under\s+(?:review|revision|submission)|(?:revise|reject)\s+(?:and|&)\s+resubmit|"
    r"(?:major|minor)\s+revisions?|"
    # (Indian CVs: "Communicated to IEEE Access")
    r"R\s?&\s?R|submitted|communicated|sottopost[oa]|submetido|soumis|eingereicht|enviado)"
    r"(?:\s+(?:at|to|in|for|a|ao|à|bei)|(?<=resubmit),)\s+(?!publication\b)"
    # an abbreviated name ("Geophys. Res. Lett.", "J. Adv. Model. Earth Syst.") or any
    # (a physics journal's series letter after it: "Phys. Lett. B", "Eur. Phys. J. C")
    rf"((?-i:{ABBREVIATED_NAME.pattern}(?:\.\s[A-Z](?=,)|(?=\.)))|[*_]*[A-Z][^.;()\[\]]{{2,120}}?)"
    r"[*_]*\s*(?=[.;]\s|[.;]?\s*$|\.,|,\s*(?:19|20)\d\d\b|,\s*(?:arXiv|doi)\b|,[\s.]*$|\([^()]{1,12}\)[.\s]*$|\)[.\s]*$)"
)


def _submitted_name(venue: venues.Venue) -> str:
    """A known venue in "Submitted to ...": by its acronym ("NeurIPS", "VLDBJ"), or by its
    name when the acronym is an abbreviation of words ("Q. J. Econ.")."""
    acronym = venue.acronym
    return venue.name if (" " in acronym or "." in acronym) else acronym


def _arxiv_of_doi(doi: str | None) -> str | None:
    """'2410.02217' for arXiv's DOI '10.48550/arXiv.2410.02217'."""
    m = ARXIV_DOI.fullmatch(doi or "")
    return m.group(1) if m else None


ARXIV_DOI = re.compile(r"10\.48550/arxiv\.(\d{4}\.\d{4,5})(?:v\d+)?", re.I)


def _status(st: _State, region: Range | None = None) -> None:
    text = st.w.text
    lo, hi = region or (0, len(text))
    if not P.STATUS_HINT.search(P.lowered(text), lo, hi):
        return
    tm = STATUS_TARGET.search(text, lo, hi)
    if tm and not (st.title_range and _overlaps((tm.start(), tm.end()), st.title_range)):
        end = tm.end()
        # an italic journal name is one name, periods and all: "Major revision at
        # *Manufacturing Service Oper. Management*."
        # (or the whole phrase in italics: "*Submitted to Nat. Mater.*, 2024")
        for a, b in st.entry.italic:
            if (abs(a - tm.start(1)) <= 2 or abs(a - tm.start()) <= 2) and tm.end(1) < b <= hi:
                tm_text = text[tm.start(1) : b]
                end = b + (1 if text[b : b + 1] == "." else 0)
                break
        else:
            tm_text = tm.group(1)
        target = _clean(tm_text).strip(" ,*_")
        if (
            text[tm.end(1) : tm.end(1) + 1] == "."
            and "." in target
            and ABBREVIATED_NAME.fullmatch(target)
        ):
            target += "."  # "Geophys. Res. Lett."
        # where it is under review is a remark, not its venue; a known venue by its
        # canonical name (a conference by its acronym)
        acronyms = venues.find_acronyms(target)
        lead = _venue_then_title(target)
        if lead:
            # "2024, submitted to ApJ Tidal Disruption Events in ...": an ADS export's title
            # after the journal it went to
            cut = tm.group(1).find(target[:lead])
            if cut >= 0:
                end = tm.start(1) + cut + lead
                target = target[:lead]
        known = venues.lookup(target) or (acronyms[0][0] if acronyms else None)
        if known and known.kind != "preprint":
            target = _submitted_name(known)
        st.status = st.status or "under review"
        st.extra.append(f"Submitted to {target}")
        st.w.consume(tm.start(), end if lead and end < tm.end() else max(end, tm.end()))
        text = st.w.text
    for pat, status in P.STATUS:
        for m in pat.finditer(text, lo, hi):
            if st.title_range and _overlaps((m.start(), m.end()), st.title_range):
                continue
            if status == "preprint" and st.status:
                continue
            if status == "preprint" and re.match(
                r"\s*(?:no\.?\s*)?[A-Z]{0,3}-?\d", text[m.end() : m.end() + 12], re.I
            ):
                # "Working Paper 78": not yet published, in a numbered series the report
                # step below reads (so the words stay)
                st.status = st.status or status
                continue
            st.status = st.status or status
            a, b = m.start(), m.end()
            if re.search(r"(?i)in\s+prep", m.group(0)):
                _add_note(st, "In preparation")  # a manuscript, not yet out
            if re.match(r"(?i)(?:major|minor)\s+revision", m.group(0)):
                continue  # the stage of the review stays in the text: a remark, as said
            # "(in press)", "[Manuscript submitted for publication]": the whole bracket
            br = _enclosing_bracket(text, a, b)
            if br:
                a, b = br
            else:  # "Inskickad / Submitted": the status in two languages, slash and all
                a, b = _bilingual_status(text, a, b)
            st.w.consume(a, b)


def _bilingual_status(text: str, a: int, b: int) -> Range:
    """text[a:b] widened over a slash to a status word on its other side."""
    after = re.match(r"\s*/\s*([^\W\d_]+)", text[b:])
    if after and after.group(1).lower() in STATUS_WORDS:
        b += after.end()
    before = re.search(r"([^\W\d_]+)\s*/\s*$", text[:a])
    if before and before.group(1).lower() in STATUS_WORDS:
        a = before.start()
    return a, b


STATUS_WORDS = frozenset(
    [
        "manuscript",
        "book",  # "(book manuscript in preparation)"
        "manuscrito",
        "revisión",
        "revision",
        "preparación",
        "submitted",
        "for",
        "publication",
        "in",
        "press",
        "under",
        "review",
        "accepted",
        "forthcoming",
        "to",
        "appear",
        "preparation",
        "paper",
        "revision",
        "and",
        "resubmit",
        "reject",
        "preprint",
        "working",
        "corso",
        "di",
        "stampa",
        "no",
        "prelo",
        "sottoposto",
        "sottoposta",
        "submetido",
        "soumis",
        "eingereicht",
        "enviado",
        "en",
        "prensa",
        "sous",
        "presse",
        "im",
        "druck",
        "druk",
        "ingediend",
        "geaccepteerd",
        "te",
        "verschijnen",
        "voorbereiding",
        "inskickad",
        "accepterad",
        "accepteret",
        "akseptert",
        "akzeptiert",
        "kabul",
        "w",
        "druku",
        "edildi",
        "hakem",
        "değerlendirmesinde",
        "indsendt",
        "innsendt",
        "utgivning",
        "udgivelse",
        "publisering",
        "v",
        "tisku",
        "tlači",
        "recenzním",
        "řízení",
        "в",
        "печати",
        "benyújtva",
        "megjelenés",
        "alatt",
        "elfogadva",
        "diterima",
        "dalam",
        "proses",
        "em",
        "revisão",
        "submetido",
        "submetida",
        "đã",
        "đang",
        "được",
        "chấp",
        "nhận",
        "đăng",
        "phản",
        "biện",
        "gửi",
    ]
)


def _enclosing_bracket(text: str, a: int, b: int) -> Range | None:
    """The bracket around text[a:b] when it holds nothing but status words."""
    lo = max(text.rfind("(", 0, a), text.rfind("[", 0, a))
    if lo < 0 or a - lo > 40:
        return None
    close = {"(": ")", "[": "]"}[text[lo]]
    hi = text.find(close, b)
    if hi < 0 or hi - b > 40:
        return None
    inner = text[lo + 1 : hi]
    if re.search(r"\d", inner):
        return None  # "(forthcoming 2025)": the year stays to be read
    # (the status itself may be a word of no list: "(投稿中)")
    words = re.findall(r"[^\W\d_]+", (text[lo + 1 : a] + " " + text[b:hi]).lower())
    return (lo, hi + 1) if all(w in STATUS_WORDS for w in words) else None


# An italic run right after "In", "In: Smith J, eds." or "In J. Smith (Ed.)," is the book
# the entry appeared in, not the entry's title.
# editors between a title sentence and the italic book ("Title. A B, eds. *Book*"); an
# edited book opens with its editors ("A B, eds. *Book*": the italic run is the title)
EDS_BEFORE = re.compile(r"[.?!][*_”\"]*\s+[A-Z][^.;()]{2,200}?,?\s[Ee]ds?\.,?\s*[*_]*$")
IN_CONTAINER = re.compile(
    # (Danish and Norwegian APA: "I A. K. Brandt, & P. Holm (red.), *Book*")
    r"(?:^|[\s.,;])(?:In|En|Em|Dans|İçinde|Dalam|Teoksessa|Στο|(?-i:I|W)(?=:)|(?-i:I(?=\s+[A-ZÆØÅ]\.)))\s?:?\s+"
    r"(?:[^()]{0,150}?(?:\(\s*(?:eds?|hg|hrsg|dir|coords?|orgs?|red|szerk|toim|επιμ)\.?\s*\)|\beds?\.|\beditors?\.?)[\s,.:]*)?$",
    re.I,
)


# "Review of *Book*", and statisticians' "Discussion of “Paper” by A and B", "Comment on":
# the quoted or italic work is part of the title
REVIEW_OF = re.compile(
    r"(?i)\b(?:(?:book\s+)?review\s+of|discussion\s+of|comments?\s+on|rejoinder\s+to|reply\s+to"
    r"|re(?=\s*:))"  # a letter to the editor: 'Re: "Title of the article"'
    # linguists name the book's author first: "Review of Tomás Quiroga, *Mood across
    # Romance*", "Review of Anneliese Brandt (ed.), *Hearsay*"
    r"(?:\s+(?-i:[A-Z])[\w.'’\-]*(?:\s+[\w.'’\-]+){0,4}(?:\s*\(eds?\.\))?,)?"
    r":?\s*[“\"*]*\s*$"
)


# "*Book*, by Marisol Cárdenas Vidal. *Journal*": the reviewed book's author (see REVIEW_OF)
REVIEWED_BY = re.compile(
    r"[*_]*,\s+(?:edited\s+by|by)\s+(?-i:[A-Z])(?:[^.;()*]|(?<=\b[A-Z])\.){2,120}(?=\.\s)"
)


# after an italic journal: its volume ("*J Clin*, 184(2)") or AMA's ". 2022;23(5)"
# Where a work under review or accepted is sent: the italic run after it is a venue.
SUBMITTED_TO = re.compile(
    r"(?i)\b(?:(?:re)?submitted|under\s+review|accepted|forthcoming|to\s+appear|"
    r"revise\s+(?:and|&)\s+resubmit|r&r)(?:\s+(?:to|at|in|for|with)|,)\s*[*_]*$"
)
ITALIC_VOLUME_END = re.compile(r"[A-Za-z.)][^,]{0,120},\s*\d{1,4}[\s*_]*$")
JOURNAL_VOLUME_AFTER = re.compile(
    # linguists' "*Journal* 12. 412–440": a volume, then the pages as a sentence
    # (or IEEE's "*Journal*, vol. 36")
    # (AMS's bold volume: "*C. R. Math. Acad. Sci. Paris* **357** (2019)")
    r"[\s*_]*,?\s*(?:vol\.\s*)?\d{1,4}[*_]*\s*[(,:.]|[\s*_]*\d{1,4}\.\s+e?\d+\s*[-–]|[\s*_]*\.\s*(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;"
    # (APA's magazine or newsletter: "Title. *Newsletter of X*, 14–16.": pages alone end it)
    r"|[\s*_]*,\s*\d{1,5}\s*[-–]\s*\d{1,5}[\s.]*$"
)


AWARD_WORD = re.compile(
    r"(?i)\b(?:award|prize|finalist|winner|honou?rable\s+mention|nominee|nominated)\b"
)


def _names_before_title(text: str, a: int) -> bool:
    """ "Okafor CN, Haddad R. Title. *Venue*": names, then the sentence before ``a``."""
    head = text[:a].rstrip(' *_“"')
    if not head.endswith((".", "?", "!")):
        return False
    start = max(head.rfind(". ", 0, len(head) - 1), head.rfind("? "), head.rfind("! "))
    return start > 0 and _names_segment(head[:start].strip(" -*•"))


def _sentence_before(text: str, a: int) -> bool:
    """A sentence of three or more words ends right before ``a`` ("... prevalence. *J*")."""
    before = text[max(0, a - 300) : a]
    # an initialism inside the sentence ends none: "A survey of U.S. public librarians."
    before = INNER_INITIALISM.sub(lambda m: "X" * len(m.group(0)), before)
    # (Pure's APA puts its period after a question: "... fortælle os?. *Ugeskrift*")
    m = re.search(r"([^.?!]{12,})(?:[.?!]|[?!]\.)\s*[*_“\"]*$", before)
    return bool(m) and len(m.group(1).split()) >= 3


TRANSLATED_BY = re.compile(
    r"(?<=[.”\"’]\s)(Translated\s+(?:(?:and\s+)?(?:with\s+)?(?:an?\s+)?"
    r"(?:introduction|notes|commentary|afterword|edited)(?:,?\s+(?:and\s+)?(?:an?\s+)?"
    r"(?:notes|commentary|introduction|afterword))*\s+)?by\s+[A-Z][^.]{1,80}?(?:\s[A-Z]\.[^.]{1,40}?)?)\.(?=\s|$)"
)
REPRINTED_AT_END = re.compile(r"(?<=[.;]\s)(Reprinted\s+in\s.{3,300}?)\.?\s*$")
PUBLISHED_ON = re.compile(
    r"(?<=\.\s)((?:Article\s+)?[Pp]ublished\s+(?:online\s+)?(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)\.?"
)
# "Review of *Memoria*, directed by A. Weerasethakul", "Review of X, by Rebecca J. Goh"
REVIEWED_WORK_TEXT = (
    r"(Review\s+of\s+[^.]{2,200}?(?:,\s*(?:(?:directed|edited|written|translated)\s+)?by\s+"
    r"[^.]{2,100}?(?:\s[A-Z]\.[^.]{0,60}?)?)?)\.\s+"
)
REVIEWED_WORK = re.compile(rf"(?i:{REVIEWED_WORK_TEXT})")
LINER_NOTES = re.compile(r"(?i)(?:liner|program|programme|sleeve|album)\s+notes\s+(?:for|to)\b")
# APA's descriptions of works: "[Data set]", "[Computer software]", "[White paper]"
APA_KINDS = (
    r"(?i:data\s*set|computer\s+software|software|computer\s+program|code|white\s+paper|"
    r"policy\s+brief|research\s+brief|fact\s+sheet|technical\s+report|report|brochure|"
    r"podcast(?:\s+episode)?|video|infographic|blog\s+post|audio\s+podcast|industry\s+report|"
    r"research\s+report|case\s+study)"
)
APA_DESCRIPTION = re.compile(rf"^\[{APA_KINDS}\]\s*\.?\s*")
# ... after the title, with a version: "Title (Version 1.2) [Data set]"
APA_TITLE_DESCRIPTION = re.compile(
    rf"\s*(\((?:Version|Ver\.|v\.?)\s*\d[\w.\-]*\))?\s*(\[{APA_KINDS}\])?\s*\.?$"
)
APA_THESIS_AFTER_TITLE = re.compile(
    r"\s*\((?i:doctoral\s+dissertation|ph\.?\s?d\.?\s+(?:thesis|dissertation)|master'?s\s+thesis"
    r"|unpublished\s+(?:doctoral\s+dissertation|master'?s\s+thesis))\)\s*\.?$"
)
AWARD_HINT = re.compile(r"(?i)award|mention|runner|nomin")
CLOSING_AWARDS = {
    "Best Student Paper Award",
    "Best Paper Award Runner-Up",
    "Best Paper Award Nominee",
    "Outstanding Paper Award",
    "Honorable Mention",
}
COMMA_YEAR_COMMA = re.compile(r",\s*(?:19|20)\d\d,")
DAY_RANGE = re.compile(r"\d\s*[-–]\s*(?:[A-Za-z]{3,9}\.?\s+)?\d{1,2},?\s+(?:19|20)\d\d")
EVENT_DAYS = re.compile(
    # (not NLM's "; September 8-10, 2016; Göteborg, Sweden.": read with its place below)
    r"(?<![\w.])(?<!;\s)(?<!;)(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+\d{1,2}"
    r"\s*[-–]\s*(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2},?\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)
# "ORNL/TM-2021/1234", "NUREG/CR-7289", "INL/EXT-23-71234", "SAND2021-1234": letters, then
# parts joined by slashes or hyphens, with a digit
LEADING_REPORT_NUMBER = re.compile(
    r"((?=[A-Z]{2,})[A-Z0-9]+(?:(?:[/-]|–)[A-Z0-9.]+)+(?<=\d)|[A-Z]{2,}\d{4}-\d+),\s+"
)
INNER_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+[a-z])")


STATUS_ONLY = re.compile(
    r"(?i)\s*(?:under\s+(?:submission|review)|submitted|in\s+(?:preparation|press|submission)|"
    r"to\s+appear|forthcoming|accepted|preprint|working\s+paper|(?:major|minor)\s+revisions?|"
    r"revise\s+(?:and|&)\s+resubmit|r\s?&\s?r|"
    r"stage\s*1\s+in[-\s]principle\s+acceptance)\b[\w\s.]{0,30}"
)


# Chinese national standard GB/T 7714: "Title[J]. Journal, 2021, 22(3): 1-15.",
# "Title[C]//Proceedings of X. Place: Publisher, 2021: 1-10.", "[D]" thesis, "[M]" book
GBT_MARKER = re.compile(r"(?<=\S)\s?\[(J|C|D|M|R|P|N|S|Z|A|G|EB/OL|[JCMDR]/OL)\]\s*(?://|\.)?")
GBT_TYPES = {
    "J": "article",
    "C": "inproceedings",
    "A": "incollection",  # an article in a collection
    "D": "phdthesis",
    "M": "book",
    "R": "techreport",
    "P": "misc",  # patent
    "S": "misc",  # standard
    "N": "article",  # newspaper
    "G": "book",  # collection
    "Z": "misc",
}


def _gbt_marker(st: _State) -> None:
    m = GBT_MARKER.search(st.w.text) if "[" in st.entry.text else None
    if not m:
        return
    st.gbt_type = GBT_TYPES.get(m.group(1).split("/")[0], "misc")
    if "//" in m.group(0) and st.gbt_type == "book":
        st.gbt_type = "incollection"  # "Title[M]//Eds, eds. Book": a part of the book
    # the marker ends the title: a sentence end in its place
    st.w.consume(m.start(), m.end())
    st.w.put(m.start(), ". ")


# after a GB/T 7714 "//": "Zhang Y, Kumar A, eds. Book." / "陈伟, 主编. 书名." (the editors
# and the book), and the proceedings' place before the year: "Proceedings. Knoxville, 2022: 88"
GBT_EDITED_BOOK = re.compile(
    r"(?<=\.)\s+(?P<eds>[^.;:]{2,200}?)\s*[,，]\s*(?:eds?\.|主编|编)\s*[.,，]?\s*"
    r"(?P<book>[^.]{3,200}?)\s*\."
)
GBT_IMPRINT = re.compile(
    r"(?:(?P<edition>\d{1,2})\s*版\.?\s*)?(?P<place>[^.,:：;()]{1,30})\s*[:：]\s*(?P<publisher>[^.:：;]{2,80})"
)
GBT_MEETING_IMPRINT = re.compile(
    r"\.\s+(?P<place>[A-Z][^.:;()\d]{1,50}?)(?::\s*(?P<publisher>[^.:;()\d]{2,50}?))?[\s,.:]*$"
)
GBT_PAGES = re.compile(r"\s*[:：]\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\s*\.?\s*$")


def family_first(person: Person) -> Person:
    """GB/T 7714 writes every name family first: "Wang Xiaoming" is Wang's (a name read as
    given-first, "Xiaoming" the family, comes back the right way round)."""
    given, family = person.given, person.family
    if (
        " " not in given
        and given.lower() in CHINESE_SURNAMES
        and family.lower() not in CHINESE_SURNAMES
        and re.fullmatch(r"[A-Z][a-z]{2,}(?:-?[a-z]+)?", family)
    ):
        return Person(family=given, given=family)
    return person


CHINESE_SURNAMES = word_set("chinese_surnames.txt")


def _without_glued_marks(people: list[Person]) -> list[Person]:
    """ "Boqian Wua, Qiao Xiaob": affiliation letters a, b, ... copied from superscripts onto
    pinyin family names ("Wu", "Xiao" are known family names, "Wua", "Xiaob" are not). Only a
    run of such names marked a, b, c in order counts: "Chua" or "Nie" alone is a name."""
    marked = [
        i
        for i, p in enumerate(people)
        if len(p.family) >= 3
        and p.family[-1] in "abcdef"
        and p.family[-2].islower()
        and p.family[:-1].lower() in CHINESE_SURNAMES
        and p.family.lower() not in CHINESE_SURNAMES
    ]
    marks = "".join(people[i].family[-1] for i in marked)
    if len(marked) < 2 or not "abcdef".startswith(marks):
        return people
    return [
        Person(family=p.family[:-1], given=p.given) if i in marked else p
        for i, p in enumerate(people)
    ]


def _gbt_container(st: _State, info: _VenueInfo) -> None:
    ed = GBT_EDITED_BOOK.search(st.w.text)
    if ed and _names_segment(ed["eds"]):
        info.editors = [n.person for n in split_names(ed["eds"])[0]]
        info.booktitle = _clean(ed["book"])
        st.w.consume(ed.start(), ed.end())


# APA: '"I can't switch off": A qualitative study of bedtime worry.' — a quoted phrase
# opening a title, its subtitle after the colon.
QUOTE_THEN_COLON = re.compile(r"[”\"’']?\s*:\s+(?=[A-Z])")


def _quote_then_subtitle(text: str, a: int, b: int) -> int:
    """The end of a title that opens with the quote text[a:b], or b if the quote is all."""
    colon = QUOTE_THEN_COLON.match(text, b)
    if not colon:
        return b
    ends = [e for e in _boundaries(text, colon.end(), len(text)) if e > colon.end()]
    end = ends[0] if ends else len(text)
    sub = text[colon.end() : end]
    if any(q in sub for q in '“”"') or _venue_like(sub, strict=True) or _names_segment(sub):
        return b
    return end


def _italic_sentence(st: _State, a: int, b: int) -> bool:
    """Is the sentence text[a:b] (its words, not its punctuation) in italics?"""
    seg = st.entry.text[a:b]
    lead = len(seg) - len(seg.lstrip(" *_"))
    core = seg.strip(" .,;*_")
    if not core:
        return False
    start = a + lead
    return any(x <= start and start + len(core) <= y for x, y in st.entry.italic)


def _without_links(tail: str) -> str:
    """The end of an entry without the URLs and DOIs it closes with."""
    return re.sub(r"(?:\s*(?:https?://\S+|doi:\s*\S+))+\s*$", "", tail).rstrip()


LEADING_NUMBER = re.compile(r"\s*\d{1,3}[.)]\s+(?=[A-Z\"“‘'*])")
AWARD_REMARK = re.compile(r"(?i)\s*(?:winner|recipient|finalist|awarded|honou?rable\s+mention)\b")


BARE_YEAR_SENTENCE = re.compile(
    r"[.,]\s+(?:(?:19|20)\d\d[a-z]?|(?i:to\s+appear|forthcoming|in\s+press))\.\s+\S"
)


INITIALISM_END = re.compile(r"(?:\b[A-Z]\.){2,}[”\"’']*$")


def _without_final_period(s: str) -> str:
    """A title without its closing period, but not an initialism's ("... in the U.S.")."""
    if s.endswith(("?", "!", "...")) or INITIALISM_END.search(s):
        return s
    return s.rstrip(" .")


def _editors_first(text: str, a: int) -> bool:
    """The entry opens with its editors: "Beltrán Ortega, Lucía, and T. R. Kessler, eds." """
    head = re.sub(r",?\s[Ee]ds?\.,?[\s*_]*$", "", text[:a])
    return head != text[:a] and _names_segment(head.strip(" ,-*•"))


# Chicago's unsigned book review in plain text: "Review of Title, by A. Author. Journal 29,
# no. 4 (2022)" (an italic or quoted book is found with its title, by REVIEW_OF)
REVIEW_OF_START = re.compile(rf"\s*{REVIEWED_WORK_TEXT}(?=[A-Z])")


# APA 7: "Title [Review of the book *Book*, by A. Author]. *Journal*" or, untitled,
# "(2023). [Review of the book *Book*, by A. Author]. *Journal*"
REVIEW_BRACKET = re.compile(r"\[\s*(Review\s+of\s+(?:the\s+)?[^\[\]]{3,250}?)\s*\]\.?")


def _review_bracket(st: _State) -> None:
    """APA's bracketed description of a review: the title when the review has none, else a
    remark after its title."""
    m = REVIEW_BRACKET.search(st.w.text) if "Review" in st.w.text else None
    if m is None:
        return
    before = st.w.text[: m.start()]
    if P.APA_YEAR.search(before) and re.search(r"\)[.:]?\s*$", before):
        _take_title(st, m.start(1), m.end(1))
    else:
        st.extra.append(_clean(m.group(1)))
    st.w.consume(m.start(), m.end())


def _review_of_title(st: _State) -> None:
    """An entry that opens "Review of ..., by ...": the review's title, whoever wrote it."""
    m = REVIEW_OF_START.match(st.w.text) if not st.title_range else None
    if m:
        _take_title(st, m.start(1), m.end(1))
        st.w.consume(m.start(1), m.end(1) + 1)


IMPRINT_AFTER = re.compile(
    r"[\s.*_]*(?:\([^()]{1,30}\)\s*)?\.\s*[A-Z][\w .,'’\-]{1,40}:\s*[^,.;:]{2,80},\s*"
    r"(?:(?:19|20)\d\d|forthcoming|in\s+press)"
)
ELSEVIER_AFTER_YEAR = re.compile(
    r"(?<=[A-Za-z.])\s+(?P<volume>\d{1,4})\s*\((?P<issue>\d{1,4}(?:[-–]\d{1,4})?)\)\s*\(\s*\)\s*"
    r"(?P<first>e?\d{1,9})(?:\s*[-–]\s*(?P<last>\d{1,9}))?(?=[\s.,;]|$)"
)
_IEEE_EDITOR = r"(?:[A-Z]\.[\s-]?){1,3}\s?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
IEEE_BOOK_EDITORS = re.compile(
    rf"(?P<book>.{{4,}}?),\s+(?P<eds>{_IEEE_EDITOR}(?:(?:,\s+|,?\s+and\s+){_IEEE_EDITOR})*"
    r"(?:,?\s+et\s+al\.)?),?\s+Eds?\.?"
)
TITLE_PAGES_END = re.compile(r",\s*pp?\.\s*\d{1,5}\s*[-–]\s*\d{1,5}\.?\s*$")
# the next of several quoted titles: '"Field Notes" and "Lantern Hour," *Crazyhorse* 91'
MORE_QUOTED = re.compile(r"(?:,?[”\"]|[”\"],?)\s*(?:and\s+)?[“\"]([^“”\"]{2,200}?)(?=,?[”\"])")


def _quoted_head_title(st: _State) -> None:
    """APA's '(2023). "It is like having someone there": relatives' experiences of ...
    *BMC Geriatrics*': a quotation opens the title, whose subtitle runs on to the journal."""
    if not st.title_range:
        return
    a, b = st.title_range
    text = st.entry.text
    if not (
        text[a - 1 : a] in '“"'
        and re.match(r"[”\"]:\s+\S", text[b : b + 4])
        and re.search(r"\)\.\s*$", text[: a - 1])
    ):
        return
    venue = next((x for x, _ in st.entry.italic if x > b), None)
    if venue is None:
        return
    end = len(text[:venue].rstrip(" .,*_"))
    if end - b < 8 or re.search(r"\.\s", text[b:end]):
        return  # (one sentence to the journal, no more)
    st.title = _clean(text[a - 1 : end])
    st.title_range = (a - 1, end)
    st.spans = [sp if sp.field != "title" else Span("title", a - 1, end) for sp in st.spans]
    st.w.consume(a - 1, end)


def _more_quoted_titles(st: _State) -> None:
    """Poems published together, each title in its own quotes ('"A" and "B," *Poetry*'):
    one entry, its title the run of them as printed."""
    if not st.title_range or st.entry.text[st.title_range[0] - 1 : st.title_range[0]] not in '“"':
        return
    a, b = st.title_range
    end = b
    while m := MORE_QUOTED.match(st.entry.text, end):
        end = m.end(1)
    if end > b:
        st.title = _clean(st.entry.text[a:end])
        st.title_range = (a, end)
        st.spans = [sp if sp.field != "title" else Span("title", a, end) for sp in st.spans]
        close = re.match(r",?[”\"]", st.entry.text[end:])
        st.w.consume(a, end + (close.end() if close else 0))


def _take_title(st: _State, a: int, b: int) -> None:
    st.title = _clean(st.w.text[a:b])
    st.title_range = (a, b)
    st.span("title", a, b)


# ’ inside a word ("won’t") or after a plural before the next word ("players’ perceptions")
INNER_APOSTROPHE = re.compile(r"’(?=[^\W\d_])|(?<=s)’(?=\s+[a-z])")
NO_DATE_SLOT = re.compile(r"(?<=\.\s)n\.\s?d\.(?=\s+[A-Z“\"‘*_])")
AMS_CONFERENCE_TAIL = re.compile(
    r",\s*(?P<place>[A-Z][\w .'’\-]+,\s*[A-Z]{2}|[Vv]irtual|[A-Z][\w .'’\-]+,\s*[A-Z][\w .\-]+),\s*"
    r"(?P<publisher>Amer\.\s*Meteor\.\s*Soc\.|American\s+Meteorological\s+Society)"
    r"(?:,\s*(?P<number>[A-Z]{0,2}\d{1,3}[A-Z]?\.\d{1,3}[A-Z]?))?[.,\s]*$"
)
AMS_YEAR_COLON = re.compile(r",\s*(?:19|20)\d\d[a-z]?:\s")
EDS_AFTER_ITALIC_BOOK = re.compile(r"[*_]*,\s[^.;]{0,120}?\bEds?\.")
# AMS's conference volumes: "Preprints, *31st Conf. on Hurricanes*", "Extended Abstracts,
# *35th Conf. on Radar Meteorology*" (the kind of volume, no preprint server)
AMS_VOLUME_KIND = re.compile(
    r"(?:(?<=\.\s)|^)(?:Preprints|Extended\s+Abstracts|Abstracts),\s+(?=[*_]*\d+(?:st|nd|rd|th)\s)"
)
# what follows a name in an author list: another name, or the year
NAMES_GO_ON = re.compile(r"[\s*_.]*(?:,|;|\band\b|&|\(?(?:19|20)\d\d\b|in\s+press\b)", re.I)


VANCOUVER_YEAR_VOLUME = re.compile(r"[\s*_.,]*(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}\.?)?\s*;\s*\d")


def _venue_then_title(target: str) -> int | None:
    """Where a venue's name of one to three words ends, when a title of its own follows
    ("ApJ Tidal Disruption Events in the First Year ..."), or None."""
    words = target.split()
    if len(words) < 6:
        return None
    for k in (1, 2, 3):
        head = " ".join(words[:k])
        if venues.lookup(head, fuzzy=False) and words[k][:1].isupper():
            return len(head)
    return None


DOUBLED_STOP = re.compile(r"(?<=\b[A-Z]\.)\.\s+")  # (up to what follows it)
# (the remark's bracket still open before a quotation in it)
REMARK_PAREN_OPEN = re.compile(rf"(?i)\(\s*(?:{REMARK_WORDS}|see|cf\.)\b[^()]*$")


def _quoted_or_italic_title(st: _State) -> None:
    if st.title_range:
        return  # an untitled review's description is its title
    text = st.w.text
    cands: list[tuple[int, int, str]] = []
    for op, cl in QUOTES:
        start = 0
        while True:
            a = text.find(op, start)
            if a < 0:
                break
            b = text.find(cl, a + len(op))
            if op == "‘":
                # an apostrophe inside a title in single quotes is no closing quote:
                # ‘Why GPS data alone won’t stop’, ‘Coaches’ and players’ views’
                while b >= 0 and INNER_APOSTROPHE.match(text, b):
                    b = text.find(cl, b + 1)
            if b < 0:
                break
            inner = text[a + len(op) : b]
            # scare quotes inside a title sentence: 'Does the “bilingual advantage” survive?'
            # (or after a name: 'nach EuGH „Österreichische Post“', German quotes)
            scare = len(inner.split()) <= 3 and re.search(
                r"\b[a-z]{2,}\s+$" if op != "„" else r"\b\w{2,}\s+$", text[max(0, a - 30) : a]
            )
            # ... or opening it: "«Fare comunità» nei quartieri popolari: ..." (the title
            # sentence goes on in lower case after the closing quote)
            scare = scare or (
                len(inner.split()) <= 4 and QUOTE_GOES_ON.match(text, b + len(cl)) is not None
            )
            # a remark's quotation: '(Also available in Spanish as "Uso de ...")'
            remark = REMARK_PAREN_OPEN.search(text, max(0, a - 200), a)
            if (
                not scare
                and not remark
                and (
                    (len(inner.strip()) >= 8 and len(inner.split()) >= 2)
                    or (len(inner.strip()) >= 4 and CJK_TEXT.search(inner))  # 「日本語のタイトル」
                )
            ):
                cands.append((a + len(op), b, "quote"))
            start = b + len(cl)
    # Harvard: "(2016) 'Urban heat islands and public health', Environmental Research"
    # (an apostrophe inside: "'Rural Wales after the miners' strike', in ...")
    # (or the owner's co-authors in brackets after it: "'Title' (with A. Lindqvist), *Ethics*")
    quoted = re.finditer(
        r"(?:^|(?<=[\s(.]))'([A-Z0-9](?:[^']|'(?![,.:]\s|[,.]?$|\s+\((?i:with|joint)\b)){6,}?)'"
        r"(?=[,.:]\s|[,.]?$|\s+\((?i:with|joint)\b)",
        text,
    )
    for m in quoted if "'" in text else ():
        if len(m.group(1).split()) >= 2:
            cands.append((m.start(1), m.end(1), "quote"))
    for a, b in _merge_ranges(st.entry.italic, st.entry.text):
        seg = text[a:b]
        if (
            len(seg.strip()) >= 8
            and len(seg.split()) >= 2
            and not re.fullmatch(r"\s*[(\[].*[)\]]\s*", seg)  # "(Long talk)": a remark
            and not _venue_like(seg, strict=True)
            and (
                not all(looks_like_name(p) for p in seg.split(","))
                # one "name" of five words or more is a title ("The Administrative State
                # After Loper Bright"); italic author lists have commas
                or ("," not in seg and len(seg.split()) >= 5)
                or REVIEW_OF.search(text, max(0, a - 40), a)  # "Review of *Jane Eyre*"
                # "*Moving-Target Page Tables*. M. K. Wróblewski, F. Lindahl.": the names
                # come after it
                or (not text[:a].strip(" -*•\t") and "," not in seg and _names_follow(text, b))
                # "*Lantern Hours* (chapbook). Chicago: dancing girl press, 2014.": the
                # book's imprint follows, so the words before it are its title
                or (not text[:a].strip(" -*•\t") and bool(IMPRINT_AFTER.match(text, b)))
            )
            and not IN_CONTAINER.search(text, max(0, a - 200), a)
            # a student's name in italics among the authors: "_Zhang, Y._ and Hallberg, M.T.
            # 2023. Title"
            and not (
                _names_segment(seg.strip(" ,.;*_"))
                and NAMES_GO_ON.match(text, b)
                and not P.YEAR.search(text, 0, a)
            )
            # a species or a gene inside a title sentence: "... reduce bumble bee visitation
            # to *Solanum carolinense*. Ecosphere" (a lower-case word runs into it)
            and not (
                len(seg.split()) <= 4
                and (
                    re.search(r"\b[a-z]{2,}\s+$", text[max(0, a - 30) : a])
                    # "Brewer's Sparrow (*Spizella breweri*) in Wyoming": in brackets
                    or (text[a - 1 : a] == "(" and text[b : b + 1] == ")")
                )
                and not REVIEW_OF.search(text, max(0, a - 40), a)
            )
            # INFORMS chapters (not the editors' own "A and B, eds. *Book*")
            and not (EDS_BEFORE.search(text, max(0, a - 220), a) and not _editors_first(text, a))
            and not SUBMITTED_TO.search(text, max(0, a - 40), a)  # "Submitted to *Journal*."
            # "PhD thesis, *Carnegie Mellon University*": the school that granted it
            and not THESIS_BEFORE.search(text, max(0, a - 40), a)
            # Vancouver "Title. *Annual Review of Genomics* 2021;22:271–296": the journal
            and not VANCOUVER_YEAR_VOLUME.match(text, b)
            and not STATUS_ONLY.fullmatch(seg)  # "*Under submission*, 2024"
            and not (len(seg.split()) <= 8 and _note_hits(seg))  # "*Best Poster Award*"
            # "*Recipient, 2023 Outstanding Article Award, AERA SIG*" under the entry
            and not (AWARD_REMARK.match(seg) and P.YEAR.search(text, 0, a))
            # "... 2020;41:e12. *Young Investigator Award finalist.*": a remark after the entry
            and not (
                len(seg.split()) <= 8
                and AWARD_WORD.search(seg)
                and P.YEAR.search(text, 0, a)
                and len(text[:a].split()) >= 6
            )
            # AMS (meteorology): "Names, 2024: Title. *36th Conf. on Hurricanes*, Long Beach,
            # CA": after the year's colon the title is a sentence, the italic run its venue
            and not (
                AMS_YEAR_COLON.search(text, 0, a)
                and _sentence_before(text, a)
                and not EDS_AFTER_ITALIC_BOOK.match(text, b)  # "*Book*, H. Ostrander, Eds."
            )
            # APA: "Title. *Journal of X*, 184(2), 512–534": the italic run before a volume
            # is the journal, when a sentence before it can be the title
            and not (JOURNAL_VOLUME_AFTER.match(text, b) and _sentence_before(text, a))
            # APA 7 italicises the volume with the journal: "Title. *Emotion, 20*(5), 845–857"
            and not (
                ITALIC_VOLUME_END.search(seg)
                and re.match(r"[\s*_]*[(,]", text[b:])
                and _sentence_before(text, a)
            )
            # "Names (2024). Title. *A Workshop at NeurIPS*.": an italic run ending an
            # author-year entry after its title sentence is the venue as well
            and not (
                (
                    re.fullmatch(r"[\s*_.,;]*", _without_links(text[b:]))
                    or STATUS_ONLY.fullmatch(
                        _without_links(text[b:]).lstrip(" ,.;*_")
                    )  # ", to appear."
                    or re.match(r"[\s*_.]*published\s+online\b", text[b:], re.I)  # AMA
                    # APA's online-first journal article
                    or re.match(r"[\s*_.]*advance\s+online\s+publication\b", text[b:], re.I)
                )
                and _sentence_before(text, a)
                and (
                    P.APA_YEAR.search(text, 0, a)
                    or _names_before_title(text, a)
                    # Unified Style / Chicago: "Names. 2020. Title. *Journal*.", with the
                    # year (or "To appear") a sentence of its own
                    or BARE_YEAR_SENTENCE.search(st.entry.text, 0, a)
                    # Elsevier's "Names, submitted. Title. *Journal*.": a status for the year
                    or STATUS_IN_YEAR_SLOT.search(text, 0, a)
                )
            )
        ):
            cands.append((a, b, "italic"))
    # Personal pages: "**Scaling Laws for Sparse MoE**. Kai Zhou, Priya Nair. NeurIPS 2023."
    for a, b in _merge_ranges(st.entry.bold, st.entry.text)[:1]:
        seg = text[a:b]
        # ("**Moving-Target Page Tables.** M. K. Wróblewski, F. Lindahl.": capitalised words
        # that pass for a name, but the names come after them)
        if (
            not text[:a].strip(" -*•\t")
            and len(seg.split()) >= 3
            and (
                not _names_segment(seg.strip(" .,*"))
                or (
                    seg.rstrip(" *").endswith(".")
                    and not re.search(r"\b[A-Z]\.|,|\band\b", seg)
                    and _names_follow(text, b)
                )
            )
            and not re.fullmatch(r"\s*[(\[].*[)\]]\s*", seg)
            and not _venue_like(seg, strict=True)
        ):
            cands.append((a, b, "bold"))
    # Personal pages: "[Title: Subtitle? More](https://arxiv.org/abs/...). Names. *Venue*": a
    # link opening the entry is its title
    for a, b, _url in st.entry.links[:1]:
        seg = text[a:b]
        if (
            not text[:a].strip(" -*•\t[")
            and len(seg.split()) >= 3
            and not P.LINK_WORDS.match(seg)
            and not _names_segment(seg.strip(" .,*"))
            and not _venue_like(seg, strict=True)
        ):
            cands.append((a, b, "link"))
    if not cands:
        return
    # The earliest candidate; a quote containing an italic span (“*Title*”) is the same title.
    a, b, kind = min(cands, key=lambda c: (c[0], -(c[1] - c[0])))
    opening = False  # the quote opens a longer title: it keeps its quote marks
    if kind == "quote":
        end = _quote_then_subtitle(text, a, b)
        if end != b:
            opening, b = True, end
            a = max(text.rfind(q, 0, a) for q in "“\"‘'")
    a, b = _strip_range(st.entry.text, a, b, " \t,;:*")
    # A book review is titled by its book: "Review of *Book*, by A. Author."
    rv = REVIEW_OF.search(text, 0, a)
    # at the head of the entry, or of the sentence after "Names (2022)."
    if rv and (not text[: rv.start()].strip(" -*•") or re.search(r"[.)]\s*$", text[: rv.start()])):
        # (the names may have initials: "by A. Tanaka and B. Hoyle")
        by = re.match(
            r"[”\"'*]*,?\s+(?:(?:edited|translated)\s+)?by\s+(?:[^.;()]|(?<=\b[A-Z])\.){3,120}",
            text[b:],
        )
        a, b = rv.start(), b + (by.end() if by else 0)
    elif kind == "italic" and (by := REVIEWED_BY.match(text, b)):
        # Chicago's book reviews under "Book Reviews": "*Book*, by A. Author. *Journal* 75":
        # the book and its author, then the journal in italics, title the review
        after = by.end() + 1
        if any(r[0] >= after and not text[after : r[0]].strip() for r in st.entry.italic):
            b = by.end()
    raw = st.entry.text[a:b]
    raw = _without_final_period(raw)
    inner = raw.strip(" *") if opening else raw.strip("“”\"‘’`'* ")
    if not opening and raw.lstrip('“"* ')[:1] == "‘" and inner.count("‘") < inner.count("’"):
        inner = "‘" + inner  # “‘A True Account’: Auditors”: the inner quote opens the title
    elif not opening and raw.lstrip('“"* ')[:1] == "'" and inner.count("'") % 2:
        inner = "'" + inner  # "'Nobody Here Is Acting': Performers" in straight quotes
    if inner.count("“") > inner.count("”"):
        inner += "”"  # 'Comment on “Random projections”': the quote closes the title
    elif inner.count("”") > inner.count("“") and raw.lstrip(" *").startswith("“"):
        inner = "“" + inner  # '“Doing My Own Research”: Epistemic ...': it opens the title
    elif inner.count('"') % 2:
        # 'Re: "Test-negative designs"' in straight quotes (or '"Doing My Own Research": ...')
        inner = (
            '"' + inner
            if raw.lstrip(" *").startswith('"') and not inner.endswith('"')
            else inner + '"'
        )
    title = _clean(inner)
    title, translated = _split_translation(title)
    if translated:
        st.extra.append(f"Translated title: {translated}")
    st.title = title
    st.title_range = (a, a + len(raw))
    st.span("title", a, a + len(raw))
    # the quotes and emphasis marks around the title go with it
    lo, hi = a, a + len(raw)
    while lo > 0 and text[lo - 1] in " *“\"‘`'„«「":
        lo -= 1
    while hi < len(text) and text[hi] in " *”\"’'».,」":
        hi += 1
    st.w.consume(lo, hi)


def _merge_ranges(ranges: tuple[Range, ...], text: str) -> list[Range]:
    """Join style ranges separated only by spaces (one italic title split by markup)."""
    out: list[Range] = []
    for a, b in sorted(ranges):
        if out and not text[out[-1][1] : a].strip():
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=65536)
def _venue_like(seg: str, strict: bool = False) -> bool:
    s = seg.strip(" ,.;:()")
    if s.count("(") > s.count(")"):
        s += ")"  # "Language 95(2)." keeps the bracket its issue closes
    if not s:
        return False
    # (a meeting abstract's number: "Program No. 512.07", "Abstract No. 123"; pages before
    # the book: "p. 88–95. In: Proceedings"; a thesis: "Ph.D. diss. Univ. of Wisconsin")
    if re.match(
        r"(?i)in\s*:?\s+\S|proc\.?\s|proceedings\b|(?:program|abstract)\s+no\.|pp?\.\s*\d"
        r"|(?:ph\.?\s?d\.?|m\.?\s?s\.?|m\.?\s?a\.?|doctoral|master'?s)\s*(?:diss|thesis|dissertation)\b",
        s,
    ):
        return True
    if venues.lookup(s, fuzzy=False):
        return True
    head = re.split(r",|\s\(", s)[0]
    if head and venues.lookup(head, fuzzy=False):
        return True
    if strict:
        return bool(
            re.search(
                r"(?i)\b(conference|journal|transactions|symposium|workshop|proceedings|letters|"
                # (and the word for a journal in the Nordic languages, German and Dutch:
                # "*Socialmedicinsk tidskrift*", "*Zeitschrift für Soziologie*")
                r"\w*tid(?:s)?skrift|zeitschrift|tijdschrift|aikakauskirja|"
                r"advances in|frontiers in|arxiv|preprint|findings of|annual meeting|"
                r"meeting of the|congress (?:of|on))\b",
                s,
            )
            # "OHBM 2022": a meeting's acronym and its year
            or re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\s+(?:19|20)\d\d", s) is not None
        ) and not re.search(r"[:?!]", s)
    if P.VENUE_WORDS.search(s) or _numbered(s):
        return True
    return bool(venues.find_acronyms(s))


def _numbered(s: str) -> bool:
    """A year, a volume with its issue, or a page range: the publication part's numbers."""
    return bool(P.YEAR.search(s) or P.VOLUME_ISSUE.search(s) or re.search(r"\d+\s*[-–]\s*\d+", s))


# -- segmentation without quotes or italics ------------------------------------------------


# Chicago's lone author, "Family, Given M." at the head of an entry: its middle initial
# ends the name list.
CHICAGO_HEAD = re.compile(r"\s*[A-Z][\w'’\-]+,\s+[A-Z][a-z][\w'’\-]*(?:\s+[A-Z]\.)*\s+[A-Z]$")


# The last name of an ACS list: "; Holloway, R. J." (the period after it ends the list)
ACS_LAST = re.compile(
    r";\s*[A-Z][\w'’\-]+(?:\s+[\w'’\-]+){0,2},\s*(?:[A-Z]\.\s?-?\s?){1,3}[*†‡#]*$"
)
DEGREES = frozenset(
    ["ph.d", "d.phil", "m.phil", "m.sc", "b.sc", "m.a", "b.a", "m.s", "b.s", "ed.d"]
)


def _is_mark(ch: str) -> bool:
    return "\u0e31" <= ch <= "\u0e4e" or "\u0900" <= ch <= "\u094f"


def _last_word(text: str, lo: int, end: int) -> str:
    """The word ending at ``end`` (letters, digits, "." and "-"; a possessive "'s" with it).

    A loop, not a regex anchored at the end: such a regex tries every start position.
    """
    stop = end - 2 if text[max(lo, end - 2) : end] in ("'s", "’s") else end
    i = stop
    # (with the vowel and tone marks of Thai and Devanagari: "อัลตราโซนิก" is one word)
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_.-" or _is_mark(text[i - 1])):
        i -= 1
    if i == stop:  # no word before a possessive: the "s" alone, as the pattern read it
        i, stop = (end - 1, end) if stop != end else (end, end)
    return text[i:end] if i < stop else text[i:stop]


def _boundaries(text: str, lo: int, hi: int) -> list[int]:
    """Offsets just after sentence-ending punctuation in text[lo:hi]."""
    out = []
    for m in re.finditer(
        # a sentence starts with a capital, a digit, or a camel-case name ("arXiv",
        # "bioRxiv", "eLife", "iScience")
        # ("Kowalczyk, M.* Title": a mark after the period)
        # (Hebrew, Arabic, Thai and Devanagari have no capitals: any of their letters may
        # start a sentence)
        r"([.?!])[*†‡#]*[\"”’']?(\s+)(?=[\"“‘'(\[«]?(?:[A-Z0-9\u00c0-\u024f\u0391-\u03a9\u0400-\u042f\u05d0-\u05ea\u0620-\u064a\u0e01-\u0e2e\u0e40-\u0e44\u0904-\u0939\u3400-\u9fff\uac00-\ud7a3]|[a-z]{1,4}[A-Z]|pp?\.\s?\d"
        # a name's particle: "... Refinement. van der Zwaan, J."
        r"|(?:van|von|de|der|den|del|della|di|du|da|dos|le|la|ten|ter|zu)\s+(?:[a-z]{1,3}\s+)?[A-Z]))",
        text[lo:hi],
    ):
        end = lo + m.start() + 1
        if m.group(1) == ".":
            word = _last_word(text, lo, end - 1)  # "krimpregio's."
            w = word.lower()
            # ("D.A." written without a space is initials too)
            initials = (
                len(w) == 1
                or re.fullmatch(r"[A-Z]{2,3}", word)
                or re.fullmatch(r"(?:[A-Z]\.-?)+[A-Z]", word)  # "S.-Y." too
            )
            if initials and _vancouver_end(text, lo + m.start(), lo + m.end(), hi):
                pass  # "Brown C. Deep phenotyping", "Smith JR. Title": the list ends here
            elif w == "ed" and text[lo : end - 1].endswith(", ed"):
                pass  # "Lowenthal, Beatrix A., ed. Coin and Conscience": an editor's role
            elif initials and CHICAGO_HEAD.match(text, lo, end - 1):
                pass  # "Lowenthal, Beatrix A. Salt, Silver, and Sovereignty": one author
            elif (
                initials
                and ";" in text[lo:end]
                and ACS_LAST.search(text, lo, end)
                and not re.match(r"[A-Z]\.|[\w'’\-]+,\s*[A-Z]\.", text[lo + m.end() : hi])
            ):
                pass  # ACS "Park, J.; Holloway, R. J. Structural ...": the list ends here
            elif (
                len(w) == 1
                and re.match(r"In:?\s", text[lo + m.end() : hi])
                and re.search(r"\b[a-z]{2,}\s+[A-Z]$", text[lo : end - 1])
            ):
                pass  # "... as a probe on C. In Proceedings of": a title's last letter
            elif (
                len(w) == 1
                and re.search(r"\b(?!and\b)[a-z]{3,}\s+[A-Z]$", text[lo : end - 1])
                and JOURNAL_WITH_VOLUME.match(text, lo + m.end(), hi)
            ):
                pass  # "... chronic hepatitis B. Hepatology, 73(5)": a journal follows
            elif (
                len(w) == 1
                or w in P.ABBREVIATIONS
                or re.fullmatch(r"(?:[a-zA-Z]\.)+[a-zA-Z]", word)  # "e.g.", "D.A."
                # "and J.-P. Lefèvre (in press)": hyphenated initials before a family name
                # (after "Chou, M.-L." a title follows: the list ends there)
                or (
                    re.fullmatch(r"(?:[a-z]\.-)+[a-z]", w)
                    and re.match(
                        r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s*(?:[,(*†]|and\s|&)",
                        text[lo + m.end() : hi],
                    )
                )
                or w in DEGREES  # "Ph.D. Dissertation"
                # "Acta Cryst. E77, 884–887": a section letter and its volume
                or re.match(r"[A-Z]\d{1,4},\s", text[lo + m.end() : hi])
            ):
                # "J.", "Proc.", "e.g." do not end a sentence ("et al." is the caller's)
                continue
        out.append(lo + m.end())
    # "Smith, A. (2021) Title", "(2023, March 14).": a parenthesised year (or date) closes
    # the author list.
    for m in re.finditer(
        # ("(submitted, 2024)" once its status is read: "(          , 2024)")
        r"\((?:\s*,)?\s*(?:19|20)\d\d[a-z+]?(?:,\s*[^()]{1,25})?\)[.:]?\s+(?=\S)",
        text[lo:hi],
    ):
        out.append(lo + m.end())
    # A gap left by a consumed piece (status, identifier, note) also ends a segment.
    for m in re.finditer(r"(?<=[^\s,;(\[])[.,;]?\s{3,}(?=[,;.]*\s*\S)", text[lo:hi]):
        out.append(lo + m.end())
    return sorted(set(out))


def _title_case_tail(title: str, tail: str) -> bool:
    """Is ``tail``, the last sentence after a title in sentence case, a name in title case
    ("Mens en Maatschappij", "Sociale Vraagstukken"): a journal or publisher, not a subtitle?"""
    words = re.findall(r"[^\W\d_]+", tail)
    big = [w for w in words if len(w) >= 4]
    if not big or len(words) > 8 or not all(w[0].isupper() for w in big):
        return False
    title_big = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) >= 4]
    return sum(1 for w in title_big[1:] if w[0].islower()) >= 2


_UP = P.LATIN_UPPER
INITIALS_FIRST_START = re.compile(
    rf"\s*(?:[{_UP}]\.\s?-?){{1,3}}\s?[{_UP}][\w'’\-]+(?:\s[{_UP}][\w'’\-]+)?[*†‡#]*\s*(?:,|and\s)"
)  # ("S. Ní Dhomhnaill, ...": a family name of two words)
NAME_GOES_ON = re.compile(rf"[{_UP}][\w'’\-]+[*†‡#]*\s*(?:,|\band\b|&)")
INITIALS_FIRST_BEFORE = re.compile(
    rf"(?:^|,\s*)(?:[{_UP}]\.\s?-?){{1,3}}\s?[{_UP}][\w'’\-]+[*†‡#]*\s*,\s*$"
)


# Names written "Family I. I." (Russian and East European lists), up to the last initial
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"
FAMILY_DOTTED_INITIALS = re.compile(
    rf"\s*(?:[{_CAP}][\w'’\-]+\s+(?:[{_CAP}]\.\s?){{1,3}},\s*)*[{_CAP}][\w'’\-]+\s+(?:[{_CAP}]\.\s?){{1,2}}"
)


def _vancouver_end(text: str, dot: int, after: int, hi: int) -> bool:
    """Is the period at ``dot`` (after a lone initial) the end of a Vancouver author list?

    "Doe J, Brown C. Deep phenotyping" ends there; "Lawrence F. Katz" and "J. Smith" do not.
    """
    before = text[max(0, dot - 40) : dot - 1]
    if FAMILY_DOTTED_INITIALS.fullmatch(text, 0, dot - 1):
        # "Ivanov I. I., Petrov P. P. Title", "Иванов И. И. Название": the second dotted
        # initial after a family name ends the list when no name follows
        nxt = re.split(r"[,.;:]", text[after:hi], maxsplit=1)[0]
        if re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", nxt.strip()):
            return True  # "Smith J.A., Jones R.I. 2023. Title": the year sentence follows
        return len(nxt.split()) >= 2 and not looks_like_name(nxt)
    if INITIALS_FIRST_BEFORE.search(before):
        return False  # RSC "J. Okonjo, E. Whitlock and ...": the next name's initial
    if INITIALS_FIRST_START.match(text) and NAME_GOES_ON.match(text, after, hi):
        # RSC "L. Baptiste, R. K. Nair and N. O'Callaghan": the list opened initials first,
        # so "R. K." are initials of the name after them, not an APA list's end
        return False
    # ("Łukasiewicz P", "Yılmaz Ş": capitals beyond ASCII)
    vancouver = re.search(
        r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-z\u00c0-\u024fа-яё'\-]+\s(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]\.?-?){0,2}$",
        before,
    )  # ("Jones J.A. 2023. Title": initials with their stops)
    apa = re.search(
        r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][A-Za-z\u00c0-\u024fа-яё'\-]+,\s(?:[A-Z]\.\s?-?)*$", before
    )  # "& İnce, S."
    if not (vancouver or apa):
        return False
    nxt = re.split(r"[,.;:]", text[after:hi], maxsplit=1)[0]
    if "," not in before:
        # a lone author: "Raman P. Heart failure with ..." but not "Lawrence F. Katz, ..."
        alone = not text[: max(0, dot - 40)].strip() and bool(vancouver)
        # "Gregory P. Abernathy and Walter S. Kimura": a family name and more names follow
        more_names = re.match(r"\s*[A-Z][\w'’\-]+\s+(?:and|&)\s+[A-Z]", text[after:hi])
        return alone and len(nxt.split()) >= 3 and not looks_like_name(nxt) and not more_names
    if re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", nxt.strip()):
        return True  # "Smith J, Jones A. 2016. Title": the year sentence follows
    if re.match(r"\s*[A-Z][a-z]+,\s+(?!and\b|eds?\b|editors?\b|trans\b)[a-z]{2,}", text[after:hi]):
        return True  # "Choi, S.-Y. Novelty, dopamine and the ...": a title's first word
    if re.match(r"\s*(?:[A-Z]|[a-z]+[A-Z])[\w-]*(?:\s+[A-Za-z][\w-]*){0,5}:\s", text[after:hi]):
        # "Raman P, Dhillon G. Editorial: the promise of ...", "... W. Urban Computing: ..."
        # (a camel-case name: "Sandoval-Ortiz M. gwasQC: fast ...")
        return True
    return len(nxt.split()) >= 2 and not looks_like_name(nxt)


CORPORATE = re.compile(
    r"^\s*(?:the\s+)?[A-Z][\w&'\- ]{2,80}\b(?:Organi[sz]ation|Association|Consortium|Collaboration|"
    r"Society|Institute|Council|Agency|Committee|Group|Team|Foundation|Office|Bank|Commission"
    r"|Collaborations)\s*\.?\s*$"
)


CONTAINER_WORDS = frozenset({"in", "en", "em", "dans", "im", "ed", "eds", "edited", "by"})


@lru_cache(maxsize=65536)
def _names_segment(seg: str) -> bool:
    if CORPORATE.match(seg.rstrip(" ,;")):  # ("ATLAS Collaboration, *Title*")
        return True
    if re.search(r"\S\s{3,}\S", P.APA_YEAR.sub("", seg)):
        return False  # a piece was cut out of the middle ("NBER [Working Paper] No."): not names
    s = P.APA_YEAR.sub(" ", seg)
    s = ET_AL.sub(" ", s)  # "et al.", and Scholar's cut "K Müller…"
    s = s.strip(" ,.;")
    if not s or any(c.isdigit() for c in s) or re.search(r"[:?!\"“”]", s):
        return False
    if s.lower() in CONTAINER_WORDS:
        return False  # "“Normandy.” In *Encyclopedia*": the "In" left before a book
    if DEGREE.fullmatch(s):
        return False  # '"Title." M.S. thesis, ...': a degree, not a name
    pieces = [p for p in NAME_LIST_SPLIT.split(s) if p.strip()]
    if not pieces:
        return False
    ok = sum(
        1
        for i, p in enumerate(pieces)
        # "Shoham, Y": the last initial lost its period to the sentence end
        if looks_like_name(p)
        or _initials_piece(p)
        or (i and re.fullmatch(r"\s*[A-Z]{1,3}\s*", p))
        or _family_before_initials(p, pieces[i + 1] if i + 1 < len(pieces) else None)
        or (i == 0 and CORPORATE.match(p))  # "ATLAS Collaboration, G. Aad et al."
    )
    return ok == len(pieces) and (len(pieces) >= 2 or looks_like_name(pieces[0]))


# (German social science's "Müller, Tobias/Schmidt, Katrin": a slash between people)
NAME_LIST_SPLIT = re.compile(
    r",|;|\s&\s|\band\b|\bund\b|\bet\b|\s(?:y|e|och|og|a|i|และ|و|[–—])\s|(?<=[\w.])/(?=[A-ZÄÖÜ])"
)


def _family_before_initials(piece: str, nxt: str | None) -> bool:
    """ "Love, N. G.", "Young, K.": a family name that is also a word, before its initials."""
    return nxt is not None and _initials_piece(nxt) and looks_like_name(piece, strict=False)


def _initials_piece(p: str) -> bool:
    # "T.*": a student's mark; "J.-w.": APA's hyphenated Korean given name
    return bool(re.fullmatch(r"\s*(?:[A-Z]\.\s?-?)+(?<=-)?(?:[a-z]\.)?[*†‡#]*\s*", p))


def _comma_author_prefix(text: str, lo: int, hi: int, bold: list[Range]) -> int | None:
    """Comma-separated names from ``lo``; returns where the first non-name piece starts."""
    pos = lo
    count = 0
    end = None
    found = list(re.finditer(r"[^,;]+", text[lo:hi]))
    for k, m in enumerate(found):
        piece = m.group(0)
        a = lo + m.start()
        p = re.sub(r"^\s*(?:and|&)\s+", "", piece)
        nxt = found[k + 1].group(0) if k + 1 < len(found) else None
        # RSC "E. Whitlock and T. M. Reinholt": the last two names in one piece
        # (first in the list only with initials first: "T. M. Reinholt and K. Sato, Title")
        pair = re.split(r"\s+(?:and|&)\s+", p) if (" and " in p or " & " in p) else []
        if (
            len(pair) == 2
            and all(looks_like_name(x.strip(" *†‡")) for x in pair)
            and (count or all(re.match(rf"\s*[{_UP}]\.", x) for x in pair))
        ):
            count += 2
            end = lo + m.end()
            pos = end
            continue
        if (
            looks_like_name(p)
            or (count and _initials_piece(p))
            or _family_before_initials(p, nxt)
            # a group first: "ATLAS Collaboration, Title, JHEP 07 (2023) 118"
            or (k == 0 and CORPORATE.match(p) and nxt is not None)
            or (k == 0 and COLLABORATION_WITH_NAMES.fullmatch(p))  # "... (G. Aad et al.)"
        ):
            count += 1
            end = lo + m.end()
            pos = end
            continue
        if re.fullmatch(r"\s*(?:etc|et al)\.?\s*", p):
            end = lo + m.end()
            continue
        if count:
            return a
        return None
    return pos if count else None


# "Lowenthal, Beatrix A., ed." and "García, J. y Martín, A. (Eds.) (2023)." at the end of
# the names: they edited the volume (Portuguese "(Org.)": they organised it)
ROLE_AT_END = re.compile(
    r"(?:,\s*\(?(?:eds?|editors?)\.?\)?"
    r"|,?\s*\((?i:eds?|editors?|coords?|comps?|orgs?|hrsg|hg|dir|red|szerk|toim|επιμ)\.?\))"
    r"(?:\s*\((?:19|20)\d\d[a-z]?\))?[.\s]*$"
)


def _names_sentence_after(text: str, start: int, hi: int) -> bool:
    """A sentence of two names or more after ``start`` (a title-first entry)."""
    for sentence in re.split(r"(?<!\b[A-Z])\.\s+", text[start:hi])[1:3]:
        if sentence.count(",") >= 1 and _names_segment(sentence.strip(" .")):
            return True
    return False


_CAPS_FAMILY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)*"
_CAPS_PERSON = rf"{_CAPS_FAMILY},\s[^;,–—()\d]{{1,60}}?"
CAPS_NAMES_DASH = re.compile(
    rf"\s*(?P<names>{_CAPS_PERSON}(?:;\s*{_CAPS_PERSON})*)(?:\s*\[et\s+al\.?\])?\s+[–—]\s+(?=\S)"
)

# "In PAIVA, Teresa; LOUREIRO, Artur, coord. – ": a chapter's book's editors (NP 405, ISO 690)
ISO_EDITORS_IN = re.compile(
    rf"\bIn:?\s+(?P<eds>{_CAPS_PERSON}(?:;\s*{_CAPS_PERSON})*),?\s*"
    r"(?:coords?|eds?|ed\.\s*lit|orgs?|dirs?|red|hrsg)\.?\s+[–—]\s+"
)


def _segment(st: _State) -> None:
    """Find authors and title in an entry with no quoted or italic title."""
    text = st.w.text
    lo = len(text) - len(text.lstrip())
    hi = len(text.rstrip())
    if lo >= hi:
        return
    # DBLP: "Rahul Menon, Aiko Tanaka: Learned Index Structures. SIGMOD 2023: 112-125"
    colon = re.match(r"([^:]{3,600}?):\s+(?=\S)", text[lo:hi])
    if (
        colon
        and not st.authors
        # "Names. Q-Hitter: Title" is not it
        and not [b for b in _boundaries(text, lo, hi) if b <= lo + colon.end(1)]
        # "Hanayo: Harnessing ..." is a title, and so is "..., Shuntao Zhu, StoreLLM: ..."
        # (particles not counted: "Jeroen van der Linden: Title")
        and 2 <= sum(not w.islower() for w in colon.group(1).rsplit(",", 1)[-1].split()) <= 3
        and not re.search(r"\d", colon.group(1))  # "Weber, J. (2018): Title" is author-year
        and _names_segment(colon.group(1))
        # "Half-Duplex Lies: Exploiting ... Gateways. Daniela Ferraz, Tobias Reinholt. CCS":
        # a title's head, when a list of names follows the title
        and not _names_sentence_after(text, lo + colon.end(), hi)
        # "..., Y. Kimura, J. Phys.: Condens. Matter 32, 205601 (2020)": the colon is the
        # journal's, in its italic name or before its volume, page and year
        and not any(i < lo + colon.end(1) < j for i, j in st.entry.italic)
        and not TITLELESS.match(text, lo + colon.group(1).rfind(",") + 1, hi)
    ):
        _set_authors(st, lo, lo + colon.end(1))
        st.w.consume(lo + colon.end(1), lo + colon.end())
        text = st.w.text
        lo = len(text) - len(text.lstrip())
    # NP 405 (Portugal), ISO 690: "MARQUES, Helena Rebelo; COSTA, Inês [et al.] – Title. ...":
    # the names, family names in capitals, end at the dash
    caps = None if st.authors else CAPS_NAMES_DASH.match(text, lo, hi)
    if caps:
        _set_authors(st, lo, caps.end("names"))
        st.w.consume(caps.end("names"), caps.end())
        text = st.w.text
        lo = len(text) - len(text.lstrip())
    # RSC without a title: "M. Sharma, L. Baptiste and N. O'Callaghan*, Chem. Sci., 2024, 15,
    # 3318–3327.": the names, then the journal
    rsc = None if st.authors else RSC_TITLELESS.search(st.entry.text, lo, hi)
    if rsc and _names_segment(text[lo : rsc.start()].strip(" ,*")):
        _set_authors(st, lo, rsc.start())
        return
    # (no sentence ends inside an italic run: "*Electron. J. Stat.*" is one venue)
    bounds = [
        b
        for b in _boundaries(text, lo, hi)
        if b < hi and not any(i < b - 1 and b < j for i, j in st.entry.italic)
    ]
    segs = []
    prev = lo
    for b in [*bounds, hi]:
        if text[prev:b].strip(" .,;:"):  # not the stop left of a consumed "(in press)."
            segs.append((prev, b))
        prev = b
    # Vancouver "Sekijima Y, Dendle MA, et al. Title." — "et al." ends the author list.
    etal = re.search(r"\bet\s*al\b\.?", text[lo:hi])
    group = None if etal or "for" not in text else FOR_GROUP.search(text, lo, hi)
    if group and _names_segment(text[lo : group.start()]):
        # the people, then the group they wrote for: both are the authors
        st.group_author = group.group(1)
        st.w.consume(group.start(), group.end())
        segs = [(lo, group.start())] + [
            (max(a, group.end()), b)
            for a, b in segs
            if b > group.end() and text[max(a, group.end()) : b].strip()
        ]
    if etal and _names_segment(text[lo : lo + etal.start()]):
        a_end = lo + etal.end()
        # AMA "Shapiro-Kent D, et al; MITRA-HF Investigators. Title": the group after them
        group = GROUP_AFTER_ET_AL.match(text, a_end, hi)
        if group:
            st.group_author = group.group(1)
            st.w.consume(a_end, group.end())
            a_end = group.end()
        segs = [(lo, a_end)] + [
            (max(a, a_end), b) for a, b in segs if b > a_end and text[max(a, a_end) : b].strip()
        ]
    # "Title — Emeka Obi-Lawson and Kenji Marquardt. HotOS XIX, 2023.": a dash between the
    # title and the names (a homepage's layout) ends the title as a stop would
    if segs and not st.authors:
        dash = re.search(r"\s[—–]\s", text[segs[0][0] : segs[0][1]])
        if dash:
            cut = segs[0][0] + dash.start()
            after = segs[0][0] + dash.end()
            if len(text[segs[0][0] : cut].split()) >= 3 and _names_segment(
                text[after : segs[0][1]].strip(" .,;")
            ):
                st.w.consume(cut, after)
                segs[0:1] = [(segs[0][0], cut), (after, segs[0][1])]
    if len(segs) > 1 and not st.authors:
        # "Title. Names *AISTATS*, 2023" (no stop before the italic venue): two segments
        lo2, hi2 = segs[1]
        italic_at = _italic_venue_start(st, lo2, hi2)
        if italic_at is not None and _names_segment(text[lo2:italic_at].strip(" ,")):
            segs[1:2] = [(lo2, italic_at), (italic_at, hi2)]
    first = segs[0]
    apa = None
    second = text[segs[1][0] : segs[1][1]] if len(segs) > 1 else ""
    title_first = (
        "," not in text[first[0] : first[1]]
        and re.search(r",|\band\b|&", second) is not None
        and _names_segment(second)
    )  # "Distributionally Robust Model-Based RL. Sara Lindqvist, Mei Tanaka. arXiv ..."
    role = ROLE_AT_END.search(text, first[0], first[1])
    if st.authors or title_first:
        rest = segs
    elif role and _names_segment(text[first[0] : role.start()]):
        # "Lowenthal, Beatrix A., ed. Coin and Conscience": the editor of a volume
        _set_authors(st, first[0], role.start())
        rest = segs[1:]
        apa = P.APA_YEAR.search(text, role.start(), first[1])
    elif len(segs) >= 3 and _organization_author(st, text, first[0], first[1]):
        # NLM reports: "World Health Organization Regional Office for Europe. Guidance on
        # ... Copenhagen: WHO Regional Office for Europe; 2021.": a body as the author
        rest = segs[1:]
    elif _names_segment(text[first[0] : first[1]]):
        _set_authors(st, first[0], first[1])
        rest = segs[1:]
        apa = P.APA_YEAR.search(text, first[0], first[1])
        if rest and (
            TITLELESS.match(text, rest[0][0], hi) or IUCR_TITLELESS.match(text, rest[0][0], hi)
        ):
            rest = []  # "M. Kowalski et al., Nature Physics 17, 1234 (2021)."
    else:
        cut = _comma_author_prefix(text, lo, first[1], [])
        if (
            cut is not None
            and (
                text[lo:cut].count(",") >= 1 or any(_overlaps((lo, cut), b) for b in st.entry.bold)
            )
            # "Commuting Zones, Broadband, and Firm Entry": a list in a title goes on
            and not re.match(r"\s*(?:and|or|&)\s", text[cut : first[1]])
        ):
            _set_authors(st, lo, cut)
            # German "Wöhrle, A. (2023): Title. In: ...": the year between names and title
            yr = P.APA_YEAR.match(text, cut + len(text[cut:hi]) - len(text[cut:hi].lstrip()))
            if yr and not st.year:
                if yr.group(1):
                    st.year = int(yr.group(1))
                    st.span("year", yr.start(1), yr.end(1))
                st.w.consume(yr.start(), yr.end())
                cut = yr.end()
            # Elsevier: "Ekdahl, M.T., Nordin, P., 2022. Title. Institution, Report 7045." -
            # the year as a sentence of its own, then title and venue sentences as in APA
            bare = None if st.year else BARE_YEAR_AFTER_NAMES.match(text, cut)
            if bare is None:
                if yr and IUCR_TITLELESS.match(text, cut, hi):
                    return  # "Ng, W. & Roe, B. (2023). IUCrData, 8, x230412.": no title
                _comma_title(st, cut, hi)
                return
            st.year = int(bare.group(1))
            st.span("year", bare.start(1), bare.end(1))
            st.w.consume(bare.start(), bare.end())
            rest = [(max(a, bare.end()), b) for a, b in segs if b > bare.end()]
        else:
            found = _title_then_names(text, lo, first[1])
            if found:
                t_end, a_start, a_end = found
                _set_title(st, lo, t_end)
                _set_authors(st, a_start, a_end)
                return
            rest = segs
    if apa:
        st.year = int(apa.group(1)) if apa.group(1) else None
        if apa.group(2):
            st.status = "forthcoming"
        st.span("year", apa.start(), apa.end())
        st.w.consume(apa.start(), apa.end())
    if not rest:
        return
    # Chicago: "Family, Given. 2018. Title." — a bare year sentence after the authors; APA
    # "(2023, March 14)." — a date; German "(2023):"
    if re.fullmatch(
        r"\s*(?:(?:19|20)\d\d[a-z]?|\((?:\s*,)?\s*(?:19|20)\d\d[a-z+]?(?:,\s*[^()]{1,25})?\))[.:]?\s*",
        text[rest[0][0] : rest[0][1]],
    ):
        ym = P.YEAR.search(text, rest[0][0], rest[0][1])
        if ym:
            st.year = int(ym.group(1))
            st.span("year", ym.start(), ym.end())
        st.w.consume(rest[0][0], rest[0][1])
        rest = rest[1:]
        if not rest:
            return
    # AAS: "Lindqvist, T. V. 2020, Title, AJ, 160, 71": the year, then the title up to the
    # journal, all with commas
    # (the year alone in its segment when a gap follows: "et al. 2024, <status read> Title")
    alone = re.fullmatch(r"\s*(?:19|20)\d\d[a-z]?,\s*", text[rest[0][0] : rest[0][1]])
    aas = AAS_YEAR.match(text, rest[0][0], hi if alone else rest[0][1])
    if aas and st.authors:
        st.year = st.year or int(aas.group(1))
        st.span("year", aas.start(1), aas.end(1))
        st.w.consume(aas.start(), aas.end())
        _comma_title(st, aas.end(), hi)
        return
    if st.authors and st.year and IUCR_TITLELESS.match(text, rest[0][0], hi):
        return  # "Ng, W. & Roe, B. (2023). IUCrData, 8, x230412.": no title
    # The title runs over sentences until one looks like names (title-first) or a venue.
    t_start = rest[0][0]
    t_end = rest[0][1]
    i = 1
    while i < len(rest):
        seg = text[rest[i][0] : rest[i][1]]
        # after "What makes a rumor stick?" a subtitle may follow: only a sure venue ends it
        if text[: rest[i][0]].rstrip().endswith(("?", "!")):
            venue = (
                _venue_like(seg, strict=True)
                or _numbered(seg)
                # "Agree without probes? Ms., University of Lakeshore.": where it was written
                or re.match(r"\s*(?:University|Universit[éàä]|Institute|College)\b", seg)
                # "Does X generalize? *Cortex*.": a journal in italics
                or _italic_sentence(st, rest[i][0], rest[i][1])
            )
        else:
            venue = _venue_like(seg)
        # (after a question, names end the title only where none were read: "Names: Are
        # Optimizers Ready? An Experimental Study. CoRR" goes on)
        question = text[: rest[i][0]].rstrip().endswith(("?", "!"))
        if venue or (_names_segment(seg) and not (question and st.authors)):
            break
        if i == len(rest) - 1 and _place_and_publisher(seg):
            break  # APA books and reports: "Title. New York, NY: Routledge."
        if CSE_PLACE.match(seg):
            break  # CSE: "Title. Corvallis (OR): OSU Extension Service. EM 9231."
        if REPORT_SERIES_SENTENCE.match(seg) or SERIES_CODE_SENTENCE.fullmatch(seg):
            break  # "Title. NIOSH Information Circular 9531. Pittsburgh, PA: NIOSH.", "EC3042."
        if ISSN_NEXT.search(st.entry.text, rest[i][0], rest[i][1] + 12):
            break  # NP 405, ISO 690: "Title. Cities. ISSN 0264-2751. Vol. 131": the journal
        if REPORT_NUMBER_AFTER_TITLE.search(text, t_start, t_end):
            break  # APA reports: "Title (Working Paper No. 12). Publisher."
        if i == len(rest) - 1 and _title_case_tail(text[t_start:t_end], seg):
            break  # APA "Title in sentence case. Mens en Maatschappij.": a journal's name
        # Vancouver "Title. Circulation. 2023;147(8):612-25": the sentence before the
        # "year;volume" part is the journal, however short.
        if i + 1 < len(rest) and P.VANCOUVER_PUB.match(text[rest[i + 1][0] : rest[i + 1][1]]):
            break
        # NLM on a web page: "Title. *Immunity*. 2025 Jan 14." — an italic sentence, then
        # the year (or date) opening the next: the journal
        if (
            i + 1 < len(rest)
            and re.match(r"\s*(?:19|20)\d\d\b", text[rest[i + 1][0] : rest[i + 1][1]])
            and _italic_sentence(st, rest[i][0], rest[i][1])
        ):
            break
        t_end = rest[i][1]
        i += 1
    chapter = ELSEVIER_IN.search(text, t_start, t_end)
    if chapter:
        t_end = chapter.start()  # Elsevier: "Title, in: A, B (Eds.), Book. Publisher"
    report = REPORT_NUMBER_AFTER_TITLE.search(text, t_start, t_end)
    if report and report.start() > t_start:
        t_end = report.start()  # the report's number is read with its series
    for bracket in VENUE_BRACKET.finditer(text, t_start, t_end):
        if P.VENUE_WORDS.search(bracket.group(1)):
            # "Title [Tesis doctoral, Universidad X]. e-Archivo UC3M.": the thesis ends it
            t_end = bracket.end()
            break
    # "Title<br>with Sofia Ekström and Tomás Arriaga<br>*Journal*": the owner's co-authors
    # in a sentence of their own (lower case: no sentence boundary was seen before it)
    coauthors = None if st.authors else WITH_SENTENCE.search(text, t_start, t_end)
    if coauthors and not _names_segment(coauthors.group(1)):
        coauthors = None
    if coauthors:
        t_end = coauthors.start()
    _set_title(st, t_start, t_end)
    if coauthors:
        _set_authors(st, coauthors.start(1), coauthors.end(1))
        st.spans[-1] = Span("coauthors", *st.authors_range)  # type: ignore[misc]
        st.w.consume(coauthors.start(), coauthors.start(1))
    if (
        not st.authors
        and i < len(rest)
        and _names_segment(text[rest[i][0] : rest[i][1]])
        # "Title, accepted in *Compos. Math.* (2024)": an italic run is no names
        # (names set in italics would be all of it)
        and not any(
            a <= rest[i][0] + 1 < b < rest[i][1] - 1 and text[b : rest[i][1]].strip(" .,;*_")
            for a, b in st.entry.italic
        )
    ):
        _set_authors(st, rest[i][0], rest[i][1])


INITIALS_FIRST = re.compile(r"\s*" + P.INITIALS_THEN_FAMILY)
JOURNAL_WITH_VOLUME = re.compile(
    r"[*_]*[A-Z][^.,;:()*]{2,80}[*_]*,\s*[*_]*(?!(?:19|20)\d\d)\d{1,4}[*_]*\s*[(,:]"
)
# "Master's thesis", "M.Sc. thesis", Quebec's "M.Sc.A. thesis", "M.A.Sc.", "M.Eng.", "M.S."
# a doctoral, master's or degree thesis in Japanese and Chinese ("博士論文", "硕士论文")
CJK_THESIS = r"(?:博士|修士|学位|硕士|碩士)(?:論文|论文)"
# Theses in Czech, Slovak, Polish and Russian ("Disertační práce", "praca magisterska")
SLAVIC_THESIS = (
    r"(?:disertační|dizertačná|diplomová|bakalářská|rigorózní)\s+prác[ea]|"
    r"(?:doktori\s+(?:\(PhD\)\s+)?)?értekezés|disszertáció|szakdolgozat|"  # Hungarian
    r"(?:rozprawa|praca)\s+(?:doktorska|magisterska|licencjacka)|"
    r"(?<!\w)(?:диссертаци[яи]|дис\.)(?!\w)|"
    # Vietnamese "Luận án Tiến sĩ", "Luận văn Thạc sĩ Kỹ thuật"
    r"(?<!\w)luận\s+(?:án|văn)(?:\s+(?:tiến|thạc)\s+sĩ)?(?:\s+(?:kỹ\s+thuật|khoa\s+học|kinh\s+tế))?(?!\w)"
)
# a degree's abbreviation: "M.S", "B.Tech", "Ph.D", "M.Phil", "D.Phil"
DEGREE = re.compile(
    r"(?:[BM]\.\s?(?:S|A|Sc|Tech|Eng|Phil|Res|Ed)|Ph\.\s?D|D\.\s?Phil|Ed\.\s?D|M\.\s?S\.\s?E)\.?"
)
MASTERS_THESIS = re.compile(
    r"\bmaster'?s?\s+thesis\b|\bm\.?\s?sc\.?(?:\s?a\.)?\s+(?:thesis|dissertation)|修士論文|硕士论文|碩士論文"
    r"|diplomová\s+prác[ea]|praca\s+magisterska|luận\s+văn|วิทยานิพนธ์\S*มหาบัณฑิต"
    r"|disserta[çc][ãa]o\s+de\s+mestrado|tese\s+de\s+mestrado|tesis\s+de\s+maestr[íi]a"
    r"|(?<![\w-])(?:mestrado|maestr[íi]a)\b"  # CIÊNCIAVITAE's degree: "Mestrado, Universidade de Aveiro"
    r"|\bm\.\s?(?:a\.\s?sc|eng|s)\.\s+thesis"
    r"|\bm\.?\s?(?:a|phil|res)\.?\s+(?:thesis|dissertation)\b"  # USSL "University of X MA thesis"
)
NUMBERED_SERIES = re.compile(
    r"\((?P<series>[^()]{2,80}?\b(?:Report|Paper|Technical|Monograph)s?\s+Series)"
    r"(?:[,;]\s*No\.?:?\s*(?P<number>[\w\-/.:]*\d[\w\-/:]*))?[\s,;]*\)"  # (number read before)
)
# NLM (Vancouver) imprint of a report or a book: "Geneva: World Health Organization;"
NLM_IMPRINT = re.compile(r"(?P<place>[A-Z][\w .'’\-]{1,40}?):\s*(?P<name>[^:;]{3,120}?)[\s;.,]*")
IEEE_REPORT = re.compile(r"(?<=,)\s*Rep\.\s+([A-Z][\w\-]*(?:\s[\w\-]+)?)(?<=\d)(?=[\s,.]*$)")
TEACHING_CASE = re.compile(
    r"\b([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s+(?:Teaching\s+)?Case\s+(?:No\.?\s*)?"
    r"([A-Z]?\d[\w-]*\d)\b"
)
# (IEEE's article numbers too: "vol. 2020, Art. no. 34, 2020")
SINGLE_PAGE = re.compile(
    r"(?<=[,;]\s)(?:p\.|[Aa]rt(?:icle|\.)\s*no\.)\s?([A-Za-z]?\d{1,7})(?=\s*[,.;]|\s*$)"
)
AIS_VOLUME = re.compile(
    r"(?<=[A-Za-z.*_])\s+\((?!(?:19|20)\d\d\))(\d{1,4})(?::(\d{1,4}(?:[-–/]\d{1,4})?))?\)(?=[\s,.;]*(?:pp?\.|$))"
)
ISSUE_ONLY = re.compile(r"(?<=[A-Za-zÀ-ÿ.]),\s*\((?!(?:19|20)\d\d\))(\d{1,4})\)(?=[\s,.]*$)")
VENUE_BRACKET = re.compile(r"\[([^\[\]]{3,200})\](?=[\s.]*$|\.\s)")
# APA's report series and number in parentheses: "(Working Paper No. 12)"
APA_REPORT = re.compile(
    # ("Open-File Report 20-3", "LSU-iSchool Technical Report No. 2021-03")
    r"\((?:[A-Z]{2,6}(?:-[A-Za-z]+)?[\s-])?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){0,2}"
    r"(?:Report|Paper|Brief|Note|Series|Memo|Documento\s+de\s+[Tt]rabajo|Document\s+de\s+travail"
    r"|Berichte?|Rapport"  # ("MSM-Berichte, MSM74": a German series)
    r"|연구보고서?|연구자료|보고서)"  # Korean ("연구보고 KR 2021-3")
    r",?\s+(?:No\.\s*)?(?P<number>[A-Z0-9][\w\-/.:]*(?:\s\d{4}-\d{1,3})?)\)[\s.]*"
)
# ... right after the title, it ends the title
REPORT_NUMBER_AFTER_TITLE = re.compile(APA_REPORT.pattern + "$")
PLACE_AND_PUBLISHER = re.compile(
    r"\s*([A-ZÀ-ÖØ-ÞİŞĞŁŚŻ][^:;,]{1,40})(?:,\s*[A-Z]{2}\.?)?:\s*([A-ZÀ-ÖØ-ÞİŞĞŁŚŻ][^:;]{2,100}?)[.\s]*"
)


def _place_and_publisher(seg: str) -> bool:
    """'New York, NY: Routledge', 'Lima: Instituto de Estudios Peruanos': where a book or
    report was published (a city, a state's code, then a capitalised name)."""
    m = PLACE_AND_PUBLISHER.fullmatch(seg)
    return bool(m and _city(m.group(1)) and not re.search(r"\d", m.group(2)))


def _title_then_names(text: str, lo: int, hi: int) -> tuple[int, int, int] | None:
    """Comma-only entries written title first: 'Deep kernel learning for tabular data,
    A. Gupta, R. Iyer, NeurIPS 2021' -> (title end, authors start, authors end)."""
    for m in re.finditer(r",\s*", text[lo:hi]):
        t_end, a_start = lo + m.start(), lo + m.end()
        if len(text[lo:t_end].split()) < 3 or _names_segment(text[lo:t_end]):
            continue
        a_end, count = None, 0
        for piece in re.finditer(r"[^,;]+", text[a_start:hi]):
            p = re.sub(r"^\s*(?:and|&)\s+", "", piece.group(0))
            if not _names_segment(p) or venues.by_acronym(p.strip(" .")):  # "ICML" is no name
                break
            a_end = a_start + piece.end()
            count += len([n for n in NAME_LIST_SPLIT.split(p) if n.strip()])
        if a_end is not None and (count >= 2 or INITIALS_FIRST.match(text, a_start)):
            return t_end, a_start, a_end
    return None


# Right after the names: a journal, its volume, a page or article number, the year in
# parentheses ("Phys. Rev. Lett. 128, 106401 (2022)"): a reference without its title
TITLELESS = re.compile(
    # ("...(2019); arXiv:1809.07721.": an identifier taken out after it)
    # ("J. Phys.: Condens. Matter 32, 205601 (2020)": a colon inside the journal's name)
    r"[\s,]*(?:[A-Z][\w.'&:-]*\s+){1,6}?\d{1,4},\s*[A-Z]?\d{2,7}\s*\((?:19|20)\d\d\)[\s.;,]*$"
)
# IUCr journals, after APA's names and year: "Acta Cryst. B79, 402–414.", "IUCrData, 8,
# x230412.", "IUCrJ. In the press." (journal, volume, pages or article number; a bracketed
# remark may follow)
IUCR_TITLELESS = re.compile(
    r"[\s,]*(?:[A-Z][\w.'&-]*\s*){1,5}?(?:,?\s+[A-Z]?\d{1,4},\s*[A-Za-z]?\d{1,7}"
    r"(?:\s*[-–]\s*\d{1,7})?|[.,]?\s+(?i:in\s+the\s+press|in\s+press))[\s.]*(?:\[[^\]]*\][\s.]*)?$"
)
# RSC leaves titles out too: "..., Chem. Sci., 2024, 15, 3318–3327.", "Eur. J. Inorg. Chem.,
# 2019, 3120–3127.", "Inorg. Chem., 2024, in press." (journal, year, volume, pages)
# (ACS writes no comma after the journal: "..., Angew. Chem. Int. Ed. 2025, 64, e202418872",
# "J. Org. Chem. 2025, accepted")
RSC_TITLELESS = re.compile(
    r",\s*(?:[A-Z][\w.'&\-]*|[–-])(?:\s+(?:[A-Z][\w.'&\-]*|[–-])){0,6},?\s*(?:19|20)\d\d,\s*"
    r"(?:\d{1,4},\s*)?(?:[A-Z]?e?\d+(?:\s*[-–]\s*\d+)?|in\s+press|accepted)\b"
)


def titleless_citation(rec: Record) -> bool:
    """Names, a journal and where in it ("Chem. Sci., 2024, 15, 3318–3327", "Phys. Rev. A 99,
    052312 (2019)"): a reference printed without its title."""
    if not (rec.authors and (rec.year or rec.status == "forthcoming")):
        return False
    if rec.arxiv:
        return True  # "A. Roe and B. Poe, arXiv:2502.04471 [cond-mat.str-el] (2025)."
    if not rec.venue:
        return False
    located = rec.volume or rec.pages or rec.status == "forthcoming" or rec.editors
    return bool(located or (rec.source and RSC_TITLELESS.search(rec.source.text)))


# "Pattern Recognition 120", "Phys. Rev. B 104 (3)": capitalised words, then a volume (two
# words at least: "Part 2" after a comma of the title is still the title)
JOURNAL_AND_VOLUME = re.compile(r"\s*(?:[A-Z][\w.'&-]*\s+){2,6}\d{1,4}(?:\s*\(\d{1,4}\))?\s*")


# High-energy physics: "Phys. Lett. B 716 (2012) 1", "JHEP 03 (2021) 045" — journal, volume,
# (year), first page or article number
AMS_JOURNAL_AFTER_COMMA = re.compile(
    r",\s+(?P<journal>(?=[^,()]{0,40}?\b[A-Z][a-z]{0,9}\.\s)[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,5})"
    r"\s+\d{1,4}\s*\((?:19|20)\d\d\)"
)
PHYSICS_REF = re.compile(
    r"(?P<journal>[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,5})\s+(?P<volume>\d{1,4})\s+"
    r"\((?P<year>(?:19|20)\d\d)\)\s+(?P<page>[A-Z]?\d{1,6})\b"
)


# APS and AIP: "Phys. Rev. B 102, 144203 (2020)", "Commun. Math. Phys. 368, 771–808 (2019)"
# — journal, volume, first page or article number, (year)
APS_REF = re.compile(
    r"(?:[A-Z][\w.'&:-]*\s+){1,6}?\d{1,4},\s*[A-Z]?\d{1,7}(?:\s*[-–]\s*\d{1,7})?\s*"
    r"\((?:19|20)\d\d\)"
)


EXTENSION_SERIES = re.compile(
    r"\b(?:Ext(?:ension)?\.?\s+(?:(?:and\s+)?Outreach\s+)?Publ?(?:ication)?\.?|NebGuide|"
    r"(?i:fact\s+sheet)|Extension\s+(?:Bulletin|Circular)"
    # CSE "Corvallis (OR): Oregon State University Extension Service. EM 9231. 12 p."
    r"|(?<=Extension\sService\.\s)(?=[A-Z]{1,5}\s?\d))\s*(?:No\.?\s*)?"
    r"((?:[A-Z]{2,6}\s)?[A-Z0-9][\w\-/.]*\d[\w\-/]*)"
)
# "NOAA Tech. Memo. OAR CSL-9", "Tech. Rep. 12", "NASA Technical Note D-123"
REPORT_SERIES = re.compile(r"(?:[A-Z]{2,6}\s+)?Tech(?:nical)?\.?\s+(?:Rep|Memo|Note)")


def _comma_title(st: _State, start: int, hi: int) -> None:
    """Title after a comma-separated author list: up to the first venue-like piece."""
    text = st.w.text
    pos = start
    end = hi
    # Physics lists often leave the title out: "M. Kowalski, A. Nowak, Phys. Rev. Lett. 128,
    # 106401 (2022)": what follows the names is a journal of the knowledge base and a volume
    if TITLELESS.match(text, start, hi):
        return
    cited = AAS_CITATION_THEN_TITLE.match(text, start, hi)
    if cited and (
        cited["eprints"]
        or venues.lookup(cited["journal"], fuzzy=False)
        or AAS_SERIES_WORDS.search(cited["journal"])
    ):
        # ADS exports with the titles added below: "Hollis, D. K., et al. 2024, ApJ, 964,
        # 112 A Year of Optical Flares ...": the title after the journal, volume and page
        _set_title(st, cited.end(), hi)
        return
    if re.match(r"[\s,]*in\s+(?=[A-Z])", text[start:hi]):
        return  # RSC "N. O'Callaghan, in *Book*, ed. A and B, RSC, 2021, ch. 7": no title
    for m in re.finditer(r"(?:,|\.(?=\s))\s+", text[start:hi]):
        b = start + m.end()
        nxt = re.split(r",|\.\s", text[b:hi])[0]
        if YEAR_RANGE_END.match(text, b, hi):
            continue  # "..., 1990–2016. J. Climate": the title's years
        if (
            _venue_like(nxt)
            or P.YEAR.fullmatch(nxt.strip())
            or JOURNAL_AND_VOLUME.fullmatch(nxt)
            or PHYSICS_REF.match(text, b, hi)
            or APS_REF.match(text, b, hi)
            or REPORT_SERIES.match(text, b, hi)
            # AMS "Title. J. Climate, 35, ...": an abbreviated journal, periods and all
            or venues.lookup(text[b:hi].split(",", 1)[0].strip(), fuzzy=False) is not None
            # AMS "Title, Compos. Math. 157 (2021), no. 8": the journal before volume and year
            or _journal_before_volume(text[b:hi].split(",", 1)[0])
        ):
            end = start + m.start()
            break
    _set_title(st, pos, end)


ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _ordinal_number(edition: str) -> str:
    """'Second' -> '2' (an edition named in words); digits as they are."""
    word = edition.strip().lower()
    return str(ORDINAL_WORDS.index(word) + 1) if word in ORDINAL_WORDS else edition


def _names_follow(text: str, end: int) -> bool:
    """Is the sentence after ``end`` a list of names ("*Moving-Target Page Tables*. M. K.
    Wróblewski, F. Lindahl."): what ends there is the title, whatever it looks like."""
    after = re.split(r"(?<![A-Z])\.\s", text[end:].lstrip(" .,*_"), maxsplit=1)[0]
    return _names_segment(after)


def _italic_venue_start(st: _State, lo: int, hi: int) -> int | None:
    """Where an italic run inside ``lo:hi`` starts that is no name (a venue after names:
    "S. Achterberg *AISTATS*"; not the owner's name set in italics)."""
    for a, b in st.entry.italic:
        if lo < a < hi and not _names_segment(st.entry.text[a:b].strip(" ,.*_")):
            return a
    return None


def _italic_goes_on(entry: EntryText, piece: str) -> bool:
    """Is ``piece`` the start of a longer italic name, which goes on past a comma?"""
    at = entry.text.find(piece + ",")
    if at < 0:
        return False
    after = entry.text[at + len(piece) + 1 :].lstrip()
    if ISSUE_WORDS.match(after):
        return False  # "*IEEE Micro, Special Issue on Top Picks*": the journal's issue
    return any(a <= at and at + len(piece) + 3 < b and after[:1].isalpha() for a, b in entry.italic)


ISSUE_WORDS = re.compile(
    r"(?i)(?:special\s+(?:issue|section)|issue|vol(?:ume)?\b|no\.|supplement|suppl\.|part\b|"
    r"section\b|theme\b|focus\b)"
)


def in_italics(entry: EntryText, piece: str, whole: bool = False) -> bool:
    """Is ``piece`` set in italics in the entry (a journal's or a book's name)? ``whole``:
    all of an italic run (a book's name, not "J" of "*J. Phys.*")."""
    at = entry.text.find(piece)
    end = at + len(piece)
    if whole:
        return at >= 0 and any(a <= at + 1 and end - 1 <= b <= end + 2 for a, b in entry.italic)
    return at >= 0 and any(a <= at and end <= b for a, b in entry.italic)


def _journal_next(text: str, start: int) -> bool:
    """A journal of the knowledge base at ``start``, before its volume or year ("Duke Math.
    J. 170 (2021)", "Math. Ann. 374"): what follows a title is no list of names."""
    head = re.split(r"\s*(?:\d|\(|,)", text[start:], maxsplit=1)[0].strip(" .")
    if len(head) < 4:
        return False
    kb = venues.lookup(head, fuzzy=False) or venues.lookup(head + ".", fuzzy=False)
    return kb is not None and kb.kind == "journal"


AMS_VOLUME_YEAR = re.compile(r"\s+[A-Za-z]?\d{1,4}\s*\((?:19|20)\d\d\)\s*$")


def _journal_before_volume(piece: str) -> bool:
    m = AMS_VOLUME_YEAR.search(piece)
    return bool(m) and venues.lookup(piece[: m.start()].strip(), fuzzy=False) is not None


EXHIBITION_CATALOGUE = re.compile(r"(?i)\bexh(?:ibition)?\.?\s+cat(?:alogue|alog)?\b\.?")


# AMA's online-first: "Published online March 6, 2024." (the entry is published)
PUBLISHED_ONLINE = re.compile(
    r"(?i)\bpublished\s+online(?:\s+(?:first|ahead\s+of\s+print))?"
    r"(?:\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?((?:19|20)\d\d))?\.?"
)


def _published_online(st: _State) -> None:
    m = PUBLISHED_ONLINE.search(st.w.text) if _says(st, "online") else None
    if m and not (st.title_range and _overlaps((m.start(), m.end()), st.title_range)):
        st.extra.append(_clean(m.group(0)).rstrip("."))
        if m.group(1) and not st.year:
            st.year = int(m.group(1))
            st.span("year", m.start(1), m.end(1))
        st.w.consume(m.start(), m.end())


def _catalogue_mark(st: _State) -> None:
    """Art historians' "Exh. cat.": the work is (or is in) an exhibition catalogue."""
    m = EXHIBITION_CATALOGUE.search(st.w.text) if _says(st, "exh") else None
    if m and not (st.title_range and _overlaps((m.start(), m.end()), st.title_range)):
        st.extra.append("Exhibition catalogue")
        st.w.consume(m.start(), m.end())


WITH_COAUTHORS = re.compile(
    # (a résumé's "w/": "Title (w/ A. Smith, B. Lee)")
    r"\((?i:\s*(?:joint\s+|co-?authored\s+|co-?written\s+)?(?:with\s+|w/\s*))([^()]{3,300}?)\s*\)"
    r"|(?:^|(?<=[,.;”\"·]))(?i:\s*(?:joint\s+)?(?:with\s+|w/\s*))([A-Z][^;()]{2,300}?)"
    r"(?<!\b[A-Z])(?=\s*[,;.]\s|\s*$)"  # (not at the period of an initial: "Thomas R.")
)


WITH_AT_TITLE_END = re.compile(r"\s*\((?i:with\s+|w/\s*)([^()]{3,200}?)\s*\)\.?\s*$")
WITH_AFTER_TITLE = re.compile(
    r"[\s,.;”\"'’·]*(?i:(?P<edited>(?:co-?)?edited\s+)?(?:joint\s+)?(?:with\s+|w/\s*))([A-Z][^;()]{2,300}?)"
    r"(?<!\b[A-Z])(?=\s*[,;.]\s|\s*$)"
)


# a sentence of co-authors after an unstyled title: "Title. with A and B. Journal"
WITH_SENTENCE = re.compile(r"\.\s+with\s+([A-Z][^;().]{2,300}?)[\s.]*$")
SENTENCE_STOP = re.compile(r"[.;](?=\s|$)")
# 'With Tomasz Wiśniewski. "Title." Journal': the co-authors named before the title ("With
# A and B, eds. *Book*": the co-editors of a volume)
# ("2021 (with Ana Ruiz-Pardo). “Title.”", "2023 (co-edited with S. Ross). *Book*": after
# the year of a Chicago author-date CV that leaves the owner out)
WITH_BEFORE_TITLE = re.compile(
    r"^[\s\-*•]*\(?(?i:(?P<edited>co-?edited\s+)?(?:joint\s+)?with\s+)"
    r"(?P<names>[A-ZÀ-ÖØ-ÞĀ-Ž][^;()“\"]{2,200}?)\)?(?P<eds>,?\s*\(?eds?\.\)?)?[\s.,:]*$"  # "É. Lefèvre"
)


def _names_colon(st: _State) -> None:
    """German humanities: "Almstedt, Friederike/Kessler, Jonas (Hg.): Titel. Untertitel, in:
    ..." — names family first, joined by slashes, end with a colon (editors with "(Hg.)")."""
    if st.authors or st.title_range or ":" not in st.w.text[:300]:
        return
    m = NAMES_COLON.match(st.w.text)
    if m is None:
        return
    people = [split_names(part)[0] for part in m["names"].split("/")]
    if not all(len(p) == 1 for p in people):
        return
    st.authors = [p[0].person for p in people]
    st.authors_edited = bool(m["hg"])
    a, b = m.span("names")
    st.authors_range = (a, b)
    st.span("authors", a, b)
    st.w.consume(m.start(), m.end())
    # the title, subtitle and all, runs to ", in:", a series in brackets or the imprint
    end = GERMAN_TITLE_END.search(st.w.text, m.end())
    if end and end.start() - m.end() >= 10:
        _set_title(st, m.end(), end.start())


# "Family, Given" (one or two given names) between slashes, then an optional "(Hg.)" and ":"
# (a capital of any Latin script: "Łukasz", "İnce", "Šimon"; ASCII and Latin-1 lower case excluded)
_CAPITAL = r"[^\W\d_a-zß-ÿ]"
_FAMILY_GIVEN = (
    rf"{_CAPITAL}[\w'’\-]+(?:\s(?:von|van|de|der|zu)\s[\w'’\-]+)?,\s*{_CAPITAL}[\w.'’\-]*"
    rf"(?:\s{_CAPITAL}[\w.'’\-]*)?"
)
GERMAN_TITLE_END = re.compile(
    r",?\s+in:\s"
    r"|\s\((?=[^()]*\b(?:Bd|Reihe|Heft|N\.F|Beihefte?|Band|Schriftenreihe|Studien)\b)"
    r"|,\s+[A-ZÄÖÜ][\w.\-]+(?:/[A-ZÄÖÜ][\w.\-]+)*:\s+[A-ZÄÖÜ]"
)
NAMES_COLON = re.compile(
    rf"\s*(?P<names>{_FAMILY_GIVEN}(?:\s*/\s*{_FAMILY_GIVEN})*)\s*(?P<hg>\((?:Hg|Hrsg|Hgg)\.\))?\s*:\s+(?=\S)"
)


def _trailing_names(st: _State) -> None:
    """A listing page's order: "Title. Venue, 74(1), 45–59. Feb 1, 2024. A Name, B Name" —
    the names close the entry (Quarto's listings, some homepages), none open it."""
    if st.authors:
        return
    text = st.w.text
    end = len(text.rstrip(" ."))
    # the last sentence's start, passing over initials' periods ("R. Halvorsen, O. Berg")
    pos = end
    while True:
        stop = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
        if stop > 0 and text[stop] == "." and re.search(r"(?:^|[\s,(])[A-Z]$", text[:stop]):
            pos = stop
            continue
        break
    start = stop + 2
    seg = text[start:end].strip()
    if start < 20 or not 5 <= len(seg) <= 300 or any(c.isdigit() for c in seg):
        return
    if st.title_range and start < st.title_range[1]:
        return
    first = re.match(r"\s*([^.?!]+)", text)
    names = split_names(seg)[0] if _names_segment(seg) else []
    if (
        names
        and all(n.person.given and n.person.family for n in names)
        and len(names) > 1  # (one "name" may be a journal: "Mol Cell", "Nat Neurosci")
        and not (first and _names_segment(first.group(1)))
        and not CORPORATE.match(seg)
        and not venues.lookup(seg, fuzzy=False)
    ):
        a = text.index(seg, start)
        _set_authors(st, a, a + len(seg))


def _tagged_with_coauthors(st: _State) -> None:
    """A résumé's "**ICML 2023** — Title (w/ A. Smith, B. Lee)": after a venue tag, the
    co-authors in brackets end the entry (read first: their initials would end the title)."""
    m = WITH_AT_TITLE_END.search(st.w.text) if st.tag_text and not st.authors else None
    if m and _names_segment(m.group(1)):
        _set_authors(st, m.start(1), m.end(1))
        st.spans[-1] = Span("coauthors", *st.authors_range)  # type: ignore[misc]
        st.w.consume(m.start(), m.end())


def _with_coauthors(st: _State) -> None:
    """'"Title" (with A. Smith and B. Jones), Journal': the co-authors of the CV owner.

    Economics and humanities CVs leave the owner out; the extractor puts the owner (named at
    the head of the CV) first, so the span is called "coauthors".
    """
    if not st.title_range:
        return
    m = WITH_COAUTHORS.search(st.w.text, st.title_range[1]) or WITH_AFTER_TITLE.match(
        st.w.text, st.title_range[1]
    )  # '"Blame and Injustice," with Sofia Lindahl. Ethics': the quotes are blanked out
    if not m:
        before = WITH_BEFORE_TITLE.match(st.w.text, 0, st.title_range[0])
        if before and _names_segment(before.group("names")):
            _set_authors(st, before.start("names"), before.end("names"))
            st.spans[-1] = Span("coauthors", *st.authors_range)  # type: ignore[misc]
            edited = before.group("eds") or before.group("edited")
            st.authors_edited = st.authors_edited or bool(edited)
            st.w.consume(before.start(), before.end())
        return
    g = m.lastindex or 1  # the alternative that matched holds the names
    if m.re is WITH_AFTER_TITLE:
        g = 2
        # "*Sacred Apertures*. Edited with Jean Moreau.": the owner and Moreau edited it
        st.authors_edited = st.authors_edited or bool(m.group("edited"))
    if not _names_segment(m.group(g)):
        return
    a, b, end = m.start(g), m.end(g), m.end()
    if st.w.text[b : b + 1] == ",":
        # "with R. O'Connell, D. K. Mwangi and T. Herrera. Revise and resubmit": the whole
        # list up to the sentence's end, when all of it is names
        text = st.w.text
        stops = [s.start() for s in SENTENCE_STOP.finditer(text, b, min(len(text), a + 300))]
        for cut in reversed(stops):  # the longest run of names ("K." is no sentence end)
            if _names_segment(text[a:cut]):
                b = end = cut
                break
    _set_authors(st, a, b)
    st.spans[-1] = Span("coauthors", *st.authors_range)  # type: ignore[misc]
    st.w.consume(m.start(), end)


EDITOR_ROLE = re.compile(
    # ("\s*(?:,\s*)?", not "\s*,?\s*": two runs of spaces in a row backtrack for long over
    # the blanks a read title leaves)
    r"\.?\s*(?:,\s*)?(?:\(?(?:editors?|eds?\.?|ed\.)\)?|\(\s*(?:red|hrsg|hg|dir|coords?|comps?|orgs?)\.?\s*\))"
    r"(?=[.,:]|\s|$)",
    re.I,
)


TRANSLATOR_ROLE = re.compile(r"[*_]*\.?\s*,\s*(?:trans|tr|transl)\.(?=[\s.,:*_]|$)")
# what a translation's entry adds: "With introduction and notes.", "With an introduction by X."
APPARATUS = re.compile(
    r"(?i)(?<=\.)\s*with\s+(?:an?\s+)?(?:introduction|notes|commentary)\b[^.]*\."
)
COLLABORATION_WITH_NAMES = re.compile(
    # ("ATLAS and CMS Collaborations (G. Aad et al.)")
    r"\s*(?:the\s+)?(?P<collab>[\w\-]+(?:\s+[\w\-]+){0,2}\s+Collaborations?)\s*\((?P<names>[^()]{3,300})\)[\s,.]*",
    re.I,
)


# NLM's report imprint: "Copenhagen: WHO Regional Office for Europe; 2021"
NLM_DATED_IMPRINT = re.compile(r"[A-Z][\w .\-]+:\s[^;:.]{3,120};\s*(?:19|20)\d\d")


def _organization_author(st: _State, text: str, a: int, b: int) -> bool:
    """A body named before the title of a report that NLM's imprint publishes: its author."""
    head = text[a:b].strip(" .")
    words = head.split()
    if not (
        3 <= len(words) <= 12
        and BODY_NAME.search(head)
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
        and not re.search(r"\d|,", head)
        and NLM_DATED_IMPRINT.search(text, b)
    ):
        return False
    st.authors = [Person(family=head)]
    a, b = _strip_range(st.entry.text, a, b)
    st.authors_range = (a, b)
    st.span("authors", a, b)
    st.w.consume(a, b)
    return True


def _set_authors(st: _State, a: int, b: int) -> None:
    raw = st.w.text[a:b]
    year = P.APA_YEAR.search(raw)
    if year and year.group(1) and not st.year:
        # "Okafor, T., and M. Sandoval (2024), Title": AGU's year, taken with the names
        st.year = int(year.group(1))
        st.span("year", a + year.start(1), a + year.end(1))
    raw = P.APA_YEAR.sub(" ", raw)
    # "ATLAS Collaboration (G. Aad et al.)": the named people are the authors
    collab = COLLABORATION_WITH_NAMES.fullmatch(raw)
    if collab:
        st.extra.append(_clean(collab["collab"]))
        raw = collab["names"]
    names, et_al = split_names(raw)
    if not names:
        return
    st.authors = [n.person for n in names]
    st.equal = [i for i, n in enumerate(names) if n.equal]
    if et_al:
        st.extra.append("et al.")
    a, b = _strip_range(st.entry.text, a, b)
    st.authors_range = (a, b)
    st.span("authors", a, b)
    st.w.consume(a, b)
    role = EDITOR_ROLE.match(st.w.text, b)
    if role:
        st.authors_edited = True
        st.w.consume(role.start(), role.end())
    role = TRANSLATOR_ROLE.match(st.w.text, b)
    if role:  # "Whitlock, Theodora J., trans. *Ovid: Poems from Exile*": a translation
        st.extra.append("Translation")
        st.w.consume(role.start(), role.end())


# "..., 1990–2016. J. Climate": years that end a title
YEAR_RANGE_END = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\.\s")
AAS_YEAR = re.compile(r"\s*((?:19|20)\d\d)[a-z]?,\s+(?=\S)")
AAS_CITATION_THEN_TITLE = re.compile(
    r"\s*(?P<journal>[A-Za-z&][\w&.'’/]*(?:\s[A-Za-z&][\w&.'’/]*){0,6}),\s*[\w-]{1,12},"
    r"\s*[A-Z]?\d{1,7}[A-Z]?(?:\.\d{1,3})?(?:\s*\((?i:erratum)\))?\s+(?=[\"“]?[A-Z])"
    r"|\s*(?P<eprints>arXiv\s+e-prints),?\s+(?=[\"“]?[A-Z])"  # its id read already
)
# what names a series of abstracts, telegrams and reports in an ADS export
AAS_SERIES_WORDS = re.compile(
    r"\b(?:Abstracts|Telegram|Circulars?|Report|Division|Library|Bulletin|Ser\.|Conf\.)"
)
ELSEVIER_IN = re.compile(r",\s+in:\s+(?=[A-Z])")
BARE_YEAR_AFTER_NAMES = re.compile(r"\s*((?:19|20)\d\d)[a-z]?\.\s+(?=\S)")
AAS_VOLUME_PAGE = re.compile(
    r"(?<=[A-Za-z.])\s*,\s*(\d{1,5}),\s*([A-Z]?\d{1,7}[A-Z]?(?:\.\d{1,3})?)"
    r"(?=[\s.,;]*(?:\(\s*(?:(?:19|20)\d\d)?\s*\))?[\s.,;]*$)"  # "(2019)" or its remains
)
AAS_YEAR_INSIDE = re.compile(r"(?<=[.,*†‡])\s*((?:19|20)\d\d)[a-z]?(?=,\s+\S)")
# "et al. (incl. J. Halvorsen)": where the CV owner is in a list cut short
INCLUDING = re.compile(r"\s*\((?:incl\.?|including)\s+[^()]{2,80}\)")
# "(2017), Title" (AGU), "2022: Title" (AMS): the year the names left before the title
LEADING_YEAR = re.compile(r"\(?((?:19|20)\d\d)[a-z]?(?:\)[,.:]?|[,:])\s+")
CHAPTER_IN = re.compile(r",\s+in\s+(?=[A-Z])")
BOOK_AFTER = re.compile(
    r"\bedited\s+by\b|\beds?\.|\bProc(?:eedings|\.)|\bConference\b|\bSymposium\b"
)
# ", Geophys. Res. Lett.", ", J. Adv. Model. Earth Syst., 13": at least two abbreviated
# words, and maybe the volume
ABBREVIATED_JOURNAL_END = re.compile(
    r",\s+(?=(?:[A-Z][a-z]*\.\s*){2})(?:[A-Z][a-z]{0,11}\.?\s*){2,7}(?:,\s*\d{1,4})?\s*$"
)


def _says(st: _State, word: str) -> bool:
    """Whether the entry holds ``word`` (lower case) in any case: a pattern that needs the
    word is not tried without it. Reading only blanks text out, so the original answers."""
    return word in st.lowered


def _marks_editors(text: str) -> bool:
    """ "ed.", "eds.", "editors", "edn", "edition": what the editor and edition patterns need."""
    return "ed." in text or "eds." in text or "editor" in text or "edn" in text or "edition" in text


def _has_paren_year(text: str) -> bool:
    """A year in parentheses, "(2021)", which the physics, Bluebook and "volume (year)" forms
    need. Reading an entry only blanks text out, so its original text answers for later."""
    return "(19" in text or "(20" in text


# an italic book, then the city it was published in alone
BOOK_THEN_PLACE = re.compile(
    r"(?P<book>.{8,}?)[,.;]+\s+(?P<place>[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?)"
)
ARTICLE_KIND_NUMBERED = re.compile(
    rf"({P.ARTICLE_KIND.pattern.removeprefix('(?i)')})(\s+(?:no\.\s*)?[A-Z]?\d{{1,6}})?", re.I
)
QUOTE_GOES_ON = re.compile(
    r"\s+(?!(?:in|en|em|dans|im|nel|nella|and|et|und|y|e|by|with|for|pp?)\b)[a-zà-ÿ]{2,}\s+[a-zà-ÿ]"
)
# A meeting's days at a venue's end, the year read out: "7 - 9 Haziran", "29 Eylül - 01
# Ekim", "22-24 settembre", "5–8 June" (the month names of the page-range pattern)
MEETING_DAYS_END = re.compile(
    rf",\s*\d{{1,2}}\.?(?:\s+(?i:{P.MONTH_NAMES_ANY})[^\W\d_]*\.?)?\s*[-–]\s*\d{{1,2}}\.?"
    rf"\s+(?i:{P.MONTH_NAMES_ANY})[^\W\d_]*\.?\s*$"
)
THESIS_BEFORE = re.compile(r"(?i)\b(?:thesis|dissertation)\s*[,:]?\s*[*_]*$")
GERMAN_YEAR_COLON = re.compile(r"\((?:19|20)\d\d[a-z]?\):\s")
SUBTITLE_BEFORE_IN = re.compile(r"\.?\s+([A-ZÄÖÜ][^.:]{2,150}?)\.\s+In:\s")
TITLE_LENGTH_END = re.compile(r",\s*(\d{1,4}\s*(?:pp|pages)\.?)[\s.,]*$")


def _set_title(st: _State, a: int, b: int) -> None:
    hep = PHYSICS_REF.search(st.w.text, a, b) if _has_paren_year(st.entry.text) else None
    if hep and st.w.text[a : hep.start()].rstrip().endswith(","):
        b = hep.start()  # "Title, Phys. Lett. B 716 (2012) 1": the journal ends the title
    # AMS: "Title, Comm. Algebra 45 (2017), no. 3, 1210–1228": an abbreviated journal, its
    # volume and (year) after the title's comma; the title read up to "Comm." ends before it
    ams = AMS_JOURNAL_AFTER_COMMA.search(st.w.text, a) if "(" in st.w.text[b : b + 80] else None
    if ams and a < ams.start() < b < ams.end("journal"):
        b = ams.start()
    a, b = _strip_range(st.entry.text, a, b, " \t,;:*")
    while a < b and st.w.text[a] in ". ":
        a += 1  # "Li, X. (in press). Title": the period the status left behind
    code = TITLE_CODE_END.search(st.entry.text, a, b)
    if code:
        b = code.start() + 1
    # ESA's chapters: "Insect pests of soybean, pp. 211–238. In J. L. Romero (ed.), ...": the
    # chapter's pages end the sentence of its title
    pages = TITLE_PAGES_END.search(st.entry.text, a, b)
    if pages and re.match(r"[\s.]*In:?\s", st.entry.text[b:]):
        b = pages.start()
    # German "Müller, T. (2021): Titel. Untertitel. In: Zeitschrift ...": the sentences up to
    # "In:" are the title's
    sub = (
        SUBTITLE_BEFORE_IN.match(st.w.text, b)
        if GERMAN_YEAR_COLON.search(st.entry.text, 0, a)
        else None
    )
    if sub:
        b = sub.end(1)
    # a preprint's length: "Title, 25 pp., arXiv:2401.09876" (kept as a remark)
    length = TITLE_LENGTH_END.search(st.w.text, a, b)
    if length and length.start() > a:
        st.extra.append(length.group(1))
        b = length.start()
    inside = None if st.authors else WITH_AT_TITLE_END.search(st.entry.text, a, b)
    if inside and _names_segment(inside.group(1)):
        # "_The Plains Transformed_ (with Harold J. Vandermeer). Lincoln: ...": the owner's
        # co-authors end the sentence read as the title
        _set_authors(st, inside.start(1), inside.end(1))
        st.spans[-1] = Span("coauthors", *st.authors_range)  # type: ignore[misc]
        st.w.consume(inside.start(), inside.end())
        b = inside.start()
    # AGU "Brennagh, C. A. (2017), Title": the year the names left behind (once the year is
    # known, "1984: Surveillance and the Novel" is a title)
    lead = None if st.year else LEADING_YEAR.match(st.w.text, a, b)
    if lead:
        st.year = int(lead.group(1))
        st.span("year", lead.start(1), lead.end(1))
        st.w.consume(lead.start(), lead.end())
        a = lead.end()
    raw = st.w.text[a:b]
    if (
        raw.startswith("[")
        and raw.rstrip(".").endswith("]")
        and LANGUAGE_SENTENCE.search(st.entry.text)
    ):
        # NLM: "[Resident memory T cells: new targets]. Enferm Infecc Microbiol Clin. 2018
        # Nov;36(9):581-588. Spanish.": the English title of an article in another language
        inner = raw.rstrip(".")
        st.w.consume(a, a + 1)
        st.w.consume(a + len(inner) - 1, a + len(inner))
        a, b = a + 1, a + len(inner) - 1
        raw = st.w.text[a:b]
    # "Title (2nd ed.)": the edition is not part of the title
    # ("计算机视觉[M]. 2版": GB/T 7714's edition after the book's title)
    ed = re.search(
        r"\s*\((\d{1,2})(?:st|nd|rd|th)\s+(?:ed\.?|edn\.?|edition)\)\s*\.?$|\.\s*(\d{1,2})\s*版\.?$",
        raw,
    )
    if ed:
        st.edition = ed.group(1) or ed.group(2)
        st.w.consume(a + ed.start(), a + len(raw))
        raw = raw[: ed.start()]
        b = a + len(raw)
    # "Title (with discussion)", "(with rejoinder)": a statistics journal's remark
    disc = WITH_DISCUSSION.search(raw)
    if disc:
        st.extra.append(disc.group(1))
        st.w.consume(a + disc.start(), a + disc.end())
        raw = raw[: disc.start()] + raw[disc.end() :]
        b = a + len(raw)
    # APA: "Title (Version 1.2) [Data set]": the version and what the work is, remarks
    described = APA_TITLE_DESCRIPTION.search(raw)
    if described and described.start() > 10 and any(described.groups()):
        st.extra.extend(x.strip(" .()[]") for x in described.groups() if x)
        st.w.consume(a + described.start(), a + len(raw))
        raw = raw[: described.start()]
        b = a + len(raw)
    # APA 6: "Title (Doctoral dissertation). University X": the kind, left for the school
    kind = APA_THESIS_AFTER_TITLE.search(raw)
    if kind and kind.start() > 10:
        raw = raw[: kind.start()]
        b = a + len(raw)
    # APA: "Title [Doctoral dissertation, University X]" — the brackets are not title
    tail = re.search(r"\s*\[([^\[\]]+)\]\s*\.?$", raw)
    # NLM: "Udbrud af Shigella ... [Outbreak of Shigella ...]. Ugeskr Laeger. ... Danish."
    nlm = tail and len(tail.group(1).split()) >= 3 and LANGUAGE_AT_END.search(st.entry.text)
    if tail and P.VENUE_WORDS.search(tail.group(1)) and not nlm:
        b = a + tail.start()
        raw = raw[: tail.start()]
    elif tail and (nlm or _is_translation(raw[: tail.start()], tail.group(1))):
        # "清代粮价与市场整合 [Grain Prices and Market Integration]": a translated title
        st.extra.append(f"Translated title: {tail.group(1).strip()}")
        st.w.consume(a + tail.start(), a + len(raw))
        raw = raw[: tail.start()]
    # Vancouver: "Müller-Schön T; COVID-19 Genomics UK (COG-UK) Consortium. Title": a group
    # after the people is an author too
    group = GROUP_AUTHOR_HEAD.match(raw) if st.authors else None
    if group and st.entry.text[:a].rstrip().endswith(";"):
        st.authors.append(Person(family=group.group(1)))
        st.w.consume(a, a + group.end())
        a += group.end()
        raw = raw[group.end() :]
    # AGU: "Title, in Book Title, Series, vol. 231, edited by A and B, pp. 211–240": the
    # book (or proceedings) after ", in" is no part of the title
    inside = CHAPTER_IN.search(raw)
    if inside and inside.start() > 10 and BOOK_AFTER.search(st.w.text, a + inside.end()):
        raw = raw[: inside.start()]
        b = a + len(raw)
    # AGU, AMS: "Title, Mon. Wea. Rev." with no volume after it (in press): an abbreviated
    # journal name ends the title (left for the venue)
    journal = ABBREVIATED_JOURNAL_END.search(raw)
    if journal and journal.start() > 20:
        raw = raw[: journal.start()]
        b = a + len(raw)
    raw = _without_final_period(raw)
    title = _clean(raw.strip("“”\"‘’`'* "))
    if title.count("”") > title.count("“") and raw.lstrip(" *").startswith("“"):
        title = "“" + title  # '“Doing My Own Research”: Epistemic ...': it opens the title
    if re.fullmatch(r"[“\"][^“”\"]+\.[”\"]", raw.strip()):
        title = _without_final_period(title)  # Chicago's '"Tomis."': inside the quotes
    if not title:
        return
    st.title = title
    st.title_range = (a, a + len(raw))
    st.span("title", a, a + len(raw))
    st.w.consume(a, a + len(raw))


SCHOOL_WORD = re.compile(
    r"(?i)\b(?:univ\.?|universi\w*|institut\w*|college|school|polytechni\w*|ecole|école|"
    r"academy|hochschule|eth|epfl|mit|univerzit\w*|uniwersytet\w*|politechnik\w*)\b"
    r"|(?<!\w)университет|(?<!\w)(?:trường\s+)?đại\s+học(?!\w)"
)


# "The Eindhoven University of Technology": a school's name goes without its article
JOURNAL_WORD = re.compile(
    r"(?i)\b(?:journal|review|quarterly|record|bulletin|magazine|letters|transactions|annals)\b"
    r"|(?i:tid(?:s)?skrift|zeitschrift|tijdschrift)\b"
)
SCHOOL_ARTICLE = re.compile(
    r"(?i)^\s*the\s+(?=(?:[\w\-]+\s+){0,3}(?:university|institute|college|school)\b)"
)


def _school(text: str) -> str:
    """The school in what is left of a thesis entry.

    "[ University of Michigan]. ProQuest Dissertations" -> "University of Michigan";
    "Dept. Informatics, Tech. Univ. Munich, Munich, Germany" -> "Tech. Univ. Munich".
    """
    text = _clean(re.sub(r"(?i)\(\s*(?:unpublished\s*)?\)|\[\s*\]", " ", text)).strip(" ,.")
    bracket = re.search(r"[\[(]([^\[\]()]+)[\])]", text)
    if bracket and SCHOOL_WORD.search(bracket.group(1)):
        text = bracket.group(1)
    parts = [p.strip(" ,.") for p in re.split(r",\s+|(?<=[a-z]{4})\.\s+(?=[A-Z])", text)]
    parts = [p[1:-1] if p[:1] + p[-1:] in ("[]", "()") else p for p in parts if p]
    for i, p in enumerate(parts):
        if (
            p.lower() in word_set("multi_campus_schools.txt")
            and i + 1 < len(parts)
            and _city(parts[i + 1])
        ):
            return f"{p}, {parts[i + 1]}"  # "University of California, Davis": the campus
        if SCHOOL_WORD.search(p) and not re.match(r"(?i)(?:dept|department|faculty)\b", p):
            # "Boston, MA: Harvard T.H. Chan School": the place before the colon goes
            # "Vitoria-Gasteiz: ...", CSE "Corvallis (OR): Oregon State University"
            place = re.match(r"[A-Z][\w .\-]{0,40}(?:\s*\([A-Z][\w .]{1,20}\))?:\s+(?=\S)", p)
            if place and SCHOOL_WORD.search(p, place.end()):
                p = p[place.end() :]
            return DEGREE_AFTER.sub("", SCHOOL_ARTICLE.sub("", p))
    return DEGREE_AFTER.sub("", SCHOOL_ARTICLE.sub("", parts[0])) if parts else ""


# the degree after the school, its "thesis" read: USSL "University of Iceland MA thesis"
DEGREE_AFTER = re.compile(
    r"\s+(?:M\.?\s?A|M\.?\s?Sc|M\.?\s?S|M\.?\s?Phil|Ph\.?\s?D|D\.?\s?Phil|B\.?\s?A|B\.?\s?Sc"
    r"|doctoral|master'?s?)\.?$",
    re.I,
)


def _split_translation(text: str) -> tuple[str, str | None]:
    """'清代粮价 [Grain Prices]' -> ('清代粮价', 'Grain Prices'); other text unchanged."""
    m = re.search(r"\s*\[([^\[\]]+)\]\s*\.?$", text)
    if m and _is_translation(text[: m.start()], m.group(1)):
        return text[: m.start()].strip(), m.group(1).strip()
    return text, None


def _is_translation(original: str, bracket: str) -> bool:
    """A bracketed text in another script than the title before it: a Latin-script
    translation after a Chinese title, or a Japanese one after an English title."""
    before, inside = _latin_share(original), _latin_share(bracket)
    if before is None or inside is None:
        return False
    if before < 0.5:
        return re.search(r"[A-Za-z]{3}", bracket) is not None
    if before > 0.9 and inside < 0.2:
        return True
    # "Morfologická analýza a lemmatizace [Morphological analysis and lemmatization]": a
    # title with diacritics, then an English one of as many words or more, with none
    words = bracket.split()
    return (
        len(words) >= 3
        and bracket.isascii()
        and sum(1 for c in original if c.isalpha() and not c.isascii()) >= 2
        # (as long in words, or in letters: Vietnamese writes a word a syllable)
        and (len(words) >= 0.6 * len(original.split()) or len(bracket) >= 0.6 * len(original))
        and bool(re.search(r"\b(?:of|and|the|for|in|on|with|to)\b", bracket))
    )


def _latin_share(text: str) -> float | None:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if "a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f")
    return latin / len(letters)


# -- the publication part -------------------------------------------------------------------


@dataclass
class _VenueInfo:
    venue: str | None = None
    short: str | None = None
    kb: venues.Venue | None = None
    publisher: str | None = None
    volume: str | None = None
    number: str | None = None
    pages: str | None = None
    month: int | None = None
    year: int | None = None
    editors: list[Person] = field(default_factory=list)
    booktitle: str | None = None
    edition: str | None = None
    address: str | None = None
    location: str | None = None  # where a conference was held ("Cannes, France")
    event: bool = False  # the venue is a congress named with its edition and city (ABNT)
    report: bool = False
    notes_for: bool = False  # liner or program notes: written to go with a recording or concert
    rest: str = ""


def _arxiv_year(arxiv: str | None) -> int | None:
    """The year a new-style arXiv id was posted: 2401.05678 -> 2024 (old ids: none)."""
    m = re.match(r"(\d\d)(0[1-9]|1[0-2])\.\d{4,5}", arxiv or "")
    return 2000 + int(m.group(1)) if m else None


def _rxiv_year(doi: str | None) -> int | None:
    """The year a bioRxiv or medRxiv preprint was posted, from its DOI:
    10.1101/2024.02.28.582399 -> 2024 (older DOIs, 10.1101/123456, carry none)."""
    m = re.match(r"10\.1101/((?:19|20)\d\d)\.[01]\d\.[0-3]\d\.\d", doi or "")
    return int(m.group(1)) if m else None


def _expand_pages(a: str, b: str) -> str:
    b, dot, supplement = b.partition(".e")  # Cell's "3245-62.e18"
    if len(b) < len(a) and a.isdigit() and b.isdigit():
        b = a[: len(a) - len(b)] + b  # "4567-78" -> 4567--4578
    return f"{a}--{b}{dot}{supplement}"


ABNT_EVENT = re.compile(
    r"\bIn:\s+(?P<event>[^,;]{5,200}?),\s+(?:(?P<ed>\d{1,3})\.,\s+)?(?P<year>(?:19|20)\d\d),\s+"
    r"(?P<place>[^.,;]{2,60})\.\s+(?:Anais|Proceedings|Atas|Actas|Resumos|Memórias|Memorias)\b"
    r"[^.]*\.(?:\s*(?P<pubplace>[^.:;]{2,60}):\s*(?P<pub>[^,.;]{2,80}),\s*(?:19|20)\d\d\.)?"
)
_KEEP_CAPS = frozenset(["ieee", "ifac", "acm", "pes", "ifip", "siam", "sbc", "sba"])
_SMALL_WORDS = frozenset(
    ["de", "da", "do", "das", "dos", "e", "em", "na", "no", "of", "on", "and", "the", "in", "for"]
)


def _event_name(name: str) -> str:
    """ABNT writes events in capitals: 'CONGRESSO BRASILEIRO DE AUTOMÁTICA' reads as
    'Congresso Brasileiro de Automática' (acronyms such as IEEE and IFAC stay)."""
    name = _clean(name)
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    out = []
    for i, w in enumerate(name.split()):
        low = w.lower()
        if i and low in _SMALL_WORDS:
            out.append(low)
        elif low in _KEEP_CAPS or venues.by_acronym(w) is not None:
            out.append(w)
        else:
            out.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(out)


# Harvard "Society, 84, 101127." and physics "Phys. Rev. B 104, 075129." (the year came
# first): a volume and an article number end the entry
# (the year read out before it leaves its commas: "*Economics Letters*, 2021, 201, 109783")
HARVARD_ARTICLE = re.compile(
    r"(?<=[A-Za-z.*_])(?:(?:\s*,)+\s*|\s+)(?!(?:19|20)\d\d\b)(\d{1,4}),\s*(?!(?:19|20)\d\d\b)([A-Za-z]?\d{4,7})[\s.,;]*$"
)
YEAR_VOLUME_PAGES = re.compile(
    r"(?<=[A-Za-z.*_]),\s*((?:19|20)\d\d),\s*(\d{1,4}),\s*([A-Za-z]?\d{1,7}(?:\s*[-–]\s*\d{1,7})?)[\s.,;]*$"
)
CHAPTER_NUMBER = re.compile(r"(?<=,)\s*\bch(?:ap)?\.\s*(\d{1,3})\b(?=\s*[,.;]|\s*$)")
IEEE_CHAPTER = re.compile(
    r"\bin\s+(?P<book>[A-Z][^,]{2,200}),\s+(?P<eds>[^,;]{2,60}?(?:,\s*[^,;]{2,60}?)*?),?\s+Eds?\.\s*"
    r"(?:(?P<place>[A-Z][^:;]{1,60}):\s*)?(?P<pub>[A-Z][^,;]{1,100})"
)
# Optica: "in Integrated Nonlinear Photonics, P. Duarte and M. Feld, eds. (Springer, 2021)"
OPTICA_CHAPTER = re.compile(
    r"\bin\s+(?P<book>[A-Z][^,]{2,200}),\s+(?P<eds>[^,;()]{2,60}?(?:,\s*[^,;()]{2,60}?)*?),?"
    r"\s+eds?\.\s*\((?:(?P<place>[A-Z][^:;()]{1,60}):\s*)?(?P<pub>[A-Z][^,;()]{1,80}),\s*"
    r"(?:(?:19|20)\d\d)?\s*\)"
)
PHYSICS_CHAPTER = re.compile(
    r"\bin\s+(?P<book>[^,]{3,200}),\s*eds?\.\s+(?P<eds>[^()]{3,200}?)\s*"
    r"\((?P<pub>[^,()]{2,60}),\s*(?P<place>[^,()]{2,60})(?:,\s*(?:19|20)\d\d)?\)"
)
# RSC: "in *Sustainable Photocatalysis*, ed. M. Ferraro and L. Okoye, The Royal Society of
# Chemistry, Cambridge, 2021, ch. 7, pp. 156–182" (no brackets around the publisher)
RSC_CHAPTER = re.compile(
    r"\bin\s+(?P<book>[^,]{3,200}),\s*eds?\.\s+(?P<eds>[^()]{3,200}?),\s*"
    r"(?P<pub>(?:The\s+)?[A-Z][^,()]{1,80}?(?:Society\s+of\s+Chemistry|Press|Publishing|"
    r"Publishers?|Springer|Wiley(?:-VCH)?|Elsevier|Verlag|Books)),\s*(?P<place>[A-Z][^,()]{1,40})"
)
# ESA (ecology): "Pages 211–238 in L. K. Marchetti and D. Ostrowski, editors. Book title.
# Second edition. Springer, Cham, Switzerland."
ESA_CHAPTER = re.compile(
    r"\bPages\s+(?:(?P<first>\d+)\s*[–-]\s*(?P<last>\d+))?\s*in\s+(?P<eds>[^,;]{3,200}?),"
    r"\s+editors?\.\s+(?P<book>[^.]{3,200})\.(?:\s+(?P<edition>[A-Z][a-z]+)\s+edition\.)?"
    r"(?:\s+(?P<pub>[A-Z][^,.]{1,80}),\s*(?P<place>[A-Z][^.]{1,60}))?"
)
ACS_CHAPTER = re.compile(
    r"\bIn\s+(?P<book>[^;]{3,200});\s*(?P<eds>[^;]{2,200}?),?\s+Eds?\.;\s*"
    r"(?:(?P<pub>[^:;]{2,100}):\s*(?P<place>[^,;]{2,60})(?=,))?"
)
# ASCE: '"Title." Seismic Resilience of Aging Infrastructure, M. Dąbrowski and L. Ferrante,
# eds., Springer, Cham, Switzerland, 145–172.' (the book, its editors, publisher and place)
ASCE_CHAPTER = re.compile(
    r"(?P<book>[A-Z][^,;]{3,200}?)(?:,\s*(?P<edition>\d{1,2})(?:st|nd|rd|th)\s+[Ee]d(?:n|ition)?\.?)?"
    r"[\s,]*,\s+(?P<eds>[A-Z][^,;]{1,80}?(?:,\s*[A-Z][^,;]{1,80}?)*?),?"
    r"\s+eds?\.,\s*(?P<pub>[^,;]{2,60}),\s*(?P<place>[^;]{2,60}?)(?=,\s*\d|\s*\.?\s*$)"
)
# INFORMS: "Title. Hoffmann R, Patel S, eds. *Handbook of X* (Springer, Cham), 301–330."
INFORMS_CHAPTER = re.compile(
    r"(?<=[.?!]\s)(?P<eds>[A-Z][^.;()]{2,200}?),?\s+eds?\.\s+(?P<book>[^()]{3,200}?)\s*"
    r"\((?P<pub>[^,()]{2,60}),\s*(?P<place>[^()]{2,60})\)"
)
# The rest of an editor list after its first comma: "B. Jones, and C. Lee" up to a stop
_EDITOR = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
MORE_EDITORS = re.compile(rf"\s*((?:{_EDITOR},\s+)*(?:and|&)\s+{_EDITOR})(?=\.\s|\.?$|,)")
# (SBL and Chicago notes: "In *Book*. Edited by A. Smith.")
EDITED_BY = re.compile(r"\b(?:ed\.|edited|(?<=\.\s)Edited)\s+by\b")
EDITED_AFTER_BOOK = re.compile(
    r"[*_\s]*,\s*(?:eds?\.|edited\s+by|ed\.\s+by)\s+([A-Z][^,;()]{2,200}?)"
    r"(?=\s*,|(?<!\b[A-Z])\.\s)"  # (not at an initial's period: "Jennifer I. Martin")
)
# Ecology and British styles: "In: *Handbook of X* (eds A. Körner & B. Lee), pp. 45–67.
# Springer, Cham." (the editors in parentheses after the book, then publisher and place)
EDS_AFTER_BOOK = re.compile(
    r"\bIn:?\s+(?P<book>[^()]{3,200}?)\s*\(\s*[Ee]ds?\.?\s+(?P<eds>[^()]{3,200}?)\)[\s,.;]*"
    r"(?:(?P<pub>[A-Z][^,.;:()]{1,80}?),\s*(?P<place>[A-Z][^.;:()]{1,60}?)\s*\.?\s*$)?"
)
# What two patterns of numbers after a colon need, found fast from the colon: an article id
# ahead of print (":dyae178") and a volume's article number ("11:e0153456")
AHEAD_OF_PRINT_ID = re.compile(r":\s*[a-z]{0,6}\d\d")
ARTICLE_AFTER_COLON = re.compile(r":\s*e?\d{3}")
# what the chapter pattern "In Book (Eds.)" needs, found fast from its opening parenthesis
EDITORS_IN_PARENS = re.compile(
    r"\((?:Eds?|eds?|Hg|Hrsg|hg|hrsg|[Dd]ir|[Cc]oords?|[Cc]omps?|Orgs?|orgs?|Red|red|szerk|toim|επιμ)\.?\)"
)
BLUEBOOK = re.compile(
    r"(?<![\w.])(\d{1,4})\s+((?:(?:[A-Z][\w.&']*|&)\s+){1,6}?(?:L\.|J\.|Rev\.|Q\.)(?:\s+[A-Z][\w.]*)*)"
    r"\s+(\d{1,5})(?:,\s*\d{1,5})?\s*\(((?:19|20)\d\d)\)"
)
PAGE_RANGE_START = re.compile(r"\s*[-–]{1,2}\s*\d")
PAGE_RANGE_END = re.compile(r"\d\s*[-–]{1,2}\s*$")


# AGU's old page numbers: "11,304–11,322"
THOUSANDS_PAGES = re.compile(r"(?<![\d,])(\d{1,3},\d{3})\s*[-–]\s*(\d{1,3},\d{3})(?!\d|,\d)")
# AGU's article numbers: "e2023GL106512" (e, the year, the journal's code, a number)
AGU_ARTICLE = re.compile(r"(?<![\w.])(e(?:19|20)\d\d[A-Z]{2}\d{6})\b")


ACM_JOURNAL_NUMBERS = re.compile(
    r"\b(?P<volume>\d{1,4}),\s*(?P<issue>[A-Za-z]{0,6}\d{1,4})(?:,\s*Article\s+(?P<article>\w+))?"
    r"\s*\((?:(?P<month>[A-Z][a-z]+)\.?\s+)?(?P<year>(?:19|20)\d\d)\)(?:,\s*\d{1,4}\s+pages\b)?"
)
VOLUME_YEAR_PAGES = re.compile(
    r"(?<=[A-Za-z.])(?:,\s*|\s+)(?:[Vv]ol\.\s*)?(?P<volume>(?!(?:19|20)\d\d\b)\d{1,4})"
    r"(?:,\s*(?:[Nn]\.\s?º|[Nn]o\.)\s*(?P<issue>\d{1,4}))?\s*\((?P<year>(?:19|20)\d\d)\),\s*"
    r"(?P<pages>[A-Za-z]?\d{1,7}(?:\s*[-–]\s*[A-Za-z]?\d+)?)\b"
)
# Economists' "*Economics Letters*, 186, 2020, 108532", "*AEJ: Micro*, 14(4), 2022, pp.
# 301–337": volume (issue), year, then the pages or the article's number, ending the entry
VOLUME_COMMA_YEAR_PAGES = re.compile(
    r"(?<=[A-Za-z.])(?<!\b[Nn]o\.)(?<!\b[Vv]ol\.)(?<!\b[Nn]r\.)(?<!\bn\.)(?<!\b[Ii]ssue)"
    r"(?:,\s*|\s+)(?P<volume>(?!(?:19|20)\d\d\b)\d{1,4})(?:\s*\((?P<issue>[^()]{1,8})\))?"
    r",\s*(?P<year>(?:19|20)\d\d),\s*(?:pp?\.\s*)?"
    r"(?P<pages>[A-Za-z]?\d{1,7}(?:\s*[-–]\s*[A-Za-z]?\d+)?)\b(?=[\s.,;]*$)"
)


# Spanish, Portuguese and French "presented at": "Comunicación oral presentada en el ..."
PRESENTED_IN = re.compile(
    r"(?i)((?:comunicación|comunicação|communication|ponencia|póster|poster)(?:\s+orale?)?)\s+"
    r"(?:presentad[oa]|apresentad[oa]|présentée?)\s+(?:en|em|no|na|à|au|at)\s+"
    r"(?:el\s+|la\s+|l['’]\s*|o\s+|a\s+|the\s+)?"
)
INVITED_AFTER_TITLE = re.compile(r"\s*[(\[](?i:invited)[)\]]\s*$")
AGU_ABSTRACT = re.compile(r"\bAbstract\s+([A-Z]{1,4}\d{1,3}[A-Z]?-\d{1,5})\s+presented\s+at\s+")
SEASON_EDITION = re.compile(
    r"\((?:Spring|Summer|Fall|Autumn|Winter)\s+(?P<year>(?:19|20)\d\d)\s+Edition\)"
)
# "2024年3月" ending the entry (not "日本音響学会2023年秋季研究発表会", a meeting's name)
CJK_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)年(?:度)?(?:(?P<month>1[0-2]|[1-9])月)?(?=[\s.,;，。、)）]|$)"
)
DOTTED_DATE = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\.(?P<month>0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\b"
)


def _publication_part(st: _State) -> _VenueInfo:
    info = _VenueInfo(number=st.paper_id)
    # The patterns below are tried only when the entry holds what each needs: nearly half
    # the time of reading an entry went to patterns that could not match.
    paren_year = _has_paren_year(st.entry.text)
    # "*Book*. Translated by Clémence Ardouin-Whitlow. Ithaca, NY: ...": the translator
    tr = TRANSLATED_BY.search(st.w.text) if "ranslated" in st.w.text else None
    if tr and st.title_range and tr.start(1) >= st.title_range[1]:
        st.extra.append(_clean(tr.group(1)))
        st.w.consume(tr.start(), tr.end())
    # Chicago: '"Title." Chap. 7 in *Book*, edited by ...': the chapter's number, a remark
    chap = CHAPTER_NUMBER_IN.search(st.w.text) if "hap" in st.w.text else None
    if chap:
        st.extra.append(f"Chapter {chap.group(1)}")
        st.w.consume(chap.start(), chap.end() - 3)
    # a concert's or a recording's notes: '"Title." Program notes. Ann Arbor Symphony
    # Orchestra, October 2022.', '"Title." Liner notes for *Night Songs*, A. Osei, piano.'
    # ("Liner notes for ...": see LINER_NOTES)
    genre = (
        NOTES_LABEL.match(st.w.text, st.title_range[1])
        if st.title_range and ("otes" in st.w.text or "ssay" in st.w.text)
        else None
    )
    if genre:
        st.extra.append(genre["genre"])
        st.w.consume(genre.start(), genre.end())
        info.notes_for = True
    # "[Revised version of Ph.D. dissertation, Duke University, 2014.]": the book's history,
    # a remark (its thesis, school and year are not the book's)
    history = BOOK_HISTORY.search(st.w.text) if "[" in st.w.text else None
    if history:
        st.extra.append(_clean(history.group(1)).rstrip(" ."))
        st.w.consume(history.start(), history.end())
    # SBL and Chicago books: "*Title*. STDJ 128. Leiden: Brill, 2019.": the series and its
    # number before the imprint, a remark (no journal's volume)
    series = SERIES_BEFORE_IMPRINT.match(st.w.text, st.title_range[1]) if st.title_range else None
    if series and ":" in st.w.text:
        st.extra.append(f"Series: {series['series']} {series['number']}")
        st.w.consume(series.start("series"), series.end())
    sbl = PAGES_IN.search(st.w.text) if "ages " in st.w.text else None
    if sbl and ESA_EDITORS.match(st.w.text, sbl.end()):
        sbl = None  # ESA: "Pages 211–238 in A. Smith, editors. Book." (read below)
    if sbl and st.title_range and sbl.start() >= st.title_range[1]:
        first, last = sbl.group(1), sbl.group(2)
        info.pages = _expand_pages(first, last) if last else first
        st.span("pages", sbl.start(1), sbl.end(2) if last else sbl.end(1))
        st.w.consume(sbl.start(), sbl.end())
        st.w.put(sbl.start(), "In ")  # "In *Book*. Edited by ..." is read as any chapter's
    # "(Fall 2023 Edition)" of an online encyclopedia, "2019.08.14" of a review's page: dates
    agu = AGU_ABSTRACT.search(st.w.text) if "presented" in st.w.text else None
    if agu:  # "Abstract T23A-05 presented at AGU Fall Meeting 2022": the abstract's number
        info.number = agu.group(1)
        st.w.consume(agu.start(), agu.end())
    dated = (
        SEASON_EDITION.search(st.w.text)
        or DOTTED_DATE.search(st.w.text)
        or (CJK_DATE.search(st.w.text) if "年" in st.w.text else None)
    )
    if dated:
        info.year = int(dated["year"])
        if dated.re is not SEASON_EDITION:
            info.month = int(dated["month"]) if dated["month"] else None
        else:
            st.extra.append(_clean(dated.group(0)).strip("()"))
        st.span("year", dated.start("year"), dated.end("year"))
        st.w.consume(dated.start(), dated.end())
    thousands = THOUSANDS_PAGES.search(st.w.text)
    if thousands:  # AGU's old page numbers: "121, 11,304–11,322"
        first, last = (g.replace(",", "") for g in thousands.groups())
        info.pages = f"{first}--{last}"
        st.span("pages", thousands.start(), thousands.end())
        st.w.consume(thousands.start(), thousands.end())
    agu = (
        AGU_ARTICLE.search(st.w.text) if "e19" in st.entry.text or "e20" in st.entry.text else None
    )
    if agu:  # its digits are no year and no pages
        info.pages = agu.group(1)
        st.span("pages", agu.start(1), agu.end(1))
        st.w.consume(agu.start(), agu.end())
    # IEEE "..., 2019, ch. 7, pp. 201–236": a chapter's number, no volume
    for ch in CHAPTER_NUMBER.finditer(st.w.text) if "ch" in st.entry.text else ():
        st.extra.append(f"Chapter {ch.group(1)}")
        st.w.consume(ch.start(), ch.end())
    text = st.w.text
    # Proceedings of Science: "PoS(ICHEP2020)123" — the series, the conference, the number
    pos = "PoS" in text and re.search(r"\bPoS\s*\(\s*([A-Za-z][\w.\-]*)\s*\)\s*(\d{1,4})\b", text)
    if pos:
        info.kb = None
        info.volume, info.pages = pos.group(1), pos.group(2)
        held = re.search(r"(?:19|20)\d\d", pos.group(1))  # "ICHEP2020": the conference's year
        st.w.consume(pos.start(1) - 1, pos.end())
        text = st.w.text
        # ... unless the entry gives the year it appeared: "PoS(EPS-HEP2023)456 (2024)"
        if held and not (st.year or P.YEAR.search(text)):
            info.year = int(held.group(0))
    hep = PHYSICS_REF.search(text) if paren_year else None
    if hep:
        info.volume, info.pages, info.year = hep["volume"], hep["page"], int(hep["year"])
        st.span("year", hep.start("year"), hep.end("year"))
        st.w.consume(hep.start("volume"), hep.end())
        text = st.w.text
    # Bluebook (law reviews): "97 N.Y.U. L. Rev. 1234 (2022)" — volume, journal, first page
    bb = None if hep or not paren_year else BLUEBOOK.search(text)
    if bb and not info.volume:
        info.volume, info.pages, info.year = bb.group(1), bb.group(3), int(bb.group(4))
        st.span("year", bb.start(4), bb.end(4))
        st.w.consume(bb.start(1), bb.end(1))
        st.w.consume(bb.start(3), bb.end())
        text = st.w.text
    # Physics: "Physical Review X 13, 021012 (2023)" — volume, article number, (year)
    pr = (
        # (SPIE's article ids end with a letter: "Proc. SPIE 12424, 124240D (2023)")
        re.search(
            r"(?<=[A-Za-z.])\s+(\d{1,5}),\s*([A-Z]?\d{2,7}[A-Z]?)\s*\(((?:19|20)\d\d)\)", text
        )
        if paren_year
        else None
    )
    if pr and not info.volume:
        info.volume, info.pages, info.year = pr.group(1), pr.group(2), int(pr.group(3))
        st.span("year", pr.start(3), pr.end(3))
        st.w.consume(pr.start(), pr.end())
        text = st.w.text
    # AAS (astronomy): "ApJ, 901, 45", "A&A, 662, A85", "Proc. SPIE, 12189, 121890K": the
    # volume, then the first page or the article id, nothing else numbered
    # (ACM's "Surveys 55, 6 (2023)" has no comma before its volume)
    m = None if info.volume or info.pages else AAS_VOLUME_PAGE.search(text)
    if m:
        info.volume, info.pages = m.group(1), m.group(2)
        st.span("pages", m.start(2), m.end(2))
        st.w.consume(m.start(), m.end())
        text = st.w.text
    # Harvard: "Accounting, Organizations and Society, 84, 101127." — volume, article number
    ha = None if info.volume else HARVARD_ARTICLE.search(text)
    if ha:
        info.volume, info.pages = ha.group(1), ha.group(2)
        st.w.consume(ha.start(), ha.end())
        text = st.w.text
    # economics: "*Economics Letters*, 2021, 201, 109783." — year, volume, pages
    yv = None if info.volume or "," not in text else YEAR_VOLUME_PAGES.search(text)
    if yv:
        info.year = info.year or int(yv.group(1))
        info.volume, info.pages = yv.group(2), re.sub(r"\s*[-–]\s*", "--", yv.group(3))
        st.w.consume(yv.start(), yv.end())
        text = st.w.text
    # ACM: "Computing Surveys 55, 6 (2023), 1–28" — volume, issue, (year); its journals
    # number articles: "Proc. ACM Hum.-Comput. Interact. 7, CSCW1, Article 85 (April 2023),
    # 27 pages" (the issue may be a name)
    am = ACM_JOURNAL_NUMBERS.search(text)
    if am:
        info.volume, info.number, info.year = am["volume"], am["issue"], int(am["year"])
        if am["article"]:
            info.pages = am["article"]
        month = (am["month"] or "")[:3].lower()
        if month in P.MONTHS:
            info.month = P.MONTHS.index(month) + 1
        st.w.consume(am.start(), am.end())
        text = st.w.text
    # a meeting's days: "AIChE Annual Meeting, Orlando, FL, Nov 5–10, 2023; Paper 345c"
    days = EVENT_DAYS.search(text) if not info.year and DAY_RANGE.search(text) else None
    if days and not (st.title_range and days.start() < st.title_range[1]):
        info.year = int(days["year"])
        info.month = info.month or P.MONTHS.index(days["month"][:3].lower()) + 1
        st.span("year", days.start("year"), days.end("year"))
        st.w.consume(days.start(), days.end())
        text = st.w.text
    # "International Journal of Human-Computer Studies 148 (2021), 102589": volume, (year),
    # the article's number or pages
    vy = VOLUME_YEAR_PAGES.search(text) if paren_year else None
    if vy and not info.volume and not info.year:
        pages = re.split(r"\s*[-–]\s*", vy["pages"])
        info.volume, info.year = vy["volume"], int(vy["year"])
        info.number = info.number or vy["issue"]
        info.pages = _expand_pages(*pages) if len(pages) == 2 else pages[0]
        st.span("year", vy.start("year"), vy.end("year"))
        st.w.consume(vy.start(), vy.end())
        text = st.w.text
    vc = (
        None
        if info.volume or info.year or not COMMA_YEAR_COMMA.search(text)  # (a cheap scan first)
        else VOLUME_COMMA_YEAR_PAGES.search(text)
    )
    if vc:
        pages = re.split(r"\s*[-–]\s*", vc["pages"])
        info.volume, info.number, info.year = vc["volume"], vc["issue"], int(vc["year"])
        info.pages = _expand_pages(*pages) if len(pages) == 2 else pages[0]
        st.span("year", vc.start("year"), vc.end("year"))
        st.w.consume(vc.start(), vc.end())
        text = st.w.text
    # ACS: "J. Am. Chem. Soc. 2023, 145, 10234–10242", "Org. Lett. 2020, 22 (5), 1801–1805",
    # "Angew. Chem. Int. Ed. 2022, 61, e202201234": year, volume (issue), pages
    acs = re.search(
        # (ECS Meeting Abstracts number their volumes "MA2019-02")
        r"(?<=[A-Za-z.]\s)((?:19|20)\d\d),\s*(\d{1,4}|MA(?:19|20)\d\d-\d{1,2})\s*(?:\(([^)]{1,8})\))?,\s*"
        r"([A-Za-z]{0,2}\d+)(?:\s*[-–]\s*([A-Za-z]{0,2}\d+))?\b",
        text,
    )
    if acs and not info.year:
        info.year, info.volume, info.number = int(acs.group(1)), acs.group(2), acs.group(3)
        info.pages = _expand_pages(acs.group(4), acs.group(5)) if acs.group(5) else acs.group(4)
        st.span("year", acs.start(1), acs.end(1))
        st.w.consume(acs.start(), acs.end())
        text = st.w.text
    # Years: outside parentheses first ("Machine Learning Journal (ECML-PKDD 2022 ...)"),
    # then a parenthesis holding only a date ("Systems 37 (2024)").
    depth_free = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
    years = [
        m
        for m in P.YEAR.finditer(depth_free)
        # "no. 9, 1987–2030": pages, not years; "Report No.: 2016:7": a report's number
        if not PAGE_RANGE_START.match(depth_free, m.end())
        and not re.match(r":\d", depth_free[m.end() : m.end() + 2])
        and not PAGE_RANGE_END.search(depth_free, 0, m.start())
    ] or list(re.finditer(r"(?<=\()\s*(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d)\s*(?=\))", text))
    if not years:
        # "Machine Learning Journal (ECML-PKDD 2022 journal track)"
        years = [m for m in P.YEAR.finditer(text) if re.search(r"[A-Za-z]", text[: m.start()])]
    if info.year or st.year or st.tag_year:
        pass  # the year is known (tag, APA "(2020)."): later 4-digit numbers are pages
    elif years:
        ym = years[-1]
        info.year = int(ym.group(1))
        st.span("year", ym.start(), ym.end())
        st.w.consume(ym.start(), ym.end())
        # Elsevier's "J. Mater. Civ. Eng. 32 (11) (2020) 04020345": volume, issue, the
        # year's brackets, then the pages or the article number
        els = ELSEVIER_AFTER_YEAR.search(st.w.text)
        if els and not info.pages:
            info.volume, info.number = els["volume"], els["issue"]
            info.pages = _expand_pages(els["first"], els["last"]) if els["last"] else els["first"]
            st.w.consume(els.start(), els.end())
        # "Systems 37 (2024)": the number before a parenthesised year is the volume
        # (not an issue so labelled: "Volume 10, Number 55 (2015)")
        vol = re.search(
            r"(?<=[A-Za-z])(?<!(?i:number))(?<!(?i:issue))\s+(\d{1,4})(?:\s+(\d{1,3}))?\s*\(\s*\)",
            st.w.text,
        )
        if vol:
            # (CIÊNCIAVITAE: "Revista 21 2 (2021): 87-104", the volume and then the issue)
            info.volume, info.number = vol.group(1), info.number or vol.group(2)
            st.w.consume(vol.start(), vol.end())
            # "Marine Pollution Bulletin 186 (2023): 114421": an article number after it
            art = re.match(r"\s*:\s*([A-Za-z]?\d{3,9})\b(?!\s*[-–]\s*\d)", st.w.text[vol.end() :])
            if art and not info.pages:
                info.pages = art.group(1)
                st.w.consume(vol.end(), vol.end() + art.end())
    else:
        sm = re.search(
            # ("(HotStorage '21)": a space before the apostrophe too)
            r"(?<=[A-Za-z])\s?['’]\s?(\d{2})\b|\b(?:SC|PPoPP|MLSys)\s?['’]\s?(\d{2})\b",
            text,
        )
        if sm:
            info.year = _expand_year(sm.group(1) or sm.group(2))
            st.w.consume(sm.start(1) - 1 if sm.group(1) else sm.start(2) - 1, sm.end())
    text = st.w.text
    # Physics and chemistry set the volume in bold: "Phys. Rev. D **108**, 055012 (2023)",
    # "Nucl. Phys. B **970** (2021) 115489"; the number next to it is the article number.
    for a, b in st.entry.bold:
        bold = st.entry.text[a:b].strip()
        if (
            re.fullmatch(r"\d{1,4}", bold)
            and info.volume in (None, bold)
            and (text[a:b].strip() or info.volume == bold)
        ):
            info.volume = bold
            st.w.consume(a, b)
            # "**85**(4)": its issue; "**770** (2021)" is the year
            issue = re.match(r"\s*\(\s*(?!(?:19|20)\d\d\s*\))([^()\s][^()]{0,9})\)", st.w.text[b:])
            if issue and not info.number:
                info.number = issue.group(1).strip()
                st.w.consume(b + issue.start(), b + issue.end())
            art = re.match(
                # ("A3401–A3410": ECS's pages, a letter before each)
                r"[\s,]*(?:\(\s*\)\s*)?,?\s*([A-Z]?\d{2,7}(?:\s*[-–]\s*[A-Z]?\d+)?)\b",
                st.w.text[b:],
            )
            if art and not info.pages:
                pages = re.split(r"\s*[-–]\s*", art.group(1))
                info.pages = _expand_pages(*pages) if len(pages) == 2 else pages[0]
                st.w.consume(b + art.start(1), b + art.end(1))
            text = st.w.text
            break
    # ACM article numbers as DBLP writes them: "55(9): 181:1-181:36"
    an = ":" in text and re.search(
        r"(?<![\d:])(\d{1,5}:\d{1,4})\s*[-–]\s*(\d{1,5}:\d{1,4})(?![\d:])", text
    )
    if an and not info.pages:
        info.pages = f"{an.group(1)}--{an.group(2)}"
        st.span("pages", an.start(), an.end())
        st.w.consume(an.start(), an.end())
        text = st.w.text
    # "34(S1): S211-S249": volume(issue): pages, with letters in the issue and pages
    vi = ":" in text and re.search(
        r"(?<=[\s,])(\d{1,4})\s*\(([^)]{1,10})\)\s*:\s*([A-Za-z]{1,2}\d+)\s*[-–]\s*([A-Za-z]{1,2}\d+)",
        text,
    )
    if vi:
        info.volume, info.number = vi.group(1), vi.group(2)
        info.pages = _expand_pages(vi.group(3), vi.group(4))
        st.w.consume(vi.start(), vi.end())
        text = st.w.text
    # Vancouver: "2019;294(12):4567-78", "2021 Mar 2;143(9):e512-e525" (e-pages, month, day)
    vd = ";" in text and re.search(r"\b([A-Z][a-z]{2})[a-z]*\.?(?:\s+\d{1,2})?\s*(?=;\s*\d)", text)
    if vd and vd.group(1).lower() in P.MONTHS:
        info.month = P.MONTHS.index(vd.group(1).lower()) + 1
        st.w.consume(vd.start(), vd.end())
        text = st.w.text
    vm = re.search(
        # an article id may carry letters and a point: "A13452", "ehaa946.0123"
        # (ARVO's abstracts in IOVS: "2017;58(8):E-Abstract 1187")
        r";\s*(\d{1,5})\s*(?:\(([^)]{1,10})\))?\s*:\s*(?:E-Abstract\s*)?([A-Za-z]{0,4}\d+(?:\.\d{1,5})?)"
        r"(?:\s*[-–]\s*([A-Za-z]{0,4}\d+(?:\.e\d{1,4})?))?",  # Cell's "3245-62.e18", "iii4-iii5"
        text,
    )
    # ahead of print: "Int J Epidemiol. 2025 Jan 14:dyae178" (a date, then the article id)
    ep = (
        None
        if vm or not AHEAD_OF_PRINT_ID.search(st.entry.text)
        else re.search(
            r"(?:\b(?:19|20)\d\d(?:\s+[A-Z][a-z]{2})?(?:\s+\d{1,2})?\s*:\s*([a-z]{0,6}\d{2,})"
            # (the date read already: "   14:dyae178")
            r"|(?<=\s)\d{1,2}\s*:\s*([a-z]{2,6}\d{2,}))\b",
            text,
        )
    )
    if ep and not info.pages:
        info.pages = ep.group(1) or ep.group(2)
        st.w.consume(ep.start(), ep.end())
    if vm:
        info.volume, info.number = vm.group(1), vm.group(2)
        info.pages = _expand_pages(vm.group(3), vm.group(4)) if vm.group(4) else vm.group(3)
        st.w.consume(vm.start(), vm.end())
        # "2023;148(suppl 1):A13452. Oral presentation, AHA Scientific Sessions 2023,
        # Philadelphia, PA.": a sentence after the numbers is a remark about the entry
        after = re.match(r"\s*\.\s+(\S.*?)[\s.]*$", st.w.text[vm.end() :])
        if after and re.search(r"[^\W\d_]{3}", after.group(1)):
            a = vm.end() + after.start(1)
            # as written, its year too (an erratum notice is a remark of its own)
            remark = _clean(ERRATUM.sub(" ", st.entry.text[a:])).strip(" ,;.")
            for note, _, _ in _note_hits(remark):
                _add_note(st, note)
            st.extra.append(remark)
            st.w.consume(a, len(st.w.text))
    text = st.w.text
    # IEEE "Art. no. 111085", "Article 42": an article number stands where pages stand
    an_m = P.ARTICLE_NUMBER.search(text) if _says(st, "art") else None
    if an_m and not info.pages:
        info.pages = an_m.group(1)
        st.span("pages", an_m.start(), an_m.end())
        st.w.consume(an_m.start(), an_m.end())
        text = st.w.text
    # "In *Materiality and Devotion in the Adriatic World, 1300–1600*, ..., 112–130": a
    # range inside an italic book title is part of its name, not its pages
    pm = next(
        (
            m
            for m in (P.PAGES.finditer(text) if P.RANGE_HINT.search(st.entry.text) else ())
            # (after "88(2): " or "88: " a range is the pages, italic or not)
            if not any(a <= m.start(1) < b for a, b in st.entry.italic)
            or re.search(r"\d\s*(?:\([^()]{1,10}\))?\s*:\s*$", text[: m.start(1)])
        ),
        None,
    )
    if (
        pm
        and not info.pages
        and not (
            P.YEAR.fullmatch(pm.group(1))
            and P.YEAR.fullmatch(pm.group(2))
            # "2019–2021" is a year range unless it stands where pages stand ("2071–2083"
            # is no range of years)
            and not re.search(
                r"(?:\d\s*\(\d+\)\s*,|\bno\.\s*\d+\s*,|\bpp?\.|\bpages?)\s*$", text[: pm.start(1)]
            )
        )
    ):
        info.pages = _expand_pages(pm.group(1), pm.group(2))
        st.span("pages", pm.start(), pm.end())
        st.w.consume(pm.start(), pm.end())
    # one page or an article number: IEEE "vol. 171, p. 106672, 2022"
    sp = (
        None if info.pages or ("p." not in text and "no." not in text) else SINGLE_PAGE.search(text)
    )
    if sp:
        info.pages = sp.group(1)
        st.span("pages", sp.start(), sp.end())
        st.w.consume(sp.start(), sp.end())
    text = st.w.text
    m = (
        P.VOLUME.search(text)
        if _says(st, "vol") or _says(st, "v.") or _says(st, "т.") or _says(st, "cilt")
        else None
    )
    if m:
        info.volume = info.volume or m.group(1)
        st.w.consume(m.start(), m.end())
    # APA reports: "Title (Working Paper No. 12). Publisher." — the parenthesis right after
    # the title holds the series and the number, the institution follows
    ar = APA_REPORT.search(st.w.text) if st.title and "(" in st.w.text else None
    if ar and not st.w.text[: ar.start()].strip(" .,;:"):
        info.number = ar["number"]
        info.report = True
        st.w.consume(ar.start(), ar.end())
    # The paper's number in the proceedings, read before "No." alone takes its digits:
    # "Paper No. MSEC2022-85321", ASCE "..., Sendai, Japan, Paper No. 2k-0134" (a
    # discussion or working paper's number is a report's, read with its series below)
    # (SfN abstracts: "Program No. 512.07. 2018 Neuroscience Meeting Planner")
    m = (_says(st, "paper") or _says(st, "program")) and (
        re.search(
            r"(?i)(?<!discussion )(?<!working )(?<!staff )\b(?:paper|program)\s+(?:no\.?|number)\s*"
            r"([A-Z]*-?\d[\w\-.]*\w)",
            st.w.text,
        )
        # AIAA's "AIAA Paper 2023-3871", "AAS Paper 21-645"; "...; Paper 512b", ", Paper ICAS2018-0457"
        or re.search(
            r"(?:\b(?:AIAA|AAS|SAE|ASME|ICAS|SPIE|ION)\s+|(?<=[,;]\s))Paper\s+"
            r"(?!(?:19|20)\d\d\b(?!-))([A-Z]*-?\d[\w\-.]*\w)",
            st.w.text,
        )
    )
    if m:
        info.number = m.group(1)
        st.w.consume(m.start(), m.end())
    numbered = any(
        _says(st, w) for w in ("no", "num", "issue", "n.", "nr", "n°", "№", "вып", "số", "sa.")
    )
    m = P.NUMBER.search(st.w.text) if numbered else None
    if m:
        info.number = info.number or m.group(1) or m.group(2)
        st.w.consume(m.start(), m.end())
    m = P.VOLUME_ISSUE.search(st.w.text)
    if m and not info.volume:
        info.volume, info.number = m.group(1), m.group(2)
        st.w.consume(m.start(), m.end())
        # ASCE and Elsevier: "J. Struct. Eng., 149(8), 04023102": an article number
        # (PLOS: "16(7):e1008032")
        # (Oxford's letters and digits: "126(1):duad051")
        art = re.match(
            r"\s*[,:]\s*(e?\d{5,9}|[a-z]{3,5}\d{3,4})\b(?![-–/.]\d)", st.w.text[m.end() :]
        ) or re.match(
            # an abstract's one page ending the entry: "*FASEB J*, 34(S1), 1."; a short
            # article number: "*Population, Space and Place* 25(6): e2234"
            r"\s*(?:,|:)\s*(?!(?:19|20)\d\d\b)((?:e|[A-Z])?\d{1,5})(?=[\s.,;]*$)",
            st.w.text[m.end() :],
        )
        if art and not info.pages:
            info.pages = art.group(1)
            st.w.consume(m.end(), m.end() + art.end())
    # MLA's volume and issue with a period, after the italic journal: "*Ploughshares* 45.2
    # (Summer 2019): 88–89"
    m = None if info.volume else DOTTED_VOLUME.search(st.w.text)
    if m and any(
        b <= m.start() and not st.entry.text[b : m.start()].strip() for _, b in st.entry.italic
    ):
        info.volume, info.number = m.group(1), m.group(2)
        st.w.consume(m.start(), m.end())
    # AIS (MIS Quarterly's style): "Journal (39:4), pp. 1020–1052", "Journal (88), pp. 34–45"
    m = None if info.volume or info.number else AIS_VOLUME.search(st.w.text)
    if m:
        info.volume, info.number = m.group(1), m.group(2)
        st.w.consume(m.start(), m.end())
    # APA for a journal numbered by issue alone: "Revista X, (181), 43–62"
    m = None if info.volume or info.number else ISSUE_ONLY.search(st.w.text)
    if m:
        info.number = m.group(1)
        st.w.consume(m.start(), m.end(1) + 1)
    # "Journal 12 (3): 45–67" / "Journal, 12, 45-67": a bare volume before the pages
    m = re.search(
        r"(?<=[A-Za-z.,])\s+(\d{1,4})\s*[,:]?\s*(?:\(\s*\)\s*:?\s*)?$", st.w.text.rstrip(" .,;")
    )
    if m and info.pages and not info.volume and not P.YEAR.fullmatch(m.group(1)):
        info.volume = m.group(1)
        st.w.consume(m.start(1), m.end(1))
    # "Proc R Soc B 283:20160123", "PLoS ONE 11:e0153456": volume and article number
    # (also "Expert Systems with Applications, 207:117921, 2023")
    m = ARTICLE_AFTER_COLON.search(st.entry.text) and re.search(
        # (DBLP's "Inf. Process. Lett. 172: 106134 (2021)": the year's brackets left)
        r"(?<=[A-Za-z.,])\s+(\d{1,4})\s*:\s*(e?\d{3,})[\s.,;]*(?:\(\s*\)[\s.,;]*)?$",
        st.w.text,
    )
    if m and not info.pages and not info.volume:
        info.volume, info.pages = m.group(1), m.group(2)
        st.w.consume(m.start(), m.end())
    # Google Scholar and Elsevier: "Transportation Research Part C 152, 104178": a volume and
    # an article number (five digits or more: no page range, no year)
    m = (
        None
        if info.pages or info.volume
        else re.search(
            r"(?<=[A-Za-z.])\s+(\d{1,4}),\s*(e?\d{5,9})(?:,\s*(?:19|20)\d\d)?[\s.,;]*$", st.w.text
        )
    )
    if m and not P.YEAR.fullmatch(m.group(1)):
        info.volume, info.pages = m.group(1), m.group(2)
        st.w.consume(m.start(), m.end(2))
    # Angewandte's German edition after the international one: "Angew. Chem. Int. Ed., 2022,
    # 61, e202205517; Angew. Chem., 2022, 134, e202205517": a remark
    par = PARALLEL_CITATION.search(st.w.text) if ";" in st.w.text else None
    if par:
        st.extra.append(f"Also: {_clean(par.group(1))}")
        st.w.consume(par.start(), par.end())
    cites = LATTES_CITATIONS.search(st.w.text) if "Citações" in st.w.text else None
    if cites:
        st.w.consume(cites.start(), cites.end())
    # Chicago's issue season: "no. 88 (Autumn 2019): 77–101" (the year read above)
    season = SEASON_DATE.search(st.w.text) if "(" in st.w.text else None
    if season:
        months = P.MONTH.findall(season.group(0))
        if len(months) == 1:  # "(June 2024)": the month of the issue or the meeting
            info.month = P.MONTHS.index(months[0][:3].lower()) + 1
        st.w.consume(season.start(), season.end())
    mm = P.MONTH.search(st.w.text)
    text = st.entry.text
    if mm and re.search(
        r"(?i)\b"
        + mm.group(1)
        + r"\b\.?,?(?:\s*|-)(?:\d{1,2}\s*,?\s*)?(?:19|20)\d\d|,\s*"
        + mm.group(1)
        + r"|(?:19|20)\d\d\s+"
        + mm.group(1)
        # a meeting's days before it: "Leipzig, Germany, 12–15 June, pp. 88–95"
        + r"\b|\b\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+"
        + mm.group(1)
        + r"\b",
        text,
    ):
        info.month = P.MONTHS.index(mm.group(1)[:3].lower()) + 1
        # the day goes with it: "9 June 2023", "June 9, 2023", a newspaper's "..., May 9."
        # (and Nigerian "5th-9th November, 2012", its ordinals perhaps read already)
        before = re.search(
            r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s*)?[-–]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*)?$"
            r"|\b\d{1,2}(?:st|nd|rd|th)?\s*$",
            st.w.text[: mm.start()],
        )
        after = re.match(r"\s*\d{1,2}\b(?=\s*,?\s*(?:19|20)\d\d|[\s,.;]*$)", st.w.text[mm.end() :])
        start = before.start() if before else mm.start()
        # a month range goes with it too: IEEE's "Nov./Dec. 2019"
        second = MONTH_RANGE_END.match(st.w.text, mm.end())
        end = second.end() if second else mm.end() + (after.end() if after else 0)
        # "May-2018": the hyphen that joined the month to its year (read above)
        joined = re.match(r"-(?=\s*(?:[,.;]|$))", st.w.text[end:])
        st.w.consume(start, end + (joined.end() if joined else 0))
    # "2nd ed.", "(3rd ed.)", "2nd edition"; read first, so that an APA chapter's
    # "(2nd ed., pp. 211–240). Springer." leaves only its publisher
    ed = _marks_editors(st.entry.text) and re.search(
        r"\(?\b(\d{1,2})(?:st|nd|rd|th)\s+(?:ed\.|edn\.?|edition)\)?", st.w.text
    )
    if ed:
        info.edition = ed.group(1)
        if ed.group(0).startswith("(") and not ed.group(0).endswith(")"):
            # "(2nd ed., pp. 211–240)": the parenthesis goes on, keep its opening
            comma = re.match(r"\s*,", st.w.text[ed.end() :])
            st.w.consume(ed.start(1), ed.end() + (comma.end() if comma else 0))
        else:
            st.w.consume(ed.start(), ed.end())
    # ABNT congress papers: "In: CONGRESSO BRASILEIRO DE AUTOMÁTICA, 23., 2020, Porto Alegre.
    # Anais [...]. Porto Alegre: SBA, 2020." — the event, its edition, year and city
    ev = ABNT_EVENT.search(st.w.text) if "In:" in st.entry.text else None
    if ev:
        info.booktitle = _event_name(ev["event"])
        info.location = _clean(ev["place"])
        info.year = info.year or int(ev["year"])
        if ev["pub"]:
            info.publisher = _clean(ev["pub"])
        info.event = True
        st.span("year", ev.start("year"), ev.end("year"))
        st.w.consume(ev.start(), ev.end())
    if st.gbt_type in ("incollection", "inproceedings"):
        _gbt_container(st, info)
    # Editors: "In J. Smith (Ed.), Book" / "In: Smith J, editor."
    # German "(Hg.)"/"(Hrsg.)", French "(dir.)", Spanish "(coord.)", Dutch and
    # Scandinavian "(Red.)" say the same
    # Korean and Japanese volume and issue: "제40권, 제3호", "第40巻第3号"
    for pat, attr in (
        (r"[제第]\s*(\d{1,4})\s*[권巻]", "volume"),
        (r"[제第]\s*(\d{1,4})\s*[호号]", "number"),
    ):
        cm = re.search(pat, st.w.text)
        if cm and not getattr(info, attr):
            setattr(info, attr, cm.group(1))
            st.w.consume(cm.start(), cm.end())
    # ACS meeting abstracts end with the abstract's number: "...; ORGN-312."
    an = re.search(r";\s*([A-Z]{2,6}-\d{1,5})\s*\.?\s*$", st.w.text)
    if an:
        info.number = an.group(1)
        st.w.consume(an.start(), an.end())
    # Chapters one pattern reads whole: physics "in *Handbook of X*, eds. P. Ravel and
    # D. Hoffmann (Springer, Cham)", ACS "In Modern Amination Methods; Ricci, A., Ed.;
    # Wiley-VCH: Weinheim, 2019; pp 45–78."
    # (each needs its editors marked: "eds.", "Ed.;", "eds.,")
    has_eds = "d." in st.entry.text or "ds." in st.entry.text or "editor" in st.entry.text
    chapters = (
        PHYSICS_CHAPTER, ACS_CHAPTER, ASCE_CHAPTER, INFORMS_CHAPTER, RSC_CHAPTER, ESA_CHAPTER,
        OPTICA_CHAPTER,
    )  # fmt: skip
    for chapter in chapters if has_eds else ():
        ch = chapter.search(st.w.text)
        if ch and _names_segment(ch["eds"]):
            info.editors = [n.person for n in split_names(ch["eds"])[0]]
            info.booktitle = _clean(ch["book"])
            if ch["pub"]:
                info.publisher = _clean(ch["pub"])
                info.address = _clean(ch["place"]) if ch["place"] else info.address
            if ch.groupdict().get("edition"):
                info.edition = info.edition or _ordinal_number(ch["edition"])
            if ch.groupdict().get("first"):
                info.pages = info.pages or f"{ch['first']}--{ch['last']}"
            st.w.consume(ch.start(), ch.end())
            break
    ea = (
        EDS_AFTER_BOOK.search(st.w.text)
        if not info.booktitle and "(ed" in st.entry.text.lower()
        else None
    )
    if ea and _names_segment(ea["eds"]):
        info.editors = [n.person for n in split_names(ea["eds"])[0]]
        info.booktitle = _clean(ea["book"])
        if ea["pub"]:
            info.publisher, info.address = _clean(ea["pub"]), _clean(ea["place"])
        st.w.consume(ea.start(), ea.end())
    em = (
        None
        if info.booktitle or not EDITORS_IN_PARENS.search(st.entry.text)
        else re.search(
            r"\b(?:In|in|En|Em|Dans|İçinde|Dalam|Teoksessa|Στο|I(?=:)|W(?=:)|I(?=\s+[A-ZÆØÅ]\.))\s?:?\s+(.{3,200}?)\s*\((?:Eds?|eds?|Hg|Hrsg|hg|hrsg|[Dd]ir|[Cc]oords?|[Cc]omps?|Orgs?|orgs?|Red|red|szerk|toim|επιμ)\.?\)\s*[,:.]?",
            st.w.text,
        )
    )
    if em:
        eds = em.group(1)
        # AIS: "in *Handbook of Digital Innovation*, R. Alvarez and T. Hwang (eds.)": the
        # book, then its editors
        book, comma, after = eds.partition(", ")
        book_first = (
            bool(comma)
            and len(book.split()) >= 3  # not "In Smith, J., & Lee, B. (Eds.)"
            and not _names_segment(book)
            and _names_segment(after)
        )
        names, _ = split_names(after if book_first else eds)
        info.editors = [n.person for n in names]
        st.w.consume(em.start(), em.end())
        st.w.put(em.start(), "In ")
        if book_first:
            info.booktitle = _clean(book).strip("*_ ")
        # "In J. Smith (Ed.), Book title (pp. 1–20). Publisher."
        bm = (
            None
            if book_first
            else re.match(r"\s*([^.(]{3,300}?)\s*(?:\(|\.\s|$)", st.w.text[em.end() :])
        )
        if bm:
            info.booktitle = _clean(bm.group(1))
            st.w.consume(em.end() + bm.start(1), em.end() + bm.end(1))
            tail = _clean(st.w.text[em.end() + bm.end(1) :]).strip(" .,")
            tail = re.sub(r"^\(\s*[,;:.]?\s*\)|^[(,;:.\s]*\)", "", tail).strip(" .,()")
            if tail and not P.YEAR.search(tail) and len(tail) < 80:
                # "Wiesbaden: Springer VS": place and publisher
                place = re.fullmatch(r"([A-Z][^:]{1,40}):\s*(\S.*)", tail)
                if place:
                    info.address, tail = place.group(1), place.group(2)
                info.publisher = tail
                st.w.consume(em.end() + bm.end(1), len(st.w.text))
    # IEEE chapter: "in Book Title, A. Editor and B. Editor, Eds. City, Country: Publisher,
    # 2019, ch. 7, pp. 201–236."
    ic = None if em or "Ed" not in st.w.text else IEEE_CHAPTER.search(st.w.text)
    if ic and _names_segment(ic.group("eds")):
        names, _ = split_names(ic.group("eds"))
        info.editors = [n.person for n in names]
        info.booktitle = _clean(ic.group("book"))
        info.publisher = _clean(ic.group("pub"))
        if ic.group("place"):
            info.address = _clean(ic.group("place"))
        st.w.consume(ic.start(), ic.end())
        em = ic
    # Bluebook chapter: "in The Cambridge Handbook of X 211 (Ana Ruiz ed., 2021)"
    bc = (
        None
        if em or not _marks_editors(st.entry.text)
        else re.search(
            r"\bin\s+([A-Z][^()]{3,200}?)\s+(\d{1,5})\s*\(([^()]{3,120}?)\s+eds?\.,?\s*\)",
            st.w.text,
        )
    )
    if bc:
        names, _ = split_names(bc.group(3))
        info.editors = [n.person for n in names]
        info.booktitle = _clean(bc.group(1))
        info.pages = info.pages or bc.group(2)
        st.w.consume(bc.start(), bc.end())
        em = bc
    # Chicago/MLA: "In Book Title, edited by A. Smith and B. Jones, 211–36."
    cm = (
        None
        # cheap tests first: the pattern backtracks
        if em or "by" not in st.entry.text or not EDITED_BY.search(st.w.text)
        else re.search(
            # MLA leaves out the "In": '"Title." *Book*, edited by A. Smith, Press, 2020'
            r"(?:^[\s.,;:]*(?:[Ii]n:?\s+)?|\bIn:?\s+)(.{3,300}?),?\s+(?:ed\.|edited|(?<=\.\s)Edited)\s+by\s+(.{3,200}?)\s*(?:[,;]|(?<![A-Z])\.\s|\.?$)",
            st.w.text,
        )
    )
    if cm:
        eds, eds_end = cm.group(2), cm.end()
        more = MORE_EDITORS.match(st.w.text, cm.end()) if cm.group(0).endswith(",") else None
        if more:  # "Edited by A. Smith, B. Jones, and C. Lee.": the comma ended no list
            eds, eds_end = f"{eds}, {more.group(1)}", more.end()
        names, _ = split_names(eds)
        info.editors = [n.person for n in names]
        info.booktitle = _clean(cm.group(1)).strip(" ,.")
        # AGU: "Marine Clouds in a Changing Climate, Geophys. Monogr. Ser., vol. 231": the
        # book's series and volume follow its title
        series = re.search(
            r",\s*((?:[A-Z][a-z]{0,11}\.\s*){1,5}[A-Z][a-z]{0,11}\.?)(?:,\s*vol\.\s*\d{1,4})?$",
            info.booktitle,
        )
        if series:
            info.booktitle = info.booktitle[: series.start()]
            st.extra.append(series.group(1).strip())
        st.w.consume(cm.start(), eds_end)
        em = cm
    # Vancouver: "In: Hill JA, Olson EN, editors. Book title. 2nd ed. London: Press; 2020."
    vm = (
        None
        if em or not _marks_editors(st.entry.text)
        else re.search(r"\bIn:?\s+(.{3,200}?),?\s+(?:editors?|eds?)\.\s*", st.w.text)
    )
    if vm and any(a <= vm.start(1) and vm.end(1) <= b + 1 for a, b in st.entry.italic):
        vm = None  # Chicago "In *Book*, ed. A and B": the italic run is the book, not names
    if vm:
        names, _ = split_names(vm.group(1))
        info.editors = [n.person for n in names]
        st.w.consume(vm.start(), vm.end())
        st.w.put(vm.start(), "In ")
        bm = re.match(r"\s*(.{3,300}?)\.(?:\s|$)", st.w.text[vm.end() :])
        if bm:
            info.booktitle = _clean(bm.group(1))
            st.w.consume(vm.end() + bm.start(1), vm.end() + bm.end(0))
    # NP 405, ISO 690: "In PAIVA, Teresa; LOUREIRO, Artur, coord. – Book. Porto: Publisher"
    im = None if (em or vm or info.booktitle) else ISO_EDITORS_IN.search(st.w.text)
    if im:
        info.editors = [n.person for n in split_names(im["eds"])[0]]
        st.w.consume(im.start(), im.end())
        st.w.put(im.start(), "In ")
        bm = re.match(r"\s*(.{3,300}?)\.(?:\s|$)", st.w.text[im.end() :])
        if bm:
            info.booktitle = _clean(bm.group(1))
            st.w.consume(im.end() + bm.start(1), im.end() + bm.end(0))
    if not (em or vm or im or info.booktitle):
        # Chicago: '"Tomis." In *The Encyclopedia of Ancient History*. Malden, MA: Wiley': the
        # italic work after "In" holds the entry (unless a journal: "In *Nature*")
        for a, b in st.entry.italic:
            lead = re.search(r"\bIn:?\s+[*_]*$", st.w.text[max(0, a - 8) : a])
            book = _clean(st.w.text[a:b]).strip("*_ .,")
            if lead and book and not (st.title_range and a < st.title_range[1]):
                # (a book: no proceedings, meeting or journal by its words or the KB)
                if not (
                    EVENT_WORDS.search(book)
                    or JOURNAL_WORD.search(book)
                    or re.search(r"(?i)\bfindings\b", book)
                    or venues.lookup(book, fuzzy=False)
                    or venues.find_acronyms(book)
                ):
                    info.booktitle = book
                    st.w.consume(a - len(lead.group(0)), b)
                    # "In *Book*, ed. Hannah Ostrowski and Ivo Lindqvist, 88–112": its editors
                    eds = EDITED_AFTER_BOOK.match(st.w.text, b)
                    if eds and not info.editors:
                        info.editors = [n.person for n in split_names(eds.group(1))[0]]
                        st.w.consume(eds.start(), eds.end())
                break
    if not info.edition and info.booktitle:
        # "In: Kearns, C. (eds.) Pollination Biology, 2nd edition. Springer": the book's
        # edition was read with its title
        bed = re.search(
            r",?\s*\(?\b(\d{1,2})(?:st|nd|rd|th)\s+(?:ed\.|edn\.?|edition)\)?$", info.booktitle
        )
        if bed:
            info.edition = bed.group(1)
            info.booktitle = info.booktitle[: bed.start()].strip()
    # "Licence: CC BY-NC-SA 3.0 IGO" (WHO reports): a remark, not a venue's acronym
    lic = _says(st, "licen") and re.search(
        r"(?i)\blicen[cs]e\s*:\s*(CC\s+[\w\-]+(?:\s+\d\.\d)?(?:\s+IGO)?)\.?", st.w.text
    )
    if lic:
        st.extra.append(f"Licence: {lic.group(1)}")
        st.w.consume(lic.start(), lic.end())
    # Vancouver: "Presented at: 36th Annual Conference of X (ISEE 2024); 2024 Aug 25-28;
    # Santiago, Chile." -> the conference, then its dates and place
    pa = _says(st, "presented") and re.search(
        r"(?i)\bpresented\s+at:\s*([^;]{5,200});\s*[^;]{0,40}?\d[^;]{0,30};\s*([^;.]{2,80})\.?",
        st.w.text,
    )
    if pa:
        conf, place = pa.group(1).strip(), _clean(pa.group(2))
        st.w.consume(pa.start(), pa.end())
        if (info.volume or info.pages) and re.search(r"[A-Z][a-z]{3}", st.w.text[pa.end() :]):
            # "Poster presented at: ACNP Annual Meeting; ...; Phoenix, AZ. Neuropsychopharmacology.
            # 2022;47(suppl 1):S312.": published in the journal that follows, presented at this
            st.extra.append(f"Presented at: {conf}")
            pre = re.search(
                r"(?i)\b(?:poster|oral|paper)(?:\s+presentation)?\s*$", st.w.text[: pa.start()]
            )
            if pre:
                st.w.consume(pre.start(), pre.end())
                if pre.group(0).lower().startswith("poster"):
                    _add_note(st, "Poster")
        else:
            st.w.put(pa.start(), conf)
            info.location = info.location or place
    # PubMed, MathSciNet and zbMATH ids are remarks, not venue text
    has_ids = any(mark in st.entry.text for mark in ("PM", "MR", "Zbl"))
    for pm in (
        re.finditer(
            r"\b(PMC?ID:?\s*[A-Z]*\d+|MR\s?\d{5,8}|Zbl\.?\s?\d{2,4}\.\d{4,6})\b\.?", st.w.text
        )
        if has_ids
        else ()
    ):
        st.extra.append(pm.group(1))
        st.w.consume(pm.start(), pm.end())
    # "Technical Report MSR-TR-2019-12, Microsoft Research"
    low = P.lowered(st.w.text)  # literal pre-checks first: most entries are no report
    tr = None
    if "ext" in low or "nebguide" in low or "fact sheet" in low:
        # an extension service's numbered publication: "Iowa State Univ. Ext. Outreach
        # Publ. CROP 3142", "NebGuide G2187", "Fact Sheet FS-1123"
        tr = EXTENSION_SERIES.search(st.w.text)
    series = NUMBERED_SERIES.search(st.w.text) if tr is None and "series" in low else None
    if series:  # NLM: "(WHO Technical Report Series, No. 1045)"
        info.number = info.number or series["number"]
        info.report = True
        st.extra.append(series["series"])
        st.w.consume(series.start(), series.end())
    elif "arbeitspapier" in low:  # "Göttinger Arbeitspapiere zur ..., Nr. 12": a series
        info.report = True
    elif tr is None and (
        "tech" in low or "working" in low or "discussion" in low or "staff" in low or "res." in low
    ):
        # a discussion paper is a report when numbered ("IZA Discussion Paper No. 16789"),
        # not in "(Discussion paper, read before the Royal Statistical Society)"
        numbered = (
            ""
            if re.search(r"(?i)discussion\s+paper\s*(?:no\.?\s*)?[A-Z]{0,3}\d", st.entry.text)
            else r"(?!)"
        )
        tr = re.search(
            # "NOAA Tech. Memo. OAR CSL-9", "NASA Technical Note D-123": the agency's series
            r"(?i)(?:\b(?-i:[A-Z]{2,6})\s+(?=tech))?"
            # (agricultural economics departments number "Staff Paper No. 22-04"; the USDA
            # Forest Service "Gen. Tech. Rep. PNW-GTR-998" and "Res. Pap. PNW-RP-594")
            r"\b(?:(?:gen(?:eral)?\.?\s+)?tech(?:nical)?\.?\s+(?:rep(?:ort)?|memo(?:randum)?|note)\.?|"
            r"res\.\s+(?:pap|note)\.(?=\s*[A-Z]{2,6}-)|working\s+paper|"
            r"staff\s+paper|discussion\s+paper"
            + numbered
            + r")\s*(?:no\.?\s*)?((?-i:[A-Z]{2,6}\s)?[A-Z0-9][\w\-/.]*\d[\w\-/]*)?",
            st.w.text,
        )
    if tr is None and ("report" in low or "rapport" in low or "bericht" in low):
        # Nordic series number reports by year: "Research Report 2019:2", "Metodrapport
        # 2022:4" (the series' name goes with its number)
        tr = re.search(
            r"(?:\b[A-Z][a-z]+\s+)?\b[A-Za-zÅÄÖåäöæø]*(?:[Rr]eport|[Rr]apport|[Bb]ericht)\s+"
            r"(?:[Nn]o\.?:?\s*|[Nn]r\.?\s*)?((?:19|20)\d\d:\d+)\b",
            st.w.text,
        )
    if tr is None and ("report" in low or "rapport" in low or "bericht" in low):
        tr = re.search(  # "Report 2018:4", "Report No. 12": a numbered report (not "Annual Report 2019")
            r"(?<![A-Za-z] )\b(?:Report|Rapport|Bericht)\s+(?:No\.?:?\s*)?((?:19|20)\d\d[:/\-]\d+|(?!(?:19|20)\d\d\b)[A-Z0-9][\w\-/.:]*\d[\w\-/:]*)",
            st.w.text,
        )
    if tr is None and ("rep." in low or "series" in low):
        # ASCE: "Rep. No. FHWA-OR-RD-21-07, Oregon Dept. of ...", "PEER Rep. No. 2018/05",
        # "Structural Research Series No. 648" (never "Sci. Rep." or "Cell Rep.", journals)
        tr = re.search(
            r"(?:(?<=[\s,.])[A-Z]{2,6}\s+|(?<![\w.]\s))\bRep\.(?=\s*(?:No\.|,))"
            r"|\b(?:[A-Z][a-z]+\s+){0,2}(?:Research|Report)\s+Series(?=\s*(?:No\.|,))",
            st.w.text,
        )
        if tr:
            # (the number may name its series: "Rep. No. PEER 2019/03")
            no = re.match(
                r"\s*No\.\s*((?:[A-Z]{2,6}\s)?[A-Z0-9][\w\-/.]*\d[\w\-/]*)", st.w.text[tr.end() :]
            )
            end = tr.end() + (no.end() if no else 0)
            info.number = info.number or (no.group(1) if no else None)
            info.report = True
            st.w.consume(tr.start(), end)
            tr = None
    if (
        tr
        and not tr.group(1)
        and re.match(r"(?i)working\s+paper", tr.group(0))
        and re.search(r"(?:^|[.,;:])\s*$", st.w.text[: tr.start()])
    ):
        tr = None  # "“Title.” Working Paper.": not yet published, in no series
    if tr:
        info.number = info.number or tr.group(1)
        info.report = True
        # "NBER Working Paper No. 31234": the series keeps its name, as it is cited; the
        # number is read
        kind = re.search(r"(?i)\b(?:working|discussion|staff)\s+papers?\b", tr.group(0))
        head = st.w.text[: tr.start() + kind.start()] if kind else ""
        named = kind and re.search(r"[A-Z][\w&.-]*\s*$", head.rsplit(",", 1)[-1])
        st.w.consume(tr.start() + kind.end() if named else tr.start(), tr.end())
    # IEEE: "Wisconsin Department of Transportation, Madison, WI, Rep. WHRP 0092-21-04"
    ir = None if info.report or "Rep." not in st.w.text else IEEE_REPORT.search(st.w.text)
    if ir:
        info.number = info.number or ir.group(1)
        info.report = True
        st.w.consume(ir.start(), ir.end())
    # teaching cases: "Harvard Business School Case 9-721-418. (Teaching Note 5-718-457.)":
    # the school publishes the case under its number
    case = None if info.report or "Case" not in st.w.text else TEACHING_CASE.search(st.w.text)
    if case:
        info.number = info.number or case.group(2)
        info.report = True
        st.w.consume(case.end(1), case.end())
        note = re.search(r"\((Teaching\s+Note\s+[\w-]+)\.?\)", st.w.text)
        if note:
            st.extra.append(note.group(1))
            st.w.consume(note.start(), note.end())
    # "(Lead historical consultant; chapters 2–4.)" at the end: a remark, not venue text
    rm = re.search(r"\(([^()]*(?:;|\s\S+\s\S+\s)[^()]*)\)\s*\.?\s*$", st.w.text)
    if rm and not P.YEAR.search(rm.group(1)):
        st.extra.append(_clean(rm.group(1)).strip(" ."))
        st.w.consume(rm.start(), rm.end())
    # Publisher phrases
    pub = (
        re.search(r"(?i)\bpublished\s+by\s+([^,.;]+)", st.w.text)
        if "published" in P.lowered(st.w.text)
        else None
    )
    if pub:
        info.publisher = _clean(pub.group(1))
        st.w.consume(pub.start(), pub.end())
    has_colon = ":" in st.w.text  # both "Place: Publisher" patterns need one
    cp = (
        re.search(
            r"(?<![A-Za-z])([A-Z][A-Za-z .]+?(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?):\s+((?=[A-ZÀ-Ý])[^,.;:]*?(?:Press|Presses|Publishers?|Verlag|Books|Publishing|Springer|Wiley|Routledge|Elsevier|[ÉE]ditions?|Editora|Editorial)[^,.;:]*)",
            st.w.text,
        )
        if has_colon
        else None
    )
    if not cp and has_colon and not ((info.volume or info.number) and info.pages):
        # "Geneva: World Health Organization." ending the entry: place and publisher (a
        # volume and pages make it a journal: "Demos: Bulletin over Bevolking, 36(6), 4–6";
        # so does its name: "Transportation Research Record: Journal of the TRB")
        cp = re.search(
            # (German places joined by slashes: "Köln/Weimar/Wien: Böhlau")
            r"(?<![A-Za-z\-/])(?<![\w)] )(?!(?:In|En|Dans)\b)((?:[A-ZÀ-Þ][^\W\d_A-Z]+(?:/[A-ZÀ-Þ][^\W\d_A-Z]+)*\s?){1,3}(?:,\s*[A-Z]{2})?):\s+((?=[A-ZÀ-Ý])[^,.;:()]{3,80}?)[\s.,;]*$",
            st.w.text,
        )  # (NLM: "Copenhagen: WHO Regional Office for Europe; 2021.", the year read)
    if cp and JOURNAL_WORD.search(cp.group(2)) and not PUBLISHER_WORDS.search(cp.group(2)):
        cp = None  # (but "New York: Monthly Review Press")
    if cp and any(a <= cp.start(1) and cp.end(2) <= b for a, b in st.entry.italic):
        cp = None  # "*Bilingualism: Language and Cognition*": an italic journal, no imprint
    if cp:
        info.publisher = _clean(cp.group(2))
        place_at = cp.start(1)
        # "Eine Soziologie der Pflegeberufe. Frankfurt am Main: Campus": the place is the
        # last sentence before the colon; what precedes it stays for the title or venue
        dot = st.w.text.rfind(". ", cp.start(1), cp.end(1))
        if dot >= 0:
            place_at = dot + 2
        # ("In *Oxford Classical Dictionary*, 5th ed. Oxford: OUP": the italic book is none
        # of the place)
        for a, b in st.entry.italic:
            if a < cp.end(1) and place_at < b < cp.end(1):
                place_at = (
                    b
                    + len(st.w.text[b : cp.end(1)])
                    - len(st.w.text[b : cp.end(1)].lstrip(" ,.*_"))
                )
        info.address = _clean(re.sub(r"^(?:In|in)\s+", "", st.w.text[place_at : cp.end(1)]))
        st.w.consume(place_at, cp.end())
    # Extension publications and other numbered reports: "*Title.* MF3562. Manhattan: ...",
    # "MF2986 (rev.). K-State Research and Extension": the publication's number first
    code = PUBLICATION_CODE.match(st.w.text)
    if (
        code
        and st.entry.hint != "techreport"
        and not re.match(rf"[^.]*\b{INSTITUTION_END}(?!\w)", st.w.text[code.end() :])
    ):
        code = None  # (a report's number: under "Technical Reports", or before its issuer)
    if code and not info.number:
        info.number, info.report = code.group(1), True
        if code.group(2):
            st.extra.append("Revised")
        st.w.consume(code.start(1), code.end())
    # What is left is the venue text (possibly with a location or publisher).
    rest = st.w.text
    if st.title_range and st.authors_range and st.title_range[0] < st.authors_range[0]:
        pass
    info.rest = _clean(rest)
    _venue_from(st, info)
    return info


# "J. Fluid Mech.": the last word of an abbreviated journal keeps its period
ABBREVIATED_END = re.compile(r"\b[A-Z][a-z]{0,5}\.\s.*\b[A-Z][a-z]{1,5}$")


# Stops and commas run together where a piece was taken out ("Venue . , 2020"); one comma
# stays, and the period of an abbreviation before it ("Signals, Syst., Comput.").
PUNCT_RUN = re.compile(r"(\b[A-Z][a-z]{1,5})?\s*([,.])\s*[,.]+")


def _punct_run(m: re.Match[str]) -> str:
    word = m.group(1)
    if word is None:
        return ","
    # "Syst." and "Comput." are cut words; a short word ends the same only when it is a
    # known abbreviation ("Conf.", "Int.")
    cut = word.lower() in P.ABBREVIATIONS or not re.search(r"[aeiouy]$", word)
    return f"{word}.," if m.group(2) == "." and cut else f"{word},"


def _strip_end(venue: str) -> str:
    stripped = re.sub(r"(?:[,.;]\s*)+$", "", venue)
    if venue[len(stripped) :].startswith(".") and ABBREVIATED_END.search(stripped):
        return stripped + "."
    return stripped


# A book series named between a book's title and its place of publication.
BOOK_SERIES = re.compile(
    r"\b(?:Studies|Series|Monographs?|Library|Texts|Histories|Perspectives|Handbooks?|"
    r"Lecture\s+Notes|Collection|Classics|Companions)\b"
)


# "ASP Conf. Ser. 517, Book Title, ed. E. J. Marlowe, 689", "IAU Symp. 356, Title, eds. A & B, 12"
SERIES_VOLUME_BOOK = re.compile(
    r"(?P<series>[A-Z][\w.&' ]{1,30}?\b(?:Ser|Series|Symp|Proc|Conf)\.?)\s+(?P<volume>\d{1,4}),"
    r"\s+(?P<book>[^,]{6,200}?),\s+eds?\.\s+(?P<editors>[^,()]+(?:,\s*[^,\d()]+)*?)"
    r"(?:\s*\((?P<place>[^():]+):\s*(?P<publisher>[^()]+)\))?,"  # "(San Francisco, CA: ASP)"
    r"\s+(?P<page>[A-Z]?\d{1,5}(?:\s*[-–]\s*\d{1,5})?)[\s.]*"
)


@cache
def _book_series_pattern() -> re.Pattern[str]:
    names = sorted(word_set("book_series.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s*".join(map(re.escape, n.split())) for n in names)
    # (with its acronym: "Lecture Notes in Electrical Engineering (LNEE)")
    return re.compile(rf"(?:^|,)\s*((?:{alternatives})(?:\s*\([A-Z]{{2,8}}\))?)\s*(?=,|$)", re.I)


def _book_series(venue: str) -> re.Match[str] | None:
    """A book series of ``book_series.txt`` named in the venue text, between commas."""
    return _book_series_pattern().search(venue)


# A learned society publishing the proceedings, in a sentence of its own after their name
SOCIETY_AFTER_VENUE = re.compile(
    # ("Türk Ekonomi Derneği", "Deutsche Gesellschaft", "Nederlandse Vereniging": the same)
    r"(.{8,}?)\.\s+((?:The\s+)?(?:[A-Z][\w&'’\-]*\s+){0,4}(?:Association|Society|Institute"
    r"|Derneği|Kurumu|Gesellschaft|Vereinigung|Vereniging|Förening|Forening)"
    r"(?:\s+(?:for|of|on)(?:\s+[A-Z][\w&'’\-]*|\s+(?:and|the|of))+)?)[\s.,]*"
)
# A sentence of its own after the venue: a city, if it reads as one
CITY_SENTENCE = re.compile(r"(.{8,}?)\.\s+([^\W\d_][^.,;:()\d]{1,38}?)[\s.]*")
PUBLISHER_WORDS = re.compile(
    r"\b(?:Press|Presses|UP|Publishers?|Publ\.?|Publishing|Verlag|Books|Editions?|Éditions?|Editora|"
    r"Editorial|Springer|Wiley|Routledge|Elsevier|Brill|Blackwell|Palgrave|Macmillan|Elgar|"
    r"De\s+Gruyter|Taylor\s*&\s*Francis|Kluwer|Birkhäuser|McGraw[-\s]Hill|Pearson|Bloomsbury|"
    r"Human\s+Kinetics|Studentlitteratur|Guilford|Erlbaum|Karger|Thieme|Benjamins|Ashgate|Emerald|"
    r"Kiadó|Könyvkiadó|Wydawnictwo|Nakladatelství)\b"
)


# "(Lead article)", "(with commentary)": words in lower case after the first
# ("*Medieval Networks* (blog)": Chicago's word for what the venue is)
TRAILING_REMARK = re.compile(
    r"[\s.,;:]*\(([A-Za-z][a-z]+(?:\s+[a-z][\w'’\-]*)+|blog|podcast|newsletter|website|op-ed)\.?\)\s*\.?$"
)
# The volumes a conference publishes beside its proceedings: late-breaking work, demos
COMPANION_VOLUME = re.compile(r"(?i)\b(extended\s+abstracts|adjunct|companion)\b")
# ... and the volumes named after the conference: "ACM SIGGRAPH 2021 Talks"
COMPANION_TRACK = re.compile(
    r"^[^,;()]*?\b(talks|posters|courses|panels|emerging\s+technologies|art\s+papers|"
    r"technical\s+communications)\b(?=\s*(?:[(,.;]|$))",
    re.I,
)
COMPANION_SHORT = {"extended abstracts": "EA", "adjunct": "Adjunct", "companion": "Companion"}


def _part_venue(part: str, first: bool) -> venues.Venue | None:
    """The venue a comma-separated piece of the venue text names. A one-word journal
    ("Phonology", "Cognition") counts only first: later it is a word of a longer name
    ("... Research in Phonetics, Phonology, and Morphology")."""
    kb = venues.lookup(part)
    if kb and not first and kb.kind == "journal" and len(part.split()) == 1:
        return None
    word = part.strip(" .")
    # "Dis" of "Oral Dis." is no "DIS": an acronym is written as one
    if (
        kb
        and " " not in word
        and word != kb.acronym
        and not word.isupper()
        and word.lower() not in (kb.name.lower(), *(a.lower() for a in kb.aliases))
    ):
        return None
    return kb


# the last word of an institution's name, before its city
INSTITUTION_END = (
    r"(?:Univ\.|University|Ext\.|Extension|Institute|Inst\.|Department|Dept\.|Service|"
    r"Agency|Laboratory|Lab\.|Center|Centre|Office|Board|Administration|Council|Bank|"
    r"Foundation|Organization|Organisation|Commission|Ministry|Authority|Station|Research|"
    r"Bureau|Survey)"
)
SERIES_NUMBER_SENTENCE = re.compile(r"\s*\b([A-Z]{2,5}[-\s]?\d{2,5}[A-Z]?)\.\s+(?=[A-Z])")
MONTH_RANGE_END = re.compile(rf"\s*[-/–]\s*(?i:{'|'.join(P.MONTHS)})[a-z]*\.?")
STARRED_REMARK = re.compile(r"(?<!\S)\*{1,2}\s+([^*]{3,100}?)\s+\*{1,2}(?=\s*$)")
# ASA-CSSA-SSSA's meetings: "Annual Meeting Abstracts. St. Louis, MO. 29 Oct.–1 Nov."
# (the days may be read already, with their month: "Abstracts. Baltimore, MD. 6–9 Nov.")
MEETING_PLACE_DAYS = re.compile(
    r"\.\s*(?P<place>[A-Z][\w.'’ ]{1,40},\s*[A-Z]{2})\.\s*\d{1,2}(?:\s*[A-Z][a-z]{2,8}\.?)?"
    r"\s*[-–]\s*\d{1,2}\s*[A-Z][a-z]{2,8}\.?[\s.]*$"
)
MEETING_PLACE_END = re.compile(
    r"(?:(?<=Abstracts\.)|(?<=Meeting\.))\s*(?P<place>[A-Z][\w.'’ ]{1,40},\s*[A-Z]{2})\.?[\s.]*$"
)
NLM_MEETING = re.compile(
    rf"\s*;\s*(?:(?:19|20)\d\d\s+)?(?i:{'|'.join(P.MONTHS)})[a-z]*\.?\s*\d{{1,2}}"
    r"(?:\s*[-–]\s*(?:[A-Za-z]{3,9}\.?\s*)?\d{1,2})?,?\s*(?:(?:19|20)\d\d)?\s*;\s*"
    r"(?P<place>[^;.]{2,60})[.\s]*(?:Abstract\s+(?:No\.?\s*)?(?P<abstract>[A-Z]?-?\d[\w-]*))?[.\s]*$"
)


def _venue_from(st: _State, info: _VenueInfo) -> None:
    rest = info.rest
    # where and when a meeting was held: ASA-CSSA-SSSA's "Annual Meeting Abstracts. St.
    # Louis, MO. 29 Oct.–1 Nov.", NLM's "In: *Proceedings of the 26th ECVIM-CA Congress*;
    # September 8-10, 2016; Göteborg, Sweden. Abstract C-14." (and the abstract's number)
    days = MEETING_PLACE_DAYS.search(rest) or MEETING_PLACE_END.search(rest)
    if days:
        info.location = info.location or days["place"]
        rest = rest[: days.start()]
    meeting = NLM_MEETING.search(rest) if ";" in rest else None
    if meeting:
        info.location = info.location or _clean(meeting["place"]).strip(" .")
        if meeting["abstract"]:
            info.number = info.number or meeting["abstract"]
        rest = rest[: meeting.start()]
    # Bryn Mawr Classical Review's numbers are dates: "*BMCR* 2019.04.12" (the year is read)
    bmcr = re.search(r"(?<=[A-Za-z*_])\s*\.(\d\d)\.(\d\d)\b", rest)
    full = bmcr and re.search(
        rf"\b(?:19|20)\d\d\.{bmcr.group(1)}\.{bmcr.group(2)}\b", st.entry.text
    )
    if bmcr and full:
        info.number = info.number or full.group(0)
        rest = rest[: bmcr.start()] + rest[bmcr.end() :]
    if st.gbt_type:
        # GB/T 7714: "Journal, 2018, 2(7): 073601", "Proceedings. Knoxville, 2022: 88": the
        # pages (or article number) after the colon, the place before the year
        pages = GBT_PAGES.search(rest)
        if pages:
            info.pages = info.pages or pages.group(1)
            rest = rest[: pages.start()]
        if st.gbt_type == "book":
            # "[M]. 2版. 北京: 清华大学出版社, 2022": the edition, then place and publisher
            imprint = GBT_IMPRINT.fullmatch(rest.strip(" .,"))
            if imprint:
                info.edition = info.edition or imprint["edition"]
                info.address = info.address or imprint["place"].strip()
                info.publisher = info.publisher or imprint["publisher"].strip(" ,.")
                rest = ""
        imprint = GBT_MEETING_IMPRINT.search(rest) if st.gbt_type == "inproceedings" else None
        place = re.search(r"\.\s*([^.,:;()]{2,40}?)[\s,.]*$", rest)
        if imprint and (imprint["publisher"] or "," in imprint["place"]):
            # "[C]//Proceedings. Detroit, MI, USA: IEEE, 2022: 88-95": GB/T prints the
            # place (and publisher) after the proceedings' name, whether or not we know it
            info.location = info.location or imprint["place"].strip(" ,")
            if imprint["publisher"]:
                info.publisher = info.publisher or imprint["publisher"].strip(" ,")
            rest = rest[: imprint.start()]
        elif place and st.gbt_type == "inproceedings" and _city(place.group(1)):
            info.location = info.location or place.group(1)
            rest = rest[: place.start()]
    # a report's or article's length ("64 pp.", "27 pages") says nothing about where it is
    # (ABNT: "256 p.", Vietnamese: "286 tr.", Indonesian "120 hlm.")
    # (and a book's front matter first: "xiv + 342 pp."; Finnish "248 s.", Greek "412 σελ.")
    rest = re.sub(
        r"(?:^|[,.]\s*)(?:[ivxlc]{1,6}\s*\+\s*)?\d{1,4}(?:\s+(?:pp|pages|p|tr|hlm|s|σελ)|pp)\b\.?"
        r"(?=\s*[,.;]|\s*$)",
        "",
        rest,
    )
    rest = re.sub(r"^(?:[,.;:]\s*)+", "", rest)
    # "in", and Spanish and French "en", Portuguese "em", French "dans", Scandinavian "I:"
    # before a venue
    rest = re.sub(
        r"(?i)^in\s*:?\s+|^(?:en|em|dans|İçinde|dalam)\s*:?\s+(?=[A-Z0-9])|^[IW]:\s+(?=[A-Z])",
        "",
        rest,
    )
    # "presented at the Transportation Research Board 103rd Annual Meeting": the meeting;
    # "Report prepared for Transport for London": the body it was written for
    rest = re.sub(
        r"(?i)^(?:(?:paper\s+)?presented\s+at|trabalho\s+apresentado\s+em|(?:a\s+)?(?:report\s+)?(?:prepared|commissioned|"
        r"written)\s+for)\s+(?:the\s+)?(?=[A-Z0-9])",
        "",
        rest,
    )
    rest = re.sub(r"^Proc\.,\s*", "", rest)  # ASCE: "Proc., 12th National Conf. on ..."
    # MLA's film and book reviews: '"Title." Review of *Memoria*, directed by A. Weerasethakul.
    # *Film Quarterly*, ...': what was reviewed is a remark, the journal follows
    reviewed = REVIEWED_WORK.match(rest)
    head = reviewed.group(1).split(",")[0] if reviewed else ""
    if (
        reviewed
        and rest[reviewed.end() :].strip(" .,;")
        # (not a journal so named: "*Review of Finance*, 27(3)")
        and not venues.lookup(head, fuzzy=False)
        and not in_italics(st.entry, head)
    ):
        st.extra.append(_clean(reviewed.group(1)))
        rest = rest[reviewed.end() :]
    # "Liner notes for Hélène Dumont, *Fauré: The Complete Nocturnes*. Hyperion CDA68321.",
    # "Program notes for the Chicago Symphony Orchestra": what the notes went with, a remark
    if LINER_NOTES.match(rest):
        st.extra.append(_clean(rest).strip(" .,;"))
        info.notes_for = True
        rest = ""
    # APA's description of a work before its publisher: "[Data set]. NSF Arctic Data Center"
    described = APA_DESCRIPTION.match(rest)
    if described:  # (kept as a remark: "[White paper]. Knight Foundation")
        st.extra.append(described.group(0).strip(" .[]"))
        rest = rest[described.end() :]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    rest = _clean(re.sub(r"\s+([,.;:])", r"\1", rest))
    rest = _strip_end(rest)
    dates = MEETING_DAYS_END.search(rest) if any(c.isdigit() for c in rest) else None
    if dates and dates.start() > 0:
        # "Congress (IMMC 2023), İstanbul, Türkiye, 7 - 9 Haziran": the meeting's days
        st.extra.append(dates.group(0).strip(" ,"))
        rest = _strip_end(rest[: dates.start()])
    # ABNT books: "1. ed. Florianópolis: Editora da UFSC, 2022. 348 p.": the edition, then
    # where and by whom it was published
    edition = re.match(r"(\d{1,2})\s*\.?\s*ed\.\s*", rest)
    if edition and not info.edition:
        info.edition, rest = edition.group(1), rest[edition.end() :]
    if not info.publisher and ": " in rest:
        # Chicago: "In *Proceedings of the 39th eCAADe Conference*, vol. 2, 455–464. Novi Sad:
        # University of Novi Sad, 2021": the italic book, then where and by whom published
        for cut in reversed(list(re.finditer(r"[,.;]+\s+", rest))):
            head, tail = rest[: cut.start()].strip(), rest[cut.end() :].strip(" ,.")
            imprint = PLACE_AND_PUBLISHER.fullmatch(tail)
            if (
                imprint
                and _place_and_publisher(tail)
                and in_italics(st.entry, head, whole=True)
                and not in_italics(st.entry, tail)
            ):
                info.address, info.publisher = imprint.group(1).strip(), imprint.group(2).strip()
                rest = head
                break
    place = BOOK_THEN_PLACE.fullmatch(rest) if "In" in st.entry.text and not info.address else None
    if (
        place
        and in_italics(st.entry, place["book"], whole=True)
        and not in_italics(st.entry, place["place"])
        and not _note_hits(place["place"])  # "*CHI EA '18*, Doctoral Consortium."
        and not P.VENUE_WORDS.search(place["place"])
    ):
        # "In *Proceedings of the 38th eCAADe Conference*, vol. 1, 611–620. Berlin, 2020."
        info.address, rest = place["place"], place["book"]
        info.location = info.location or info.address  # (a proceedings' place)
    # (not a journal whose name has a colon: "HAU: Journal of Ethnographic Theory 12(3)")
    imprint = PLACE_AND_PUBLISHER.fullmatch(rest)
    if (
        imprint
        and not (info.booktitle or info.publisher or info.volume or info.pages or info.number)
        and _place_and_publisher(rest)
        and not re.search(r"[(),]", imprint.group(2))  # "Robotics: Science and Systems (RSS)"
        and not JOURNAL_WORD.search(rest)
        and not venues.lookup(rest)
        and not in_italics(st.entry, rest)  # "*Bilingualism: Language and Cognition*": a journal
    ):
        info.address, info.publisher = imprint.group(1).strip(), imprint.group(2).strip()
        rest = ""
    # (and a journal in Hebrew or Arabic script: "קתדרה 168")
    vol = re.fullmatch(
        r"([A-Z\u05d0-\u05ea\u0620-\u064a][^\d]*[A-Za-z.\u05d0-\u05ea\u0620-\u064a])\s+(\d{1,4})",
        rest,
    )
    if (
        vol
        and not info.volume
        and not P.YEAR.fullmatch(vol.group(2))  # "ICRA 2023": the year, not a volume
        and not venues.lookup(rest, fuzzy=False)
    ):
        rest, info.volume = vol.group(1), vol.group(2)  # "Pattern Recognition 120, 2021"
    # "Acta Cryst. B79": a journal in sections (the knowledge base knows "Acta Cryst. B"),
    # its letter run into the volume (and an abstract's page in the congress supplement:
    # "Acta Cryst. A79, C412")
    section = (
        None
        if info.volume
        else re.fullmatch(r"(.{3,}?\s[A-Z])(\d{1,4})(?:,\s*([a-zA-Z]?\d{1,6}))?", rest)
    )
    if section and venues.lookup(section.group(1), fuzzy=False):
        rest, info.volume = section.group(1), section.group(2)
        info.pages = info.pages or section.group(3)
    # "Draft available upon request": where to get it, not where it appeared
    req = re.search(
        r"(?i)(?:^|[,.;]\s*)((?:draft|paper|manuscript)?\s*available\s+(?:up)?on\s+request)\.?$",
        rest,
    )
    if req:
        st.extra.append(req.group(1).strip())
        rest = rest[: req.start()].strip(" ,.;")
    # trailing lower-case remarks: "..., directly accepted by the first round of review"
    tail = re.search(r",\s+((?!and\b|or\b|of\b|in\b)[a-z][^,]*)$", rest)
    if tail:
        st.extra.append(tail.group(1))
        rest = rest[: tail.start()]
    # Faculty180 pages end an entry with its status: "..., 78(4), 2101–2150. Published"
    rest = re.sub(r"[\s,.;]+Published\.?$", "", rest)
    # "*The Journal of Politics* 84(3): 1401–1417. (Lead article)": a remark in brackets
    bracket = TRAILING_REMARK.search(rest)
    if bracket and bracket.start() > 0:
        st.extra.append(bracket.group(1))
        rest = rest[: bracket.start()].rstrip(" .,;:")
    for canon, a, b in _note_hits(rest):
        if canon in (
            "Doctoral Consortium",
            "Demo Track",
            "Journal Track",
            "Oral",
            "Spotlight",
            "Best Paper Award",
            "Findings",
            "Poster",
            "Stage 1 in-principle acceptance",
            "Invited Paper",
        ):
            _add_note(st, canon)
            rest = rest[:a] + " " * (b - a) + rest[b:]
    # an award closing the entry, with what it says of it: "..., vol. 126 (2022). Best
    # Student Paper Award, Reactor Physics Division."
    award = (
        next((h for h in _note_hits(rest) if h[0] in CLOSING_AWARDS), None)
        if AWARD_HINT.search(rest)  # (most entries have none)
        else None
    )
    if award and (award[1] == 0 or rest[: award[1]].rstrip()[-1:] in ",.;"):
        _add_note(st, award[0])
        said = _clean(rest[award[1] :]).strip(" ,.;")
        if said != _clean(rest[award[1] : award[2]]).strip(" ,.;"):
            st.extra.append(said)  # more than the award's name
        rest = rest[: award[1]]
    rest = _strip_end(_clean(PUNCT_RUN.sub(_punct_run, rest)).strip(" ,;"))
    # "NeurIPS 2023 & SNN Workshop at ICLR 2023": the first venue is the publication,
    # the second (also presented at) is kept as a remark.
    # (not "Ecology & Evolution, 12, e9134": the second venue names an event or an acronym)
    also = re.search(r"[,.;]?\s+(?:&|and also|also (?:at|in))\s+(.{4,})$", rest)
    if (
        also
        and re.search(r"(?:19|20)\d\d|(?i:workshop|conference|symposium)|[A-Z]{2,}", also.group(1))
        and (venues.lookup(rest[: also.start()]) or venues.find_acronyms(rest[: also.start()]))
    ):
        st.extra.append(f"Also: {also.group(1).strip()}")
        rest = rest[: also.start()].strip(" ,.;")
    # "CVPR W", "ICCV W3" (not the initial of "M. W. Pound", an editor)
    if re.search(r"(?i)\bworkshops?\b|\bW\d{0,2}\b(?!\.)", rest):
        st.workshop = True
    fm = re.search(
        r"(?i)\bfindings\s+of\s+(?:the\s+)?(?:acl|association\s+for\s+computational\s+linguistics)\s*:?\s*([A-Za-z-]+)?",
        rest,
    )
    # "Findings of EMNLP 2023", "Findings of NAACL"
    fm2 = None if fm else re.search(r"\bFindings\s+of\s+(?:the\s+)?([A-Z][A-Za-z-]+)", rest)
    if fm2 and not (venues.by_acronym(fm2.group(1)) or None):
        fm2 = None
    if fm or fm2:
        st.findings = True
        _add_note(st, "Findings")
        named = (fm.group(1) if fm else fm2.group(1)) or "ACL"  # type: ignore[union-attr]
        # ("ACL-IJCNLP 2021": ACL held jointly with another meeting)
        host = venues.by_acronym(named) or venues.by_acronym(named.split("-")[0])
        if host:
            rest = host.acronym  # the host conference; the Findings name is rebuilt below
    kb = st.tag_venue
    if kb is None and rest:
        parts = [p.strip() for p in re.split(r"\s*,\s*", rest) if p.strip()]
        # a name with commas in it: "Int. Conf. for High Performance Computing, Networking,
        # Storage and Analysis (SC '23), Denver, CO": its parts alone name other venues
        for k in range(len(parts), 1, -1):
            kb = venues.lookup(re.sub(r"\s*\([^)]*\)", "", ", ".join(parts[:k])))
            if kb:
                break
    if kb is None and rest:
        parts += [p.strip() for p in re.split(r"\s*,\s*|\.\s+", rest) if p.strip()]
        # "*Language, Cognition and Neuroscience*": a known name ("Language") that begins a
        # longer italic name is not the venue
        parts = [p for p in parts if not _italic_goes_on(st.entry, p)]
        for p in parts:
            kb = _part_venue(re.sub(r"\s*\([^)]*\)", "", p), p is parts[0])
            if kb:
                break
        if kb is None:
            for p in parts:
                kb = _part_venue(p, p is parts[0])
                if kb:
                    break
        if kb is None:
            paren = re.findall(r"\(([^()]{2,30})\)", rest)
            for p in paren:
                kb = venues.lookup(p, fuzzy=False)
                if kb:
                    break
        if kb is None:
            found = venues.find_acronyms(rest)
            if found:
                kb = found[0][0]
        if kb is not None and _named_otherwise(rest, kb):
            # "International Conference on Advanced Technologies for Communications (ATC)":
            # the name spelled out is not that of the venue its acronym names elsewhere
            kb = None
    elif kb is not None and rest and _named_otherwise(rest, kb):
        # "International Thermal Spray Conference (ITSC 2016)" read as a tag: not IEEE's ITSC
        kb = None
    info.kb = kb
    if info.booktitle:
        info.venue = info.booktitle
        # MLA: "*Book*, edited by A. Smith, Cambridge UP, 2020": what is left is the publisher
        if not info.publisher and rest:
            _book_imprint(st, info, rest)
    elif kb and kb.kind == "conference" and (companion := COMPANION_VOLUME.search(rest)):
        # "Extended Abstracts of the 2022 CHI Conference on ...", "Adjunct Proceedings of
        # the 33rd ... UIST": a companion volume of the conference, named as printed
        part = COMPANION_SHORT[companion.group(1).lower()]
        # (the knowledge base may know the volume itself: "CHI EA")
        info.short = kb.acronym if kb.acronym.endswith(f" {part}") else f"{kb.acronym} {part}"
        # its name as written, its year and ordinal too ("of the 2022 CHI Conference")
        after = st.title_range[1] if st.title_range else 0
        src = COMPANION_VOLUME.search(st.entry.text, after)
        named = st.entry.text[src.start() :] if src else rest[companion.start() :]
        info.venue = re.split(r"\s*[(\[]|\.\s|\.$", _clean(named))[0].strip(" ,;")
    elif kb and kb.kind == "repository":
        # "HKU Theses Online (HKUTO)": a thesis deposited at its university, the school
        info.venue = kb.publisher or kb.name
        st.extra.append(f"Repository: {kb.name}")
    elif kb and kb.kind == "conference" and (track := COMPANION_TRACK.search(rest)):
        # "ACM SIGGRAPH 2021 Talks", "SIGGRAPH Asia 2020 Posters": a volume of its own
        info.short = f"{kb.acronym} {track.group(1).title()}"
        info.venue = re.sub(r"^(?:in\s*:?\s+)", "", _clean(rest[: track.end()]), flags=re.I)
    elif kb:
        info.short = kb.acronym
        if st.workshop and kb.kind != "workshop":
            name, where = _workshop_name(rest, kb)
            info.venue = name or kb.name
            info.location = info.location or where
        else:
            info.venue = kb.name
            if kb.kind == "conference" and rest and "," in rest:
                # "Proceedings of ... (NIME), Porto Alegre, Brazil", "... Proceedings.
                # Chicago, IL": where it was held stays
                last = re.split(r"(?<=[a-z)])\.\s+", rest)[-1].strip(" .")
                pieces = [p.strip() for p in last.split(",")]
                sentence = (
                    last != rest.strip(" .")
                    and len(pieces) == 2
                    and _city(pieces[0])
                    and _is_place(pieces[1])
                )  # a sentence that is all place: "Chicago, IL"
                info.location = info.location or (last if sentence else _split_location(rest)[1])
        if kb.kind in ("preprint",):
            info.venue = kb.name
    else:
        info.venue = _clean_venue(rest) or None
        if info.venue and ";" in info.venue and not info.publisher:
            info.venue = _semicolon_imprint(st, info, info.venue) or info.venue
        trailing = re.fullmatch(r"(.{3,}?[^\W\d_)])\s+(\d{1,4})", info.venue or "")
        if trailing and info.number and not info.volume:
            # Chicago "Harvard Theological Review 119, no. 1 (forthcoming)": no pages
            # followed the volume, so it stayed with the journal's name
            info.venue, info.volume = trailing.group(1), trailing.group(2)
        lead = LEADING_REPORT_NUMBER.match(info.venue or "")
        if lead and (info.report or st.entry.hint == "techreport") and not info.number:
            # "ORNL/TM-2021/1234, Oak Ridge National Laboratory, Oak Ridge, TN": a
            # laboratory's report number before the laboratory
            info.number, info.report = lead.group(1), True
            info.venue = info.venue[lead.end() :] or None  # type: ignore[index]
        # "Ext. Bull. BUL 1012. Univ. of Idaho Ext., Moscow": the series and its number,
        # then the institution issuing it
        sentences = list(SERIES_NUMBER_SENTENCE.finditer(info.venue or ""))
        numbered = sentences[-1] if sentences else None
        issuer = info.venue[numbered.end() :] if numbered and info.venue else ""
        if numbered and numbered.start() and re.match(rf"[^,.]*\b{INSTITUTION_END}(?!\w)", issuer):
            info.number = info.number or numbered.group(1)
            series = _clean(info.venue[: numbered.start()]).rstrip(" .")  # type: ignore[index]
            st.extra.append(f"Series: {series}")
            info.venue, info.report = issuer, True
        imprint = CSE_IMPRINT.fullmatch(info.venue or "")
        to_body = REPORT_TO.fullmatch(info.venue or "")
        if to_body and (to_body["kind"].strip() or info.report or st.entry.hint == "techreport"):
            # CSE "Final report to U.S. Fish and Wildlife Service, Region 6. Denver (CO).":
            # the body it was written for, and where
            info.venue = to_body["body"]
            info.address = info.address or to_body["place"] or to_body["city"]
            if to_body["kind"].strip():
                st.extra.append(to_body["kind"].strip())
            info.report = True
        elif imprint and not JOURNAL_WORD.search(imprint["pub"]):
            # CSE and NLM: "Corvallis (OR): Oregon State University Extension Service. EM
            # 9231": the place with its state, the body that issued it, its series number
            info.venue = imprint["pub"]
            info.address = info.address or f"{imprint['place']}, {imprint['state']}"
            after = (imprint["after"] or "").strip(" .,;")
            if after and re.fullmatch(r"[A-Z]{1,5}[\s\-]?\d[\w\-]*", after) and not info.number:
                info.number = after
            elif after:
                st.extra.append(after)
        elif info.venue and info.report and "," in info.venue:
            # "Oregon Dept. of Transportation, Salem, OR": the institution, then its place
            info.venue, info.address = _split_location(info.venue)
            if info.address is None:
                info.venue, info.address = _institution_city(info.venue)
        elif info.venue and EVENT_WORDS.search(info.venue):
            # "Proc. IEEE SPAWC, Cannes, France": where it was held, then its acronym
            # "..., held at Bayero University, Kano": where it was held
            held = re.search(r",?\s+held\s+(?:at|in)\s+([A-Z].*)$", info.venue)
            if held and held.start() > 12:
                info.venue, info.location = info.venue[: held.start()], held.group(1)
            info.venue, where = _split_location(info.venue)
            # "... Systems (ICIIECS’15), Karpagam College of Engineering, Coimbatore": the
            # conference ends with its acronym; the host and its town follow
            host = (
                None
                if where or info.report or info.number
                else ACRONYM_THEN_HOST.fullmatch(info.venue)
            )
            if host and _host_and_town(host.group(2)):
                info.venue = host.group(1)
                where = host.group(2).strip(" ,;")
            info.location = where or info.location
            pub = TRAILING_PUBLISHER.search(info.venue)
            if pub and pub.start() > 0:  # "Proceedings of ... (IEEE-NANO). IEEE"
                info.publisher = info.publisher or pub.group(1)
                info.venue = info.venue[: pub.start()]
            info.venue, info.short = _venue_acronym(info.venue)
        elif info.venue:
            # "Wireless Personal Communications, Springer", "Int. J. Commun. Syst. (Wiley)":
            # the journal, then its publisher
            pub = JOURNAL_PUBLISHER_TAIL.search(info.venue)
            if pub and len(info.venue[: pub.start()].split()) >= 2:
                info.publisher = info.publisher or pub.group(1)
                st.journal_publisher = pub.group(1)
                info.venue = info.venue[: pub.start()]
            # "Journal of Information Processing (IPSJ)": a journal's acronym in brackets
            m = VENUE_ACRONYM.search(info.venue)
            if m and m.group(1):
                info.venue, info.short = info.venue[: m.start()].rstrip(" ,"), m.group(1)
        if st.tag_text and not info.venue:
            info.venue = st.tag_text
    info.rest = rest


LINK_BUTTONS_END = re.compile(r"(?:[\s,;]*\[(?:[A-Za-z][\w.&\-]*\s?){1,3}\])+[\s.]*$")
VOLUME_PAGES_TAIL = re.compile(
    r",\s*(?P<volume>\d{1,4})(?:\s*\((?P<issue>\d{1,4})\))?,\s*(?P<first>\d{1,6})\s*[–-]{1,2}\s*(?P<last>\d{1,6})\s*$"
)
# A place and no more: "Cham", "Somerville, MA", "Bellingham, WA, USA"
PLAIN_PLACE = re.compile(r"[^\W\d_][\w.'’\- ]*(?:,\s*[^\W\d_][\w.'’\- ]*){0,2}")
# The place that opens a CSE or NLM imprint: "Corvallis (OR): ", "Bethesda (MD): "
CSE_PLACE = re.compile(r"\s*[A-Z][\w.'’\- ]{1,40}?\s*\((?:[A-Z]{2}|[A-Z][a-z]+\.?)\):\s+[A-Z]")
STATUS_IN_YEAR_SLOT = re.compile(
    r"(?i)[,.]\s*(?:submitted|in\s+press|in\s+review|under\s+review|forthcoming|accepted)\s*[.,]\s+\S"
)
# a report series and number as a sentence of its own: "NIOSH Report of Investigations 9712",
# "USGS Open-File Report 2017-1045", "Information Circular 9531"
REPORT_SERIES_SENTENCE = re.compile(
    r"\s*(?:[A-Z]{2,6}\s+)?(?:Report\s+of\s+Investigations|Information\s+Circular|"
    r"Open-File\s+Report|Technical\s+(?:Report|Note|Memorandum)|Special\s+Report|Bulletin|"
    r"Circular|Fact\s+[Ss]heet|Scientific\s+Investigations\s+Report"
    # US extension services' series: "NebGuide G2345", "Ext. Circ. EC872", "Ext. Pub. G2301"
    r"|NebGuide|Ext(?:ension)?\.?\s+(?:Circ(?:ular)?|Pub(?:lication)?|Bull(?:etin)?)\.?)"
    r"\s+(?:No\.\s*)?[\w\-–/]*\d"
)
# a publication's number alone in its sentence after the title: "Title. EC3042. Nebraska
# Extension, Lincoln." (an extension circular)
SERIES_CODE_SENTENCE = re.compile(r"\s*[A-Z]{1,4}[-\s]?\d{3,6}[A-Z]?\s*(?:\([^()]{1,20}\))?[\s.]*")
# "Completion report to Eastern Shoshone Fish and Game Department. Fort Washakie (WY)"
REPORT_TO = re.compile(
    r"(?P<kind>(?i:(?:final|completion|annual|progress|interim|technical|unpublished|"
    r"consulting)\s+)?(?i:report|memorandum|memo)|(?<![\w.])(?=(?i:to|for)\s))\s*"
    r"(?i:(?:submitted|prepared)\s+)?(?i:to|for)\s+(?P<body>[A-Z].{2,150}?)"
    r"(?:(?<!\b[A-Z])\.\s+(?P<place>[A-Z][\w.'’\- ]{1,40}?\s*\([A-Z]{2}\))"
    r"|,\s*(?P<city>[A-Z][\w.'’\- ]{1,30},\s*[A-Z]{2}))?"
    r"(?:[\s.,;]*(?i:confidential|not\s+publicly\s+available)[^.]*)?[\s.,;]*"
)
# "Portland (OR): U.S. Department of Agriculture, Forest Service. EM 9231"
CSE_IMPRINT = re.compile(
    r"(?P<place>[A-Z][\w.'’\- ]{1,40}?)\s*\((?P<state>[A-Z]{2}|[A-Z][\w. ]{1,20})\):\s*"
    r"(?P<pub>[^:;]{3,200}?)(?<!\b[A-Z])(?:\.\s+(?P<after>[^:;]{1,60}?))?[\s.,;]*"
)


def _semicolon_imprint(st: _State, info: _VenueInfo, text: str) -> str | None:
    """ACS: "Proceedings of X; Ceramic Engineering and Science Proceedings, Vol. 37; Wiley:
    Hoboken, NJ": what comes before the first semicolon (returned), a series (a remark),
    and "Publisher: Place"; None when no piece names a publisher and its place."""
    pieces = [_clean(p).strip(" ,.;") for p in text.split(";")]
    found = [re.fullmatch(r"([A-Z][^:]{1,80}?):\s*([A-Z][^:]{1,40})", p) for p in pieces]
    at = next(
        (i for i, m in enumerate(found) if i and m and _is_place(m.group(2).split(",")[-1])),
        None,
    )
    if at is None:
        return None
    info.publisher, info.address = found[at].group(1), found[at].group(2)  # type: ignore[union-attr]
    st.extra.extend(
        p for i, p in enumerate(pieces[1:], 1) if i != at and re.search(r"[A-Za-z]{2}", p)
    )
    return pieces[0]


def _book_imprint(st: _State, info: _VenueInfo, rest: str) -> None:
    """What follows a chapter's book is its series, place and publisher: "Philadelphia, PA:
    Saunders", "ACS Symposium Series 1412; American Chemical Society: Washington, DC",
    "AGU, Washington, D. C." (none of it is dropped)."""
    series = re.match(r"([^;]*\b(?:Series|Monograph|Monographs)\b[^;]*);\s*", rest)
    if series:
        st.extra.append(series.group(1).strip())
        rest = rest[series.end() :]
    if _semicolon_imprint(st, info, f"; {rest}") is not None:
        return
    publisher_place = re.fullmatch(r"([A-Z][^:;]{2,80}?):\s*([A-Z][^:;]{1,40}?)[.\s]*", rest)
    nlm = CSE_IMPRINT.fullmatch(rest)
    imprint = PLACE_AND_PUBLISHER.fullmatch(rest)
    if publisher_place and _is_place(publisher_place.group(2).split(",")[0]):
        # ACS: "American Chemical Society: Washington, DC" (the publisher, then its city)
        info.publisher, info.address = publisher_place.group(1), publisher_place.group(2)
    elif nlm:  # NLM: "Bethesda (MD): American Society of Health-System Pharmacists"
        info.address, info.publisher = f"{nlm['place']}, {nlm['state']}", nlm["pub"]
        if nlm["after"]:
            st.extra.append(nlm["after"].strip(" .,;"))
    elif imprint and _place_and_publisher(rest):
        info.address, info.publisher = imprint.group(1).strip(), imprint.group(2).strip()
    elif re.search(r"[A-Za-z]{2}", rest) and len(rest) < 80:
        name, where = _split_location(rest)
        info.publisher, info.address = name.strip(" ,.;") or None, info.address or where


@cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("places.json")
    return (
        frozenset(p.lower().rstrip(".") for p in data["countries"]),
        frozenset(data["regions"]),
    )


def _is_place(piece: str) -> bool:
    countries, regions = _places()
    p = piece.strip(" .")
    # ("D.C." is "DC", "U.K." is "UK"; a meeting held online is "Virtual")
    return (
        p.lower() in countries
        or p.lower() in ("virtual", "online", "virtual meeting", "virtual event", "hybrid")
        or p in regions
        or p.title() in regions
        or ("." in p and (p.replace(".", "") in regions or p.replace(".", "").lower() in countries))
    )


def _split_location(venue: str) -> tuple[str, str | None]:
    """'Proc. Asilomar Conf. Signals, Syst., Comput., Pacific Grove, CA, USA' -> the venue
    and 'Pacific Grove, CA, USA': trailing places, and the city before them."""
    pieces = [p.strip() for p in venue.split(",")]
    k = len(pieces)
    while k > 1 and _is_place(pieces[k - 1]):
        k -= 1
    if k == len(pieces):
        return venue, None
    if k > 1 and _city(pieces[k - 1]) and not P.VENUE_WORDS.search(pieces[k - 1]):
        k -= 1
    return ", ".join(pieces[:k]), ", ".join(pieces[k:])


def _institution_city(venue: str) -> tuple[str, str | None]:
    """'Michigan State Univ. Ext., East Lansing', 'Norwegian Institute for Water Research
    (NIVA), Oslo': an issuing institution, then a city no list needs to know."""
    city = re.fullmatch(rf"(.*\b{INSTITUTION_END}(?!\w)[^,]*),\s*([^,]+)", venue)
    if (
        city
        and _city(city.group(2))
        and not city.group(2).isupper()  # "UCL": no city
        and not SCHOOL_WORD.search(city.group(2))  # "Department of X, Kansas State University"
        and not BODY_NAME.search(city.group(2))
    ):
        return city.group(1), city.group(2)
    return venue, None


def _city(piece: str) -> bool:
    """A city's name: capitalised words, particles between them ("Pacific Grove", "Łódź",
    "St. Louis", "Rio de Janeiro")."""
    words = piece.split()
    return (
        0 < len(words) <= 4
        and words[0][0].isupper()
        and all(
            (w[0].isupper() or (i and w in CITY_PARTICLES))
            and re.fullmatch(r"[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*\.?", w)
            for i, w in enumerate(words)
        )
    )


CITY_PARTICLES = frozenset(["de", "da", "do", "del", "la", "le", "sur", "am", "upon", "on"])


# The acronym a conference goes by: "(RadarConf)" after its name, or its last word
# ("Proc. IEEE SPAWC", "Proc. IEEE GlobalSIP").
VENUE_ACRONYM = re.compile(
    r"\s*\(([A-Z][A-Za-z0-9\-/]*[A-Z][A-Za-z0-9\-/]*(?:\s[A-Z][A-Za-z0-9\-/]*)?)\)$"
    r"|(?<=\s)([A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z0-9\-]*)$"
)
# Societies named by acronym after a venue: "Structures Congress 2023, ASCE" (a data file).
SOCIETIES = frozenset(w.upper() for w in word_set("publisher_acronyms.txt"))
TRAILING_PUBLISHER = re.compile(
    r"[.,]\s*(Springer|Elsevier|Optica|AAAI Press|PMLR|Curran Associates|"
    + "|".join(sorted(SOCIETIES))
    + r")$"
)
# the big publishers a journal is named with (not "X Press" in general: "Cornell Law Review,
# University Press" is rare, and "Press" ends some journals' names)
JOURNAL_PUBLISHER_TAIL = re.compile(
    r"(?:,\s*|\s+\()((?:Springer(?:\s+Nature|[-\s]Verlag)?|Elsevier(?:\s+B\.?\s?V\.?)?|"
    r"(?:John\s+)?Wiley(?:[-\s]Blackwell|\s+(?:&|and)\s+Sons)?|Taylor\s*(?:&|and)\s*Francis|"
    r"IOS\s+Press|IGI\s+Global|Inderscience(?:\s+Publishers)?|MDPI|Hindawi|SAGE|Sage|"
    r"Emerald(?:\s+Publishing)?|Bentham\s+Science|World\s+Scientific|De\s+Gruyter|"
    r"Wolters\s+Kluwer|Lippincott(?:\s+Williams\s+(?:&|and)\s+Wilkins)?|Frontiers(?:\s+Media)?|"
    r"Oxford\s+University\s+Press|Cambridge\s+University\s+Press|Routledge))\)?\s*$"
)
NOT_ACRONYMS = SOCIETIES | {"IEEE/ACM", "USENIX", "AAAI", "IFIP"}


def _venue_acronym(venue: str) -> tuple[str, str | None]:
    m = VENUE_ACRONYM.search(venue)
    if not m:
        return venue, None
    if m.group(1):
        return venue[: m.start()].rstrip(" ,"), m.group(1)
    acronym = m.group(2)
    return venue, (acronym if acronym not in NOT_ACRONYMS and len(acronym) >= 3 else None)


def _workshop_name(rest: str, kb: venues.Venue) -> tuple[str | None, str | None]:
    """'SNN Workshop at ICLR 2023' -> the workshop's own words, ordinals removed."""
    s = venues.ORDINAL.sub(" ", rest)
    # (the workshop's own acronym stays: "Workshop on Neuromorphic Vision (NeVi)")
    s = re.sub(r"\(([^()]*)\)", lambda m: m.group(0) if _own_acronym(m.group(1)) else " ", s)
    s = re.sub(r"(?<![\w-])(?:19|20)\d\d(?![\w-])", " ", s)
    s = re.sub(r"\b(?:PMLR|IEEE|ACM)\s*$", " ", s.strip())
    s = _clean(re.sub(r"^(?i:the)\s+", "", s.strip()))
    s = re.sub(r"\s+([,.;)])", r"\1", s).strip(" ,.;")
    s, where = _split_location(s)  # "..., Milan, Italy": where it was held
    city = re.search(r"\.\s+([^.]+)$", s) if where else None
    if city and (
        re.fullmatch(r"(?i)virtual(?:\s+event)?|online", city.group(1))
        or (
            _city(city.group(1))
            and len(city.group(1).split()) <= 3
            and not P.VENUE_WORDS.search(city.group(1))
            and not re.search(r"(?i)\bworkshops?\b", city.group(1))
        )
    ):
        where = f"{city.group(1)}, {where}"
        s = s[: city.start()]  # "... in Place. Hamburg, Germany", "... Virtual Event, Mexico"
    return s or None, where


def _own_acronym(text: str) -> bool:
    """'NeVi', 'MATH-AI': a workshop's acronym (not its host's, 'ICCV', or a remark)."""
    return bool(WORKSHOP_ACRONYM.fullmatch(text)) and venues.by_acronym(text) is None


# a workshop's acronym: "NeVi", "MATH-AI", "3DVR" (not "Oral", not "ICLR 2023")
WORKSHOP_ACRONYM = re.compile(
    r"(?=(?:[^A-Z]*[A-Z]){2})(?!(?:19|20)\d\d)[A-Za-z0-9][A-Za-z0-9&-]{1,11}"
)


BOOK_LIKE = ("book", "inproceedings", "incollection")


def _split_publisher(
    venue: str, st: _State, keep_title: bool = False
) -> tuple[str | None, str | None]:
    """'Graduate Texts in Mathematics, Springer, Cham' -> series (a remark), publisher.

    'Proceedings of the ICM (Rio de Janeiro), World Sci. Publ' -> proceedings, publisher.
    The publisher is the comma-separated piece that names one; a book keeps what precedes
    it as its series, proceedings as their title.
    """
    pieces = [p.strip() for p in venue.split(",")]
    at = next((i for i, p in enumerate(pieces) if i and PUBLISHER_WORDS.search(p)), None)
    if at is None:
        if len(pieces) > 1 and st.entry.hint == "book" and PUBLISHER_WORDS.search(pieces[0]):
            at = 0
        else:
            return venue, None
    publisher = pieces[at]
    before = ", ".join(pieces[:at]) or None
    # (a chapter's or a paper's book keeps its title: "Dans : A (dir.), *Book*, Presses ...")
    if (
        before
        and not keep_title
        and st.entry.hint != "inproceedings"
        and not re.search(r"(?i)\bproc", before)
    ):
        st.extra.append(f"Series: {before}")
        before = None
    return before, publisher


# Meetings and their proceedings in Spanish, Portuguese, Italian, French, German, Dutch,
# Turkish ("Bildiriler Kitabı") and Indonesian ("Prosiding Seminar Nasional")
MEETING_WORDS_ABROAD = (
    r"actas|atas|jornadas|congreso|simposio|anais|congresso|atti|convegno|colloque|tagungsband|tagung|"
    r"actes|conférence|congrès|journées|kongress|konferenz|jahrestagung|congres|kongres[iı]?|"
    r"sempozyum[uı]?|bildiri(?:ler)?\s+kitab[ıi]|prosiding|seminar"
)
# Venues whose ordinals number an edition ("The 41st International Conference"); a journal's
# ordinal is part of its name ("Sixteenth Century Journal", "Nineteenth-Century Music").
EVENT_WORDS = re.compile(
    r"(?i)\b(?:conference|conf|workshop|symposium|symp|meeting|congress|proceedings|proc|"
    rf"colloquium|summit|forum|convention|{MEETING_WORDS_ABROAD})\b"
)


# A journal's new series before its volume: "Studi veneziani n.s. 68", "Romania, nouv. sér."
NEW_SERIES = re.compile(
    r"[\s,]*\b(?:n\.\s?s|new\s+ser(?:ies)?|nuova\s+serie|neue\s+folge|n\.\s?f|nouv\.\s+s[ée]r)\.?\s*$",
    re.I,
)


def _clean_venue(rest: str) -> str:
    s = NEW_SERIES.sub("", rest)
    if not JOURNAL_WORD.search(s):  # "The Elementary School Journal" keeps its article
        s = SCHOOL_ARTICLE.sub("", s)
    if EVENT_WORDS.search(s):
        # "The 41st International Conference on ...": the article and the ordinal go; a
        # journal keeps its name as written ("The Art Bulletin", "The Lancet")
        s = re.sub(r"^\s*the\s+", "", s, flags=re.I)
        s = venues.ORDINAL.sub(" ", s)
    s = re.sub(r"(?<![\w-])(?:19|20)\d\d(?![\w-])", " ", s)
    s = re.sub(r"\(\s*([^()]*?)[\s,;:]+\)", r"(\1)", s)  # "(Rio de Janeiro, [2018])"
    s = re.sub(r"\(\s*\)", " ", s)
    s = re.sub(r"(?:\s*\*{2,})+(?=\s|$)", " ", s)  # "*** ***": an award's stars, the award read
    s = re.sub(r"\s+", " ", s).strip(" ,;:")
    # "Nat. Phys." keeps the period of its last abbreviation; "Neuron." does not
    if s.endswith(".") and not ABBREVIATED_END.search(s[:-1]):
        s = s.rstrip(" .")
    return s


# -- types ----------------------------------------------------------------------------------


PROCEEDINGS_NAME = re.compile(
    r"(?i)^(?:the\s+)?(?:\d+\w*\s+)?(?:proc(?:eedings\b|\.)|tagungsband|actes|anais|actas|atas|atti|prosiding)"
)


SCHOOL = re.compile(
    r"^(?:The\s+)?(?:(?:[A-Z][\w.'’&-]*\s+){0,5}(?:University|Universit(?:y|ät|é|à)|Universidad|"
    r"Universidade|Universiteit|Institute\s+of\s+Technology)\b[^,]{0,60}|"
    r"(?:University|Universit(?:ät|é|à)|Universidad|Universidade|Universiteit)\s+[^,]{2,60}|"
    r"ETH\s+Z[uü]rich|EPFL|KTH|MIT|Caltech|TU\s+\w+)"
    r"(?:,\s*[A-Z][^,]{1,40}){0,3}$"
)


def _school_alone(st: _State, info: _VenueInfo) -> bool:
    """One author, and a university (with its city and country) as the whole venue: a
    thesis as DBLP lists one. A press, a journal or numbers make it something else."""
    venue = (info.venue or "").strip(" .,")
    return (
        len(st.authors) == 1
        and st.status in (None, "published")
        and bool(SCHOOL.match(venue))
        and not (info.volume or info.pages or info.number or info.booktitle or info.editors)
        and not (PUBLISHER_WORDS.search(venue) or JOURNAL_WORD.search(venue))
        and not info.report
    )


def _journal_after_in(info: _VenueInfo) -> bool:
    """'In: *Business & Information Systems Engineering* 66 (2), S. 189–207': German
    citations put "In:" before journals too; a volume and issue, or a journal's word, and no
    editors tell the journal from a book."""
    book = info.booktitle
    if not book or info.editors or PROCEEDINGS_NAME.match(book):
        return False
    numbered = bool(info.volume and (info.number or info.pages))
    return numbered or bool(JOURNAL_WORD.search(book) or re.search(r"(?i)zeitschrift", book))


# Reference works whose entries are chapters: "The Oxford Handbook of X", "Encyclopedia of Y"
REFERENCE_WORK = re.compile(r"\b(?:handbook|encyclop(?:a)?edia|companion)\b")


CONFERENCE_OF_YEAR = re.compile(
    r"(?i)\b(?:i?conference|symposium|workshop|congress|colloquium)\s+(?:19|20)\d\d\b"
)


# ABNT's journal imprint: "..., Porto Alegre, v. 26, n. 1" (a place of one to four words,
# "Rio de Janeiro"; not "Journal of Control, Automation and Electrical Systems, v. 31")
ABNT_JOURNAL_PLACE = re.compile(
    r",\s+(?P<place>[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:(?:de|do|da|dos|das|del)\s+)?[A-ZÀ-Ý][\w'’\-]+){0,3}),\s+v\.\s*\d"
)


def _entry_type(st: _State, info: _VenueInfo) -> str:
    rest = (info.rest or "").lower()
    hint = st.entry.hint
    if st.gbt_type:
        if st.status == "under review" and not (info.venue or info.kb or info.booktitle):
            return "misc"  # "[J]. Submitted to Nature Materials": no journal has it yet
        return st.gbt_type  # the entry says its type
    if info.notes_for:
        return "misc"  # liner and program notes: no periodical, no proceedings
    if (
        st.authors_edited
        and not info.booktitle
        and (info.publisher or PLACE_AND_PUBLISHER.search(rest))
    ):
        # "Lindqvist, T. J., and H. Oduya, eds. Title. Series 198. Leiden: Brill, 2021.": an
        # edited volume in a numbered series, not a journal's volume
        return "book"
    if re.search(r"(?i)\(blog\)|\bblog\b", info.venue or ""):
        return "misc"  # "Church Life Journal (blog), University of Notre Dame": a blog post
    if re.match(r"(?i)data\s+from\s*:", st.title or "") or re.search(
        r"(?i)\bdata\s+(?:archive|repository)\b", info.venue or ""
    ):
        return "misc"  # Dryad's "Data from: Title", a data archive: a dataset
    if info.event:
        return "inproceedings"
    if re.search(
        r"\b(?:ph\.?\s?d\.?|doctoral)\s+(?:thesis|dissertation|diss\b)|\bdissertation\b|\bthes[ie]s\b"
        # the same in Dutch, German, French, Spanish, Portuguese, Italian, Swedish
        r"|\b(?:proefschrift|dissertatie|doktorarbeit|th(?:èse|ese(?=\s+d(?:e\b|['’])))|tesis|tese|tesi|(?:doktors)?avhandling|afhandling)\b"
        r"|\bdisserta[çc][ãa]o\b"
        # Czech, Slovak, Polish, Russian
        rf"|{SLAVIC_THESIS}"
        r"|วิทยานิพนธ์|ปริญญานิพนธ์"  # Thai
        rf"|{CJK_THESIS}",  # Japanese, Chinese
        rest,
    ):
        masters = re.search(r"\bmaster", rest) or MASTERS_THESIS.search(rest)
        return "mastersthesis" if masters else "phdthesis"
    if info.venue and IEEE_BOOK_EDITORS.fullmatch(info.venue):
        # IEEE's "in *Book*, A. Editor, Ed. City: Publisher": a chapter, or a paper in the
        # proceedings so edited
        return "inproceedings" if EVENT_WORDS.search(info.venue) else "incollection"
    if _journal_after_in(info):
        return "article"  # German "In: *Zeitschrift für X* 12 (3), S. 45–67": a journal
    if info.venue and AHEAD_OF_PRINT.search(st.entry.text) and st.status != "under review":
        return "article"  # "Clin Microbiol Infect. 2024 Jan 18. Epub ahead of print.": journals
    if (
        info.editors
        or (info.booktitle and not info.kb)
        # (Turkish "Book, Dong H., Editör, Publisher": the book's editors)
        or re.search(
            r"\bbook\s+chapter\b|\bchapter\s+(?:\d+\s+)?in\b|\(eds?\.\)|,\s*editör\b", rest
        )
    ):
        # "In R. Castillo (Eds.), Proceedings of the 44th Annual Meeting of PME-NA": a paper
        # in edited proceedings
        if (
            re.match(r"(?i)proc(?:eedings\b|\.)", info.booktitle or "")
            # "*Selected proceedings of the 44th Annual Conference on African Linguistics*"
            or re.search(r"(?i)\bproceedings\s+of\b", info.booktitle or "")
            or re.search(r"(?:^|;)\s*proc(?:eedings\b|\.)", rest)
            # "*Information for a better world. iConference 2022* (LNCS 13192)": the
            # proceedings of a meeting named with its year
            or CONFERENCE_OF_YEAR.search(st.entry.text)
            or (info.kb is not None and info.kb.kind == "conference")
        ):
            # (ACS "In *Book*; Proc. SPIE Vol. 12665; SPIE: Bellingham, WA": a series of proceedings)
            return "inproceedings"
        return "incollection"
    if info.report and info.kb and info.kb.kind == "preprint":
        return "misc"  # "SSRN Working Paper No. 4581123": a preprint server's number
    # (under "Reports & Non-Refereed Publications", a piece in a journal's volume and issue
    # is an article: "*Library Quarterly, 92*(1), 98–100")
    if info.report or (hint == "techreport" and not info.kb and not (info.volume and info.number)):
        return "techreport"
    if (
        st.status == "preprint"
        and info.number
        and re.search(r"(?i)\b(?:working|discussion)\s+paper", st.entry.text)
    ):
        return "techreport"  # "NBER Working Paper No. 29876": a numbered report series
    if st.status == "under review" or (st.status == "preprint" and not info.kb):
        return "misc"  # a venue named with "under review" is where it was submitted
    if (
        st.arxiv
        and not (
            st.status in ("forthcoming", "accepted") and rest.strip(" ,.")
        )  # "accepted in JINST"
        and not (info.volume and info.pages)  # "Phys. Rev. D 108, 055012 (2023), arXiv:..."
        and (not info.kb or info.kb.kind == "preprint")
        # ("in Proc. of the 57th Rencontres de Moriond, ARISF (2023) 241–246, arXiv:...")
        and not (re.search(r"(?i)\b(journal|conference|proceedings|transactions)\b|\bproc\.", rest))
    ):
        return "misc"
    if info.kb:
        if st.entry.typed and hint in ("article", "inproceedings") and info.kb.kind != "preprint":
            # a database's record says which: dblp files a paper of "Proc. ACM Manag. Data"
            # (SIGMOD's journal) as a journal article
            return hint
        if info.kb.kind in ("preprint", "repository") or (
            info.kb.kind == "data"
            and hint in (None, "misc")
            and not re.search(r"\b(?:conference|proceedings|journal|article|chapter)\b", rest)
        ):
            # (a repository's thesis says so: see above; a data repository holds datasets,
            # unless the entry names another type: ORCID's "Conference paper")
            return "misc"
        if info.kb.kind == "journal" and not st.workshop:
            return "article"
        return "inproceedings"
    if re.search(r"\bbook\b", rest) or (info.publisher and not rest.strip(" ,.")):
        return "book"
    if _school_alone(st, info):
        return "phdthesis"  # DBLP: "Katarina Novak: Title. ETH Zurich, Zürich, Switzerland, 2019"
    if info.edition and not (info.volume or info.pages or info.booktitle or info.editors):
        return "book"  # APA "*Title* (3rd ed.). O'Reilly Media.": only books have editions
    if (
        not info.volume
        and not info.pages
        and PUBLISHER_WORDS.search(info.venue or "")
        and len((info.venue or "").split()) <= 5
        and not re.search(
            r"(?i)\b(?:journal|proc|proceedings|conference|review|transactions)\b", rest
        )
    ):
        return "book"  # APA "*Title*. CRC Press.": what follows the title is its publisher
    if (
        not info.pages
        and PUBLISHER_WORDS.search(st.entry.text)
        and re.search(r"(?i)\bvol\.|\bseries\b|\btexts\b|\blecture\s+notes\b", rest)
        and not re.search(r"\b(?:journal|proc|proceedings|conference|transactions)\b", rest)
    ):
        return "book"  # "Graduate Texts in Mathematics, vol. 284, Springer, 2022": a book series
    if re.search(r"\bpos\b", rest):
        return "inproceedings"  # Proceedings of Science
    if REFERENCE_WORK.search(rest) and not re.search(r"\b(?:journal|proc|proceedings)\b", rest):
        return "incollection"  # "Handbook of Graph Neural Networks, 455-478": a chapter
    if (
        info.volume
        and info.pages
        and not re.search(
            r"\b(?:conference|conf|symposium|sympos|symp|workshop|meeting|congress)\b", rest
        )
        # "In *Proceedings of Sinn und Bedeutung 25*, 671–688": a numbered proceedings
        and not P.IN_PROCEEDINGS.search(st.entry.text)
    ):
        return "article"  # "Proc R Soc B 283:20160123", "Proc. VLDB Endow. 9(12)": journals
    if re.search(r"\bjournal\b", rest) and info.pages and (info.number or info.volume):
        return "article"  # "*History Workshop Journal*, no. 88 (2019): 77–101"
    if re.search(
        r"\b(?:proc|proceedings|conference|conf|symposium|sympos|symp|workshop|meeting|congress"
        rf"|{MEETING_WORDS_ABROAD})\b",
        rest,
    ):
        return "inproceedings"
    if re.search(
        r"\b(?:journal|transactions|letters|review|magazine|annals|bulletin|newsletter|quarterly"
        r"|revista|rivista|revue|zeitschrift|tijdschrift)\b"
        r"|\bj\b|\b(?:trans|lett|rev|ann|bull|mag)\.",  # "J Algebra", "Trans. Amer. Math. Soc."
        rest,
    ):
        return "article"
    if info.volume or (info.pages and info.number):
        return "article"  # "Revista X, (181), 43–62": a journal numbered by issue alone
    if hint == "phdthesis" and MASTERS_THESIS.search(rest):
        return "mastersthesis"  # under "Theses": "Mestrado, Universidade de Aveiro, 2009"
    if hint:
        return hint
    if st.status in ("under review", "preprint", "forthcoming") and not rest:
        return "misc"
    if st.status == "forthcoming" and not info.publisher:
        return "article"  # "Title. *Circ Heart Fail*. In press.": a journal's, most often
    return (
        "misc"
        if not rest
        else "article"
        if info.volume
        else "inproceedings"
        if st.tag_venue
        else "misc"
    )


# ---------------------------------------------------------------------------------------


# Humanities titles set a work's title in roman inside an italic title ("reverse
# italics"): "*Exile and the Elegiac Voice: Ovid's* Tristia *and the Poetics of Distance*",
# "*Ovidius Exul: Reading the* Epistulae ex Ponto, by ..."
ROMAN_INSET = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+")
ITALIC_ENDS_OPEN = re.compile(r"(?i)\b(?:the|of|in|on|and|to|a|an|for|with|from|'s|’s)\s*$")
ROMAN_TAIL = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}(?=[,.;:])")


def _reverse_italics(text: str, italic: tuple[Range, ...]) -> tuple[Range, ...]:
    """Italic runs joined across a roman title inside them (see ROMAN_INSET)."""
    runs = [list(r) for r in italic]
    out = [runs[0]]
    for a, b in runs[1:]:
        gap = ROMAN_INSET.fullmatch(text, out[-1][1], a)
        if gap and text[a:b].lstrip()[:1].islower():
            out[-1][1] = b  # "... Ovid's* Tristia *and the Poetics ...": one title
        else:
            out.append([a, b])
    for run in out:
        tail = ROMAN_TAIL.match(text, run[1])
        if tail and ITALIC_ENDS_OPEN.search(text, run[0], run[1]):
            nxt = [r for r in out if r[0] >= run[1]]
            if not nxt or tail.end() <= nxt[0][0]:
                run[1] = tail.end()  # "... Reading the* Epistulae ex Ponto, by": to the comma
    return tuple((a, b) for a, b in out)


BADGE_TYPES = {
    "journal article": "article", "article": "article", "conference paper": "inproceedings",
    "conference proceedings": "inproceedings", "book chapter": "incollection",
    "book": "book", "thesis": "phdthesis", "doctoral thesis": "phdthesis",
    "report": "techreport", "working paper": "misc", "preprint": "misc", "dataset": "misc",
    "review": "article", "editorial": "article",
}  # fmt: skip
TYPE_BADGE = re.compile(
    r"\s*\[(" + "|".join(k.replace(" ", r"\s+") for k in BADGE_TYPES) + r")\]\s*", re.I
)


def parse_entry(entry: EntryText) -> Record:
    """Parse one entry. Never raises on odd input: problems become warnings."""
    text = entry.text
    if " 0" in text and len(text) <= MAX_ENTRY_CHARS and DBLP_HOMONYM.search(text):
        # (the source's text is the one the spans point into)
        entry = _cut_out(entry, [m.span() for m in DBLP_HOMONYM.finditer(text)])
        text = entry.text
    source = Source(path=entry.path, line=entry.line, end_line=entry.end_line, text=text)
    if STARS.search(text):  # "Lukas Brandt★": a student's mark, read as the dagger is
        text = STARS.sub("†", text)
        entry = replace(entry, text=text)
    if len(text) > MAX_ENTRY_CHARS:
        return Record(
            sources=(source,),
            confidence=0.0,
            warnings=(f"entry is {len(text)} characters long; not parsed as a reference",),
        )
    if len(entry.italic) > 1 or (
        entry.italic and ITALIC_ENDS_OPEN.search(text, 0, entry.italic[0][1])
    ):
        entry = replace(entry, italic=_reverse_italics(text, entry.italic))
    badge = TYPE_BADGE.match(text)
    if badge:
        # a repository's badge before the title ("[Journal article] Title. Names. ..."): the
        # kind of output, read as a section's heading would be
        kind = BADGE_TYPES[re.sub(r"\s+", " ", badge.group(1).lower())]
        entry = replace(entry, hint=kind or entry.hint)
    st = _State(entry=entry, w=Scratch(text))
    if badge:
        st.w.consume(badge.start(), badge.end())
    number = LEADING_NUMBER.match(text)
    if number:  # "2. Chen, L., ...": a list's number in a table cell of its own
        st.w.consume(number.start(), number.end())
    if venues.at_conference(text):  # DBLP's "DEEM@SIGMOD 2024: 4:1-4:7"
        st.workshop = True
    if ".." in text and entry.italic:
        # a BibTeX style's "and Carvalho, J.. *Autonomous Robots*" (the initial's period,
        # then the list's) before an italic venue: one stop, as the venue's sentence reads
        starts = {a for a, _ in entry.italic}
        for m in DOUBLED_STOP.finditer(text):
            if m.end() in starts:
                st.w.put(m.start(), " ")
    _venue_tag(st)
    _leading_year(st)
    _links(st)
    _duration(st)
    _identifiers(st)
    _tagged_with_coauthors(st)
    _other_version(st)
    _gbt_marker(st)
    _review_bracket(st)
    _quoted_or_italic_title(st)
    _more_quoted_titles(st)
    _quoted_head_title(st)
    _review_of_title(st)
    _bracket_groups(st, st.title_range)
    _bold_notes(st, st.title_range)
    _status(st)
    _published_online(st)
    _catalogue_mark(st)
    _with_coauthors(st)
    _names_colon(st)
    _trailing_names(st)
    if st.title_range:
        st.w.consume(*st.title_range)
        before = st.w.text[: st.title_range[0]]
        after_lo = st.title_range[1]
        if before.strip():
            a = len(before) - len(before.lstrip())
            seg_end = len(before.rstrip())
            # "Authors. (2017). " or "Authors, "
            incl = INCLUDING.search(before)
            if incl:  # "Nakagawa, T., et al. (incl. J. Halvorsen) 2019": the owner's place
                st.extra.append(_clean(incl.group(0)).strip(" ()"))
                st.w.consume(incl.start(), incl.end())
                before = st.w.text[: st.title_range[0]]
            apa = P.APA_YEAR.search(before) or re.search(
                # (Australian Harvard: "Okafor, CN^ 2020, 'Title'": initials, then the year)
                r"(?:(?<=[.,*†‡^])|(?<=\b[A-Z])|(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3}))"
                r"\s*((?:19|20)\d\d)[a-z]?[.,]?\s*$",
                before,
            )
            aas = AAS_YEAR_INSIDE.search(before)
            if not apa and aas and _names_segment(before[a : aas.start()].strip(" ,")):
                # AAS "Sato, K. 2019, ATel #12345, "Title"", "..., & Nakagawa, T. 2020, ApJ,
                # 901, 45, "Title"": the names, the year, then the venue before the title
                apa = aas
            if apa:
                st.year = int(apa.group(1)) if apa.group(1) else None
                st.w.consume(apa.start(), apa.end())
                seg_end = apa.start()
            # "García, J. y Martín, A. (Eds.) (2023). *Book*": the role after the names
            role = ROLE_AT_END.search(st.w.text, a, seg_end)
            if role and role.start() > a:
                seg_end = role.start()
            cut = _comma_author_prefix(st.w.text, a, seg_end, [])
            head = st.w.text[a:seg_end].rstrip(" :,")
            if COLLABORATION_WITH_NAMES.fullmatch(head):  # "ATLAS Collaboration (G. Aad et al.)"
                _set_authors(st, a, a + len(head))
            elif _names_segment(st.w.text[a:seg_end].rstrip(" :")):  # DBLP "Names: *Title*"
                _set_authors(st, a, len(st.w.text[:seg_end].rstrip(" :")))
            elif cut is not None:
                _set_authors(st, a, cut)
        else:
            # title first: authors in the next sentence
            # (up to a sentence end: "W. Jiang and J. Luo. Journal": initials end none)
            text = st.w.text
            # ("Title — Names. Venue": a homepage's dash between them)
            s0 = after_lo + len(text[after_lo:]) - len(text[after_lo:].lstrip(" .,—–"))
            ends = [b for b in _boundaries(text, s0, len(text.rstrip())) if b > s0]
            seg_end = ends[0] if ends else len(text.rstrip())
            # "Names *AISTATS*, 2023" (no stop before the italic venue): the names end there
            italic_at = _italic_venue_start(st, s0, seg_end)
            if italic_at is not None and _names_segment(text[s0:italic_at].strip(" ,")):
                seg_end = s0 + len(text[s0:italic_at].rstrip(" ,"))
            nxt = re.match(r"[\s.,—–]*([^.]+(?:\.[^.\s][^.]*)*?)(?:\.\s|$)", text[after_lo:])
            seg = text[s0:seg_end].strip()
            if (
                not st.authors
                and len(seg.split()) >= 2
                and _names_segment(seg)
                and not P.VENUE_WORDS.search(seg)  # "IZA Discussion Paper No. 16789"
                and not _journal_next(text, s0)  # AMS "*Title*, Duke Math. J. **170** (2021)"
                # "'Title', *Philosophers' Imprint*.": an italic run is no names
                and not any(i <= s0 + 1 and seg_end - 1 <= j for i, j in st.entry.italic)
            ):
                if re.search(r"[—–]", text[after_lo:s0]):
                    st.w.consume(after_lo, s0)  # the dash is no part of the venue
                _set_authors(st, s0, seg_end)
            elif (
                nxt
                and not st.authors
                and _names_segment(nxt.group(1))
                and not P.VENUE_WORDS.search(nxt.group(1))
                and not _journal_next(text, after_lo + nxt.start(1))
            ):
                s0 = after_lo + nxt.start(1)
                _set_authors(st, s0, s0 + len(nxt.group(1)))
    else:
        _segment(st)
    info = _publication_part(st)
    for remark in entry.remarks:
        for canon, _, _ in _note_hits(remark):
            _add_note(st, canon)
        st.extra.append(_clean(remark))
    # (the arXiv id dates a preprint; a paper accepted, to appear, has no year yet)
    undated = st.status in ("forthcoming", "accepted")
    arxiv_year = None if undated else _arxiv_year(st.arxiv) or _rxiv_year(st.doi)
    year = st.tag_year or st.year or info.year or arxiv_year or entry.heading_year
    if (
        st.status is None
        and st.arxiv
        and (not info.kb or info.kb.kind == "preprint")
        and not (info.volume and info.pages)  # a journal article that also cites its arXiv id
        # "in Proc. of the 57th Rencontres de Moriond, ARISF (2023) 241–246, arXiv:...": the
        # paper in its proceedings, which also cite its arXiv id
        and not P.IN_PROCEEDINGS.search(entry.text)
    ):
        st.status = "preprint"
    if (
        st.status is None
        and entry.hint == "misc"
        and not ((info.venue and not _buttons_only(info.venue, entry)) or info.kb or info.volume)
    ):
        # under "Working Papers" or "Preprints", an entry with no venue is not yet out
        # ("Title. [Latest Draft] [Slides]": the page's buttons are no venue)
        st.status = "preprint"
    status = st.status or "published"
    if status == "under review" and info.kb and info.kb.kind != "preprint":
        # "NeurIPS (under review)": the venue is where it is submitted, not published
        st.extra.append(f"Submitted to {_submitted_name(info.kb)}")
    if (
        info.publisher
        and not info.venue
        and re.search(r"(?i)\b(?:dissertation|thesis|proefschrift)\.?$", info.publisher)
    ):
        # Linguistics: "Cambridge, MA: Massachusetts Institute of Technology dissertation."
        info.venue, info.publisher = info.publisher, None
        info.rest = f"{info.rest} {info.venue}"
    rtype = _entry_type(st, info)
    if (
        rtype in ("phdthesis", "mastersthesis")
        and info.publisher
        and re.fullmatch(r"\[[^\[\]]*\]\.?", (info.venue or "").strip())
    ):
        # NLM "Title [dissertation]. Baltimore, MD: Johns Hopkins University; 2008.": the
        # kind in brackets, then the school as the imprint's publisher
        info.venue, info.publisher = info.publisher, None
    repository = info.kb is not None and info.kb.kind == "repository"
    if rtype in ("phdthesis", "mastersthesis") and info.venue and not repository:
        # (a repository names its university as the knowledge base spells it)
        # "[Doctoral dissertation, University X]" -> "University X"
        school = re.sub(
            r"(?i)\b(?:ph\.?\s?d\.?|d\.?\s?phil\.?|m\.?\s?phil\.?|ed\.?\s?d\.?|doctoral|master'?s?"
            r"|m\.?\s?sc\.?(?:\s?a\.)?|m\.?\s?a\.?\s?sc\.|m\.?\s?eng\.|m\.?\s?s\.)?"
            r"\s*(?:thesis|dissertation|diss\b\.?"
            r"|proefschrift|dissertatie|doktorarbeit|th(?:èse|ese(?=\s+d(?:e\b|['’])))|tesis|tese|tesi|(?:doktors)?avhandling|afhandling|disserta[çc][ãa]o)\b"
            rf"|{SLAVIC_THESIS}"
            # "Tesis doctoral", "Tese de doutorado", "Thèse de doctorat", "Tesi di dottorato"
            r"(?:\s+(?:doctoral|de\s+doutorado|de\s+doutoramento|de\s+doctorat|di\s+dottorato|de\s+m[eé]strado))?,?"
            rf"|{CJK_THESIS}[,，、]?",  # Japanese, Chinese
            " ",
            info.venue,
        )
        info.venue = _school(school) or info.venue
        if not SCHOOL_WORD.search(info.venue or "") and SCHOOL_WORD.search(info.rest or ""):
            # ISO 690 "Praha, 2017. Disertační práce. Univerzita Karlova, ...": the place
            # came first, the school after the kind of thesis
            info.venue = _school(info.rest or "") or info.venue
    venue, short = info.venue, info.short
    place = re.fullmatch(r"([A-Z][^:;,]{1,40}):\s*([^:;]{3,150}?)[;.,\s]*", venue or "")
    if rtype == "techreport" and place and _city(place.group(1)):
        # Vancouver reports: "Copenhagen: WHO Regional Office for Europe; 2024."
        venue, info.address = place.group(2), info.address or place.group(1)
    series = re.fullmatch(r"\(([^()]{3,120})\)\.?", venue or "")
    if rtype == "book" and info.publisher and series:
        # "*Book* (Linguistik Aktuell 281). Amsterdam: John Benjamins": the series is a
        # remark; the publisher stands in the venue's place
        st.extra.append(f"Series: {series.group(1)}")
        venue = None
    if (
        rtype == "book"
        and info.publisher
        and venue
        and not info.kb
        and not PUBLISHER_WORDS.search(venue)
        and not re.search(r"\d", venue)
        and st.title
        and st.entry.text.find(f"{st.title}. {venue}") >= 0
    ):
        if BOOK_SERIES.search(venue):
            # "Title. Oxford Studies in Music and Migration. New York: OUP": a series
            st.extra.append(f"Series: {venue}")
            venue = None
        else:
            # "Arbeit und Anerkennung. Eine Soziologie der Pflegeberufe. Frankfurt: Campus":
            # the sentence between title and place is the subtitle
            st.title, venue = f"{st.title}. {venue}", None
    ams = AMS_CONFERENCE_TAIL.search(venue or "") if rtype == "inproceedings" else None
    if ams and venue and ams.start() > 0:
        # AMS: "36th Conf. on Hurricanes, Long Beach, CA, Amer. Meteor. Soc., 9B.4": where
        # the meeting was, its publisher and the paper's number in the program
        venue = venue[: ams.start()]
        info.location = info.location or ams["place"]
        info.publisher = info.publisher or ams["publisher"]
        info.number = info.number or ams["number"]
    buttons = LINK_BUTTONS_END.search(venue or "")
    if buttons and venue and buttons.start() > 0:
        # "IZA Discussion Paper, [IZA DP]", "VoxDev, [Column]": a page's link buttons
        venue = venue[: buttons.start()].rstrip(" ,;")
    elif venue and _buttons_only(venue, st.entry):
        venue = None  # "Title. [Latest Draft] [Slides]": buttons only, no venue
    lead = re.match(r"\[([^\[\]]{8,})\][.,]?\s*", venue or "")
    if lead and venue and _is_translation(st.title, lead.group(1).rstrip(".")):
        # "Title. [English title.] Journal 69(1–2)": the translation after the title
        st.extra.append(f"Translated title: {lead.group(1).strip().rstrip('.')}")
        venue = venue[lead.end() :] or None
    numbers = VOLUME_PAGES_TAIL.search(venue) if venue and not (info.volume or info.pages) else None
    if numbers and numbers.start() > 0:
        # "*International Journal of Social Robotics, 13, 1457–1475*": the numbers were in
        # the italics with the journal's name
        venue = venue[: numbers.start()]
        info.volume, info.number = numbers["volume"], info.number or numbers["issue"]
        info.pages = _expand_pages(numbers["first"], numbers["last"])
    if venue and unicodedata.category(venue[-1]) == "So":
        # "..., Ioannina, Greece, 🏆": a page's pictograph for an award, no part of the venue
        venue = venue.rstrip(" ,;" + "".join({c for c in venue if unicodedata.category(c) == "So"}))
        if rtype == "inproceedings":
            venue, where = _split_location(venue)
            info.location = info.location or where
    article = (
        re.search(r",\s*(e?\d{5,8})\s*$", venue)
        if venue and info.volume and not info.pages and rtype == "article"
        else None
    )
    if article and venue:
        # IEEE "*J. Neural Eng.*, vol. 18, no. 4, 046032, 2021": the article's number
        venue, info.pages = venue[: article.start()], article.group(1)
    if venue:
        venue, translated = _split_translation(venue)
        if translated:
            st.extra.append(f"Translated venue: {translated}")
    if status == "under review" and rtype == "misc":
        if (
            venue
            and not info.kb
            and not any(x.startswith("Submitted to ") for x in st.extra)
            # (not what is left of "Manuscript submitted for publication")
            and not re.search(r"(?i)manuscript|publication|consideration|revision", venue)
            # nor where a manuscript was written ("Ms., University of X", "Department of Y")
            and not (venue.startswith("Ms.") or SCHOOL_WORD.search(venue))
            and not re.search(r"(?i)\bdep(?:artmen)?t\b", venue)
        ):
            # "Submitted. Title. Northwest Science.": where it went, kept as a remark
            st.extra.append(f"Submitted to {venue}")
        venue = short = None if not (info.kb and info.kb.kind == "preprint") else venue
    if rtype == "misc" and st.arxiv:
        venue, short = "arXiv", "arXiv"
    place = ABNT_JOURNAL_PLACE.search(st.entry.text) if venue and rtype == "article" else None
    if place and venue and venue.endswith(", " + place["place"]) and not info.kb:
        # ABNT: "*Revista X*, Porto Alegre, v. 26, n. 1, p. 1-20, 2021": where the journal
        # is published, between its name and its volume
        venue = venue[: -len(place["place"]) - 2]
        info.address = info.address or place["place"]
    astro = SERIES_VOLUME_BOOK.fullmatch(venue) if venue and not info.kb else None
    if astro:
        # AAS: "ASP Conf. Ser. 517, Science with a Next Generation VLA, ed. E. J. Marlowe, 689"
        venue = astro["book"]
        info.volume = info.volume or astro["volume"]
        info.pages = info.pages or astro["page"]
        if not info.editors:
            info.editors = [n.person for n in split_names(astro["editors"])[0]]
        st.extra.append(f"Series: {astro['series']}")
        if astro["publisher"] and not info.publisher:
            info.publisher, info.address = astro["publisher"], astro["place"]
        rtype = "inproceedings" if rtype in ("article", "misc", "inproceedings") else rtype
    series = _book_series(venue) if venue and not info.kb else None
    if series and rtype in ("article", "inproceedings", "incollection", "book", "misc"):
        # AMS: "Title, *Book*, Contemp. Math., vol. 749, Amer. Math. Soc., Providence, RI":
        # the book before the series, its publisher and place after it
        before, after = venue[: series.start()].strip(" ,;"), venue[series.end() :]
        st.extra.append(f"Series: {series.group(1)}")
        imprint = [x.strip() for x in after.split(",") if x.strip(" .")]
        if imprint and not info.publisher:
            info.publisher = imprint[0]
            info.address = info.address or ", ".join(imprint[1:]) or None
        proceedings = re.search(
            r"(?i)\bproc|\bsymp|\bconf|comput\.?\s+sci|\blncs\b", series.group(1)
        )
        venue = before or (series.group(1) if proceedings else None)
        if before:
            rtype = "inproceedings" if rtype == "inproceedings" else "incollection"
        elif proceedings:
            rtype = "inproceedings"  # "*Heights*, Proc. Sympos. Pure Math., vol. 97": a paper
        else:
            rtype = "book"  # "*Lectures on cube complexes*, Lecture Notes in Math., vol. 2290"
    society = SOCIETY_AFTER_VENUE.fullmatch(venue or "") if not info.publisher else None
    if society and rtype in ("inproceedings", "incollection", "book"):
        # ACM style: "In *Eurographics Symposium on Rendering*. The Eurographics Association"
        venue, info.publisher = society.group(1), society.group(2)
    city = CITY_SENTENCE.fullmatch(venue or "") if not info.location else None
    if (
        city
        and rtype == "inproceedings"
        and EVENT_WORDS.search(city.group(1))
        and not re.search(r"\b[A-Z][a-z]{0,4}$", city.group(1))  # "J. Phys.: Conf. Ser."
        and _city(city.group(2))
        and not (P.VENUE_WORDS.search(city.group(2)) or PUBLISHER_WORDS.search(city.group(2)))
    ):
        # "... Kongresi Bildiriler Kitabı (ss. 88–97). İzmir.": the meeting's city
        venue, info.location = city.group(1), city.group(2)
    eds = IEEE_BOOK_EDITORS.fullmatch(venue or "") if rtype in BOOK_LIKE else None
    if eds:
        # IEEE's chapters: "in *Book Title*, K. R. Sharma and L. Moreno, Eds. Cham: Springer"
        venue = eds["book"]
        info.editors = info.editors or [n.person for n in split_names(eds["eds"])[0]]
    if venue and not info.publisher and not info.kb and rtype in BOOK_LIKE:
        venue, found = _split_publisher(venue, st, keep_title=rtype != "book")
        info.publisher = found or info.publisher
    if rtype in ("techreport", "phdthesis", "mastersthesis") and venue and ";" in venue:
        # NLM: "Uppsala: Swedish University of Agricultural Sciences; 2012. Acta ... 2012:41":
        # the institution ends at the semicolon before the year; a series may follow
        venue, series = venue.split(";", 1)
        if series.strip(" .;,"):
            st.extra.append(_clean(series.strip(" .;,")))
    if rtype == "techreport" and venue and not info.address:
        venue, info.address = _institution_city(venue)
    nlm = NLM_IMPRINT.fullmatch(venue or "") if rtype == "techreport" else None
    if nlm and not info.address:  # "Geneva: World Health Organization;": place, institution
        venue, info.address = nlm["name"], nlm["place"]
    if rtype in ("techreport", "phdthesis", "mastersthesis") and not venue and info.publisher:
        # "Geneva: World Health Organization", "Beijing: Tsinghua University": the
        # institution or school
        venue = info.publisher
    if rtype == "book" and venue and re.fullmatch(r"(?i)\W*book\W*", venue):
        venue = None  # "..., Book, published by X": the word says the type, X is the publisher
    if st.findings and info.kb and info.kb.findings:
        venue = f"{info.kb.findings} {year}" if year else info.kb.findings
    if info.publisher and "(" in info.publisher:
        # "University of Nebraska Press (1974)": the year read out of it leaves "( )"
        info.publisher = re.sub(r"\s*\(\s*\)", "", info.publisher).strip() or None
    publisher = info.publisher or (info.kb.publisher if info.kb else None)
    if (
        rtype == "book"
        and venue
        and not publisher
        and (PUBLISHER_WORDS.search(venue) or (info.edition and len(venue.split()) <= 5))
    ):
        publisher, venue = venue, None  # "*Title*. CRC Press.": the book's publisher
    place = re.fullmatch(r"(.+?),\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", publisher or "")
    if place and PUBLISHER_WORDS.search(place.group(1)) and not info.address:
        publisher, info.address = place.group(1), place.group(2)  # "Springer, Cham"
    imprint = re.fullmatch(
        r"([A-Z][^:;,()]{1,40}(?:,\s*[A-Z]{2})?):\s*([^:;]{2,120})", publisher or ""
    )
    if (
        imprint
        and _city(imprint.group(1).split(",")[0])
        and PUBLISHER_WORDS.search(imprint.group(2))
        and not info.address
    ):
        # Chicago's "(Pittsburgh: Autumn House Press, 2022)": the place, then the publisher
        info.address, publisher = imprint.group(1), imprint.group(2)
    if st.gbt_type:
        st.authors = [family_first(p) for p in st.authors]
    st.authors = _without_glued_marks(st.authors)
    if st.group_author and st.authors:
        st.authors = [*st.authors, Person(family=st.group_author)]
    venue = (venue or "").strip(" ,;:") or None  # "... — ICLS 2022" less its year
    if venue and rtype == "inproceedings":
        # ASME: "Proc. ASME Heat Transfer Summer Conference (HT2023), Washington, DC, 10–12":
        # the meeting's place and days (its month read) are no part of the name
        venue = PLACE_AND_DAYS_END.sub("", venue) or venue
    presented = PRESENTED_IN.match(venue or "")
    if presented and venue:
        # "Póster presentado en la 19th Biennial EARLI Conference": the meeting is the venue
        venue = venue[presented.end() :] or None
        if presented.group(1).lower().startswith(("póster", "poster")):
            _add_note(st, "Poster")
        if rtype in ("misc", "incollection", "article"):
            rtype = "inproceedings"
    invited = INVITED_AFTER_TITLE.search(st.title)
    if invited:  # "Reconciling slip rates in the Basin and Range (invited)": a note
        st.title = st.title[: invited.start()]
        _add_note(st, "Invited")
    record = Record(
        type=rtype,
        title=st.title,
        authors=() if st.authors_edited else tuple(st.authors),
        editors=tuple(st.authors) if st.authors_edited else tuple(info.editors),
        year=year,
        month=info.month,
        venue=venue,
        venue_short=short,
        # (a working paper's "London: Greater London Authority" is kept too, not a preprint
        # server's publisher from the knowledge base)
        publisher=(
            publisher
            if rtype in ("book", "incollection", "inproceedings")
            else info.publisher
            # (a report's "Policy Brief No. 7. Boston, MA: Commonwealth Institute": the
            # series is the venue, the body that issued it is kept)
            if rtype == "misc" or (rtype == "techreport" and info.publisher != venue)
            else st.journal_publisher
        ),
        volume=info.volume,
        number=info.number,
        pages=info.pages,
        edition=info.edition or st.edition,
        address=(
            info.address
            if rtype in ("book", "incollection", "techreport", "misc")
            # (proceedings: where the meeting was, or where their publisher is)
            else info.location
            or (
                info.address
                if info.publisher and PLAIN_PLACE.fullmatch(info.address or "")
                else None
            )
            if rtype == "inproceedings"
            else None
        ),
        doi=st.doi,
        arxiv=st.arxiv or _arxiv_of_doi(st.doi),  # (also a DOI read from a link)
        arxiv_class=st.arxiv_class,
        isbn=st.isbn,
        url=st.urls[0] if st.urls else None,
        urls=tuple(st.urls),
        notes=tuple(st.notes),
        extra=tuple(dict.fromkeys(e for e in st.extra if e)),
        status=status,
        workshop=st.workshop,
        findings=st.findings,
        equal_contribution=tuple(st.equal),
        sources=(source,),
        spans=tuple(sorted(st.spans, key=lambda s: s.start)),
    )
    return _assess(record, entry)


ODD_NAME = re.compile(r"\d")


def _odd_name(p: Person) -> bool:
    """Digits, more than five words, or a family name without a letter ("&")."""
    return (
        len(str(p).split()) > 5
        or bool(ODD_NAME.search(str(p)))
        or not any(c.isalpha() for c in p.family)
    )


def _assess(record: Record, entry: EntryText) -> Record:
    """Confidence and the warnings a careful reader would raise."""
    warnings = []
    score = 1.0
    if not record.title:
        warnings.append("no title found")
        score -= 0.5
    elif len(record.title.split()) < 2 and not re.search(
        r"[\u3040-\u9fff\uac00-\ud7a3]{4}", record.title
    ):
        warnings.append(f"very short title {record.title!r}")
        score -= 0.2
    if not record.authors and not record.editors:
        warnings.append("no authors found")
        score -= 0.3
    elif any(_odd_name(p) for p in record.authors):
        warnings.append("odd author list: " + "; ".join(str(p) for p in record.authors[:4]))
        score -= 0.2
    elif any(_odd_name(p) for p in record.editors):  # "Claudia Restrepo &" as one editor
        warnings.append("odd editor list: " + "; ".join(str(p) for p in record.editors[:4]))
        score -= 0.2
    if record.year is None and record.status == "published":
        warnings.append("no year")
        score -= 0.15
    if (
        not record.venue
        and not (record.type == "book" and record.publisher)
        and record.type != "misc"
        and record.status == "published"
    ):
        warnings.append("no venue")
        score -= 0.15
    return record.replace(confidence=round(max(score, 0.0), 2), warnings=tuple(warnings))


def _buttons_only(text: str, entry: EntryText) -> bool:
    """``text`` is nothing but the entry's link buttons: "[Latest Draft] [Slides]"."""
    if not LINK_BUTTONS_END.fullmatch(text):
        return False
    linked = {entry.text[start:end].strip() for start, end, _ in entry.links}
    return all(b in linked for b in re.findall(r"\[[^\[\]]*\]", text))


# words any venue's name may have: they say nothing of which venue it is
GENERIC_VENUE_WORDS = frozenset(
    {"international", "annual", "conference", "proceedings", "symposium", "workshop"}
    | {"journal", "transactions", "meeting", "congress", "society", "association"}
    | {"national", "joint", "with", "from", "into", "about"}
)


def _significant_words(text: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z]{4,}", text.lower())
        if w not in GENERIC_VENUE_WORDS and not re.fullmatch(P.MONTH_WORD, w)
    }


def _named_otherwise(rest: str, kb: venues.Venue) -> bool:
    """A name spelled out before ``kb``'s acronym in brackets is not ``kb``'s: "International
    Conference on Advanced Technologies for Communications (ATC)" is no USENIX ATC."""
    spelled = re.search(
        rf"([^,;()]+?)\s*\(\s*{re.escape(kb.acronym)}(?:\s*['’]?\d{{2,4}})?\s*\)", rest
    )
    if spelled is None:
        return False
    # (abbreviated words count for the words they begin: "Proc. ACM Conf. Econom. Comput.")
    words = _significant_words(spelled.group(1)) - {"proc", "conf", "symp", "intl"}
    if len(words) < 2:
        return False  # "Proc. of the USENIX ATC (ATC)": no name spelled out
    known = _significant_words(" ".join((kb.name, *kb.aliases)))
    return not any(k.startswith(w) or w.startswith(k) for w in words for k in known)
