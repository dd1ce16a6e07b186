"""RIS reading: cvbib's own output read back, Zotero's export, and malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cvbib
from cvbib.formats import get_format, write
from cvbib.formats.ris import read_ris
from cvbib.inputs import read_input
from cvbib.keys import assign_keys
from cvbib.model import Person, Record, Source
from tests.conftest import EXAMPLES

# The fields write_ris writes; the rest (month, arxiv_class, extra, ...) RIS does not carry.
CARRIED = (
    "type", "key", "title", "authors", "editors", "year", "venue", "venue_short",
    "publisher", "address", "volume", "number", "pages", "edition", "doi", "arxiv", "isbn",
    "url", "urls", "notes", "status",
)  # fmt: skip
VENUE_AS_PUBLISHER = ("book", "phdthesis", "mastersthesis", "techreport")


def carried(rec: Record) -> dict[str, object]:
    """What read_ris(write_ris([rec])) can give back: the record as RIS carries it."""
    venue, publisher = rec.venue, rec.publisher
    if rec.type in VENUE_AS_PUBLISHER:
        # One PB tag holds the venue (school, institution) or else the publisher.
        venue, publisher = venue or publisher, None
    urls = tuple(u for u in rec.urls if u != f"https://arxiv.org/abs/{rec.arxiv}")
    status = "published" if rec.status == "preprint" else rec.status
    if rec.type == "article" and not venue:
        venue = rec.venue_short  # a journal known only by its abbreviation, as Zotero reads it
    if rec.type == "misc" and rec.arxiv:
        venue = venue or "arXiv"
        status = "preprint" if status == "published" else status
    fields = {name: getattr(rec, name) for name in CARRIED}
    fields.update(
        type=rec.type,
        venue=venue,
        publisher=publisher,
        url=urls[0] if urls else None,
        urls=urls,
        notes=tuple(dict.fromkeys(rec.notes)),
        status=status,
    )
    return fields


def fields(rec: Record) -> dict[str, object]:
    return {name: getattr(rec, name) for name in CARRIED}


# -- round trip: records -> write_ris -> read_ris -------------------------------------------

WORD = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F),
    min_size=1,
    max_size=8,
)
PHRASE = st.lists(WORD, min_size=1, max_size=5).map(" ".join)
NAME = st.builds(Person, family=PHRASE, given=st.one_of(st.just(""), PHRASE))
NUMBER = st.integers(1, 9999).map(str)
NOTE = PHRASE.filter(lambda s: s.lower() not in ("under review", "to appear"))


@st.composite
def records(draw: st.DrawFn) -> Record:
    rtype = draw(
        st.sampled_from(
            [
                "article",
                "inproceedings",
                "incollection",
                "book",
                "phdthesis",
                "techreport",
                "misc",
                "unpublished",
            ]
        )
    )
    opt = st.one_of(st.none(), PHRASE)
    title = draw(PHRASE)
    urls = tuple(
        dict.fromkeys(draw(st.lists(WORD.map(lambda w: f"https://example.org/{w}"), max_size=2)))
    )
    return Record(
        type=rtype,
        key=draw(WORD),
        title=title,
        authors=tuple(draw(st.lists(NAME, max_size=4))),
        editors=tuple(draw(st.lists(NAME, max_size=2))),
        year=draw(st.one_of(st.none(), st.integers(1900, 2100))),
        venue=draw(opt),
        venue_short=draw(opt),
        publisher=draw(opt),
        address=draw(opt),
        volume=draw(st.one_of(st.none(), NUMBER)),
        number=draw(st.one_of(st.none(), NUMBER)),
        pages=draw(
            st.one_of(st.none(), NUMBER, st.tuples(NUMBER, NUMBER).map(lambda p: f"{p[0]}--{p[1]}"))
        ),
        edition=draw(st.one_of(st.none(), NUMBER)),
        doi=draw(st.one_of(st.none(), WORD.map(lambda w: f"10.1145/{w}"))),
        arxiv=draw(st.one_of(st.none(), st.integers(1000, 9999).map(lambda n: f"2401.{n:05d}"))),
        isbn=draw(st.one_of(st.none(), st.just("9780262035613"))),
        urls=urls,
        url=urls[0] if urls else None,
        # a note equal to the title is EndNote's duplicate of it, and is dropped
        notes=tuple(draw(st.lists(NOTE.filter(lambda n: n != title), max_size=3))),
        status=draw(st.sampled_from(["published", "preprint", "under review", "forthcoming"])),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(records(), min_size=1, max_size=4))
def test_round_trip(recs: list[Record]) -> None:
    recs = assign_keys(recs)
    back = read_ris(write(recs, "ris"))
    assert [fields(r) for r in back] == [carried(r) for r in recs]


@pytest.mark.parametrize(
    "path", sorted(p for p in EXAMPLES.glob("*") if p.is_file()), ids=lambda p: p.name
)
def test_round_trip_of_example_cvs(path: Path) -> None:
    recs = assign_keys(cvbib.extract(str(path)))
    back = read_ris(write(recs, "ris"))
    assert [fields(r) for r in back] == [carried(r) for r in recs]


def test_book_publisher_without_venue_survives() -> None:
    rec = Record(type="book", key="k", title="T", publisher="Princeton University Press")
    (back,) = read_ris(write([rec], "ris"))
    assert "Princeton University Press" in (back.venue, back.publisher)


def test_sources_are_the_ty_lines_and_ids() -> None:
    a = Record(key="a2024x", title="First", type="article", venue="J")
    b = Record(key="b2024y", title="Second", type="misc")
    text = write([a, b], "ris")
    back = read_ris(text)
    lines = text.splitlines()
    assert [lines[s.line - 1] for r in back for s in r.sources] == ["TY  - JOUR", "TY  - GEN"]
    assert [r.sources for r in back] == [
        (Source(path="", line=1, end_line=5, text="\n".join(lines[0:5]).rstrip(), key="a2024x"),),
        (Source(path="", line=7, end_line=10, text="\n".join(lines[6:10]).rstrip(), key="b2024y"),),
    ]


# -- Zotero's export ---------------------------------------------------------------------

# As Zotero 7 writes it (translators/RIS.js): CRLF line ends, a BOM, tags in Zotero's
# order, conference name as T2 and proceedings title as C3, dates as DA "Y/M/D/", child
# notes as HTML N1 that span lines, attachments as L1, tags as KW.
ZOTERO_RIS = "\ufeff" + (
    "TY  - CONF\r\n"
    "TI  - KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache\r\n"
    "AU  - Liu, Zirui\r\n"
    "AU  - Yuan, Jiayi\r\n"
    "AU  - Hu, Xia\r\n"
    "T2  - International Conference on Machine Learning\r\n"
    "A2  - Salakhutdinov, Ruslan\r\n"
    "C1  - Vienna, Austria\r\n"
    "C3  - Proceedings of the 41st International Conference on Machine Learning\r\n"
    "DA  - 2024/07/21/\r\n"
    "PY  - 2024\r\n"
    "VL  - 235\r\n"
    "SP  - 32332\r\n"
    "EP  - 32344\r\n"
    "J2  - ICML\r\n"
    "PB  - PMLR\r\n"
    "UR  - https://proceedings.mlr.press/v235/liu24bz.html\r\n"
    "Y2  - 2024/11/02/14:05:11\r\n"
    "L1  - files/12/Liu et al. - 2024 - KIVI.pdf\r\n"
    'N1  - <div data-schema-version="8"><p>Spotlight; read with\r\n'
    "the &amp; KV-cache survey</p>\r\n"
    "</div>\r\n"
    "KW  - Computer Science - Machine Learning\r\n"
    "ER  - \r\n"
    "\r\n"
    "TY  - JOUR\r\n"
    "TI  - Highly accurate protein structure prediction with AlphaFold\r\n"
    "AU  - Jumper, John\r\n"
    "AU  - AlphaFold Team\r\n"
    "T2  - Nature\r\n"
    "DA  - 2021/08//\r\n"
    "PY  - 2021\r\n"
    "DO  - 10.1038/s41586-021-03819-2\r\n"
    "VL  - 596\r\n"
    "IS  - 7873\r\n"
    "SP  - 583\r\n"
    "EP  - 589\r\n"
    "J2  - Nature\r\n"
    "SN  - 1476-4687\r\n"
    "UR  - https://www.nature.com/articles/s41586-021-03819-2\r\n"
    "ER  - \r\n"
    "\r\n"
    "TY  - GEN\r\n"
    "TI  - Scaling Laws for Neural Language Models\r\n"
    "AU  - Kaplan, Jared\r\n"
    "AU  - McCandlish, Sam\r\n"
    "DA  - 2020/01/22/\r\n"
    "PY  - 2020\r\n"
    "DO  - 10.48550/arXiv.2001.08361\r\n"
    "PB  - arXiv\r\n"
    "UR  - http://arxiv.org/abs/2001.08361\r\n"
    "ER  - \r\n"
    "\r\n"
    "TY  - THES\r\n"
    "TI  - Efficient Inference for Large Models\r\n"
    "AU  - Doe, Jane\r\n"
    "CY  - Houston, TX\r\n"
    "DA  - 2022///\r\n"
    "PY  - 2022\r\n"
    "M3  - Master's thesis\r\n"
    "PB  - Rice University\r\n"
    "ER  - \r\n"
    "\r\n"
    "TY  - BOOK\r\n"
    "TI  - Dive into Deep Learning\r\n"
    "AU  - Zhang, Aston\r\n"
    "T2  - Adaptive Computation\r\n"
    "A2  - Dietterich, Thomas\r\n"
    "A3  - Smola, Alexander J.\r\n"
    "CY  - Cambridge\r\n"
    "DA  - 2023///\r\n"
    "PY  - 2023\r\n"
    "ET  - 1\r\n"
    "PB  - Cambridge University Press\r\n"
    "SN  - 978-1-009-38943-3\r\n"
    "ER  - \r\n"
    "\r\n"
)


def test_zotero_export() -> None:
    kivi, alphafold, kaplan, thesis, book = read_ris(ZOTERO_RIS)

    assert kivi.type == "inproceedings"
    assert kivi.title.startswith("KIVI: A Tuning-Free")
    assert kivi.authors == (Person("Liu", "Zirui"), Person("Yuan", "Jiayi"), Person("Hu", "Xia"))
    assert kivi.editors == (Person("Salakhutdinov", "Ruslan"),)
    assert kivi.venue == "Proceedings of the 41st International Conference on Machine Learning"
    assert (kivi.venue_short, kivi.publisher, kivi.address) == ("ICML", "PMLR", "Vienna, Austria")
    assert (kivi.year, kivi.month, kivi.volume, kivi.pages) == (2024, 7, "235", "32332--32344")
    assert kivi.url == "https://proceedings.mlr.press/v235/liu24bz.html"
    # a child note is kept as a remark, not cited as a note; its lines are joined
    assert kivi.notes == ()
    assert kivi.extra == ("Spotlight; read with the & KV-cache survey",)
    assert kivi.key is None and kivi.sources[0].line == 1 and kivi.sources[0].end_line == 24

    assert alphafold.type == "article"
    assert alphafold.authors == (Person("Jumper", "John"), Person("AlphaFold Team"))
    assert (alphafold.venue, alphafold.venue_short) == ("Nature", "Nature")
    assert (alphafold.year, alphafold.month) == (2021, 8)
    assert (alphafold.number, alphafold.pages) == ("7873", "583--589")
    assert alphafold.doi == "10.1038/s41586-021-03819-2"
    assert alphafold.isbn is None  # the journal's ISSN

    assert (kaplan.type, kaplan.status, kaplan.arxiv) == ("misc", "preprint", "2001.08361")
    assert kaplan.venue == "arXiv" and kaplan.doi == "10.48550/arXiv.2001.08361"
    assert (kaplan.year, kaplan.month) == (2020, 1)

    assert (thesis.type, thesis.venue, thesis.year) == ("mastersthesis", "Rice University", 2022)
    assert thesis.month is None and thesis.address == "Houston, TX"

    assert (book.type, book.venue, book.publisher) == ("book", "Cambridge University Press", None)
    assert book.editors == (Person("Smola", "Alexander J."),)  # A2 is the series editor
    assert (book.edition, book.isbn) == ("1", "978-1-009-38943-3")


# -- what other tools write, and malformed input ----------------------------------------------


def test_other_tags_and_types() -> None:
    text = (
        "TY  - JOUR\n"
        "A1  - Baldwin,S.A.\n"
        "A1  - King, Martin Luther, Jr.\n"
        "T1  - Blood-brain barrier breach following\n"
        "cortical contusion in the rat\n"
        "JF  - Journal of Neurosurgery\n"
        "JA  - J. Neurosurg.\n"
        "Y1  - 1996/05/01\n"
        "SP  - 476-481\n"
        "DO  - https://doi.org/10.3171/jns.1996.85.3.0476\n"
        "ID  - baldwin96\n"
        "N1  - Oral; Under review\n"
        "ER  -\n"
        "TY  - RPRT\n"
        "AU  - Smith, A.\n"
        "TI  - A report\n"
        "PB  - MIT\n"
        "SN  - TR-2020-7\n"
        "ER  - \n"
        "TY  - UNPB\n"
        "TI  - A draft\n"
        "ED  - Roe, R.\n"
        "ER  - \n"
        "TY  - ELEC\n"
        "TI  - A web page\n"
        "UR  - https://example.org\n"
        "ER  - \n"
    )
    article, report, draft, page = read_ris(text)
    assert article.authors == (
        Person("Baldwin", "S.A."),
        Person("King", "Martin Luther, Jr."),
    )
    assert article.title == "Blood-brain barrier breach following cortical contusion in the rat"
    assert (article.venue, article.venue_short) == ("Journal of Neurosurgery", "J. Neurosurg.")
    assert (article.year, article.month, article.pages) == (1996, 5, "476--481")
    assert article.doi == "10.3171/jns.1996.85.3.0476"
    assert (article.key, article.sources[0].key) == ("baldwin96", "baldwin96")
    assert (article.notes, article.status) == (("Oral",), "under review")
    assert (report.type, report.venue, report.number, report.isbn) == (
        "techreport", "MIT", "TR-2020-7", None,
    )  # fmt: skip
    assert (draft.type, draft.editors) == ("unpublished", (Person("Roe", "R."),))
    assert (page.type, page.url, page.urls) == (
        "misc",
        "https://example.org",
        ("https://example.org",),
    )


def test_missing_er_and_stray_lines() -> None:
    text = (
        "Exported by a tool that writes a header\n"
        "ER  - \n"
        "TY  - JOUR\n"
        "TI  - First\n"
        "\n"
        "TY  - CHAP\n"
        "TI  - Second, a title that\n"
        "  wraps onto an indented line\n"
        "T2 - The book\n"
        "TY  - BOOK\n"
        "TY  - GEN\n"
        "TI  - Last, at the end of the file without ER"
    )
    first, second, last = read_ris(text)
    assert (first.type, first.title, first.sources[0].line) == ("article", "First", 3)
    assert second.title == "Second, a title that wraps onto an indented line"
    assert (second.type, second.venue, second.sources[0].line) == ("incollection", "The book", 6)
    # the empty BOOK record has nothing to cite and is dropped
    assert (last.title, last.sources[0].line, last.sources[0].end_line) == (
        "Last, at the end of the file without ER", 11, 12,
    )  # fmt: skip


def test_record_without_ty() -> None:
    (rec,) = read_ris("AU  - Doe, J.\nTI  - No type\nER  - \n")
    assert (rec.type, rec.title, rec.sources[0].line) == ("misc", "No type", 1)


def test_one_space_is_a_tag_only_for_known_tags() -> None:
    (rec,) = read_ris("TY  - JOUR\nTI  - Firms\nUS - based, says the title\nER  - \n")
    assert rec.title == "Firms US - based, says the title"


@pytest.mark.parametrize("text", ["", "\n\n", "ER  - \n", "TY  - \nER  - \n", "hello\x00"])
def test_nothing_to_read(text: str) -> None:
    assert read_ris(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.tuples(
                st.sampled_from(
                    [
                        "TY",
                        "AU",
                        "TI",
                        "PY",
                        "DA",
                        "SP",
                        "EP",
                        "DO",
                        "N1",
                        "UR",
                        "M3",
                        "SN",
                        "ER",
                        "ID",
                        "A3",
                        "Q9",
                    ]
                ),
                st.sampled_from([" ", "  ", "   "]),
                st.text(max_size=20),
            ).map(lambda t: f"{t[0]}{t[1]}- {t[2]}"),
        ),
        max_size=30,
    ).map("\n".join)
)
def test_any_input_reads_without_error(text: str) -> None:
    for rec in read_ris(text):
        assert rec.sources and rec.sources[0].line is not None


def test_registered_as_the_ris_reader(tmp_path: Path) -> None:
    assert get_format("ris").read is read_ris
    path = tmp_path / "lib.ris"
    path.write_text(ZOTERO_RIS, encoding="utf-8")
    inp = read_input(str(path))
    assert inp.kind == "ris" and len(inp.records) == 5
    (src,) = inp.records[2].sources
    assert (src.path, src.line, src.key) == (str(path), 43, None)
    assert src.text.startswith("TY  - ")  # the record as written, for the report
