"""Rebuild src/cvbib/data/title_words.txt from benchmark records (DBLP-ACM, DBLP-Scholar, AnyStyle).

Words frequent in paper titles that never occur as a token of an author name in the clean
DBLP-ACM records ("Long", "Young" stay name-like). Usage: python benchmarks/build_title_words.py
"""

from __future__ import annotations

import collections
import csv
import re
from pathlib import Path
from xml.etree import ElementTree

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ER = DATA / "er"
PARSE = DATA / "parse"
OUT = Path(__file__).resolve().parents[1] / "src" / "cvbib" / "data" / "title_words.txt"


def words(s: str) -> list[str]:
    return re.findall(r"[a-z][a-z'\-]+", s.lower())


def main() -> None:
    title: collections.Counter[str] = collections.Counter()
    names: set[str] = set()
    for f in ["leipzig_tableA_dblp.csv", "leipzig_tableB_acm.csv"]:
        with open(ER / "DBLP-ACM" / f, encoding="utf-8", errors="replace") as fh:
            for row in csv.DictReader(fh):
                title.update(set(words(row["title"])))
                names.update(words(row["authors"]))
    pattern = re.compile(r"COL title VAL (.*?) COL authors VAL (.*?) COL")
    for f, clean in [("DBLP-ACM/train.txt", True), ("DBLP-GoogleScholar/train.txt.balance", False)]:
        with open(ER / f, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                for rec in line.split("\t")[:2]:
                    m = pattern.search(rec)
                    if m:
                        title.update(set(words(m.group(1))))
                        if clean:  # Scholar's author fields are noisy (titles leak in)
                            names.update(words(m.group(2)))
    # AnyStyle's labelled references span many fields (medicine, humanities, law...).
    for xml in sorted(PARSE.glob("*.xml")):
        for seq in ElementTree.parse(xml).getroot().iter("sequence"):
            for el in seq:
                text = "".join(el.itertext())
                if el.tag == "title":
                    title.update(set(words(text)))
                elif el.tag in ("author", "editor"):
                    names.update(words(text))
    kept = sorted(w for w, c in title.items() if c >= 3 and w not in names and len(w) > 2)
    header = (
        "# Words common in paper titles and never seen in author or editor names (derived from\n"
        "# the DBLP-ACM, DBLP-Scholar and AnyStyle records by benchmarks/build_title_words.py).\n"
        "# Used to tell a title fragment ('Deep Learning') from a name ('Jikai Long').\n"
    )
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main()
