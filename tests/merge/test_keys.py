from __future__ import annotations

import pytest

from cvbib.merge.keys import author_keys, fold, name_key, normalize_title, title_key
from cvbib.model import Person


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "KIVI: A Tuning-Free Asymmetric 2bit Quantization",
            "kivi a tuning free asymmetric 2bit quantization",
        ),
        ("{KIVI}: A Tuning-Free Method", "KIVI: A Tuning-Free Method"),
        ("Don't Stop Pretraining", "Dont Stop Pretraining"),
        ("Don’t Stop Pretraining", "Dont stop pretraining"),
        ("Do n't scrap it", "Don't scrap it"),  # a tokenizer's split
        ("Don' t scrap it", "Dont scrap it"),  # an OCR's space
        ("Guest editor 's introduction", "Guest Editor's Introduction"),
        ("Q\\&A Systems", "Q&A Systems"),
        ("Q&amp;A Systems", "Q & A systems"),
        ("<i>Attention</i> Is All You Need", "Attention is all you need"),
        ("M{\\\"u}ller's Theorem", "Müller's theorem"),
        ("M\\\"{u}ller's Theorem", "Muller's Theorem"),
        ("Caf&eacute; Networks", "Café Networks"),
        ("  Deep   learning\n for graphs. ", "Deep learning for graphs"),
        ("$\\alpha$-Nets", "α-Nets"),
        ("\\textbf{Bold} \\emph{Claims}", "Bold Claims"),
    ],
)
def test_title_spellings_agree(a: str, b: str) -> None:
    assert normalize_title(a) == normalize_title(b)


def test_title_normal_form() -> None:
    assert normalize_title("Don't Stop: {KIVI} & Friends!") == "dont stop kivi and friends"


def test_fold_resolves_latex_html_and_accents() -> None:
    assert fold("Sch{\\\"o}lkopf &amp; Garc\\'{i}a") == "scholkopf & garcia"
    assert fold("Øster Łukasz ß") == "oster lukasz ss"


def test_latex_text_commands_are_not_accents() -> None:
    # "\t" is the tie-after accent, "\textbf" a command: the latter must not eat a letter.
    assert normalize_title("\\textbf{Tensor} \\textit{Networks}") == "tensor networks"


def test_title_key_marks_numbers_and_roman_numerals() -> None:
    assert title_key("Database Tuning, Part II").marks == frozenset({"2"})
    assert title_key("Database Tuning (Part 2)").marks == frozenset({"2"})
    assert title_key("Probabilistic databases, I: algebra").marks == frozenset({"1"})
    assert title_key("What I learned about data").marks == frozenset()
    assert title_key("Llama 2: Open Foundation Models").marks == frozenset({"2"})


def test_title_key_flags_and_first_word() -> None:
    k = title_key("Q-GaLore: Quantized GaLore (Extended Version)")
    assert k.first == "q-galore"
    assert k.flags == frozenset({"extended"})
    assert k.core == "q galore quantized galore"
    assert k.main == ("q", "galore")


@pytest.mark.parametrize(
    ("family", "given"),
    [("Liu", "Zirui"), ("Liu", "Z."), ("LIU", "Zirui"), ("liu", "z"), ("Liú", "Zirui")],
)
def test_name_key_any_form(family: str, given: str) -> None:
    k = name_key(family, given)
    assert (k.family, k.initial) == ("liu", "z")


def test_name_key_particles_and_hyphens() -> None:
    assert name_key("van den Bussche", "Jan").family == "vandenbussche"
    assert name_key("van den Bussche", "Jan").last == "bussche"
    assert name_key("Garcia-Molina", "Hector").family == "garciamolina"
    assert name_key("Müller", 'J{\\"u}rgen').given == "jurgen"


def test_et_al_marks_the_list_truncated() -> None:
    keys, truncated = author_keys((Person("Liu", "Zirui"), Person("al.", "et")))
    assert truncated and [k.family for k in keys] == ["liu"]
    keys, truncated = author_keys((Person("Liu", "Z."), Person("others")))
    assert truncated and len(keys) == 1
    _, truncated = author_keys((Person("Liu", "Z."), Person("Yuan", "J.")))
    assert not truncated


def test_greek_text_matches_its_pdflatex_spelling() -> None:
    """A .bib written for pdflatex spells Greek with math letters and Latin look-alikes;
    read back, the title folds as the original does. A Greek letter in Latin text stays the
    symbol it names."""
    from cvbib.formats.bibtex import parse_bibtex, record_to_bibtex
    from cvbib.model import Record

    title = "Τα επιτύμβια ανάγλυφα της Αμβρακίας (4ος–2ος αι. π.Χ.)"
    rec = Record(type="article", title=title, year=2020, venue="Αρχαιολογική Εφημερίς")
    [back] = parse_bibtex(record_to_bibtex(rec))
    assert back.title != title  # spelled otherwise ...
    assert fold(back.title or "") == fold(title)  # ... and the same title
    assert normalize_title("α-synuclein") == normalize_title("$\\alpha$-synuclein")
    assert "delta psi" in normalize_title("ΔΨm collapse")  # two letters are symbols
