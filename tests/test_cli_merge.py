"""`cvbib merge` end to end: CVs and libraries in, one library out, explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvbib.cli import app
from cvbib.formats.bibtex import parse_bibtex

CV_A = """# Publications

- [ICML'24] Zirui Liu, Jiayi Yuan, Hongye Jin. “KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache”. The 41st International Conference on Machine Learning, 2024.
- [NeurIPS'23] Zirui Liu, Guanchu Wang. “Winner-Take-All Column Row Sampling for Memory Efficient Adaptation of Language Model”. NeurIPS 2023.
"""

CV_B = """PUBLICATIONS

Yuan, J., Liu, Z., & Jin, H. (2024). KIVI: a tuning-free asymmetric 2bit quantization for KV cache. In Proceedings of ICML 2024 (pp. 1-10).

Yuan, J., & Liu, Z. (2023). Graph condensation with structure preservation. In Proceedings of KDD 2023.
"""

LIB = """@article{old2020,
  title = {An Entry Nobody Else Has},
  author = {Smith, Jane},
  journal = {Journal of Things}, year = 2020,
  weird-field = {kept exactly},
}

@inproceedings{liu2024kivi,
  author = {Liu, Zirui and Yuan, Jiayi and Jin, Hongye},
  title = {{KIVI}: A Tuning-Free Asymmetric 2bit Quantization for {KV} Cache},
  booktitle = {ICML}, year = {2024},
}
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"a": tmp_path / "a.md", "b": tmp_path / "b.txt", "lib": tmp_path / "lib.bib"}
    paths["a"].write_text(CV_A, encoding="utf-8")
    paths["b"].write_text(CV_B, encoding="utf-8")
    paths["lib"].write_text(LIB, encoding="utf-8")
    return paths


def run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(app, list(args))
    return res.exit_code, res.stdout, res.stderr


def test_two_cvs_give_each_work_once_with_a_report(files: dict[str, Path], tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    code, out, err = run("merge", str(files["a"]), str(files["b"]), "--report", str(report))
    assert code == 0, err
    titles = [r.title for r in parse_bibtex(out)]
    assert len(titles) == 3
    assert sum("KIVI" in t for t in titles) == 1
    assert "1 duplicate groups" in err
    data = json.loads(report.read_text())
    kivi = next(g for g in data["groups"] if "KIVI" in g["record"]["title"])
    assert {m["source"] for m in kivi["members"]} == {str(files["a"]), str(files["b"])}
    assert all(isinstance(m["line"], int) for m in kivi["members"])
    assert kivi["reasons"] and kivi["reasons"][0]["reason"]
    assert len(data["groups"]) == 3


def test_into_bib_appends_keeps_bytes_backs_up_and_is_idempotent(files: dict[str, Path]) -> None:
    lib = files["lib"]
    code, _, err = run("merge", str(files["a"]), str(files["b"]), "--into", str(lib))
    assert code == 0, err
    after = lib.read_text(encoding="utf-8")
    assert after.startswith(LIB)  # untouched entries byte for byte
    assert Path(str(lib) + ".bak").read_text(encoding="utf-8") == LIB
    keys = [r.key for r in parse_bibtex(after)]
    assert keys[:2] == ["old2020", "liu2024kivi"] and len(keys) == 4 == len(set(keys))
    # the same merge again changes nothing
    code, _, err = run("merge", str(files["a"]), str(files["b"]), "--into", str(lib))
    assert code == 0, err
    assert lib.read_text(encoding="utf-8") == after
    assert "0 new" in err


def test_new_only_writes_what_the_library_lacks(files: dict[str, Path]) -> None:
    code, out, err = run(
        "merge", str(files["a"]), "--into", str(files["lib"]), "--new-only", "--to", "csl-json"
    )
    assert code == 0, err
    items = json.loads(out)
    assert [i["title"] for i in items] == [
        "Winner-Take-All Column Row Sampling for Memory Efficient Adaptation of Language Model"
    ]
    assert files["lib"].read_text(encoding="utf-8") == LIB


def test_into_csl_json_library(files: dict[str, Path], tmp_path: Path) -> None:
    lib = tmp_path / "lib.json"
    original = '[\n  {"id": "x1", "type": "book", "title": "Kept As Is", "note": "mine"}\n]\n'
    lib.write_text(original, encoding="utf-8")
    code, _, err = run("merge", str(files["a"]), "--into", str(lib))
    assert code == 0, err
    text = lib.read_text(encoding="utf-8")
    assert text.startswith(original.rstrip("]\n"))
    items = json.loads(text)
    assert items[0] == {"id": "x1", "type": "book", "title": "Kept As Is", "note": "mine"}
    assert len(items) == 3


def test_html_report_is_escaped(files: dict[str, Path], tmp_path: Path) -> None:
    cv = tmp_path / "x.bib"
    cv.write_text(
        "@article{x, title = {A <script>alert(1)</script> Title About Things},"
        " author = {Smith, Ann}, year = 2023}\n",
        encoding="utf-8",
    )
    report = tmp_path / "r.html"
    code, _, err = run("merge", str(cv), str(files["a"]), "--report", str(report), "-q")
    assert code == 0, err
    page = report.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--new-only"], "--new-only needs --into"),
        (["--report", "r.txt"], ".json or .html"),
        (["--into", "missing.bib"], "no such file"),
    ],
)
def test_usage_errors(files: dict[str, Path], args: list[str], message: str) -> None:
    code, _, err = run("merge", str(files["a"]), *args)
    assert code == 2 and message in err
    assert "Traceback" not in err


def test_a_bad_input_is_reported_and_the_rest_merged(
    files: dict[str, Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run("merge", str(files["a"]), str(bad))
    assert code == 2 and "bad.json" in err and "JSON" in err
    assert len(parse_bibtex(out)) == 2


def test_dry_run_writes_nothing_and_lists_the_new_entries(files: dict[str, Path]) -> None:
    lib = files["lib"]
    code, _, err = run("merge", str(files["a"]), "--into", str(lib), "--dry-run")
    assert code == 0, err
    assert lib.read_text(encoding="utf-8") == LIB and not Path(str(lib) + ".bak").exists()
    assert "would add" in err and "Winner-Take-All" in err and "dry run" in err


@pytest.mark.parametrize("suffix", [".bib", ".json"])
def test_merging_every_example_twice_changes_nothing(tmp_path: Path, suffix: str) -> None:
    examples = sorted(
        str(p) for p in (Path(__file__).parent.parent / "examples").iterdir() if p.is_file()
    )
    lib = tmp_path / f"lib{suffix}"
    lib.write_text("" if suffix == ".bib" else "[]\n", encoding="utf-8")
    code, _, err = run("merge", *examples, "--into", str(lib), "-q")
    assert code == 0, err
    first = lib.read_bytes()
    assert len(first) > 10_000
    for _ in range(2):
        code, _, err = run("merge", *examples, "--into", str(lib))
        assert code == 0, err
        assert "0 new" in err
        assert lib.read_bytes() == first
