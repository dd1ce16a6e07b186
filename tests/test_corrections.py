"""The corrections file: fingerprints, reading, applying, and the round trip through the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvbib import extract_text
from cvbib.cli import app
from cvbib.corrections import (
    Corrections,
    apart,
    apply,
    fingerprint,
    load,
    parse_corrections,
    record_fingerprint,
    snippet,
)
from cvbib.errors import CvbibError
from cvbib.merge.library import merge_records
from cvbib.model import Person, Record, Source

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

CV = """# Publications

- Zirui Liu, Jiayi Yuan, Hongye Jin. “KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache”. The 41st International Conference on Machine Learning, 2024.
- Zirui Liu, Guanchu Wang. “Winner-Take-All Column Row Sampling for Memory Efficient Adaptation of Language Model”. NeurIPS 2023.
- Zirui Liu, Kaixiong Zhou. “Graph Condensation with Structure Preservation”. KDD 2023.
"""

# A paper and its preprint: the merge takes them for one work (same title, authors, year).
TWINS = """# Publications

- Zirui Liu, Jiayi Yuan. “Sampling Sparse Attention for Long Context Models”. ICML 2024.
- Zirui Liu, Jiayi Yuan. “Sampling Sparse Attention for Long Context Models”. arXiv preprint arXiv:2402.02750, 2024.
"""


def _records(text: str = CV) -> list[Record]:
    return extract_text(text, "cv.md").records


# -- fingerprints ------------------------------------------------------------------------
def test_fingerprint_ignores_whitespace_markup_and_case() -> None:
    a = "Zirui Liu, Jiayi Yuan. “KIVI: A Tuning-Free Asymmetric 2bit Quantization”. ICML 2024."
    b = '  **Zirui  Liu**, Jiayi Yuan.\n   "KIVI: a tuning-free asymmetric 2bit quantization". ICML 2024'
    c = "<b>Zirui Liu</b>, Jiayi Yuan. \\textit{KIVI: A Tuning-Free Asymmetric 2bit Quantization}. ICML 2024."
    assert fingerprint(a) == fingerprint(b) == fingerprint(c)
    assert len(fingerprint(a)) == 10 and int(fingerprint(a), 16) >= 0


def test_fingerprint_differs_across_entries() -> None:
    recs = _records()
    prints = {record_fingerprint(r) for r in recs}
    assert len(prints) == len(recs) == 3
    one = "Zirui Liu. “KIVI”. ICML 2024."
    assert fingerprint(one) != fingerprint(one.replace("2024", "2023"))


def test_fingerprints_unique_across_the_examples() -> None:
    from cvbib.extract import extract_file
    from tests.conftest import EXAMPLES

    texts: dict[str, set[str]] = {}
    for p in EXAMPLES.iterdir():
        for r in extract_file(str(p)).records:
            texts.setdefault(record_fingerprint(r), set()).add(" ".join(r.source.text.split()))
    assert len(texts) > 150
    # two entries share a fingerprint only when they are the same text (a department report
    # lists a paper under each of its authors)
    assert all(len(t) == 1 for t in texts.values())


def test_fingerprint_stable_when_the_cv_is_reflowed() -> None:
    reflowed = CV.replace(", Jiayi Yuan", ",\n  Jiayi   Yuan").replace("- ", "* ")
    before = [record_fingerprint(r) for r in _records()]
    after = [record_fingerprint(r) for r in _records(reflowed)]
    assert before == after


def test_library_records_have_fingerprints_too() -> None:
    a = Record(title="A Study", year=2020, key="k1", authors=(Person("Smith", "J"),))
    b = a.replace(key="k2")
    assert record_fingerprint(a) != record_fingerprint(b)
    assert record_fingerprint(a) == record_fingerprint(a.replace(sources=(Source("x.bib"),)))


# -- reading -----------------------------------------------------------------------------
def test_parse_fields_and_marks() -> None:
    corr = parse_corrections(
        """
[entry.0123456789]
title = "Right Title"
authors = ["Liu, Zirui", "Ada Lovelace"]
year = 2021
type = "article"
notes = "Oral"

[entry.abcdefabcd]
not_publication = true

[entry.1111111111]
not_duplicate = ["2222222222"]
""",
        "cvbib.toml",
    )
    c = corr.entries["0123456789"]
    assert c.fields["title"] == "Right Title"
    assert c.fields["authors"] == (Person("Liu", "Zirui"), Person("Lovelace", "Ada"))
    assert c.fields["year"] == 2021 and c.fields["notes"] == ("Oral",)
    assert c.line == 2 and c.where() == "cvbib.toml:2"
    assert corr.entries["abcdefabcd"].not_publication
    assert corr.entries["1111111111"].not_duplicate == frozenset({"2222222222"})


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("[entry.0123456789]\ntitel = 'x'\n", "unknown field 'titel'", 1),
        ("\n\n[entry.0123456789]\nyear = '2020'\n", "year must be a whole number", 3),
        ("[entry.0123456789]\ntype = 'paper'\n", "type must be one of article", 1),
        ("[entry.xyz]\ntitle = 'x'\n", "not a fingerprint", 1),
        ("[entry.0123456789]\nnot_duplicate = 3\n", "not_duplicate must be true or a list", 1),
        ("[entry.0123456789]\ntitle = 'x\n", "not valid TOML", 2),
        ("[entry.0123456789]\ntitle = x\nyear = 1\n", "not valid TOML: Invalid value", 2),
        ("title = 'x'\n", "unknown key 'title'", None),
    ],
)
def test_bad_file_names_file_and_line(text: str, message: str, line: int | None) -> None:
    with pytest.raises(CvbibError) as info:
        parse_corrections(text, "my/cvbib.toml")
    assert message in str(info.value)
    assert info.value.path == "my/cvbib.toml" and info.value.line == line


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CvbibError, match="corrections file not found"):
        load(str(tmp_path / "nope.toml"))


# -- applying ----------------------------------------------------------------------------
def test_apply_overrides_fields_and_drops_not_publications() -> None:
    recs = _records()
    fp0, fp1 = record_fingerprint(recs[0]), record_fingerprint(recs[1])
    corr = parse_corrections(
        f'[entry.{fp0}]\ntitle = "KIVI"\nyear = 2025\n\n[entry.{fp1}]\nnot_publication = true\n'
    )
    out = apply(recs, corr)
    assert [r.title for r in out] == ["KIVI", recs[2].title]
    assert out[0].year == 2025 and out[0].authors == recs[0].authors
    assert apply(recs, Corrections()) == recs


def test_corrected_field_answers_its_warning() -> None:
    rec = _records("# Publications\n\n- Zirui Liu. “A Paper Without A Year”. ICML.\n")[0]
    assert "no year" in rec.warnings
    corr = parse_corrections(f"[entry.{record_fingerprint(rec)}]\nyear = 2020\n")
    fixed = apply([rec], corr)[0]
    assert fixed.year == 2020 and "no year" not in fixed.warnings


def test_snippet_round_trips() -> None:
    rec = _records()[0]
    text = snippet(rec)
    assert text.startswith(f"[entry.{record_fingerprint(rec)}]")
    assert tomllib.loads(text) == {"entry": {record_fingerprint(rec): {}}}  # all commented
    # Uncommenting the title line and editing it gives a correction that applies.
    edited = text.replace('# title = "KIVI', 'title = "FIXED KIVI', 1)
    fixed = apply([rec], parse_corrections(edited))[0]
    assert fixed.title.startswith("FIXED KIVI")
    # A snippet of a corrected entry keeps the correction set.
    again = snippet(rec, parse_corrections(edited).get(rec))
    assert tomllib.loads(again)["entry"][record_fingerprint(rec)]["title"] == fixed.title


def test_snippet_escapes_quotes_and_backslashes() -> None:
    rec = Record(title='A "quoted" \\ title', sources=(Source("cv.md", 1, text="x y z"),))
    corr = parse_corrections(snippet(rec).replace("# title", "title"))
    assert corr.get(rec).fields["title"] == rec.title  # type: ignore[union-attr]


# -- not a duplicate ---------------------------------------------------------------------
def test_not_a_duplicate_splits_a_group() -> None:
    recs = _records(TWINS)
    assert len(recs) == 2
    assert [len(g.members) for g in merge_records(recs)] == [2]
    fp0, fp1 = (record_fingerprint(r) for r in recs)
    for text in (
        f"[entry.{fp0}]\nnot_duplicate = ['{fp1}']\n",
        f"[entry.{fp1}]\nnot_duplicate = true\n",
    ):
        groups = merge_records(recs, 0, apart(recs, parse_corrections(text)))
        assert [g.members for g in groups] == [[0], [1]]
    unrelated = parse_corrections(f"[entry.{fp0}]\nnot_duplicate = ['0000000000']\n")
    assert len(merge_records(recs, 0, apart(recs, unrelated))) == 1
    assert apart(recs, Corrections()) is None


def test_not_a_duplicate_keeps_an_entry_out_of_the_library(tmp_path: Path) -> None:
    recs = _records(TWINS)[:1]
    lib = [recs[0].replace(sources=(Source("lib.bib", key="k"),), key="k")]
    both = lib + recs
    assert merge_records(both, 1)[0].members == [0, 1]
    corr = parse_corrections(f"[entry.{record_fingerprint(recs[0])}]\nnot_duplicate = true\n")
    groups = merge_records(both, 1, apart(both, corr))
    assert [g.members for g in groups] == [[0], [1]]


# -- through the commands ----------------------------------------------------------------
def _extract(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(app, ["extract", *args, "--to", "csl-json"])
    return res.exit_code, res.stdout, res.stderr


def test_extract_applies_cvbib_toml_next_to_the_cv(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    code, out, _ = _extract(str(cv))
    assert code == 0
    first, second = (r for r in _records() if "Graph" not in r.title)
    (tmp_path / "cvbib.toml").write_text(
        f'[entry.{record_fingerprint(first)}]\ntitle = "KIVI, corrected"\n\n'
        f"[entry.{record_fingerprint(second)}]\nnot_publication = true\n",
        encoding="utf-8",
    )
    code, out, err = _extract(str(cv))
    assert code == 0, err
    titles = [item["title"] for item in json.loads(out)]
    assert titles == ["KIVI, corrected", "Graph Condensation with Structure Preservation"]
    assert "1 marked not a publication" in err


def test_extract_takes_corrections_option_and_reports_bad_files(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    fixes = tmp_path / "fixes.toml"
    rec = _records()[2]
    fixes.write_text(f"[entry.{record_fingerprint(rec)}]\nyear = 1999\n", encoding="utf-8")
    code, out, _ = _extract(str(cv), "--corrections", str(fixes))
    assert code == 0
    assert [i.get("issued", {}).get("date-parts") for i in json.loads(out)][2] == [[1999]]
    fixes.write_text("[entry.0123456789]\nyear = 'soon'\n", encoding="utf-8")
    code, _, err = _extract(str(cv), "--corrections", str(fixes))
    assert code == 2 and f"{fixes}:1: entry.0123456789: year must be a whole number" in err
    assert "Traceback" not in err


def test_merge_honours_not_a_duplicate(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(TWINS, encoding="utf-8")
    args = ["merge", str(cv), "--to", "csl-json"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0 and len(json.loads(res.stdout)) == 1
    fp = record_fingerprint(_records(TWINS)[0])
    (tmp_path / "cvbib.toml").write_text(f"[entry.{fp}]\nnot_duplicate = true\n", "utf-8")
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.stderr
    assert len(json.loads(res.stdout)) == 2
