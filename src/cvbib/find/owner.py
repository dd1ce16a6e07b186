"""The CV owner's name from the top of the document ("# Jane Doe", "JONATHAN R. ABELL").

Economics and humanities CVs leave the owner out of their own entries ("Title" (with A.
Smith), Journal, 2021); the name at the head of the CV is then the first author.
"""

from __future__ import annotations

import re

from cvbib.find.sections import classify
from cvbib.model import Person, Record
from cvbib.parse import patterns as P
from cvbib.parse.names import (
    TITLES,
    looks_like_name,
    person_from_family_given,
    person_from_given_family,
    person_key,
)
from cvbib.read.document import Document

# How many non-empty lines from the top may hold the name.
HEAD_LINES = 6
_CV_WORDS = re.compile(
    r"(?i)\b(?:curriculum\s+vitae|résumé|resume|cv|biographical\s+sketch|biosketch)\b[\s:–—-]*"
)
# "NAME: Halvorsen-Reyes, Tamsin K." (an NIH biosketch's form): the label, then the name
_NAME_LABEL = re.compile(r"(?i)^(?:name|full\s+name|nombre|nome|nom)\s*:\s*")
# "Priya Raman, MD, PhD": degrees after the name are not part of it
_DEGREES = re.compile(
    r"(?:,\s*\b(?:Ph\.?\s?D|M\.?\s?D|M\.?\s?A|M\.?\s?Sc|M\.?\s?S|B\.?\s?Sc|B\.?\s?A|"
    # (a German jurist's "LL.M. (Cambridge)": the degree and where it was taken)
    r"LL\.?\s?M|LL\.?\s?B|MPH|MBA|FRCP|FACC|Jr|Sr|II|III)\.?(?:\s*\([^()]{1,40}\))?)+\s*$",
    re.I,
)
_NAME_CHARS = re.compile(r"[^\W\d_][\w.'’\- ]+")


def _bare_name(text: str) -> str:
    """A name line without "Curriculum Vitae", degrees after the name ("Priya Raman, MD,
    PhD") and titles before it ("PD Dr. Henrike Lautenschläger")."""
    return TITLES.sub("", _DEGREES.sub("", _CV_WORDS.sub("", text)).strip(" ,.:|–—-"))


def header_name(doc: Document) -> Person | None:
    """The person named at the head of the CV, if the first lines name one."""
    seen = 0
    for line in doc.lines:
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > HEAD_LINES:
            return None
        labelled = _NAME_LABEL.match(text)
        text = text[labelled.end() :] if labelled else text
        name = _bare_name(text)
        if labelled and name.count(",") == 1:
            family, given = (part.strip() for part in name.split(","))
            if _NAME_CHARS.fullmatch(f"{given} {family}") and looks_like_name(f"{given} {family}"):
                return person_from_family_given(family, given)
        if (
            not _NAME_CHARS.fullmatch(name)
            or classify(name)[0] != "neutral"
            or len(name.split()) < 2
        ):
            continue
        if name.isupper():
            name = name.title()  # "JONATHAN R. ABELL"
        if looks_like_name(name):
            return person_from_given_family(name)
    return None


def fill_owner(records: list[Record], owner: Person | None) -> list[Record]:
    """Put the CV owner first where the CV leaves them out.

    '"Title" (with A. Smith)' always omits the owner, and so does an entry with no authors
    at all. In a CV that names its owner in most entries such an entry (a book review, an
    editorial) could also be a parse failure, so it keeps a warning that says so.
    """
    if owner is None:
        return records
    me = person_key(owner)
    with_authors = [r for r in records if r.authors and not r.span("coauthors")]
    named = sum(1 for r in with_authors if any(person_key(p) == me for p in r.authors))
    omits_owner = named * 2 < len(with_authors) or not with_authors
    out = []
    for rec in records:
        if rec.span("coauthors") and not rec.authors and rec.editors:
            # "With A and B, eds. *Book*": the owner edited it with them
            if not any(person_key(p) == me for p in rec.editors):
                rec = rec.replace(editors=(owner, *rec.editors))
        elif rec.span("coauthors") and not any(person_key(p) == me for p in rec.authors):
            rec = rec.replace(
                authors=(owner, *rec.authors),
                owner=0,
                equal_contribution=tuple(i + 1 for i in rec.equal_contribution),
            )
        elif (
            not rec.authors
            and not (rec.editors and rec.type == "book")  # an edited volume names its editors
            and rec.title
            and not _prose(rec)
            # a venue, an identifier or a status: an entry, not a line of prose
            and (
                ((rec.venue or rec.publisher) and rec.year)
                # a linked, dated paper: a job-market paper "“Title” (November 2024)"
                or (rec.url and rec.year)
                # liner or program notes: written for a recording or a concert
                or (rec.year and any(P.NOTES_GENRE.match(x) for x in rec.extra))
                or rec.doi
                or rec.arxiv
                or rec.status != "published"
            )
        ):
            warnings = tuple(w for w in rec.warnings if w != "no authors found")
            if not omits_owner:
                # usually a review or an editorial; say so, since it may be a parse failure
                warnings += (f"no authors listed; assumed the CV owner ({owner})",)
            rec = rec.replace(
                authors=(owner,),
                owner=0,
                warnings=warnings,
                confidence=round(min(1.0, rec.confidence + (0.2 if omits_owner else 0.1)), 2),
            )
        out.append(rec)
    return out


def _prose(rec: Record) -> bool:
    """A note under a heading, not a work: "Relación ordenada por año. Se indican entre
    paréntesis los trabajos aceptados, en prensa o enviados." (two sentences, no year,
    venue or identifier; its status words are not a status)."""
    if rec.year or rec.venue or rec.doi or rec.arxiv or rec.url:
        return False
    return (
        len(rec.title.split()) >= 12
        # "... (public release, 2022); no separate citation": a sentence goes on
        and re.search(r"[.;]\s+[A-Za-z]\w*\s+[a-z]", rec.title) is not None
    )


def names_owner_only(text: str, owner: Person) -> bool:
    """Is ``text`` the owner's name alone, with the titles or degrees the CV's head prints
    ("Prof. Dr. Matthias Brückner, LL.M. (Cambridge)")? Such a line is no entry."""
    text = text.strip(" *")
    name = _bare_name(text)
    # (with the titles or degrees a person's name line carries: a paper's title of two
    # capitalised words, "Vectorized Execution", can pass for a name, and for the owner's)
    titled = name != text.strip(" ,.:|–—-")
    if not (titled and owner.given and 2 <= len(name.split()) <= 4 and looks_like_name(name)):
        return False
    return person_key(person_from_given_family(name)) == person_key(owner)
