"""amsrefs entries in LaTeX CVs: read as the bibliography data they are."""

from __future__ import annotations

import cvbib
from cvbib.read.amsrefs import fields, to_bibtex, without_blocks

AMSREFS_CV = r"""\documentclass{amsart}
\usepackage{amsrefs}
\begin{document}
\section*{Publications}
\begin{bibdiv}
\begin{biblist}
\bib{GLV23}{article}{
   author={Gauthier-L\'{e}vesque, Rapha\"{e}l},
   author={Vorhees, Anneliese K.},
   title={The $\ell$-adic monodromy of {K}3 surfaces},
   journal={Duke Math. J.},
   volume={172},
   date={2023},
   number={9},
   pages={1701--1763},
   review={\MR{4623015}},
}
% \bib{old}{article}{author={Nobody, N.}, title={Commented out}}
\bib{V21}{collection.article}{
   author={Vorhees, Anneliese K.},
   title={Local models},
   book={
      title={Shimura varieties},
      editor={Haines, Thomas},
      editor={Harris, Michael},
      publisher={Cambridge Univ. Press},
      date={2020},
   },
   pages={1--40},
}
\bib{MV24}{misc}{
   author={Mbeki, Thabo},
   author={Vorhees, Anneliese K.},
   title={Supersingular loci},
   eprint={arXiv:2209.11873},
   status={submitted},
}
\bib{V25}{article}{
   author={Vorhees, Anneliese K.},
   title={Newton strata},
   journal={Amer. J. Math.},
   status={to appear},
}
\end{biblist}
\end{bibdiv}
\section*{Talks}
\begin{itemize}\item Local models, Harvard, 2023\end{itemize}
\end{document}
"""


def test_fields_keep_repeated_names_and_nested_groups() -> None:
    pairs = fields("author={A, B}, author={C, D}, book={title={T}, editor={E, F}}, date={2020}")
    assert pairs == [
        ("author", "A, B"),
        ("author", "C, D"),
        ("book", "title={T}, editor={E, F}"),
        ("date", "2020"),
    ]


def test_a_collection_article_takes_its_book() -> None:
    bib = to_bibtex(
        "k",
        "collection.article",
        "author={A, B}, title={T}, book={title={Book}, "
        "editor={E, F}, editor={G, H}, publisher={P}, date={2020}}",
    )
    assert bib == (
        "@incollection{k, title = {T}, booktitle = {Book}, publisher = {P}, year = {2020}, "
        "author = {A, B}, editor = {E, F and G, H}}"
    )


def test_bib_blocks_are_blanked_line_for_line() -> None:
    blank = without_blocks(AMSREFS_CV)
    assert blank.count("\n") == AMSREFS_CV.count("\n")
    assert "Duke Math" not in blank and "Commented out" in blank


def test_entries_are_read_with_their_lines() -> None:
    recs = cvbib.extract_text(AMSREFS_CV, "cv.tex").records
    assert [(r.source.line if r.source else 0, r.title) for r in recs] == [
        (7, "The ℓ-adic monodromy of K3 surfaces"),
        (19, "Local models"),
        (31, "Supersingular loci"),
        (38, "Newton strata"),
    ]
    duke, chapter, preprint, accepted = recs
    assert [p.family for p in duke.authors] == ["Gauthier-Lévesque", "Vorhees"]
    assert (duke.type, duke.venue, duke.volume, duke.pages, duke.year) == (
        "article",
        "Duke Math. J.",
        "172",
        "1701--1763",
        2023,
    )
    assert chapter.type == "incollection" and chapter.venue == "Shimura varieties"
    assert [p.family for p in chapter.editors] == ["Haines", "Harris"]
    assert preprint.arxiv == "2209.11873" and preprint.status == "under review"
    assert accepted.status == "forthcoming"
