"""--where, --sort, --group-by and --number on CSL-JSON items."""

from __future__ import annotations

import pytest

from cvbib.errors import CvbibError
from cvbib.render.select import group_items, numbers_for, parse_where, sort_items, where
from tests.render.helpers import ITEMS, item, year


def ids(items: list[dict]) -> list[str]:
    return [i["id"] for i in items]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("year>=2022", ["b", "d"]),
        ("year < 2021", ["c"]),
        ("year=2021", ["a"]),
        ("year!=2023", ["a", "c"]),
        ("type=article-journal", ["b"]),
        ("author~Abadi", ["b"]),
        ("author~martin", ["b"]),  # accents and case do not matter
        ("author~Stoica", ["a", "b", "c"]),
        ("author!~Stoica", ["d"]),
        ("venue~ICLR", ["a", "c"]),
        ("title~networks", ["b"]),
        ("note=Oral", ["c"]),
    ],
)
def test_where(expr: str, expected: list[str]) -> None:
    assert ids(where(ITEMS, [parse_where(expr)])) == expected


def test_where_conditions_all_hold() -> None:
    conds = [parse_where("year>=2020"), parse_where("author~Stoica")]
    assert ids(where(ITEMS, conds)) == ["a", "b"]


@pytest.mark.parametrize("bad", ["year", "year>>2020", ">=2020", "year>=", "year>=twenty"])
def test_where_errors_are_clear(bad: str) -> None:
    with pytest.raises(CvbibError, match="--where"):
        parse_where(bad)


def test_sort_orders() -> None:
    undated = item("u", title="The undated one")
    del undated["issued"]
    items = [*ITEMS, undated]
    assert ids(sort_items(items, "newest")) == ["u", "b", "d", "a", "c"]
    assert ids(sort_items(items, "oldest")) == ["c", "a", "b", "d", "u"]
    assert ids(sort_items(items, "author")) == ["b", "c", "a", "u", "d"]
    assert ids(sort_items(items, "title")) == ["a", "b", "d", "c", "u"]
    assert ids(sort_items(items, "none")) == ids(items)
    with pytest.raises(CvbibError):
        sort_items(items, "random")


def test_sort_keeps_input_order_within_a_year() -> None:
    items = [
        item("x", issued=year(2020)),
        item("y", issued=year(2021)),
        item("z", issued=year(2020)),
    ]
    assert ids(sort_items(items, "newest")) == ["y", "x", "z"]


def test_group_by_year() -> None:
    undated = item("u", custom={"cvbib": {"status": "under review"}})
    del undated["issued"]
    groups = group_items([*ITEMS, undated], "year")
    assert [g.heading for g in groups] == ["Forthcoming", "2023", "2021", "2019"]
    assert ids(groups[1].items) == ["b", "d"]
    oldest = group_items([*ITEMS, undated], "year", oldest_first=True)
    assert [g.heading for g in oldest] == ["2019", "2021", "2023", "Forthcoming"]


def test_group_by_type() -> None:
    workshop = item("w", custom={"cvbib": {"workshop": True}})
    groups = group_items([*ITEMS, workshop, item("t", type="thesis")], "type")
    assert [(g.heading, ids(g.items)) for g in groups] == [
        ("Journal Articles", ["b"]),
        ("Conference Papers", ["a", "c"]),
        ("Workshop Papers", ["w"]),
        ("Preprints", ["d"]),
        ("Theses", ["t"]),
    ]
    assert [g.heading for g in group_items(ITEMS, "none")] == [None]


def test_numbers() -> None:
    assert numbers_for(["a", "b", "c"], "ascending") == {"a": 1, "b": 2, "c": 3}
    assert numbers_for(["a", "b", "c"], "descending") == {"a": 3, "b": 2, "c": 1}
    with pytest.raises(CvbibError):
        numbers_for(["a"], "roman")
