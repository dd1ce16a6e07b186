"""Dates: ranges collapsed on the largest differing part, seasons, circa, literal dates,
missing dates (n.d.) and accessed dates."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("dates", "apa"): [
        "A, A. (2010–2012). Year range. J.",
        "B, B. (2015, May 3–9). Day range. Times.",
        "C, C. (2016, March–April). Month range. Times.",
        "D, D. (2017, Summer). Season. Mag.",
        "E, E. (ca. 1850). Circa. J.",
        "F, F. (2020, February 29). A page. Site. https://example.org/p",
        "G, G. (n.d.). Undated. J.",
        "H, H. (forthcoming). Literal. J.",
        "I, I. (2015–2016, December 30–January 2). Cross-year range. Times.",
    ],
    ("dates", "ieee"): [
        "[1] A. A, “Year range,” J, 2010–2012.",
        "[2] B. B, “Day range,” Times, May 03–09, 2015.",
        "[3] C. C, “Month range,” Times, Mar.–Apr. 2016.",
        "[4] D. D, “Season,” Mag, Summer 2017.",
        "[5] E. E, “Circa,” J, 1850.",
        "[6] F. F, “A page,” Site. Accessed: Jan. 05, 2023. [Online]. Available: https://example.org/p",
        "[7] G. G, “Undated,” J.",
        "[8] H. H, “Literal,” J, forthcoming.",
        "[9] I. I, “Cross-year range,” Times, Dec. 30, 2015–Jan. 02, 2016.",
    ],
    ("dates", "chicago-author-date"): [
        "A, A. 2010–2012. “Year Range.” J.",
        "B, B. 2015. “Day Range.” Times, May 3–9.",
        "C, C. 2016. “Month Range.” Times, March–April.",
        "D, D. 2017. “Season.” Mag, Summer.",
        "E, E. [1850?]. “Circa.” J.",
        "F, F. 2020. “A Page.” Site, February 29. https://example.org/p.",
        "G, G. n.d. “Undated.” J.",
        "H, H. forthcoming. “Literal.” J.",
        "I, I. 2015–2016. “Cross-Year Range.” Times, December 30–January 2.",
    ],
    ("dates", "modern-language-association"): [
        "A, A. “Year Range.” J, 2010–2012.",
        "B, B. “Day Range.” Times, 3–9 May 2015.",
        "C, C. “Month Range.” Times, Mar.–Apr. 2016.",
        "D, D. “Season.” Mag, Summer 2017.",
        "E, E. “Circa.” J, [1850?].",
        "F, F. “A Page.” Site, 29 Feb. 2020, https://example.org/p.",
        "G, G. “Undated.” J.",
        "H, H. “Literal.” J, forthcoming.",
        "I, I. “Cross-Year Range.” Times, 30 Dec. 2015–2 Jan. 2016.",
    ],
    ("dates", "elsevier-harvard"): [
        "A, A., 2010–2012. Year range. J.",
        "B, B., 2015. Day range. Times.",
        "C, C., 2016. Month range. Times.",
        "D, D., 2017. Season. Mag.",
        "E, E., 1850. Circa. J.",
        "F, F., 2020. A page [WWW Document]. Site. URL https://example.org/p (accessed 1.5.23).",
        "G, G., n.d. Undated. J.",
        "H, H., forthcoming. Literal. J.",
        "I, I., 2015–2016. Cross-year range. Times.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_dates(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
