"""Title case (stop words, acronyms, mixed case, hyphenated words, nocase spans, after a
colon or question mark) and no title case for items in other languages."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("titles", "apa"): [
        "A, A. (2001). on the origin of species by means of natural selection. Journal of the Royal Society.",
        "B, B. (2002). Deep learning: a review of the state of the art. J.",
        "C, C. (2003). The UK and the EU after Brexit. J.",
        "D, D. (2004). iPhone and eBay in the age of AI. J.",
        "E, E. (2005). Self-supervised learning for out-of-distribution detection. J.",
        "F, F. (2006). A pH sensor for use in vitro. J.",
        "G, G. (2007). What is to be done? an inquiry into the nature of things. J.",
    ],
    ("titles", "ieee"): [
        "[1] A. A, “on the origin of species by means of natural selection,” journal of the royal society, 2001.",
        "[2] B. B, “Deep learning: a review of the state of the art,” J, 2002.",
        "[3] C. C, “The UK and the EU after Brexit,” J, 2003.",
        "[4] D. D, “iPhone and eBay in the age of AI,” J, 2004.",
        "[5] E. E, “Self-supervised learning for out-of-distribution detection,” J, 2005.",
        "[6] F. F, “A pH sensor for use in vitro,” J, 2006.",
        "[7] G. G, “What is to be done? an inquiry into the nature of things,” J, 2007.",
    ],
    ("titles", "chicago-author-date"): [
        "A, A. 2001. “On the Origin of Species by Means of Natural Selection.” Journal of the Royal Society.",
        "B, B. 2002. “Deep Learning: A Review of the State of the Art.” J.",
        "C, C. 2003. “The UK and the EU after Brexit.” J.",
        "D, D. 2004. “iPhone and eBay in the Age of AI.” J.",
        "E, E. 2005. “Self-Supervised Learning for out-of-Distribution Detection.” J.",
        "F, F. 2006. “A pH Sensor for Use in Vitro.” J.",
        "G, G. 2007. “What Is to Be Done? An Inquiry into the Nature of Things.” J.",
    ],
    ("titles", "modern-language-association"): [
        "A, A. “On the Origin of Species by Means of Natural Selection.” Journal of the Royal Society, 2001.",
        "B, B. “Deep Learning: A Review of the State of the Art.” J, 2002.",
        "C, C. “The UK and the EU after Brexit.” J, 2003.",
        "D, D. “iPhone and eBay in the Age of AI.” J, 2004.",
        "E, E. “Self-Supervised Learning for out-of-Distribution Detection.” J, 2005.",
        "F, F. “A pH Sensor for Use in Vitro.” J, 2006.",
        "G, G. “What Is to Be Done? An Inquiry into the Nature of Things.” J, 2007.",
    ],
    ("lang", "apa"): [
        "A, B. (2000). on the origin of species. journal of things.",
        "C, B. (2000). on the origin of species. Journal of Things.",
        "D, B. (2000). on the origin of species. journal of things.",
        "E, B. (2000). on the origin of species. Journal of Things.",
    ],
    ("lang", "ieee"): [
        "[1] B. A, “on the origin of species,” journal of things, 2000.",
        "[2] B. C, “on the origin of species,” journal of things, 2000.",
        "[3] B. D, “on the origin of species,” journal of things, 2000.",
        "[4] B. E, “on the origin of species,” journal of things, 2000.",
    ],
    ("lang", "chicago-author-date"): [
        "A, B. 2000. “on the origin of species.” journal of things.",
        "C, B. 2000. “On the Origin of Species.” Journal of Things.",
        "D, B. 2000. “on the origin of species.” journal of things.",
        "E, B. 2000. “On the Origin of Species.” Journal of Things.",
    ],
    ("lang", "modern-language-association"): [
        "A, B. “on the origin of species.” journal of things, 2000.",
        "C, B. “On the Origin of Species.” Journal of Things, 2000.",
        "D, B. “on the origin of species.” journal of things, 2000.",
        "E, B. “On the Origin of Species.” Journal of Things, 2000.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_titlecase(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
