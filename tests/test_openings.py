"""Where a report's first sentences end (texts written for these tests)."""

from __future__ import annotations

from dateline.openings import opening_end

BODY = "Israel and Turkey will restore ties.\n\nThe envoys return on Monday.\n\nThey left in 2018."


def test_blank_line_counts_as_a_sentence_by_default():
    assert opening_end(BODY, 2) == BODY.index("The envoys")


def test_blank_line_is_no_sentence_of_a_lede():
    assert opening_end(BODY, 2, blank_lines=False) == BODY.index("\nThey left")
