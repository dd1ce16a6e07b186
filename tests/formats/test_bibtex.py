from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pybtex.database import parse_string as pybtex_parse

from cvbib.formats import write
from cvbib.formats.bibtex import escape, parse_bibtex, protect_title, record_to_bibtex
from cvbib.model import Person, Record
from tests.conftest import need_tool

KIVI = Record(
    type="inproceedings",
    title="KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache",
    authors=(Person("Liu", "Zirui"), Person("Müller", "Jürgen"), Person("De Sa", "Christopher")),
    year=2024,
    venue="International Conference on Machine Learning",
    venue_short="ICML",
    publisher="PMLR",
    pages="1--10",
    notes=("Spotlight",),
)


def test_bibtex_entry_shape() -> None:
    text = record_to_bibtex(KIVI)
    assert text.splitlines()[0] == "@inproceedings{liu2024kivi,"
    assert (
        "title     = {{KIVI}: A Tuning-Free Asymmetric 2bit Quantization for {KV} Cache}," in text
    )
    assert r"M{\"u}ller, J{\"u}rgen" in text
    assert "{De Sa}, Christopher" in text
    assert "pages     = {1--10}," in text
    assert "note      = {Spotlight}," in text
    fields = [ln.split("=")[0].strip() for ln in text.splitlines()[1:-1]]
    assert fields == ["author", "title", "booktitle", "pages", "publisher", "year", "note"]


def test_biblatex_is_utf8_and_arxiv_uses_eprinttype() -> None:
    rec = KIVI.replace(
        type="misc", venue="arXiv", arxiv="2402.02750", arxiv_class="cs.LG", status="preprint"
    )
    text = write([rec], "biblatex")
    squeezed = " ".join(text.split())
    assert (
        "Müller" in text
        and "eprinttype = {arxiv}" in squeezed
        and "eprintclass = {cs.LG}" in squeezed
    )
    classic = " ".join(write([rec], "bibtex").split())
    assert "archiveprefix = {arXiv}" in classic and "primaryclass = {cs.LG}" in classic


@pytest.mark.parametrize(
    ("text", "ascii_out", "utf8_out"),
    [
        (
            "Retiring ΔDP & 50% of $x_1#",
            r"Retiring {\ensuremath{\Delta}}DP \& 50\% of \$x\_1\#",
            None,
        ),
        ("51×51 kernels", r"51{\texttimes}51 kernels", r"51{\texttimes}51 kernels"),
        ("Zoë {braces}", r"Zo{\"e} \{braces\}", r"Zoë \{braces\}"),
        ("Иванов 北京 Ωmega", r"Ivanov Bei Jing {\ensuremath{\Omega}}mega", None),
    ],
)
def test_escape(text: str, ascii_out: str, utf8_out: str | None) -> None:
    assert escape(text, unicode=False) == ascii_out
    if utf8_out:
        assert escape(text, unicode=True) == utf8_out
    assert "Δ" not in escape(text, unicode=True)  # Greek is a pdflatex error even in UTF-8


@pytest.mark.parametrize(
    ("title", "protected"),
    [
        ("KIVI: A Tuning-Free Method", "{KIVI}: A Tuning-Free Method"),
        ("Q-GaLore with INT4 and LLM-based GNNs", "{Q-GaLore} with {INT4} and {LLM-based} {GNNs}"),
        ("A Study (OWL) of Things", "A Study ({OWL}) of Things"),
    ],
)
def test_title_protection_word_by_word(title: str, protected: str) -> None:
    assert protect_title(title, unicode=True) == protected


def test_keys_collide_deterministically() -> None:
    a = KIVI
    b = KIVI.replace(title="KIVI Two")
    c = KIVI.replace(title="Kivi three")
    text = write([a, b, c], "bibtex")
    keys = [ln.split("{")[1].rstrip(",") for ln in text.splitlines() if ln.startswith("@")]
    assert keys == ["liu2024kivi", "liu2024kivia", "liu2024kivib"]
    assert write([a, b, c], "bibtex", key_format="{Auth}{year}{shorttitle}").startswith(
        "@inproceedings{Liu2024kivituningfree,"
    )


def test_pybtex_reads_what_we_write() -> None:
    data = pybtex_parse(write([KIVI], "bibtex"), "bibtex")
    entry = data.entries["liu2024kivi"]
    assert entry.fields["year"] == "2024"
    assert [str(p) for p in entry.persons["author"]][2] == "{De Sa}, Christopher"


# -- round trips ------------------------------------------------------------------------
WORD = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüçøñŁ&%$#_-:?'"
    ),
    min_size=1,
    max_size=10,
)
NAME = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéüçøñ"), min_size=2, max_size=9
).map(str.capitalize)
PERSON = st.builds(Person, family=NAME, given=NAME)
RECORDS = st.builds(
    Record,
    type=st.sampled_from(["article", "inproceedings", "misc", "phdthesis", "book", "incollection"]),
    title=st.lists(WORD, min_size=1, max_size=8).map(" ".join),
    authors=st.lists(PERSON, min_size=1, max_size=4).map(tuple),
    year=st.one_of(st.none(), st.integers(1950, 2030)),
    venue=st.one_of(st.none(), st.lists(NAME, min_size=1, max_size=4).map(" ".join)),
    volume=st.one_of(st.none(), st.integers(1, 400).map(str)),
    pages=st.one_of(
        st.none(),
        st.tuples(st.integers(1, 99), st.integers(100, 999)).map(lambda t: f"{t[0]}--{t[1]}"),
    ),
    doi=st.one_of(st.none(), st.from_regex(r"10\.[0-9]{4}/[a-z0-9.]{1,12}", fullmatch=True)),
    notes=st.lists(
        st.sampled_from(["Oral", "Spotlight", "Best Paper Award"]), unique=True, max_size=2
    ).map(tuple),
)


def _comparable(rec: Record) -> tuple:
    venue = rec.venue
    return (
        rec.type, rec.title, rec.authors, rec.year, venue, rec.volume, rec.pages, rec.doi, rec.notes,
    )  # fmt: skip


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(rec=RECORDS, biblatex=st.booleans())
def test_record_bibtex_record_round_trip(rec: Record, biblatex: bool) -> None:
    text = write([rec], "biblatex" if biblatex else "bibtex")
    (back,) = parse_bibtex(text)
    assert _comparable(back) == _comparable(rec)


@settings(max_examples=100, deadline=None)
@given(rec=RECORDS)
def test_record_csl_record_round_trip(rec: Record) -> None:
    back = Record.from_csl(rec.replace(key="k").to_csl())
    assert _comparable(back) == _comparable(rec)


# -- real toolchains ---------------------------------------------------------------------
def compile_bib(bib: str, tmp_path: Path) -> None:
    """Run bibtex (plain.bst) and biber on a .bib; fail on any error."""
    need_tool("pdflatex", "bibtex", "biber")
    checker = Path(__file__).resolve().parents[3] / "shared" / "tools" / "bibcheck.sh"
    path = tmp_path / "refs.bib"
    path.write_text(bib, encoding="utf-8")
    if checker.exists():
        proc = subprocess.run(
            ["bash", str(checker), str(path)], capture_output=True, text=True, timeout=300
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return
    _compile_without_checker(path, tmp_path)


def _compile_without_checker(path: Path, tmp: Path) -> None:
    pre = "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}\\usepackage{url}\n"
    (tmp / "a.tex").write_text(
        pre
        + "\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n"
    )
    (tmp / "b.tex").write_text(
        pre
        + "\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n"
    )
    run = lambda *cmd: subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=300)  # noqa: E731
    run("pdflatex", "-interaction=nonstopmode", "a.tex")
    bt = run("bibtex", "a")
    assert bt.returncode < 2 and "error message" not in bt.stdout, bt.stdout
    run("pdflatex", "-interaction=nonstopmode", "b.tex")
    bb = run("biber", "--validate-datamodel", "b")
    assert bb.returncode == 0 and "ERROR" not in bb.stdout, bb.stdout


def test_tricky_records_compile(tmp_path: Path) -> None:
    tricky = [
        KIVI,
        Record(type="article", title="Retiring ΔDP: 51×51 kernels & 50% of $x_1# {odd} ~ ^ \\",
               authors=(Person("Ødegård", "Åse"), Person("World Health Organization")), year=2023,
               venue="Transactions on Machine Learning Research", doi="10.5555/a_b%c"),
        Record(type="misc", title="A Preprint", authors=(Person("van der Maaten", "L."),),
               arxiv="2301.08658", status="preprint", venue="arXiv", year=2023,
               url="https://example.org/a_b%20c?x=1&y=2"),
        Record(type="phdthesis", title="Sparse Training", authors=(Person("Liu", "Shiwei"),),
               year=2022, venue="Eindhoven University of Technology"),
    ]  # fmt: skip
    for fmt in ("bibtex", "biblatex"):
        compile_bib(write(tricky, fmt), tmp_path)


def test_writer_output_is_stable_text() -> None:
    buf = io.StringIO(write([KIVI, KIVI], "bibtex"))
    assert buf.getvalue().count("@inproceedings") == 2


def test_letterlike_math_symbols_compile_without_amssymb() -> None:
    from cvbib.formats.bibtex import escape

    assert escape("SLn(ℤ)", unicode=False) == r"SLn({\ensuremath{\mathbf{Z}}})"
    assert "mathbb" not in escape("ℝ and ℕ", unicode=True)


def test_et_al_is_and_others_and_reads_back() -> None:
    from cvbib.formats.bibtex import parse_bibtex, record_fields
    from cvbib.model import Person, Record

    rec = Record(type="article", title="T", authors=(Person("Raman", "P."),), extra=("et al.",))
    assert record_fields(rec)["author"] == "Raman, P. and others"
    (back,) = parse_bibtex("@article{k, author = {Raman, P. and others}, title = {T}}")
    assert back.authors == (Person("Raman", "P."),) and back.extra == ("et al.",)


def test_letters_beyond_latin_extended_a_are_latex_accents_in_both_outputs() -> None:
    from cvbib.formats.bibtex import escape

    # pdflatex's utf8 + T1 has no "Ọ" (Yoruba) or "ễ" (Vietnamese): both outputs escape them
    for unicode in (False, True):
        assert escape("Ọlá Nguyễn", unicode).endswith("Nguy{\\~{{\\^{e}}}}n")
    # biber decodes "\\d{O}" back to "Ọ", which pdflatex stops at: a letter T1 fonts lack
    # is the nearest one they have ("Ọ" is "O", "ệ" is "ê", "ặ" is "ă") in both outputs
    assert escape("Ọlá", False) == "Ol{\\'a}"
    assert escape("Ọlá", True) == "Olá"
    assert escape("Hệ mặt Kỹ", True) == "Hê măt Ky"
    assert escape("Hệ", False) == "H{\\^e}"
    assert escape("Łódź", True) == "Łódź"  # Latin Extended-A stays UTF-8 for biber


def test_stacked_accents_keep_the_inner_one_in_a_group_of_its_own() -> None:
    from cvbib.formats.bibtex import escape

    # biber decodes the inner accent to a T1 letter ("ê") and leaves the outer one to LaTeX
    assert escape("Nguyễn", unicode=True) == "Nguy{\\~{{\\^{e}}}}n"
    assert escape("Trần", unicode=False) == "Tr{\\`{{\\^{a}}}}n"


def test_a_word_and_inside_a_name_is_braced() -> None:
    from cvbib.formats.bibtex import format_name

    # bibtex splits author lists at "and" in any case: "And" inside a name would split it
    assert (
        format_name(Person(family="Kowalczyk", given="And M. A."), False)
        == "Kowalczyk, {And} M. A."
    )
    assert format_name(Person(family="Anderson", given="Sandy"), False) == "Anderson, Sandy"


def test_braced_and_in_names_reads_back_as_one_name() -> None:
    text = (
        '@article{k,\n  author = {Kowalczyk, {And} M. A. and M{\\"u}ller, J{\\"o}rg and '
        "{Barnes and Noble}},\n  title = {T},\n  year = {1978},\n}\n"
    )
    (rec,) = parse_bibtex(text)
    assert [(p.family, p.given) for p in rec.authors] == [
        ("Kowalczyk", "And M. A."),
        ("Müller", "Jörg"),
        ("Barnes and Noble", ""),
    ]


def test_a_workshop_at_a_conference_keeps_its_workshop_note() -> None:
    rec = Record(
        type="inproceedings",
        key="k",
        title="A Workshop Paper",
        venue="International Conference on Learning Representations",
        workshop=True,
        year=2020,
    )
    text = record_to_bibtex(rec)
    assert "note      = {Workshop}" in text
    (back,) = parse_bibtex(text)
    assert (back.workshop, back.notes) == (True, ())


def test_thai_text_is_transliterated_with_its_vowel_marks() -> None:
    # the merge folds text with unidecode; the .bib must spell it the same way, marks and all
    from unidecode import unidecode

    assert escape("การใช้ผง", False) == unidecode("การใช้ผง")
