"""Numbers: is-numeric, page-range-format shortening, year-suffix letters (pure functions),
and numbers shown as written (an article number 021012 keeps its leading zero, as
citeproc-js prints it)."""

from __future__ import annotations

import pytest

from cvbib.render.csl.nodes.text import year_suffix_letters
from cvbib.render.csl.numbers import collapse_page, is_numeric

from .helpers import render


@pytest.mark.parametrize(
    ("first", "last", "fmt", "expected"),
    [
        ("321", "328", "chicago-16", "28"),
        ("1496", "1504", "chicago-16", "504"),
        ("101", "108", "chicago-16", "8"),
        ("11", "12", "chicago-16", "12"),
        ("2345", "2367", "chicago-16", "67"),
        ("321", "328", "chicago", "28"),
        ("1496", "1504", "chicago", "1504"),
        ("101", "108", "minimal", "8"),
        ("101", "108", "minimal-two", "08"),
        ("1496", "1504", "minimal-two", "504"),
        ("321", "8", "expanded", "328"),
    ],
)
def test_collapse_page(first: str, last: str, fmt: str, expected: str) -> None:
    assert collapse_page(first, last, fmt) == expected


@pytest.mark.parametrize(
    ("value", "numeric"),
    [("12", True), ("12-14", True), ("2nd", True), ("S12", True), ("xii-xv", True),
     ("e1234", True), ("5, 9-11", True), ("Suppl. 2", False), ("TR-17", False), ("II", False)],
)  # fmt: skip
def test_is_numeric(value: str, numeric: bool) -> None:
    assert is_numeric(value) is numeric


def test_year_suffix_letters() -> None:
    assert [year_suffix_letters(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "a", "b", "z", "aa", "ab", "zz", "aaa",
    ]  # fmt: skip


CASES = {
    "apa": [
        "A, A. (2023). Article number with a leading zero. Physical Review X, 13, 021012.",
        "B, B. (2022). Issue with a leading zero. JHEP, 2022(02), 123.",
        "C, C. (2021). Pages with leading zeros. J, 7, 075129–075140.",
    ],
    "ieee": [
        "[1] A. A, “Article number with a leading zero,” Physical Review X, vol. 13, p. 021012, 2023.",
        "[2] B. B, “Issue with a leading zero,” JHEP, vol. 2022, no. 02, p. 123, 2022.",
        "[3] C. C, “Pages with leading zeros,” J, vol. 7, pp. 075129–075140, 2021.",
    ],
}


@pytest.mark.parametrize("style", list(CASES))
def test_numbers_keep_their_leading_zeros(style: str) -> None:
    assert render(style, "numbers") == CASES[style]
