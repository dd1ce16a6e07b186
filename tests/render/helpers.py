"""Small CSL-JSON items for the render tests."""

from __future__ import annotations

from typing import Any


def item(id_: str, **fields: Any) -> dict[str, Any]:
    """A paper-conference item with sensible defaults, overridden by ``fields``."""
    base: dict[str, Any] = {
        "id": id_,
        "type": "paper-conference",
        "title": f"Paper {id_}",
        "author": [{"family": "Stoica", "given": "Ion"}, {"family": "Zaharia", "given": "Matei"}],
        "container-title": "International Conference on Learning Representations",
        "container-title-short": "ICLR",
        "issued": {"date-parts": [[2020]]},
    }
    base.update(fields)
    return base


def year(y: int) -> dict[str, Any]:
    return {"date-parts": [[y]]}


ITEMS = [
    item("a", title="Alpha systems", issued=year(2021)),
    item(
        "b",
        type="article-journal",
        title="Beta networks",
        author=[{"family": "Abadi", "given": "Martín"}, {"family": "Stoica", "given": "I."}],
        **{"container-title": "Journal of Systems", "container-title-short": None},
        issued=year(2023),
    ),
    item("c", title="Gamma learning", issued=year(2019), note="Oral"),
    item(
        "d",
        type="article",
        title="Delta preprints",
        author=[{"family": "Zaharia", "given": "M."}],
        **{"container-title": None, "container-title-short": None},
        issued=year(2023),
        number="arXiv:2301.00001",
        URL="https://arxiv.org/abs/2301.00001",
    ),
]
ITEMS = [{k: v for k, v in i.items() if v is not None} for i in ITEMS]
