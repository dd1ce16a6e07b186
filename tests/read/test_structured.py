"""Data CVs (RenderCV YAML, JSON Resume): each entry written as the line a CV prints."""

from __future__ import annotations

import pytest

import cvbib
from cvbib.errors import CvbibError
from cvbib.inputs import input_kind
from cvbib.read import choose_reader

RENDERCV = """\
cv:
  name: Jane Doe
  email: jane@example.com
  sections:
    education:
      - institution: MIT
        area: Computer Science
        degree: PhD
        start_date: 2020-09
        end_date: present
    publications:
      - title: "KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache"
        authors:
          - Zirui Liu
          - "**Jane Doe**"
          - Bob Poe*
        journal: ICML 2024
        date: 2024-07
        doi: 10.5555/3692070.3693381
        summary: Oral presentation
      - title: Sparse Attention at Scale
        authors: ["**Jane Doe**", Ann Lee]
        journal: arXiv preprint
        date: Under review
        url: https://arxiv.org/abs/2401.01234
    Workshop Papers:
      - bullet: "Jane Doe and Ann Lee. Tiny Models. In ES-FoMo Workshop at ICML, 2023."
    selected talks:
      - name: Efficient LLMs
        date: 2024-03
        summary: Invited talk at Google
design:
  theme: classic
"""

JSON_RESUME = """\
{
\t"basics": {"name": "Maria Gomez", "label": "Economist"},
\t"work": [{"name": "World Bank", "position": "Economist", "startDate": "2019-01-01"}],
\t"publications": [
\t\t{
\t\t\t"name": "Tariffs and Local Labor Markets",
\t\t\t"publisher": "American Economic Review",
\t\t\t"releaseDate": "2021-03-01",
\t\t\t"url": "https://doi.org/10.1257/aer.20190123",
\t\t\t"summary": "with Ana Ruiz and Tom Kerr. Lead article."
\t\t},
\t\t{"name": "Informality and Growth", "publisher": "Journal of Development Economics",
\t\t "releaseDate": "2019"}
\t],
\t"awards": [{"title": "Best Paper Award", "date": "2020", "awarder": "SED"}]
}
"""


def _extract(text: str, name: str) -> list[cvbib.Record]:
    return cvbib.extract_text(text, name).records


def test_rendercv_publications_are_read_with_their_fields_and_lines() -> None:
    recs = _extract(RENDERCV, "cv.yaml")
    assert [r.title for r in recs] == [
        "KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache",
        "Sparse Attention at Scale",
        "Tiny Models",
    ]
    kivi, sparse, tiny = recs
    assert [p.family for p in kivi.authors] == ["Liu", "Doe", "Poe"]
    assert kivi.type == "inproceedings" and kivi.year == 2024
    assert kivi.doi == "10.5555/3692070.3693381"
    assert "Oral" in kivi.notes
    assert kivi.source is not None and kivi.source.line == 12  # the "- title:" line
    assert sparse.type == "misc" and sparse.arxiv == "2401.01234"
    assert tiny.workshop and tiny.source is not None and tiny.source.line == 27


def test_rendercv_sections_other_than_publications_give_nothing() -> None:
    titles = {r.title for r in _extract(RENDERCV, "cv.yaml")}
    assert "Efficient LLMs" not in titles and "MIT" not in " ".join(titles)


def test_json_resume_publications_take_the_owner_and_coauthors_from_the_summary() -> None:
    recs = _extract(JSON_RESUME, "resume.json")
    assert [r.title for r in recs] == ["Tariffs and Local Labor Markets", "Informality and Growth"]
    first, second = recs
    assert [p.family for p in first.authors] == ["Gomez", "Ruiz", "Kerr"]
    assert first.type == "article" and first.year == 2021
    assert first.venue == "American Economic Review"
    assert first.source is not None and first.source.line == 6
    assert [p.family for p in second.authors] == ["Gomez"]  # the owner: no one else named


def test_readers_are_chosen_by_suffix_and_content() -> None:
    assert choose_reader("cv.yml", RENDERCV).name == "yaml"
    assert choose_reader("cv.txt", RENDERCV).name == "yaml"
    assert choose_reader("resume.json", JSON_RESUME).name == "json-cv"


def test_a_json_resume_is_a_cv_input_and_csl_json_a_library(tmp_path) -> None:
    cv = tmp_path / "resume.json"
    cv.write_text(JSON_RESUME, encoding="utf-8")
    lib = tmp_path / "library.json"
    lib.write_text('[{"id": "a", "type": "book", "title": "X"}]', encoding="utf-8")
    assert input_kind(str(cv)) == "cv"
    assert input_kind(str(lib)) == "csl-json"


def test_broken_yaml_names_the_line() -> None:
    with pytest.raises(CvbibError) as err:
        _extract("cv:\n  sections:\n    publications:\n      - title: [unclosed\n", "cv.yaml")
    assert err.value.line is not None and "YAML" in str(err.value)


def test_a_bare_list_of_works_is_a_publication_list() -> None:
    text = (
        '[{"id": "a", "type": "article-journal", "title": "A Paper on Things",\n'
        '  "author": [{"family": "Doe", "given": "Jane"}], "container-title": "Nature",\n'
        '  "issued": {"date-parts": [[2021, 3]]}}]\n'
    )
    (rec,) = _extract(text, "items.json")
    assert (rec.title, rec.venue, rec.year) == ("A Paper on Things", "Nature", 2021)
    assert [(p.given, p.family) for p in rec.authors] == [("Jane", "Doe")]


def test_json_resume_summaries_name_coauthors_books_and_unfinished_work() -> None:
    text = """{
  "basics": {"name": "Helena Vargas"},
  "publications": [
    {"name": "Remote Work and Gender Gaps", "publisher": "AEA Papers and Proceedings",
     "releaseDate": "2023-05-01", "summary": "with Grace Holloway and Rafael Monteiro, 113: 588–593"},
    {"name": "Labor Market Institutions", "publisher": "Handbook of Labor Economics",
     "releaseDate": "2024", "summary": "Book chapter, with Rafael Monteiro. In P. Estrada and J. Whitfield (eds.), Handbook of Labor Economics, Elsevier, pp. 211–268."},
    {"name": "Automation Exposure and Informal Employment", "publisher": "Work in progress",
     "summary": "With Lucas Pereira."}
  ]
}
"""
    recs = _extract(text, "resume.json")
    assert [r.title for r in recs] == ["Remote Work and Gender Gaps", "Labor Market Institutions"]
    remote, chapter = recs
    assert [p.family for p in remote.authors] == ["Vargas", "Holloway", "Monteiro"]
    assert [p.family for p in chapter.authors] == ["Vargas", "Monteiro"]
    assert chapter.type == "incollection"
    assert [p.family for p in chapter.editors] == ["Estrada", "Whitfield"]
    assert (chapter.pages, chapter.year) == ("211--268", 2024)


def test_rendercv_theses_as_normal_entries() -> None:
    text = """cv:
  name: Priya Raman
  sections:
    Theses:
      - name: Adaptive Sparse Attention for Long Documents
        date: 2023-05
        location: Pittsburgh, PA
        summary: "M.S. thesis, Machine Learning Department, Carnegie Mellon University. Advisor: Daniel Okafor."
"""
    (rec,) = _extract(text, "cv.yaml")
    assert (rec.type, rec.title, rec.venue, rec.year) == (
        "mastersthesis",
        "Adaptive Sparse Attention for Long Documents",
        "Carnegie Mellon University",
        2023,
    )
    assert [p.family for p in rec.authors] == ["Raman"]


def test_a_text_cv_with_labelled_lines_is_no_yaml() -> None:
    text = (
        "Datos generales\nNombre: LUZ QUINTERO\nSexo: Femenino\nCategoría: Asociado\n\n"
        "Actividades de docencia\n- Pregrado: Economía agrícola, Econometría\n"
        "Revista: Land Use Policy ISSN: 0264-8377\n"
    )
    assert choose_reader("cv.txt", text).name == "text"
