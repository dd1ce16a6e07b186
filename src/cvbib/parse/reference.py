"""A free-text reference in any citation style, read by the CRF tagger, as a Record.

The tagger (``data/reference.crfsuite``, trained by ``benchmarks/train_reference_model.py``)
labels each whitespace token with an AnyStyle field: author, editor, title, journal,
container-title, date, volume, pages, publisher, location, doi, url, note, ... Consecutive
tokens with one label form a field; this module cleans each field's text and builds the
record (names through :mod:`cvbib.parse.names`, the type from the fields present).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from cvbib.data import data_path
from cvbib.model import Person, Record, Source, Span
from cvbib.normalize import venues
from cvbib.parse import patterns as P
from cvbib.parse.crf_features import YEAR, Token, features, tokenize
from cvbib.parse.names import split_names

MODEL = "reference.crfsuite"
MONTHS = {m: i + 1 for i, names in enumerate(P.MONTH_WORDS) for m in names.split()}
PROCEEDINGS = re.compile(
    r"(?i)\b(?:proc\b|proceedings|conference|conf\b|symposium|symp\b|workshop|congress|"
    r"meeting|colloquium|actes|tagung|congreso|convegno)"
)
THESIS = re.compile(
    r"(?i)\b(?:thesis|dissertation|diss\b|th(?:èse|ese(?=\s+d(?:e\b|['’])))|tesis|tesi|doctoral|ph\.?\s?d)"
)
MASTERS = re.compile(r"(?i)\b(?:master|m\.?sc|m\.?a\.)")
REPORT = re.compile(r"(?i)\b(?:report|working paper|technical|memorandum|white paper)\b")
EDITOR_WORDS = re.compile(
    r"(?i)\(?\b(?:eds?|editors?|edited by|éds?|hrsg|hg|dirs?|coords?|orgs?|comps?|a cura di)\b\.?\)?[.,:]?"
)
LEADING_IN = re.compile(r"(?i)^\s*(?:in|en|dans|im)\s*:?\s+")
AUTHOR_JUNK = re.compile(r"(?i)^\s*(?:by|von|par|por|di)\s+|\s*\((?:eds?|hrsg)\.?\)\s*$")
PAGES = re.compile(r"([A-Za-z]?\d+)\s*(?:[-–—‐]+|\sto\s)\s*([A-Za-z]?\d+)|([A-Za-z]?\d+)")
VOLUME = re.compile(r"(?:^|[;:\s(.])(\d{1,5}|[IVXLC]+)\b(?!\s*(?:pp|p)\b)")
ISSUE = re.compile(
    r"\((\d{1,5}(?:[-–/]\d{1,5})?|[A-Z][a-z]+\.?)\)|(?i:\b(?:no|nr|n|issue|heft|h)\.?\s*(\d{1,5}))"
)
VANCOUVER_TAIL = re.compile(
    r"(?:1[5-9]|20)\d\d[^;]{0,12};\s*(?P<volume>\d{1,5})\s*(?:\((?P<issue>[^)]{1,12})\))?"
    r"(?:\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?))?"
)
MARKS = " \t,.;:()[]{}\"“”„«»‘’'"


@dataclass(frozen=True)
class Field:
    """Consecutive tokens with one label: the label, the text and its place in the string."""

    label: str
    text: str
    start: int
    end: int


def model_path() -> Path:
    return data_path(MODEL)


@cache
def load_model(path: Path | None = None) -> pycrfsuite.Tagger:
    """The trained tagger, opened once per process."""
    path = path or model_path()
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: reference model missing; run python benchmarks/train_reference_model.py"
        )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag(
    text: str, path: Path | None = None, *, probability: bool = False
) -> tuple[list[tuple[Token, str]], float | None]:
    """Each whitespace token of ``text`` with its label, and (if asked, as it costs as much
    again as tagging) the probability of that labelling."""
    tokens = tokenize(text)
    if not tokens:
        return [], 0.0 if probability else None
    tagger = load_model(path)
    labels = tagger.tag(features(tokens))
    prob = tagger.probability(labels) if probability else None
    return list(zip(tokens, labels, strict=True)), prob


def fields(text: str, tagged: list[tuple[Token, str]]) -> list[Field]:
    """Runs of one label, in order."""
    out: list[Field] = []
    for tok, label in tagged:
        if out and out[-1].label == label:
            last = out[-1]
            piece = " ".join(text[last.start : tok.end].split())  # a field may span lines
            out[-1] = Field(label, piece, last.start, tok.end)
        else:
            out.append(Field(label, tok.text, tok.start, tok.end))
    return out


def parse_reference_crf(text: str, source: Source | None = None) -> Record:
    """One reference as a Record, fields as the tagger labels them.

    Spans are offsets into ``text`` as given (tokens are cut at any whitespace).
    """
    source = source or Source(path="<reference>", line=1, end_line=1, text=text)
    tagged, _ = tag(text)
    return build_record(text, fields(text, tagged), source)


def probability(text: str) -> float:
    """How sure the tagger is of its labelling of ``text`` (0 to 1)."""
    return tag(text, probability=True)[1] or 0.0


def parse_with_model(text: str, model: Path) -> Record:
    """As :func:`parse_reference_crf` with another model file (for training and tests)."""
    tagged, _ = tag(text, model)
    return build_record(text, fields(text, tagged), Source(path="<reference>", text=text))


def _strip(s: str) -> str:
    return s.strip(MARKS)


QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'"), ("``", "''"))


# APA's bracketed descriptions after a title say what the work is; they are not its title.
DESCRIPTION = re.compile(
    r"\s*\[(?:[^\]]*\b(?:manuscript|dissertation|thesis|preprint|report|abstract|poster|"
    r"data ?set|software|video|film|audio|podcast|review of|paper presented|conference|"
    r"blog|tweet|lecture|slides|letter|editorial|in press)\b[^\]]*)\]",
    re.I,
)


def _title(s: str) -> str:
    """Drop the frame ('“Title,”', 'Title.'), keep the inner marks ('Why?')."""
    s = DESCRIPTION.sub("", s).strip(" ,;:")
    for a, b in QUOTE_PAIRS:
        if s.startswith(a):
            inner = s[len(a) :].rstrip(".,;:")
            if inner.endswith(b):
                s = inner[: -len(b)]
                break
    s = s.strip(" ,;:")
    if s.endswith(".") and not re.search(r"\b[A-Z]\.$|\b(?:al|etc|Jr|Inc|Ltd|Co|St)\.$", s):
        s = s[:-1]
    return s.strip(" ,;:")


CLOSING = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’"}


def _quoted_title(f: Field) -> tuple[Field, Field | None]:
    """A quoted title ends at its closing quote: what the tagger ran on into is the container
    ('“Networks,” in The Forbidden Best-Sellers'); text before the opening quote is not title
    ('Ken (with Jonathan Bonk), ‘The Model’')."""
    text = f.text
    m = re.search(r"(?:^|(?<=,\s))([“\"«„‘])", text)
    if not m:
        return f, None
    start = m.start(1)
    close = text.find(CLOSING[m.group(1)], start + 1)
    if close < 0:
        return f, None
    end = close + 1
    while end < len(text) and text[end] in ".,;:?!":
        end += 1
    rest = text[end:].strip()
    if start and rest:
        return f, None  # quotes inside a longer title: leave it whole
    title = Field("title", text[start:end], f.start + start, f.start + end)
    if len(rest.split()) < 2:
        return title, None
    r0 = f.start + end + (len(text[end:]) - len(text[end:].lstrip()))
    return title, Field("container-title", rest, r0, f.end)


MONTH_WORD = rf"{P.MONTH_WORD}\.?"
# any language's month before a year ("Juni 2021", "marzo 2020"), not "Emerging Markets"
MONTH_BEFORE_YEAR = rf"(?:{'|'.join(P.MONTHS)})[a-z]*\.?(?:\s+\d{{1,2}})?,?\s+(?:1[5-9]|20)\d\d"
# What the tagger lets trail a container: a date, "to appear", "N.p." (no publisher).
VENUE_TAIL = re.compile(
    rf"(?i)[,.]?\s*(?:to appear|in press|forthcoming|n\.\s?p|(?:\d{{1,2}}\s+)?{MONTH_BEFORE_YEAR}|"
    rf"(?:\d{{1,2}}\s+)?{MONTH_WORD}(?:\s+\d{{1,2}})?(?:,?\s+(?:1[5-9]|20)\d\d)?|(?:1[5-9]|20)\d\d)\W*$"
)


def _venue(s: str) -> str:
    s = LEADING_IN.sub("", s.strip())
    s = s.strip(" ,;:")
    cut = VENUE_TAIL.sub("", s)
    if len(cut) >= 3 and cut != s:
        s = cut.strip(" ,;:")
    # "J. Biol. Chem." keeps its last abbreviation period; "J Biol Chem." ends a sentence
    if s.endswith(".") and not re.search(r"\w\.\s", s):
        s = s[:-1]
    s = re.sub(r"^[(\[]|[)\]]$", "", s) if s.count("(") != s.count(")") else s
    return s.strip(" ,;:")


STATUS_WORD = re.compile(r"(?i)forthcoming|submitted|accepted|in\s+press|under\s+review")


def _people(s: str, editors: bool = False) -> tuple[Person, ...]:
    s = LEADING_IN.sub("", s) if editors else s
    s = AUTHOR_JUNK.sub("", s)
    if editors:
        s = EDITOR_WORDS.sub(" ", s)
    s = re.sub(r"\s*\((?:\d{4}|n\.d\.)\)[.,]?\s*$", "", s)
    s = s.strip(" ,;:.(")
    if not s:
        return ()
    names, _ = split_names(s)
    return tuple(n.person for n in names if _a_name(n.person))


def _a_name(p: Person) -> bool:
    """Not the "&" of "A B & C D" (Chicago's "———" for the same author again stays), nor a
    status where the year goes ("Forthcoming. “Title.” ...")."""
    if not p.family:
        return False
    letters = any(c.isalpha() for c in p.family)
    if not letters and not set(p.family) <= set("-–—_."):
        return False
    return bool(p.given) or not STATUS_WORD.fullmatch(p.family)


def _year(fs: list[Field]) -> int | None:
    for f in fs:
        m = YEAR.search(f.text)
        if m:
            return int(m.group(1))
    return None


def _month(s: str) -> int | None:
    for w in re.findall(r"[^\W\d_]+", s.lower()):
        if w in MONTHS:
            return MONTHS[w]
        if w[:3] in MONTHS and len(w) >= 3:
            return MONTHS[w[:3]]
    return None


def _pages(s: str) -> str | None:
    s = re.sub(r"(?i)\b(?:pp?|pages?|s|págs?)\.?\s*", " ", s)
    m = PAGES.search(s)
    if not m:
        return None
    if m.group(3):
        return m.group(3)
    a, b = m.group(1), m.group(2)
    if len(b) < len(a) and a.isdigit() and b.isdigit():
        b = a[: len(a) - len(b)] + b  # "1477-81" -> 1477--1481
    return f"{a}--{b}"


def _volume_number(s: str) -> tuple[str | None, str | None, str | None]:
    """'45(2):' -> ('45', '2', None); '2000;355(9222):' -> ('355', '9222', '2000')."""
    year = None
    m = re.match(r"\s*((?:1[5-9]|20)\d\d)\s*;\s*", s)
    if m:
        year, s = m.group(1), s[m.end() :]
    number = None
    im = ISSUE.search(s)
    if im:
        number = im.group(1) or im.group(2)
        s = s[: im.start()] + " " + s[im.end() :]
    s = re.sub(r"(?i)\b(?:vol(?:ume)?s?|bd|band|t|tome)\b\.?", " ", s)
    vm = VOLUME.search(" " + s)
    volume = vm.group(1) if vm else None
    return volume, number, year


def _type(labels: dict[str, list[Field]], venue: str | None) -> str:
    genre = " ".join(f.text for f in labels.get("genre", []) + labels.get("note", []))
    if THESIS.search(genre):
        return "mastersthesis" if MASTERS.search(genre) else "phdthesis"
    if "journal" in labels:
        return "article"
    if REPORT.search(genre) and not venue:
        return "techreport"
    if venue:
        if PROCEEDINGS.search(venue):
            return "inproceedings"
        if "editor" in labels or "publisher" in labels or "pages" in labels:
            return "incollection"
        return "article"
    if "publisher" in labels or "edition" in labels:
        return "book"
    return "misc"


def build_record(text: str, fs: list[Field], source: Source) -> Record:
    """Assemble the fields the tagger found into a Record."""
    labels: dict[str, list[Field]] = {}
    for f in fs:
        labels.setdefault(f.label, []).append(f)
    spans: list[Span] = []

    def first(*names: str) -> Field | None:
        got = [f for n in names for f in labels.get(n, [])]
        return min(got, key=lambda f: f.start) if got else None

    authors: tuple[Person, ...] = ()
    af = first("author")
    if af:
        authors = _people(af.text)
        spans.append(Span("authors", af.start, af.end))
    title = ""
    tf = first("title")
    rest = None
    if tf:
        tf, rest = _quoted_title(tf)
    cf = first("journal", "container-title") or rest
    if tf is None and cf is not None and cf.label == "container-title":
        tf, cf = cf, None  # a book read as the container of nothing: it is the title
    if tf:
        title = _title(tf.text)
        spans.append(Span("title", tf.start, tf.end))
    venue = _venue(cf.text) if cf else None
    if cf:
        spans.append(Span("venue", cf.start, cf.end))
    editors: tuple[Person, ...] = ()
    ef = first("editor")
    if ef:
        editors = _people(ef.text, editors=True)
    if not authors and editors and not venue:
        authors, editors = editors, ()  # an edited book: its editors stand first
    dates = labels.get("date", [])
    year = _year(dates)
    month = _month(" ".join(f.text for f in dates)) if dates else None
    volume = number = None
    vf = first("volume")
    if vf:
        volume, number, vyear = _volume_number(vf.text)
        if year is None and vyear:
            year = int(vyear)
    if year is None:
        # "(n.d.)" stays yearless; a year the tagger left inside another field still counts
        year = _year([f for f in fs if f.label not in ("title", "url", "doi", "pages", "volume")])
    pf = first("pages")
    pages = _pages(pf.text) if pf else None
    if not (volume and pages):
        # Vancouver "2010;45(2):123-30." is one token the tagger gives one label
        numbers = " ".join(f.text for f in fs if f.label in ("date", "volume", "pages"))
        vm = VANCOUVER_TAIL.search(numbers)
        if vm:
            volume = volume or vm.group("volume")
            number = number or vm.group("issue")
            if vm.group("pages"):  # "2021;18(4)": an issue without pages
                pages = pages or _pages(vm.group("pages"))
    pubf = first("publisher")
    publisher = _strip(pubf.text) if pubf else None
    lf = first("location")
    address = _strip(lf.text) if lf else None
    edf = first("edition")
    edition = _strip(edf.text) if edf else None
    doi_m = P.DOI.search(text)
    doi = doi_m.group(1).rstrip(".,;") if doi_m else None
    arxiv_m = P.ARXIV.search(text)
    arxiv = arxiv_m.group(1) if arxiv_m else None
    urls = tuple(dict.fromkeys(u.rstrip(".,;)>") for u in P.URL.findall(text)))
    rtype = _type(labels, venue)
    status = "published"
    described = DESCRIPTION.search(tf.text) if tf else None
    if described:
        what = described.group(0)
        if THESIS.search(what):
            rtype = "mastersthesis" if MASTERS.search(what) else "phdthesis"
        elif re.search(r"(?i)manuscript|preprint|submitted|in press", what):
            rtype = "misc" if rtype in ("book", "misc") else rtype
            status = (
                "under review"
                if re.search(r"(?i)submitted", what)
                else "forthcoming"
                if re.search(r"(?i)in press", what)
                else "published"
            )
    if rtype in ("phdthesis", "mastersthesis") and not venue:
        venue = publisher  # the school
    if rtype == "misc" and arxiv:
        venue = venue or "arXiv"
    kb = venues.lookup(venue, fuzzy=False) if venue else None
    notes = tuple(_strip(f.text) for f in labels.get("note", []) if _strip(f.text))
    if year:
        yf = next((f for f in dates if YEAR.search(f.text)), None)
        if yf:
            spans.append(Span("year", yf.start, yf.end))
    record = Record(
        type=rtype,
        title=title,
        authors=authors,
        editors=editors,
        year=year,
        month=month,
        venue=venue or None,
        venue_short=kb.acronym if kb else None,
        publisher=publisher or None,
        address=address or None,
        volume=volume,
        number=number,
        pages=pages,
        edition=edition or None,
        doi=doi,
        arxiv=arxiv,
        url=urls[0] if urls else None,
        urls=urls,
        extra=notes,
        status=status,
        sources=(source,),
        spans=tuple(sorted(spans, key=lambda s: s.start)),
    )
    return record
