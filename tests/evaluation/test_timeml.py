"""The TimeML scorer on a small document written for this test."""

from __future__ import annotations

import json

import pytest

from dateline.cli import main
from dateline.evaluation.timeml import anchored_events, calendar_value, parse_tml, score_timeml
from dateline.records import TimeValue

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>
The minister <EVENT eid="e1" class="OCCURRENCE">arrived</EVENT> in Paris on <TIMEX3 tid="t1" type="DATE" value="1998-02-11">Wednesday</TIMEX3> &amp; <EVENT eid="e2" class="OCCURRENCE">met</EVENT> the president.
Talks will <EVENT eid="e3" class="OCCURRENCE">resume</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1998-05">May</TIMEX3>, officials <EVENT eid="e4" class="REPORTING">said</EVENT> <TIMEX3 tid="t3" type="DATE" value="1998-02-13">today</TIMEX3>.
The treaty was <EVENT eid="e5" class="OCCURRENCE">signed</EVENT> in <TIMEX3 tid="t4" type="DATE" value="1990">1990</TIMEX3> and held for <TIMEX3 tid="t5" type="DURATION" value="P8Y">eight years</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="DURING" eventInstanceID="ei3" relatedToTime="t2"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t0"/>
<TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei5" relatedToTime="t4"/>
<TLINK lid="l6" relType="BEFORE" eventInstanceID="ei5" relatedToTime="t1"/>
</TimeML>
"""


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "test0001.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_parse_strips_tags_and_keeps_offsets(folder):
    doc = parse_tml(folder / "test0001.tml")
    assert doc.dct == "1998-02-13"
    assert "<" not in doc.text and "Wednesday & met" in doc.text
    assert doc.timexes["t1"].text == "Wednesday" and doc.events["e2"].text == "met"
    assert doc.timexes["t5"].text == "eight years"
    # Events in a calendar date of the text, both link directions; the DCT is no target.
    assert anchored_events(doc) == {"e1": {"1998-02-11"}, "e2": {"1998-02-11"}, "e3": {"1998-05"}, "e5": {"1990"}}


def test_calendar_values():
    assert calendar_value(TimeValue("May", date="1998-05", precision="month")) == "1998-05"
    assert calendar_value(TimeValue("last week", earliest="1998-02-02", latest="1998-02-08")) == "1998-W06"
    assert calendar_value(TimeValue("recently", earliest="1998-01-01", latest="1998-02-08")) is None
    assert calendar_value(None) is None


def test_scores_a_folder(folder, capsys):
    assert main(["eval", "--gold", str(folder), "--json"]) == 0  # no store needed
    figures = json.loads(capsys.readouterr().out)
    assert figures["files"] == 1 and figures["gold_timexes"] == 4
    assert figures["timex_recall"] == 1.0 and figures["timex_precision"] == 1.0
    assert figures["timex_value_F1"] == 1.0
    assert figures["anchored_events"] == 4
    assert figures["anchor_accuracy"] == 1.0, figures["errors"]
    assert figures["errors"] == [] and figures["failed_files"] == []


def test_a_wrong_value_is_an_error(folder):
    (folder / "test0001.tml").write_text(TML.replace('value="1998-05"', 'value="1999-05"'), encoding="utf-8")
    figures = score_timeml(folder)
    assert figures["timex_recall"] == 0.75 and figures["timex_precision"] == 0.75  # "May" found as 1998-05
    assert {e["error"] for e in figures["errors"]} >= {"wrong value", "event date"}
