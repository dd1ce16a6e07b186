"""Zotero: read a library from ``zotero.sqlite`` safely, and send records to a running Zotero.

Reading never touches the user's database: a running Zotero holds an exclusive lock on it
and direct writes corrupt libraries, so the file (with its ``-wal`` or ``-journal``) is
copied to a temporary directory and the copy is read. If copying fails the file is opened
``immutable`` (read without locks; uncheckpointed changes may be missing).

Item types and fields are looked up by name (``itemTypes.typeName``, ``fields.fieldName``
and their ``...Combined`` tables): their ids differ from one database to the next.
"""

from __future__ import annotations

import http.client
import json
import re
import shutil
import sqlite3
import tempfile
import urllib.error
import urllib.request
import uuid
from collections import defaultdict
from pathlib import Path

from cvbib.errors import CvbibError
from cvbib.model import Person, Record, Source

SQLITE_HEADER = b"SQLite format 3\x00"

# Zotero item types -> BibTeX types; any other type (document, webpage, ...) is misc.
ZOTERO_TO_BIB = {
    "journalArticle": "article",
    "magazineArticle": "article",  # as RIS MGZN and CSL article-magazine read
    "conferencePaper": "inproceedings",
    "bookSection": "incollection",
    "book": "book",
    "thesis": "phdthesis",
    "report": "techreport",
    "preprint": "misc",
    "manuscript": "unpublished",
}
SKIPPED_TYPES = frozenset({"note", "attachment", "annotation"})

# Creator types that make a record's authors (the primary creator of the common types);
# series editors, translators, contributors and book authors are left out.
AUTHOR_TYPES = frozenset({"author", "inventor", "programmer", "presenter", "artist"})
EDITOR_TYPES = frozenset({"editor"})

# Tables every Zotero database since 5.0 has; types and fields may come from either the
# schema tables or the ...Combined ones (which add custom types).
REQUIRED_TABLES = ("items", "itemData", "itemDataValues", "creators", "itemCreators")

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(\d{4})\b")
_EXTRA_LINE = re.compile(r"^\s*([A-Za-z][\w .-]*?)\s*:\s*(.+?)\s*$")
_ARXIV_PREFIX = re.compile(r"^\s*arxiv\s*:\s*", re.I)
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.I)


def is_zotero_db(path: str) -> bool:
    """Whether ``path`` looks like a Zotero library: a ``.sqlite`` file that is SQLite."""
    p = Path(path)
    if p.suffix.lower() != ".sqlite":
        return False
    try:
        with p.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def read_zotero(path: str) -> list[Record]:
    """The regular items of a Zotero library (not trashed, not notes or attachments).

    Raises :class:`CvbibError` when the file is missing, not SQLite, or not a Zotero
    database. The database is never opened for writing.
    """
    _check_header(path)
    with tempfile.TemporaryDirectory(prefix="cvbib-zotero-") as tmp:
        conn = _connect(Path(path), Path(tmp))
        try:
            return _read(conn, path)
        except sqlite3.DatabaseError as exc:
            raise CvbibError(f"cannot read this Zotero database: {exc}", path) from exc
        finally:
            conn.close()  # before the temporary copy is removed (Windows keeps it open)


# ---------------------------------------------------------------------------------------
# opening without touching the original


def _check_header(path: str) -> None:
    p = Path(path)
    if not p.exists():
        raise CvbibError("no such file", path)
    if p.is_dir():
        raise CvbibError("is a directory, not a Zotero database (zotero.sqlite)", path)
    try:
        with p.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise CvbibError(f"cannot read: {exc.strerror or exc}", path) from exc
    if header != SQLITE_HEADER:
        raise CvbibError("not a Zotero database: this is not an SQLite file", path)


def _stamp(paths: list[Path]) -> list[tuple[int, int] | None]:
    out: list[tuple[int, int] | None] = []
    for p in paths:
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return out


def _copy_database(src: Path, tmp: Path) -> Path:
    """Copy the database and its log into ``tmp``; the copy opens to a consistent state.

    The database is copied first and its log after: a transaction writes its log before
    the pages it changes, so the copied log covers any change caught half-way. The -shm
    file is not copied: it is a cache of the -wal index that SQLite rebuilds (and checks
    against the log's checksums) when it is missing, while a stale copy could point into
    a log that has since been restarted. A copy taken while Zotero was writing (sizes or
    times changed meanwhile) is taken again.
    """
    dest = tmp / src.name
    logs = [src.with_name(src.name + suffix) for suffix in ("-wal", "-journal")]
    for _attempt in range(3):
        before = _stamp([src, *logs])
        shutil.copyfile(src, dest)
        for log in logs:
            target = tmp / log.name
            try:
                shutil.copyfile(log, target)
            except FileNotFoundError:  # no log, or Zotero removed it as we looked
                target.unlink(missing_ok=True)
        if _stamp([src, *logs]) == before:
            break
    return dest


def _connect(path: Path, tmp: Path) -> sqlite3.Connection:
    try:
        copy = _copy_database(path, tmp)
    except OSError:
        # No room or no permission for a copy: read the file in place without locks.
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True)
    # The copy is ours: opening it read-write lets SQLite replay the copied -wal/-journal.
    return sqlite3.connect(str(copy))


# ---------------------------------------------------------------------------------------
# reading items


def _names(
    conn: sqlite3.Connection, tables: set[str], base: str, id_col: str, name_col: str
) -> dict[int, str]:
    """id -> name from a schema table and its ...Combined twin (custom types win)."""
    out: dict[int, str] = {}
    for table in (base, base + "Combined"):
        if table in tables:
            for id_, name in conn.execute(f"SELECT {id_col}, {name_col} FROM {table}"):
                out[id_] = str(name)
    return out


def _ids(conn: sqlite3.Connection, sql: str) -> set[int]:
    try:
        return {row[0] for row in conn.execute(sql)}
    except sqlite3.OperationalError:  # an older schema without that table or column
        return set()


def _read(conn: sqlite3.Connection, path: str) -> list[Record]:
    tables = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        )
    }
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if "itemTypes" not in tables and "itemTypesCombined" not in tables:
        missing.append("itemTypes")
    if "fields" not in tables and "fieldsCombined" not in tables:
        missing.append("fields")
    if missing:
        raise CvbibError(
            f"not a Zotero database (no {', '.join(missing)} table"
            f"{'s' if len(missing) > 1 else ''}; is this zotero.sqlite?)",
            path,
        )
    item_types = _names(conn, tables, "itemTypes", "itemTypeID", "typeName")
    fields = _names(conn, tables, "fields", "fieldID", "fieldName")
    creator_types = (
        _names(conn, tables, "creatorTypes", "creatorTypeID", "creatorType")
        if "creatorTypes" in tables
        else {}
    )
    skip = _ids(conn, "SELECT itemID FROM deletedItems")  # the trash
    # Feed items live in the items table too, in libraries of type 'feed'.
    feeds = _ids(conn, "SELECT libraryID FROM libraries WHERE type = 'feed'")

    data: dict[int, dict[str, str]] = defaultdict(dict)
    for item_id, field_id, value in conn.execute(
        "SELECT d.itemID, d.fieldID, v.value FROM itemData d "
        "JOIN itemDataValues v ON v.valueID = d.valueID"
    ):
        name = fields.get(field_id)
        if name and value is not None and str(value).strip():
            data[item_id][name] = str(value).strip()  # numbers may be stored as integers

    people: dict[int, list[tuple[str, Person]]] = defaultdict(list)
    for item_id, type_id, first, last, mode in conn.execute(
        "SELECT ic.itemID, ic.creatorTypeID, c.firstName, c.lastName, c.fieldMode "
        "FROM itemCreators ic JOIN creators c ON c.creatorID = ic.creatorID "
        "ORDER BY ic.itemID, ic.orderIndex"
    ):
        person = _person(first, last, mode)
        if person:
            people[item_id].append((creator_types.get(type_id, "author"), person))

    records = []
    for item_id, type_id, key, library_id in conn.execute(
        "SELECT itemID, itemTypeID, key, libraryID FROM items ORDER BY itemID"
    ):
        item_type = item_types.get(type_id, "")
        if item_id in skip or library_id in feeds or item_type in SKIPPED_TYPES:
            continue
        records.append(
            _record(item_type, data.get(item_id, {}), people.get(item_id, []), str(key), path)
        )
    return records


def _person(first: object, last: object, mode: object) -> Person | None:
    first_s, last_s = str(first or "").strip(), str(last or "").strip()
    if mode == 1:  # a single-field name (an organisation), kept in lastName
        return Person(family=last_s or first_s) if (last_s or first_s) else None
    if not last_s:
        return Person(family=first_s) if first_s else None
    return Person(family=last_s, given=first_s)


def _date(value: str | None) -> tuple[int | None, int | None]:
    """'2023-07-00 July 2023' -> (2023, 7): Zotero keeps a sortable y-m-d first."""
    if not value:
        return None, None
    m = _DATE.match(value)
    if m and m.group(1) != "0000":
        month = int(m.group(2))
        return int(m.group(1)), month if 1 <= month <= 12 else None
    m = _YEAR.search(value[10:] if _DATE.match(value) else value)
    return (int(m.group(1)), None) if m else (None, None)


def _extra(text: str | None) -> tuple[dict[str, str], tuple[str, ...]]:
    """Known 'Name: value' lines of the Extra field, and the other lines as remarks."""
    known: dict[str, str] = {}
    rest: list[str] = []
    for line in (text or "").splitlines():
        m = _EXTRA_LINE.match(line)
        name = m.group(1).lower().replace(" ", "").replace("-", "") if m else ""
        if m and name in ("citationkey", "arxiv", "doi") and name not in known:
            known[name] = m.group(2)
        elif line.strip():
            rest.append(line.strip())
    return known, tuple(rest)


def _arxiv(f: dict[str, str], extra: dict[str, str], doi: str | None) -> str | None:
    archive_id = f.get("archiveID", "")
    if _ARXIV_PREFIX.match(archive_id):
        return _ARXIV_PREFIX.sub("", archive_id).strip() or None
    if extra.get("arxiv"):
        # "arXiv: 2401.01234 [cs.LG]": the id, without the class Zotero appends
        return extra["arxiv"].split()[0]
    m = _ARXIV_DOI.match(doi or "")
    return m.group(1) if m else None


def _record(
    item_type: str, f: dict[str, str], people: list[tuple[str, Person]], key: str, path: str
) -> Record:
    rtype = ZOTERO_TO_BIB.get(item_type, "misc")
    if rtype == "phdthesis" and "master" in f.get("thesisType", "").lower():
        rtype = "mastersthesis"
    extra, remarks = _extra(f.get("extra"))
    publisher = f.get("publisher")
    # The type-specific name of each base field (proceedingsTitle for publicationTitle,
    # university for publisher, ...): whichever the item has.
    if rtype == "inproceedings":
        venue = f.get("proceedingsTitle") or f.get("conferenceName") or f.get("publicationTitle")
    elif rtype == "incollection":
        venue = f.get("bookTitle") or f.get("publicationTitle")
    elif rtype in ("phdthesis", "mastersthesis"):
        venue, publisher = f.get("university") or publisher, None
    elif rtype == "techreport":
        venue, publisher = f.get("institution") or publisher, None
    elif rtype == "book":
        venue, publisher = publisher, None  # as the BibTeX and CSL readers keep a book's
    else:
        venue = (
            f.get("publicationTitle")
            or f.get("repository")
            or f.get("websiteTitle")
            or f.get("blogTitle")
        )
    doi = f.get("DOI") or extra.get("doi")
    arxiv = _arxiv(f, extra, doi)
    status = "published"
    if item_type == "preprint" or (rtype == "misc" and arxiv):
        status = "preprint"
    if rtype == "misc" and arxiv:
        venue = venue or "arXiv"
    year, month = _date(f.get("date"))
    pages = f.get("pages")
    if pages:
        pages = re.sub(r"\s*(?:--|[-–—])\s*", "--", pages, count=1)
    url = f.get("url")
    return Record(
        type=rtype,
        key=f.get("citationKey") or extra.get("citationkey") or key,
        title=f.get("title", ""),
        authors=tuple(p for kind, p in people if kind in AUTHOR_TYPES),
        editors=tuple(p for kind, p in people if kind in EDITOR_TYPES),
        year=year,
        month=month,
        venue=venue,
        venue_short=f.get("journalAbbreviation"),
        publisher=publisher,
        address=f.get("place"),
        volume=f.get("volume"),
        number=f.get("issue") or f.get("reportNumber"),
        pages=pages,
        edition=f.get("edition"),
        doi=doi,
        arxiv=arxiv,
        isbn=f.get("ISBN"),
        url=url,
        urls=(url,) if url else (),
        extra=remarks,
        status=status,
        sources=(Source(path=path, key=key),),
    )


# ---------------------------------------------------------------------------------------
# sending records to a running Zotero


def _open(request: urllib.request.Request, timeout: float) -> tuple[int, bytes]:
    # No proxies: the connector listens on the loopback only, and a proxy from the
    # environment would answer for it (or refuse).
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def push_to_zotero(
    records: list[Record], *, host: str = "127.0.0.1", port: int = 23119, timeout: float = 5
) -> int:
    """Import ``records`` into the library selected in a running Zotero; how many it made.

    Uses the connector server Zotero desktop runs (``/connector/ping``, then
    ``/connector/import`` with BibLaTeX, whose ``eprinttype = {arxiv}`` Zotero keeps).
    Zotero checks nothing for duplicates: send only new records.
    """
    from cvbib.formats import write

    if not records:
        return 0
    base = f"http://{host}:{port}/connector"
    headers = {"Zotero-Allowed-Request": "1"}  # marks a non-browser client
    try:
        status, _ = _open(urllib.request.Request(f"{base}/ping", headers=headers), timeout)
    except (OSError, http.client.HTTPException) as exc:
        raise CvbibError(f"Zotero is not running (no answer on {host}:{port})") from exc
    if status != 200:
        raise CvbibError(f"Zotero is not running (no answer on {host}:{port}; got HTTP {status})")
    body = write(records, "biblatex").encode("utf-8")
    request = urllib.request.Request(
        # a fresh session id: Zotero refuses (409) an import into a session it knows
        f"{base}/import?session={uuid.uuid4().hex}",
        data=body,
        method="POST",
        headers={**headers, "Content-Type": "text/plain; charset=utf-8"},
    )
    try:
        # Importing runs Zotero's translator over every entry: far slower than a ping.
        status, answer = _open(request, max(timeout, 120))
    except (OSError, http.client.HTTPException) as exc:
        raise CvbibError(f"Zotero did not finish the import ({exc})") from exc
    if status == 400:
        raise CvbibError("Zotero could not read the records sent to it (HTTP 400)")
    if status == 500:
        raise CvbibError("Zotero refused the import: is the selected library read-only? (HTTP 500)")
    if status not in (200, 201):
        raise CvbibError(f"Zotero refused the import (HTTP {status})")
    try:
        created = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return len(records)  # imported, but the answer does not list the items
    return len(created) if isinstance(created, list) else len(records)
