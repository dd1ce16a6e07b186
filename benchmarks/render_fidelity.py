"""How often cvbib's CSL engine renders exactly what citeproc-js renders.

Usage: python benchmarks/render_fidelity.py [ITEMS.json ...] [--styles apa,ieee,...]
       [--examples N] [--locale en-US]

For every style, renders the full bibliography of ITEMS (CSL-JSON; default: 1,000 items from
/work/shared/tools/gen_items.py) with cvbib (marked text with its marks stripped) and with
citeproc-js (``node render_citeprocjs.js``), and prints the share of entries that are
identical. Entries are compared as citeproc-js's compare.py does (strict: whitespace
collapsed, Unicode NFC) and matched as multisets, so the order is checked separately.
``--examples N`` prints N differing entries per style (citeproc-js first).
Target: at least 97% identical for every style.
"""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_tools import TOOLS, items_file, style_file

from cvbib.render.csl.engine import CslEngine
from cvbib.render.csl.plaintext import citeproc_text

STYLES = [
    "apa", "ieee", "chicago-author-date", "association-for-computing-machinery", "nature",
    "modern-language-association", "elsevier-vancouver", "harvard-cite-them-right",
    "elsevier-harvard", "springer-basic-author-date",
]  # fmt: skip


def strict(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def reference(items: str, style: str, locale: str) -> list[str] | None:
    """citeproc-js's entries (one per line), or None when node or citeproc-js is missing."""
    script = TOOLS / "render_citeprocjs.js"
    if shutil.which("node") is None or not script.exists():
        return None
    if not (TOOLS / "node_modules" / "citeproc").exists():
        return None
    cmd = ["node", str(script), items, style_file(style), "--locale", locale]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"!! citeproc-js failed on {style}: {proc.stderr.strip()[:300]}", file=sys.stderr)
        return []
    return [line for line in proc.stdout.split("\n") if line.strip()]


def ours(data: list[dict[str, object]], style: str, locale: str) -> list[str]:
    engine = CslEngine(style_file(style), locale)
    return [citeproc_text(e.text) for e in engine.bibliography(data)]


def differences(js: list[str], py: list[str]) -> list[tuple[str, str | None]]:
    """Non-identical entries of ``js`` paired with the most similar leftover of ``py``."""
    sj, sp = Counter(map(strict, js)), Counter(map(strict, py))
    common = sj & sp
    left_js = [x for x in js if strict(x) not in common]
    left_py = [y for y in py if strict(y) not in common]
    out: list[tuple[str, str | None]] = []
    for x in left_js:
        if not left_py:
            out.append((x, None))
            continue
        close = difflib.get_close_matches(x, left_py, n=1, cutoff=0.0)
        y = close[0] if close else left_py[0]
        left_py.remove(y)
        out.append((x, y))
    return out


def same_order(js: list[str], py: list[str]) -> bool:
    return [strict(x) for x in js] == [strict(y) for y in py]


def show_diff(x: str, y: str) -> str:
    """The differing regions of two entries with a little context."""
    sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
    parts = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            parts.append(f"…{x[max(0, i1 - 30) : i2 + 10]}… | …{y[max(0, j1 - 30) : j2 + 10]}…")
    return "  ||  ".join(parts[:3])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("items", nargs="*", help="CSL-JSON files (default: 1,000 generated items)")
    ap.add_argument("--styles", default=",".join(STYLES))
    ap.add_argument("--examples", type=int, default=0, help="differences to show per style")
    ap.add_argument("--locale", default="en-US")
    args = ap.parse_args(argv)

    files = args.items
    if not files:
        files = [str(items_file(1000))]

    for items in files:
        data = json.loads(Path(items).read_text(encoding="utf-8"))
        print(f"\n{items}: {len(data)} items")
        print("| style | entries | identical | % | order | cvbib s |")
        print("|---|---|---|---|---|---|")
        total = same = 0
        shown: list[str] = []
        for style in args.styles.split(","):
            js = reference(items, style, args.locale)
            if js is None:
                print("citeproc-js not found (node + /work/shared/tools/node_modules/citeproc);")
                print("set CVBIB_REF_TOOLS to the folder holding render_citeprocjs.js")
                return 1
            t0 = time.perf_counter()
            py = ours(data, style, args.locale)
            elapsed = time.perf_counter() - t0
            matched = sum((Counter(map(strict, js)) & Counter(map(strict, py))).values())
            n = max(len(js), len(py))
            total += n
            same += matched
            pct = 100.0 * matched / n if n else 100.0
            order = "same" if same_order(js, py) else "differs"
            print(f"| {style} | {n} | {matched} | {pct:.1f} | {order} | {elapsed:.2f} |")
            for x, y in differences(js, py)[: args.examples]:
                shown.append(f"- [{style}] " + (show_diff(x, y) if y else f"only in js: {x}"))
        pct = 100.0 * same / total if total else 100.0
        print(f"| total | {total} | {same} | {pct:.1f} | | |")
        if shown:
            print("\nDifferences (citeproc-js | cvbib):")
            print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
