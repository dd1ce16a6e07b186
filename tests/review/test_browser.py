"""The review page in a real headless Chromium, driven with Selenium: it loads without console
errors, shows every entry, and its filters, search box and copy buttons work."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cvbib.corrections import find_for
from cvbib.review import build_review, review_input
from tests.conftest import EXAMPLES, need_tool
from tests.review.helpers import Page, expected_entries

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    need_tool("chromium", "chromedriver")
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="needs selenium (pip install -e '.[test]')"
    )
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Debian driver, never one Selenium Manager would download.
    service = Service(shutil.which("chromedriver") or CHROMEDRIVER)
    drv = webdriver.Chrome(service=service, options=opts)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture()
def loaded(driver: Any, page: Page) -> Any:
    driver.get(page.path.as_uri())
    return driver


def visible(driver: Any) -> int:
    return int(
        driver.execute_script(
            "return document.querySelectorAll('article.entry:not(.hidden)').length"
        )
    )


def choose(driver: Any, select_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, select_id)).select_by_value(value)


def errors(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def test_loads_without_errors_and_shows_every_entry(loaded: Any, page: Page) -> None:
    from selenium.webdriver.common.by import By

    assert errors(loaded) == []
    n = expected_entries(page.inputs)
    assert len(loaded.find_elements(By.CSS_SELECTOR, "article.entry")) == n
    assert visible(loaded) == n
    assert loaded.find_element(By.ID, "shown").text == f"{n} of {n} entries shown"
    shown = loaded.find_elements(By.CSS_SELECTOR, "article.entry")
    assert all(el.is_displayed() for el in shown[:5])
    assert loaded.find_elements(By.CSS_SELECTOR, "article.group")
    assert loaded.find_elements(By.CSS_SELECTOR, "svg.chart rect")


def test_filters(loaded: Any, page: Page) -> None:
    from selenium.webdriver.common.by import By

    corrections = find_for(page.inputs, str(page.path.parent / "cvbib.toml"))
    review = build_review([review_input(p, corrections) for p in page.inputs], corrections)
    entries = [(i, x) for i, inp in enumerate(review.inputs) for x in inp.entries]

    cv = next(i for i, inp in enumerate(review.inputs) if inp.path.endswith("zirui-liu.md"))
    choose(loaded, "f-cv", str(cv))
    assert visible(loaded) == len(review.inputs[cv].entries) > 0
    choose(loaded, "f-cv", "")

    choose(loaded, "f-type", "article")
    assert visible(loaded) == sum(1 for _, x in entries if x.record.type == "article") > 0
    choose(loaded, "f-year", "2023")
    both = sum(1 for _, x in entries if x.record.type == "article" and x.record.year == 2023)
    assert visible(loaded) == both > 0
    choose(loaded, "f-type", "")
    assert visible(loaded) == sum(1 for _, x in entries if x.record.year == 2023)
    choose(loaded, "f-year", "")

    loaded.find_element(By.ID, "f-warn").click()
    assert visible(loaded) == sum(1 for _, x in entries if x.warnings) > 0
    assert all(
        "warn" in el.get_attribute("class")
        for el in loaded.find_elements(By.CSS_SELECTOR, "article.entry:not(.hidden)")
    )
    loaded.find_element(By.ID, "f-warn").click()
    assert visible(loaded) == len(entries)
    assert errors(loaded) == []


def test_search_box(loaded: Any, page: Page) -> None:
    from selenium.webdriver.common.by import By

    box = loaded.find_element(By.ID, "f-search")
    box.send_keys(page.fixed)  # a fingerprint: one entry
    assert visible(loaded) == 1
    box.clear()
    # the owner of the APA CV, in every one of its entries (and in two other CVs' lists)
    named = [
        e
        for e in loaded.find_elements(By.CSS_SELECTOR, "section.input article.entry")
        if "castellanos" in (e.get_attribute("textContent") or "").lower()
    ]
    box.send_keys("castellanos")
    cv = page.inputs.index(str(EXAMPLES / "apa-cv.txt"))  # data-cv: the input's position
    apa = len(loaded.find_elements(By.CSS_SELECTOR, f"section.input article.entry[data-cv='{cv}']"))
    assert visible(loaded) == len(named) and apa > 5
    assert sum(1 for e in named if e.get_attribute("data-cv") == str(cv)) == apa
    box.send_keys(" no-such-word-anywhere")
    assert visible(loaded) == 0
    assert "0 of" in loaded.find_element(By.ID, "shown").text
    box.clear()
    box.send_keys(" ")
    assert visible(loaded) == expected_entries(page.inputs)


def test_copy_button(loaded: Any, page: Page) -> None:
    from selenium.webdriver.common.by import By

    entry = loaded.find_element(By.CSS_SELECTOR, f"article.entry[data-fp='{page.fixed}']")
    entry.find_element(By.CSS_SELECTOR, "details.fix summary").click()
    snippet = entry.find_element(By.CSS_SELECTOR, ".snippet").text
    assert snippet.startswith(f"[entry.{page.fixed}]")
    assert f'title = "{page.fixed_title}"' in snippet
    entry.find_element(By.CSS_SELECTOR, "button.copy").click()
    note = entry.find_element(By.CSS_SELECTOR, ".copied")
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(loaded, 5).until(lambda _: note.text != "")
    assert note.text in ("copied", "select the text above and copy it")
    assert errors(loaded) == []


def test_screenshot(loaded: Any, tmp_path: Path) -> None:
    shot = tmp_path / "review.png"
    assert loaded.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
