"""Bibliography order: sort keys with particles, diacritics, missing authors (title
substitutes) and citation numbers in input order."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("sorting", "apa"): [
        "Beethoven, L. van. (1810). Iota. P.",
        "Mueller, H. (2004). Epsilon. P.",
        "Müller, H. (2004). Delta. P.",
        "Ødegaard, O. (2003). Gamma. P.",
        "Smith, A. (2010). Theta. P.",
        "Smith, A., & Brown, B. (1999). Eta. P.",
        "The Anonymous book. (2005). P.",
        "van Dijk, A. (2002). Beta. P.",
        "Zhang, W. (2001). Zeta. P.",
    ],
    ("sorting", "ieee"): [
        "[1] W. Zhang, Zeta. P, 2001.",
        "[2] A. van Dijk, Beta. P, 2002.",
        "[3] O. Ødegaard, Gamma. P, 2003.",
        "[4] H. Müller, Delta. P, 2004.",
        "[5] The Anonymous book. P, 2005.",
        "[6] H. Mueller, Epsilon. P, 2004.",
        "[7] A. Smith and B. Brown, Eta. P, 1999.",
        "[8] A. Smith, Theta. P, 2010.",
        "[9] L. van Beethoven, Iota. P, 1810.",
    ],
    ("sorting", "chicago-author-date"): [
        "Beethoven, Ludwig van. 1810. Iota. P.",
        "Dijk, Anna van. 2002. Beta. P.",
        "Mueller, Hans. 2004. Epsilon. P.",
        "Müller, Hans. 2004. Delta. P.",
        "Ødegaard, Ola. 2003. Gamma. P.",
        "Smith, Adam. 2010. Theta. P.",
        "Smith, Adam, and Bea Brown. 1999. Eta. P.",
        "The Anonymous Book. 2005. P.",
        "Zhang, Wei. 2001. Zeta. P.",
    ],
    ("sorting", "modern-language-association"): [
        "Beethoven, Ludwig van. Iota. P, 1810.",
        "Mueller, Hans. Epsilon. P, 2004.",
        "Müller, Hans. Delta. P, 2004.",
        "Ødegaard, Ola. Gamma. P, 2003.",
        "Smith, Adam. Theta. P, 2010.",
        "Smith, Adam, and Bea Brown. Eta. P, 1999.",
        "The Anonymous Book. P, 2005.",
        "van Dijk, Anna. Beta. P, 2002.",
        "Zhang, Wei. Zeta. P, 2001.",
    ],
    ("sorting", "elsevier-harvard"): [
        "Beethoven, L. van, 1810. Iota. P.",
        "Mueller, H., 2004. Epsilon. P.",
        "Müller, H., 2004. Delta. P.",
        "Ødegaard, O., 2003. Gamma. P.",
        "Smith, A., 2010. Theta. P.",
        "Smith, A., Brown, B., 1999. Eta. P.",
        "The Anonymous book, 2005. . P.",
        "van Dijk, A., 2002. Beta. P.",
        "Zhang, W., 2001. Zeta. P.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_sorting(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
