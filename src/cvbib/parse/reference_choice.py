"""Rules or tagger: which reading of a CV entry to keep.

The rule-based entry parser knows the tag-first CV formats (venue tags, bold owner names,
"Oral"/"Spotlight" notes, "under review") and says how sure it is; the CRF tagger reads the
standard citation styles (APA, Chicago, MLA, Harvard, Vancouver, ...) far better. So:
- a complete rule reading with a known venue or a bold/italic title stays (the tagger, which
  sees plain text, is not asked: this keeps extraction fast);
- otherwise the tagger reads the entry too, and its bibliographic fields replace the rules'
  when its reading is more complete, or as complete but on another title and the tagger is
  sure of it (or only the venue differs, when the rules found no known venue);
- the CV-specific things the rules found (notes, status, identifiers, marks) stay.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from cvbib.model import Record, Source, Span
from cvbib.normalize import venues
from cvbib.normalize.venues import venue_key
from cvbib.parse import patterns as P
from cvbib.parse.bluebook import read_bluebook
from cvbib.parse.cristin import read_cristin
from cvbib.parse.crosbi import read_crosbi
from cvbib.parse.cvlac import read_cvlac
from cvbib.parse.entry import (
    GBT_MARKER,
    MAX_ENTRY_CHARS,
    EntryText,
    _assess,
    _names_segment,
    family_first,
    in_italics,
    parse_entry,
    titleless_citation,
)
from cvbib.parse.german_comma import read_german_comma
from cvbib.parse.german_law import read_german_law
from cvbib.parse.gost import read_gost
from cvbib.parse.hal import read_hal
from cvbib.parse.labelled import read_labelled
from cvbib.parse.oscola import read_oscola
from cvbib.parse.pure import MARKER, cited_pure_output, read_pure, with_pure_type
from cvbib.parse.reference import parse_reference_crf, probability
from cvbib.parse.repec import read_repec

# Fields the tagger's reading supplies when it is chosen.
BIBLIOGRAPHIC = (
    "title",
    "authors",
    "editors",
    "year",
    "month",
    "venue",
    "venue_short",
    "publisher",
    "address",
    "volume",
    "number",
    "pages",
    "edition",
    "spans",
)


# The labelling probability above which the tagger overrules confident rules. On the dev
# references where the two disagree on the title, the tagger is right 147 times and the rules
# 3 times above 0.9; below it the rules' CV formats ("[ICML'24] Names “Title”") win more often.
SURE = 0.9


# Citation styles of a shape no other style has, read whole when an entry has that shape
# (before the general rules and the tagger, which misread them).
STYLE_READERS: tuple[Callable[[str, tuple[tuple[int, int], ...], Source], Record | None], ...] = (
    read_bluebook,
    read_gost,
    read_crosbi,
    read_cristin,
    read_cvlac,
    read_hal,
    read_german_comma,
    read_german_law,
    read_pure,
    read_oscola,
    read_repec,
    read_labelled,
)


RTL_SCRIPT = re.compile("[\u0590-\u06ff]")  # Hebrew and Arabic
RTL_DIGITS_AND_MARKS = str.maketrans(
    {
        "\u060c": ",",  # Arabic comma
        "\u061b": ";",  # Arabic semicolon
        "\u061f": "?",  # Arabic question mark
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)
RTL_LABELS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"المجلد(?=\s*\d)"), "Vol.  "),
    (re.compile(r"العدد(?=\s*\d)"), "no.  "),
    (re.compile(r"(?<!\S)ص\sص(?=\s*\d)"), "pp."),
    (re.compile(r"(?<!\S)ص(?=\s*\d)"), "p"),
    (re.compile(r"(?<!\S)עמ['׳](?=\s*\d)"), "pp."),  # Hebrew "pages"
    # Persian: "دوره" and "جلد" (volume), "شماره" (issue), "صفحات" (pages)
    (re.compile(r"دوره(?=\s*\d)"), "Vol."),
    (re.compile(r"جلد(?=\s*\d)"), "v. "),
    (re.compile(r"شماره(?=\s*\d)"), "no.  "),
    (re.compile(r"صفحات(?=\s*\d)"), "pp.  "),
    # the Hebrew calendar's year before the common one: "(תש\"ף/2020)", "תשע\"ו/2016"
    (re.compile(r"[\u05d0-\u05ea]{1,4}[\"״][\u05d0-\u05ea]/(?=(?:1[89]|20)\d\d)"), None),
)
# Thai, Devanagari and Bengali digits, one character for one ("๒๕๖๖", "२०२१")
INDIC_DIGITS = re.compile("[\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]")
INDIC_DIGIT_VALUES = str.maketrans(
    {chr(base + d): str(d) for base in (0x0966, 0x09E6, 0x0E50) for d in range(10)}
)
THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")
# a Buddhist Era year (Gregorian + 543), as Thai CVs date Thai publications: "(2566)",
# "2563 B.E.", "พ.ศ. 2565"
BUDDHIST_ERA_YEAR = re.compile(r"(?<![\d./-])(2[45]\d\d)(?!\d)")
BUDDHIST_ERA_MARK = re.compile(r"\bB\.\s?E\.|พ\.ศ\.")


# Thai words for a reference's parts, as many characters in English: "ใน" (in), "หน้า"
# (pages), "ปีที่" (volume), "ฉบับที่" (issue), "รายงานวิจัย" (research report)
THAI_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\S)ใน(?=\s)"), "In"),
    (re.compile(r"หน้า(?=\s*\d)"), "pp. "),
    (re.compile(r"ปีที่(?=\s*\d)"), "Vol. "),
    (re.compile(r"ฉบับที่(?=\s*\d)"), "no.    "),
    (re.compile(r"รายงานวิจัย"), "Report     "),
    (re.compile(r"(?<=\d\s)หน้า"), "pp. "),  # "๓๑๒ หน้า": a book's length
)


def _thai_edition(m: re.Match[str]) -> str:
    """ "พิมพ์ครั้งที่ 2" (second printing) as "2nd ed.", as many characters."""
    n = int(m.group(1))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} ed.".ljust(len(m.group(0)))


THAI_EDITION = re.compile(r"พิมพ์ครั้งที่\s*(\d{1,2})")


def _read_rewritten(entry: EntryText, text: str) -> Record:
    """The record of ``entry`` read from ``text``, the entry rewritten one character for one
    (digits, calendar years, words for volume and pages): its source, title and venue as
    the CV prints them."""
    rec = parse_cv_entry(dataclasses.replace(entry, text=text))
    source = Source(entry.path, entry.line, entry.end_line, entry.text)
    return rec.replace(
        sources=(source, *rec.sources[1:]),
        title=_as_printed(rec.title, text, entry.text) or "",
        venue=_as_printed(rec.venue, text, entry.text),
    )


def _as_printed(value: str | None, read: str, printed: str) -> str | None:
    """A field read from ``read`` (the entry with digits and labels rewritten, one character
    for one) as ``printed`` has it: "ข้าวกล้องหอมมะลิ ๑๐๕", not "... 105"."""
    at = read.find(value) if value else -1
    return printed[at : at + len(value)] if value and at >= 0 else value


SOLAR_HIJRI_YEAR = re.compile(r"(?<![\d./-])(13[0-9]\d|140\d)(?!\d)")
PERSIAN_CONTEXT = re.compile(r"[\u0600-\u06ff]|\((?:in\s+)?Persian\)|\[Persian\]", re.I)


def _solar_hijri_year(text: str) -> re.Match[str] | None:
    """The Solar Hijri year of a Persian entry that prints no common-era year (the last
    number in its range that is no page range's end: "(1398) 733–748", "۱۴۰۰.")."""
    if not PERSIAN_CONTEXT.search(text) or P.YEAR.search(text):
        return None
    years = [m for m in SOLAR_HIJRI_YEAR.finditer(text) if not _in_range(text, m)]
    return years[-1] if years else None


def _in_range(text: str, m: re.Match[str]) -> bool:
    """A number that opens or closes a range ("pp. 1301–1310"), not a year."""
    after, before = text[m.end() : m.end() + 1], text[max(m.start() - 1, 0) : m.start()]
    return any(c and c in "-–—" for c in (after, before))


def _gregorian_years(text: str) -> str:
    """Buddhist Era years as Gregorian ones, four digits for four (2566 -> 2023), in an
    entry written in Thai or marked B.E.; other numbers as they are."""
    if not (THAI_SCRIPT.search(text) or BUDDHIST_ERA_MARK.search(text)):
        return text

    def year(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(n - 543) if 2480 <= n <= 2600 and not _in_range(text, m) else m.group(1)

    text = BUDDHIST_ERA_YEAR.sub(year, text)
    # the era's mark goes with it: "(2563 B.E.)" reads as APA's "(2020)"
    text = re.sub(
        r"(\d{4})(\s*(?:B\.\s?E\.|พ\.ศ\.))\)",
        lambda m: f"{m.group(1)})" + " " * len(m.group(2)),
        text,
    )
    return BUDDHIST_ERA_MARK.sub(lambda m: " " * len(m.group(0)), text)


VANCOUVER_ELLIPSIS = re.compile(
    r"(?<=[A-Z][*†‡],)\s*(?:\.\.\.|…)\s*,?(?=\s*[A-Z])|(?<=[A-Z],)\s*(?:\.\.\.|…)\s*,?(?=\s*[A-Z])"
    r"|(?<=\s[A-Z])\s+(?:\.\.\.|…)\s+(?=[A-Z][\w'’\-]+\s[A-Z]{1,3}\b|et\s+al\b)"
    r"|(?<=\s[A-Z]{2})\s+(?:\.\.\.|…)\s+(?=[A-Z][\w'’\-]+\s[A-Z]{1,3}\b|et\s+al\b)"
)
CCV_FIELDS = re.compile(
    r"\s+(?:Conference\s+Date:\s*\S+\s+)?(?:(?:Abstract|Paper|Poster)\s+)?"
    r"(?:(?P<status>Published|Accepted|In\s+Press|Submitted|Revision\s+Requested|Under\s+Review)"
    r"\s*,\s*)?Refereed\?:"
)
CCV_STATUS = {
    "published": "published",
    "accepted": "forthcoming",
    "in press": "forthcoming",
    "submitted": "under review",
    "revision requested": "under review",
    "under review": "under review",
}
# "（已录用，网络首发；EI, CCF-A类中文期刊）": a Chinese CV's remark in full-width brackets
CJK_TAIL_REMARK = re.compile(
    # (or in ASCII brackets with Chinese inside, a pictograph before: "🔥(ESI高被引论文)")
    r"[.。]?\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]*\s*"
    # (not glued to a word: "要旨(全国大会,...)" is part of what it follows)
    r"(?:（([^（）]{1,120})）|(?<=[\s\U0001F300-\U0001FAFF\u2600-\u27BF])"
    r"\(([^()]{0,60}[\u3400-\u9fff][^()]{0,60})\))\s*[.。]?\s*$"
)
SUBMITTED_TO_CJK = re.compile(r"(?:已)?投稿(?:至|于|到)\s*")
TEX_RANGE = re.compile(r"(?<=\d)--(?=\d)")
# ("(mit F. Rauscher) Title", German; French "avec", Spanish "con", Portuguese "com")
LEADING_COAUTHORS = re.compile(
    r"^\s*\((?i:joint\s+)?(?i:with|mit|avec|con|com)\s+(?P<names>[^()]{3,200}?)\)\s*"
)
# A speaker's proceedings for a collaboration: "E. Marchetti for the ATLAS Collaboration,
# “Title”", "É. Marchetti (on behalf of the CMS Collaboration), Title"
SPEAKER_FOR_GROUP = re.compile(
    r"\s*\(?(?:for|on\s+behalf\s+of)\s+the\s+(?:[\w\-]+\s+){1,3}Collaborations?\)?(?=\s*[,.:])"
)
EDITORS_IN_WORDS = re.compile(r"\((?i:a\s+cura\s+di|edited\s+by)\)")
APA_ELLIPSIS = re.compile(r"(?<=,)\s*(?:\.\s?){2}\.(?=\s*[A-Z])|(?<=,)\s*…(?=\s*[A-Z])")


def _marks_to_cut(text: str) -> list[tuple[int, int, int]]:
    """Marks read as no text: (start, end, spaces put), left to right. Chicago's "———."
    for the authors of the entry above (the extractor fills them in; blanked, so the title
    and venue keep their places), APA 7's ". . ." before the last of a long list of names
    (one space: the names read on)."""
    cuts = []
    # ("———, ed., Title": the editors of this one; the role is cut with the mark)
    ditto = P.DITTO_ROLE.match(text) or P.DITTO_AUTHORS.match(text)
    if ditto:
        cuts.append((0, ditto.end(), ditto.end()))
    if "," in text and ("…" in text or ". ." in text or "..." in text):
        cuts.extend(
            (m.start(), m.end(), 1)
            for m in APA_ELLIPSIS.finditer(text, ditto.end() if ditto else 0)
        )
    if "..." in text or "…" in text:
        # Vancouver "Kim D, ..., Breivik KL, ..., Daly-Fenwick R": names left out
        cuts.extend((m.start(), m.end(), 1) for m in VANCOUVER_ELLIPSIS.finditer(text))
        cuts.sort()
    # (a mark both patterns know is cut once)
    return [c for i, c in enumerate(cuts) if i == 0 or c[0] >= cuts[i - 1][1]]


def _cut(entry: EntryText, a: int, b: int, put: str) -> EntryText:
    """``entry`` with text[a:b] replaced by ``put``, its styles moved to fit."""
    shift = len(put) - (b - a)

    def move(x: int) -> int:
        return x if x <= a else max(a + len(put), x + shift)

    return dataclasses.replace(
        entry,
        text=entry.text[:a] + put + entry.text[b:],
        bold=tuple((move(x), move(y)) for x, y in entry.bold),
        italic=tuple((move(x), move(y)) for x, y in entry.italic),
        links=tuple((move(x), move(y), u) for x, y, u in entry.links),
    )


def _reread(entry: EntryText, marks: list[tuple[int, int, str]]) -> Record:
    """``entry`` read with text[a:b] replaced by ``put`` for each (a, b, put), left to right
    and not overlapping; the record still points into the text as written."""
    changed = entry
    for a, b, put in reversed(marks):
        changed = _cut(changed, a, b, put)
    rec = parse_cv_entry(changed)
    cuts = [(a, b, len(put)) for a, b, put in marks]
    source = Source(entry.path, entry.line, entry.end_line, entry.text)
    spans = tuple(
        Span(sp.field, _original(sp.start, cuts), _original(sp.end, cuts)) for sp in rec.spans
    )
    return rec.replace(sources=(source, *rec.sources[1:]), spans=spans)


def _original(x: int, cuts: list[tuple[int, int, int]]) -> int:
    """A position in the text with ``cuts`` (start, end, length put) made, in the text before."""
    delta = 0
    for a, b, n in cuts:
        if x <= a + delta:
            break
        if x < a + delta + n:
            return a + (x - a - delta)
        delta += n - (b - a)
    return x - delta


def parse_cv_entry(entry: EntryText) -> Record:
    """Parse one CV entry: the rules, or the tagger where the rules are unsure or it is sure.

    A fault on one entry costs that entry, not the CV: it comes back empty, with a warning
    naming the fault (the extractor reports it with the entry's file and line).
    """
    if RTL_SCRIPT.search(entry.text):
        # Arabic script's digits and punctuation ("٢٠١٧", "،", "؛"), one character for one:
        # the rules read years, volumes and lists in them (and Arabic's and Hebrew's words
        # for volume, issue and pages before a number, as many characters; Hebrew years)
        text = entry.text.translate(RTL_DIGITS_AND_MARKS)
        for word, latin in RTL_LABELS:
            text = word.sub(latin or (lambda m: " " * len(m.group(0))), text)
        if text != entry.text:  # (read once: what is left needs no more)
            return _read_rewritten(entry, text)
    found = _solar_hijri_year(entry.text)
    if found:
        # Iranian CVs date Persian papers in the Solar Hijri calendar ("۱۳۹۸"): read as the
        # common era's year would be, and kept as printed
        sh = int(found.group(1))
        text = entry.text[: found.start()] + str(sh + 621) + entry.text[found.end() :]
        rec = _read_rewritten(entry, text)
        if rec.year != sh + 621:
            return rec
        return rec.replace(year=sh, extra=(*rec.extra, f"Solar Hijri year {sh}"))
    if (
        INDIC_DIGITS.search(entry.text)
        or THAI_SCRIPT.search(entry.text)
        or BUDDHIST_ERA_MARK.search(entry.text)
    ):
        # Thai, Devanagari and Bengali digits as ASCII ones, and Thai CVs' Buddhist Era
        # years as the common era's, one character for one: the rules read them
        text = _gregorian_years(entry.text.translate(INDIC_DIGIT_VALUES))
        if THAI_SCRIPT.search(text):
            for word, latin in THAI_LABELS:
                text = word.sub(latin, text)
            text = THAI_EDITION.sub(_thai_edition, text)
        if text != entry.text:
            return _read_rewritten(entry, text)
    if "--" in entry.text and TEX_RANGE.search(entry.text):
        # "J. Algebra 512 (2018), 1--34": TeX's dash of a range, typed in a text CV
        return _read_rewritten(entry, TEX_RANGE.sub("– ", entry.text))
    tail = (
        CJK_TAIL_REMARK.search(entry.text)
        if entry.text.rstrip(" .。").endswith(("）", ")"))
        else None
    )
    if tail and tail.group(2) and re.search("[a-z]", tail.group(2)):
        tail = None  # "(Oral, 口头报告)": a note in two languages, read as notes are
    if tail and tail.start() > 0:
        # "... 2022. （ISBN ...，入选“人工智能前沿技术丛书”）": a Chinese CV's remark after the
        # reference (indexes, ranks, a series; "已录用" accepted), read apart from it
        rec = parse_cv_entry(_prefix(entry, tail.start()))
        remark = (tail.group(1) or tail.group(2)).strip(" ，,；;")
        # ("已录用", Japanese "採録決定": accepted, as the status patterns read it)
        status = "forthcoming" if P.status_of(remark) == "forthcoming" else rec.status
        source = Source(entry.path, entry.line, entry.end_line, entry.text)
        extra = (*rec.extra, remark)
        target = SUBMITTED_TO_CJK.match(rec.venue or "")
        if target or "审稿" in remark:
            # "投稿至 IEEE TGRS（审稿中，大修）": submitted there, under review
            status = "under review"
            if target:
                extra = (*extra, f"Submitted to {rec.venue[target.end() :].strip()}")
            rec = rec.replace(type="misc", venue=None if target else rec.venue, venue_short=None)
        return rec.replace(extra=extra, status=status, sources=(source,))
    lead = LEADING_COAUTHORS.match(entry.text)
    if lead:
        # "(with T. Okabe) F-pure thresholds ..., Proc. Amer. Math. Soc. 144 (2016)": the
        # owner's co-authors open the entry (the extractor puts the owner first); read as
        # "T. Okabe, F-pure thresholds ..."
        a, b = lead.span("names")
        marks = [(0, a, 0), (b, lead.end(), 2)]
        rec = parse_cv_entry(_cut(_cut(entry, b, lead.end(), ", "), 0, a, ""))
        span = rec.span("authors")
        if rec.title and rec.authors and span is not None and span.end <= b - a + 1:
            source = Source(entry.path, entry.line, entry.end_line, entry.text)
            spans = tuple(
                Span(
                    "coauthors" if sp.field == "authors" else sp.field,
                    _original(sp.start, marks),
                    _original(sp.end, marks),
                )
                for sp in rec.spans
            )
            return rec.replace(spans=spans, sources=(source, *rec.sources[1:]))
    role = EDITORS_IN_WORDS.search(entry.text) if "(" in entry.text else None
    if role:
        # Italian "In: Lombardo P. (a cura di). Book", IRIS's "(edited by)": the editors'
        # role as the rules read it, "(Eds.)"
        return _reread(entry, [(*role.span(), "(Eds.)")])
    speaker = SPEAKER_FOR_GROUP.search(entry.text, 0, 160) if "ollaboration" in entry.text else None
    if speaker and speaker.start() > 0 and not re.search(r"[\"“”]", entry.text[: speaker.start()]):
        # read without the remark, which the record keeps
        rec = _reread(entry, [(*speaker.span(), "")])
        return rec.replace(extra=(*rec.extra, speaker.group(0).strip(" ()")))
    cuts = _marks_to_cut(entry.text)
    if cuts:
        # read without them
        return _reread(entry, [(a, b, " " * n) for a, b, n in cuts])
    try:
        return _preprint_server(_parse_cv_entry(entry))
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:  # any fault in the parser is one entry's loss
        source = Source(entry.path, entry.line, entry.end_line, entry.text)
        return Record(
            type="misc",
            sources=(source,),
            confidence=0.0,
            warnings=(f"could not read this entry ({type(exc).__name__}: {exc}); it is left out",),
        )


def _preprint_server(rec: Record) -> Record:
    """A work whose venue is a preprint server (bioRxiv, PsyArXiv, SSRN) is a preprint,
    whichever reading named the server a journal."""
    if rec.type in ("misc", "techreport", "phdthesis", "mastersthesis") and (
        rec.status != "published" or rec.type != "misc"
    ):
        return rec
    kb = venues.lookup(rec.venue_short or "", fuzzy=False) or venues.lookup(rec.venue or "")
    if kb is None or kb.kind != "preprint":
        return rec
    return rec.replace(type="misc", status="preprint" if rec.status == "published" else rec.status)


def _parse_cv_entry(entry: EntryText) -> Record:
    if len(entry.text) <= MAX_ENTRY_CHARS:
        source = Source(entry.path, entry.line, entry.end_line, entry.text)
        for read_style in STYLE_READERS:
            whole = read_style(entry.text, entry.italic, source)
            if whole is not None:
                return whole
        ccv = CCV_FIELDS.search(entry.text) if "Refereed?:" in entry.text else None
        if ccv is not None:
            # a Canadian Common CV's item: the citation, then the CCV's fields ("Published,
            # Refereed?: Yes", "Number of Contributors: 3", "Co-Authors: ...", "DOI: ...")
            rec = parse_cv_entry(_prefix(entry, ccv.start()))
            tail = entry.text[ccv.end() :]
            status = CCV_STATUS.get((ccv["status"] or "").lower(), rec.status)
            doi = P.DOI.search(tail)
            value = re.search(r"Description / Contribution Value:\s*(.+?)(?=\s+\w[\w /]*:|$)", tail)
            if status == "under review" and rec.type != "misc":
                rec = rec.replace(type="misc")  # not yet a paper of the journal named
            return rec.replace(
                status=status,
                doi=rec.doi or (doi.group(1).rstrip(".,;") if doi else None),
                notes=(*rec.notes, value.group(1).strip()) if value else rec.notes,
                sources=(source,),
            )
        cited = cited_pure_output(entry.text) if MARKER in entry.text else None
        if cited is not None:
            # an output a Pure portal renders in a citation style: the reference, then
            # Pure's status and type line, which say what the output is
            end, type_line, status = cited
            rec = parse_cv_entry(_prefix(entry, end))
            return with_pure_type(rec, type_line, status).replace(sources=(source,))
    rule = parse_entry(entry)
    if len(entry.text) > MAX_ENTRY_CHARS or ("[" in entry.text and GBT_MARKER.search(entry.text)):
        return rule  # GB/T 7714 ("Title[J]. Journal"): a format the tagger never saw
    if not rule.title and titleless_citation(rule):
        # a reference printed without its title, as physics and RSC lists print them ("N.
        # O'Callaghan, Chem. – Eur. J., 2020, 26, 12001–12006"): the tagger would make a
        # title of the journal
        return rule
    if (
        rule.year
        and (rule.venue or rule.publisher)
        and (
            rule.title.startswith("Review of")
            or (rule.editors and not rule.authors and rule.type == "book")
        )
    ):
        # an unsigned review ("Review of X, by Y. Journal ..."), an edited volume ("A and B,
        # eds. Title"): the tagger knows neither, and would make authors of the names
        return rule
    styled = _styled_title(rule, entry) or _styled_venue(rule, entry)
    if rule.confidence >= 1.0 and (styled or rule.venue_short):
        # A complete reading with the title in bold or italic, or a venue of the knowledge
        # base: a CV format the rules know, which the tagger would only be asked to confirm.
        return rule
    try:
        crf = _assess(parse_reference_crf(entry.text, rule.source), entry)
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:  # the rules' reading stands
        note = f"the tagger failed on this entry ({type(exc).__name__}); the rules' reading is kept"
        return rule.replace(warnings=(*rule.warnings, note))
    if (
        styled
        and rule.title
        and crf.title.startswith(rule.title)
        and len(crf.title) > len(rule.title) + 2
    ):
        # "*Field Guide to Small Weathers*. Farmington, ME: ...": the title is what the
        # styling marks, not the tagger's run of sentences after it
        return rule
    if styled:
        # bold or italic marks the title: the rules saw it, the tagger (plain text) cannot
        around = " ".join([rule.title, *(entry.text[a:b] for a, b in entry.italic)])
        if crf.authors and all(p.family in around for p in crf.authors):
            # "*Book*, by A. Author. *Journal*", "In *Reasons and Their Limits*, ed. ...":
            # the tagger's authors are words of the title or the book
            return rule
        return choose(rule, crf, lambda: 0.0)
    return choose(rule, crf, lambda: probability(entry.text))


def _prefix(entry: EntryText, end: int) -> EntryText:
    """The entry's first ``end`` characters, its styles and links with them."""

    def within(ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((a, min(b, end)) for a, b in ranges if a < end)

    return dataclasses.replace(
        entry,
        text=entry.text[:end].rstrip(),
        bold=within(entry.bold),
        italic=within(entry.italic),
        links=tuple((a, min(b, end), u) for a, b, u in entry.links if a < end),
    )


def _styled_venue(rule: Record, entry: EntryText) -> bool:
    """Did the rules take the venue from an italic run ("Title. *J Am Heart Assoc*. ...")?"""
    return bool(rule.title and rule.venue and in_italics(entry, rule.venue))


def _styled_title(rule: Record, entry: EntryText) -> bool:
    """Is the title set off in bold, italics or quotes (and the entry read around it)?"""
    span = rule.span("title")
    if span is None:
        return False
    # Most of the title styled: a word in italics inside it (a species, a journal named
    # at its end) does not set the title off.
    styled = sum(
        min(b, span.end) - max(a, span.start)
        for a, b in (*entry.bold, *entry.italic)
        if a < span.end and b > span.start
    )
    if 2 * styled > span.end - span.start:
        return True
    before = entry.text[max(0, span.start - 2) : span.start]
    after = entry.text[span.end : span.end + 3]
    return any(q in before for q in '“"') and any(q in after for q in '”"')


def choose(rule: Record, crf: Record, prob: Callable[[], float]) -> Record:
    """The tagger's fields when its reading is more complete than the rules', or as complete
    but on another title and with the tagger sure of it; else the rules'.

    ``prob`` is asked for only then: it costs as much as tagging again.
    """
    if not crf.title or crf.confidence < rule.confidence or _name_list(crf.title):
        return rule
    if rule.status != "published" and any(pat.search(crf.title) for pat, _ in P.STATUS):
        return rule  # "Title. Under review at X": the rules read the status out of the title
    if crf.confidence == rule.confidence and _same(rule.title, crf.title):
        if (
            crf.venue
            and rule.venue  # the rules found a venue (not a thesis, not under review) ...
            and rule.status == "published"
            and rule.type not in ("phdthesis", "mastersthesis")
            and rule.venue_short is None  # ... but no known one ...
            # the same venue written alike up to ordinals, years and "Proceedings of"
            and venue_key(rule.venue) != venue_key(crf.venue)
            # ("Abstract T23A-05 presented at AGU Fall Meeting": the rules' venue and more)
            and venue_key(rule.venue) not in venue_key(crf.venue)
            and prob() >= SURE  # ... and the tagger is sure of another
        ):
            return rule.replace(venue=crf.venue, venue_short=crf.venue_short)
        return rule
    if crf.confidence == rule.confidence and _cut_short(crf.title, rule.title):
        return rule  # the tagger stopped at a colon or a quote the rules read past
    if rule.title and len(crf.title) > len(rule.title) and crf.title.endswith(rule.title):
        head = crf.title[: -len(rule.title)]
        if any(p.family and p.family in head for p in rule.authors):
            # "for the X Consortium. Title": the tagger's title starts with an author
            return rule
    if "[" in crf.title and _same(re.sub(r"\[[^\[\]]*\]", " ", crf.title), rule.title):
        return rule  # the same title; the rules took its bracketed translation apart
    if crf.confidence == rule.confidence and prob() < SURE:
        return rule  # equally complete: the rules know CV formats and venues better
    fields = {name: getattr(crf, name) for name in BIBLIOGRAPHIC}
    if _same(rule.title, crf.title) and len(rule.authors) > len(crf.authors):
        # the same title, and more names on the rules' list: "Hollis JR, Breivik KL" is two
        # people, not the tagger's one
        fields["authors"] = rule.authors
    fields["year"] = crf.year or rule.year
    rtype = crf.type if crf.type != "misc" or rule.type == "misc" else rule.type
    return rule.replace(
        **fields,
        type=rtype,
        doi=rule.doi or crf.doi,
        arxiv=rule.arxiv or crf.arxiv,
        url=rule.url or crf.url,
        urls=rule.urls or crf.urls,
        # marks (* †) were counted on the rules' author list: valid if the list is the same
        equal_contribution=rule.equal_contribution if len(crf.authors) == len(rule.authors) else (),
        confidence=crf.confidence,
        warnings=crf.warnings,
    )


def _name_list(title: str) -> bool:
    """ "Ana van der Berg, Christopher Chen": the end of an author list, not a title."""
    return "," in title and _names_segment(title)


def _cut_short(short: str, long_: str) -> bool:
    """'I can't switch off' of '"I can't switch off": A qualitative study': the beginning of
    the other title, cut where a subtitle follows a colon."""
    body = long_.lstrip("\"“‘'")
    if not short or not body.casefold().startswith(short.casefold()):
        return False
    return bool(re.match(r"[\"”’']?\s*:\s*\S", body[len(short) :]))


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a.casefold()) == re.sub(r"\W+", "", b.casefold())


def parse_free_reference(text: str) -> Record:
    """One free-text reference in any citation style: the tagger's reading, assessed."""
    entry = EntryText(text=" ".join(text.split()), path="<reference>", line=1, end_line=1)
    if len(entry.text) > MAX_ENTRY_CHARS or not entry.text:
        return parse_entry(entry)  # says why it is not read
    rec = _assess(parse_reference_crf(entry.text), entry)
    if "[" in entry.text and GBT_MARKER.search(entry.text):
        # GB/T 7714 ("Title[J]. Journal") writes every name family first
        rec = rec.replace(authors=tuple(family_first(p) for p in rec.authors))
    return rec
