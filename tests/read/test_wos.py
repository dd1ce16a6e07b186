"""Web of Science's field-tagged export: one citation a record."""

from __future__ import annotations

from pathlib import Path

import cvbib
from cvbib.read import choose_reader
from cvbib.read.wos import citation, records

WOS = """\ufeffFN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Zhou, M
   van der Berg, T
AF Zhou, Mingyu
   van der Berg, Thijs
TI High-entropy alloys for solid-state hydrogen storage: a critical review
   of thermodynamics
SO PROGRESS IN MATERIALS SCIENCE
AB An abstract that is not read.
CR Cantor B, 2004, MAT SCI ENG A-STRUCT, V375, P213
PY 2024
VL 141
AR 101206
DI 10.1016/j.pmatsci.2023.101206
ER

PT C
AF Rahimi, Leila
TI Hydrogen uptake in a steel
SO PROCEEDINGS OF THE 12TH INTERNATIONAL CONFERENCE ON HYDROGEN
CT 12th International Conference on Hydrogen
PY 2022
VL 1050
BP 45
EP 52
ER

EF
"""


def test_sniffed_and_read_record_by_record() -> None:
    assert choose_reader("profile.txt", WOS, None).name == "wos"
    found = records(WOS)
    assert [n for n, _ in found] == [3, 19]
    assert found[0][1]["TI"] == [
        "High-entropy alloys for solid-state hydrogen storage: a critical review",
        "of thermodynamics",
    ]
    assert citation(found[1][1]) == (
        "Rahimi, Leila (2022). Hydrogen uptake in a steel. In *PROCEEDINGS OF THE 12TH "
        "INTERNATIONAL CONFERENCE ON HYDROGEN*, 1050, 45–52."
    )


def test_extracted(tmp_path: Path) -> None:
    path = tmp_path / "profile.txt"
    path.write_text(WOS, encoding="utf-8")
    recs = cvbib.extract(str(path))
    assert [(r.source.line, r.type) for r in recs] == [(3, "article"), (19, "inproceedings")]
    first = recs[0]
    assert first.title == (
        "High-entropy alloys for solid-state hydrogen storage: a critical review of thermodynamics"
    )
    assert [(p.given, p.family) for p in first.authors] == [
        ("Mingyu", "Zhou"),
        ("Thijs", "van der Berg"),
    ]
    assert (first.year, first.volume, first.pages, first.doi) == (
        2024,
        "141",
        "101206",
        "10.1016/j.pmatsci.2023.101206",
    )


def test_a_record_without_a_year() -> None:
    fields = {"PT": ["J"], "AF": ["Müller, Jörg"], "TI": ["Rain on snow"], "SO": ["HYDROLOGY"]}
    assert citation(fields) == "Müller, Jörg (n.d.). Rain on snow. *HYDROLOGY*."
