"""GOST 7.1 / 7.0.5 references, as Russian CVs print them."""

from __future__ import annotations

from cvbib.model import Source
from cvbib.parse.gost import read_gost


def read(text: str):  # type: ignore[no-untyped-def]
    return read_gost(text, (), Source("cv.txt", 1))


def people(rec) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.given}|{p.family}" for p in rec.authors]


def test_names_first_then_title_and_journal() -> None:
    rec = read(
        "Кузьмина Д. А., Воронов А. Б., Гаврилов С. И. Магнитосопротивление двумерных дырок в "
        "квантовых ямах Ge/SiGe // Письма в ЖЭТФ. 2012. Т. 96, вып. 7. С. 489–494 [JETP Letters. "
        "2012. Vol. 96, No. 7. P. 441–446]."
    )
    assert rec is not None
    assert people(rec) == ["Д. А.|Кузьмина", "А. Б.|Воронов", "С. И.|Гаврилов"]
    assert rec.title == "Магнитосопротивление двумерных дырок в квантовых ямах Ge/SiGe"
    assert (rec.type, rec.venue, rec.year) == ("article", "Письма в ЖЭТФ", 2012)
    assert (rec.volume, rec.number, rec.pages) == ("96", "7", "489--494")
    assert rec.extra == ("Translated: JETP Letters. 2012. Vol. 96, No. 7. P. 441–446",)


def test_title_first_with_names_after_the_slash_and_dashes() -> None:
    rec = read(
        "Квантовые осцилляции термоэдс / Д. А. Кузьмина, Е. С. Тихонова, М. Н. Шевченко "
        "[и др.] // ЖЭТФ. – 2017. – Т. 152, № 3. – С. 571–580. DOI: 10.1134/S1063776117030123"
    )
    assert rec is not None
    assert people(rec) == ["Д. А.|Кузьмина", "Е. С.|Тихонова", "М. Н.|Шевченко"]
    assert (rec.title, rec.venue, rec.year) == ("Квантовые осцилляции термоэдс", "ЖЭТФ", 2017)
    assert (rec.volume, rec.number, rec.pages) == ("152", "3", "571--580")
    assert rec.doi == "10.1134/S1063776117030123"


def test_proceedings_book_and_thesis() -> None:
    rec = read(
        "Кузьмина Д. А., Тихонова Е. С. Нелокальная термоэдс в HgTe // Нанофизика и "
        "наноэлектроника : тр. XXV Междунар. симп. (Нижний Новгород, 9–12 марта 2021 г.). Т. 2. "
        "Н. Новгород : ИПФ РАН, 2021. С. 612–613."
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.publisher, rec.year, rec.pages) == (
        "inproceedings",
        "Нанофизика и наноэлектроника",
        "ИПФ РАН",
        2021,
        "612--613",
    )
    rec = read(
        "Воронов А. Б., Кузьмина Д. А. Практикум по физике низких температур : учебное "
        "пособие. М. : МФТИ, 2020. 96 с."
    )
    assert rec is not None
    assert (rec.type, rec.title, rec.publisher, rec.address, rec.year) == (
        "book",
        "Практикум по физике низких температур",
        "МФТИ",
        "Москва",
        2020,
    )
    rec = read(
        "Кузьмина Д. А. Термоэлектрические явления в двумерных системах : дис. ... канд. "
        "физ.-мат. наук : 01.04.07. Черноголовка : ИФТТ РАН, 2015. 142 с."
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.year) == ("phdthesis", "ИФТТ РАН", 2015)


def test_a_preprint_and_what_is_not_gost() -> None:
    rec = read(
        "Кузьмина Д. А., Зайцев-Красовский П. Е. Термоэлектрический отклик краевых каналов // "
        "Препринт arXiv:2311.01987. 2023."
    )
    assert rec is not None
    assert (rec.type, rec.venue, rec.arxiv, rec.status) == (
        "misc",
        "arXiv",
        "2311.01987",
        "preprint",
    )
    assert read("Smith, J. (2020). A title. Journal of Things, 3, 1–2.") is None
    assert read("See https://example.org//path for the code, 2020.") is None


def test_a_link_is_no_separator() -> None:
    assert read("Smith J. A. A title of a paper. https://doi.org/10.1000/xyz, 2020.") is None


def test_a_slash_inside_a_title_first_entry_is_the_titles() -> None:
    rec = read(
        "Дырки в квантовых ямах Ge/SiGe / Д. А. Кузьмина, Е. С. Тихонова // ЖЭТФ. 2017. Т. 152, "
        "№ 3. С. 571–580."
    )
    assert rec is not None
    assert rec.title == "Дырки в квантовых ямах Ge/SiGe"
    assert people(rec) == ["Д. А.|Кузьмина", "Е. С.|Тихонова"]


def test_dstu_references_without_slashes() -> None:
    text = (
        "Ярошенко О. М., Ткачук І. С. Температурна залежність ширини забороненої зони "
        "[Temperature dependence of the band gap]. Журнал фізичних досліджень. 2022. Т. 26, "
        "№ 2. С. 2701. DOI: 10.30970/jps.26.2701."
    )
    at = text.index("Журнал")
    rec = read_gost(text, ((at, at + 26),), Source("cv.md", 1))
    assert rec is not None
    assert people(rec) == ["О. М.|Ярошенко", "І. С.|Ткачук"]
    assert rec.title == "Температурна залежність ширини забороненої зони"
    assert (rec.type, rec.venue, rec.year, rec.volume, rec.number) == (
        "article",
        "Журнал фізичних досліджень",
        2022,
        "26",
        "2",
    )
    assert "Translated title: Temperature dependence of the band gap" in rec.extra
    english = read(
        "Yaroshenko O. M., Sato H. Interlayer excitons in twisted bilayers. Low Temperature "
        "Physics. 2024. Vol. 50, No. 5 (in press)."
    )
    assert english is not None
    assert (english.title, english.venue, english.status) == (
        "Interlayer excitons in twisted bilayers",
        "Low Temperature Physics",
        "forthcoming",
    )
    titled = read(
        "Фотолюмінесценція квантових точок / О. М. Ярошенко, В. В. Бондар, І. С. Ткачук та ін. "
        "Український фізичний журнал. 2021. Т. 66, № 3. С. 245–253."
    )
    assert titled is not None and titled.title == "Фотолюмінесценція квантових точок"
    assert people(titled) == ["О. М.|Ярошенко", "В. В.|Бондар", "І. С.|Ткачук"]
    abstract = read(
        "Ярошенко О. М. Електропоглинання в квантових ямах. Тези доповідей VII Української "
        "конференції (УНКФН-7) (м. Дніпро, 26–30 верес. 2016 р.). Дніпро, 2016. С. 88–89."
    )
    assert abstract is not None
    assert (abstract.venue, abstract.pages) == (
        "Тези доповідей VII Української конференції (УНКФН-7)",
        "88--89",
    )


def test_ukrainian_textbook_and_thesis() -> None:
    book = read(
        "Ярошенко О. М., Бондар В. В. Фізика твердого тіла : навчальний посібник. Київ : "
        "Київський університет, 2020. 248 с."
    )
    assert book is not None
    assert (book.type, book.title, book.publisher, book.year) == (
        "book",
        "Фізика твердого тіла",
        "Київський університет",
        2020,
    )
    thesis = read(
        "Ярошенко О. М. Екситонні ефекти в гетероструктурах : дис. ... канд. фіз.-мат. наук : "
        "01.04.10 / Київський національний університет. Київ, 2013. 168 с."
    )
    assert thesis is not None
    assert (thesis.type, thesis.title, thesis.venue, thesis.year) == (
        "phdthesis",
        "Екситонні ефекти в гетероструктурах",
        "Київський національний університет",
        2013,
    )
