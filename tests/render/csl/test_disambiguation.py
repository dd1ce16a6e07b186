"""Year-suffix disambiguation (2020a, n.d.-a) and subsequent-author-substitute (———)."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("suffix", "apa"): [
        "Smith, J. (n.d.-a). Another undated work. Journal.",
        "Smith, J. (n.d.-b). Undated work. Journal.",
        "Smith, J. (2019). Meerkats. Journal.",
        "Smith, J. (2020a). Aardvarks at home. Journal.",
        "Smith, J. (2020b). Lions. Journal.",
        "Smith, J. (2020c). Zebras in the wild. Journal.",
    ],
    ("suffix", "ieee"): [
        "[1] J. Smith, “Zebras in the wild,” Journal, 2020.",
        "[2] J. Smith, “Aardvarks at home,” Journal, 2020.",
        "[3] J. Smith, “Meerkats,” Journal, 2019.",
        "[4] J. Smith, “Lions,” Journal, 2020.",
        "[5] J. Smith, “Undated work,” Journal.",
        "[6] J. Smith, “Another undated work,” Journal.",
    ],
    ("suffix", "chicago-author-date"): [
        "Smith, Jane. 2020. “Lions.” Journal.",
        "Smith, John. 2019. “Meerkats.” Journal.",
        "Smith, John. 2020a. “Aardvarks at Home.” Journal.",
        "Smith, John. 2020b. “Zebras in the Wild.” Journal.",
        "Smith, John. n.d.-a. “Another Undated Work.” Journal.",
        "Smith, John. n.d.-b. “Undated Work.” Journal.",
    ],
    ("suffix", "modern-language-association"): [
        "Smith, Jane. “Lions.” Journal, 2020.",
        "Smith, John. “Aardvarks at Home.” Journal, 2020.",
        "———. “Another Undated Work.” Journal.",
        "———. “Meerkats.” Journal, 2019.",
        "———. “Undated Work.” Journal.",
        "———. “Zebras in the Wild.” Journal, 2020.",
    ],
    ("suffix", "elsevier-harvard"): [
        "Smith, John, 2020a. Zebras in the wild. Journal.",
        "Smith, John, 2020b. Aardvarks at home. Journal.",
        "Smith, Jane, 2020. Lions. Journal.",
        "Smith, J., 2019. Meerkats. Journal.",
        "Smith, J., n.d. Undated work. Journal.",
        "Smith, J., n.d. Another undated work. Journal.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_disambiguation(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
