"""People named as members of a group of people take part; things named as examples do not."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(resolved_events):
    return lambda text: resolved_events(text, "2022-07-08")


def test_members_of_a_group_of_diplomats_are_targets(extract):
    events = extract("Indian Foreign Minister Subrahmanyam Jaishankar met with several envoys including "
                     "French Foreign Minister Catherine Colonna and German Foreign Minister Annalena Baerbock in Bali.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and {a.name for a in consult[0].target} >= {"Catherine Colonna", "Annalena Baerbock"}


def test_issues_named_as_examples_are_not_targets(extract):
    events = extract("Jaishankar and Baerbock discussed issues including Ukraine and Gaza in Berlin.")
    assert all(a.id not in ("country:UA", "country:PS") for e in events for a in e.target)
