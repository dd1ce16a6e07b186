"""Free-text references in standard citation styles, read by the CRF tagger (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

import cvbib
from cvbib.data import load_json
from cvbib.model import Person, Record
from cvbib.parse import crf_data, crf_train, reference
from cvbib.parse.crf_features import features, tokenize
from cvbib.parse.entry import EntryText, parse_entry
from cvbib.parse.reference_choice import choose, parse_cv_entry


def people(rec: cvbib.Record) -> list[tuple[str, str]]:
    return [(p.family, p.given) for p in rec.authors]


# -- names and authors ------------------------------------------------------------------


def test_vancouver_family_first_initials_without_periods() -> None:
    rec = cvbib.parse_reference(
        "Sekijima Y, Dendle MA. Hexane extraction of lipids from yeast. "
        "J Biol Chem. 2010;45(2):123-130."
    )
    assert people(rec) == [("Sekijima", "Y."), ("Dendle", "M. A.")]
    assert rec.title == "Hexane extraction of lipids from yeast"
    assert rec.venue == "J Biol Chem"
    assert (rec.year, rec.volume, rec.number, rec.pages) == (2010, "45", "2", "123--130")
    assert rec.type == "article"


def test_given_first_initials_without_spaces_ieee() -> None:
    rec = cvbib.parse_reference(
        'G.R.R. Martin and J. Smith, "A study of dragons in northern climates," '
        "IEEE Trans. Pattern Anal. Mach. Intell., vol. 12, no. 3, pp. 45-67, 2001."
    )
    assert people(rec) == [("Martin", "G. R. R."), ("Smith", "J.")]
    assert rec.title == "A study of dragons in northern climates"
    assert rec.venue == "IEEE Trans. Pattern Anal. Mach. Intell."
    assert (rec.year, rec.volume, rec.number, rec.pages) == (2001, "12", "3", "45--67")


def test_particles_apa() -> None:
    rec = cvbib.parse_reference(
        "de la Torre, J., & van der Berg, A. B. (2019). Migration and the city: Evidence "
        "from Spain. Journal of Urban Economics, 112(3), 45–67."
    )
    assert people(rec) == [("de la Torre", "J."), ("van der Berg", "A. B.")]
    assert rec.title == "Migration and the city: Evidence from Spain"
    assert rec.venue == "Journal of Urban Economics"
    assert rec.year == 2019


def test_et_al_is_not_an_author() -> None:
    rec = cvbib.parse_reference(
        "Smith J, Jones KL, et al. Outcomes of early treatment in adult asthma. "
        "Lancet. 2005;365:1021-1030."
    )
    assert people(rec) == [("Smith", "J."), ("Jones", "K. L.")]
    assert rec.venue == "Lancet"
    assert rec.pages == "1021--1030"


def test_corporate_author() -> None:
    rec = cvbib.parse_reference(
        "World Health Organization. (2020). Global tuberculosis report 2020. "
        "Geneva: World Health Organization."
    )
    assert rec.authors == (Person(family="World Health Organization"),)
    assert rec.title == "Global tuberculosis report 2020"
    assert rec.year == 2020
    assert rec.address == "Geneva"


def test_editors_of_a_chapter() -> None:
    rec = cvbib.parse_reference(
        "Solon, G. (1999). Intergenerational mobility in the labor market. In O. Ashenfelter "
        "& D. Card (Eds.), Handbook of labor economics (Vol. 3, pp. 1761–1800). "
        "Amsterdam: Elsevier."
    )
    assert people(rec) == [("Solon", "G.")]
    assert [p.family for p in rec.editors] == ["Ashenfelter", "Card"]
    assert rec.venue == "Handbook of labor economics"
    assert rec.type == "incollection"
    assert (rec.pages, rec.publisher, rec.address) == ("1761--1800", "Elsevier", "Amsterdam")


# -- titles, numbers, publishers, links -------------------------------------------------


def test_quoted_title_chicago() -> None:
    rec = cvbib.parse_reference(
        "Adams, Nicholson B. “A Spanish Romanticist Parodies Himself.” "
        "Hispanic Review 45 (1930): 573–77."
    )
    assert people(rec) == [("Adams", "Nicholson B.")]
    assert rec.title == "A Spanish Romanticist Parodies Himself"
    assert rec.venue == "Hispanic Review"
    assert (rec.year, rec.volume, rec.pages) == (1930, "45", "573--577")


def test_unquoted_title_and_volume_issue_pages() -> None:
    rec = cvbib.parse_reference(
        "Brischoux, F., Chakraborty, S., Brierley, D.I., and Ungless, M.A. (2009). Phasic "
        "excitation of dopamine neurons in ventral VTA by noxious stimuli. "
        "Proc Natl Acad Sci U S A 106(12), 4894–4899."
    )
    assert [p.family for p in rec.authors] == ["Brischoux", "Chakraborty", "Brierley", "Ungless"]
    assert rec.title.startswith("Phasic excitation of dopamine neurons")
    assert rec.venue == "Proc Natl Acad Sci U S A"
    assert (rec.volume, rec.number, rec.pages) == ("106", "12", "4894--4899")


def test_book_with_publisher_and_place() -> None:
    rec = cvbib.parse_reference(
        "Kahneman, D. (2011). Thinking, fast and slow. New York: Farrar, Straus and Giroux."
    )
    assert rec.type == "book"
    assert rec.title == "Thinking, fast and slow"
    assert rec.address == "New York"
    assert rec.publisher == "Farrar, Straus and Giroux"
    assert rec.venue is None


def test_doi_and_url() -> None:
    rec = cvbib.parse_reference(
        "Lee, K., & Park, S. (2018). Sleep and memory consolidation in adolescents. "
        "Sleep Medicine, 44, 12–19. https://doi.org/10.1016/j.sleep.2018.01.004"
    )
    assert rec.doi == "10.1016/j.sleep.2018.01.004"
    web = cvbib.parse_reference(
        "Musk, Elon. “The Secret Tesla Motors Master Plan.” Tesla Blog, 2 Aug. 2006, "
        "https://www.tesla.com/blog/secret-tesla-motors-master-plan."
    )
    assert web.url == "https://www.tesla.com/blog/secret-tesla-motors-master-plan"
    assert web.title == "The Secret Tesla Motors Master Plan"
    assert web.year == 2006


def test_non_english_references() -> None:
    fr = cvbib.parse_reference(
        "Bourdieu, P. (1979). La distinction : critique sociale du jugement. "
        "Paris : Éditions de Minuit."
    )
    assert people(fr) == [("Bourdieu", "P.")]
    assert fr.title == "La distinction : critique sociale du jugement"
    assert (fr.year, fr.address, fr.type) == (1979, "Paris", "book")
    de = cvbib.parse_reference(
        "Müller, H. und Schmidt, K. (2004). Die Entwicklung der Sprache im Kindesalter. "
        "Zeitschrift für Pädagogik, 50(4), 512–530."
    )
    assert [p.family for p in de.authors] == ["Müller", "Schmidt"]
    assert de.venue == "Zeitschrift für Pädagogik"
    assert de.title == "Die Entwicklung der Sprache im Kindesalter"


def test_spans_point_into_the_text() -> None:
    text = "Kahneman, D. (2011). Thinking, fast and slow. New York: Farrar."
    rec = cvbib.parse_reference(text)
    span = rec.span("title")
    assert span is not None and text[span.start : span.end].startswith("Thinking")
    assert rec.to_csl()["title"] == "Thinking, fast and slow"


# -- odd input ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "x", "(((", "2019."])
def test_odd_input_gives_warnings_not_errors(text: str) -> None:
    rec = cvbib.parse_reference(text)
    assert rec.warnings


def test_overlong_text_is_not_parsed() -> None:
    rec = cvbib.parse_reference("word " * 2000)
    assert rec.confidence == 0.0 and "not parsed" in rec.warnings[0]


def test_missing_model_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.crfsuite"
    with pytest.raises(FileNotFoundError, match=r"nothing\.crfsuite"):
        reference.load_model(missing)


# -- the model --------------------------------------------------------------------------


def test_shipped_model_loads_and_is_small() -> None:
    path = reference.model_path()
    assert path.is_file() and path.stat().st_size < 5_000_000
    assert "title" in reference.load_model().labels()


def test_frozen_lexicon_ships_with_the_model() -> None:
    lists = load_json("reference_lexicon.json")
    assert {"particle", "stop", "title_word", "venue_word", "acronym"} <= set(lists)
    assert "icml" in lists["acronym"] and "van" in lists["particle"]


def test_tagging_is_deterministic() -> None:
    text = "Solon, G. (1999). Intergenerational mobility. Journal of Labor 3, 1–20."
    first, prob = reference.tag(text, probability=True)
    assert all(reference.tag(text, probability=True) == (first, prob) for _ in range(3))
    assert [label for _, label in first][:2] == ["author", "author"]
    assert prob is not None and 0.0 < prob <= 1.0
    assert reference.tag(text)[1] is None


def test_training_is_deterministic(tmp_path: Path) -> None:
    refs = [
        crf_data.Labelled(
            (("author", f"Smith, J{i}."), ("date", f"({2000 + i})."), ("title", f"On thing {i}."))
        )
        for i in range(8)
    ] + [crf_data.Labelled((("title", "Untitled work."), ("journal", "Nature"), ("pages", "1-2")))]
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    crf_train.train(refs, a, iterations=20)
    crf_train.train(refs, b, iterations=20)
    assert a.read_bytes() == b.read_bytes()


def test_split_is_fixed_by_text() -> None:
    ref = crf_data.Labelled((("title", "A title."),))
    again = crf_data.Labelled((("title", "A   title."),))  # same text, other spacing
    assert crf_data.is_dev(ref) == crf_data.is_dev(again)
    refs = [crf_data.Labelled((("title", f"Title number {i}."),)) for i in range(400)]
    train, dev = crf_data.split(refs)
    assert len(train) + len(dev) == 400 and 30 < len(dev) < 90  # about 15%
    assert not {r.text for r in train} & {r.text for r in dev}


def test_bad_training_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<dataset>\n<sequence><title>x</sequence>\n</dataset>\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.xml:2"):
        crf_data.read_xml(bad)


def test_features_are_per_token_and_cached() -> None:
    toks = tokenize("Smith, J. (2001). “Title here,” Nature 12: 1–2.")
    feats = features(toks)
    assert len(feats) == len(toks) == 8
    assert "year" in feats[2] and "quote_open" in feats[3] and "in_quote" in feats[4]
    assert "-1:w=BOS" in feats[0] and "1:w=EOS" in feats[-1]


# -- CV entries: rules for CV formats, the tagger for citation styles --------------------


def entry(text: str) -> EntryText:
    return EntryText(text=text, path="cv.md", line=7, end_line=7)


def test_cv_format_keeps_the_rules() -> None:
    text = (
        "[ICML'24] Zirui Liu*, Jiayi Yuan*, Xia Hu “KIVI: A Tuning-Free Asymmetric 2bit "
        "Quantization for KV Cache”. International Conference on Machine Learning (Oral)."
    )
    assert parse_cv_entry(entry(text)) == parse_entry(entry(text))


def test_citation_style_entry_uses_the_tagger() -> None:
    text = (
        "Greenberg, L. S., & Pascual-Leone, J. (2001). A dialectical constructivist view of "
        "the creation of personal meaning. Journal of Constructivist Psychology, 14(3), 165–186."
    )
    rec = parse_cv_entry(entry(text))
    assert rec.title == "A dialectical constructivist view of the creation of personal meaning"
    assert rec.venue == "Journal of Constructivist Psychology"
    assert rec.source is not None and rec.source.where() == "cv.md:7"


def test_extract_reads_standard_styles_in_a_cv() -> None:
    cv = (
        "# Ana Ruiz\n\n## Publications\n\n"
        "- Ruiz, Ana. Invisible Borders. Translated by William Weaver. San Diego: Harcourt "
        "Brace Jovanovich, 1974.\n"
        "- Ana Ruiz, Chaos in Small Towns: Making a New Science, New York: Penguin, 1988.\n"
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert [r.title for r in recs] == [
        "Invisible Borders",
        "Chaos in Small Towns: Making a New Science",
    ]
    assert [r.year for r in recs] == [1974, 1988]
    assert recs[1].publisher == "Penguin" and recs[1].address == "New York"


def test_bold_title_keeps_the_rules() -> None:
    # DBLP style: the tagger, blind to the bold, would read "Aiko Tanaka:" into the title
    text = (
        "Rahul Menon, Aiko Tanaka: Vectorized Execution for Graph Queries. "
        "VLDB J. 31(4): 755-780 (2022)"
    )
    a = text.index("Vectorized")
    styled = EntryText(text=text, path="cv.html", line=3, end_line=3, bold=((a, a + 39),))
    rec = parse_cv_entry(styled)
    assert rec.title == "Vectorized Execution for Graph Queries"
    assert [p.family for p in rec.authors] == ["Menon", "Tanaka"]


def test_the_tagger_never_takes_a_list_of_names_for_the_title() -> None:
    rule = Record(title="Scaling Laws", confidence=0.7)
    crf = Record(title="Ana van der Berg, Christopher Chen", confidence=1.0)
    assert choose(rule, crf, lambda: 1.0) is rule


def test_cv_entry_keeps_the_rules_reading_when_the_tagger_swallows_a_status() -> None:
    from cvbib.parse.entry import EntryText
    from cvbib.parse.reference_choice import parse_cv_entry

    text = (
        "Bello, A. (2024). Remittances and school enrollment. Under review at Management Science."
    )
    rec = parse_cv_entry(EntryText(text, "cv.md", 1, 1))
    assert (rec.title, rec.status) == ("Remittances and school enrollment", "under review")


def test_a_vancouver_issue_without_pages_is_no_crash() -> None:
    # "2021;143(Suppl 1)": the volume and issue are read, and there are no pages to read
    rec = cvbib.parse_reference(
        "Okafor CN, Lindqvist E, Haddad R. Sodium intake and heart failure outcomes. "
        "Circulation. 2021;143(Suppl 1)"
    )
    assert rec.title == "Sodium intake and heart failure outcomes"
    assert rec.year == 2021
    assert rec.volume == "143"
    assert rec.pages is None


def test_a_fault_in_the_tagger_keeps_the_rules_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    from cvbib.parse import reference_choice

    def broken(text: str, source: object) -> Record:
        raise TypeError("a bug")

    monkeypatch.setattr(reference_choice, "parse_reference_crf", broken)
    entry = EntryText(
        "Smith, J. (2020). A title of some length. Some Journal, 3, 1-9.", "cv.txt", 4, 4
    )
    rec = parse_cv_entry(entry)
    assert rec.title == "A title of some length"
    assert any("tagger failed" in w for w in rec.warnings)


def test_a_fault_on_one_entry_costs_that_entry_not_the_cv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cvbib.parse import reference_choice

    real = reference_choice.parse_entry

    def flaky(entry: EntryText) -> Record:
        if "Second" in entry.text:
            raise ValueError("a bug")
        return real(entry)

    monkeypatch.setattr(reference_choice, "parse_entry", flaky)
    cv = tmp_path / "cv.md"
    cv.write_text(
        "## Publications\n\n"
        "- Smith, J. (2020). First paper title here. Journal of Things, 3, 1-9.\n"
        "- Smith, J. (2021). Second paper title here. Journal of Things, 4, 1-9.\n",
        encoding="utf-8",
    )
    result = cvbib.extract_file(str(cv))
    assert [r.title for r in result.records] == ["First paper title here"]
    assert any(w.line == 4 and "could not read this entry" in w.message for w in result.warnings)


def test_a_journal_in_italics_at_the_end_of_a_title_does_not_style_it() -> None:
    # "Title. *Journal* 55(2). 301–334.": the italic run is the journal; the tagger reads it
    text = (
        "Garaikoetxea, Itziar & Minji Kwon. 2024. Dative intervention without defective goals. "
        "Linguistic Inquiry 55(2). 301–334."
    )
    at = text.index("Linguistic")
    rec = parse_cv_entry(
        EntryText(text, "cv.md", 1, 1, italic=((at, at + len("Linguistic Inquiry")),))
    )
    assert (rec.title, rec.venue, rec.pages) == (
        "Dative intervention without defective goals",
        "Linguistic Inquiry",
        "301--334",
    )


def test_an_ampersand_is_nobodys_name_in_the_taggers_reading() -> None:
    # "edited by A B & C D": the tagger's reading made "&" a family name and won; without
    # that person its reading is no better than the rules', which read the whole title
    entry = EntryText(
        "2016. Review of The Desert Remembers, edited by Claudia Restrepo & Ivan Sokolov. "
        "Bulletin of Latin American Research 35 (4): 560–561.",
        "cv.html",
        5,
        5,
        italic=((16, 36), (81, 116)),
    )
    rec = parse_cv_entry(entry)
    assert rec.title == "Review of The Desert Remembers, edited by Claudia Restrepo & Ivan Sokolov"
    assert rec.venue == "Bulletin of Latin American Research"
    assert all(any(c.isalpha() for c in p.family) for p in (*rec.authors, *rec.editors))


def test_the_tagger_takes_no_author_from_inside_an_italic_review_title() -> None:
    text = (
        "Crossing the Line: Smuggling on the Texas-Mexico Border, 1848–1910, by Daniel P. "
        "Wurtz. Journal of American History 103, no. 4 (2017): 1048–49."
    )
    book, journal = text.index(", by"), text.index("Journal")
    entry = EntryText(text, "cv.txt", 1, 1, italic=((0, book), (journal, journal + 27)))
    rec = parse_cv_entry(entry)
    assert rec.title.endswith(", by Daniel P. Wurtz")
    assert not rec.authors and rec.venue == "Journal of American History"


def test_a_venue_ending_in_a_word_that_begins_like_a_month_keeps_it() -> None:
    from cvbib.parse.reference import _venue

    assert _venue("The Political Economy of Emerging Markets") == (
        "The Political Economy of Emerging Markets"
    )
    assert _venue("Journal of Decisions") == "Journal of Decisions"
    assert _venue("Proc. of the Workshop, Juni 2021") == "Proc. of the Workshop"
    assert _venue("Proc. of the Workshop, Dec.") == "Proc. of the Workshop"
