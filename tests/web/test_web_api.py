"""The JSON API over a real store, through a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest

from dateline.web.security import CONTENT_SECURITY_POLICY

Live = tuple[httpx.Client, dict[str, str]]


def test_happenings_in_date_order_with_sources(live: Live) -> None:
    client, ids = live
    body = client.get("/api/happenings").json()
    assert [h["id"] for h in body["items"]] == [ids["moscow"], ids["evil_happening"], ids["manila"]]
    manila = body["items"][-1]
    assert manila["sources"] == 2 and manila["place"]["name"] == "Manila"
    assert body["next_offset"] is None


def test_happenings_filters(live: Live) -> None:
    client, ids = live
    pair = client.get("/api/happenings", params=[("actor", "Lavrov"), ("actor", "Wang Yi")]).json()
    assert {h["id"] for h in pair["items"]} == {ids["manila"], ids["moscow"]}
    assert [h["id"] for h in client.get("/api/happenings?type=accuse").json()["items"]] == [ids["evil_happening"]]
    dated = client.get("/api/happenings?since=2024-03&until=2024-12-31").json()["items"]
    assert [h["id"] for h in dated] == [ids["manila"]]
    assert [h["id"] for h in client.get("/api/happenings?place=manil").json()["items"]] == [ids["manila"]]
    assert [h["id"] for h in client.get("/api/happenings?country=Philippines").json()["items"]] == [ids["manila"]]
    assert client.get("/api/happenings?text=Moscow").json()["items"][0]["id"] == ids["moscow"]
    unknown = client.get("/api/happenings?actor=Nobody%20Atall").json()
    assert unknown["items"] == [] and unknown["unresolved"] == ["Nobody Atall"]


def test_pagination_and_bounds(live: Live) -> None:
    client, ids = live
    first = client.get("/api/happenings?limit=2").json()
    second = client.get(f"/api/happenings?limit=2&offset={first['next_offset']}").json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert [h["id"] for h in second["items"]] == [ids["manila"]] and second["next_offset"] is None
    too_many = client.get("/api/happenings?limit=201")
    assert too_many.status_code == 422 and "limit" in too_many.json()["detail"]
    assert "200" in too_many.json()["detail"]
    assert client.get("/api/happenings?offset=-1").status_code == 422
    three = client.get("/api/happenings", params=[("actor", "Lavrov"), ("actor", "Wang Yi"), ("actor", "Blinken")])
    assert three.status_code == 200 and three.json()["items"] == []  # all three must take part: none has them all
    six = client.get("/api/happenings", params=[("actor", n) for n in "abcdef"])
    assert six.status_code == 422 and "at most 5 actors" in six.json()["detail"]
    bad_date = client.get("/api/happenings?since=yesterday")
    assert bad_date.status_code == 422 and "since" in bad_date.json()["detail"]
    long_query = client.get("/api/search", params={"q": "x" * 600})
    assert long_query.status_code == 400 and "limit is 500" in long_query.json()["detail"]
    bad_country = client.get("/api/happenings?country=Atlantisland")
    assert bad_country.status_code == 422 and "unknown country" in bad_country.json()["detail"]


def test_one_happening_with_sources_and_evidence(live: Live) -> None:
    client, ids = live
    detail = client.get(f"/api/happenings/{ids['manila']}").json()
    assert {s["outlet"] for s in detail["sources"]} == {"Outlet One", "Outlet Two"}
    assert all(s["evidence"] and "Manila" in s["evidence"][0]["text"] for s in detail["sources"])
    assert [q["text"] for q in detail["quotes"]] == ["We are partners,"]
    missing = client.get("/api/happenings/no-such-thing")
    assert missing.status_code == 404 and missing.json()["detail"] == "no happening with id 'no-such-thing'"


def test_actors(live: Live) -> None:
    client, _ = live
    found = client.get("/api/actors?q=lavrov").json()["items"]
    assert [a["id"] for a in found] == ["person:lavrov"] and found[0]["happenings"] == 3
    actor = client.get("/api/actors/person:lavrov").json()
    assert {c["id"]: c["shared"] for c in actor["counterparts"]}["person:wang-yi"] == 2
    assert {(m["month"], m["type"]) for m in actor["per_month"]} >= {("2024-07", "CONSULT"), ("2023-09", "CONSULT")}
    assert actor["roles"] and actor["roles"][0]["title"]
    assert client.get("/api/actors/person:nobody").status_code == 404


def test_pair(live: Live) -> None:
    client, ids = live
    pair = client.get("/api/pair", params={"a": "Lavrov", "b": "Wang Yi"}).json()
    assert {h["id"] for h in pair["happenings"]} == {ids["manila"], ids["moscow"]}
    assert [q["text"] for q in pair["quotes"]] == ["We are partners,"]
    assert {t["topic"] for t in pair["topics"]} >= {"Ukraine", "United Nations"}


def test_articles_and_quotes(live: Live) -> None:
    client, ids = live
    listed = client.get("/api/articles?limit=2").json()
    assert len(listed["items"]) == 2 and listed["next_offset"] == 2
    article = client.get(f"/api/articles/{ids['article_one']}").json()
    assert article["body"].startswith("MANILA") and article["removed"][0]["text"] == "Subscribe now\n"
    assert article["events"][0]["happening"] == ids["manila"] and article["lead_happening"]["id"] == ids["manila"]
    missing = client.get("/api/articles/zzz")
    assert missing.status_code == 404 and "no article with id 'zzz'" in missing.json()["detail"]
    quotes = client.get("/api/quotes?speaker=Blinken").json()["items"]
    assert [q["speaker"] for q in quotes] == ["Antony Blinken"]


def test_search(live: Live) -> None:
    client, ids = live
    found = client.get("/api/search", params={"q": '"held talks"'}).json()["items"]
    assert [r["id"] for r in found] == ["a2" + "0" * 14] and "[held talks]" in found[0]["snippet"]
    assert client.get("/api/search?q=").status_code == 422


def test_exports_download(live: Live) -> None:
    client, ids = live
    as_json = client.get("/api/export.json")
    assert as_json.headers["content-disposition"] == 'attachment; filename="dateline.json"'
    assert {h["id"] for h in as_json.json()["happenings"]} == {ids["manila"], ids["moscow"], ids["evil_happening"]}
    lines = client.get("/api/export.jsonl").text.splitlines()
    assert {json.loads(line)["record"] for line in lines} == {"article", "happening", "event", "quote"}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").text)))
    assert len(rows) == 4 and rows[0]["happening"]
    assert client.get("/api/export.xml").status_code == 404


def test_openapi_served_and_cdn_docs_disabled(live: Live) -> None:
    client, _ = live
    schema = client.get("/openapi.json").json()
    assert "/api/happenings" in schema["paths"] and "/api/export.{fmt}" in schema["paths"]
    assert not any(not p.startswith("/api") for p in schema["paths"])
    assert client.get("/docs").status_code == 404
    index = client.get("/api").json()
    assert index["openapi"] == "/openapi.json" and "/api/happenings/{happening_id}" in index["routes"]


@pytest.mark.parametrize("path", ["/", "/api/happenings", "/static/style.css", "/nope", "/api/happenings?limit=999"])
def test_security_headers_on_every_response(live: Live, path: str) -> None:
    client, _ = live
    response = client.get(path)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_read_only(live: Live) -> None:
    client, _ = live
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = client.request(method, "/api/happenings")
        assert response.status_code == 405 and "read-only" in response.json()["detail"]
    head = client.head("/api/happenings")
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0


def test_static_files_do_not_leave_the_package(live: Live) -> None:
    client, _ = live
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2f..%2fstore%2f__init__.py"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "create_app" not in response.text


def test_create_app_refuses_what_is_not_a_dateline_database(tmp_path) -> None:
    import sqlite3

    from dateline.web.app import create_app

    with pytest.raises(FileNotFoundError, match="no dateline database"):
        create_app(str(tmp_path / "missing.db"))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ValueError, match="missing tables"):
        create_app(str(other))
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ValueError, match="not a dateline database"):
        create_app(str(garbage))


def test_server_error_is_answered_with_headers_and_no_traceback(tmp_path) -> None:
    import sqlite3

    from web_helpers import build_store, serve

    path = tmp_path / "broken.db"
    build_store(path)
    with serve(path) as base_url:
        with sqlite3.connect(path) as db:  # damage the store under the running server
            db.execute("DROP TABLE lead_happenings")
        for route in ("/api/articles", "/articles"):
            response = httpx.get(base_url + route)
            assert response.status_code == 500, route
            assert "internal error" in response.text and "Traceback" not in response.text
            assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
