"""PETRARCH-format dictionaries (--dictionaries DIR): small dictionaries written here, and
the shared PETRARCH2 folder when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.cli import main
from dateline.records import Article
from dateline.resolve.kb import ActorKB
from dateline.resolve.petrarch import check, load_dictionaries, parse_code

SHARED = Path("/work/shared/dictionaries/petrarch2")

ACTORS = """\
# a test actor file
FREEDONIA_  [USA]
+FREEDONIAN_REPUBLIC_

JOHN_QUINCY_ZEBULON_  # a made-up person
+J._Q._ZEBULON_
\t[USAGOV 20090120-20170120]
\t[USAELI]

ZANDORIAN_LIBERATION_FRONT_ [FRAREB] # a made-up group
+ZLF_

THE_UNITED_NATIONS_ [IGOUNO]
+UNITED_NATIONS_ORGANISATION_OF_TESTING_

ANNA_BADDATE_
\t[USAGOV 2004017-20061201]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
ZORBLEWATCHER [~MIL] # made up
FLUMMOX!PERSON! [~REB]
SOLDIER [~MIL]
STRAYLINE without a code
"""

VERBS = """\
&GADGET
+WIDGET
+GIZMO

---  ZORBLE   [---]  ---
ZORBLE
- * &GADGET                                  [173]   # ZORBLE
- * (WITH SANCTIONS)                         [163]   # ZORBLE
- * ENVOY (TO CAPITAL)                       [042]   # two nouns: left out
- &MILITARY *                                [154]   # before the verb: left out

---  FRIZZLE   [163]  ---
FRIZZLE
+FRIZZLE_OUT [164]
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dicts")
    (path / "test.actors.txt").write_text(ACTORS)
    (path / "test.agents.txt").write_text(AGENTS)
    (path / "test.verbs.txt").write_text(VERBS)
    (path / "notes.md").write_text("not a dictionary")
    return path


def test_codes_follow_the_cameo_actor_codebook():
    assert parse_code("USAGOV")[:2] == ("US", "government")
    assert parse_code("AZEGOVBUS")[:2] == ("AZ", "government")
    assert parse_code("IGOUNO")[:2] == (None, "igo")
    assert parse_code("AFG")[:2] == ("AF", None)
    assert parse_code("FRAREB")[:2] == ("FR", "rebel")


def test_files_are_recognised_and_bad_lines_reported(folder):
    found = load_dictionaries(folder)
    kinds = {Path(f).name: k for f, k in found.report.files.items()}
    assert kinds == {"test.actors.txt": "actors", "test.agents.txt": "agents",
                     "test.verbs.txt": "verbs", "notes.md": "ignored"}
    problems = "\n".join(found.report.problems)
    assert "test.actors.txt:17: date '2004017' is not YYYYMMDD" in problems
    assert "test.agents.txt:5: agent 'STRAYLINE without a code' has no [~CODE]" in problems


def test_actors_people_with_dated_roles_groups_and_known_organisations(folder):
    kb = ActorKB.load(dictionaries=folder)
    person = kb.lookup("John Quincy Zebulon", on="2012-05-01")
    assert person is not None and person.kind == "person" and person.country == "US"
    assert person.sector == "government"
    assert kb.person_roles(person.id, "2012-05-01")
    assert not kb.person_roles(person.id, "2020-01-01")  # the role ended in 2017
    group = kb.lookup("Zandorian Liberation Front")
    assert group is not None and group.country == "FR" and group.sector == "rebel"
    assert kb.lookup("ZLF").id == group.id
    # the project's United Nations, with the dictionary's other name
    assert kb.lookup("United Nations Organisation of Testing").id == kb.lookup("United Nations").id
    assert kb.lookup("Freedonian Republic").country == "US"
    assert kb.lookup("Anna Baddate") is None  # her only role had a bad date
    # the project's knowledge base without the folder is untouched
    assert ActorKB.load().lookup("Zandorian Liberation Front") is None


def test_agents_become_group_nouns_and_the_project_keeps_its_own(folder):
    kb = ActorKB.load(dictionaries=folder)
    nouns = kb.cues["group_nouns"]
    assert nouns["zorblewatcher"] == "military"
    assert nouns["flummoxman"] == "rebel" and nouns["flummoxwoman"] == "rebel"
    assert "soldier" in ActorKB.load().cues["group_nouns"]
    report = check(folder)
    assert report.skipped["agents: noun known to the project"] >= 1


@pytest.fixture(scope="module")
def nlp():
    from dateline.analyse import load_nlp

    return load_nlp()


def events(nlp, text: str, folder: Path | None):
    from dateline.analyse import Resources, analyse_doc

    article = Article(id="t", source="test", original=text, body=text, published="2024-05-01")
    return analyse_doc(nlp(text), article, Resources.load((), folder)).events


def test_verbs_patterns_and_counts(folder):
    found = load_dictionaries(folder)
    assert [e.get("objects") for e in found.verbs["zorble"]] == [["gizmo", "widget"], ["sanctions"]]
    frizzle = found.verbs["frizzle"]  # the block's code, and the particle verb's own one
    assert frizzle[0] == {"type": "COERCE", "cameo": "163"}
    assert frizzle[1]["cameo"] == "164" and frizzle[1]["particle"] == ["out"]
    report = check(folder)
    assert report.skipped["verbs: patterns too complex"] == 1
    assert report.skipped["verbs: patterns with words before the verb"] == 1


def test_a_dictionary_only_verb_makes_an_event_with_the_dictionary_code(nlp, folder):
    text = "France frizzled Germany on Monday."
    assert not [e for e in events(nlp, text, None) if e.trigger.startswith("frizzled")]
    found = [e for e in events(nlp, text, folder) if e.trigger.startswith("frizzled")]
    assert [(e.cameo, e.type) for e in found] == [("163", "COERCE")]


def test_cli_reports_a_missing_folder_without_a_traceback(tmp_path, capsys):
    text = tmp_path / "a.txt"
    text.write_text("France frizzled Germany on Monday.")
    code = main(["run", str(text), "--db", str(tmp_path / "x.db"), "--dictionaries", str(tmp_path / "nope")])
    err = capsys.readouterr().err
    assert code == 2 and "dictionaries folder" in err and "Traceback" not in err


def test_cli_run_with_dictionaries_reports_and_codes(tmp_path, folder, capsys):
    text = tmp_path / "a.txt"
    text.write_text("France frizzled Germany on Monday.\n")
    assert main(["run", str(text), "--db", str(tmp_path / "d.db"), "--dictionaries", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "test.actors.txt:17: date '2004017'" in err and "loaded:" in err
    from dateline.store import Store

    with Store(str(tmp_path / "d.db")) as store:
        assert store.count_event_mentions() >= 1


def test_worker_processes_use_the_dictionaries_too(tmp_path, folder, monkeypatch):
    from dateline.pipeline import run
    from dateline.run_options import RunOptions
    from dateline.store import Store

    monkeypatch.setenv("DATELINE_WORKERS", "2")  # worker processes even for one article
    text = tmp_path / "a.txt"
    text.write_text("France frizzled Germany on Monday.\n")
    with Store(str(tmp_path / "w.db")) as store:
        run([str(text)], store, RunOptions(dictionaries=folder))
        assert [m.cameo for m in store.event_mentions() if m.trigger.startswith("frizzled")] == ["163"]


# --------------------------------------------------------------- the shared PETRARCH2 folder

shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is not here")


@pytest.mark.slow  # long: run with -m slow
@shared
def test_shared_petrarch2_loads_with_counts():
    report = check(SHARED)
    kinds = {Path(f).name: k for f, k in report.files.items()}
    assert kinds["CAMEO.2.0.txt"] == "verbs" and kinds["Phoenix.agents.txt"] == "agents"
    assert kinds["Phoenix.Countries.actors.txt"] == "actors" and kinds["Phoenix.discards.txt"] == "ignored"
    assert report.loaded["actors: people"] > 15_000
    assert report.loaded["actors: dated roles"] > 20_000
    assert report.loaded["actors: organisations"] > 3_000
    assert report.loaded["agents: group nouns"] > 2_000
    assert report.loaded["verbs: lemmas"] > 800
    assert report.skipped["verbs: lemma in the project's lexicon"] > 100
    assert 0 < len(report.problems) < 50  # a few bad dates, each named by file and line
    kb = ActorKB.load(dictionaries=SHARED)
    karzai = kb.lookup("Hamid Karzai", on="2010-01-01")
    assert karzai is not None and karzai.country == "AF"


@shared
def test_shared_petrarch2_verb_only_in_the_dictionary(nlp):
    text = "The Kenyan opposition leader savaged the police chief in Nairobi on Tuesday."
    assert not events(nlp, text, None)
    found = events(nlp, text, SHARED)
    assert [(e.trigger, e.cameo) for e in found] == [("savaged", "111")]
