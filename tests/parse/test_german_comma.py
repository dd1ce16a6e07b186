"""German humanities references with commas (a Schriftenverzeichnis), read whole."""

from __future__ import annotations

import cvbib
from cvbib.model import Source
from cvbib.parse.german_comma import read_german_comma


def read(text: str):  # type: ignore[no-untyped-def]
    return read_german_comma(text, (), Source("cv.txt", 1))


def people(persons) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.given}|{p.family}" for p in persons]


def test_monograph_with_series_imprint_and_remark() -> None:
    rec = read(
        "Lautenschläger, H., Die Stele als Medium. Studien zu Privatstelen des Mittleren "
        "Reiches aus Abydos, Göttinger Orientforschungen IV/56, Wiesbaden: Harrassowitz 2013 "
        "(zugl. Diss. Göttingen 2011)."
    )
    assert rec is not None
    assert rec.type == "book"
    assert rec.title == (
        "Die Stele als Medium. Studien zu Privatstelen des Mittleren Reiches aus Abydos"
    )
    assert people(rec.authors) == ["H.|Lautenschläger"]
    assert (rec.publisher, rec.address, rec.year) == ("Harrassowitz", "Wiesbaden", 2013)
    assert "Series: Göttinger Orientforschungen IV/56" in rec.extra
    assert "zugl. Diss. Göttingen 2011" in rec.extra


def test_edited_volume_in_press() -> None:
    rec = read(
        "Lautenschläger, H./Ortmann, J. (Hg.), Ḥtp-dj-nswt. Festschrift für Dietrich "
        "Brandauer, Ägypten und Altes Testament 98, Münster: Zaphon (im Druck)."
    )
    assert rec is not None
    assert (rec.type, rec.status, rec.year) == ("book", "forthcoming", None)
    assert rec.authors == ()
    assert people(rec.editors) == ["H.|Lautenschläger", "J.|Ortmann"]
    assert rec.title == "Ḥtp-dj-nswt. Festschrift für Dietrich Brandauer"


def test_journal_abbreviation_volume_year_pages() -> None:
    rec = read(
        "Lautenschläger, H./Ortmann, J., Ein neues Fragment des Pap. Berlin P. 10023 B, "
        "ZÄS 143, 2016, 88–101, Taf. V–VII."
    )
    assert rec is not None
    assert rec.type == "article"
    assert rec.title == "Ein neues Fragment des Pap. Berlin P. 10023 B"
    assert people(rec.authors) == ["H.|Lautenschläger", "J.|Ortmann"]
    assert (rec.venue, rec.volume, rec.year, rec.pages) == ("ZÄS", "143", 2016, "88--101")
    # a title's commas stay in it; an issue numbered by year ("4/2017") dates it
    rec = read("Müller, A., Ein Stück Abydos in Hannover, Antike Welt 4/2017, 55–59.")
    assert rec is not None
    assert (rec.title, rec.venue, rec.number, rec.year) == (
        "Ein Stück Abydos in Hannover",
        "Antike Welt",
        "4",
        2017,
    )


def test_chapter_in_an_edited_volume() -> None:
    rec = read(
        "Lautenschläger, H., Opferformeln auf Stelen aus Abydos, in: M. Richter/S. Vogt (Hg.), "
        "Texte und Denkmäler des Mittleren Reiches. Akten des Symposiums Göttingen 2010, "
        "Göttinger Orientforschungen IV/50, Wiesbaden 2012, S. 67–89."
    )
    assert rec is not None
    assert rec.type == "incollection"
    assert rec.title == "Opferformeln auf Stelen aus Abydos"
    assert rec.venue == (
        "Texte und Denkmäler des Mittleren Reiches. Akten des Symposiums Göttingen 2010"
    )
    assert people(rec.editors) == ["M.|Richter", "S.|Vogt"]
    assert (rec.address, rec.year, rec.pages) == ("Wiesbaden", 2012, "67--89")
    # a lexicon's article ("Art."), with its URL
    rec = read(
        "Lautenschläger, H., Art. Aphroditopolis, in: Das wissenschaftliche Bibellexikon im "
        "Internet (WiBiLex), Stuttgart 2015, https://www.bibelwissenschaft.de/stichwort/13927/"
    )
    assert rec is not None
    assert (rec.title, rec.type, rec.year) == ("Aphroditopolis", "incollection", 2015)
    assert rec.url == "https://www.bibelwissenschaft.de/stichwort/13927/"


def test_review_names_the_reviewed_book() -> None:
    rec = read(
        "Rez. zu: E. Fischer, Die Privatstelen aus Abydos, Wiesbaden 2020, in: OLZ 116, "
        "2021, 34–36."
    )
    assert rec is not None
    assert rec.title == "Rez. zu: E. Fischer, Die Privatstelen aus Abydos"
    assert (rec.type, rec.venue, rec.volume, rec.year) == ("article", "OLZ", "116", 2021)
    assert rec.authors == ()  # the owner's: the extractor fills them in


def test_other_styles_are_left_to_the_general_rules() -> None:
    # APA (a year after the names), a list of names going on, Chicago's full stop
    assert read("Müller, A. (2020). Title of the paper. Journal, 12(3), 45–67.") is None
    assert read("Smith, J., Jones, K., & Lee, M. (2020). A title. Journal, 1, 2–3.") is None
    assert read("Müller, Anna. Title of the Book. Berlin: De Gruyter, 2019.") is None
    # a shape with no venue to end it
    assert read("Müller, A., Some words without any venue at all.") is None


def test_schriftenverzeichnis_through_the_extractor() -> None:
    text = (
        "Dr. Heike Müller\n\nSchriftenverzeichnis\n\nAufsätze\n\n"
        " 1.  Müller, H., Die Kultgemeinschaft von Aphroditopolis in ptolemäischer\n"
        "     Zeit, SAK 47, 2018, 201–220.\n"
        " 2.  Müller, H., Provinztempel im Wandel, in: J. Ortmann (Hg.), Tempel im\n"
        "     Kontext, Königtum, Staat und Gesellschaft früher Hochkulturen 3,\n"
        "     13. Ägyptologische Tempeltagung, Wiesbaden (im Druck).\n"
    )
    records = cvbib.extract_text(text, "cv.txt").records
    assert [r.title for r in records] == [
        "Die Kultgemeinschaft von Aphroditopolis in ptolemäischer Zeit",
        "Provinztempel im Wandel",
    ]
    assert records[0].venue_short == "SAK"
    # "13." continues the entry above (out of the list's 1, 2 sequence, at its text column)
    assert records[1].status == "forthcoming"
