"""Training the reference tagger: labelled references in, a crfsuite model file out.

Used by ``benchmarks/train_reference_model.py``; kept in the package so tests can check that
training is deterministic. L-BFGS has no randomness, so the same references in the same order
give the same model, byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from cvbib.parse.crf_data import Labelled
from cvbib.parse.crf_features import Token, features


def token_items(words: list[str]) -> list[list[str]]:
    """Features of words joined by single spaces (how labelled references are stored)."""
    pos, toks = 0, []
    for w in words:
        toks.append(Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    return features(toks)


def train(
    refs: list[Labelled], out: Path, *, iterations: int = 300, c1: float = 0.05, c2: float = 0.01
) -> None:
    """Fit a linear-chain CRF to ``refs`` and write it to ``out``.

    c1 (L1) drops features that do not help, which keeps the model small; c2 (L2) smooths.
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for ref in refs:
        words, labels = ref.tokens_and_labels()
        trainer.append(token_items(words), labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
