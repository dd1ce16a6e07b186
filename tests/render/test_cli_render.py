"""`cvbib render` and `cvbib styles` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cvbib.cli import app
from tests.conftest import EXAMPLES
from tests.render.helpers import ITEMS

runner = CliRunner()


def write_items(tmp_path: Path) -> Path:
    path = tmp_path / "items.json"
    path.write_text(json.dumps(ITEMS), encoding="utf-8")
    return path


def test_render_a_cv() -> None:
    cv = str(EXAMPLES / "ieee-cv.md")
    result = runner.invoke(app, ["render", cv, "--style", "ieee", "--highlight", "R. T. Oyelaran"])
    assert result.exit_code == 0, result.output
    assert "[1] " in result.stdout and "Oyelaran" in result.stdout
    assert "entries (cv)" in result.stderr and "rendered" in result.stderr


def test_render_options(tmp_path: Path) -> None:
    items = str(write_items(tmp_path))
    args = ["render", items, "-s", "apa", "-f", "markdown", "--sort", "newest", "--group-by", "year",
            "--number", "descending", "--highlight", "Ion Stoica", "--where", "year>=2021",
            "--where", "author~Stoica", "-q"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("## 2023") < out.index("## 2021")
    assert "- \\[2\\] Abadi, M., & **Stoica, I.**" in out
    assert "- \\[1\\] **Stoica, I.**, & Zaharia, M. (2021)" in out
    assert "Gamma" not in out and "Delta" not in out


def test_output_file_and_format_from_suffix(tmp_path: Path) -> None:
    items = str(write_items(tmp_path))
    target = tmp_path / "pubs.html"
    result = runner.invoke(app, ["render", items, "-s", "cv-compact", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith('<div class="csl-bib-body">')
    assert "to " + str(target) in result.stderr


def test_several_inputs_are_merged(tmp_path: Path) -> None:
    items = str(write_items(tmp_path))
    result = runner.invoke(app, ["render", items, items, "-s", "apa", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == len(ITEMS)


def test_unknown_style_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(write_items(tmp_path)), "-s", "ieeee"])
    assert result.exit_code == 2
    assert "cvbib: error: unknown style 'ieeee'; did you mean ieee" in result.stderr
    assert "Traceback" not in result.output


def test_bad_where_and_bad_input(tmp_path: Path) -> None:
    items = str(write_items(tmp_path))
    result = runner.invoke(app, ["render", items, "--where", "year>>2020"])
    assert result.exit_code == 2 and "--where 'year>>2020'" in result.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    result = runner.invoke(app, ["render", str(bad)])
    assert result.exit_code == 2 and str(bad) in result.stderr
    assert "Traceback" not in result.output


def test_bad_options_fail_before_reading(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.md")
    for option in (["--where", "year>>1"], ["--locale", "xx-XX"], ["-s", "nope-style"]):
        result = runner.invoke(app, ["render", missing, *option])
        assert result.exit_code == 2
        assert "missing.md" not in result.stderr, option


def test_styles_command() -> None:
    result = runner.invoke(app, ["styles", "ieee", "-n", "3"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[0].split()[:2] == ["ieee", "independent"]
    assert "showing 3" in result.stderr
    result = runner.invoke(app, ["styles", "--kind", "cvbib"])
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        "cv-compact",
        "website-markdown",
    ]
    result = runner.invoke(app, ["styles", "nature digest"])
    assert "(uses nature)" in result.stdout
