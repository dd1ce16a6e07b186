"""Wall time of `cvbib render` and `cvbib styles` as a user runs them (start-up included).

Usage: python benchmarks/render_cli_speed.py [--runs N]

Builds a 100-entry CV (the publication lists of three example CVs, 104 entries, in one
Markdown file) and the same entries as CSL-JSON, then times whole `cvbib` processes:
`cvbib --version` (interpreter and CLI start-up), `cvbib render` in several styles, and
`cvbib styles` with a cold and a warm style index. A CV read before is served from the
extraction cache; the rows "new CV" change the file before each run (as a user who edits
the CV does), "nothing cached" also turns off the compiled-pattern cache
(CVBIB_NO_CACHE=1). Prints the best and the median of N runs
the best CPU time (user + system; less sensitive to other processes than wall time) and
the load average (other processes on the machine slow every figure).
Target: `cvbib render` on a 100-entry CV under 1 s; `cvbib styles TEXT` under 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CVS = ["shiwei-liu.md", "zirui-liu.md", "ziming-liu.md"]
CVBIB = [sys.executable, "-m", "cvbib"]


def timed(
    args: list[str], env: dict[str, str], runs: int, before_each: Callable[[int], None] | None
) -> tuple[float, float, float]:
    """Best and median wall time, and the best CPU time (user + system) of the process."""
    times, cpu = [], []
    for run in range(runs):
        if before_each:
            before_each(run)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(times), statistics.median(times), min(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="cvbib-render-speed-"))
    try:
        cv = tmp / "cv.md"
        cv.write_text(
            "\n\n".join((ROOT / "examples" / name).read_text(encoding="utf-8") for name in CVS),
            encoding="utf-8",
        )
        items = [
            item
            for name in CVS
            for item in json.loads(
                (ROOT / "tests" / "golden" / name.replace(".md", ".json")).read_text("utf-8")
            )
        ]
        library = tmp / "cv.json"
        library.write_text(json.dumps(items), encoding="utf-8")
        env = dict(os.environ, XDG_CACHE_HOME=str(tmp / "cache"))
        # An installed cvbib has its bytecode compiled (pip does it at install); a shell
        # that forbids writing bytecode would time the compiler on every run instead.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([*CVBIB, "--version"], env=env, check=True, capture_output=True)
        n = len(items)
        text = cv.read_text(encoding="utf-8")
        edits = iter(range(1, 1_000_000))

        def edit_cv(run: int) -> None:  # new bytes each time: never read before
            cv.write_text(text + "\n" * next(edits), encoding="utf-8")

        no_cache = dict(env, CVBIB_NO_CACHE="1")
        Row = tuple[str, list[str], int, Callable[[int], None] | None, dict[str, str]]
        rows: list[Row] = [
            ("cvbib --version (start-up)", ["--version"], args.runs, None, env),
            ("styles: cold index (first run)", ["styles", "ieee"], 1, None, env),
            ("styles ieee (warm index)", ["styles", "ieee"], args.runs, None, env),
        ]
        apa = ["render", str(cv), "-s", "apa", "-q", "--highlight-owner"]
        rows.append((f"render new CV ({n} entries) apa text", apa, args.runs, edit_cv, env))
        rows.append(
            (f"render new CV ({n} entries) apa, nothing cached", apa, args.runs, edit_cv, no_cache)
        )
        for style, fmt in [
            ("apa", "text"),
            ("ieee", "text"),
            ("cv-compact", "markdown"),
            ("website-markdown", "markdown"),
            ("plain", "text"),
        ]:
            rows.append(
                (f"render CV read before ({n} entries) {style} {fmt}",
                 ["render", str(cv), "-s", style, "-f", fmt, "-q", "--highlight-owner"],
                 args.runs, None, env)
            )  # fmt: skip
        rows.append(
            (f"render CSL-JSON ({n} items) apa", ["render", str(library), "-s", "apa", "-q"],
             args.runs, None, env)
        )  # fmt: skip
        rows.append(
            (f"extract new CV ({n} entries), for comparison", ["extract", str(cv), "-q"],
             args.runs, edit_cv, env)
        )  # fmt: skip
        print(f"load average before: {os.getloadavg()[0]:.2f} (cores: {os.cpu_count()})")
        print(f"{'command':<56} {'best':>7} {'median':>7} {'CPU':>7}")
        for label, cmd, runs, before_each, run_env in rows:
            best, median, cpu = timed([*CVBIB, *cmd], run_env, runs, before_each)
            print(f"{label:<56} {best:>6.2f}s {median:>6.2f}s {cpu:>6.2f}s")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
