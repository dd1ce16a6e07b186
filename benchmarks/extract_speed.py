"""Extraction speed: a synthetic CV of 20,000 entries in mixed formats, entries per second.

Usage: python benchmarks/extract_speed.py [N]   (target: >= 10,000 entries/s)
The CV mixes the styles cvbib reads: venue tags with quoted titles, numbered italic titles,
APA, IEEE, Vancouver and title/authors/venue blocks, under several publication headings.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import cvbib

FIRST = ["Zirui", "Jiayi", "Ana", "Wei", "Maria", "John", "Li", "Soo-Hyun", "Christopher", "Yang"]
LAST = [
    "Liu",
    "Yuan",
    "García",
    "Zhang",
    "Müller",
    "Smith",
    "Chen",
    "Choi",
    "De Sa",
    "van der Berg",
]
WORDS = [
    "efficient",
    "sparse",
    "training",
    "graph",
    "neural",
    "networks",
    "large",
    "language",
    "models",
    "memory",
    "cache",
    "quantization",
    "robust",
    "learning",
    "federated",
    "optimization",
    "scalable",
    "inference",
    "attention",
]
VENUES = [
    ("ICML", "The 41st International Conference on Machine Learning"),
    ("NeurIPS", "The 37th Conference on Neural Information Processing Systems"),
    ("ICLR", "The Twelfth International Conference on Learning Representations"),
    ("KDD", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining"),
    ("TPDS", "IEEE Transactions on Parallel and Distributed Systems"),
]


def title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 9))
    return f"{words[0].upper()}: " + " ".join(w.capitalize() for w in words[1:])


def people(rng: random.Random) -> list[tuple[str, str]]:
    return [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(rng.randint(2, 8))]


def entry(i: int, rng: random.Random) -> str:
    t = title(rng)
    ps = people(rng)
    acr, venue = rng.choice(VENUES)
    year = rng.randint(2010, 2025)
    style = i % 5
    if style == 0:
        names = ", ".join(f"{g} {f}" for g, f in ps)
        return f"- [{acr}'{year % 100:02d}] {names}. “*{t}*”. {venue}, {year}. (Acceptance rate: 25%) [PDF](#)\n"
    if style == 1:
        names = ", ".join(f"{g} {f}" for g, f in ps)
        return f"- [{i}] {names}. *{t}*. {venue} ({acr}), {year}. **[Oral]**\n"
    if style == 2:
        names = ", ".join(f"{f}, {g[0]}." for g, f in ps[:-1]) + f", & {ps[-1][1]}, {ps[-1][0][0]}."
        return f"- {names} ({year}). {t}. {venue}, {rng.randint(1, 40)}({rng.randint(1, 12)}), 1–{rng.randint(11, 99)}.\n"
    if style == 3:
        names = ", ".join(f"{g[0]}. {f}" for g, f in ps[:-1]) + f", and {ps[-1][0][0]}. {ps[-1][1]}"
        return f'- {names}, "{t}," in *Proc. {acr}*, {year}, pp. 1–10, doi: 10.5555/x.{i}.\n'
    names = ", ".join(f"{g} {f}" for g, f in ps)
    return f"\n{t}\n\n{names}\n\n{acr} {year}, *In Proceedings of {venue}*\n\n"


def build(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts = ["# Jane Doe\n\n## Education\n\nPhD, 2020\n\n"]
    per = max(n // 4, 1)
    for s, heading in enumerate(
        ["Conference Papers", "Journal Articles", "Preprints", "Selected Publications"]
    ):
        parts.append(f"\n## {heading}\n\n")
        for i in range(s * per, min((s + 1) * per, n)):
            parts.append(entry(i, rng))
        parts.append("\n## Talks\n\n- A talk, 2020\n")
    return "".join(parts)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    text = build(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big-cv.md"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        records = cvbib.extract(str(path))
        dt = time.perf_counter() - t0
    print(f"entries in CV: {n}")
    print(f"records extracted: {len(records)}")
    print(f"seconds: {dt:.2f}")
    print(f"entries per second: {len(records) / dt:,.0f}")


if __name__ == "__main__":
    main()
