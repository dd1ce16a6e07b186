"""Numbers as written: an article number 021012, an issue 02 and pages 075129–075140 keep
their leading zeros (citeproc-js prints the variable's text in the numeric form)."""

from __future__ import annotations

import pytest

from .helpers import render

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
