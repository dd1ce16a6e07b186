"""The HTML merge report in a real headless Chromium: it loads, shows every group, no errors."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from cvbib.cli import app
from tests.conftest import EXAMPLES, need_tool


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_report_page_renders_every_group(tmp_path: Path) -> None:
    need_tool("chromium")
    lib = tmp_path / "lib.bib"
    res = CliRunner().invoke(
        app, ["merge", str(EXAMPLES / "zirui-liu.md"), "-o", str(lib), "--to", "bibtex", "-q"]
    )
    assert res.exit_code == 0, res.stderr
    report = tmp_path / "report.html"
    res = CliRunner().invoke(
        app,
        ["merge", str(EXAMPLES / "zirui-liu.md"), str(lib), "--report", str(report), "-q"],
    )
    assert res.exit_code == 0, res.stderr
    dom = chromium("--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    cards = re.findall(r'<div class="card dup" id="g\d+">', dom.stdout)
    assert len(cards) == 33  # every entry of the CV met its copy in the library
    assert "title 100" in dom.stdout
    shot = tmp_path / "report.png"
    run = chromium(
        "--enable-logging=stderr", "--v=0", f"--screenshot={shot}", "--window-size=1200,1600",
        report.as_uri(),
    )  # fmt: skip
    assert shot.exists() and shot.stat().st_size > 20_000
    assert not re.search(r"CONSOLE|Uncaught", run.stderr)
