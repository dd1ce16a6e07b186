"""Duplicate detection speed and accuracy on a synthetic library with planted duplicates.

Usage: python benchmarks/merge_speed.py [N] [--seed S] [--library FILE.json]

Builds a library of N entries (default 100,000) with benchmarks/make_library.py (10% planted
duplicates, hard negatives), reads it back as the CLI does (``read_csl``), runs
:func:`cvbib.merge.find_duplicates` and prints the time of each step and the pairwise
precision and recall on the planted pairs. Targets: 100,000 entries in well under 15 s of
matching (the whole CLI run under 30 s), precision >= 0.995, recall >= 0.98. It also times
what a command line merge does after matching (combine each group, write CSL-JSON): the
"load to write" line estimates a whole run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_library

from cvbib.formats import WriteOptions, get_format
from cvbib.formats.csl import read_csl
from cvbib.merge import combine, find_duplicates


def pairs_of(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for a, b in combinations(sorted(g), 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--library", type=Path, help="use this library (and its .truth.json)")
    ap.add_argument("--show", type=int, default=0, metavar="K", help="list K errors of each kind")
    args = ap.parse_args(argv)
    cpu: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.library or Path(tmp) / f"library-{args.n}.json"
        start = time.perf_counter()
        if args.library is None:
            make_library.main([str(args.n), "-o", str(path), "--seed", str(args.seed)])
        built = time.perf_counter()
        c0 = time.process_time()
        # the readers and writers a command line merge uses (they pause the cyclic GC)
        records = read_csl(path.read_text(encoding="utf-8"), str(path))
        loaded = time.perf_counter()
        c1 = time.process_time()
        groups = find_duplicates(records)
        matched = time.perf_counter()
        c2 = time.process_time()
        # What a command line merge would do next: combine each group, write CSL-JSON.
        merged = [
            combine([records[i] for i in g])[0] if len(g) > 1 else records[g[0]] for g in groups
        ]
        combined = time.perf_counter()
        c3 = time.process_time()
        out = get_format("csl-json").write(merged, WriteOptions())
        written = time.perf_counter()
        c4 = time.process_time()
        cpu = {"load": c1 - c0, "find": c2 - c1, "combine": c3 - c2, "write": c4 - c3}
        truth = json.loads(path.with_suffix(".truth.json").read_text())
    found, planted = pairs_of(groups), pairs_of(truth["clusters"])
    hits = len(found & planted)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(planted) if planted else 1.0
    hard = {tuple(sorted(p)) for p in truth.get("hard_negatives", [])}
    print(f"entries           {len(records):>10,}")
    if args.library is None:
        print(f"build library     {built - start:>10.2f} s")
    # Wall-clock time, and the process's CPU time (what a shared machine does not inflate).
    print(f"load (from_csl)   {loaded - built:>10.2f} s  cpu {cpu['load']:6.2f} s")
    print(f"find_duplicates   {matched - loaded:>10.2f} s  cpu {cpu['find']:6.2f} s")
    print(f"combine groups    {combined - matched:>10.2f} s  cpu {cpu['combine']:6.2f} s")
    print(f"write CSL-JSON    {written - combined:>10.2f} s  cpu {cpu['write']:6.2f} s", end="")
    print(f"  ({len(out) / 1e6:.0f} MB)")
    total = sum(cpu.values())
    print(
        f"load to write     {written - built:>10.2f} s  cpu {total:6.2f} s  (a merge, end to end)"
    )
    print(f"groups            {len(groups):>10,}  ({sum(len(g) > 1 for g in groups):,} of 2+)")
    print(f"planted pairs     {len(planted):>10,}")
    print(f"found pairs       {len(found):>10,}")
    print(f"precision         {precision:>10.4f}")
    print(f"recall            {recall:>10.4f}")
    print(f"hard negatives merged {len(found & hard):>6} of {len(hard)}")
    if args.show:
        from cvbib.merge import match

        for label, wrong in (("false positive", found - planted), ("missed", planted - found)):
            for a, b in sorted(wrong)[: args.show]:
                m = match(records[a], records[b])
                print(f"-- {label} {a}/{b}: {m.reason}")
                for r in (records[a], records[b]):
                    names = ", ".join(str(p) for p in r.authors)
                    print(f"   {r.title} | {names} | {r.venue} | {r.year} | {r.doi} {r.arxiv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
