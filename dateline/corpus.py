"""One shard through the per-article stages, and its results into the store.

``process_shard`` is what a Dask worker runs: read, clean, analyse and sign every article of
one shard.  It is pure (inputs in, records out), so it runs the same in a loop, on a worker,
or on a worker that writes Parquet parts instead of returning records.  ``save_shard``
is the single writer's side: it takes a shard's records into the store, skipping what the
store already holds, so re-running a shard changes nothing and a run killed half-way
resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.clean import clean_document
from dateline.read import ReadOptions
from dateline.records import Analysis, Article, Rejection, failure_rejection
from dateline.run_options import CHUNK
from dateline.shards import Shard, read_shard
from dateline.store import Store


@dataclass
class ShardResult:
    shard: Shard
    articles: list[Article] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)
    # (article id, MinHash signature[, its LSH band keys]): as add_signatures takes them
    signatures: list[tuple] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    written: str | None = None  # where the records went instead (Parquet), if they did
    last_chunk: bool = True  # False for every chunk of a shard but its last
    total_articles: int = 0  # of the whole shard, when this result is its last chunk
    total_rejected: int = 0
    failed: bool = False  # the shard's task failed: its inputs are reported, not marked done


@dataclass
class CorpusSummary:
    shards: int = 0
    skipped_inputs: int = 0
    read: int = 0
    new: int = 0
    known: int = 0
    rejected: int = 0
    analysed: int = 0
    skipped: int = 0
    refused: int = 0  # shards of Parquet parts that could not be loaded

    def add(self, other: CorpusSummary) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))




def process_shard_chunks(
    shard: Shard, options: ReadOptions | None = None, actor_files: Sequence[str] = (), *, chunk: int = CHUNK,
    dictionaries: str | None = None,
) -> Iterator[ShardResult]:
    """Read, clean, analyse and sign the articles of one shard, ``chunk`` articles at a time
    (a WARC file of 40,000 pages never sits in memory whole)."""
    from dateline.analyse import Resources, analyse_articles
    from dateline.link.syndication import signed

    resources = Resources.load([Path(p) for p in actor_files], dictionaries)
    seen: set[str] = set()
    result = ShardResult(shard)

    def finish(part: ShardResult) -> ShardResult:
        part.analyses = list(analyse_articles(part.articles, resources))
        # the band keys too: the writer then only looks them up (signing is the workers' job)
        part.signatures = [(a.id, *signed(a.body)) for a in part.articles]
        return part

    for item in read_shard(shard, options):
        if isinstance(item, Rejection):
            result.rejections.append(item)
            continue
        try:
            outcome = clean_document(item)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the shard
            outcome = Rejection(item.source, f"could not clean: {type(exc).__name__}: {exc}")
        if isinstance(outcome, Rejection):
            result.rejections.append(outcome)
        elif outcome.id not in seen:
            seen.add(outcome.id)
            result.articles.append(outcome)
            if len(result.articles) >= chunk:
                yield finish(result)
                result = ShardResult(shard)
    yield finish(result)


def process_shard(shard: Shard, options: ReadOptions | None = None, actor_files: Sequence[str] = (),
                  dictionaries: str | None = None) -> ShardResult:
    """Read, clean, analyse and sign the articles of one shard, all in one result."""
    whole = ShardResult(shard)
    for part in process_shard_chunks(shard, options, actor_files, dictionaries=dictionaries):
        whole.articles += part.articles
        whole.analyses += part.analyses
        whole.signatures += part.signatures
        whole.rejections += part.rejections
    return whole


def save_shard(
    store: Store,
    result: ShardResult,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Take one shard's records (or one chunk of them) into the store; what it already holds
    is left as it is.  The shard's inputs are marked done with its last chunk only."""
    from dateline.link.syndication import add_signatures

    last = result.last_chunk
    summary = CorpusSummary(shards=1 if last else 0)
    with store.batch():  # one transaction a chunk: a killed run loses at most the chunk in hand
        for rejection in result.rejections:
            store.add_rejection(rejection)
            summary.rejected += 1
            if on_item is not None:
                on_item(rejection)
        analyses = {a.article_id: a for a in result.analyses}
        for article in result.articles:
            summary.read += 1
            if store.add_article(article):
                summary.new += 1
            else:
                summary.known += 1
            if on_item is not None:
                on_item(article)
            analysis = analyses.get(article.id)
            if analysis is None or store.has_analysis(article.id):
                continue
            store.save_analysis(article.id, status=analysis.status, mentions=analysis.mentions,
                                events=analysis.events, quotes=analysis.quotes, quote_keys=analysis.quote_keys)
            if analysis.status == "done":
                summary.analysed += 1
            else:
                summary.skipped += 1
                failed = failure_rejection(article, analysis.status)
                if failed is not None:  # stored and reported as the local engine does
                    store.add_rejection(failed)
                    if on_item is not None:
                        on_item(failed)
            if on_article is not None:
                on_article(article.id)
        add_signatures(store, result.signatures)
        if last and result.shard.final:  # the last part of a split file completes it
            inputs = [(n, f) for n, f in zip(result.shard.inputs, result.shard.fingerprints) if f != "url"]
            store.mark_inputs_done(inputs, articles=result.total_articles or len(result.articles),
                                   rejected=result.total_rejected or len(result.rejections))
    return summary
