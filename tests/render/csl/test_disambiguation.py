"""Year-suffix disambiguation (2020a, n.d.-a) and subsequent-author-substitute (———)."""

from __future__ import annotations

import pytest

from .helpers import items, render

CASES = {
    ("suffix", "apa"): [
        "Smith, J. (n.d.-a). Another undated work. Journal.",
        "Smith, J. (n.d.-b). Undated work. Journal.",
        "Smith, J. (2019). Meerkats. Journal.",
        "Smith, J. (2020a). Aardvarks at home. Journal.",
        "Smith, J. (2020b). Lions. Journal.",
        "Smith, J. (2020c). Zebras in the wild. Journal.",
    ],
    ("suffix", "ieee"): [
        "[1] J. Smith, “Zebras in the wild,” Journal, 2020.",
        "[2] J. Smith, “Aardvarks at home,” Journal, 2020.",
        "[3] J. Smith, “Meerkats,” Journal, 2019.",
        "[4] J. Smith, “Lions,” Journal, 2020.",
        "[5] J. Smith, “Undated work,” Journal.",
        "[6] J. Smith, “Another undated work,” Journal.",
    ],
    ("suffix", "chicago-author-date"): [
        "Smith, Jane. 2020. “Lions.” Journal.",
        "Smith, John. 2019. “Meerkats.” Journal.",
        "Smith, John. 2020a. “Aardvarks at Home.” Journal.",
        "Smith, John. 2020b. “Zebras in the Wild.” Journal.",
        "Smith, John. n.d.-a. “Another Undated Work.” Journal.",
        "Smith, John. n.d.-b. “Undated Work.” Journal.",
    ],
    ("suffix", "modern-language-association"): [
        "Smith, Jane. “Lions.” Journal, 2020.",
        "Smith, John. “Aardvarks at Home.” Journal, 2020.",
        "———. “Another Undated Work.” Journal.",
        "———. “Meerkats.” Journal, 2019.",
        "———. “Undated Work.” Journal.",
        "———. “Zebras in the Wild.” Journal, 2020.",
    ],
    ("suffix", "elsevier-harvard"): [
        "Smith, John, 2020a. Zebras in the wild. Journal.",
        "Smith, John, 2020b. Aardvarks at home. Journal.",
        "Smith, Jane, 2020. Lions. Journal.",
        "Smith, J., 2019. Meerkats. Journal.",
        "Smith, J., n.d. Undated work. Journal.",
        "Smith, J., n.d. Another undated work. Journal.",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_disambiguation(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]


@pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
def test_reused_first_citations_render_as_fresh_ones(
    style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Citations rendered while names are registered are reused only when every name they
    # looked up would find the same; "Smith, Jane" registered after "Smith, John" must
    # still spell out John's given name. Same output as rendering every citation again.
    from cvbib.render.csl.disambig import Disambiguator

    data = [*items("suffix"), *items("suffix")[::-1]]
    data = [dict(item, id=f"{item['id']}-{n}") for n, item in enumerate(data)]
    reused = render(style, data)
    calls: list[str] = []
    real = Disambiguator._first_cite

    def counting(self: Disambiguator, item: object) -> object:
        found = real(self, item)  # type: ignore[arg-type]
        calls.append("reused" if found is not None else "rendered")
        return found

    monkeypatch.setattr(Disambiguator, "_first_cite", counting)
    assert render(style, data) == reused
    assert "reused" in calls and "rendered" in calls
    monkeypatch.setattr(Disambiguator, "_first_cite", lambda self, item: None)
    assert render(style, data) == reused


def test_disambiguate_condition_is_a_mode_of_its_own() -> None:
    # MLA cites "Owner et al."; two papers with the same three authors cannot be told
    # apart by names, so citeproc-js goes on to the style's disambiguate="true" condition
    # (disExtraText) and the other papers keep the second name that sets them apart, in
    # the bibliography too. Expected strings from citeproc-js.
    assert render("modern-language-association", "extratext") == [
        "Owner, Ann, Bo Xu, et al. “Alpha.” Journal, 2020.",
        "———. “Beta.” Journal, 2021.",
        "Owner, Ann, Fa Ro, et al. “Delta.” Journal, 2022.",
        "Owner, Ann. “Epsilon.” Journal, 2018.",
        "Owner, Ann, Di Pi, et al. “Gamma.” Journal, 2019.",
    ]
