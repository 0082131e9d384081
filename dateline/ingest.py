"""Ingest: read inputs, clean them, store articles; bad inputs are recorded and skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.clean import clean_document
from dateline.read import ReadOptions, iter_documents
from dateline.records import Article, RawDocument, Rejection
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
# Maps what was read to what cleaning makes of it, in the same order (the local engine
# cleans in its worker processes through one of these).
Cleaner = Callable[[Iterable[RawDocument | Rejection]], Iterable[Article | Rejection]]


def clean_item(item: RawDocument | Rejection) -> Article | Rejection:
    """One input read, cleaned: its Article, or a Rejection saying why there is none."""
    if isinstance(item, Rejection):
        return item
    try:
        return clean_document(item)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return Rejection(item.source, f"could not clean: {type(exc).__name__}: {exc}")


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    options: ReadOptions | None = None,
    on_item: ProgressCallback | None = None,
    cleaner: Cleaner | None = None,
    signatures: Callable[[], tuple[bytes, list[int]] | None] | None = None,
) -> IngestSummary:
    """Read every input, clean what can be read, store articles and rejections.

    One bad input never stops the batch: it becomes a Rejection (stored, reported through
    ``on_item``) and the next input is read.  Articles are committed SAVED_TOGETHER at a
    time (``Store.batches``): an error between articles keeps every one stored before it;
    a killed run loses at most the ones since the last commit, read again by the next run.

    ``signatures``, called once for each thing the cleaner gives, in order: the article's
    near-copy signature and band keys computed where it was cleaned (None: not computed).  They
    are stored with new articles as long as every article stored before has one, so articles
    are signed in the order stored, as linking would sign them (dateline.link.syndication).
    """
    from dateline.link.syndication import add_signatures

    summary = IngestSummary()
    items = iter_documents(list(inputs), options)
    sign_now = signatures is not None and not store.has_unsigned_articles()
    with store.batches(SAVED_TOGETHER) as saved:
        for outcome in (cleaner(items) if cleaner is not None else map(clean_item, items)):
            signed = signatures() if signatures is not None else None
            if isinstance(outcome, Rejection):
                summary.rejected += 1
                summary.rejections.append(outcome)
                store.add_rejection(outcome)
            else:
                summary.read += 1
                if store.add_article(outcome):
                    summary.new += 1
                    summary.new_ids.append(outcome.id)
                    sign_now = sign_now and signed is not None
                    if sign_now and signed is not None:
                        add_signatures(store, [(outcome.id, *signed)])
                else:
                    summary.known += 1
            saved()
            if on_item is not None:
                on_item(outcome)
    return summary


# Inputs stored in one transaction (Store.batches): a commit each cost the writer as much as
# storing the article.
SAVED_TOGETHER = 16
