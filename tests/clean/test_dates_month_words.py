"""Every month word is found in any case: the quick test on its first letter that the date
patterns make before trying the words passes each of them."""

from __future__ import annotations

from dateline.clean.date_words import months
from dateline.clean.dates import find_dates


def test_every_month_word_in_any_case_gives_its_month() -> None:
    for word, number in months().items():
        # upper case where it lowers back to the word ("MAYIS" is not "mayıs" lowered)
        upper = {word.upper()} if word.upper().lower() == word else set()
        for form in {word, word.capitalize()} | upper:
            found = find_dates(f"issued {form} 2021 and {form} 4, 2022, on 5 {form} 2023")
            assert [d.iso for d in found] == [f"2021-{number:02d}", f"2022-{number:02d}-04",
                                              f"2023-{number:02d}-05"], form
