"""Ingest: read inputs, clean them, store articles; bad inputs are recorded and skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.clean import clean_document
from dateline.read import ReadOptions, iter_documents
from dateline.records import Article, Rejection
from dateline.store import Store


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    known: int = 0
    rejected: int = 0
    new_ids: list[str] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def line(self) -> str:
        return f"read {self.read}, new {self.new}, already known {self.known}, rejected {self.rejected}"


ProgressCallback = Callable[[Article | Rejection], None]


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    options: ReadOptions | None = None,
    on_item: ProgressCallback | None = None,
) -> IngestSummary:
    """Read every input, clean what can be read, store articles and rejections.

    One bad input never stops the batch: it becomes a Rejection (stored, reported through
    ``on_item``) and the next input is read.  Articles are stored one transaction each, so
    a killed run loses at most the article in hand.
    """
    summary = IngestSummary()
    for item in iter_documents(list(inputs), options):
        if isinstance(item, Rejection):
            outcome: Article | Rejection = item
        else:
            try:
                outcome = clean_document(item)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                outcome = Rejection(item.source, f"could not clean: {type(exc).__name__}: {exc}")
        if isinstance(outcome, Rejection):
            summary.rejected += 1
            summary.rejections.append(outcome)
            store.add_rejection(outcome)
        else:
            summary.read += 1
            if store.add_article(outcome):
                summary.new += 1
                summary.new_ids.append(outcome.id)
            else:
                summary.known += 1
        if on_item is not None:
            on_item(outcome)
    return summary
