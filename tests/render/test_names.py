"""--highlight: every name form of one person, and nobody else."""

from __future__ import annotations

import pytest

from cvbib.render.names import highlighter, matches, owner_names, parse_target


@pytest.mark.parametrize(
    "target", ["Ion Stoica", "I. Stoica", "Stoica, I.", "Stoica, Ion", "stoica"]
)
@pytest.mark.parametrize(
    "name",
    [
        {"family": "Stoica", "given": "Ion"},
        {"family": "Stoica", "given": "I."},
        {"family": "Stoica", "given": "I"},
        {"family": "STOICA", "given": "Ion A."},
        {"literal": "Ion Stoica"},
    ],
)
def test_forms_of_the_same_person(target: str, name: dict) -> None:
    assert matches(parse_target(target), name)


@pytest.mark.parametrize(
    "name",
    [
        {"family": "Stoica", "given": "Andrei"},  # another person of the same family
        {"family": "Stoica", "given": "A."},
        {"family": "Zaharia", "given": "Ion"},
        {"literal": "Stoica Lab"},
    ],
)
def test_other_people(name: dict) -> None:
    assert not matches(parse_target("Ion Stoica"), name)


def test_accents_particles_and_hyphens() -> None:
    assert matches(parse_target("Martin Abadi"), {"family": "Abadi", "given": "Martín"})
    target = parse_target("Laurens van der Maaten")
    assert target.family == "van der maaten"
    assert matches(target, {"family": "Maaten", "given": "L.", "non-dropping-particle": "van der"})
    assert matches(parse_target("Jae-Hoon Park"), {"family": "Park", "given": "J.-H."})
    assert not matches(parse_target("Jae-Hoon Park"), {"family": "Park", "given": "J.-K."})


def test_highlighter() -> None:
    assert highlighter([]) is None
    marker = highlighter(["I. Stoica", "Matei Zaharia"])
    assert marker is not None
    assert marker({"family": "Zaharia", "given": "M."})
    assert not marker({"family": "Abadi", "given": "M."})


def test_owner_names() -> None:
    items = [
        {"author": [{"family": "A", "given": "B."}, {"family": "Oyelaran", "given": "R. T."}],
         "custom": {"cvbib": {"owner": 1}}},
        {"author": [{"family": "Oyelaran", "given": "R. T."}], "custom": {"cvbib": {"owner": 0}}},
        {"author": [{"family": "X", "given": "Y"}], "custom": {"cvbib": {"owner": 5}}},
        {"author": [{"family": "X", "given": "Y"}]},
    ]  # fmt: skip
    assert owner_names(items) == ["R. T. Oyelaran"]
