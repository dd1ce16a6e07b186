"""Entries that are talks or patents, not publications, even inside a publication section.

Medical and humanities CVs mix "Abstracts and Presentations"; an entry that says it is an
invited talk or a keynote and carries no identifier or page range was not published. A
Google Scholar profile lists patents among the papers: "US Patent 11,234,567".
"""

from __future__ import annotations

import re
from functools import cache

from cvbib.data import load_json
from cvbib.model import Record
from cvbib.parse import patterns as P

MEETING_DAYS = re.compile(rf"(?i)\b\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?:{'|'.join(P.MONTHS)})[a-z]*\b")


@cache
def _talk_pattern() -> re.Pattern[str]:
    phrases = sorted(load_json("sections.json")["talk_phrases"], key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


# '"Ovid's Tears." Society for Classical Studies Annual Meeting, San Diego, January 2019.':
# a meeting, then its month and year, ends a paper read at it
MEETING = re.compile(
    r"(?i)\b(?:meeting|conference|congress|symposium|colloquium|workshop|seminar|lecture|"
    r"shoptalk|association|society|department\s+of)\b"
)
# a repository's badge before the title: "[Talk] Title. Names. Keynote, ..." (a "[Poster]"
# after the entry is a link to it)
LEADING_TALK_BADGE = re.compile(r"(?i)^\s*\[(?:talk|poster|presentation|keynote)\]")
# APA 7's description of a presentation, between its title and its meeting: "Title [Paper
# presentation]. Annual Conference, City." (not a badge at an entry's end)
APA_PRESENTATION = re.compile(
    r"(?i)\[(?:virtual\s+|invited\s+)?(?:paper|poster|podium|conference|symposium|roundtable)"
    r"\s+(?:presentation|session|talk)\](?=\.\s+\S)"
)
POSTER_REMARK = re.compile(r"(?i)\((e-?poster|poster(?:\s+presentation)?)\)[\s.]*$")
PUBLISHED_IN = re.compile(
    r"(?i)\b(?:proc(?:eedings|\.)|journal|review|magazine|quarterly|bulletin|newsletter|times)\b"
    # ASA-CSSA-SSSA's "Title [abstract]. Annual Meeting, ...": printed in the meeting's abstracts
    r"|\[abstract\]"
)
MONTH_YEAR_END = re.compile(
    rf"(?i)\b(?:{'|'.join(P.MONTHS)})[a-z]*\.?\s+(?:19|20)\d\d(?:[-–/]\d{{2,4}})?[\s.)]*$"
)


# "US Patent 11,234,567", "U.S. Patent App. 17/123,456", "European Patent EP 3 456 789",
# "Patent No. 10,987,654": a patent and its number (a title about patents has no number)
PATENT = re.compile(
    r"(?i)\bpatent(?:\s+app(?:lication|l)?\.?)?(?:\s+no\.?)?\s*:?\s*"
    r"(?:[A-Z]{2}\s?)?(?:\d{2}/\d{3},?\d{3}|\d{1,3}(?:[,. ]\d{3}){1,3}|\d{5,})\b"
)


# "... Society for French Historical Studies, Charleston (canceled; paper circulated).": the
# meeting's city ends the entry
PLACE_END = re.compile(r",\s*[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+)?\.?\s*(?:\([^()]{1,60}\))?\.?$")


# A composer's catalogue: "***Tidewater*** (2016) — orchestra — 14′", "Premiere: Jordan Hall"
COMPOSITION = re.compile(
    r"[—–-]\s*(?:\d{1,3}(?:[′’']|\s?min\.?)|variable\s+duration)\s*(?:[—–]|$|\.|\n)"
    r"|\bPremiere(?:d)?\s*:|\bpremiered\s+(?:by|at)\b"
)


def composition_phrase(text: str) -> str | None:
    """The duration or premiere that marks ``text`` as a musical work, not a writing."""
    m = COMPOSITION.search(text)
    return m.group(0).strip(" —–-.") if m else None


def patent_phrase(text: str) -> str | None:
    """'US Patent 11,234,567' if ``text`` cites a patent by its number."""
    m = PATENT.search(text)
    return m.group(0) if m else None


def talk_phrase(rec: Record, text: str, authorless: bool = False) -> str | None:
    """The phrase that marks ``text`` (the entry's source) as a talk, if it is one
    (``authorless``: the entry names no author or editor; the CV's owner is implied)."""
    # the days of a meeting ("San Francisco, CA, 9–13 Dec.") are no pages
    pages = rec.pages and not MEETING_DAYS.search(text)
    if rec.doi or rec.arxiv or pages or rec.volume or P.ONEPETRO_ID.search(text):
        # a published abstract or paper that mentions a talk ("Paper presented at the SPE
        # Annual Technical Conference ... SPE-196234-MS": in OnePetro)
        return None
    m = (
        _talk_pattern().search(text)
        or LEADING_TALK_BADGE.match(text)
        or (APA_PRESENTATION.search(text) if "[" in text else None)
    )
    if m:
        return m.group(0)
    # "BMES 2019 Annual Meeting, Philadelphia, PA, Oct. 2019 (poster)": shown, not printed
    poster = POSTER_REMARK.search(text)
    if poster and MEETING.search(text) and not PUBLISHED_IN.search(text):
        return poster.group(1)
    # no speaker named, no proceedings: a humanities CV's "Conference Papers" (papers read)
    # (nor a journal or magazine: "*Society Magazine*, May 2019" was published)
    if authorless and not PUBLISHED_IN.search(text):
        end = MONTH_YEAR_END.search(text.rstrip()) or PLACE_END.search(text.rstrip())
        meeting = MEETING.search(text)
        if end and meeting and end.start() > meeting.start():
            return f"{meeting.group(0)} ... {end.group(0).strip(' .')}"
    return None
