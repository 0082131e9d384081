"""The development-corpus scorer (dateline-dev/1) on three short articles written for this
test, run through the pipeline into a real SQLite store."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.evaluation.devcorpus import pairwise, sentences_end
from dateline.evaluation.devgold import Matcher, date_right, half, load_dev_gold

ROOT = Path(__file__).resolve().parent.parent.parent

TEXTS = {
    "t-meet-1": ("https://example.org/news/wang-cho-beijing",
                 "Chinese and South Korean foreign ministers hold talks in Beijing\n\nMay 14, 2024\n\n"
                 "BEIJING - Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Tae-yul in "
                 "Beijing on Monday. The two ministers discussed trade and the situation on the Korean "
                 "peninsula.\n\nCho said the talks were candid. It was his first visit to China as foreign "
                 "minister."),
    "t-meet-2": ("https://example.net/world/cho-wang-talks",
                 "South Korea's top diplomat meets Wang Yi\n\nPublished May 14, 2024\n\n"
                 "South Korean Foreign Minister Cho Tae-yul held talks with Chinese Foreign Minister Wang Yi "
                 "in Beijing on Monday, the ministry said. Cho asked China to play a constructive role on "
                 "North Korea."),
    "t-other-1": ("https://example.com/politics/sanctions-iran",
                  "US imposes new sanctions on Iran\n\nJune 5, 2024\n\nWASHINGTON - The United States imposed "
                  "new sanctions on Iran on Tuesday over its drone program. The Treasury Department said the "
                  "measures target eight companies.\n\nIran condemned the move."),
}


def _report(report_id, url, headline, language="en"):
    return {"id": report_id, "url": url, "query": "q", "rank": 1, "language": language, "outlet": None,
            "published": None, "headline": headline, "happenings": [headline]}


MEETING = {"id": "H-t-meet", "kind": "meeting", "type": "CONSULT", "status": "done", "date": "2024-05-13",
           "date_accept": [], "place": "Beijing", "place_country": "CN", "participants": ["Wang Yi", "Cho Tae-yul"],
           "source": [], "target": [], "source_country": None, "target_country": None, "note": ""}
OTHER = {"id": "H-t-other", "kind": "other", "type": "SANCTION", "status": "done", "date": "2024-06-04",
         "date_accept": [], "place": None, "place_country": None, "participants": [], "source": ["United States"],
         "target": ["Iran"], "source_country": "US", "target_country": "IR", "note": ""}


def _write_gold(folder: Path) -> Path:
    gold = folder / "gold"
    gold.mkdir()
    meet = {"format": "dateline-dev/1", "happenings": [MEETING],
            "reports": [_report("t-meet-1", TEXTS["t-meet-1"][0], "H-t-meet"),
                        _report("t-meet-2", TEXTS["t-meet-2"][0], "H-t-meet")]}
    other = {"format": "dateline-dev/1", "happenings": [OTHER],
             "reports": [_report("t-other-1", TEXTS["t-other-1"][0], "H-t-other"),
                         _report("t-gone-1", "https://example.com/never-collected", "H-t-other", "de")]}
    (gold / "meet.json").write_text(json.dumps(meet), encoding="utf-8")
    (gold / "other.json").write_text(json.dumps(other), encoding="utf-8")
    texts = folder / "texts"
    texts.mkdir()
    for report_id, (_, text) in TEXTS.items():
        (texts / f"{report_id}.txt").write_text(text, encoding="utf-8")
    return gold


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dev")
    _write_gold(folder)
    return folder


@pytest.fixture(scope="module")
def corpus(dev):
    spec = importlib.util.spec_from_file_location("dev_build", ROOT / "bench" / "dev" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    written, missing = build.build(dev)
    assert (written, missing) == (3, ["t-gone-1"])
    return dev / "corpus.jsonl"


def _eval(capsys, *args) -> dict:
    assert main(["eval", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def scored(dev, corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("devdb") / "dev.db"
    assert main(["eval", "--gold", str(dev / "gold"), "--articles", str(corpus), "--db", str(db), "--json"]) == 0
    return db


def test_build_writes_one_line_a_collected_report(corpus):
    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["t-meet-1", "t-meet-2", "t-other-1"]
    assert all(set(line) == {"id", "url", "text"} for line in lines)


def test_scores_the_store(dev, scored, capsys):
    metrics = _eval(capsys, "--gold", str(dev / "gold"), "--db", str(scored))
    assert metrics["gold_files"] == 2
    assert (metrics["reports"], metrics["reports_scored"], metrics["reports_missing"]) == (4, 3, 1)
    assert metrics["missing"] == ["t-gone-1"]
    assert metrics["meeting_reports"] == 2 and metrics["other_reports"] == 1
    # The two reports of the meeting are one happening with both ministers, in Beijing, on Monday.
    for key in ("participants_found", "date_right", "place_right", "all_right", "exactly_right"):
        assert metrics[key] == 1.0, key
    for key in ("headline_type", "headline_actors", "headline_date"):
        assert metrics[key] == 1.0, key
    assert metrics["pairwise_f1"] == 1.0 and metrics["bcubed_f1"] == 1.0
    assert 0.0 < metrics["lede_precision"] <= 1.0 and metrics["lede_events"] >= 3
    assert metrics["dated_happenings"] == 1.0
    assert set(metrics["by_language"]) == {"de", "en"}
    assert metrics["by_language"]["de"]["reports_scored"] == 0
    assert metrics["by_language"]["de"]["pairwise_f1"] is None
    assert metrics["by_language"]["en"]["all_right"] == 1.0
    assert {row["report"] for row in metrics["details"]} == {"t-meet-1", "t-meet-2", "t-other-1"}
    for row in metrics["details"]:
        # each lede event with its verdict; the counts are those of the verdicts
        assert len(row["lede"]) == row["lede_events"]
        assert sum(e["verdict"] == "right" for e in row["lede"]) == row["lede_right"]
        assert {e["verdict"] for e in row["lede"]} <= {"right", "actors", "type"}


def test_halves_split_the_reports(dev, scored, capsys):
    tune = _eval(capsys, "--gold", str(dev / "gold"), "--db", str(scored), "--half", "tune")
    check = _eval(capsys, "--gold", str(dev / "gold"), "--db", str(scored), "--half", "check")
    assert half("H-t-meet") == "tune" and half("H-t-other") == "check"
    assert (tune["reports"], tune["meeting_reports"], tune["other_reports"]) == (2, 2, 0)
    assert (check["reports"], check["meeting_reports"], check["other_reports"]) == (2, 0, 1)
    assert tune["half"] == "tune" and check["half"] == "check"


def test_a_single_gold_file_is_scored_too(dev, scored, capsys):
    metrics = _eval(capsys, "--gold", str(dev / "gold" / "meet.json"), "--db", str(scored))
    assert metrics["reports"] == 2 and metrics["exactly_right"] == 1.0


def test_a_wrong_participant_is_not_found(dev, scored, tmp_path, capsys):
    gold = json.loads((dev / "gold" / "meet.json").read_text(encoding="utf-8"))
    gold["happenings"][0]["participants"] = ["Wang Yi", "Sergey Lavrov"]
    gold["happenings"][0]["date"] = "2024-05"
    (tmp_path / "meet.json").write_text(json.dumps(gold), encoding="utf-8")
    metrics = _eval(capsys, "--gold", str(tmp_path / "meet.json"), "--db", str(scored))
    assert metrics["participants_found"] == 0.0 and metrics["exactly_right"] == 0.0
    assert metrics["date_right"] == 1.0  # the lead happening, in the gold's month


def test_one_languages_meetings_are_exact_on_that_languages_reports(dev, scored, tmp_path, capsys):
    # A German report of the meeting that stays apart spoils the meeting overall, not for the
    # English figures: there, exactly the English reports are one happening.
    gold = json.loads((dev / "gold" / "meet.json").read_text(encoding="utf-8"))
    gold["reports"].append(_report("t-other-1", TEXTS["t-other-1"][0], "H-t-meet", "de"))
    (tmp_path / "meet.json").write_text(json.dumps(gold), encoding="utf-8")
    metrics = _eval(capsys, "--gold", str(tmp_path / "meet.json"), "--db", str(scored))
    assert metrics["exactly_right"] == 0.0
    assert metrics["by_language"]["en"]["exactly_right"] == 1.0
    assert metrics["by_language"]["de"]["exactly_right"] == 0.0


def test_duplicate_ids_name_both_files(dev, tmp_path):
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text((dev / "gold" / "meet.json").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.json.*b\.json"):
        load_dev_gold(tmp_path)


def test_half_is_stable_and_splits():
    assert half("H-meet-0001") == half("H-meet-0001")
    assert {half(f"H-x-{n:04d}") for n in range(20)} == {"tune", "check"}


def test_date_rules():
    assert date_right("2024-05-13", "2024-05-13")
    assert date_right("2024-05-13", "2024-05") and date_right("2024-05", "2024-05")
    assert not date_right("2024-05", "2024-05-13")
    assert date_right("2024-05-14", "2024-05-13", ["2024-05-14"])
    assert date_right(None, None) and not date_right("2024-05-13", None)
    assert not date_right(None, "2024-05-13")


def test_names_and_places():
    matcher = Matcher()
    lavrov = {"id": "sergey-lavrov", "name": "Sergey Lavrov", "kind": "person", "country": "RU"}
    wang = {"id": "provisional:wang", "name": "Wang", "kind": "person", "country": None}
    russia = {"id": "country:RU", "name": "Russia", "kind": "country", "country": "RU"}
    assert matcher.find("Sergéy LAVROV", [lavrov]) is lavrov  # case and diacritics
    assert matcher.find("Sergei Lavrov", [lavrov]) is lavrov  # another spelling, through the knowledge base
    assert matcher.find("Russian Federation", [russia]) is russia
    assert matcher.find("RU", [russia]) is russia
    assert matcher.find("Wang Yi", [lavrov, wang]) is wang  # one person of that name: surname match
    assert matcher.find("Wang Yi", [wang, dict(wang, id="provisional:wang2")]) is None  # ambiguous
    assert matcher.place_right({"name": "Kyiv", "country": "UA", "kind": "city"},
                               {"place": "Kiev", "place_country": "UA"})
    assert matcher.place_right(None, {"place": None, "place_country": None})
    assert not matcher.place_right(None, {"place": "Kyiv", "place_country": "UA"})


def test_organisation_codes_cover_the_organs():
    matcher = Matcher()
    council = {"id": "org:unsc", "name": "UN Security Council", "kind": "organisation", "country": None}
    assert matcher.organisation_code("UN", council)  # an organ of the UN is the gold's UN
    assert matcher.organisation_code("UN", {"id": "org:un", "name": "United Nations", "country": None})
    assert not matcher.organisation_code("EU", council)


def test_pairwise_and_sentences():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert pairwise({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = pairwise({"a": "x", "b": "x", "c": "x"}, gold)
    assert (precision, recall) == (pytest.approx(1 / 3), 1.0)
    assert sentences_end("One. Two. Three.", 2) == len("One. Two. ")
    # a blank line parting paragraphs is no sentence: the headline and the lede's first
    text = "Headline here\n\nThe first sentence. The second."
    assert sentences_end(text, 2) == len("Headline here\n\nThe first sentence. ")


def test_a_signing_is_a_joint_act_also_told_as_an_agreement():
    from dateline.evaluation.devcorpus import joint_act, type_right

    signing = {"type": "SUPPORT", "joint": True, "type_accept": ["AGREE"]}
    praise = {"type": "SUPPORT"}
    assert joint_act(signing) and not joint_act(praise) and joint_act({"type": "CONSULT"})
    assert type_right("SUPPORT", signing) and type_right("AGREE", signing)
    assert type_right("SUPPORT", praise) and not type_right("AGREE", praise)
