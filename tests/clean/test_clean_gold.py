"""Scores the text cleaner against the hand annotation of the five sample articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.clean import clean_document
from dateline.records import Article, RawDocument

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "examples" / "gold" / "seeds.json").read_text(encoding="utf-8"))


def _line_number(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _clean(name: str) -> tuple[str, Article]:
    path = ROOT / "examples" / "articles" / name
    text = path.read_text(encoding="utf-8")
    result = clean_document(RawDocument(source=str(path), kind="text", content=text))
    assert isinstance(result, Article), result
    return text, result


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple[str, Article]]:
    return {doc["file"]: _clean(doc["file"]) for doc in GOLD["docs"]}


def test_body_lines_kept_and_clutter_removed(cleaned: dict[str, tuple[str, Article]]) -> None:
    body_total = body_kept = clutter_total = clutter_removed = 0
    for doc in GOLD["docs"]:
        text, article = cleaned[doc["file"]]
        kept = {_line_number(text, o) for _b, o, _n in article.segments}
        removed = {_line_number(text, span.start) for span in article.removed}
        body_total += len(doc["body_lines"])
        body_kept += sum(1 for n in doc["body_lines"] if n in kept)
        clutter_total += len(doc["boilerplate_lines"])
        clutter_removed += sum(
            1 for n in doc["boilerplate_lines"] if n in removed and n not in kept
        )
    assert body_kept == body_total
    assert clutter_total == 48
    assert clutter_removed >= 45


def test_titles_dates_and_segments(cleaned: dict[str, tuple[str, Article]]) -> None:
    for doc in GOLD["docs"]:
        text, article = cleaned[doc["file"]]
        lines = text.split("\n")
        want_title = lines[doc["title_line"] - 1].strip() if doc["title_line"] else None
        assert article.title == want_title, doc["file"]
        assert article.published == doc["published"], doc["file"]
        assert article.outlet == doc["outlet"], doc["file"]
        for body_start, orig_start, length in article.segments:
            assert article.original[orig_start : orig_start + length] == (
                article.body[body_start : body_start + length]
            )
        assert article.language == "en"
