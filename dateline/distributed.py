"""Analysis on a Dask cluster, for corpus-size work.

Workers run the same pure stage as a local run (``analyse_articles``); the process that owns
the store stays the single writer and saves each batch as it comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dateline.records import Article
from dateline.store import Store


def _analyse_batch(articles: list[Article], actor_files: tuple[str, ...]) -> list:
    # Runs on a worker: the model and knowledge base load once per worker process.
    from dateline.analyse import Resources, analyse_articles

    resources = Resources.load([Path(p) for p in actor_files])
    return list(analyse_articles(articles, resources))


def _batches(store: Store, ids: list[str], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(ids), size):
        yield list(store.iter_articles(ids[start:start + size]))


def analyse_store_dask(
    store: Store,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    batch_size: int = 64,
    actor_files: Sequence[Path] = (),
    on_article: Callable[[str], None] | None = None,
) -> tuple[int, int]:
    """Analyse every unanalysed article on Dask; returns (analysed, skipped).

    ``scheduler`` is the address of a running cluster; without it a local cluster of
    ``workers`` processes is started for the call.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    pending = store.unanalysed_article_ids()
    if not pending:
        return 0, 0
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    analysed = skipped = 0
    files = tuple(str(p) for p in actor_files)
    try:
        in_flight = []
        batches = _batches(store, pending, batch_size)
        # Keep a bounded number of batches in flight so memory stays flat on big corpora.
        for batch in batches:
            in_flight.append(client.submit(_analyse_batch, batch, files, pure=False))
            if len(in_flight) >= 2 * workers:
                break
        queue = as_completed(in_flight)
        for future in queue:
            for analysis in future.result():
                store.save_analysis(
                    analysis.article_id, status=analysis.status, mentions=analysis.mentions,
                    events=analysis.events, quotes=analysis.quotes, quote_keys=analysis.quote_keys,
                )
                if analysis.status == "done":
                    analysed += 1
                else:
                    skipped += 1
                if on_article is not None:
                    on_article(analysis.article_id)
            future.release()
            nxt = next(batches, None)
            if nxt is not None:
                queue.add(client.submit(_analyse_batch, nxt, files, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return analysed, skipped
