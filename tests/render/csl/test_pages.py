"""Page ranges in each page-range-format (expanded, chicago-16, minimal-two, none),
prefixed pages, roman numerals, and container-title-short."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("pages", "apa"): [
        "A, A. (2001). One. J, 1, 321–328.",
        "B, B. (2002). Two. J, 1, 1496–1504.",
        "C, C. (2003). Three. J, 1, 101–108.",
        "D, D. (2004). Four. J, 1, 42.",
        "E, E. (2005). Five. J, 1, e1234.",
        "F, F. (2006). Six. J, 1, 2345–2367.",
        "G, G. (2007). Seven. J, 1, S1–S9.",
        "H, H. (2008). Eight. J, 1, 5, 9–11.",
        "I, I. (2009). Nine. J, 1, 11–12.",
    ],
    ("pages", "ieee"): [
        "[1] A. A, “One,” J, vol. 1, pp. 321–328, 2001.",
        "[2] B. B, “Two,” J, vol. 1, pp. 1496–1504, 2002.",
        "[3] C. C, “Three,” J, vol. 1, pp. 101–108, 2003.",
        "[4] D. D, “Four,” J, vol. 1, p. 42, 2004.",
        "[5] E. E, “Five,” J, vol. 1, p. e1234, 2005.",
        "[6] F. F, “Six,” J, vol. 1, pp. 2345–2367, 2006.",
        "[7] G. G, “Seven,” J, vol. 1, pp. S1–S9, 2007.",
        "[8] H. H, “Eight,” J, vol. 1, pp. 5, 9–11, 2008.",
        "[9] I. I, “Nine,” J, vol. 1, pp. 11–12, 2009.",
    ],
    ("pages", "chicago-author-date"): [
        "A, A. 2001. “One.” J 1: 321–28.",
        "B, B. 2002. “Two.” J 1: 1496–504.",
        "C, C. 2003. “Three.” J 1: 101–8.",
        "D, D. 2004. “Four.” J 1: 42.",
        "E, E. 2005. “Five.” J 1: e1234.",
        "F, F. 2006. “Six.” J 1: 2345–67.",
        "G, G. 2007. “Seven.” J 1: S1–9.",
        "H, H. 2008. “Eight.” J 1: 5, 9–11.",
        "I, I. 2009. “Nine.” J 1: 11–12.",
    ],
    ("pages", "modern-language-association"): [
        "A, A. “One.” J, vol. 1, 2001, pp. 321–28.",
        "B, B. “Two.” J, vol. 1, 2002, pp. 1496–504.",
        "C, C. “Three.” J, vol. 1, 2003, pp. 101–08.",
        "D, D. “Four.” J, vol. 1, 2004, p. 42.",
        "E, E. “Five.” J, vol. 1, 2005, p. e1234.",
        "F, F. “Six.” J, vol. 1, 2006, pp. 2345–67.",
        "G, G. “Seven.” J, vol. 1, 2007, pp. S1–9.",
        "H, H. “Eight.” J, vol. 1, 2008, pp. 5, 9–11.",
        "I, I. “Nine.” J, vol. 1, 2009, pp. 11–12.",
    ],
    ("pages", "elsevier-harvard"): [
        "A, A., 2001. One. J 1, 321–328.",
        "B, B., 2002. Two. J 1, 1496–1504.",
        "C, C., 2003. Three. J 1, 101–108.",
        "D, D., 2004. Four. J 1, 42.",
        "E, E., 2005. Five. J 1, e1234.",
        "F, F., 2006. Six. J 1, 2345–2367.",
        "G, G., 2007. Seven. J 1, S1–S9.",
        "H, H., 2008. Eight. J 1, 5, 9–11.",
        "I, I., 2009. Nine. J 1, 11–12.",
    ],
    ("pages2", "apa"): [
        "A, A. (2001). One. J, 1, 321–328.",
        "B, B. (2002). Two. J, 1, S1-9.",
        "C, C. (2003). Three. J, 1, S10–S19.",
        "D, D. (2004). Four. J, 1, e101–e108.",
        "E, E. (2005). Five. J, 1, A12-B3.",
        "F, F. (2006). Six. J, 1, 15–12.",
        "G, G. (2007). Seven. J, 1, 10001–10105.",
        "H, H. (2008). Eight. J, 1, 100–104.",
        "I, I. (2009). Nine. J, 1, 1100–1113.",
    ],
    ("pages2", "ieee"): [
        "[1] A. A, “One,” J, vol. 1, pp. 321–8, 2001.",
        "[2] B. B, “Two,” J, vol. 1, pp. S1-9, 2002.",
        "[3] C. C, “Three,” J, vol. 1, pp. S10–S19, 2003.",
        "[4] D. D, “Four,” J, vol. 1, pp. e101–e108, 2004.",
        "[5] E. E, “Five,” J, vol. 1, pp. A12-B3, 2005.",
        "[6] F. F, “Six,” J, vol. 1, pp. 15–12, 2006.",
        "[7] G. G, “Seven,” J, vol. 1, pp. 10001–10105, 2007.",
        "[8] H. H, “Eight,” J, vol. 1, pp. 100–104, 2008.",
        "[9] I. I, “Nine,” J, vol. 1, pp. 1100–1113, 2009.",
    ],
    ("pages2", "chicago-author-date"): [
        "A, A. 2001. “One.” J 1: 321–28.",
        "B, B. 2002. “Two.” J 1: S1-9.",
        "C, C. 2003. “Three.” J 1: S10–19.",
        "D, D. 2004. “Four.” J 1: e101–8.",
        "E, E. 2005. “Five.” J 1: A12-B3.",
        "F, F. 2006. “Six.” J 1: 15–12.",
        "G, G. 2007. “Seven.” J 1: 10001–105.",
        "H, H. 2008. “Eight.” J 1: 100–104.",
        "I, I. 2009. “Nine.” J 1: 1100–1113.",
    ],
    ("pages2", "modern-language-association"): [
        "A, A. “One.” J, vol. 1, 2001, pp. 321–28.",
        "B, B. “Two.” J, vol. 1, 2002, pp. S1-9.",
        "C, C. “Three.” J, vol. 1, 2003, pp. S10–19.",
        "D, D. “Four.” J, vol. 1, 2004, pp. e101–08.",
        "E, E. “Five.” J, vol. 1, 2005, pp. A12-B3.",
        "F, F. “Six.” J, vol. 1, 2006, pp. 15–12.",
        "G, G. “Seven.” J, vol. 1, 2007, pp. 10001–105.",
        "H, H. “Eight.” J, vol. 1, 2008, pp. 100–04.",
        "I, I. “Nine.” J, vol. 1, 2009, pp. 1100–13.",
    ],
    ("pages2", "elsevier-harvard"): [
        "A, A., 2001. One. J 1, 321–8.",
        "B, B., 2002. Two. J 1, S1-9.",
        "C, C., 2003. Three. J 1, S10–S19.",
        "D, D., 2004. Four. J 1, e101–e108.",
        "E, E., 2005. Five. J 1, A12-B3.",
        "F, F., 2006. Six. J 1, 15–12.",
        "G, G., 2007. Seven. J 1, 10001–10105.",
        "H, H., 2008. Eight. J 1, 100–104.",
        "I, I., 2009. Nine. J 1, 1100–1113.",
    ],
    ("roman", "apa"): [
        "A, B. (2000). Roman (pp. xii–xv). P.",
        "C, D. (2000). Roman2. In Book (p. iii). P.",
    ],
    ("roman", "ieee"): [
        "[1] B. A, Roman. P, 2000, pp. xii–xv.",
        "[2] D. C, “Roman2,” in Book, P, 2000, p. iii.",
    ],
    ("roman", "chicago-author-date"): [
        "A, B. 2000. Roman. P.",
        "C, D. 2000. “Roman2.” In Book. P.",
    ],
    ("roman", "modern-language-association"): [
        "A, B. Roman. P, 2000, pp. xii–xv.",
        "C, D. “Roman2.” Book, P, 2000, p. iii.",
    ],
    ("roman", "elsevier-harvard"): [
        "A, B., 2000. Roman. P.",
        "C, D., 2000. Roman2, in: Book. P, p. iii.",
    ],
    ("short", "apa"): [
        "A, B. (2000). Short only. 3, 1–2.",
        "C, B. (2000). Both. Nature, 3, 1–2.",
        "D, B. (2000). Long title. 3, 1–2.",
    ],
    ("short", "ieee"): [
        "[1] B. A, “Short only,” Nat., vol. 3, pp. 1–2, 2000.",
        "[2] B. C, “Both,” Nat., vol. 3, pp. 1–2, 2000.",
        "[3] B. D, “Long title,” vol. 3, pp. 1–2, 2000.",
    ],
    ("short", "chicago-author-date"): [
        "A, B. 2000. Short Only. 3: 1–2.",
        "C, B. 2000. “Both.” Nature 3: 1–2.",
        "D, B. 2000. Long Title. 3: 1–2.",
    ],
    ("short", "modern-language-association"): [
        "A, B. Short Only. vol. 3, 2000, pp. 1–2.",
        "C, B. “Both.” Nature, vol. 3, 2000, pp. 1–2.",
        "D, B. Long Title. vol. 3, 2000, pp. 1–2.",
    ],
    ("short", "elsevier-harvard"): [
        "A, B., 2000. Short only. Nat. 3, 1–2.",
        "C, B., 2000. Both. Nat. 3, 1–2.",
        "D, B., 2000. Long title 3, 1–2.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_pages(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
