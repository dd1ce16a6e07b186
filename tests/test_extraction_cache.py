"""A CV read before is served from the cache, exactly as it was read, and only then."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvbib import extraction_cache
from cvbib.cli import app
from cvbib.errors import CvbibError
from cvbib.extract import extract_file

CV = (
    "## Publications\n\n"
    "- Smith, J., & Lee, K. (2020). A first paper title. Journal of Things, 3, 1-9.\n"
    "- Smith, J. (2021). A second paper title. In Proceedings of ICML (pp. 1-9).\n"
)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Each time the CV is really read, its path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("CVBIB_NO_CACHE", raising=False)
    calls: list[str] = []

    def reading(path: str, fmt: str | None = None):  # type: ignore[no-untyped-def]
        calls.append(path)
        return extract_file(path, fmt)

    monkeypatch.setattr(extraction_cache, "extract_file", reading)
    return calls


def test_a_cv_read_again_comes_from_the_cache(counted: list[str], tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    first = extraction_cache.extract_file_cached(str(cv))
    second = extraction_cache.extract_file_cached(str(cv))
    assert counted == [str(cv)]
    assert second == first == extract_file(str(cv))
    assert [r.source.line for r in second.records] == [3, 4]  # type: ignore[union-attr]
    assert list((tmp_path / "cache" / "cvbib" / "extractions").glob("*.pickle"))


def test_a_changed_cv_is_read_again(counted: list[str], tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    extraction_cache.extract_file_cached(str(cv))
    cv.write_text(CV.replace("2021", "2022"), encoding="utf-8")
    result = extraction_cache.extract_file_cached(str(cv))
    assert len(counted) == 2
    assert result.records[1].year == 2022


def test_a_latex_cv_printing_from_a_bib_is_read_each_time(
    counted: list[str], tmp_path: Path
) -> None:
    """The .bib may change while the .tex does not: such a CV is never served stale."""
    bib = tmp_path / "pubs.bib"
    bib.write_text(
        "@article{a, author={Doe, J.}, title={First Title Here}, year={2020}, journal={Nature}}\n"
    )
    cv = tmp_path / "cv.tex"
    cv.write_text("\\section{Publications}\n\\nocite{*}\n\\bibliography{pubs}\n", encoding="utf-8")
    assert [r.title for r in extraction_cache.extract_file_cached(str(cv)).records] == [
        "First Title Here"
    ]
    bib.write_text(bib.read_text().replace("First", "Second"))
    result = extraction_cache.extract_file_cached(str(cv))
    assert len(counted) == 2
    assert [r.title for r in result.records] == ["Second Title Here"]


def test_the_same_text_under_another_name_keeps_its_own_source(
    counted: list[str], tmp_path: Path
) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(CV, encoding="utf-8")
    b.write_text(CV, encoding="utf-8")
    extraction_cache.extract_file_cached(str(a))
    result = extraction_cache.extract_file_cached(str(b))
    assert counted == [str(a), str(b)]
    assert result.records[0].source.path == str(b)  # type: ignore[union-attr]


def test_the_format_asked_for_is_part_of_the_key(counted: list[str], tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    extraction_cache.extract_file_cached(str(cv))
    result = extraction_cache.extract_file_cached(str(cv), "text")
    assert len(counted) == 2
    assert result.format == "text"


def test_no_cache_when_turned_off(
    counted: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CVBIB_NO_CACHE", "1")
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    extraction_cache.extract_file_cached(str(cv))
    extraction_cache.extract_file_cached(str(cv))
    assert len(counted) == 2
    assert not (tmp_path / "cache" / "cvbib" / "extractions").exists()


def test_a_damaged_entry_is_read_again(counted: list[str], tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    extraction_cache.extract_file_cached(str(cv))
    for entry in (tmp_path / "cache" / "cvbib" / "extractions").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    result = extraction_cache.extract_file_cached(str(cv))
    assert len(counted) == 2 and len(result.records) == 2


def test_errors_are_not_cached(counted: list[str], tmp_path: Path) -> None:
    with pytest.raises(CvbibError, match="no such file"):
        extraction_cache.extract_file_cached(str(tmp_path / "missing.md"))
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CvbibError):
        extraction_cache.extract_file_cached(str(empty))
    assert not (tmp_path / "cache" / "cvbib" / "extractions").exists()


def test_only_the_most_recent_extractions_are_kept(
    counted: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extraction_cache, "MAX_ENTRIES", 3)
    for i in range(5):
        cv = tmp_path / f"cv{i}.md"
        cv.write_text(CV, encoding="utf-8")
        extraction_cache.extract_file_cached(str(cv))
    assert len(list((tmp_path / "cache" / "cvbib" / "extractions").glob("*.pickle"))) == 3


def test_the_command_line_reads_a_cv_once(counted: list[str], tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(cv)])
    rendered = runner.invoke(app, ["render", str(cv), "--style", "apa"])
    again = runner.invoke(app, ["extract", str(cv)])
    assert extracted.exit_code == rendered.exit_code == again.exit_code == 0
    assert again.stdout == extracted.stdout
    assert "A second paper title" in rendered.stdout
    assert counted == [str(cv)]
