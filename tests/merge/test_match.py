"""match(): one rule per test, positive and negative pairs."""

from __future__ import annotations

import dataclasses

import pytest

from cvbib.merge import Match, match
from cvbib.model import Person, Record

from .helpers import AUTHORS, KIVI, people, rec


def same(a, b) -> Match:  # type: ignore[no-untyped-def]
    m = match(a, b)
    assert m.same, m.reason
    assert m.same == match(b, a).same  # symmetric
    assert 0.5 <= m.score <= 1.0
    return m


def different(a, b) -> Match:  # type: ignore[no-untyped-def]
    m = match(a, b)
    assert not m.same, m.reason
    assert not match(b, a).same
    assert 0.0 <= m.score < 0.5
    return m


# -- the answer itself -------------------------------------------------------------------


def test_match_is_a_frozen_dataclass() -> None:
    m = match(rec(), rec())
    assert dataclasses.is_dataclass(m)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.same = False  # type: ignore[misc]


def test_identical_records_match_with_a_readable_reason() -> None:
    m = same(rec(), rec())
    assert m.reason == "title 100 + 3/3 authors + year 2024"


# -- identifiers -------------------------------------------------------------------------


def test_same_doi_in_two_spellings() -> None:
    m = same(
        rec(doi="10.1145/3580305.3599256", title="Totally garbled"),
        rec(doi="https://doi.org/10.1145/3580305.3599256"),
    )
    assert m.reason == "doi" and m.score == 1.0


def test_same_arxiv_id_in_two_spellings() -> None:
    m = same(rec(arxiv="arXiv:2402.02750v2"), rec(url="https://arxiv.org/pdf/2402.02750v1.pdf"))
    assert m.reason == "arxiv"


def test_different_dois_with_otherwise_equal_fields() -> None:
    m = different(rec(doi="10.1145/1000001"), rec(doi="10.1145/1000002"))
    assert m.reason == "different DOI" and m.conflict


def test_papers_sharing_a_doi_prefix() -> None:
    m = different(
        rec(doi="10.1109/TPDS.2023.3300001", title="Efficient sparse training on GPUs"),
        rec(doi="10.1109/TPDS.2023.3300002", title="Efficient sparse inference on GPUs"),
    )
    assert m.reason == "different DOI"


def test_arxiv_doi_is_no_conflict_with_a_publisher_doi() -> None:
    m = same(
        rec(doi="10.48550/arXiv.2402.02750", venue="arXiv", status="preprint", year=2023),
        rec(doi="10.5555/3692070.3693381"),
    )
    assert m.reason.startswith("title 100")


def test_different_arxiv_ids() -> None:
    m = different(rec(arxiv="2402.02750"), rec(arxiv="2402.02751"))
    assert m.reason == "different arXiv id"


# -- titles that must merge ----------------------------------------------------------------


def test_case() -> None:
    same(rec(), rec(title=KIVI.upper()))


def test_punctuation() -> None:
    same(rec(), rec(title="KIVI - a tuning free asymmetric 2bit quantization for KV cache."))


def test_latex_escapes_and_braces() -> None:
    same(
        rec(
            title='Sch{\\"o}nheit \\& {KIVI}: A Tuning-Free Method',
            authors=people('M{\\"u}ller, J.'),
        ),
        rec(title="Schönheit & KIVI: A Tuning-Free Method", authors=people("Müller, Jürgen")),
    )


def test_html_escapes() -> None:
    same(
        rec(title="Caf&eacute; &amp; <i>Bar</i>: Tuning-Free Coffee Quantization"),
        rec(title="Café & Bar: Tuning-Free Coffee Quantization"),
    )


def test_typo() -> None:
    m = same(rec(), rec(title="KIVI: A Tunning-Free Asymmetric 2bit Quantizaton for KV Cache"))
    assert m.reason.startswith("title 9")


def test_dropped_subtitle() -> None:
    title = "Efficient Memory Management for Large Language Model Serving"
    m = same(rec(title=title), rec(title=f"{title}: PagedAttention and vLLM"))
    assert "without" in m.reason


def test_dont_and_do_not_apostrophe() -> None:
    same(
        rec(title="Don't Stop Pretraining: Adapt Language Models to Domains and Tasks"),
        rec(title="Dont stop pretraining: adapt language models to domains and tasks"),
    )


def test_words_reordered() -> None:
    m = same(
        rec(title="Dynamic Multidimensional Histograms"),
        rec(title="Multidimensional dynamic histograms"),
    )
    assert m.reason.startswith("title words reordered")


def test_words_reordered_is_not_a_word_changed() -> None:
    different(
        rec(title="Dynamic Multidimensional Histograms"),
        rec(title="Static multidimensional histograms"),
    )


def test_bracketed_remark() -> None:
    same(rec(title=f"{KIVI} (Demo)"), rec(title=KIVI))


def test_missing_year_is_compatible() -> None:
    same(rec(year=None), rec())


# -- venues, authors, versions ---------------------------------------------------------------


def test_venue_written_differently() -> None:
    m = same(
        rec(venue="Proc. of ICML 2024", year=2024),
        rec(venue="The 41st International Conference on Machine Learning", year=2025),
    )
    assert "year 2024/2025" in m.reason  # one year apart, but the same venue


def test_one_year_apart_without_a_venue_to_tell() -> None:
    # a citation's year is often the preprint's or the talk's: a year apart, the same people
    m = same(rec(year=2023, venue=None), rec())
    assert "year 2023/2024" in m.reason
    different(rec(year=2023, venue="IEEE Transactions on Knowledge and Data Engineering"), rec())


def test_names_run_into_the_title() -> None:
    # an index read the end of the author list as the start of the title
    cut = rec(
        title="Jin. KIVI: A Tuning-Free Asymetric 2bit Quantization for KV-Cache",
        authors=people("Liu, Zirui", "Yuan, Jiayi"),
        year=None,
        venue=None,
    )
    m = same(cut, rec())
    assert "without 'jin' run into it" in m.reason
    # words that are no author's name are a title's words
    other = rec(title=f"Revisiting {KIVI}", authors=people("Liu, Zirui", "Yuan, Jiayi"))
    different(other, rec(year=2025))


def test_family_name_with_a_typo_and_initials_run_together() -> None:
    # an index wrote "S.J. Shanmugasundsram" for "J. Shanmugasundaram"
    m = same(
        rec(authors=people("Shanmugasundsram, Sj"), year=None, venue=None),
        rec(authors=people("Shanmugasundaram, J.", "Tufte, K.")),
    )
    assert "1/1 authors" in m.reason


def test_initials_vs_full_names() -> None:
    m = same(rec(authors=people("Liu, Z.", "Yuan, J.", "Jin, H.")), rec())
    assert "3/3 authors" in m.reason


def test_given_and_family_swapped() -> None:
    swapped = (Person("Zirui", "LIU"), Person("Jiayi", "YUAN"), Person("Hongye", "JIN"))
    m = same(rec(authors=swapped), rec(authors=people("Liu, Z.", "Yuan, J.", "Jin, H.")))
    assert "3/3 authors" in m.reason


def test_accents_folded_in_names() -> None:
    same(
        rec(authors=people("Müller, Jürgen", "Özsu, M. Tamer")),
        rec(authors=people("Muller, J.", "Ozsu, M.")),
    )


def test_et_al_list_agrees_with_the_full_list() -> None:
    m = same(rec(authors=(AUTHORS[0], Person("al.", "et"))), rec())
    assert "1/1 authors" in m.reason


def test_arxiv_preprint_and_published_version() -> None:
    m = same(
        rec(venue="arXiv preprint arXiv:2402.02750", arxiv="2402.02750", type="misc", year=2023),
        rec(doi="10.5555/3692070.3693381", year=2024),
    )
    assert "year 2023/2024" in m.reason


def test_preprint_may_precede_publication_by_a_few_years() -> None:
    same(rec(status="preprint", venue="arXiv", year=2021), rec(year=2024))
    different(rec(status="preprint", venue="arXiv", year=2018), rec(year=2024))


# -- look-alikes that must not merge --------------------------------------------------------------


def test_galore_vs_q_galore() -> None:
    galore = "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection"
    m = different(rec(title=galore), rec(title=f"Q-{galore}"))
    assert m.reason == "first words differ: galore vs q-galore"
    assert m.conflict


def test_part_one_vs_part_two() -> None:
    m = different(rec(title=f"{KIVI}, Part I"), rec(title=f"{KIVI}, Part II"))
    assert m.reason == "numbers differ: 1 vs 2"
    assert m.conflict


def test_different_digits() -> None:
    m = different(
        rec(title="Llama 2: Open Foundation and Fine-Tuned Chat Models"),
        rec(title="Llama 3: Open Foundation and Fine-Tuned Chat Models"),
    )
    assert m.reason.startswith("numbers differ")


def test_journal_extension_of_the_same_title() -> None:
    # the journal's extended version, a year later: another work for a CV
    m = different(rec(title=f"{KIVI} (Extended Version)", year=2025, venue="TPAMI"), rec())
    assert "venues differ" in m.reason


def test_extended_version_report_of_the_same_year() -> None:
    # the report or preprint with the full proofs: the same work
    report = rec(title=f"{KIVI}: Extended Version", type="techreport", venue=None)
    m = same(report, rec())
    assert "without 'extended version'" in m.reason


def test_extended_version_needs_the_same_authors() -> None:
    authors = people("Doe, Jane", "Smith, Tom", "Wong, Amy")
    report = rec(title=f"{KIVI} (Extended Version)", venue=None, authors=authors)
    m = different(report, rec(authors=people("Doe, Jane", "Roe, Rick", "Poe, Edgar")))
    assert m.reason.endswith("'extended' in one title only")


def test_erratum() -> None:
    m = different(rec(title=f"Erratum: {KIVI}"), rec())
    assert "erratum" in m.reason


def test_one_word_changed() -> None:
    m = different(
        rec(title="Efficient Sparse Training of Large Language Models", year=2023),
        rec(title="Efficient Dense Training of Large Language Models", year=2024),
    )
    assert m.reason.startswith("words differ: sparse vs dense") or "sparse" in m.reason


def test_one_word_added_inside_the_title() -> None:
    different(
        rec(title="Efficient Training of Large Language Models", year=2023),
        rec(title="Efficient Federated Training of Large Language Models"),
    )


def test_one_word_apart_with_everything_else_equal() -> None:
    # The same people, venue and year: a slip of the pen, not a second paper.
    m = same(
        rec(title="GridDB: A Database Interface to the Grid"),
        rec(title="GridDB: A Relational Interface to the Grid"),
    )
    assert m.reason.startswith("words differ: database vs relational")
    different(
        rec(title="GridDB: A Database Interface to the Grid", venue="VLDB"),
        rec(title="GridDB: A Relational Interface to the Grid"),
    )


def test_journal_extension_with_a_different_title() -> None:
    m = different(
        rec(
            title="KIVI: Plug-and-Play 2bit KV Cache Quantization with Streaming Asymmetric Quantization",
            venue="IEEE Transactions on Pattern Analysis and Machine Intelligence",
            year=2025,
        ),
        rec(),
    )
    assert "< 75" in m.reason or "words" in m.reason


def test_workshop_paper_and_later_conference_paper_of_a_different_title() -> None:
    different(
        rec(
            title="Towards Tuning-Free KV Cache Compression",
            venue="ICML Workshop on Efficient Systems for Foundation Models",
            year=2023,
            workshop=True,
        ),
        rec(),
    )


def test_workshop_and_conference_versions_of_one_title() -> None:
    m = different(
        rec(
            venue="NeurIPS Workshop on Efficient Natural Language Processing",
            workshop=True,
            year=2023,
        ),
        rec(year=2023),
    )
    assert "venues differ" in m.reason


def test_journal_and_conference_versions_of_one_title() -> None:
    m = different(rec(venue="The VLDB Journal", year=2001), rec(venue="VLDB", year=2000))
    assert m.conflict


def test_published_years_far_apart() -> None:
    m = different(rec(year=2019), rec(year=2024))
    assert "years differ" in m.reason


def test_no_common_author() -> None:
    m = different(
        rec(title="Deep Learning for Graphs"),
        rec(title="Deep Learning for Graphs", authors=people("Smith, John", "Doe, Jane")),
    )
    assert "no common author" in m.reason


def test_generic_title_needs_the_same_authors() -> None:
    editors = people("Ross, Kenneth A.", "Shim, Kyuseok", "Fernandez, Mary F.")
    different(rec(title="Editorial", authors=editors), rec(title="Editorial", authors=editors[:1]))
    same(rec(title="Editorial", authors=editors), rec(title="Editorial", authors=editors))


def test_different_titles_give_the_score_in_the_reason() -> None:
    m = different(rec(title="Graph Neural Networks for Molecules"), rec())
    assert m.reason.endswith("< 75") and m.reason.startswith("title ")


# -- scraped citations (Google Scholar and the like) ---------------------------------------


def test_a_long_title_outweighs_a_garbled_list_of_one_name() -> None:
    title = "Bypassing Joins in Disjunctive Queries"
    m = same(
        rec(title=title, authors=people("Steinbrunn, M.", "Peithner, K."), year=1995),
        rec(title=title, authors=people("Acm.org"), year=1995),
    )
    assert "no common author" in m.reason and "long title decides" in m.reason
    # Not when the years disagree, nor for a short title.
    different(
        rec(title=title, authors=people("Steinbrunn, M."), year=1995),
        rec(title=title, authors=people("Acm.org"), year=1999),
    )
    different(
        rec(title="Deep Learning for Graphs", authors=people("Smith, J.")),
        rec(title="Deep Learning for Graphs", authors=people("Doe, J.")),
    )


def test_initials_of_a_whole_list_run_into_one_name() -> None:
    # "Atjgdr Slutz": the index ran the initials of six authors into the last one's name.
    same(
        rec(title="Mining Astronomy Archives", authors=people("Szalay, A.", "Slutz, D.")),
        rec(title="Mining Astronomy Archives", authors=people("Slutz, Atjgdr")),
    )


def test_sigmod_and_sigmod_record_are_one_venue() -> None:
    # SIGMOD's proceedings were printed as an issue of SIGMOD Record.
    m = same(
        rec(venue="SIGMOD Conference", year=1998),
        rec(venue="ACM SIGMOD Record", year=1998),
    )
    assert "venues differ" not in m.reason
    different(rec(venue="VLDB", year=2000), rec(venue="The VLDB Journal", year=2000))


@pytest.mark.parametrize(
    ("word", "variant"),
    [
        ("Traffic", "Trac"),  # ligature "ffi" lost
        ("Database", "DB"),  # abbreviation
        ("Management", "Mgt"),
        ("Queries", "Query"),  # another ending of one stem
        ("Optimized", "Optimizing"),
    ],
)
def test_word_forms_are_one_word(word: str, variant: str) -> None:
    a = rec(title=f"Internet {word} Warehouse for Streams", venue=None)
    b = rec(title=f"Internet {variant} Warehouse for Streams", venue=None)
    same(a, b)


def test_a_year_run_into_a_title_is_no_number_of_the_work() -> None:
    same(
        rec(title="Lore: A Database Management System for Semistructured Data"),
        rec(title="(1997) Lore: A Database Management System for Semistructured Data"),
    )
    # "Part II" still is.
    different(rec(title=f"{KIVI}, Part II"), rec())


def test_a_short_title_with_no_recurring_word_is_no_column() -> None:
    # Three content words, none of a column or an editorial: the usual rules apply.
    same(
        rec(
            title="Hyper-Programming in Java",
            authors=people("Zirintsis, E.", "Kirby, G.", "Morrison, R."),
        ),
        rec(title="Hyper-Programming in Java", authors=people("Zirintsis, E.")),
    )
    # "Book Review Column" names a column, issue after issue.
    different(
        rec(title="Book Review Column", authors=people("Aberer, K.", "Smith, J.", "Doe, J.")),
        rec(title="Book Review Column", authors=people("Aberer, K.")),
    )


def test_a_remark_around_a_long_title_with_no_authors_on_one_side() -> None:
    title = "Querying and Mining Data Streams: You Only Get One Look"
    same(rec(title=f"{title}, a Tutorial", authors=()), rec(title=title))
    different(rec(title=f"{title}, a Tutorial", authors=()), rec(title=title, year=2019))


def test_one_word_apart_in_the_same_year_with_no_venue_to_compare() -> None:
    same(
        rec(title="GridDB: A Database Interface to the Grid", venue=None),
        rec(title="GridDB: A Relational Interface to the Grid"),
    )


# -- a shorter title inside a longer one ---------------------------------------------------


def test_a_head_phrase_makes_a_new_title() -> None:
    # "A System for X" is the demo paper about X, not the paper X.
    m = different(
        rec(title="Watermarking Relational Databases"),
        rec(title="A System for Watermarking Relational Databases"),
    )
    assert m.reason.startswith("title has a head of its own: 'a system for'")
    different(
        rec(title="Dynamic Query Evaluation Plans"),
        rec(title="Optimization of Dynamic Query Evaluation Plans"),
    )


def test_a_presentation_head_is_a_remark() -> None:
    m = same(
        rec(title="Storage Technology: RAID and Beyond"),
        rec(title="Tutorial on Storage Technology: RAID and Beyond"),
    )
    assert "without 'tutorial on'" in m.reason


def test_a_title_cut_short_with_names_run_into_its_start() -> None:
    full = "Locally Adaptive Dimensionality Reduction for Indexing Large Time Series Databases"
    cut = "S. and Pazzani MJ: Locally Adaptive Dimensionality Reduction for Indexing Large Time Series"
    m = same(rec(title=full), rec(title=cut, venue=None, year=None))
    assert m.reason.startswith("title cut short (9 words shared)")
    # A head phrase before the shared words still makes another title.
    different(rec(title=full), rec(title=f"Fast Search using {cut[20:]}", venue=None, year=None))


def test_words_apart_in_one_venue_need_less_likeness() -> None:
    # the same five people in the same journal: one title misremembered
    five = people("Aguilera, V.", "Cluet, S.", "Milo, T.", "Veltri, P.", "Vodislav, D.")
    repo = rec(title="Views in a Large-Scale XML Repository", authors=five, venue="VLDB Journal")
    m = same(
        repo,
        rec(
            title="Views in a Large Scale XML Database",
            authors=five,
            venue="The VLDB Journal",
            year=None,
        ),
    )
    assert m.reason.startswith("words differ: database vs repository")
    # With no venue to compare, a word apart is another work.
    two = people("Srikant, R.", "Agrawal, R.")
    different(
        rec(title="Mining Generalized Association Rules", authors=two, venue=None),
        rec(title="Mining Quantitative Association Rules", authors=two, venue=None),
    )


def test_y_and_ies_plurals_are_one_word() -> None:
    three = people("Roussopoulos, N.", "Kelley, S.", "Vincent, F.")
    same(
        rec(title="Nearest Neighbor Queries over Moving Points", authors=three),
        rec(title="Nearest Neighbor Query over Moving Points", authors=three),
    )


def test_edited_volumes_are_known_by_their_editors() -> None:
    eds = people("Garaikoetxea, Itziar", "Haugland, Rolf")
    book = rec(
        type="book", title="Ergativity at the Interfaces", authors=(), editors=eds, venue=None
    )
    same(book, book)
    other = people("Smith, Jane", "Doe, John")
    different(
        book,
        rec(
            type="book", title="Ergativity at the Interfaces", authors=(), editors=other, venue=None
        ),
    )


def test_a_reworded_title_with_no_year_needs_most_of_the_authors() -> None:
    dated = rec(
        title="Eager Aggregation and Lazy Aggregation",
        authors=people("Yan, Weipeng", "Larson, Per-Ake"),
        venue="VLDB",
        year=1995,
    )
    undated = rec(
        title="Eager and Lazy Aggregation",
        authors=people("Yan, W. P.", "Larson, P."),
        venue="Proc. 21st Int. Conf. on Very Large Data Bases",
        year=None,
    )
    m = same(dated, undated)
    assert "2/2 authors" in m.reason
    different(dated, undated.replace(authors=people("Yan, W. P.", "Chen, Q.")))
    different(dated, undated.replace(year=1997))


def test_a_dblp_workshop_at_a_conference_read_back_from_bibtex() -> None:
    # the .bib keeps "DEEM@SIGMOD" but not the workshop flag the CV's reading had
    cv = rec(venue="DEEM@SIGMOD", workshop=True, year=2024)
    same(cv, rec(venue="DEEM@SIGMOD", workshop=False, year=2024))
    different(cv, rec(venue="SIGMOD", year=2024))


def test_titleless_physics_entries_match_by_journal_volume_and_page() -> None:
    """'Phys. Rev. A 99, 052312 (2019)' without a title is the paper printed there."""
    from cvbib.merge import find_duplicates

    people = (Person(family="Zaleski", given="P."), Person(family="Novotný", given="M. J."))
    bare = Record(
        type="article", title="", authors=people, venue="Physical Review A",
        venue_short="Phys. Rev. A", volume="99", pages="052312", year=2019,
    )  # fmt: skip
    titled = Record(
        type="article", title="Entanglement in spin chains", authors=people[:1],
        venue="Physical Review A", volume="99", pages="052312--052320", year=2019,
    )  # fmt: skip
    other_page = Record(
        type="article", title="", authors=people, venue="Physical Review A",
        volume="99", pages="052313", year=2019,
    )  # fmt: skip
    assert match(bare, titled).same and "volume 99, page 052312" in match(bare, titled).reason
    assert not match(bare, other_page).same
    assert not match(bare, Record(type="article", title="", authors=people)).same
    assert find_duplicates([bare, other_page, titled]) == [[0, 2], [1]]


def test_titleless_entries_without_volume_match_only_their_own_citation() -> None:
    people = (Person(family="Nair", given="R. K."), Person(family="O'Callaghan", given="N."))
    base = Record(type="article", title="", authors=people, venue="Inorganic Chemistry",
                  year=2024, status="forthcoming")  # fmt: skip
    assert match(base, dataclasses.replace(base)).same
    assert not match(base, dataclasses.replace(base, year=2023)).same
    assert not match(base, dataclasses.replace(base, authors=people[:1])).same


def test_a_workshop_named_alike_on_both_sides_is_one_venue() -> None:
    """A BibTeX file keeps no workshop flag: "OPT" read back is still the OPT workshop."""
    people = (Person(family="Chen", given="Wei"), Person(family="Várhelyi", given="Ilse"))
    extracted = Record(type="inproceedings", title="Learning-Augmented Caching with Few Predictions",
                       authors=people, venue="OPT", venue_short="NeurIPS", workshop=True, year=2023)  # fmt: skip
    read_back = dataclasses.replace(extracted, venue_short=None, workshop=False)
    assert match(extracted, read_back).same
