"""Labelled references for training and measuring the tagger: AnyStyle's XML, split fixed.

Each ``<sequence>`` holds one reference as labelled pieces (``<author>``, ``<title>``, ...).
Pieces are joined with single spaces and cut into whitespace tokens, each labelled with its
piece's tag. The train/dev split depends only on the reference text (a hash), so it is the
same on every machine, in every run and whatever order the files are read in.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

DEV_PERCENT = 15


@dataclass(frozen=True)
class Labelled:
    """One labelled reference: its pieces (tag, text) in order."""

    pieces: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        return " ".join(" ".join(t.split()) for _, t in self.pieces if t.split())

    def tokens_and_labels(self) -> tuple[list[str], list[str]]:
        toks: list[str] = []
        labels: list[str] = []
        for tag, t in self.pieces:
            words = t.split()
            toks.extend(words)
            labels.extend([tag] * len(words))
        return toks, labels


def read_xml(path: Path) -> list[Labelled]:
    """The references of one AnyStyle XML file; a broken file names itself and the line."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"{path}:{exc.position[0]}: not well-formed XML: {exc}") from exc
    out = []
    for seq in root.iter("sequence"):
        pieces = tuple((el.tag, el.text or "") for el in seq if (el.text or "").strip())
        if pieces:
            out.append(Labelled(pieces))
    return out


def is_dev(ref: Labelled) -> bool:
    """About DEV_PERCENT of references, chosen by a hash of the text: never trained on."""
    digest = hashlib.sha1(ref.text.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < DEV_PERCENT


def split(refs: list[Labelled]) -> tuple[list[Labelled], list[Labelled]]:
    """(train, dev); a reference text that appears twice lands on one side only."""
    train = [r for r in refs if not is_dev(r)]
    dev = [r for r in refs if is_dev(r)]
    return train, dev
