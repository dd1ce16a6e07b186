"""The extraction pipeline: read -> find sections -> split entries -> parse -> records."""

from __future__ import annotations

import collections
import os
import re
from typing import TYPE_CHECKING

from cvbib.bulk import gc_paused
from cvbib.errors import CvbibError
from cvbib.model import Extraction, Record, Warning_
from cvbib.read import Document, load_input, read_document

if TYPE_CHECKING:
    from cvbib.parse.entry import EntryText

# The stages below (their patterns, lexicons and tagger) are imported when a CV is first
# extracted, not with ``cvbib``: commands that read no CV start several times faster.


def extract_text(text: str, path: str = "<text>", fmt: str | None = None) -> Extraction:
    """Extract the publication entries of a CV given as text (a LaTeX CV's with those it
    prints from its .bib files)."""
    result = extract_document(read_document(path, text, fmt))
    if result.format in ("latex", "typst"):
        add_cited_bibliography(result, text)
    return result


def add_cited_bibliography(result: Extraction, text: str) -> None:
    """Add the entries a LaTeX or Typst CV prints from .bib files (``\\nocite{*}``,
    ``\\bibentry``, ``#bibliography("pubs.bib", full: true)``)."""
    from cvbib.read.latex_bibliography import cited_records

    request = None
    if result.format == "typst":
        from cvbib.read.typst import bibliography_request

        request = bibliography_request(text)
    records, warnings = cited_records(text, result.path, request)
    if result.format == "latex" and "\\bib" in text:
        from cvbib.read.amsrefs import amsrefs_records

        records = amsrefs_records(text, result.path) + records
    result.warnings.extend(warnings)
    if not records:
        return
    result.records.extend(mark_owner(records, []))
    # the CV's own list may be empty: its publications are all in the .bib
    result.warnings = [w for w in result.warnings if w.message not in NOTHING_FOUND]


@gc_paused()
def extract_document(doc: Document) -> Extraction:
    """Extract the publication entries of a CV already read (PDF and Word files are)."""
    from cvbib.find.entries import section_entries
    from cvbib.find.owner import fill_owner, header_name, names_owner_only
    from cvbib.find.remarks import award_remark, reception_remark, record_fields_remark
    from cvbib.find.sections import heading_stage, presentations_only, split_sections, unfinished
    from cvbib.find.talks import composition_phrase, patent_phrase, talk_phrase
    from cvbib.normalize.names import harmonize_names, harmonize_person
    from cvbib.parse.patterns import DITTO_AUTHORS, DITTO_ROLE, fields_status

    sections = split_sections(doc)
    result = Extraction(path=doc.path, format=doc.format)
    pubs = [s for s in sections if s.kind == "publication"]
    entries: list[EntryText] = []
    drafts: set[int] = set()  # entries under "Manuscripts in Preparation" and the like
    staged: dict[int, str] = {}  # entries under "Forthcoming", "In Press": their stage
    presented: set[int] = set()  # entries under "Posters & Talks" and the like
    if pubs:
        for s in sections:
            if s.kind == "publication":
                found = section_entries(s, doc.path)
                if unfinished(s.heading):
                    drafts.update(range(len(entries), len(entries) + len(found)))
                stage = heading_stage(s.heading)
                if stage:
                    staged.update(
                        dict.fromkeys(range(len(entries), len(entries) + len(found)), stage)
                    )
                entries.extend(found)
            elif s.kind == "other" and presentations_only(s.heading):
                # "Posters & Talks": a talk in the ACM Digital Library, an abstract in a
                # journal's supplement are published (kept below if they read so)
                found = section_entries(s, doc.path, strict=True, min_score=3)
                presented.update(range(len(entries), len(entries) + len(found)))
                entries.extend(found)
            elif s.after_publication:
                # "CASE STUDIES" after the publications: references, names first, only
                entries.extend(
                    section_entries(s, doc.path, strict=True, min_score=3, names_first=True)
                )
    else:
        # No publication heading: only what surely is a reference counts.
        for s in sections:
            if s.kind == "neutral":
                entries.extend(section_entries(s, doc.path, strict=True))
    for s in sections:
        if s.kind == "other" and s.heading:
            result.skipped_sections.append((s.lineno, s.heading))
    records = []
    parsed = harmonize_names(parse_all(entries))
    # "'Title', *Philosophers' Imprint*." under "Forthcoming": not out yet
    parsed = [
        r.replace(status=staged[i]) if i in staged and r.status == "published" and not r.year else r
        for i, r in enumerate(parsed)
    ]
    # before the owner fills in ("(with A. Smith)" names only the others)
    authorless = [not (r.authors or r.editors) or bool(r.span("coauthors")) for r in parsed]
    owner = header_name(doc)
    parsed = fill_owner(parsed, owner and harmonize_person(owner, parsed))
    for i, (entry, rec) in enumerate(zip(entries, parsed, strict=True)):
        # names and a working title ("Data collection."), or a draft in preparation even
        # with a year in view ("Draft in preparation for SMS 2024"): not yet a publication
        # (a link on a co-author's name is no version of the draft: its stage decides)
        if (
            i in drafts
            and not (rec.doi or rec.arxiv)
            and (
                DRAFT_STAGE.search(entry.text)
                or not (rec.url or _year_of_publication(rec, entry.text) or known_venue(rec))
            )
        ):
            continue
        if (
            "In preparation" in rec.notes
            and not (rec.doi or rec.arxiv or rec.url)
            and (not rec.venue or IN_PREPARATION_FOR.search(entry.text))
            and rec.status != "published"
        ):
            # "A unified view of heritability estimators. In preparation.", "In preparation
            # for *Journal*": a draft
            continue
        if i in presented and not (
            rec.doi or (rec.venue and rec.volume and rec.pages) or in_proceedings(rec)
        ):
            continue  # presented, not published: no DOI, no journal volume and pages
        remark = award_remark(entry.text)
        if remark:
            if records:  # "Winner, 2022 Book Award" below a book: a note of the book
                # ("Shortlisted, X Award 2023; reviewed in JSAH": the award, then a remark)
                parts = [p.strip() for p in remark.split(";") if p.strip()]
                said = [p for p in parts if reception_remark(p[:1].upper() + p[1:])]
                awards = tuple(p for p in parts if p not in said)
                records[-1] = records[-1].replace(
                    notes=(*records[-1].notes, *awards), extra=(*records[-1].extra, *said)
                )
            continue
        remark = record_fields_remark(entry.text)
        if remark:
            if records:  # "Status: Accepted/In Press. Refereed: Yes.": the entry above's
                status = fields_status(remark) or records[-1].status
                records[-1] = records[-1].replace(status=status, extra=(*records[-1].extra, remark))
            continue
        remark = reception_remark(entry.text)
        if remark:
            if records:  # "Reviewed in ..." below a book: a remark on the book
                records[-1] = records[-1].replace(extra=(*records[-1].extra, remark))
            continue
        talk = (
            talk_phrase(rec, entry.text, authorless=authorless[i])
            or patent_phrase(entry.text)
            or (None if rec.doi else composition_phrase(entry.text))
        )
        if talk:
            result.warnings.append(
                Warning_(doc.path, entry.line, f"skipped: {talk!r}, not a publication")
            )
            continue
        if (
            not (rec.authors or rec.editors)
            and records
            and records[-1].authors
            and DITTO_AUTHORS.match(entry.text)
        ):
            # "———. Title.": the authors of the entry above ("———, ed.": its editors)
            people = {"authors": records[-1].authors}
            if DITTO_ROLE.match(entry.text):
                people = {"editors": records[-1].authors}
            rec = rec.replace(
                **people, warnings=tuple(w for w in rec.warnings if "author" not in w)
            )
        if rec.venue and IBID.fullmatch(rec.venue) and records and records[-1].venue:
            # "Ibid., Vol. 66 (1976)": the journal of the entry above
            rec = rec.replace(venue=records[-1].venue, venue_short=records[-1].venue_short)
        if (
            owner
            and rec.title
            and entry.text.lstrip(" *-").startswith(rec.title)
            and names_owner_only(rec.title, owner)
        ):
            # "Prof. Dr. Matthias Brückner, LL.M." over the chair's address: the CV's head
            # under its title ("Schriftenverzeichnis"), read as a title of the owner's name
            continue
        if authorless[i] and not (rec.doi or rec.arxiv) and _first_person_prose(entry.text):
            continue  # "I am a toxicologist ... My laboratory": a statement above its citations
        if not is_reference(rec):
            if rec.confidence == 0.0 and rec.warnings:  # too long to be a reference
                result.warnings.append(Warning_(doc.path, entry.line, rec.warnings[0]))
            continue
        records.append(rec)
    records = mark_owner(records, entries)
    result.records = records
    for rec in records:
        for w in rec.warnings:
            src = rec.source
            result.warnings.append(Warning_(doc.path, src.line if src else None, w))
    if not records:
        msg = NOTHING_FOUND[0] if not pubs else NOTHING_FOUND[1]
        result.warnings.append(Warning_(doc.path, None, msg))
    return result


IBID = re.compile(r"(?i)ibid\.?|ibidem|idem")
NOTHING_FOUND = (
    "no publication section found",
    "publication section(s) found but no entries could be read",
)
PARALLEL_MIN_ENTRIES = 2000


def parse_all(entries: list[EntryText]) -> list[Record]:
    """Parse entries; a large document is spread over the CPU cores (entries are independent)."""
    from cvbib.parse.reference_choice import parse_cv_entry

    workers = min(os.cpu_count() or 1, 8)
    if len(entries) < PARALLEL_MIN_ENTRIES or workers < 2:
        return [parse_cv_entry(e) for e in entries]
    # imported here: a process pool costs start-up time to every small run
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in mp.get_all_start_methods():
        return [parse_cv_entry(e) for e in entries]
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(parse_cv_entry, entries, chunksize=256))


def parse_reference(text: str) -> Record:
    """One free-text reference (any citation style) as a record: ``cvbib.parse_reference(s)``.

    Read by the CRF tagger that ``extract`` also uses for CV entries the rules are unsure
    of; problems become the record's warnings.
    """
    from cvbib.parse.reference_choice import parse_free_reference

    return parse_free_reference(text)


def extract_file(path: str, fmt: str | None = None) -> Extraction:
    """Extract the publication entries of one CV file (``-`` reads standard input).

    Text formats are read as text; PDF and Word (.docx) files, told by content, come back
    from :func:`~cvbib.read.load_input` already read into a Document.
    """
    source = load_input(path, fmt)
    try:
        if isinstance(source, Document):
            return extract_document(source)
        return extract_text(source, "<stdin>" if path == "-" else path, fmt)
    except CvbibError:
        raise
    except RecursionError as exc:
        raise CvbibError("the file is nested too deeply to read", path) from exc


def extract(path: str, fmt: str | None = None) -> list[Record]:
    """The records of one CV file: ``cvbib.extract("cv.md")``."""
    return extract_file(path, fmt).records


IN_PREPARATION_FOR = re.compile(r"(?i)\bin\s+prep(?:aration|\.)\s+for\b")
PROCEEDINGS = re.compile(r"(?i)\bproceedings\b|\bproc\.|\bactes\b|\banais\b|\btagungsband\b")


def in_proceedings(rec: Record) -> bool:
    """A poster printed in proceedings, on pages of its own: published, not only shown."""
    from cvbib.parse.patterns import IN_PROCEEDINGS

    where = " ".join((rec.venue or "", *rec.extra))
    # (the record names the proceedings as the knowledge base does, or as printed)
    printed = rec.sources[0].text if rec.sources else ""
    if IN_PROCEEDINGS.search(printed):
        return True  # "In *Proceedings of NIME*, Mexico City": printed there, pages or not
    return bool(rec.pages and (PROCEEDINGS.search(where) or PROCEEDINGS.search(printed)))


def is_reference(rec: Record) -> bool:
    """Drop text in a publication section that is not an entry (summaries, notes)."""
    from cvbib.parse.entry import titleless_citation
    from cvbib.parse.patterns import NOTES_GENRE

    source = rec.sources[0].text if rec.sources else ""
    if YEAR_LABEL.fullmatch(source.strip()):
        return False  # "2012 - 2014 (graduate school)": the years of the entries below
    if not rec.title and titleless_citation(rec):
        return True  # a reference without its title, as physics and RSC lists write them
    if not rec.title:
        return False
    if len(rec.title.split()) < 2 and len(rec.title) < 12 and not _cjk(rec.title):
        # a word is a note, unless a whole reference stands around it: a chapter "Basque."
        # in a handbook, with its authors, year (or status), book and pages (or editors,
        # publisher, DOI)
        return bool(
            rec.authors
            and (rec.year or rec.status != "published")
            and rec.venue
            and (rec.pages or rec.volume or rec.doi or rec.editors or rec.publisher)
        )
    if not (rec.authors or rec.year or rec.venue or rec.doi or rec.arxiv):
        return False
    if not rec.authors and not (rec.year or rec.doi or rec.arxiv):
        return False  # "Citation counts from Google Scholar: 4,812. Names in italics."
    if not (rec.venue or rec.year or rec.doi or rec.arxiv or rec.url) and rec.status == "published":
        return False  # a bare "Title (with A. Smith)" under "Work in progress": not yet a paper
    if rec.year and any(NOTES_GENRE.match(x) for x in rec.extra):
        return True  # liner or program notes, the owner's: dated, with nowhere else to be
    people = rec.authors or rec.editors  # an edited volume names its editors only
    where = rec.venue or rec.publisher
    return not (not people and not where and rec.status == "published" and not rec.doi)


FIRST_PERSON = re.compile(r"\b(?:I|my|My|we|We|our|Our|me)\b")


def _first_person_prose(text: str) -> bool:
    """A paragraph of forty words or more that speaks of its writer ("I", "my", "we")."""
    return len(text.split()) >= 40 and len(FIRST_PERSON.findall(text)) >= 2


YEAR_LABEL = re.compile(
    r"\(?(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present|now|today))?\)?[:.]?"
    r"(?:\s*\([^()]{1,40}\))?"
)


def _year_of_publication(rec: Record, text: str) -> bool:
    """Does the entry print a year of its own, not only a span of years ("RCT in the field,
    2024–2025": a project's years)?"""
    if not rec.year:
        return False
    spans = YEAR_SPAN.findall(text)
    alone = len(re.findall(rf"(?<!\d){rec.year}(?!\d)", text))
    return alone > sum(1 for a, b in spans if str(rec.year) in (a, b))


YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)(?!\d)")
DRAFT_STAGE = re.compile(
    r"(?i)\b(?:in\s+preparation|draft\s+in\s+progress|data\s+collection|analysis\s+stage"
    r"|target\s+journal|untitled|under\s+contract)\b"
)


def known_venue(rec: Record) -> bool:
    """A venue the knowledge base knows (not "Data collection", a draft's stage)."""
    from cvbib.normalize import venues

    return bool(rec.venue_short or (rec.venue and venues.lookup(rec.venue, fuzzy=False)))


def _cjk(text: str) -> bool:
    """Chinese and Japanese titles have no spaces: four characters make a title."""
    return len(text) >= 4 and all(
        "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" or not c.isalpha() for c in text
    )


def mark_owner(records: list[Record], entries: list[EntryText]) -> list[Record]:
    """The CV owner: the name written in bold across entries (or the most frequent author)."""
    from cvbib.parse.names import person_key, split_names

    bold_names: collections.Counter[str] = collections.Counter()
    for rec, entry in zip_entries(records, entries):
        span = rec.span("authors")
        if not span:
            continue
        for a, b in entry.bold:
            if a >= span.start - 2 and b <= span.end + 2:
                for n in split_names(re.sub(r"[*†]", "", entry.text[a:b]))[0]:
                    bold_names[person_key(n.person)] += 1
    counts = bold_names or collections.Counter(
        person_key(p) for rec in records for p in rec.authors
    )
    if not counts:
        return records
    owner, n = counts.most_common(1)[0]
    if not bold_names and n < max(3, len(records) // 2):
        return records
    out = []
    for rec in records:
        idx = next((i for i, p in enumerate(rec.authors) if person_key(p) == owner), None)
        out.append(rec.replace(owner=idx) if idx is not None else rec)
    return out


def zip_entries(records: list[Record], entries: list[EntryText]) -> list[tuple[Record, EntryText]]:
    by_line = {(e.path, e.line): e for e in entries}
    out = []
    for rec in records:
        src = rec.source
        if src and (src.path, src.line) in by_line:
            out.append((rec, by_line[(src.path, src.line)]))
    return out
