"""A preview and the event it announces are one gold happening."""

from __future__ import annotations

import json

from dateline.evaluation.devgold import load_dev_gold


def _write(tmp_path, happenings, reports):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"format": "dateline-dev/1", "reports": reports, "happenings": happenings}))
    return path


def test_a_preview_joins_the_meeting_it_announces(tmp_path):
    base = {"kind": "meeting", "type": "CONSULT", "place": "Lima", "participants": ["Ana Pérez", "Luis Soto"]}
    happenings = [
        {"id": "H-a-1", "status": "done", "date": "2021-05-04", **base},
        {"id": "H-a-2", "status": "planned", "date": "2021-05-04", **base},
        {"id": "H-a-3", "status": "planned", "date": "2021-06-10", **base},  # another, later meeting
    ]
    reports = [{"id": f"r{i}", "headline": h, "happenings": [h], "language": "en"}
               for i, h in enumerate(["H-a-1", "H-a-2", "H-a-3"])]
    gold = load_dev_gold(_write(tmp_path, happenings, reports))
    assert [r["headline"] for r in gold.reports] == ["H-a-1", "H-a-1", "H-a-3"]


def test_a_note_naming_the_event_decides(tmp_path):
    happenings = [
        {"id": "H-b-1", "status": "done", "date": "2021-05-04", "kind": "call", "type": "CONSULT",
         "participants": ["Ana Pérez", "Luis Soto"]},
        {"id": "H-b-2", "status": "planned", "date": None, "kind": "call", "type": "CONSULT",
         "participants": ["Ana Pérez"], "note": "preview of H-b-1"},
    ]
    reports = [{"id": "r0", "headline": "H-b-2", "language": "en"}]
    gold = load_dev_gold(_write(tmp_path, happenings, reports))
    assert gold.reports[0]["headline"] == "H-b-1"


def test_one_event_annotated_in_two_files_is_one_happening(tmp_path):
    base = {"kind": "meeting", "type": "CONSULT", "status": "done", "date": "2021-05-04", "place": "Lima"}
    happenings = [{"id": "H-a-1", "participants": ["Ana Pérez", "Luis Soto"], **base},
                  {"id": "H-b-1", "participants": ["Luis Soto", "Ana Perez"], **base}]
    reports = [{"id": "r0", "headline": "H-a-1", "language": "en"}, {"id": "r1", "headline": "H-b-1", "language": "es"}]
    gold = load_dev_gold(_write(tmp_path, happenings, reports))
    assert [r["headline"] for r in gold.reports] == ["H-a-1", "H-a-1"]


def test_a_note_naming_an_earlier_meeting_for_contrast_does_not_join_it(tmp_path):
    base = {"kind": "visit", "type": "CONSULT", "participants": ["Ana Pérez", "Luis Soto"]}
    happenings = [
        {"id": "H-c-1", "status": "done", "date": "2019-03-02", "place": "Quito", **base},
        {"id": "H-c-2", "status": "planned", "date": "2021-05-04", "place": "Lima",
         "note": "announced for 4 May; same pair as H-c-1 (Quito 2019)", **base},
    ]
    reports = [{"id": "r0", "headline": "H-c-2", "language": "en"}]
    gold = load_dev_gold(_write(tmp_path, happenings, reports))
    assert gold.reports[0]["headline"] == "H-c-2"
