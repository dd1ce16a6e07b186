"""cs:substitute: only the first element that renders stands in for the author (also
inside cs:choose), substituted variables are used up but still count in conditions, and
subsequent-author-substitute ("———") skips names found further down the substitute."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("edtr", "apa"): [
        "Doe, J. (Ed.). (1999). Edited and translated (J. Doe, Trans.). P.",
        "Smith, J.-P. (Ed.). (1997). Why? A question (W. O’Neil, Trans.). In Nature (Vol. 101). P.",
        "Translated only (R. Roe, Trans.). (2001). P.",
    ],
    ("edtr", "chicago-author-date"): [
        "Doe, Jane, ed. 1999. Edited and Translated. Translated by Jane Doe. P.",
        "Roe, Rick, trans. 2001. Translated Only. P.",
        "Smith, Jean-Paul, ed. 1997. “Why? A Question.” In Nature, translated by Wei O’Neil, vol. 101. P.",
    ],
    ("edtr", "modern-language-association"): [
        "Doe, Jane, editor. Edited and Translated. Translated by Jane Doe, P, 1999.",
        "Roe, Rick, translator. Translated Only. P, 2001.",
        "Smith, Jean-Paul, editor. “Why? A Question.” Nature, translated by Wei O’Neil, vol. 101, P, 1997.",
    ],
    ("edtr", "ieee"): [
        "[1] J.-P. Smith, Ed., “Why? A question,” in Nature, vol. 101, P, 1997.",
        "[2] J. Doe, Ed., Edited and translated. P, 1999.",
        "[3] R. Roe, Trans., Translated only. P, 2001.",
    ],
    ("subst", "apa"): [
        "Cruz, A. (2004). Delta. P.",
        "Cruz, A. (Ed.). (2005). Epsilon. P.",
        "Cruz, A. (Ed.). (2006). Zeta. P.",
        "Cruz, A. (2007). Eta. P.",
        "Cruz, A., Li, W., & Kim, J. (2001). Alpha. P.",
        "Cruz, A., Li, W., & Roe, R. (2003). Gamma. P.",
        "Cruz, A., Smith, S., & Roe, R. (2002). Beta. P.",
        "Theta (A. Cruz, Trans.). (2008). P.",
    ],
    ("subst", "chicago-author-date"): [
        "Cruz, Ana. 2004. Delta. P.",
        "Cruz, Ana, ed. 2005. Epsilon. P.",
        "Cruz, Ana, ed. 2006. Zeta. P.",
        "Cruz, Ana. 2007. Eta. P.",
        "Cruz, Ana, trans. 2008. Theta. P.",
        "Cruz, Ana, Wei Li, and Jo Kim. 2001. Alpha. P.",
        "Cruz, Ana, Wei Li, and Rick Roe. 2003. Gamma. P.",
        "Cruz, Ana, Sam Smith, and Rick Roe. 2002. Beta. P.",
    ],
    ("subst", "modern-language-association"): [
        "Cruz, Ana, Wei Li, and Jo Kim. Alpha. P, 2001.",
        "Cruz, Ana, Sam Smith, et al. Beta. P, 2002.",
        "Cruz, Ana. Delta. P, 2004.",
        "Cruz, Ana, editor. Epsilon. P, 2005.",
        "———. Eta. P, 2007.",
        "Cruz, Ana, Wei Li, and Rick Roe. Gamma. P, 2003.",
        "Cruz, Ana, translator. Theta. P, 2008.",
        "Cruz, Ana, editor. Zeta. P, 2006.",
    ],
    ("subst", "ieee"): [
        "[1] A. Cruz, W. Li, and J. Kim, Alpha. P, 2001.",
        "[2] A. Cruz, S. Smith, and R. Roe, Beta. P, 2002.",
        "[3] A. Cruz, W. Li, and R. Roe, Gamma. P, 2003.",
        "[4] A. Cruz, Delta. P, 2004.",
        "[5] A. Cruz, Ed., Epsilon. P, 2005.",
        "[6] A. Cruz, Ed., Zeta. P, 2006.",
        "[7] A. Cruz, Eta. P, 2007.",
        "[8] A. Cruz, Trans., Theta. P, 2008.",
    ],
    ("inst", "apa"): [
        "NASA. (2001). Alpha. P.",
        "NASA. (2002). Beta. P.",
        "NASA, & Li, W. (2003). Gamma. P.",
        "NASA, & Li, W. (2004). Delta. P.",
    ],
    ("inst", "chicago-author-date"): [
        "NASA. 2001. Alpha. P.",
        "NASA. 2002. Beta. P.",
        "NASA, and Wei Li. 2003. Gamma. P.",
        "NASA, and Wei Li. 2004. Delta. P.",
    ],
    ("inst", "modern-language-association"): [
        "NASA. Alpha. P, 2001.",
        "———. Beta. P, 2002.",
        "NASA, and Wei Li. Delta. P, 2004.",
        "———. Gamma. P, 2003.",
    ],
    ("inst", "ieee"): [
        "[1] NASA, “Alpha,” P, 2001.",
        "[2] NASA, “Beta,” P, 2002.",
        "[3] NASA and W. Li, “Gamma,” P, 2003.",
        "[4] NASA and W. Li, “Delta,” P, 2004.",
    ],
    ("mla", "apa"): [
        "Cruz, A. (2015). From A to Z (TR-17; Vol. 3).",
        "Doe, A. (2015). Vol only (Vol. 3).",
        "Eve, A. (2008). Conf. Proc.",
        "Fay, A. (2008). Conf2. Proc.",
    ],
    ("mla", "chicago-author-date"): [
        "Cruz, Ann. 2015. “From A to Z.” TR-17. Vol. 3. Preprint.",
        "Doe, Ann. 2015. “Vol Only.” Vol. 3. Preprint.",
        "Eve, Ann. 2008. “Conf.” Proc (Oxford).",
        "Fay, Ann. 2008. “Conf2.” Proc (Oxford).",
    ],
    ("mla", "modern-language-association"): [
        "Cruz, Ann. “From A to Z.” TR-17, 2015.",
        "Doe, Ann. “Vol Only.” 2015.",
        "Eve, Ann. “Conf.” Proc [Oxford], 2008.",
        "Fay, Ann. “Conf2.” Proc [Oxford], 2008.",
    ],
    ("mla", "ieee"): [
        "[1] A. Cruz, “From A to Z,” 2015, TR-17.",
        "[2] A. Doe, “Vol only,” 2015.",
        "[3] A. Eve, “Conf,” in Proc, Oxford, 2008.",
        "[4] A. Fay, “Conf2,” in Proc, Oxford: ACM, 2008.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_substitute(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
