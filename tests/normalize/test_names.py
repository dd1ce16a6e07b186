"""normalize.names: one reading of each person across a CV."""

from __future__ import annotations

from cvbib.model import Person, Record
from cvbib.normalize.names import harmonize_names, harmonize_person


def test_a_compound_family_name_read_once_is_read_so_everywhere() -> None:
    recs = [
        Record(title="A", authors=(Person("Ferreira Castellanos", "Daniela"),)),
        Record(
            title="B",
            authors=(Person("Park", "Ji-Yeon"), Person("Castellanos", "Daniela Ferreira")),
            editors=(Person("Castellanos", "D. Ferreira"),),
        ),
        Record(title="C", authors=(Person("Castellanos", "Maria"),)),  # someone else
    ]
    out = harmonize_names(recs)
    assert out[0] is recs[0]
    assert out[1].authors == (Person("Park", "Ji-Yeon"), Person("Ferreira Castellanos", "Daniela"))
    assert out[1].editors == (Person("Ferreira Castellanos", "D."),)
    assert out[2] is recs[2]


def test_particles_are_no_compound_family() -> None:
    recs = [
        Record(title="A", authors=(Person("van der Berg", "Anna"),)),
        Record(title="B", authors=(Person("Berg", "Anna van der"),)),
    ]
    assert harmonize_names(recs) == recs


def test_the_owner_named_in_the_header_is_read_as_the_entries_read_them() -> None:
    recs = [Record(title="A", editors=(Person("Beltrán Ortega", "Lucía"),))]
    owner = Person("Ortega", "Lucía Beltrán")  # "LUCÍA BELTRÁN ORTEGA" at the top
    assert harmonize_person(owner, recs) == Person("Beltrán Ortega", "Lucía")
    assert harmonize_person(owner, []) == owner


def test_a_compound_family_name_the_cv_rarely_uses_is_not_forced_on_the_rest() -> None:
    usual = Person(family="Marques", given="Helena Rebelo")
    rare = Person(family="Rebelo Marques", given="Helena")
    records = [Record(title=f"T{i}", authors=(usual,)) for i in range(3)]
    records.append(Record(title="T", authors=(rare,)))
    out = harmonize_names(records)
    assert [r.authors[0] for r in out] == [usual, usual, usual, rare]
