"""Quotes and their speakers, on sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.extract.quotes import extract_quotes, find_quote_spans, quote_key
from dateline.records import ActorRef, Article, Mention, Quote, content_id

KELLER = ActorRef("test:keller", "Maria Keller", "person", "AT", "government", "Foreign Minister")
NOWAK = ActorRef("test:nowak", "Adam Nowak", "person", "PL", "government", "Foreign Minister")
AUSTRIA = ActorRef("test:at", "Austria", "country", "AT")
POLAND = ActorRef("test:pl", "Poland", "country", "PL")

# Surface forms -> actor, longest first, as a resolver would report them.
NAMES = {
    "Austrian Foreign Minister Maria Keller": KELLER,
    "Polish Foreign Minister Adam Nowak": NOWAK,
    "Maria Keller": KELLER,
    "Adam Nowak": NOWAK,
    "Keller": KELLER,
    "Nowak": NOWAK,
    "Austrian": AUSTRIA,
    "Austria": AUSTRIA,
    "Vienna": AUSTRIA,
    "Polish": POLAND,
    "Poland": POLAND,
    "Warsaw": POLAND,
}


def mentions_for(article: Article, names: dict[str, ActorRef] = NAMES) -> list[Mention]:
    found: list[Mention] = []
    for surface in sorted(names, key=len, reverse=True):
        for match in re.finditer(r"\b" + re.escape(surface) + r"\b", article.body):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            found.append(Mention(article.id, match.start(), match.end(), surface, names[surface]))
    return sorted(found, key=lambda m: m.start)


def run(nlp, body: str, mentions: list[Mention] | None = None) -> list[Quote]:
    article = Article(id="art-1", source="test", original=body, body=body)
    if mentions is None:
        mentions = mentions_for(article)
    return extract_quotes(nlp(body), article, mentions)


def direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.direct]


# ------------------------------------------------------------------ quote marks


def test_apostrophes_are_not_quote_marks():
    text = "Austria's envoy met Poland’s delegates; the leaders' plans and Keller's 'firm' line."
    spans = find_quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["'firm'"]


def test_every_kind_of_quote_mark_pairs():
    text = "A «one» B „two“ C “three” D ‘four’ E \"five\" F ``six''"
    assert [text[s + 1 : e - 1] for s, e in find_quote_spans(text)] == [
        "one", "two", "three", "four", "five", "`six'"]


def test_typewriter_quotes_with_speaker(nlp):
    [quote] = direct(run(nlp, "`` We will vote for peace , '' Keller said ."))
    assert quote.text == "We will vote for peace" and quote.speaker == KELLER


# ------------------------------------------------------------------ attribution


def test_quote_then_speaker(nlp):
    body = "“We will not give up on dialogue,” Keller said on Tuesday."
    [quote] = run(nlp, body)
    assert quote.speaker == KELLER
    assert quote.text == "We will not give up on dialogue"
    assert quote.cue == "said" and quote.direct
    assert body[quote.start : quote.end] == quote.text
    assert quote.id == content_id("art-1", str(quote.start), str(quote.end))


def test_inverted_speaker(nlp):
    [quote] = run(nlp, "“Our borders stay open to trade,” said Nowak.")
    assert quote.speaker == NOWAK


def test_speaker_then_colon_multi_sentence_quote(nlp):
    body = ("Keller said: “Our position has not changed. We want talks. "
            "Nothing else will work.” The meeting ended at noon.")
    [quote] = direct(run(nlp, body))
    assert quote.speaker == KELLER
    assert quote.text.startswith("Our position has not changed.")
    assert quote.text.endswith("Nothing else will work.")


def test_speaker_not_the_ministry_that_relayed_the_words(nlp):
    body = ("“The two countries will keep consulting on energy,” Keller said, "
            "as quoted by the Austrian Foreign Ministry.")
    [quote] = direct(run(nlp, body))
    assert quote.speaker == KELLER
    assert quote.cue == "said"


def test_told_that_with_readout(nlp):
    body = ("Keller told Nowak on Monday that “the door remains open for a settlement”, "
            "according to a Polish government readout of the call.")
    [quote] = direct(run(nlp, body))
    assert quote.speaker == KELLER
    assert quote.cue == "told"
    assert quote.text == "the door remains open for a settlement"


def test_partial_quote_according_to(nlp):
    body = ("Both governments intend to pursue \"practical cooperation\" along the Danube, "
            "according to Polish Foreign Minister Adam Nowak.")
    [quote] = direct(run(nlp, body))
    assert quote.speaker == NOWAK
    assert quote.text == "practical cooperation"
    assert quote.cue == "according to"


def test_speaker_carried_over_from_previous_sentence(nlp):
    body = ("Nowak added that Poland would host the next round of talks. "
            "The neighbours bear a \"shared duty\" for stability in the region.")
    quotes = run(nlp, body)
    [quote] = direct(quotes)
    assert quote.text == "shared duty"
    assert quote.speaker == NOWAK


def test_no_carry_over_across_paragraphs(nlp):
    body = ("Nowak added that Poland would host the next round of talks.\n\n"
            "The neighbours bear a \"shared duty\" for stability in the region.")
    assert direct(run(nlp, body)) == []


def test_bare_quoted_sentence_takes_the_next_sentence_speaker(nlp):
    body = "Keller arrived in Warsaw on Monday. “We came to listen.” “We will stay as long as needed,” she said."
    quotes = direct(run(nlp, body))
    assert [q.text for q in quotes] == ["We came to listen.", "We will stay as long as needed"]
    assert all(q.speaker == KELLER for q in quotes)


def test_pronoun_resolves_to_nearest_person_in_subject_position(nlp):
    body = "Keller met Nowak's deputy in Warsaw on Monday. “We are here to listen,” she said."
    [quote] = direct(run(nlp, body))
    # Nowak is nearer, but Keller is what the passage is about
    assert quote.speaker == KELLER
    assert quote.speaker_text == "she"


def test_pronoun_without_subject_mention_takes_the_nearest_person(nlp):
    body = "The talks with Nowak ended early. “We are here to listen,” he said."
    [quote] = direct(run(nlp, body))
    assert quote.speaker == NOWAK


def test_statement_speaks_for_the_foreign_ministry(nlp):
    body = ("The delegations \"reviewed progress on the border treaty and on rail links\", "
            "the Austrian statement said.")
    [quote] = direct(run(nlp, body))
    assert quote.speaker is not None
    assert quote.speaker.name == "Austrian Foreign Ministry"
    assert quote.speaker.kind == "organisation"
    assert quote.speaker.country == "AT"
    assert quote.speaker.id == "provisional:austrian-foreign-ministry"
    assert quote.speaker_text == "the Austrian statement"


def test_ministry_speaker_of_partial_quote_in_reported_speech(nlp):
    body = "The Polish foreign ministry said Keller and Nowak also raised \"urgent questions\"."
    [quote] = run(nlp, body)
    assert quote.direct and quote.text == "urgent questions"
    assert quote.speaker.name == "Polish Foreign Ministry"
    assert quote.speaker.country == "PL"


def test_known_ministry_mention_is_reused(nlp):
    ministry = ActorRef("test:pl-mfa", "Ministry of Foreign Affairs of Poland", "organisation", "PL")
    body = "Keller and Nowak raised \"urgent questions\", a Polish foreign ministry readout said."
    article = Article(id="art-1", source="test", original=body, body=body)
    mentions = mentions_for(article, {**NAMES, "Polish foreign ministry": ministry})
    [quote] = direct(extract_quotes(nlp(body), article, mentions))
    assert quote.speaker == ministry


def test_two_actors_sharing_a_span_speak_as_a_group(nlp):
    body = "The two ministers said the talks were \"frank and useful\"."
    article = Article(id="art-1", source="test", original=body, body=body)
    start = body.index("The two ministers")
    end = start + len("The two ministers")
    mentions = [Mention(article.id, start, end, body[start:end], KELLER),
                Mention(article.id, start, end, body[start:end], NOWAK)]
    [quote] = direct(extract_quotes(nlp(body), article, mentions))
    assert quote.speaker.kind == "group"
    assert quote.speaker.name == "two ministers"


# ------------------------------------------------------------------ precision


def test_scare_quotes_and_titles_are_dropped(nlp):
    body = ("Keller hails 'historic' ties with Poland\n\n"
            "The so-called \"peace dividend\" never arrived in Vienna. "
            "Officials called the plan a success.")
    assert direct(run(nlp, body)) == []


def test_vague_speakers_are_dropped(nlp):
    body = "“This is a turning point for the region,” analysts said."
    assert run(nlp, body) == []


def test_data_is_not_a_speaker(nlp):
    body = "According to official customs data, exports to Poland rose by 5% last year."
    assert run(nlp, body) == []


# ------------------------------------------------------------------ reported speech


def test_reported_speech_with_that(nlp):
    [quote] = run(nlp, "Nowak stated that Poland supports the proposal on rail links.")
    assert not quote.direct
    assert quote.text == "Poland supports the proposal on rail links"
    assert quote.speaker == NOWAK
    assert quote.cue == "stated"


def test_reported_speech_before_the_cue(nlp):
    body = "Austria and Poland will open a joint consulate in Lviv next year, Keller said."
    [quote] = run(nlp, body)
    assert not quote.direct and quote.speaker == KELLER
    assert quote.text == "Austria and Poland will open a joint consulate in Lviv next year"


def test_reported_speech_according_to(nlp):
    body = "The talks will resume in Vienna in May, according to Austrian Foreign Minister Maria Keller."
    [quote] = run(nlp, body)
    assert not quote.direct and quote.speaker == KELLER
    assert quote.text == "The talks will resume in Vienna in May"
    assert quote.cue == "according to"


def test_reported_clause_holding_a_direct_quote_is_not_doubled(nlp):
    body = "Keller said the neighbours share \"common interests\" in the region."
    quotes = run(nlp, body)
    assert [(q.direct, q.text) for q in quotes] == [(True, "common interests")]


def test_negated_speech_is_not_reported(nlp):
    assert run(nlp, "Keller did not say that Austria would leave the talks.") == []


def test_doc_must_be_the_article_body(nlp):
    article = Article(id="art-9", source="test", original="x", body="One text.")
    with pytest.raises(ValueError, match="art-9"):
        extract_quotes(nlp("Another text."), article, [])


# ------------------------------------------------------------------ grouping


def test_quote_key_ignores_punctuation_case_and_spacing():
    one = "“The current focus is to... deepen cooperation, and jointly respond to challenges,”"
    two = "the current focus is to deepen cooperation and jointly respond to challenges"
    assert quote_key(one) == quote_key(two)
    assert quote_key("multi-polar world") == quote_key("Multi polar World")
    assert quote_key("shared duty") != quote_key("shared burden")


def test_quote_key_matches_copy_cut_short():
    full = ("The two sides have agreed to keep consulting each other regardless of "
            "developments in the world and to deepen cooperation in energy.")
    cut = full[:110] + "..."
    assert quote_key(full) == quote_key(cut)


# ------------------------------------------------------------------ a sample article


def test_sample_article_004_quotes_of_wang_yi(nlp):
    from dateline.resolve.actors import ActorKB, resolve_actors

    path = Path(__file__).resolve().parents[2] / "examples" / "articles" / "004_735976ee0c613209.txt"
    body = path.read_text(encoding="utf-8")
    article = Article(id="004", source=str(path), original=body, body=body, published="2025-07-14")
    doc = nlp(body)
    kb = ActorKB.load()
    quotes = extract_quotes(doc, article, resolve_actors(doc, article, kb), kb)
    by_wang = [q.text for q in quotes if q.direct and q.speaker.name == "Wang Yi"]
    assert len(by_wang) == 2
    assert by_wang[0].startswith("China-Russia are the most stable")
    assert by_wang[1].startswith("The current focus is to")
    ministries = {q.text[:14]: q.speaker for q in quotes if q.speaker.kind == "organisation"}
    assert ministries["exchanged view"].name == "Chinese Foreign Ministry"
    assert ministries["burning issues"].name == "Russian Foreign Ministry"
    # the scare quotes in the headline have no speaker
    assert not any(q.text == "strategic" for q in quotes)


def test_quote_running_over_paragraphs_takes_the_closing_speaker(nlp):
    body = ("Keller spoke after the meeting.\n\n"
            "“We have agreed on the principles. The details will take time.\n\n"
            "“Both sides want the rail link finished by 2030,” she said.")
    quotes = direct(run(nlp, body))
    assert [q.text[:20] for q in quotes] == ["We have agreed on th", "Both sides want the "]
    assert quotes[0].text.endswith("The details will take time.")
    assert all(q.speaker == KELLER for q in quotes)


def test_question_quote_with_inverted_cue(nlp):
    [quote] = direct(run(nlp, "“Why should Austria wait any longer?” asked Keller."))
    assert quote.speaker == KELLER and quote.text == "Why should Austria wait any longer?"


def test_statement_issuer_comes_from_the_actor_kb_when_given(nlp):
    from dateline.resolve.kb import ActorKB

    body = "The ministers \"agreed to meet again in spring\", the Polish statement said."
    article = Article(id="art-1", source="test", original=body, body=body)
    [quote] = direct(extract_quotes(nlp(body), article, [], ActorKB.load()))
    assert quote.speaker.id == "body:PL:foreign_ministry"


def test_passive_speech_verb_speaker_is_the_agent(nlp):
    body = "Austria was accused by Nowak of \"stalling the talks on purpose\"."
    [quote] = direct(run(nlp, body))
    assert quote.speaker == NOWAK


def test_passive_speech_verb_without_agent_has_no_speaker(nlp):
    body = "Austria's government was told on Monday that \"the budget is final\"."
    assert run(nlp, body) == []


def test_organisation_name_with_of_is_kept_whole(nlp):
    body = "Rail traffic will double by 2030, according to the Austrian Ministry of Transport."
    [quote] = run(nlp, body)
    assert quote.speaker_text == "the Austrian Ministry of Transport"
    assert quote.speaker.kind == "organisation" and quote.speaker.country == "AT"


def test_the_statement_refers_back_to_the_last_institution(nlp):
    ministry = ActorRef("test:at-mfa", "Austrian Foreign Ministry", "organisation", "AT")
    body = ("The Austrian Foreign Ministry issued a statement on Monday. "
            "\"Talks will continue in good faith,\" the statement said.")
    article = Article(id="art-1", source="test", original=body, body=body)
    mentions = mentions_for(article, {**NAMES, "Austrian Foreign Ministry": ministry})
    [quote] = direct(extract_quotes(nlp(body), article, mentions))
    assert quote.speaker == ministry


def test_surname_left_unmarked_takes_the_person_named_earlier(nlp):
    body = "Adam Nowak arrived in Vienna on Monday. “The border is open,” Nowak said."
    article = Article(id="art-1", source="test", original=body, body=body)
    mentions = mentions_for(article, {"Adam Nowak": NOWAK})  # the resolver missed "Nowak"
    [quote] = direct(extract_quotes(nlp(body), article, mentions))
    assert quote.speaker == NOWAK


def test_role_description_needs_a_matching_nationality_or_role(nlp):
    body = ("Keller met border officials on Monday. "
            "\"Controls will stay in place,\" the spokesperson said. "
            "\"We are ready to talk,\" the Austrian diplomat said.")
    quotes = direct(run(nlp, body))
    # nothing says Keller is a spokesperson; she is the Austrian named last
    assert [q.speaker for q in quotes] == [KELLER]
    assert quotes[0].text == "We are ready to talk"


def test_cue_tokens_are_the_speech_verbs_of_a_range(nlp):
    from dateline.extract.quote_speakers import SpeakerContext

    body = "Keller said the talks were useful, and Nowak added that they would meet again."
    article = Article(id="art-1", source="test", original=body, body=body)
    ctx = SpeakerContext(nlp(body), article, mentions_for(article), [])
    cues = ctx.cue_tokens(0, len(body), False)
    assert [t.text for t in cues] == ["said", "added"]
    assert [t.text for t in ctx.cue_tokens(0, body.index(","), False)] == ["said"]
    assert all(ctx.is_cue(t, False) for t in cues)
