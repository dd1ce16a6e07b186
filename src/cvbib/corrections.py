"""The corrections file: a user's fixes to extracted entries, kept across runs.

A fix is keyed by a fingerprint of the entry's source text (markup, punctuation, case and
whitespace left out), so it survives re-flowing or re-formatting the CV but not a change of
its words. ``cvbib.toml`` next to the CVs (or ``--corrections FILE``) holds one table per
corrected entry::

    [entry.3f9a2c1b7d]
    title = "The right title"          # any Record field: override the parsed value
    authors = ["Liu, Zirui", "Ada Lovelace"]
    not_publication = true             # drop the entry: it is not a publication
    not_duplicate = ["8be1f07a2c"]     # never one work with these entries (true: with none)

``extract``, ``merge``, ``render`` and ``review`` apply it: :func:`apply` for a list of
records, :func:`apart` for the merge grouping.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cvbib.errors import CvbibError
from cvbib.model import BIB_TO_CSL, STATUSES, Person, Record

FILE_NAME = "cvbib.toml"
FINGERPRINT_LENGTH = 10  # hex digits: 40 bits, no collision among a person's few hundred entries

# Record fields a correction may set, by the kind of value the TOML holds.
TEXT_FIELDS = (
    "type", "title", "venue", "venue_short", "publisher", "address", "volume", "number",
    "pages", "edition", "doi", "arxiv", "arxiv_class", "isbn", "url", "status", "key",
)  # fmt: skip
INT_FIELDS = ("year", "month")
PEOPLE_FIELDS = ("authors", "editors")
LIST_FIELDS = ("notes", "extra", "urls")
BOOL_FIELDS = ("workshop", "findings")
MARKS = ("not_publication", "not_duplicate")
FIELDS = TEXT_FIELDS + INT_FIELDS + PEOPLE_FIELDS + LIST_FIELDS + BOOL_FIELDS

# The parser's warnings that a corrected field answers (cvbib.parse.entry._assess).
ANSWERED_BY = {
    "no title found": "title",
    "very short title": "title",
    "no authors found": "authors",
    "odd author list": "authors",
    "no year": "year",
    "no venue": "venue",
}

MARKUP = re.compile(r"<[^>]*>|\\[A-Za-z]+")  # HTML tags, LaTeX commands
WORD = re.compile(r"[^\W_]+")


def fingerprint(text: str) -> str:
    """A short, stable hash of an entry's words: the same across whitespace, markup, case
    and punctuation changes, different when any word changes."""
    text = MARKUP.sub(" ", unicodedata.normalize("NFKC", text)).casefold()
    words = " ".join(WORD.findall(text))
    import hashlib  # here: OpenSSL loads in 7 ms, and most runs have no corrections

    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def record_fingerprint(rec: Record) -> str:
    """A CV entry's fingerprint is its source text's; a library record (no source text) is
    known by its key, title, year and first author."""
    src = rec.source
    if src and src.text:
        return fingerprint(src.text)
    first = rec.authors[0].family if rec.authors else ""
    return fingerprint(f"{rec.key or ''} {rec.title} {rec.year or ''} {first}")


@dataclass(frozen=True)
class Correction:
    """One entry's fixes, as the corrections file gives them."""

    fingerprint: str
    fields: Mapping[str, Any] = field(default_factory=dict)  # converted Record values
    not_publication: bool = False
    not_duplicate: bool | frozenset[str] = False  # True: with no entry; else these
    path: str = ""
    line: int | None = None

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Corrections:
    """Every correction in force, by fingerprint."""

    entries: Mapping[str, Correction] = field(default_factory=dict)
    paths: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, rec: Record) -> Correction | None:
        return self.entries.get(record_fingerprint(rec)) if self.entries else None

    def unused(self, records: Iterable[Record]) -> list[Correction]:
        """Corrections that match no record: the entry's text was changed since."""
        seen = {record_fingerprint(r) for r in records}
        return [c for fp, c in self.entries.items() if fp not in seen]


NO_CORRECTIONS = Corrections()


# -- reading ---------------------------------------------------------------------------
def _header_line(text: str, fp: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*\[\s*entry\s*\.\s*[\"']?{re.escape(fp)}[\"']?\s*\]", re.M)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _people(value: Any) -> tuple[Person, ...]:
    from cvbib.parse.names import person_from_family_given, person_from_given_family

    if isinstance(value, str):
        value = [v for v in re.split(r"\s+and\s+", value) if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError('a list of names, e.g. ["Liu, Zirui", "Ada Lovelace"]')
    out = []
    for name in value:
        family, comma, given = name.partition(",")
        if comma:
            out.append(person_from_family_given(family.strip(), given.strip()))
        else:
            out.append(person_from_given_family(" ".join(name.split())))
    return tuple(out)


def _convert(name: str, value: Any) -> Any:
    """The Record value of a corrected field; ValueError says what was expected."""
    if name in TEXT_FIELDS:
        if not isinstance(value, str):
            raise ValueError("a string")
        if name == "type" and value not in BIB_TO_CSL:
            raise ValueError("one of " + ", ".join(BIB_TO_CSL))
        if name == "status" and value not in STATUSES:
            raise ValueError("one of " + ", ".join(STATUSES))
        return value
    if name in INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("a whole number")
        if name == "month" and not 1 <= value <= 12:
            raise ValueError("a month, 1 to 12")
        return value
    if name in PEOPLE_FIELDS:
        return _people(value)
    if name in LIST_FIELDS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("a list of strings")
        return tuple(value)
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _correction(fp: str, table: Any, path: str, line: int | None) -> Correction:
    if not re.fullmatch(rf"[0-9a-f]{{{FINGERPRINT_LENGTH}}}", fp):
        raise CvbibError(
            f"[entry.{fp}]: not a fingerprint ({FINGERPRINT_LENGTH} hex digits, "
            "as `cvbib review` shows them)",
            path,
            line,
        )
    if not isinstance(table, dict):
        raise CvbibError(f"entry.{fp} must be a table of fields", path, line)
    fields: dict[str, Any] = {}
    not_publication = False
    not_duplicate: bool | frozenset[str] = False
    for name, value in table.items():
        if name == "not_publication":
            if not isinstance(value, bool):
                raise CvbibError(f"entry.{fp}: not_publication must be true or false", path, line)
            not_publication = value
        elif name == "not_duplicate":
            if isinstance(value, bool):
                not_duplicate = value
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                not_duplicate = frozenset(value)
            else:
                raise CvbibError(
                    f"entry.{fp}: not_duplicate must be true or a list of fingerprints",
                    path,
                    line,
                )
        elif name in FIELDS:
            try:
                fields[name] = _convert(name, value)
            except ValueError as exc:
                raise CvbibError(f"entry.{fp}: {name} must be {exc}", path, line) from None
        else:
            raise CvbibError(
                f"entry.{fp}: unknown field {name!r} (fields: {', '.join(FIELDS + MARKS)})",
                path,
                line,
            )
    return Correction(fp, fields, not_publication, not_duplicate, path, line)


def parse_corrections(text: str, path: str = FILE_NAME) -> Corrections:
    """Read a corrections file's text; a problem is a CvbibError naming file and line."""
    if sys.version_info >= (3, 11):  # imported here: most runs have no corrections file
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
        if line is None and "end of document" in str(exc):
            line = max(1, len(text.splitlines()))
        msg = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise CvbibError(f"not valid TOML: {msg}", path, line) from None
    unknown = [k for k in data if k != "entry"]
    if unknown:
        raise CvbibError(
            f"unknown key {unknown[0]!r}: corrections go in [entry.FINGERPRINT] tables", path
        )
    entries = data.get("entry", {})
    if not isinstance(entries, dict):
        raise CvbibError("'entry' must be a table of [entry.FINGERPRINT] tables", path)
    out = {
        fp: _correction(fp, table, path, _header_line(text, fp)) for fp, table in entries.items()
    }
    return Corrections(out, (path,))


def load(path: str) -> Corrections:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CvbibError("corrections file not found", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CvbibError(f"cannot read the corrections file ({exc})", path) from None
    return parse_corrections(text, path)


def find_for(inputs: Sequence[str], explicit: str | None = None) -> Corrections:
    """The corrections for these inputs: ``explicit`` when given, else every ``cvbib.toml``
    in the inputs' folders (the first file to correct an entry wins)."""
    if explicit:
        return load(explicit)
    found: dict[str, Correction] = {}
    paths: list[str] = []
    for folder in dict.fromkeys(Path(p).parent if p != "-" else Path() for p in inputs):
        candidate = folder / FILE_NAME
        if candidate.is_file() and str(candidate) not in paths:
            loaded = load(str(candidate))
            paths.append(str(candidate))
            for fp, c in loaded.entries.items():
                found.setdefault(fp, c)
    return Corrections(found, tuple(paths))


# -- applying --------------------------------------------------------------------------
def correct(rec: Record, corr: Correction) -> Record:
    """The record with the correction's fields set; warnings they answer are dropped."""
    if not corr.fields:
        return rec
    changes = dict(corr.fields)
    if "authors" in changes:
        authors = changes["authors"]
        owner = rec.authors[rec.owner] if rec.owner is not None else None
        changes["owner"] = next(
            (i for i, p in enumerate(authors) if owner and p.family == owner.family), None
        )
        changes["equal_contribution"] = tuple(i for i in rec.equal_contribution if i < len(authors))
    warnings = tuple(
        w
        for w in rec.warnings
        if not any(w.startswith(k) and f in corr.fields for k, f in ANSWERED_BY.items())
    )
    changes["warnings"] = warnings
    if not warnings:
        changes["confidence"] = 1.0  # a person checked it
    return rec.replace(**changes)


def apply(records: Iterable[Record], corrections: Corrections) -> list[Record]:
    """Records with their corrections: fields overridden, "not a publication" dropped."""
    if not corrections:
        return list(records)
    out = []
    for rec in records:
        corr = corrections.get(rec)
        if corr is None:
            out.append(rec)
        elif not corr.not_publication:
            out.append(correct(rec, corr))
    return out


def apart(records: Sequence[Record], corrections: Corrections) -> Callable[[int, int], bool] | None:
    """For the merge grouping: whether records ``i`` and ``j`` were marked "not a duplicate"
    (either side may say it); None when nothing is marked, so grouping pays nothing."""
    if not any(c.not_duplicate for c in corrections.entries.values()):
        return None
    prints = [record_fingerprint(r) for r in records]
    marks = {
        i: c.not_duplicate
        for i, fp in enumerate(prints)
        if (c := corrections.entries.get(fp)) is not None and c.not_duplicate
    }

    def is_apart(i: int, j: int) -> bool:
        for a, b in ((i, j), (j, i)):
            mark = marks.get(a)
            if mark is True or (isinstance(mark, frozenset) and prints[b] in mark):
                return True
        return False

    return is_apart


# -- writing snippets ------------------------------------------------------------------
def toml_string(s: str) -> str:
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _person(p: Person) -> str:
    return f"{p.family}, {p.given}" if p.given else p.family


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Person):
        return toml_string(_person(value))
    if isinstance(value, (tuple, list, frozenset)):
        items = sorted(value) if isinstance(value, frozenset) else value
        return "[" + ", ".join(toml_value(v) for v in items) + "]"
    return toml_string(str(value))


SNIPPET_FIELDS = ("type", "title", "authors", "year", "venue", "volume", "pages", "doi")


def snippet(rec: Record, corr: Correction | None = None, duplicates: Sequence[str] = ()) -> str:
    """The corrections-file table for one entry: what is corrected already as it is set,
    the parsed values commented out, ready to uncomment and edit. ``duplicates``: the
    fingerprints of the records it was grouped with (what "not a duplicate" would name)."""
    fp = record_fingerprint(rec)
    src = rec.source
    lines = [f"[entry.{fp}]"]
    if src:
        text = " ".join(src.text.split())
        lines.append(f"# {src.where()}: {text[:90]}{'…' if len(text) > 90 else ''}")
    done = set(corr.fields) if corr else set()
    if corr:
        lines += [f"{k} = {toml_value(v)}" for k, v in corr.fields.items()]
    for name in SNIPPET_FIELDS:
        value = getattr(rec, name)
        if name not in done and value not in (None, "", ()):
            lines.append(f"# {name} = {toml_value(value)}")
    for mark in MARKS:
        value = getattr(corr, mark) if corr else False
        if value:
            lines.append(f"{mark} = {toml_value(value)}")
        elif mark == "not_duplicate" and duplicates:
            lines.append(f"# {mark} = {toml_value(list(duplicates))}")
        else:
            lines.append(f"# {mark} = true")
    return "\n".join(lines) + "\n"
