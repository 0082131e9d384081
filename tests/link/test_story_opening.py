"""The opening a story reads of an article skips a photo caption that opens its body
(dateline.link.run.story_opening, dateline.clean.lines.is_credited_caption)."""

from __future__ import annotations

from dateline.clean.lines import is_credited_caption
from dateline.link.run import story_opening

CAPTION = ("U.S. President Donald Trump announces that his administration has reached a deal with a law "
           "firm during a swearing-in ceremony in the Oval Office at the White House on March 28, 2025 in "
           "Washington, DC. [AFP]")
LEDE = "US President Donald Trump has threatened that Iran will be bombed if it persists in developing nuclear weapons."


def test_a_caption_opening_the_body_is_not_the_story_s_opening():
    body = CAPTION + "\n\n" + LEDE + "\n\nMore text follows here."
    start, end, text = story_opening(body)
    assert text == LEDE and body[start:end] == LEDE


def test_a_body_opening_with_its_lede_keeps_it():
    body = LEDE + "\n\n" + CAPTION
    assert story_opening(body)[2] == LEDE


def test_a_credit_names_a_caption_a_bare_agency_after_a_past_tense_paragraph_does_not():
    assert is_credited_caption(CAPTION)
    assert is_credited_caption("A view of the Japan-South Korea summit in Tokyo, Japan on March 16, 2023. Photo: Yonhap")
    assert is_credited_caption("Chinese rescuers arrive at the airport in Yangon, March 29, 2025. (Photo: Xinhua)")
    # A wire paragraph with its source at the end is article text.
    assert not is_credited_caption("Trump told reporters on Friday as he flew to Rome that he was going to "
                                   "the funeral out of respect for the pontiff. (AP)")
    assert not is_credited_caption("In a statement later Tuesday, the foreign ministry said the move was "
                                   "completely unjustified. -AFP")
    assert not is_credited_caption(LEDE)
