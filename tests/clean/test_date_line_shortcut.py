"""A line with a word no date line holds is refused before its dates are looked for: the
same answer as looking for them first, on date lines in every month word and on lines of
real reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean.date_words import months
from dateline.clean.dates import date_line_dates

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
TRICKY = [
    "le-March 14, 2024", "İAN 2024", "ſept 14, 2024", "10 a.m. GMT+3 Published 14 March 2024",
    "2023 年 4 月 6 日本", "2023年4月6日", "Published: 8 April 2024 10:30 GMT | Updated: 9 April 2024",
    "By Reuters July 14, 2025", "le 6 août 2022", "6 de agosto de 2022", "14 of March 2024 h",
    "MARCH 2024", "Friday, March 14, 2024 | 10 h 30", "Updated 14.03.2024 10:30 pm", "Mar. 4, 2022 AM",
    "Reporting by Jane Doe; Editing by 4 March 2022", "\u200bMarch 14, 2024\u200b", "• Updated: Mar 17, 2014",
]


def _lines() -> list[str]:
    lines = list(TRICKY)
    for word in months():
        for form in {word, word.capitalize(), word.upper()}:
            lines += [f"{form} 2021", f"Published: {form} 4, 2022, 10:30 GMT+3", f"5 {form} 2023 10 a.m.",
                      f"By Staff {form} 4, 2022", f"le 5 de {form} de 2023", f"{form}x 4, 2022"]
    for path in sorted(ARTICLES.iterdir()):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def test_refusing_lines_with_another_word_first_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    quick = [date_line_dates(line) for line in lines]
    monkeypatch.setattr("dateline.clean.dates._holds_other_word", lambda line: False)
    assert quick == [date_line_dates(line) for line in lines]
    assert sum(1 for found in quick if found) > len(months())  # date lines were among them
