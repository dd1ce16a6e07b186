from __future__ import annotations

import pytest

from tests.review.helpers import Page, make_page


@pytest.fixture(scope="session")
def page(tmp_path_factory: pytest.TempPathFactory) -> Page:
    """The example CVs' review page, written once for the page and browser tests."""
    return make_page(tmp_path_factory.mktemp("review"))
