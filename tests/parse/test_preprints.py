"""Preprint servers and preprint markers, whichever reading (rules or tagger) wins."""

from __future__ import annotations

import pytest

from cvbib.parse.entry import EntryText
from cvbib.parse.reference_choice import parse_cv_entry


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_cv_entry(EntryText(text, "cv.md", 1, 1))


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (
            "Menon KR, Huang Y, Alvarez JP. Foundation models for single-cell transcriptomics "
            "do not outperform linear baselines. bioRxiv. 2023. doi:10.1101/2023.01.01.123456.",
            "Foundation models for single-cell transcriptomics do not outperform linear baselines",
            "bioRxiv",
        ),
        (  # NLM's "[Preprint]" marker and a full date
            "Chen X, Menon KR. A long-read isoform atlas of human microglia. bioRxiv [Preprint]. "
            "2024 Mar 15. doi:10.1101/2024.03.15.585210.",
            "A long-read isoform atlas of human microglia",
            "bioRxiv",
        ),
        (
            "Kim, H.-J., & Okonkwo-Hart, R. L. (2023). Sleep, rumination, and suicidal ideation "
            "in sexual minority youth. PsyArXiv. https://doi.org/10.31234/osf.io/k7x2m",
            "Sleep, rumination, and suicidal ideation in sexual minority youth",
            "PsyArXiv",
        ),
        (
            "Hollingsworth, S., & Valcourt, I. (2023). Counterfactual fairness audits for content "
            "moderation queues. SocArXiv.",
            "Counterfactual fairness audits for content moderation queues",
            "SocArXiv",
        ),
    ],
)
def test_preprint_servers(text: str, title: str, venue: str) -> None:
    rec = parse(text)
    assert (rec.type, rec.status, rec.title, rec.venue) == ("misc", "preprint", title, venue)


def test_arxiv_preprint_marker_and_vancouver_names() -> None:
    rec = parse(
        "Das A, Menon KR. Optimal transport for multimodal single-cell integration: a unifying "
        "view. arXiv [Preprint]. 2023. arXiv:2305.01234."
    )
    assert [str(p) for p in rec.authors] == ["A. Das", "K. R. Menon"]
    assert rec.title.endswith("a unifying view")
    assert (rec.type, rec.status, rec.arxiv) == ("misc", "preprint", "2305.01234")


def test_journal_with_a_camel_case_name_is_no_part_of_the_title() -> None:
    rec = parse("Smith J, Doe A. Cortical maps of attention. eLife. 2021;10:e12345.")
    assert (rec.title, rec.venue, rec.type) == ("Cortical maps of attention", "eLife", "article")


def test_reject_and_resubmit_is_under_review() -> None:
    rec = parse(
        "Okafor, C. (2024). Broadband expansion and local labor markets. Reject and resubmit at "
        "Journal of Labor Economics."
    )
    assert rec.status == "under review" and rec.type == "misc"
    assert "Submitted to Journal of Labor Economics" in rec.extra


def test_the_rules_title_stays_when_the_taggers_stops_at_its_colon() -> None:
    rec = parse(
        'Brennan, C. E., & Okonkwo-Hart, R. L. (2020). "I can\'t switch off": A qualitative study '
        "of bedtime worry among first-year university students. Journal of American College "
        "Health, 68(4), 402–410. https://doi.org/10.1080/07448481.2019.1583236"
    )
    assert rec.title.startswith('"I can\'t switch off": A qualitative study')
