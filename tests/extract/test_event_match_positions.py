"""candidate_positions (the Doc's arrays read at once) picks exactly the tokens
may_have_candidates picks one by one."""

from __future__ import annotations

import pytest

from dateline.extract.event_lexicon import load_lexicon
from dateline.extract.event_match import candidate_positions, may_have_candidates

SENTENCES = [
    "The foreign minister met his counterpart in Ruritania on Tuesday and signed a trade deal.",
    "Police arrested three protesters after the rally; the bombing of the depot was condemned.",
    "The army test-fired a missile, and the sit-in outside the ministry ended peacefully.",
    "Negotiators resumed talks, while the shelling of border villages continued for days.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_positions_match_token_by_token(text: str) -> None:
    from dateline.analyse import load_nlp

    doc = load_nlp()(text)
    lex = load_lexicon()
    expected = {token.i for token in doc if may_have_candidates(token, lex)}
    assert candidate_positions(doc, lex) == expected
    assert candidate_positions(doc, lex) == expected  # the remembered verdicts agree too
