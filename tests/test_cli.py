from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cvbib.cli import app

runner = CliRunner()
CV = """# Jane Doe

## Teaching

- Course 101, Spring 2020

## Publications

- [ICML'24] **Jane Doe**, Bob Roe. “*A Method for Things*”. The 41st International Conference on Machine Learning, 2024. (**Oral**) [PDF](#)
- Jane Doe and Carl Poe. *Another Paper on Stuff*. Under review, arXiv:2401.01234, 2024.
"""


def write_cv(tmp_path: Path, text: str = CV, name: str = "cv.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_bibtex_to_stdout_with_summary_on_stderr(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(write_cv(tmp_path))])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("@") == 2
    assert "@inproceedings{doe2024method," in result.stdout
    assert "note      = {Oral}," in result.stdout
    assert "cv.md: 2 entries (markdown)" in result.stderr
    assert "skipped sections: 'Teaching'" in result.stderr


def test_extract_csl_json_and_ris(tmp_path: Path) -> None:
    path = write_cv(tmp_path)
    items = json.loads(runner.invoke(app, ["extract", str(path), "--to", "csl-json", "-q"]).stdout)
    assert [i["type"] for i in items] == ["paper-conference", "article"]
    assert items[0]["container-title-short"] == "ICML"
    assert items[0]["author"][0] == {"family": "Doe", "given": "Jane"}
    assert items[0]["issued"] == {"date-parts": [[2024]]}
    assert items[1]["number"] == "arXiv:2401.01234"
    ris = runner.invoke(app, ["extract", str(path), "--to", "ris", "-q"]).stdout
    assert ris.startswith("TY  - CPAPER\n") and "ER  - " in ris


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.bib"
    out.write_text("old")
    result = runner.invoke(app, ["extract", str(write_cv(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text().startswith("@inproceedings")
    assert not list(tmp_path.glob(".out.bib.*"))


def test_stdin_and_several_files_give_one_output(tmp_path: Path) -> None:
    other = write_cv(tmp_path, CV.replace("Jane Doe", "Ann Lee"), "other.md")
    result = runner.invoke(app, ["extract", "-", str(other), "-q"], input=CV)
    assert result.exit_code == 0
    assert result.stdout.count("@") == 4


def test_bad_inputs_give_one_line_errors(tmp_path: Path) -> None:
    binary = tmp_path / "cv.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02")
    empty = write_cv(tmp_path, "", "empty.md")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(
        "PUBLICATIONS\n\n1. Jürgen Müller and Anna Schmidt. Über alles. Nature, 2020.\n".encode(
            "latin-1"
        )
    )
    for args, message in [
        ([str(tmp_path / "missing.md")], "missing.md: no such file"),
        ([str(tmp_path)], "is a directory"),
        ([str(binary)], "binary file"),
        ([str(empty)], "the file is empty"),
    ]:
        result = runner.invoke(app, ["extract", *args])
        assert result.exit_code == 2, args
        assert message in result.stderr
        assert "Traceback" not in result.output
    result = runner.invoke(app, ["extract", str(latin)])
    assert result.exit_code == 0 and 'M{\\"u}ller' in result.stdout


def test_bio_page_gives_zero_entries_and_a_message(tmp_path: Path) -> None:
    bio = "# Jane Doe\n\n**Bio:** Jane studies sparsity. She received the X Award in 2020.\n\n**Talk Title:** Things\n"
    result = runner.invoke(app, ["extract", str(write_cv(tmp_path, bio))])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "0 entries" in result.stderr and "no publication section found" in result.stderr


def test_long_lines_warn_and_finish(tmp_path: Path) -> None:
    text = (
        "# Publications\n\n- "
        + "Word, " * 20000
        + "2020\n- Jane Doe. *A Real Title Here*. Nature, 2020.\n"
    )
    result = runner.invoke(app, ["extract", str(write_cv(tmp_path, text))])
    assert result.exit_code == 0
    assert "characters long" in result.stderr
    assert result.stdout.count("@") == 1


def test_bad_key_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(write_cv(tmp_path)), "--key-format", "{nope}"])
    assert result.exit_code == 2 and "bad --key-format" in result.stderr


def test_module_entry_point_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cvbib", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and proc.stdout.startswith("cvbib ")


def test_every_reader_can_be_named_with_from() -> None:
    from cvbib.cli import InputFormat
    from cvbib.read import BINARY_READERS, READERS, _load_binary_readers, _load_text_readers

    _load_text_readers()
    _load_binary_readers()
    assert {f.value for f in InputFormat} == set(READERS) | set(BINARY_READERS)
