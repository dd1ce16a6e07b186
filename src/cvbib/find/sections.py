"""Find headings and tell publication sections from everything else.

Markup headings (Markdown ``#``, HTML ``<h2>``, LaTeX ``\\section``) are headings by
construction; in plain text a short line is a heading when it is ALL CAPS or made of
heading words. Headings are classified with the vocabulary in ``data/sections.json``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from cvbib.data import load_json
from cvbib.find.remarks import record_fields_remark
from cvbib.parse import patterns as P
from cvbib.read.document import Document, Line

Kind = Literal["publication", "other", "neutral"]


@dataclass(frozen=True)
class Vocabulary:
    publication: frozenset[str]
    other: frozenset[str]
    weak_other: frozenset[str]
    subject_other: frozenset[str]
    qualifier: frozenset[str]
    neutral: frozenset[str]
    type_hints: dict[str, str]
    unfinished: frozenset[str]
    status: frozenset[str]
    generic_publication: frozenset[str]
    other_phrases: re.Pattern[str]
    publication_phrases: re.Pattern[str]
    presented: frozenset[str]
    hint_phrases: dict[str, str]
    other_headings: frozenset[str]
    cjk_publication: dict[str, str | None]
    cjk_other: tuple[str, ...]
    cjk_other_first: tuple[str, ...]
    supervision: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    d = load_json("sections.json")
    return Vocabulary(
        publication=frozenset(d["publication"]),
        other=frozenset(d["other"]),
        weak_other=frozenset(d["weak_other"]),
        subject_other=frozenset(d["subject_other"]),
        qualifier=frozenset(d["qualifier"]),
        neutral=frozenset(d["neutral"]),
        type_hints=dict(d["type_hints"]),
        unfinished=frozenset(d["unfinished"]),
        status=frozenset(d["status"]),
        generic_publication=frozenset(d["generic_publication"]),
        other_phrases=re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in d["other_phrases"]) + r")\b", re.I
        ),
        publication_phrases=re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in d["publication_phrases"]) + r")\b", re.I
        ),
        presented=frozenset(d["presented"]),
        hint_phrases=dict(d["hint_phrases"]),
        other_headings=frozenset(d["other_headings"]),
        # longest first: "学位論文" before "論文"
        cjk_publication=dict(sorted(d["cjk_publication"].items(), key=lambda kv: -len(kv[0]))),
        cjk_other=tuple(d["cjk_other"]),
        cjk_other_first=tuple(d["cjk_other_first"]),
        supervision=frozenset(d["supervision"]),
    )


def heading_words(text: str) -> list[str]:
    s = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text.lower())
    s = s.replace("’", "'")
    words = re.findall(r"[^\W\d_][\w.'\-]*|&", s)  # any script: "Veröffentlichungen"
    return [w.strip(".'-") for w in words if w.strip(".'-")]


CV_TITLE = re.compile(r"(?i)curriculum\s+vitae|\bcv\b|r[ée]sum[ée]|履歴書|简历")
CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _classify_cjk(text: str) -> tuple[Kind, float, str | None] | None:
    """'論文 (Journal Papers)', '国際会議', '学位論文', '招待講演': by the runs of characters
    a Chinese or Japanese heading contains (its words have no spaces between them)."""
    vocab = vocabulary()
    core = re.sub(r"\([^)]*\)|（[^）]*）|\[[^\]]*\]", " ", text)
    if not CJK_CHARS.search(core) or CV_TITLE.search(text):
        return None  # "中村 悠真 — 研究業績 / Curriculum Vitae": the document's title
    if any(run in core for run in vocab.cjk_other_first):
        return "other", 1.0, None  # "软件著作权": software copyright, though "著作" is a book
    for run, hint in vocab.cjk_publication.items():
        if run in core:
            return "publication", 1.0, hint
    if any(run in core for run in vocab.cjk_other):
        return "other", 1.0, None
    return None


CCV_COUNT = re.compile(r"\[n=\d+\]\s*$")
ROLE_REMARK = re.compile(
    r"\((?i:chair|co-?chair|chaired|supervisor|co-?supervisor|supervised|advisor|adviser"
    r"|committee\s+member|director|directed)\)"
)


def classify(text: str) -> tuple[Kind, float, str | None]:
    """(kind, share of known heading words, type hint) for a heading text."""
    if CV_TITLE.search(text) and re.search(r"(?i)\b(?:and|&|with)\b", text):
        # "CURRICULUM VITAE AND LIST OF PUBLICATIONS": the document's title, over all of it
        return "neutral", 1.0, None
    if ROLE_REMARK.search(text):
        # "Master's Theses (Chair)": the students' theses the owner directed
        return "other", 1.0, None
    whole = _classify_translated(text, _classify(text))
    halves = text.split(" / ")
    if (
        whole[1] >= 0.75
        or len(halves) != 2
        or not all(h.strip() for h in halves)
        or CV_TITLE.search(text)  # "中村 悠真 — 研究業績 / Curriculum Vitae": the document's title
    ):
        return whole
    # "Rapporter / Reports": a heading in two languages is read in the one we know
    best = max((_classify(h) for h in halves), key=lambda c: (c[0] != "neutral", c[1]))
    return best if best[0] != "neutral" and best[1] > whole[1] else whole


def _classify_translated(
    text: str, whole: tuple[Kind, float, str | None]
) -> tuple[Kind, float, str | None]:
    """'Lektorált folyóiratcikkek (Peer-reviewed journal articles)': a heading in a language
    the vocabulary lacks, translated in brackets, is read in its translation."""
    if whole[0] != "neutral" and whole[1] >= 0.75:
        return whole
    for inner in re.findall(r"\(([^()]{3,80})\)", text):
        translated = _classify(inner)
        if translated[0] != "neutral" and translated[1] >= 0.75:
            return translated
    return whole


# what "Abstracts ... Presented at Professional Meetings" may also name (Harvard's CV format)
PRESENTED_WITH = frozenset({"presented", "poster", "posters", "presentations", "exhibits"})


def _classify(text: str) -> tuple[Kind, float, str | None]:
    vocab = vocabulary()
    cjk = _classify_cjk(text) if CJK_CHARS.search(text) else None
    if cjk:
        return cjk
    words = heading_words(text)
    if not words:
        return "neutral", 0.0, None
    # "Press", "Selected Press", "In the Press": media coverage ("In Press" holds papers)
    if " ".join(w for w in words if w not in ("selected", "recent")) in vocab.other_headings:
        return "other", 1.0, None
    if vocab.other_phrases.search(text):
        return "other", 1.0, None  # "Reviews of My Work": about the owner's work
    phrase = vocab.publication_phrases.search(text)
    if phrase:
        # "Teaching Cases and Other Publications" (not "Teaching Cases and Talks")
        kind, share, hint = classify(text[: phrase.start()] + " " + text[phrase.end() :])
        hint = vocab.hint_phrases.get(phrase.group(0).lower(), hint)  # "Job Market Paper"
        return ("other", share, None) if kind == "other" else ("publication", 1.0, hint)
    if any(w in vocab.unfinished for w in words) and all(
        w in vocab.unfinished or w in vocab.neutral for w in words
    ):
        return "publication", 1.0, "misc"  # "In Preparation": drafts (see ``unfinished``)
    known = vocab.publication | vocab.other | vocab.neutral
    # ("NASA Technical Reports": the words of a known phrase are known)
    phrased = {w for p in vocab.hint_phrases if p in " ".join(words) for w in p.split()}
    share = sum(1 for w in words if w in known or w in phrased) / len(words)
    pub = [w for w in words if w in vocab.publication]
    other = [w for w in words if w in vocab.other]
    hints = [vocab.type_hints[w] for w in words if w in vocab.type_hints]
    hint = None
    if hints:
        distinct = set(hints)
        if len(distinct) == 1:
            hint = hints[0]
        elif distinct == {"book", "incollection"}:
            hint = "incollection"
        elif distinct == {"techreport", "misc"}:
            hint = "techreport"  # "Reports and Working Papers": numbered series of both
        elif "misc" in distinct:
            hint = "misc"
    lowered = " ".join(words)
    hint = next((h for p, h in vocab.hint_phrases.items() if p in lowered), hint)
    strong = [w for w in pub if w not in vocab.qualifier]
    if set(strong) == {"abstracts"} and "presented" in other and set(other) <= PRESENTED_WITH:
        # "Abstracts Presented at Meetings" (the Harvard CV's section): published abstracts
        return "publication", share, hint
    # ("Publications and Presentations", "Teaching Publications": publications)
    losing = vocab.weak_other | vocab.subject_other
    if other and not (strong and all(w in losing for w in other)):
        return "other", share, None
    if other and set(strong) == {"abstracts"} and len(strong) < len(pub):
        # "Conference Abstracts and Presentations": what was presented at meetings (a
        # medical CV's "Abstracts and Presentations" holds published abstracts too)
        return "other", share, None
    if pub:
        return "publication", share, hint
    return "neutral", share, None


def unfinished(heading: str) -> bool:
    """'Manuscripts in Preparation', 'Works in Progress': a section of work not yet out
    (not 'Working Papers and Work in Progress', which names a kind of publication)."""
    vocab = vocabulary()
    words = heading_words(heading)
    return any(w in vocab.unfinished for w in words) and all(
        w in vocab.generic_publication for w in words if w in vocab.publication
    )


def names_other(heading: str) -> bool:
    """Does the heading name something to skip, weakly ("Paper Presentations")?"""
    vocab = vocabulary()
    # ("Selected Publications" names nothing to skip: "selected" only qualifies)
    return any(
        w in vocab.other or (w in vocab.weak_other and w not in vocab.neutral)
        for w in heading_words(heading)
    )


def presentations_only(heading: str) -> bool:
    """'Posters & Talks', 'Invited Presentations': only what was presented at meetings (an
    entry there may still cite its published version)."""
    if PRESENTED_ABSTRACTS.search(heading):
        return True  # "Abstracts of Presentations at Scientific Meetings", "Papers Read at ..."
    vocab = vocabulary()
    words = heading_words(heading)
    allowed = vocab.presented | vocab.weak_other | vocab.neutral | vocab.qualifier
    return any(w in vocab.presented for w in words) and all(w in allowed for w in words)


PRESENTED_ABSTRACTS = re.compile(
    r"(?i)\babstracts?\s+of\s+(?:presentations|papers\s+presented)\b"
    r"|\bpapers\s+(?:read|presented)\s+at\b"  # "Papers Read at Professional Meetings"
)


def heading_stage(heading: str) -> str | None:
    """'Forthcoming', 'In Press': the stage of every entry under a heading that names only
    a stage ('Under Review' and 'Submitted' are left to each entry), or None."""
    if not status_only(heading):
        return None
    stage = P.status_of(heading)
    return stage if stage == "forthcoming" else None


def status_only(heading: str) -> bool:
    """'Under Review', 'Submitted': a stage, not a kind of work (grants have stages too)."""
    vocab = vocabulary()
    pub = [w for w in heading_words(heading) if w in vocab.publication]
    return bool(pub) and all(w in vocab.status for w in pub)


def qualifier_only(heading: str) -> bool:
    """'Refereed', 'International': a heading that only qualifies the section it is in
    (not 'Peer-Reviewed Original Research', which names its own)."""
    vocab = vocabulary()
    words = heading_words(heading)
    return any(w in vocab.qualifier for w in words) and all(
        w in vocab.qualifier or w in vocab.neutral for w in words
    )


def _names_publications(text: str) -> bool:
    kind, share, _ = classify(text)
    return kind == "publication" and share >= 0.9


def is_heading(line: Line, prev: Line | None, nxt: Line | None) -> bool:
    if line.kind == "heading":
        return True
    if line.kind == "item":
        return _numbered_heading(line, prev, nxt)
    if line.kind != "text" or line.soft:  # a line after a <br> continues its block
        return False
    if prev is not None and prev.kind in ("text", "item") and 0 < line.indent >= prev.indent:
        return False  # "R17. Lindqvist, ... ApJ, in" / "     press (arXiv:...)": it goes on
    text = line.text.strip()
    if re.match(r"[^\W\d][\w ]{1,30}:[^\W\d]", text):
        return False  # "Tipo de producto:Producción bibliográfica - ...": a field, and its value
    if record_fields_remark(text):
        return False  # "Status: Accepted/In Press. Refereed: Yes.": about the entry above
    if re.search(r"\d\s*\(\d+\)\s*[:,]|\d\s*[-–]\s*\d", text):
        return False  # "VLDB J. 31(4): 755-780 (2022)": volume, issue and pages
    # "Peer-Reviewed Articles (independent career begins with No. 13)": a remark in
    # parentheses does not count towards a heading's length or words
    core = re.sub(r"\([^)]*\)", "", text).strip()
    # "B. Book Chapters", "II. Publications": an outline's letter or numeral before it
    # ("8. KEYNOTE AND INVITED ADDRESSES" after item 26: a report's section, out of the run)
    core = re.sub(r"^(?:[A-H]|[IVX]{1,4}|\d{1,2})[.)]\s+(?=[A-Z])", "", core)
    # ("Preprinty a rukopisy v recenzním řízení / Preprints and manuscripts under review":
    # a heading in two languages, each half as long as a heading may be)
    halves = core.split(" / ") if core.count(" / ") == 1 else [core]
    longest = max(halves, key=len)
    # (a dash between a heading's parts is no word: "Producción bibliográfica - Capítulo de
    # libro - Otro capítulo de libro publicado", CvLAC's kind of each entry)
    # ... and a path of kinds, CvLAC's and Lattes' "Producción técnica - Consultoría ... -
    # Servicios de proyectos de IDI", is as long as its first part
    head = longest.split(" - ")[0] if longest.count(" - ") >= 2 else longest
    words = [w for w in head.split() if re.search(r"\w", w)]
    if not core or len(text) > 160:
        return False
    if (len(head) > 80 or len(words) > 10) and not (
        # a long heading all of whose words name publications: Turkish YÖKSİS's "B.
        # Uluslararası bilimsel toplantılarda sunulan ve bildiri kitaplarında basılan bildiriler"
        len(head) <= 110 and len(words) <= 13 and _names_publications(core)
    ):
        return False
    if text.endswith((".", ",", ";")) and not text.endswith("etc."):
        return False
    if re.search(r"\s(?:and|or|of|the|in|to|for|with|a|an|by|on)$", text):
        return False  # "... in peer-reviewed journals, edited collections and": a wrapped line
    if (line.links and P.LINK_WORDS.match(text)) or P.DOI.search(text) or "://" in text:
        return False  # "PDF", "DOI: 10.1017/S135...": a link or an identifier of an entry
    if text.count(")") > text.count("(") or text.count("]") > text.count("["):
        return False  # "Paper Award Finalist)": the wrapped end of an entry's note
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", core):
        return False  # "Talk, 2021": an entry, not a heading
    kind, share, _ = classify(core)
    if core.count(",") > 1 and not (kind != "neutral" and share >= 0.8 and _title_cased(core)):
        return False  # names and places, unless it reads "Articles, Data, and Other Products"
    letters = re.sub(r"[^A-Za-z]", "", core)  # ("GRANTS (total as PI: $3.2 million)")
    all_caps = len(letters) >= 3 and letters.isupper()
    fully_bold = bool(line.bold) and sum(b - a for a, b in line.bold) >= len(text.strip(" :*")) - 1
    if kind != "neutral" and share >= 0.75:
        return True
    # a line standing alone between blank lines that names publications, qualified: "Research
    # articles – independent career"
    alone = all(n is None or n.kind == "blank" for n in (prev, nxt))
    # (more than a title's one word: "Another Paper on Graph Learning" is a paper's title)
    if alone and kind == "publication" and share >= 0.5 and len(core.split()) <= 8:
        return True
    # ... or a short one naming other things: "Poster de conférence", "Invited Seminars"
    if alone and kind == "other" and share >= 0.6 and len(core.split()) <= 4 and core[0].isupper():
        return True
    # a line in capitals inside a block of text is a name ("PANGAEA"), unless its words
    # name a section ("PUBLICATIONS" between two lines of a PDF copy)
    inside = kind == "neutral" and all(
        n is not None and n.kind == "text" and n.text.strip() for n in (prev, nxt)
    )
    # ("OSLOMET UiO" right under a Cristin reference: the institutions' codes, no heading)
    after_text = kind == "neutral" and prev is not None and prev.kind in ("text", "item")
    if (
        all_caps
        and len(text.split()) <= 8
        and not re.search(r"[,;]", text)
        and not inside
        and not after_text
    ):
        return True
    return fully_bold and kind != "neutral" and share >= 0.5


def _title_cased(text: str) -> bool:
    """Every word capitalised but the small ones: "Non-Refereed Articles, Data, and Other"."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    small = {"and", "or", "of", "the", "in", "on", "for", "to", "with", "a", "an"}
    return bool(words) and all(w[0].isupper() or w in small for w in words)


def _all_caps(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"\([^)]*\)", "", text))
    return len(letters) >= 3 and letters.isupper()


def _outline_number(line: Line) -> int | None:
    """The number of an item numbered "N." (an outline's section, or an entry)."""
    m = re.fullmatch(r"(\d{1,2})\.", line.marker) if line.kind == "item" else None
    return int(m.group(1)) if m else None


def _outline_heading(line: Line) -> bool:
    """Short enough, and without a year, numbers or a final stop, to be a section's title."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", line.text.strip())
    return 0 < len(core.split()) <= 12 and not re.search(r"[.,;:]$|\d", core)


def _numbered_heading(line: Line, prev: Line | None, nxt: Line | None) -> bool:
    """A report's numbered section on a line of its own: "2. Publications 2023",
    "4. PhD completions" (a numbered entry goes on, or has a year and more words)."""
    # ("(c) Products": an outline's letter, as NSF's biosketch numbers its sections)
    if not re.fullmatch(r"\d{1,2}\.|[IVX]{1,4}\.|\([ivx]{1,4}\)|\(?[a-z][.)]", line.marker):
        return False
    text = re.sub(r"\s*\b(?:19|20)\d\d\s*$", "", line.text.strip())  # "Publications 2023"
    # ("3. PUBLICAÇÕES" in capitals may have its remark on the line below, and so may a
    # heading in a script without capitals: "4. ผลงานวิชาการ (Academic Publications)")
    caseless = not re.search(r"[A-Za-z]", re.sub(r"\([^()]*\)", "", text))
    # ("13. PAPERS READ AT CONFERENCES (last five years)": a remark in parentheses, which
    # counts for the kind, not the length: "(sem publicação em atas)")
    core = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    if not core or re.search(r"[.,;:]$|\d", core):
        return False
    kind, share, _ = classify(text)
    # a PDF's text has no blank lines: "1. Publications in major international peer-reviewed
    # journals (as main author)" between lines of prose and "[1] ..." is still a heading when
    # every word of it names publications
    sure = kind != "neutral" and share >= 0.9 and len(core.split()) <= 10
    if not sure and (
        (prev is not None and prev.kind != "blank")
        or (nxt is not None and nxt.kind != "blank" and not (_all_caps(text) or caseless))
    ):
        return False
    if len(core.split()) > (10 if sure else 5):
        return False
    return kind != "neutral" and share >= 0.75


@dataclass
class Section:
    heading: str
    lineno: int
    kind: Kind
    hint: str | None = None
    lines: list[Line] = field(default_factory=list)
    # a heading of unknown words that ended a publication section ("CASE STUDIES",
    # "FIELD CAMPAIGNS"): only what surely reads as references is taken from it
    after_publication: bool = False


def _entry_title(lines: list[Line], i: int) -> bool:
    """Is the heading at ``i`` the title of an entry written as labelled lines below it?"""
    nxt = next((ln for ln in lines[i + 1 : i + 4] if ln.kind != "blank"), None)
    return nxt is not None and nxt.kind == "text" and bool(P.FIELD_LABEL.match(nxt.text))


def _wrapped_heading(line: Line, nxt: Line | None) -> Line | None:
    """A text line whose bracketed remark the next line closes, joined with it."""
    if (
        nxt is None
        or line.kind != "text"
        or nxt.kind != "text"
        or line.text.count("(") <= line.text.count(")")
        or nxt.text.count(")") <= nxt.text.count("(")
        or len(nxt.text) > 80
    ):
        return None
    return dataclasses.replace(line, text=f"{line.text.rstrip()} {nxt.text.strip()}")


def supervision(heading: str) -> bool:
    """Does a heading name the students the owner supervised ("Encadrement", "Student
    Supervision")?"""
    return bool(set(heading_words(heading)) & vocabulary().supervision)


def split_sections(doc: Document) -> list[Section]:
    """The document as consecutive sections; text before the first heading is neutral."""
    sections = [Section(heading="", lineno=0, kind="neutral")]
    lines = doc.lines
    # A neutral sub-heading inherits the kind of the section it sits in.
    current: Kind = "neutral"
    current_hint: str | None = None
    current_level = 0
    current_heading = ""
    current_caps = False  # the heading that opened the current section is in capitals
    caps_level: int | None = None  # the level of the CV's headings in capitals ("PUBLICATIONS")
    publications: tuple[int, str | None] | None = None  # the open publication heading
    outline = -1  # the number of the last numbered heading ("3. Granted patents")
    skip = False
    for i, line in enumerate(lines):
        if skip:  # the second line of a heading wrapped in its remark
            skip = False
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        wrapped = _wrapped_heading(line, nxt)
        if wrapped is not None and is_heading(
            wrapped, prev, lines[i + 2] if i + 2 < len(lines) else None
        ):
            # "Non-refereed Publications (conference proceedings, research notes," /
            # "ATels and GCN circulars; selected)": one heading on two lines
            line, skip = wrapped, True
        if (
            publications is not None
            and line.kind == "heading"
            and (line.level or 1) > publications[0]
            and _entry_title(lines, i)
        ):
            # "### [Paper title](url)" over "Published in ..." lines: an entry, whatever
            # its words ("news", "expert") would make of it as a heading
            sections.append(Section(line.text, line.lineno, "publication", hint=publications[1]))
            continue
        numbered = _outline_number(line)
        if numbered is not None and numbered == outline + 1 and _outline_heading(line):
            # "5. Major contributions to the early careers of excellent researchers" after
            # "4. Invited presentations": the next section of a numbered outline, whatever
            # its words
            line = replace(line, kind="heading")
        if is_heading(line, prev, nxt):
            if numbered is not None:
                outline = numbered
            kind, _, hint = classify(line.text)
            level = line.level or 1
            caps = _all_caps(line.text)
            if (
                kind == "publication"
                and current == "other"
                and (
                    # a Canadian Common CV's count, "Master's Thesis [n=5]" under "Student
                    # Supervision" and "Under Review [n=1]" under "Funding": a kind of what
                    # the section lists
                    CCV_COUNT.search(line.text)
                    or (
                        (status_only(line.text) or names_other(line.text))
                        and (level > current_level or (current_caps and not caps))
                    )
                    # "Presentations" / "Invited" / "Refereed (selected)": refereed talks
                    or qualifier_only(line.text)
                    # "Encadrement" / "Thèses soutenues": the theses of the students
                    or (
                        hint in ("phdthesis", "mastersthesis")
                        and level > current_level
                        and supervision(current_heading)
                    )
                )
            ):
                # "GRANTS" / "Under Review": the grants under review; "CONFERENCE
                # PRESENTATIONS" / "Symposia and Paper Presentations": talks
                kind, hint = "other", None
                sections.append(Section(line.text, line.lineno, kind))
                continue
            if kind == "neutral":
                if current != "neutral" and caps and caps_level is not None and level <= caps_level:
                    # "FIELD CAMPAIGNS" after "CONFERENCE ABSTRACTS": a heading written as
                    # the section headings are is one of them, not a part of the last one
                    after = current == "publication"
                    current, current_hint, current_level = "neutral", None, level
                    publications = None
                    sections.append(Section(line.text, line.lineno, "neutral", None, [], after))
                    continue
                elif current != "neutral" and (level > current_level or line.kind != "heading"):
                    kind, hint = current, current_hint
                elif publications is not None and level > publications[0]:
                    # "Other Writing" beside "Book Chapters", both under "Publications"
                    kind, hint = "publication", None
                    current, current_hint, current_level = kind, hint, level
                elif line.kind == "heading" and level <= current_level:
                    # a new top-level neutral heading ("# Jane Doe") ends the section
                    current, current_hint, current_level = "neutral", None, level
            else:
                current, current_hint, current_level = kind, hint or None, level
                current_heading = line.text
                current_caps = caps
                if caps and caps_level is None:
                    caps_level = level
            if kind == "publication" and (publications is None or level <= publications[0]):
                publications = (level, hint)
            elif publications is not None and level <= publications[0]:
                publications = None
                if kind == "publication" and hint is None and sections[-1].kind == "publication":
                    pass
            if kind == "publication" and hint is None:
                hint = None
            sections.append(Section(heading=line.text, lineno=line.lineno, kind=kind, hint=hint))
            continue
        sections[-1].lines.append(line)
    return [s for s in sections if s.lines or s.heading]
