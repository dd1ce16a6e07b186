"""LaTeX CVs that print their publications from .bib files."""

from __future__ import annotations

from pathlib import Path

from cvbib import extract_file
from cvbib.read.latex_bibliography import bibliography_request, resolve

BIB = r"""@article{doe2021a,
  author = {Doe, Jane and M{\"u}ller, Hans},
  title = {Sparse Attention for Long Documents},
  journal = {Journal of Machine Learning Research},
  volume = {22}, pages = {1--30}, year = {2021},
  keywords = {own, journal}
}

@inproceedings{doe2022b,
  author = {Jane Doe and Wei Zhang},
  title = {{KIVI}: Quantized Caches},
  booktitle = {International Conference on Machine Learning},
  year = {2022}, keywords = {own}
}

@article{smith2019,
  author = {Smith, John},
  title = {Someone Else's Paper},
  journal = {Nature}, year = {2019}
}
"""


def _cv(tmp_path: Path, body: str, bib: str = BIB, bib_name: str = "pubs.bib") -> Path:
    (tmp_path / bib_name).write_text(bib, encoding="utf-8")
    tex = tmp_path / "cv.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Education}\n"
        "\\begin{itemize}\\item PhD, MIT, 2020\\end{itemize}\n" + body + "\\end{document}\n",
        encoding="utf-8",
    )
    return tex


def test_request_reads_resources_citations_and_keyword_filters() -> None:
    req = bibliography_request(
        "\\addbibresource[location=local]{pubs.bib}\n"
        "% \\addbibresource{old.bib}\n"
        "\\bibliography{a, b}\\bibliographystyle{plain}\n"
        "\\nocite{x,y} \\textcite[p.~3]{z} \\bibentry{w}\n"
        "\\printbibliography[type=article,keyword=own]\n"
        "\\printbibliography[keyword={talk}]\n"
    )
    assert req.files == [("pubs.bib", 1), ("a", 3), ("b", 3)]
    assert req.keys == {"x", "y", "z", "w"} and not req.everything
    assert req.keywords == {"own", "talk"}
    assert req.wants("x", {"own"}) and not req.wants("x", set()) and not req.wants("q", {"own"})


def test_a_printed_list_without_keyword_prints_everything_cited() -> None:
    req = bibliography_request(
        "\\nocite{*}\n\\printbibliography[keyword=own]\n\\printbibliography\n"
    )
    assert req.everything and req.keywords is None and req.wants("any", set())


def test_resolve_adds_bib_suffix(tmp_path: Path) -> None:
    assert resolve("pubs", tmp_path) == tmp_path / "pubs.bib"
    assert resolve("sub/pubs.bib", tmp_path) == tmp_path / "sub" / "pubs.bib"


def test_biblatex_nocite_star_with_keyword_filter(tmp_path: Path) -> None:
    tex = _cv(
        tmp_path,
        "\\addbibresource{pubs.bib}\n\\section{Publications}\n\\nocite{*}\n"
        "\\printbibliography[type=article,keyword=own,title={Journal Articles}]\n"
        "\\printbibliography[type=inproceedings,keyword=own]\n",
    )
    result = extract_file(str(tex))
    titles = [r.title for r in result.records]
    assert titles == ["Sparse Attention for Long Documents", "KIVI: Quantized Caches"]
    first = result.records[0]
    assert first.type == "article" and first.year == 2021
    assert [p.family for p in first.authors] == ["Doe", "Müller"]
    # traceable to the .bib file, its line and its own key; the output key is canonical
    assert first.source is not None
    assert first.source.path == str(tmp_path / "pubs.bib")
    assert (first.source.line, first.source.key) == (1, "doe2021a")
    assert first.key is None
    assert not any("no entries" in w.message for w in result.warnings)


def test_bibtex_bibliography_without_suffix_and_cited_keys_only(tmp_path: Path) -> None:
    tex = _cv(
        tmp_path,
        "\\section{Selected Papers}\n\\nocite{doe2022b,smith2019}\n"
        "\\bibliographystyle{plain}\n\\bibliography{pubs}\n",
    )
    titles = {r.title for r in extract_file(str(tex)).records}
    assert titles == {"KIVI: Quantized Caches", "Someone Else's Paper"}


def test_bibentry_items_are_read_from_the_bib(tmp_path: Path) -> None:
    tex = _cv(
        tmp_path,
        "\\nobibliography{pubs}\n\\section{Publications}\n\\begin{enumerate}\n"
        "\\item \\bibentry{doe2021a}\n\\end{enumerate}\n",
    )
    result = extract_file(str(tex))
    assert [r.title for r in result.records] == ["Sparse Attention for Long Documents"]


def test_a_missing_bib_is_a_warning_with_the_line(tmp_path: Path) -> None:
    tex = _cv(tmp_path, "\\section{Publications}\n\\nocite{*}\n\\bibliography{gone}\n")
    result = extract_file(str(tex))
    assert result.records == []
    assert any(
        w.line == 7 and "bibliography 'gone': not found" in w.message for w in result.warnings
    )


def test_cv_entries_and_bib_entries_together(tmp_path: Path) -> None:
    tex = _cv(
        tmp_path,
        "\\section{Publications}\n\\begin{enumerate}\n"
        "\\item J. Doe, ``Graph Sparsification for Fast Training,'' in \\emph{Proc. KDD}, 2020.\n"
        "\\end{enumerate}\n\\nocite{smith2019}\n\\bibliography{pubs}\n",
    )
    titles = [r.title for r in extract_file(str(tex)).records]
    assert titles == ["Graph Sparsification for Fast Training", "Someone Else's Paper"]
