"""The progress bar: shown on a terminal, silent in a pipe and with --quiet."""

from __future__ import annotations

import io
from pathlib import Path

from cvbib.progress import on_terminal, progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_in_a_pipe() -> None:
    out = io.StringIO()
    with progress_bar("reading", 3, stream=out) as bar:
        assert not bar.shown
        for name in ("a", "b", "c"):
            bar.doing(name)
            bar.advance()
    assert out.getvalue() == ""
    assert not on_terminal(out)


def test_messages_still_printed_without_a_bar() -> None:
    out = io.StringIO()
    with progress_bar("reading", 1, stream=out) as bar:
        bar.echo("cv.md: 3 entries (markdown)")
    assert out.getvalue() == "cv.md: 3 entries (markdown)\n"


def test_bar_on_a_terminal_and_removed_when_done() -> None:
    out = Terminal()
    with progress_bar("extracting", 2, stream=out) as bar:
        assert bar.shown
        bar.doing("a.md")
        bar.advance()
        bar.echo("a.md: 5 entries [markdown]")
        bar.advance()
    text = out.getvalue()
    assert "extracting" in text and "2/2" in text
    assert "a.md: 5 entries [markdown]" in text  # printed as is: no rich markup
    assert "\x1b[" in text  # drawn with escape codes, then erased (transient)


def test_quiet_on_a_terminal() -> None:
    out = Terminal()
    with progress_bar("extracting", 2, quiet=True, stream=out) as bar:
        assert not bar.shown
        bar.advance()
    assert out.getvalue() == ""


def test_spinner_without_a_total() -> None:
    out = Terminal()
    with progress_bar("finding duplicates", stream=out) as bar:
        assert bar.shown
    assert "finding duplicates" in out.getvalue()


def test_no_escape_codes_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cvbib.cli import app

    cv = tmp_path / "cv.md"
    cv.write_text("# Publications\n\n- Ann Lee. “A Paper On Things”. ICML 2024.\n", "utf-8")
    res = CliRunner().invoke(app, ["extract", str(cv), str(cv)])
    assert res.exit_code == 0
    assert "\x1b[" not in res.stderr and "1 entry (markdown)" in res.stderr
