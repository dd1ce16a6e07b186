"""Train the reference tagger (a CRF) and write it to src/cvbib/data/reference.crfsuite.

Usage: python benchmarks/train_reference_model.py [--iterations N] [--c1 X] [--c2 X] [--out FILE]

Trains on the train part of AnyStyle's labelled references in ../shared/data/parse/ (the
split is fixed by a hash of each reference: see cvbib.parse.crf_data) and prints token and
per-field accuracy on the dev part, which it never sees. Deterministic: the files are read in
sorted order and L-BFGS has no randomness, so the same data gives the same model.
Also refreshes src/cvbib/data/reference_lexicon.json, the word lists (venues, title words,
name particles) the features use, frozen with the model: retrain after changing those files.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_accuracy import DATA, evaluate, report  # noqa: E402

from cvbib.data import load_json  # noqa: E402
from cvbib.parse import crf_data, crf_features, crf_train, reference  # noqa: E402
from cvbib.parse.crf_features import derived_lists  # noqa: E402
from cvbib.parse.crf_train import token_items  # noqa: E402

OUT = ROOT / "src" / "cvbib" / "data" / "reference.crfsuite"
LEXICON = ROOT / "src" / "cvbib" / "data" / crf_features.LEXICON


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--c1", type=float, default=0.05, help="L1 weight (smaller model)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    try:
        refs = [r for path in sorted(DATA.glob("*.xml")) for r in crf_data.read_xml(path)]
    except ValueError as exc:
        sys.exit(f"error: {exc}")
    if not refs:
        sys.exit(f"error: no labelled references (*.xml) in {DATA}")
    train, dev = crf_data.split(refs)
    print(f"references: {len(refs)} (train {len(train)}, dev {len(dev)})")

    # the word lists the features use, frozen beside the model (see crf_features.derived_lists)
    LEXICON.write_text(
        json.dumps(derived_lists(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    load_json.cache_clear()
    t0 = time.perf_counter()
    crf_train.train(train, args.out, iterations=args.iterations, c1=args.c1, c2=args.c2)
    print(
        f"trained in {time.perf_counter() - t0:.0f} s: {args.out} ({args.out.stat().st_size:,} bytes)"
    )

    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    ok = total = 0
    for ref in dev:
        words, labels = ref.tokens_and_labels()
        got = tagger.tag(token_items(words))
        ok += sum(a == b for a, b in zip(got, labels, strict=True))
        total += len(labels)
    print(f"dev token accuracy: {ok / total:.3f} ({total} tokens)")
    totals, _ = evaluate(dev, lambda text: reference.parse_with_model(text, args.out))
    report(totals)


if __name__ == "__main__":
    main()
