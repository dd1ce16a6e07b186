from __future__ import annotations

from typing import Any

from cvbib.model import Person, Record

KIVI = "KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache"
AUTHORS = (Person("Liu", "Zirui"), Person("Yuan", "Jiayi"), Person("Jin", "Hongye"))


def people(*names: str) -> tuple[Person, ...]:
    """'Family, Given' strings to people."""
    out = []
    for name in names:
        family, _, given = name.partition(",")
        out.append(Person(family.strip(), given.strip()))
    return tuple(out)


def rec(**fields: Any) -> Record:
    """A published conference paper (KIVI, ICML 2024) with ``fields`` changed."""
    base: dict[str, Any] = {
        "type": "inproceedings",
        "title": KIVI,
        "authors": AUTHORS,
        "year": 2024,
        "venue": "International Conference on Machine Learning",
    }
    base.update(fields)
    return Record(**base)
