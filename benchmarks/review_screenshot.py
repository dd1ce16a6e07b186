"""The README's screenshot of ``cvbib review``, and how long the page takes to build.

Usage: python benchmarks/review_screenshot.py [--out docs/review.png] [--width 1280]
[--height 1500]

Reviews every example CV together with a BibTeX library extracted from one of them (so the
page has duplicate groups), then takes a screenshot of the page's top in headless Chromium.
Prints the time of each step and the page's size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from typer.testing import CliRunner

from cvbib.cli import app

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "review.png"))
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=1500)
    args = ap.parse_args()
    os.chdir(ROOT)  # the page shows the paths as given: examples/...
    cvs = sorted(f"examples/{p.name}" for p in (ROOT / "examples").iterdir() if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        lib = str(Path(tmp) / "library.bib")
        page = Path(tmp) / "review.html"
        runner = CliRunner()
        res = runner.invoke(app, ["extract", "examples/zirui-liu.md", "-o", lib])
        if res.exit_code:
            print(res.stderr, file=sys.stderr)
            return 1
        start = time.perf_counter()
        res = runner.invoke(app, ["review", *cvs, lib, "-o", str(page)])
        took = time.perf_counter() - start
        if res.exit_code:
            print(res.stderr, file=sys.stderr)
            return 1
        print(res.stderr.strip().splitlines()[-1])
        print(
            f"review of {len(cvs)} CVs and 1 library: {took:.2f} s, {page.stat().st_size:,} bytes"
        )
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        run = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--screenshot={out}", f"--window-size={args.width},{args.height}", page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        if run.returncode or not out.exists():
            print(run.stderr[-2000:], file=sys.stderr)
            return 1
        print(
            f"screenshot {out} ({out.stat().st_size:,} bytes): {time.perf_counter() - start:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
