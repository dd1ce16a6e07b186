"""Reading zotero.sqlite (a real SQLite file in Zotero's layout) and pushing to Zotero."""

from __future__ import annotations

import hashlib
import http.server
import json
import random
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import cvbib.zotero as zotero
from cvbib.errors import CvbibError
from cvbib.inputs import read_input
from cvbib.model import Person, Record, Source
from cvbib.zotero import is_zotero_db, push_to_zotero, read_zotero

# Zotero's userdata tables, with the columns Zotero 7 has (constraints trimmed).
SCHEMA = """
CREATE TABLE version (schema TEXT PRIMARY KEY, version INT NOT NULL);
CREATE TABLE itemTypes (itemTypeID INTEGER PRIMARY KEY, typeName TEXT,
    templateItemTypeID INT, display INT DEFAULT 1);
CREATE TABLE itemTypesCombined (itemTypeID INT NOT NULL, typeName TEXT NOT NULL,
    display INT DEFAULT 1 NOT NULL, custom INT NOT NULL, PRIMARY KEY (itemTypeID));
CREATE TABLE fields (fieldID INTEGER PRIMARY KEY, fieldName TEXT, fieldFormatID INT);
CREATE TABLE fieldsCombined (fieldID INT NOT NULL, fieldName TEXT NOT NULL, label TEXT,
    fieldFormatID INT, custom INT NOT NULL, PRIMARY KEY (fieldID));
CREATE TABLE creatorTypes (creatorTypeID INTEGER PRIMARY KEY, creatorType TEXT);
CREATE TABLE libraries (libraryID INTEGER PRIMARY KEY, type TEXT NOT NULL,
    editable INT NOT NULL, filesEditable INT NOT NULL, version INT NOT NULL DEFAULT 0,
    storageVersion INT NOT NULL DEFAULT 0, lastSync INT NOT NULL DEFAULT 0,
    archived INT NOT NULL DEFAULT 0);
CREATE TABLE items (itemID INTEGER PRIMARY KEY, itemTypeID INT NOT NULL,
    dateAdded TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    dateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0,
    synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key),
    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE);
CREATE TABLE itemDataValues (valueID INTEGER PRIMARY KEY, value UNIQUE);
CREATE TABLE itemData (itemID INT, fieldID INT, valueID, PRIMARY KEY (itemID, fieldID),
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,
    FOREIGN KEY (fieldID) REFERENCES fieldsCombined(fieldID),
    FOREIGN KEY (valueID) REFERENCES itemDataValues(valueID));
CREATE TABLE itemNotes (itemID INTEGER PRIMARY KEY, parentItemID INT, note TEXT, title TEXT);
CREATE TABLE itemAttachments (itemID INTEGER PRIMARY KEY, parentItemID INT, linkMode INT,
    contentType TEXT, charsetID INT, path TEXT, syncState INT DEFAULT 0);
CREATE TABLE creators (creatorID INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT,
    fieldMode INT, UNIQUE (lastName, firstName, fieldMode));
CREATE TABLE itemCreators (itemID INT NOT NULL, creatorID INT NOT NULL,
    creatorTypeID INT NOT NULL DEFAULT 1, orderIndex INT NOT NULL DEFAULT 0,
    PRIMARY KEY (itemID, creatorID, creatorTypeID, orderIndex), UNIQUE (itemID, orderIndex));
CREATE TABLE deletedItems (itemID INTEGER PRIMARY KEY,
    dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL,
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE);
CREATE TABLE collections (collectionID INTEGER PRIMARY KEY, collectionName TEXT NOT NULL,
    parentCollectionID INT DEFAULT NULL,
    clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0,
    synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key));
CREATE TABLE collectionItems (collectionID INT NOT NULL, itemID INT NOT NULL,
    orderIndex INT NOT NULL DEFAULT 0, PRIMARY KEY (collectionID, itemID));
"""

ITEM_TYPES = [
    "annotation", "artwork", "attachment", "book", "bookSection", "conferencePaper",
    "document", "journalArticle", "manuscript", "note", "preprint", "report", "thesis",
    "webpage",
]  # fmt: skip
FIELDS = [
    "title", "abstractNote", "publicationTitle", "volume", "issue", "pages", "date", "url",
    "DOI", "extra", "journalAbbreviation", "proceedingsTitle", "conferenceName", "publisher",
    "place", "bookTitle", "university", "thesisType", "institution", "reportNumber",
    "repository", "archiveID", "citationKey", "ISBN", "edition", "accessDate", "language",
]  # fmt: skip
CREATOR_TYPES = ["author", "contributor", "editor", "seriesEditor", "translator"]
# Newer types and fields only in the ...Combined tables, as a reader must look there too.
COMBINED_ONLY = {"preprint", "archiveID", "citationKey"}


class Library:
    """A zotero.sqlite whose type, field and creator-type ids are shuffled by ``seed``."""

    def __init__(self, path: Path, seed: int) -> None:
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.executescript(SCHEMA)
        rng = random.Random(seed)
        self.type_ids = self._ids(rng, ITEM_TYPES)
        self.field_ids = self._ids(rng, FIELDS)
        self.creator_type_ids = self._ids(rng, CREATOR_TYPES)
        for name, i in self.type_ids.items():
            if name not in COMBINED_ONLY:
                self.conn.execute("INSERT INTO itemTypes VALUES (?, ?, NULL, 1)", (i, name))
            self.conn.execute("INSERT INTO itemTypesCombined VALUES (?, ?, 1, 0)", (i, name))
        for name, i in self.field_ids.items():
            if name not in COMBINED_ONLY:
                self.conn.execute("INSERT INTO fields VALUES (?, ?, NULL)", (i, name))
            self.conn.execute("INSERT INTO fieldsCombined VALUES (?, ?, NULL, NULL, 0)", (i, name))
        for name, i in self.creator_type_ids.items():
            self.conn.execute("INSERT INTO creatorTypes VALUES (?, ?)", (i, name))
        self.conn.execute("INSERT INTO version VALUES ('userdata', 123)")
        self.conn.execute("INSERT INTO libraries VALUES (1, 'user', 1, 1, 0, 0, 0, 0)")
        self.conn.execute("INSERT INTO libraries VALUES (7, 'feed', 0, 0, 0, 0, 0, 0)")
        self.conn.execute(
            "INSERT INTO collections (collectionID, collectionName, libraryID, key) "
            "VALUES (3, 'My papers', 1, 'COLL0001')"
        )
        self.next_item = rng.randint(100, 900)

    @staticmethod
    def _ids(rng: random.Random, names: list[str]) -> dict[str, int]:
        ids = rng.sample(range(1, 200), len(names))
        return dict(zip(names, ids, strict=True))

    def _value(self, value: object) -> int:
        row = self.conn.execute("SELECT valueID FROM itemDataValues WHERE value = ?", (value,))
        found = row.fetchone()
        if found:
            return int(found[0])
        cursor = self.conn.execute("INSERT INTO itemDataValues (value) VALUES (?)", (value,))
        return int(cursor.lastrowid or 0)

    def add(
        self,
        item_type: str,
        key: str,
        fields: dict[str, object] | None = None,
        creators: tuple[tuple[str, str, str, int], ...] = (),
        library: int = 1,
    ) -> int:
        """An item with its fields and (creatorType, firstName, lastName, fieldMode)s."""
        self.next_item += 3
        item_id = self.next_item
        self.conn.execute(
            "INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (?, ?, ?, ?)",
            (item_id, self.type_ids[item_type], library, key),
        )
        for name, value in (fields or {}).items():
            self.conn.execute(
                "INSERT INTO itemData VALUES (?, ?, ?)",
                (item_id, self.field_ids[name], self._value(value)),
            )
        for order, (ctype, first, last, mode) in enumerate(creators):
            self.conn.execute(
                "INSERT OR IGNORE INTO creators (firstName, lastName, fieldMode) VALUES (?, ?, ?)",
                (first, last, mode),
            )
            (creator_id,) = self.conn.execute(
                "SELECT creatorID FROM creators WHERE firstName = ? AND lastName = ? "
                "AND fieldMode = ?",
                (first, last, mode),
            ).fetchone()
            self.conn.execute(
                "INSERT INTO itemCreators VALUES (?, ?, ?, ?)",
                (item_id, creator_id, self.creator_type_ids[ctype], order),
            )
        self.conn.execute("INSERT INTO collectionItems VALUES (3, ?, 0)", (item_id,))
        return item_id

    def close(self) -> None:
        self.conn.commit()
        self.conn.close()


def build(path: Path, seed: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lib = Library(path, seed)
    article = lib.add(
        "journalArticle",
        "JUMPER21",
        {
            "title": "Highly accurate protein structure prediction with AlphaFold",
            "publicationTitle": "Nature",
            "journalAbbreviation": "Nature",
            "volume": 596,  # Zotero stores numeric values as integers
            "issue": "7873",
            "pages": "583-589",
            "date": "2021-08-00 August 2021",
            "DOI": "10.1038/s41586-021-03819-2",
            "url": "https://www.nature.com/articles/s41586-021-03819-2",
            "extra": "Citation Key: jumper2021highly\nPMID: 34265844",
        },
        (("author", "John", "Jumper", 0), ("author", "", "AlphaFold Team", 1)),
    )
    lib.add(
        "conferencePaper",
        "KIVI2024",
        {
            "title": "KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache",
            "proceedingsTitle": "Proceedings of the 41st International Conference on Machine "
            "Learning",
            "conferenceName": "ICML 2024",
            "publisher": "PMLR",
            "place": "Vienna, Austria",
            "pages": "32332–32344",
            "volume": "235",
            "date": "2024-07-21 2024-07-21",
            "citationKey": "liu2024kivi",
        },
        (
            ("author", "Zirui", "Liu", 0),
            ("author", "Jiayi", "Yuan", 0),
            ("editor", "Ruslan", "Salakhutdinov", 0),
            ("seriesEditor", "Neil", "Lawrence", 0),
        ),
    )
    lib.add(
        "preprint",
        "KAPLAN20",
        {
            "title": "Scaling Laws for Neural Language Models",
            "repository": "arXiv",
            "archiveID": "arXiv:2001.08361",
            "DOI": "10.48550/arXiv.2001.08361",
            "url": "http://arxiv.org/abs/2001.08361",
            "date": "2020-01-22 2020-01-22",
            "extra": "arXiv:2001.08361 [cs, stat]",
        },
        (("author", "Jared", "Kaplan", 0), ("author", "Sam", "McCandlish", 0)),
    )
    lib.add(
        "thesis",
        "DOETHES1",
        {
            "title": "Efficient Inference for Large Models",
            "university": "Rice University",
            "thesisType": "Master's thesis",
            "place": "Houston, TX",
            "date": "2022-00-00 2022",
        },
        (("author", "Jane", "Doe", 0),),
    )
    lib.add(
        "report",
        "TECHREP1",
        {"title": "A report", "institution": "MIT", "reportNumber": "TR-7", "date": "2019"},
        (("author", "", "OpenAI", 1),),
    )
    lib.add(
        "bookSection",
        "CHAPTER1",
        {"title": "A chapter", "bookTitle": "The Book", "publisher": "Springer"},
        (("author", "A.", "Writer", 0), ("editor", "E.", "Ditor", 0)),
    )
    lib.add("manuscript", "DRAFT001", {"title": "A draft"}, (("author", "Jane", "Doe", 0),))
    trashed = lib.add(
        "journalArticle", "TRASHED1", {"title": "In the trash"}, (("author", "X", "Y", 0),)
    )
    lib.conn.execute("INSERT INTO deletedItems (itemID) VALUES (?)", (trashed,))
    note = lib.add("note", "NOTE0001")
    lib.conn.execute(
        "INSERT INTO itemNotes VALUES (?, ?, '<p>Read this</p>', 'Read this')", (note, article)
    )
    pdf = lib.add("attachment", "PDF00001", {"title": "Full Text PDF"})
    lib.conn.execute(
        "INSERT INTO itemAttachments VALUES (?, ?, 0, 'application/pdf', NULL, "
        "'storage:paper.pdf', 0)",
        (pdf, article),
    )
    lib.add("annotation", "ANNOT001")
    lib.add("webpage", "FEEDITEM", {"title": "A feed item"}, library=7)
    lib.close()
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "Zotero" / "zotero.sqlite")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def by_title(records: list[Record]) -> dict[str, Record]:
    return {r.title: r for r in records}


# -- reading ------------------------------------------------------------------------------


def test_reads_regular_items(db: Path) -> None:
    records = read_zotero(str(db))
    assert [r.title for r in records] == [
        "Highly accurate protein structure prediction with AlphaFold",
        "KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache",
        "Scaling Laws for Neural Language Models",
        "Efficient Inference for Large Models",
        "A report",
        "A chapter",
        "A draft",
    ]  # not the trashed item, the note, the attachment, the annotation or the feed item
    r = by_title(records)

    article = r["Highly accurate protein structure prediction with AlphaFold"]
    assert article.type == "article"
    assert article.key == "jumper2021highly"  # from "Citation Key:" in Extra
    assert article.sources == (Source(path=str(db), key="JUMPER21"),)
    assert article.authors == (Person("Jumper", "John"), Person("AlphaFold Team"))
    assert (article.venue, article.venue_short) == ("Nature", "Nature")
    assert (article.volume, article.number, article.pages) == ("596", "7873", "583--589")
    assert (article.year, article.month) == (2021, 8)
    assert article.doi == "10.1038/s41586-021-03819-2" and article.arxiv is None
    assert article.url == "https://www.nature.com/articles/s41586-021-03819-2"
    assert article.extra == ("PMID: 34265844",)

    kivi = r["KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache"]
    assert (kivi.type, kivi.key) == ("inproceedings", "liu2024kivi")
    assert kivi.venue == "Proceedings of the 41st International Conference on Machine Learning"
    assert kivi.authors == (Person("Liu", "Zirui"), Person("Yuan", "Jiayi"))
    assert kivi.editors == (Person("Salakhutdinov", "Ruslan"),)  # not the series editor
    assert (kivi.publisher, kivi.address, kivi.pages) == ("PMLR", "Vienna, Austria", "32332--32344")
    assert (kivi.year, kivi.month) == (2024, 7)

    kaplan = r["Scaling Laws for Neural Language Models"]
    assert (kaplan.type, kaplan.status, kaplan.arxiv) == ("misc", "preprint", "2001.08361")
    assert (kaplan.venue, kaplan.doi) == ("arXiv", "10.48550/arXiv.2001.08361")
    assert kaplan.key == "KAPLAN20"  # no citation key: the item key
    assert kaplan.extra == ()  # its "arXiv: ..." Extra line is the arXiv id, read as such

    thesis = r["Efficient Inference for Large Models"]
    assert (thesis.type, thesis.venue, thesis.publisher) == (
        "mastersthesis", "Rice University", None,
    )  # fmt: skip
    assert (thesis.year, thesis.month, thesis.address) == (2022, None, "Houston, TX")

    report = r["A report"]
    assert (report.type, report.venue, report.number, report.year) == (
        "techreport", "MIT", "TR-7", 2019,
    )  # fmt: skip
    assert report.authors == (Person("OpenAI"),)  # a single-field (corporate) name

    chapter = r["A chapter"]
    assert (chapter.type, chapter.venue, chapter.publisher) == (
        "incollection", "The Book", "Springer",
    )  # fmt: skip
    assert chapter.editors == (Person("Ditor", "E."),)

    assert r["A draft"].type == "unpublished"


def test_ids_are_looked_up_by_name(tmp_path: Path) -> None:
    # The same library with other type, field and creator-type ids reads the same.
    a = read_zotero(str(build(tmp_path / "a" / "zotero.sqlite", seed=1)))
    b = read_zotero(str(build(tmp_path / "b" / "zotero.sqlite", seed=99)))
    strip = [r.replace(sources=()) for r in a]
    assert strip == [r.replace(sources=()) for r in b]


def test_never_writes(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(db)
    listing = sorted(p.name for p in db.parent.iterdir())
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    assert read_zotero(str(db))
    assert digest(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == listing  # no -journal, -wal, -shm
    assert list(temp.iterdir()) == []  # the copy is gone


def hold_exclusive_lock(path: Path) -> sqlite3.Connection:
    """What a running Zotero does: exclusive locking mode, with a write lock held."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    return conn


def test_reads_while_zotero_holds_an_exclusive_lock(db: Path) -> None:
    before = digest(db)
    zotero_app = hold_exclusive_lock(db)
    try:
        # an uncommitted change, which a reader must not see
        zotero_app.execute(
            "UPDATE itemDataValues SET value = 'Uncommitted' WHERE value = 'A draft'"
        )
        # (the lock is real: a plain read-only connection is refused)
        probe = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("SELECT count(*) FROM items").fetchone()
        probe.close()
        records = read_zotero(str(db))
    finally:
        zotero_app.execute("ROLLBACK")
        zotero_app.close()
    assert len(records) == 7 and "A draft" in by_title(records)
    assert digest(db) == before


def test_reads_changes_still_in_the_wal(tmp_path: Path) -> None:
    # Zotero 10 uses WAL: recent items may be only in zotero.sqlite-wal.
    db = build(tmp_path / "zotero.sqlite")
    zotero_app = sqlite3.connect(db, isolation_level=None)
    zotero_app.execute("PRAGMA journal_mode=WAL")
    zotero_app.execute("PRAGMA wal_autocheckpoint=0")
    zotero_app.execute("PRAGMA locking_mode=EXCLUSIVE")
    zotero_app.execute(
        "UPDATE itemDataValues SET value = 'Committed in WAL' WHERE value = 'A draft'"
    )
    zotero_app.execute("BEGIN EXCLUSIVE")
    try:
        assert (tmp_path / "zotero.sqlite-wal").stat().st_size > 0
        before = digest(db), digest(tmp_path / "zotero.sqlite-wal")
        titles = [r.title for r in read_zotero(str(db))]
        assert (digest(db), digest(tmp_path / "zotero.sqlite-wal")) == before
    finally:
        zotero_app.execute("ROLLBACK")
        zotero_app.close()
    assert "Committed in WAL" in titles and "A draft" not in titles


def test_falls_back_to_immutable_when_it_cannot_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = build(tmp_path / "My Library #1?" / "zotero.sqlite")  # characters a URI must escape

    def no_room(src: Path, tmp: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zotero, "_copy_database", no_room)
    before = digest(db)
    zotero_app = hold_exclusive_lock(db)
    try:
        records = read_zotero(str(db))
    finally:
        zotero_app.execute("ROLLBACK")
        zotero_app.close()
    assert len(records) == 7
    assert digest(db) == before


def test_not_a_zotero_database(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(CvbibError, match="not a Zotero database") as err:
        read_zotero(str(path))
    assert err.value.path == str(path)
    assert "items" in err.value.message and "fields" in err.value.message


def test_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "zotero.sqlite"
    path.write_text("@article{x, title={Not a database}}\n", encoding="utf-8")
    with pytest.raises(CvbibError, match="not an SQLite file") as err:
        read_zotero(str(path))
    assert err.value.path == str(path)


def test_corrupt_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "zotero.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    with pytest.raises(CvbibError, match="cannot read this Zotero database") as err:
        read_zotero(str(path))
    assert err.value.path == str(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CvbibError, match="no such file"):
        read_zotero(str(tmp_path / "zotero.sqlite"))


def test_is_zotero_db(db: Path, tmp_path: Path) -> None:
    assert is_zotero_db(str(db))
    text = tmp_path / "notes.sqlite"
    text.write_text("hello", encoding="utf-8")
    other = tmp_path / "zotero.db"
    other.write_bytes(db.read_bytes())
    assert not is_zotero_db(str(text))
    assert not is_zotero_db(str(other))  # a .sqlite suffix is part of the test
    assert not is_zotero_db(str(tmp_path / "missing.sqlite"))


def test_read_as_an_input(db: Path) -> None:
    inp = read_input(str(db))
    assert inp.kind == "zotero" and len(inp.records) == 7


# -- pushing to a running Zotero ---------------------------------------------------------------


class FakeZotero(http.server.BaseHTTPRequestHandler):
    """Zotero's connector server, as far as push_to_zotero uses it."""

    requests: list[tuple[str, str, dict[str, str], bytes]] = []  # noqa: RUF012
    import_status = 201

    def do_GET(self) -> None:
        self.requests.append(("GET", self.path, dict(self.headers), b""))
        self._answer(200, "text/html", b"Zotero is running")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.requests.append(("POST", self.path, dict(self.headers), body))
        entries = ("\n" + body.decode("utf-8")).count("\n@")
        items = [{"itemType": "journalArticle", "title": f"item {i}"} for i in range(entries)]
        self._answer(self.import_status, "application/json", json.dumps(items).encode())

    def _answer(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


@pytest.fixture
def fake_zotero() -> Iterator[tuple[int, type[FakeZotero]]]:
    handler = type("Handler", (FakeZotero,), {"requests": [], "import_status": 201})
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1], handler
    finally:
        server.shutdown()
        server.server_close()


RECORDS = [
    Record(type="article", title="Théorie", authors=(Person("Müller", "J."),), year=2020,
           venue="Nature", key="muller2020"),
    Record(type="misc", title="A preprint", authors=(Person("Doe", "J."),), year=2024,
           arxiv="2401.01234", status="preprint", venue="arXiv", key="doe2024"),
]  # fmt: skip


def test_push_sends_biblatex(fake_zotero: tuple[int, type[FakeZotero]]) -> None:
    port, handler = fake_zotero
    assert push_to_zotero(RECORDS, port=port) == 2
    (m1, ping, _, _), (m2, path, headers, body) = handler.requests
    assert (m1, ping) == ("GET", "/connector/ping")
    assert m2 == "POST" and path.startswith("/connector/import?session=")
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    text = body.decode("utf-8")
    assert "@article{muller2020," in text and "Müller" in text  # UTF-8 BibLaTeX
    assert "eprinttype = {arxiv}" in " ".join(text.split())


def test_push_nothing_sends_nothing(fake_zotero: tuple[int, type[FakeZotero]]) -> None:
    port, handler = fake_zotero
    assert push_to_zotero([], port=port) == 0
    assert handler.requests == []


def test_push_refused(fake_zotero: tuple[int, type[FakeZotero]]) -> None:
    port, handler = fake_zotero
    handler.import_status = 500
    with pytest.raises(CvbibError, match="read-only"):
        push_to_zotero(RECORDS, port=port)


def test_push_when_zotero_is_not_running() -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(CvbibError) as err:
        push_to_zotero(RECORDS, port=port, timeout=2)
    assert err.value.message == f"Zotero is not running (no answer on 127.0.0.1:{port})"
