"""One Filter from every front end down to the store: checks that name the valid values,
the SQL it selects with on each table, counts, facets and the pictures' data."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_helpers import build_store  # noqa: E402

from dateline.query import resolve, timeline  # noqa: E402
from dateline.store import EVENT_TYPES, Filter, FilterError, Store, title_from_body  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("filters") / "f.db"
    build_store(path)
    with Store(path, readonly=True) as opened:
        yield opened


def ids(rows):
    return [r["id"] for r in rows]


@pytest.mark.parametrize(("fields", "param", "named"), [
    ({"type": "FOO"}, "type", "CONSULT"),
    ({"since": "2013-13-45"}, "from", "YYYY-MM-DD"),
    ({"until": "2013-02-30"}, "to", "YYYY-MM-DD"),
    ({"country": "Atlantis"}, "country", "ISO 3166-1"),
    ({"country": "XX"}, "country", "ISO 3166-1"),
    ({"language": "english"}, "language", "ISO 639-1"),
    ({"min_sources": "0"}, "min-sources", "1 or more"),
    ({"min_sources": "two"}, "min-sources", "1 or more"),
    ({"status": "done"}, "status", "past, ongoing, planned"),
    ({"since": "2020", "until": "2019-05"}, "to", "before"),
])
def test_invalid_values_name_the_parameter_and_the_valid_values(fields, param, named):
    with pytest.raises(FilterError) as caught:
        Filter.parse(**fields)
    assert caught.value.param == param
    assert str(caught.value).startswith(f"{param}: ") and named in str(caught.value)


def test_unknown_type_lists_every_valid_type():
    with pytest.raises(ValueError, match="valid types are") as caught:
        Filter.parse(type="FOO")
    assert all(t in str(caught.value) for t in EVENT_TYPES)


def test_parse_normalises_values():
    where = Filter.parse(actors=[" Lavrov ", "", "Lavrov"], type="consult", country="China", since="",
                         language="EN", status="Past", min_sources="2")
    assert where.actors == ("Lavrov",)
    assert (where.type, where.country, where.since, where.language, where.status, where.min_sources) == (
        "CONSULT", "CN", None, "en", "past", 2)
    assert Filter.parse(country="ru").country == "RU"


def test_every_actor_must_take_part(store):
    both = timeline(store, Filter.parse(actors=["Lavrov", "Wang Yi"]))
    assert ids(both) == ["h-moscow", "h-manila"]
    with_blinken = timeline(store, Filter.parse(actors=["Lavrov", "Blinken"]))
    assert ids(with_blinken) == ["h-evil"]
    assert timeline(store, Filter.parse(actors=["Wang Yi", "Blinken"])) == []
    assert timeline(store, Filter.parse(actors=["Nobody At All"])) == []
    assert resolve(store, Filter.parse(actors=["Nobody At All"])).unresolved == ["Nobody At All"]


def test_dates_country_type_sources_outlet_language_status(store):
    assert ids(timeline(store, Filter.parse(since="2024"))) == ["h-evil", "h-manila"]
    assert ids(timeline(store, Filter.parse(until="2024-02"))) == ["h-moscow", "h-evil"]
    assert ids(timeline(store, Filter.parse(since="2024-07-26", until="2024-07-26"))) == ["h-manila"]
    assert ids(timeline(store, Filter.parse(country="PH"))) == ["h-manila"]
    assert ids(timeline(store, Filter.parse(country="US"))) == ["h-evil"]  # a participant's country
    assert ids(timeline(store, Filter.parse(type="accuse"))) == ["h-evil"]
    assert ids(timeline(store, Filter.parse(min_sources=2))) == ["h-manila"]
    assert ids(timeline(store, Filter.parse(outlet="Outlet Two"))) == ["h-manila"]
    assert ids(timeline(store, Filter.parse(language="en"))) == ["h-moscow", "h-evil", "h-manila"]
    assert timeline(store, Filter.parse(language="fr")) == []
    assert timeline(store, Filter.parse(status="planned")) == []


def test_sorting_and_counts(store):
    assert ids(timeline(store, Filter(), sort="latest")) == ["h-manila", "h-evil", "h-moscow"]
    assert ids(timeline(store, Filter(), sort="sources"))[0] == "h-manila"
    assert store.count_happenings(Filter()) == 3
    assert store.count_happenings(resolve(store, Filter.parse(actors=["Lavrov"], since="2024"))) == 2
    with pytest.raises(FilterError, match="oldest, latest, sources"):
        timeline(store, Filter(), sort="random")


def test_event_rows_select_on_the_events_own_actors_and_dates(store):
    where = resolve(store, Filter.parse(actors=["Blinken"], include_other=True))
    events = [row["record"]["id"] for row in store.iter_event_table(where)]
    assert events == ["ev4"]
    where = resolve(store, Filter.parse(actors=["Wang Yi"], since="2024-01-01", include_other=True))
    # (ev2h is the second report's event read from its headline)
    assert [row["record"]["id"] for row in store.iter_event_table(where)] == ["ev1", "ev2", "ev2h"]
    # A country stands for its people: Russia takes part through Lavrov.
    where = resolve(store, Filter.parse(actors=["Russia"], include_other=True))
    assert {row["record"]["id"] for row in store.iter_event_table(where)} == {"ev1", "ev2", "ev2h", "ev3", "ev4"}


def test_articles_and_quotes_follow_the_filter(store):
    where = resolve(store, Filter.parse(actors=["Blinken"]))
    assert [a["id"] for a in store.article_rows(where)] == ["e1" + "0" * 14]
    assert [q["id"] for q in store.iter_quote_table(where)] == ["q2"]
    assert store.count_article_rows(Filter.parse(outlet="Outlet One")) == 2
    assert store.count_article_rows(Filter.parse(since="2024-07")) == 2


def test_facets_count_the_filtered_view(store):
    facets = store.happening_facets(resolve(store, Filter.parse(actors=["Wang Yi"])))
    assert facets["type"] == [{"value": "CONSULT", "label": "CONSULT", "n": 2}]
    assert {f["value"]: f["n"] for f in facets["country"]} == {"CN": 2, "RU": 2, "PH": 1}
    assert {f["label"]: f["n"] for f in facets["actor"]} == {"Sergey Lavrov": 2, "Wang Yi": 2}
    assert {f["value"]: f["n"] for f in facets["outlet"]} == {"Outlet One": 2, "Outlet Two": 1}
    # A facet counts without its own field: choosing a type still shows the others.
    by_type = store.happening_facets(Filter.parse(type="ACCUSE"))["type"]
    assert {f["value"]: f["n"] for f in by_type} == {"CONSULT": 2, "ACCUSE": 1}


def test_months_points_and_network(store):
    assert store.happening_month_counts(Filter()) == [
        {"month": "2023-09", "type": "CONSULT", "n": 1}, {"month": "2024-02", "type": "ACCUSE", "n": 1},
        {"month": "2024-07", "type": "CONSULT", "n": 1}]
    points = store.happening_points(Filter())
    assert [(p["id"], p["sources"]) for p in points] == [("h-manila", 2), ("h-moscow", 1)]
    edges = {(e["a_name"], e["b_name"]): e["weight"] for e in store.actor_network(Filter())}
    assert edges[("Sergey Lavrov", "Wang Yi")] == 2
    assert all(not a.startswith("country:") for e in store.actor_network(Filter()) for a in (e["a"], e["b"]))


def test_untitled_articles_take_their_first_sentence():
    assert title_from_body("Lavrov met Wang Yi in Manila on Sunday. They talked.") == \
        "Lavrov met Wang Yi in Manila on Sunday."
    long = "word " * 60
    assert title_from_body(long).endswith("…") and len(title_from_body(long)) <= 91
    assert "/" not in title_from_body("")


def test_the_store_owns_all_sql():
    """No module outside dateline/store/ runs SQL, and the store never imports the export."""
    offenders = []
    for path in (ROOT / "dateline").rglob("*.py"):
        if "store" in path.relative_to(ROOT / "dateline").parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\.execute(many|script)?\(|store\.db\b", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
    for path in (ROOT / "dateline" / "store").rglob("*.py"):
        assert "dateline.export" not in path.read_text(encoding="utf-8"), path
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in (ROOT / "dateline" / "store").glob("*.py")}
    assert max(sizes.values()) <= 600, sizes
