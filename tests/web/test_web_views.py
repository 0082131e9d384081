"""Counts, facets, charts, the map, the network and downloads of a filtered view, over a
real server; invalid filters answered 422 naming the valid values (JSON and pages alike)."""

from __future__ import annotations

import csv
import io

import httpx

Live = tuple[httpx.Client, dict[str, str]]


def test_lists_carry_total_and_next_offset(live: Live) -> None:
    client, ids = live
    first = client.get("/api/happenings?limit=2").json()
    assert first["total"] == 3 and first["next_offset"] == 2 and len(first["items"]) == 2
    assert client.get("/api/happenings?actor=Blinken").json()["total"] == 1
    assert client.get("/api/actors?limit=1").json()["total"] >= 4
    articles = client.get("/api/articles?outlet=Outlet%20One").json()
    assert articles["total"] == 2 and {a["outlet"] for a in articles["items"]} == {"Outlet One"}


def test_every_filter_and_sorting_in_the_api(live: Live) -> None:
    client, ids = live

    def found(query: str) -> list[str]:
        return [h["id"] for h in client.get("/api/happenings?" + query).json()["items"]]

    assert found("min_sources=2") == [ids["manila"]]
    assert found("outlet=Two") == [ids["manila"]]
    assert found("language=en&type=CONSULT") == [ids["moscow"], ids["manila"]]
    assert found("status=past") == [ids["moscow"], ids["evil_happening"], ids["manila"]]
    assert found("sort=latest") == [ids["manila"], ids["evil_happening"], ids["moscow"]]
    assert found("sort=sources")[0] == ids["manila"]
    assert found("actor=Lavrov&actor=Blinken") == [ids["evil_happening"]]


def test_invalid_values_are_422_naming_the_valid_values(live: Live) -> None:
    client, _ = live
    for query, param, named in [
        ("type=FOO", "type", "valid types are AGREE, CONSULT"),
        ("since=2013-13-45", "since", "YYYY-MM-DD"),
        ("until=2013-02-30", "until", "YYYY-MM-DD"),
        ("country=XX", "country", "ISO 3166-1"),
        ("status=done", "status", "past, ongoing, planned"),
        ("language=xx", "language", "ISO 639-1"),
        ("sort=random", "sort", "oldest, latest, sources"),
    ]:
        answer = client.get("/api/happenings?" + query)
        assert answer.status_code == 422, query
        assert answer.json()["detail"].startswith(param + ":") and named in answer.json()["detail"], answer.json()
    assert client.get("/api/facets?type=FOO").status_code == 422
    assert client.get("/api/tables/events.csv?type=FOO").status_code == 422


def test_facets_count_the_view(live: Live) -> None:
    client, _ = live
    facets = client.get("/api/facets?actor=Wang%20Yi").json()
    assert facets["total"] == 2
    assert facets["type"] == [{"value": "CONSULT", "label": "CONSULT", "n": 2}]
    assert {f["label"]: f["n"] for f in facets["actor"]} == {"Sergey Lavrov": 2, "Wang Yi": 2}
    assert {f["value"]: f["n"] for f in facets["outlet"]} == {"Outlet One": 2, "Outlet Two": 1}


def test_download_this_view(live: Live) -> None:
    client, ids = live
    answer = client.get("/api/tables/happenings.csv?actor=Wang%20Yi&since=2024")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [r["happening_id"] for r in rows] == [ids["manila"]] and rows[0]["date_basis"] == ""
    events = list(csv.DictReader(io.StringIO(client.get("/api/tables/events.csv?actor=Blinken").text)))
    assert [e["event_id"] for e in events] == ["ev4"] and "Antony Blinken" in events[0]["source_name"]
    as_json = client.get("/api/tables/happenings.json?type=ACCUSE").json()
    assert [h["happening_id"] for h in as_json] == [ids["evil_happening"]]
    assert client.get("/api/tables/nothing.csv").status_code == 404
    assert client.get("/api/tables/events.parquet").status_code == 404


def test_openapi_types_the_answers_and_documents_errors(live: Live) -> None:
    client, _ = live
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/api/happenings"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert "CONSULT" in parameters["type"]["schema"]["enum"] and "OTHER" in parameters["type"]["schema"]["enum"]
    assert set(operation["responses"]) >= {"200", "422"}
    assert operation["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    listing = schema["components"]["schemas"]["HappeningList"]
    assert {"total", "next_offset", "items", "unresolved"} <= set(listing["properties"])
    summary = schema["components"]["schemas"]["HappeningSummary"]["properties"]
    assert summary["type"]["$ref"].endswith("/EventType")
    assert "CONSULT" in schema["components"]["schemas"]["EventType"]["enum"]
    assert "pattern" in str(summary["date"])
    assert "404" in schema["paths"]["/api/happenings/{happening_id}"]["get"]["responses"]
    error = client.get("/api/happenings?type=FOO").json()
    assert set(error) == {"detail"}  # the 422 body is what the schema says


def test_timeline_page_totals_facets_chart_and_links(live: Live) -> None:
    client, ids = live
    html = client.get("/", params={"a": "Wang Yi"}).text
    assert '<strong id="total">2</strong> happenings match' in html
    assert 'id="facet-type"' in html and 'id="facet-outlet"' in html and 'class="count">2</span>' in html
    assert '<svg class="chart"' in html
    assert 'href="/map?actor=Wang+Yi"' in html and 'href="/api/tables/happenings.csv?actor=Wang+Yi"' in html
    latest = client.get("/", params={"sort": "latest"}).text
    assert latest.index(ids["manila"]) < latest.index(ids["moscow"])
    narrowed = client.get("/", params={"type": "ACCUSE"}).text
    assert '<strong id="total">1</strong> happening match' in narrowed


def test_pages_answer_invalid_filters_with_a_message(live: Live) -> None:
    client, _ = live
    for path in ("/", "/map", "/network", "/articles"):
        answer = client.get(path, params={"type": "FOO", "since": "2020"})
        assert answer.status_code == 422, path
        assert "valid types are AGREE" in answer.text and 'class="error"' in answer.text
    answer = client.get("/", params={"since": "2013-13-45"})
    assert answer.status_code == 422 and "is not a date" in answer.text


def test_map_and_network_pages(live: Live) -> None:
    client, ids = live
    html = client.get("/map").text
    assert html.count('class="dot"') == 2 and f'/happenings/{ids["manila"]}' in html
    assert "<strong id=\"on-map\">2</strong> of 3 happenings" in html
    filtered = client.get("/map", params={"min_sources": "2"}).text
    assert filtered.count('class="dot"') == 1
    assert "https://" not in html.split("<footer")[0]  # no tiles or CDN
    network = client.get("/network").text
    assert '<svg class="network"' in network and "Sergey Lavrov" in network and 'class="num">2</td>' in network


def test_untitled_articles_never_show_a_path(tmp_path) -> None:
    from web_helpers import serve

    from dateline.records import Article
    from dateline.store import Store

    path = tmp_path / "untitled.db"
    body = "The ministers met in Vienna on Monday to discuss trade. Then they left."
    with Store(path) as store:
        store.add_article(Article(id="u" * 16, source="/srv/secret/dir/file.txt", original=body, body=body,
                                  segments=[(0, 0, len(body))]))
    with serve(path) as base, httpx.Client(base_url=base) as client:
        for url in ("/articles", f"/articles/{'u' * 16}", "/search?q=Vienna"):
            html = client.get(url).text
            assert "The ministers met in Vienna on Monday to discuss trade." in html, url
            assert "<a" not in html.split("/srv/secret")[0][-200:] or "/srv/secret" not in html.split("<h1>")[1][:200]
        listed = client.get("/api/articles").json()["items"][0]
        assert listed["title"].startswith("The ministers met") and listed["untitled"] is True
