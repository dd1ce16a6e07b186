"""LaTeX CVs: sections, list items, \\textbf/\\emph and accents (see ``latex_tree``)."""

from __future__ import annotations

import re

from cvbib.read import register
from cvbib.read.document import Document


def sniff(text: str) -> float:
    head = text[:200_000]
    hits = len(re.findall(r"\\(documentclass|begin\{|section\*?\{|item\b|textbf\{|emph\{)", head))
    return 1.0 if hits >= 3 else 0.1 if hits else 0.0


@register("latex", (".tex", ".latex", ".ltx"), sniff)
def read_latex(text: str, path: str) -> Document:
    # imported here: pylatexenc costs every start time, and most CVs are not LaTeX
    from cvbib.read.latex_tree import read_latex_tree

    if "\\bib" in text:
        from cvbib.read.amsrefs import without_blocks

        text = without_blocks(text)  # amsrefs entries are read as data (extract.py)
    return read_latex_tree(text, path)
