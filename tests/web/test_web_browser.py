"""End to end in a real browser (Playwright driving the system Chromium) over the real
pipeline's output for the five sample articles: timeline, pair filter, the Manila
happening with both sources' evidence highlighted, an actor page, search and an article.

Screenshots of each page go to tests/screenshots/ (git-ignored) for a look by eye.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import serve

from dateline.pipeline import run
from dateline.store import Store

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "tests" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no system Chromium at {CHROMIUM}")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "samples.db"
    with Store(path) as store:
        summary = run([str(ROOT / "examples" / "articles")], store)
    assert summary.ingest.new == 5, summary.line()
    with serve(path) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def page(site: str):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(10_000)
        messages: list[str] = []
        page.on("console", lambda msg: messages.append(msg.text) if msg.type == "error" else None)
        page.console_errors = messages  # type: ignore[attr-defined]
        yield page
        browser.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"web_{name}.png"), full_page=True)


def test_timeline_pair_happening_and_search(site: str, page) -> None:
    page.goto(site + "/")
    assert page.locator("li.happening").count() >= 5
    shot(page, "timeline")

    page.fill("input[name=a]", "Lavrov")
    page.fill("input[name=b]", "Wang Yi")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"a=Lavrov"))
    rows = page.locator("li.happening")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert rows.nth(i).locator("a.actor", has_text="Lavrov").count() >= 1
        assert rows.nth(i).locator("a.actor", has_text="Wang").count() >= 1
    shot(page, "pair_filter")

    page.click("p.hint a")  # the pair page: the same happenings with quotes and topics
    page.wait_for_url(re.compile(r"/pair\?a="))
    assert page.locator("li.happening").count() == rows.count()
    shot(page, "pair")
    page.go_back()

    page.locator("li.happening", has_text="Manila").locator("a.label").first.click()
    page.wait_for_url(re.compile(r"/happenings/"))
    sources = page.locator("section.source")
    assert sources.count() == 2
    for i in range(2):
        assert sources.nth(i).locator("mark").count() >= 1
    assert page.locator("svg.worldmap circle").count() >= 1
    shot(page, "happening")

    page.locator("dd a.actor", has_text="Lavrov").first.click()
    page.wait_for_url(re.compile(r"/actors/"))
    assert page.locator("svg.chart rect").count() >= 1
    assert page.locator("table.counterparts a", has_text="Wang Yi").count() >= 1
    shot(page, "actor")

    page.fill("header input[name=q]", '"most strategically valuable"')
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    results = page.locator("li.result")
    assert results.count() == 1 and results.first.locator("mark").count() >= 1
    shot(page, "search")

    results.first.locator("a").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert page.locator("#original del").count() >= 1
    page.click("button[data-toggle]")  # the script runs under the CSP and hides removed text
    assert not page.locator("#original del").first.is_visible()
    shot(page, "article")
    assert not [m for m in page.console_errors if "Content Security Policy" in m]  # type: ignore[attr-defined]


def test_filtered_view_chart_facets_map_and_download(site: str, page, tmp_path: Path) -> None:
    """Timeline with a filter -> the chart and facet counts change -> the map shows the
    filtered happenings -> the view downloads as CSV."""
    page.goto(site + "/")
    total_all = int(page.locator("#total").inner_text())
    bars_all = page.locator("#chart svg.chart rect").count()
    type_counts_all = page.locator("#facet-type li").count()
    assert total_all >= 5 and bars_all >= 3 and type_counts_all >= 2
    shot(page, "view_all")

    page.fill("input[name=a]", "Wang Yi")
    page.select_option("select[name=type]", "CONSULT")
    page.select_option("select[name=sort]", "latest")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=CONSULT"))
    total = int(page.locator("#total").inner_text())
    assert 1 <= total < total_all
    assert page.locator("li.happening").count() == total
    assert page.locator("#chart svg.chart rect").count() < bars_all
    facet_types = page.locator("#facet-type li")
    assert facet_types.first.locator(".count").inner_text().strip() != ""
    consult = page.locator("#facet-type li.chosen")
    assert consult.count() == 1 and int(consult.locator(".count").inner_text()) == total
    wang = page.locator("#facet-actor li", has_text="Wang Yi").locator(".count")
    assert int(wang.inner_text()) == total
    dates = [d for d in page.locator("li.happening .when").all_inner_texts() if d != "undated"]
    assert dates == sorted(dates, reverse=True)
    shot(page, "view_filtered")

    page.click("#map-link")
    page.wait_for_url(re.compile(r"/map\?"))
    dots = page.locator("svg.bigmap a.dot circle")
    placed = int(page.locator("#on-map").inner_text())
    assert 1 <= dots.count() == placed <= total
    assert all(t == "CONSULT" for t in (dots.nth(i).get_attribute("data-type") for i in range(dots.count())))
    shot(page, "view_map")
    page.go_back()

    with page.expect_download() as download_info:
        page.locator("a.download", has_text="happenings CSV").click()
    target = tmp_path / "view.csv"
    download_info.value.save_as(str(target))
    import csv

    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == total and all(r["type"] == "CONSULT" and "Wang Yi" in r["participants"] for r in rows)

    page.goto(site + "/?type=FOO")
    assert "valid types are" in page.locator("p.error").inner_text()
    page.goto(site + "/network")
    assert page.locator("svg.network a.node").count() >= 2
    shot(page, "network")
    assert not [m for m in page.console_errors if "Content Security Policy" in m]  # type: ignore[attr-defined]
