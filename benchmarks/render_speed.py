"""Rendering speed of cvbib's CSL engine next to citeproc-js (and citeproc-py).

Usage: python benchmarks/render_speed.py [N] [--styles apa,ieee] [--citeproc-py]
       [--profile STYLE]

Renders the full bibliography of N generated items (default 5,000;
/work/shared/tools/gen_items.py) and prints entries/s per style. Each engine is timed the
same way, without process start-up: style parsing + bibliography (citeproc-js: engine
construction + updateItems + makeBibliography, its own ``--time``; with ``--citeproc-py``
also citeproc-py, its ``--time``: slow, about 4 minutes for 5,000 items in apa + ieee). cvbib's style compile is shown separately too, since it happens once per
process. Target: cvbib at least as fast as citeproc-js. ``--profile STYLE`` prints the
top of a cProfile run of cvbib instead.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_tools import TOOLS, items_file, style_file

from cvbib.render.csl.engine import CslEngine
from cvbib.render.csl.style import load_style

_SECONDS = re.compile(r"in ([0-9.]+) s")


def time_cvbib(data: list[dict[str, object]], style: str) -> tuple[float, float, int]:
    """(compile s, render s, entries) in this process; the compile cache is cleared first."""
    load_style.cache_clear()
    t0 = time.perf_counter()
    engine = CslEngine(style_file(style))
    t1 = time.perf_counter()
    entries = engine.bibliography(data)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(entries)


def time_tool(cmd: list[str]) -> tuple[float, int] | None:
    """A reference tool's own ``--time`` figure and its entry count (None: not available)."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=3600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = _SECONDS.search(proc.stderr)
    if proc.returncode != 0 or not found:
        return None
    return float(found.group(1)), sum(1 for line in proc.stdout.splitlines() if line.strip())


def citeproc_js(items: Path, style: str) -> tuple[float, int] | None:
    script = TOOLS / "render_citeprocjs.js"
    if shutil.which("node") is None or not script.exists():
        return None
    return time_tool(["node", str(script), str(items), style_file(style), "--time"])


def citeproc_py(items: Path, style: str) -> tuple[float, int] | None:
    python = TOOLS / ".venv" / "bin" / "python"
    script = TOOLS / "render_citeprocpy.py"
    if not python.exists() or not script.exists():
        return None
    return time_tool([str(python), str(script), str(items), style_file(style), "--time"])


def row(tool: str, style: str, entries: int, seconds: float, note: str = "") -> str:
    rate = f"{entries / seconds:,.0f}" if seconds > 0 else "-"
    return f"| {tool} | {style} | {entries} | {seconds:.2f} | {rate} | {note} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=5000)
    ap.add_argument("--styles", default="apa,ieee")
    ap.add_argument("--citeproc-py", action="store_true", help="also time citeproc-py (slow)")
    ap.add_argument("--profile", metavar="STYLE", help="cProfile cvbib on this style")
    args = ap.parse_args(argv)

    items = items_file(args.n)
    data = json.loads(items.read_text(encoding="utf-8"))
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        time_cvbib(data, args.profile)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0

    print(f"{len(data)} items ({items}); {os.cpu_count()} CPUs; times exclude process start-up")
    print("| engine | style | entries | s | entries/s | note |")
    print("|---|---|---|---|---|---|")
    for style in args.styles.split(","):
        compile_s, render_s, n = time_cvbib(data, style)
        note = f"compile {compile_s:.2f} s + render {render_s:.2f} s"
        print(row("cvbib", style, n, compile_s + render_s, note), flush=True)
        js = citeproc_js(items, style)
        if js is None:
            print(f"| citeproc-js | {style} | - | - | - | not available (node + citeproc) |")
        else:
            print(row("citeproc-js", style, js[1], js[0], "construction + bibliography"))
        if args.citeproc_py:
            py = citeproc_py(items, style)
            if py is None:
                print(f"| citeproc-py | {style} | - | - | - | not available |")
            else:
                print(row("citeproc-py", style, py[1], py[0], "load + register + render"))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
