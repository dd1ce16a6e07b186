from __future__ import annotations

import pytest

from cvbib.merge import normalize_arxiv, normalize_doi
from cvbib.merge.ids import arxiv_from_doi, clean_doi


@pytest.mark.parametrize(
    "text",
    [
        "10.1145/3580305.3599256",
        "https://doi.org/10.1145/3580305.3599256",
        "http://dx.doi.org/10.1145/3580305.3599256",
        "doi:10.1145/3580305.3599256",
        "DOI: 10.1145/3580305.3599256.",
        "https://doi.org/10.1145/3580305.3599256)",
        "10.1145/3580305.3599256;",
    ],
)
def test_doi_spellings_agree(text: str) -> None:
    assert normalize_doi(text) == "10.1145/3580305.3599256"


def test_doi_is_lower_cased() -> None:
    assert normalize_doi("10.1109/TPDS.2023.12345") == "10.1109/tpds.2023.12345"


def test_doi_with_escaped_url_characters() -> None:
    assert normalize_doi("https://doi.org/10.1002/%28SICI%291097") == "10.1002/(sici)1097"


@pytest.mark.parametrize("text", ["", None, "not a doi", "10.1145", "https://example.org/x"])
def test_not_a_doi(text: str | None) -> None:
    assert normalize_doi(text) is None


def test_papers_sharing_a_doi_prefix_have_different_dois() -> None:
    assert normalize_doi("10.1145/1111111") != normalize_doi("10.1145/2222222")


@pytest.mark.parametrize(
    "text",
    [
        "2401.12345",
        "arXiv:2401.12345",
        "arXiv:2401.12345v2",
        "arxiv 2401.12345v11",
        "https://arxiv.org/abs/2401.12345",
        "https://arxiv.org/abs/2401.12345v3",
        "https://arxiv.org/pdf/2401.12345v1.pdf",
        "http://export.arxiv.org/abs/2401.12345",
        "10.48550/arXiv.2401.12345",
        "https://doi.org/10.48550/arXiv.2401.12345",
    ],
)
def test_arxiv_spellings_agree(text: str) -> None:
    assert normalize_arxiv(text) == "2401.12345"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hep-th/9901001", "hep-th/9901001"),
        ("arXiv:hep-th/9901001v2", "hep-th/9901001"),
        ("https://arxiv.org/abs/math.GT/0309136", "math.gt/0309136"),
        ("1501.00001", "1501.00001"),
        ("0704.0001v1", "0704.0001"),
    ],
)
def test_arxiv_old_and_new_ids(text: str, expected: str) -> None:
    assert normalize_arxiv(text) == expected


@pytest.mark.parametrize("text", ["", None, "arXiv preprint", "12345", "https://arxiv.org/"])
def test_not_an_arxiv_id(text: str | None) -> None:
    assert normalize_arxiv(text) is None


def test_arxiv_doi_names_the_preprint() -> None:
    assert arxiv_from_doi("10.48550/arxiv.2305.14314") == "2305.14314"
    assert arxiv_from_doi("10.1145/3580305.3599256") is None


def test_clean_doi_keeps_case() -> None:
    assert clean_doi("https://doi.org/10.1109/TPDS.2023.1") == "10.1109/TPDS.2023.1"
