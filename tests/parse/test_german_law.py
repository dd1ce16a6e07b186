"""German legal citations of the owner's articles, read whole."""

from __future__ import annotations

from cvbib.model import Source
from cvbib.parse.german_law import read_german_law


def read(text: str):  # type: ignore[no-untyped-def]
    return read_german_law(text, (), Source("cv.md", 1))


def test_journal_year_and_pages() -> None:
    rec = read("Die Haftung für autonome Systeme, NJW 2021, 1234–1239.")
    assert rec is not None
    assert (rec.type, rec.title, rec.venue, rec.year, rec.pages) == (
        "article",
        "Die Haftung für autonome Systeme",
        "NJW",
        2021,
        "1234--1239",
    )
    volume = read("Smart Contracts und das Recht der AGB, AcP 223 (2023), 512–559.")
    assert volume is not None and (volume.venue, volume.volume, volume.year) == ("AcP", "223", 2023)
    # a case note's title holds commas of its own; "ff." after the first page
    note = read("Anmerkung zu BGH, Urt. v. 27.7.2020 – VI ZR 405/18, JZ 2021, 88 ff.")
    assert note is not None
    assert (note.title, note.pages) == ("Anmerkung zu BGH, Urt. v. 27.7.2020 – VI ZR 405/18", "88")


def test_other_styles_are_not_read() -> None:
    assert read("M. Sharma, L. Baptiste, Chem. Sci., 2024, 15, 3318–3327.") is None
    assert read("Müller, H., Eine Opfertafel aus Abydos, GM 210, 2006, 55–63.") is None
    assert read("Beitrag, in: Hollmann/Seibt (Hrsg.), Praxiskommentar BGB, NJW 2022, 1411.") is None
