"""The dashboard in real headless Chromium: overview → event → document, charts, highlights."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

EVENT = "2025-03-14:russia:ukraine"


def test_overview_chart_event_and_document(page: Any, base_url: str, shots: Path) -> None:
    page.goto("/")
    page.wait_for_function("window.skytallyCharts && window.skytallyCharts.drone")
    chart = page.evaluate("""() => {
        const c = window.skytallyCharts.drone;
        return {labels: c.data.labels, sets: Object.fromEntries(c.data.datasets.map(d => [d.label, d.data]))};
    }""")
    assert chart["labels"] == ["2025-03-14", "2025-03-15"]
    assert chart["sets"]["launched"] == [140, 62]
    assert chart["sets"]["neutralised"] == [127, 51]
    assert chart["sets"]["record nights"] == [140, None]
    assert chart["sets"]["diplomacy"] == [None, 0]  # the phone call of 15 March
    assert page.locator("#latest .card[data-weapon=drone] .big").inner_text() == "62"
    page.screenshot(path=str(shots / "overview.png"), full_page=True)

    page.locator(f"a.event-link[href='/events/{EVENT}']").click()
    page.wait_for_url(f"**/events/{EVENT}")
    assert "140 drones" in page.locator("h1").inner_text()
    rows = page.locator("tr[data-figure='launched:drone:'] td.num").all_inner_texts()
    assert sorted(rows) == ["140", "150"]
    marks = page.locator("article#doc-air-0314 mark.evidence").all_inner_texts()
    assert "Air defence destroyed 97 drones." in marks
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    page.locator("a.document-link[href='/documents/wire-0314']").click()
    page.wait_for_url("**/documents/wire-0314")
    marked = page.locator(".document-text mark.evidence").all_inner_texts()
    assert marked == ["Russia launched 150 drones at Ukraine overnight, officials said.",
                      "In Kharkiv a strike killed 3 people."]
    assert page.locator(f"a.event-link[href='/events/{EVENT}']").count() == 1
    page.screenshot(path=str(shots / "document.png"), full_page=True)
    assert page.errors == []


def test_json_twin_link_returns_the_page_data(page: Any) -> None:
    page.goto(f"/events/{EVENT}")
    href = page.locator("#json-twin").get_attribute("href")
    assert href == f"/events/{EVENT}.json"
    page.goto(href)
    data = json.loads(page.locator("body").inner_text())
    assert data["event"]["id"] == EVENT


def test_places_chart_and_place_page(page: Any, shots: Path) -> None:
    page.goto("/places")
    page.wait_for_function("window.skytallyCharts && window.skytallyCharts.places")
    labels = page.evaluate("() => window.skytallyCharts.places.data.labels")
    assert set(labels) == {"Kharkiv", "Kyiv", "Odesa"}
    points = page.evaluate(
        "() => window.skytallyCharts.map.data.datasets[0].data.map(p => [p.place, p.x, p.y])")
    kyiv = next(p for p in points if p[0] == "Kyiv")
    assert 30 < kyiv[1] < 31 and 50 < kyiv[2] < 51  # lon, lat from the gazetteer
    page.screenshot(path=str(shots / "places.png"), full_page=True)
    page.locator("a.place-link", has_text="Kyiv").click()
    page.wait_for_url("**/place?name=Kyiv")
    assert page.locator("table.events a.event-link").all_inner_texts()[0].startswith("2025-03-15")
    assert page.errors == []


def test_filters_and_search(page: Any) -> None:
    page.goto("/events")
    page.select_option("select[name=weapon]", "missile")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*weapon=missile*")
    assert page.locator("table.events tbody tr").count() == 1
    page.goto("/search")
    page.fill("input[name=q]", "swarm")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=swarm")
    assert page.locator("ol.results a.document-link").all_inner_texts() == ["Drones swarm Kharkiv"]


def test_missing_event_page_is_an_html_error(page: Any) -> None:
    response = page.goto("/events/1999-01-01:nobody:none")
    assert response.status == 404
    assert page.locator(".error").get_attribute("data-status") == "404"


def test_no_script_runs_from_report_text(page: Any) -> None:
    page.goto("/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert page.locator("input[name=q]").input_value() == "<script>alert(1)</script>"
    assert page.errors == []


def test_api_docs_render_offline(page: Any) -> None:
    external: list[str] = []
    page.on("requestfailed", lambda r: external.append(r.url))
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "skytally" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path").filter(has_text="/api/events").count() >= 1
    assert external == []
