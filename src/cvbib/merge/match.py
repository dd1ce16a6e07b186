"""Are two records the same work?

Same work when they share a DOI or an arXiv id, or when their titles match after
normalisation (typos, a dropped subtitle) and their authors, years and venues agree: a
preprint may precede its publication by a few years, but two published versions of one
title in different years or venues (a conference paper and its journal version) are two
works. Every answer carries a score and a reason a person can check.
"""

from __future__ import annotations

from dataclasses import dataclass

from cvbib.data import word_set
from cvbib.merge.authors import AuthorResult, compare_authors
from cvbib.merge.features import Features, features
from cvbib.merge.keys import TitleKey, title_key
from cvbib.merge.titles import (
    CLOSE,
    DIFFERENT,
    PART,
    SAME,
    VETO,
    WORDS,
    TitleResult,
    compare_titles,
)
from cvbib.merge.venue import same_venue
from cvbib.model import Record

# A title this alike (0..100) matches on the word of the authors; below it, the year and the
# venue must agree as well.
STRONG_TITLE = 90.0
# Titles of fewer content words, or of this many with a word of recurring titles
# ("Guest editorial", "Book review column"), recur every year: they need the authors and
# the year to agree.
GENERIC_WORDS = 3
# A title of this many content words, equal to the letter, outweighs author lists that
# share nobody (one of them garbled).
DISTINCTIVE_WORDS = 5
# Titles a content word apart this alike (0..100), by the same people in one venue and
# year, are one work ("Views in a large-scale XML repository" / "... XML database").
WORDS_TITLE = 75.0
# ... and with no venue to compare, this alike.
WORDS_TITLE_UNKNOWN_VENUE = 85.0
# A title this alike (0..100) differs by a typo at most.
TYPO_TITLE = 95.0
# A title less alike than STRONG_TITLE, with no year on one side, needs this share of the
# authors ("Eager aggregation and lazy aggregation" / "Eager and lazy aggregation").
UNDATED_AUTHORS = 0.75
# How many years a preprint may precede (or, rarely, follow) its publication.
PREPRINT_YEARS = (-1, 3)


@dataclass(frozen=True)
class Match:
    """The answer of :func:`match`. ``conflict``: a hard reason against (different DOIs,
    numbers or years); duplicate grouping never joins such a pair through a third record."""

    same: bool
    score: float
    reason: str
    conflict: bool = False


def match(a: Record, b: Record) -> Match:
    """Whether ``a`` and ``b`` describe the same work, with a score (0..1) and a reason."""
    return match_features(features(a), features(b))


def _by_ids(a: Features, b: Features) -> Match | None:
    if a.doi and b.doi:
        if a.doi == b.doi:
            return Match(True, 1.0, "doi")
        return Match(False, 0.0, "different DOI", conflict=True)
    if a.arxiv and b.arxiv:
        if a.arxiv == b.arxiv:
            return Match(True, 1.0, "arxiv")
        return Match(False, 0.0, "different arXiv id", conflict=True)
    return None


def _by_locator(a: Features, b: Features) -> Match:
    """A record without a title ("Phys. Rev. A 99, 052312 (2019)") is the work printed at
    the same journal, volume and first page, in the same year, by the same people."""
    if not (a.locator and b.locator):
        return _same_citation(a, b)
    venue = same_venue(a.venue, b.venue)
    authors = compare_authors(a.authors, b.authors)
    same_place = a.locator[1:] == b.locator[1:] and (venue or a.locator[0] == b.locator[0])
    years = a.year is None or b.year is None or a.year == b.year
    if same_place and years and (authors.fraction is None or authors.fraction >= 0.5):
        where = f"volume {a.locator[1]}, page {a.locator[2]}"
        return Match(
            True, 0.9, " + ".join(x for x in (f"journal, {where}", authors.describe()) if x)
        )
    return Match(False, 0.0, "no title; journal, volume or page differ")


def _same_citation(a: Features, b: Features) -> Match:
    """Two records without a title and without volume and page ("Inorg. Chem., 2024, in
    press"): one work only when everything they do say is the same."""
    authors = compare_authors(a.authors, b.authors)
    if (
        a.year == b.year
        and a.venue is not None
        and same_venue(a.venue, b.venue) is True
        and authors.compared >= 1
        and authors.matched == authors.longer
        and a.locator == b.locator
    ):
        return Match(True, 0.8, f"no title; same journal, year and {authors.describe()}")
    return Match(False, 0.0, "no title")


def _years(a: Features, b: Features) -> tuple[str, str]:
    """('equal' | 'preprint' | 'near' | 'far' | 'unknown', text for the reason)."""
    if a.year is None or b.year is None:
        return "unknown", ""
    if a.year == b.year:
        return "equal", f"year {a.year}"
    text = f"year {a.year}/{b.year}"
    if a.preprint != b.preprint:
        pre, pub = (a, b) if a.preprint else (b, a)
        assert pre.year is not None and pub.year is not None
        if PREPRINT_YEARS[0] <= pub.year - pre.year <= PREPRINT_YEARS[1]:
            return "preprint", text
    elif a.preprint and abs(a.year - b.year) <= PREPRINT_YEARS[1]:
        return "preprint", text  # two versions of one preprint
    return ("near" if abs(a.year - b.year) == 1 else "far"), text


def _venues(a: Features, b: Features) -> bool | None:
    """Known to be one venue (True), two (False), or unknown (None)."""
    if a.preprint or b.preprint:
        return None  # a preprint says nothing about where the work appeared
    same = same_venue(a.venue, b.venue)
    if a.workshop != b.workshop and same is not True:
        # (one venue name on both sides, "OPT", is one venue even if only one record
        # knows it for a workshop: BibTeX keeps no such flag)
        return False
    return same


def _score(title: float, authors: AuthorResult, years: str, venue: bool | None) -> float:
    frac = authors.fraction
    author_part = 0.5 if frac is None else frac
    year_part = {"equal": 1.0, "preprint": 0.9, "unknown": 0.5, "near": 0.3}.get(years, 0.0)
    venue_part = {True: 1.0, None: 0.5, False: 0.0}[venue]
    return round(0.6 * title / 100 + 0.25 * author_part + 0.1 * year_part + 0.05 * venue_part, 3)


def match_features(a: Features, b: Features) -> Match:
    """:func:`match` on precomputed :class:`Features`."""
    by_ids = _by_ids(a, b)
    if by_ids is not None:
        return by_ids
    if not (a.title.text and b.title.text):
        return _by_locator(a, b)
    t = compare_titles(a.title, b.title)
    if t.kind in (DIFFERENT, WORDS, VETO):
        t = _without_names_run_in(a, b) or t
    if t.kind == DIFFERENT:
        return Match(False, round(0.6 * t.score / 100, 3), t.reason)
    years, year_text = _years(a, b)
    authors = compare_authors(a.authors, b.authors)
    venue = _venues(a, b)
    score = _score(t.score, authors, years, venue)
    evidence = " + ".join(x for x in (t.reason, authors.describe(), year_text) if x)
    if t.kind == VETO:
        return Match(False, min(score, 0.4), t.reason, conflict=True)
    if years == "far":
        return Match(False, min(score, 0.4), f"{evidence}: years differ", conflict=True)
    # A venue beside no year is often as unreliable as the missing year (a scraped
    # citation); a workshop paper is never the conference paper, though.
    workshop = a.workshop != b.workshop and not (a.preprint or b.preprint)
    if venue is False and (years != "unknown" or workshop):
        names = "/".join(v.key if v else "?" for v in (a.venue, b.venue))
        return Match(False, min(score, 0.4), f"{evidence}: venues differ ({names})", True)
    garbled = authors.compared > 0 and authors.matched == 0
    if garbled and not _distinctive(t, authors, years):
        return Match(False, min(score, 0.4), f"{evidence}: no common author", conflict=True)
    generic = _generic(t, a.title, b.title)
    problem = _problem(t, authors, years, venue, garbled, generic)
    if problem:
        return Match(False, min(score, 0.49), f"{evidence}: {problem}", t.kind == WORDS)
    if garbled:
        evidence += " (no common author: one list is garbled, the long title decides)"
    return Match(True, max(score, 0.5), evidence)


# A citation's names run into its title ("Mendelzon. Database techniques for ...",
# "and K. Shim. Fast similarity search ..."): at most this many words before the title.
RUN_IN_WORDS = 6


def _without_names_run_in(a: Features, b: Features) -> TitleResult | None:
    """The title comparison once the end of an author list read into one title is taken
    off: the words before it must name an author the other record lists (and this one
    lost), the records must share an author, and the rest must be the other title."""
    if compare_authors(a.authors, b.authors).matched == 0:
        return None
    for one, other, people in ((a.title, b.title, b.authors), (b.title, a.title, a.authors)):
        families = {k.family for k in people if len(k.family) >= 3}
        lead = one.words[:RUN_IN_WORDS]
        if families.isdisjoint(lead):
            continue
        for n in range(1, min(RUN_IN_WORDS, len(one.words) - 2) + 1):
            if lead[n - 1] not in families or not all(_name_part(w, families) for w in lead[:n]):
                continue
            t = compare_titles(title_key(" ".join(one.words[n:])), other)
            # (part of a title only when long: the cut title of an index, not a short
            # title inside a longer one, which may be the journal version's)
            if t.kind in (SAME, CLOSE) or (t.kind == PART and t.words >= DISTINCTIVE_WORDS):
                reason = f"{t.reason} (without '{' '.join(one.words[:n])}' run into it)"
                return t._replace(reason=reason)
    return None


def _name_part(word: str, families: set[str]) -> bool:
    """A word of an author list: a family name, an initial, "and" (run into an initial:
    "andk"), or a year after the names."""
    return (
        word in families
        or len(word) == 1
        or (word.startswith("and") and len(word) <= 4)
        or (word.isdigit() and len(word) == 4)
    )


def _distinctive(t: TitleResult, authors: AuthorResult, years: str) -> bool:
    """A long title, equal but for a typo: the same work even if one list of authors is
    garbled beyond recognition (an index that read affiliations or a site as names, or ran
    all initials into one name). A list of one name is the usual garbled one."""
    if years not in ("equal", "unknown"):
        return False
    if not (t.kind == SAME or (t.kind == CLOSE and t.score >= TYPO_TITLE)):
        return False
    return t.words >= DISTINCTIVE_WORDS or (t.words >= 4 and authors.compared == 1)


def _both(authors: AuthorResult) -> float:
    """Agreement counted on the longer list: 1 of 4 authors is not the same list."""
    return authors.matched / authors.longer if authors.longer else 0.0


def _generic(t: TitleResult, a: TitleKey, b: TitleKey) -> bool:
    """A title that may name many documents: two content words, or three with a word of
    recurring titles ("Book Review Column", "Guest Editorial")."""
    if t.words > GENERIC_WORDS:
        return False
    recurring = word_set("recurring_title_words.txt")
    return t.words < GENERIC_WORDS or not recurring.isdisjoint(a.content | b.content)


def _problem(
    t: TitleResult,
    authors: AuthorResult,
    years: str,
    venue: bool | None,
    garbled: bool,
    generic: bool,
) -> str | None:
    """Why the evidence is not enough for a title match, or None if it is. ``garbled``: the
    authors share nobody, but the title is distinctive enough to outweigh them; ``generic``:
    the title may name many documents."""
    frac = authors.fraction
    authors_agree = frac is not None and frac >= 0.5
    if t.extended and not (
        authors_agree and years in ("equal", "unknown", "preprint") and venue is not False
    ):
        # the extended version of a paper, or its journal extension (another year, another
        # venue): one work only with the same authors and no other year or venue
        return "'extended' in one title only"
    if t.kind == WORDS:
        # Two titles a word apart are two works, unless everything else is the same: the
        # same people in the same venue and year rarely publish two such titles.
        if (
            t.differing > 1
            or t.words < 4
            or t.score < (WORDS_TITLE if venue is True else WORDS_TITLE_UNKNOWN_VENUE)
            or (frac or 0.0) < 0.75
            or years not in ("equal", "unknown")
            or venue is False
        ):
            return "different titles"
        return None
    if generic:
        # "Editorial", "Book review column": recurring titles need the same list of authors.
        if _both(authors) < 0.5 or years not in ("equal", "unknown", "preprint"):
            return "a short title needs the same authors and year"
        # Two words and a remark ("Updating XML, ACM SIGMOD Int."): two authors must agree.
        if t.kind == PART and t.words < GENERIC_WORDS and authors.matched < 2:
            return "too little of the title is shared"
        return None
    if t.kind == SAME or (t.kind == CLOSE and t.score >= STRONG_TITLE):
        if years == "near" and not (authors_agree and venue is not False):
            return "published a year apart"
        return None
    if t.kind == CLOSE:
        # A year missing on one side is no evidence either way: then most of the people
        # must agree, and the venues may not differ.
        undated = years == "unknown" and (frac or 0.0) >= UNDATED_AUTHORS and venue is not False
        if not authors_agree or not (years in ("equal", "preprint") or undated):
            return f"title {t.score:.0f} < {STRONG_TITLE:.0f}"
        return None
    if t.kind == PART:
        # With no authors on one side, a long shared title and no other year will do: the
        # words around it are a remark ("a tutorial", "book review", "report of ...").
        unknown_ok = frac is None and t.words >= DISTINCTIVE_WORDS and years in ("equal", "unknown")
        if not authors_agree and not unknown_ok and not garbled:
            return "part of a title needs the authors to agree"
        if years == "near":
            return "published a year apart"
        return None
    return "titles differ"


__all__ = ["Match", "match", "match_features"]
