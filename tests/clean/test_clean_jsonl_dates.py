"""JSON Lines records through reading and cleaning: every date key and format ends as an
ISO date, and a crawl time in ``timestamp`` does not beat the text's own date line."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.clean import clean_document
from dateline.read import iter_documents
from dateline.records import Article, RawDocument

BODY = ("The harbour board of a small coastal town voted on Tuesday to rebuild its old wooden "
        "pier, which storms damaged badly over the last two winters.\n\nBoard members said the "
        "work would take about eighteen months and would be paid for partly by a regional grant.")


def _published(tmp_path: Path, *records: dict) -> list[str | None]:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out: list[str | None] = []
    for item in iter_documents([str(path)]):
        assert isinstance(item, RawDocument), item
        article = clean_document(item)
        assert isinstance(article, Article), article
        out.append(article.published)
    return out


def test_date_keys_and_formats(tmp_path: Path) -> None:
    assert _published(
        tmp_path,
        {"text": BODY, "pubDate": "Fri, 27 Oct 2023 08:00:00 +0200"},
        {"text": BODY, "publishedAt": "2023-10-27T08:00:00.000Z"},
        {"text": BODY, "timestamp": 1698393600000},
        {"text": BODY, "date": "2023.10.27"},
        {"text": BODY, "url": "https://news.example/local/pier-20231027"},
    ) == ["2023-10-27"] * 5


def test_crawl_timestamp_does_not_beat_the_date_line(tmp_path: Path) -> None:
    text = "Harbour board votes to rebuild pier\n26 September 2013\n" + BODY
    assert _published(tmp_path, {"text": text, "timestamp": 1717372800}) == ["2013-09-26"]
