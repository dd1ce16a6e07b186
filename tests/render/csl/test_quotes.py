"""Flip-flop quotes (inner quotes turn single), punctuation moved into quotes (en-US),
terminal punctuation of titles, and rich text in titles."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("quotes", "apa"): [
        "Brown, A. (2021). Why do we ask? Journal, 6–9.",
        "Clark, B. (2022). An analysis of the “single” quote. Journal.",
        "Davis, C. (2023). Ending with a period. Journal.",
        "Evans, D. (2019). A Drosophila study with bold and H2O. In The book (pp. 10–20). Press.",
        "O’Neil, C. (2020). The “quoted” word in a title. Journal, 1–5.",
    ],
    ("quotes", "ieee"): [
        "[1] C. O’Neil, “The ‘quoted’ word in a title,” Journal, pp. 1–5, 2020.",
        "[2] A. Brown, “Why do we ask?,” Journal, pp. 6–9, 2021.",
        "[3] B. Clark, “An analysis of the ‘single’ quote,” Journal, 2022.",
        "[4] C. Davis, “Ending with a period.,” Journal, 2023.",
        "[5] D. Evans, “A Drosophila study with bold and H2O,” in The book, Press, 2019, pp. 10–20.",
    ],
    ("quotes", "chicago-author-date"): [
        "Brown, Ann. 2021. “Why Do We Ask?” Journal, 6–9.",
        "Clark, Bo. 2022. “An Analysis of the ‘single’ Quote.” Journal.",
        "Davis, Cy. 2023. “Ending with a Period.” Journal.",
        "Evans, Di. 2019. “A Drosophila Study with Bold and H2O.” In The Book. Press.",
        "O’Neil, Cathy. 2020. “The ‘Quoted’ Word in a Title.” Journal, 1–5.",
    ],
    ("quotes", "modern-language-association"): [
        "Brown, Ann. “Why Do We Ask?” Journal, 2021, pp. 6–9.",
        "Clark, Bo. “An Analysis of the ‘single’ Quote.” Journal, 2022.",
        "Davis, Cy. “Ending with a Period.” Journal, 2023.",
        "Evans, Di. “A Drosophila Study with Bold and H2O.” The Book, Press, 2019, pp. 10–20.",
        "O’Neil, Cathy. “The ‘Quoted’ Word in a Title.” Journal, 2020, pp. 1–5.",
    ],
    ("quotes", "elsevier-harvard"): [
        "Brown, A., 2021. Why do we ask? Journal 6–9.",
        "Clark, B., 2022. An analysis of the “single” quote. Journal.",
        "Davis, C., 2023. Ending with a period. Journal.",
        "Evans, D., 2019. A Drosophila study with bold and H2O, in: The Book. Press, pp. 10–20.",
        "O’Neil, C., 2020. The “quoted” word in a title. Journal 1–5.",
    ],
    ("quotes", "nature"): [
        "1. O’Neil, C. The “quoted” word in a title. Journal 1–5 (2020).",
        "2. Brown, A. Why do we ask? Journal 6–9 (2021).",
        "3. Clark, B. An analysis of the “single” quote. Journal (2022).",
        "4. Davis, C. Ending with a period. Journal (2023).",
        "5. Evans, D. A Drosophila study with bold and H2O. in The book 10–20 (Press, 2019).",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_quotes(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
