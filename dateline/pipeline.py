"""The library API of the main job: ingest, analyse what is new, link everything.

Incremental: analysis runs only on articles not analysed before; linking is cheap (blocked,
about linear) and runs over all stored event mentions, so new articles update happenings
without redoing the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest import SAVED_TOGETHER, IngestSummary, ingest
from dateline.local_engine import MIN_PARALLEL, LocalWorkers, local_workers
from dateline.records import Article, Rejection
from dateline.run_options import RunOptions
from dateline.store import Store


@dataclass
class RunSummary:
    ingest: IngestSummary = field(default_factory=IngestSummary)
    analysed: int = 0
    skipped: int = 0
    event_mentions: int = 0
    happenings: int = 0
    shards: int | None = None  # Dask engine: shards processed, and skipped as taken in before
    skipped_inputs: int = 0
    refused: int = 0  # load: shards whose parts could not be loaded (not marked done)

    def line(self) -> str:
        shards = ""
        if self.shards is not None:
            shards = f"shards {self.shards}, inputs already done {self.skipped_inputs}; "
        refused = f"; {self.refused} shards refused, not marked done" if self.refused else ""
        return (
            f"{shards}{self.ingest.line()}; analysed {self.analysed} (skipped {self.skipped}), "
            f"{self.event_mentions} event mentions, {self.happenings} happenings{refused}"
        )

    def take(self, corpus) -> None:
        """Counts of a corpus run (dateline.corpus.CorpusSummary)."""
        self.shards, self.skipped_inputs = corpus.shards, corpus.skipped_inputs
        self.ingest = IngestSummary(read=corpus.read, new=corpus.new, known=corpus.known, rejected=corpus.rejected)
        self.analysed, self.skipped = corpus.analysed, corpus.skipped
        self.refused = corpus.refused


def analyse_store(
    store: Store,
    *,
    actor_files: Sequence[Path] = (),
    dictionaries: str | Path | None = None,
    on_article: Callable[[str], None] | None = None,
    on_failure: Callable[[Rejection], None] | None = None,
    on_stage: Callable[[str, int | None], None] | None = None,
    workers: LocalWorkers | None = None,
) -> tuple[int, int]:
    """Analyse every stored article not analysed yet; returns (analysed, skipped).

    An article whose analysis fails keeps its failure as its analysis (a later run does not
    try it again), and the reason is stored as a rejection naming its input.  ``workers``:
    the run's worker processes (started here when not given and there are enough articles)."""
    from dateline.build_cache import collection_paused
    from dateline.records import failure_rejection

    with collection_paused():  # spaCy and the analysis modules: 0.08 s of collections else
        from dateline.analyse import Resources, analyse_articles

    pending = store.unanalysed_article_ids()
    if not pending:
        return 0, 0
    if on_stage is not None:
        on_stage("analysing", len(pending))
    if workers is not None:
        workers.wait_loaded()  # not loaded twice at once
    resources = Resources.load(actor_files, dictionaries)
    analysed = skipped = 0
    in_hand: dict[str, Article] = {}

    def remembered(articles: Iterable[Article]) -> Iterable[Article]:
        for article in articles:
            in_hand[article.id] = Article(article.id, article.source, "", "")
            yield article

    articles = remembered(store.iter_articles(pending))
    own = workers is None
    pool = workers if workers is not None else LocalWorkers(local_workers(len(pending)), actor_files, dictionaries)
    try:
        analyses = (pool.analyse(articles, total=len(pending)) if pool.count > 1 and local_workers(len(pending)) > 1
                    else analyse_articles(articles, resources))
        # an analysis saved a transaction each cost the writer about as much as the saving
        with store.batches(SAVED_TOGETHER) as saved:
            for analysis in analyses:
                article = in_hand.pop(analysis.article_id)
                store.save_analysis(
                    analysis.article_id,
                    status=analysis.status,
                    mentions=analysis.mentions,
                    events=analysis.events,
                    quotes=analysis.quotes,
                    quote_keys=analysis.quote_keys,
                )
                if analysis.status == "done":
                    analysed += 1
                else:
                    skipped += 1
                    rejection = failure_rejection(article, analysis.status)
                    if rejection is not None:
                        store.add_rejection(rejection)
                        if on_failure is not None:
                            on_failure(rejection)
                saved()
                if on_article is not None:
                    on_article(analysis.article_id)
    finally:
        if own:
            pool.close()
    return analysed, skipped


def run(
    inputs: Iterable[str],
    store: Store | None,
    options: RunOptions | None = None,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
    on_stage: Callable[[str, int | None], None] | None = None,
) -> RunSummary:
    """Ingest inputs, analyse new articles, and relink happenings.

    ``options`` (``RunOptions``) says how inputs are read, which actor files and PETRARCH
    dictionaries are merged with the project's own (docs/dictionaries.md), and which engine
    runs: with ``engine="dask"`` the per-article stages map over shards of the inputs on a Dask
    cluster, giving the same happenings; with ``out`` (Dask only) the per-article records go
    to Parquet parts in that folder instead of the store, and nothing is linked: ``load``
    takes them in later.  The callbacks report each read item, each analysed article and each
    stage.
    """
    options = options or RunOptions()
    from dateline.userfiles import load_actor_file

    for path in options.actor_files:  # a bad actor file stops the run before anything is read (UserFileError)
        load_actor_file(path)
    summary = RunSummary()
    if options.engine == "dask":
        from dateline.distributed import run_dask

        corpus = run_dask(inputs, store, options, on_item=on_item, on_article=on_article)
        summary.take(corpus)
        if options.out is not None:
            return summary
    else:
        if store is None:
            raise ValueError("the local engine needs a store")
        # One set of worker processes cleans and then analyses (when there is enough to do).
        pool = LocalWorkers(local_workers(MIN_PARALLEL), options.actor_files, options.dictionaries)
        try:
            # The cleaning workers sign each article too: linking then has none left to sign here.
            summary.ingest = ingest(inputs, store, options=options.read, on_item=on_item, cleaner=pool.clean,
                                    signatures=pool.signature)
            summary.analysed, summary.skipped = analyse_store(
                store, actor_files=options.actor_files, dictionaries=options.dictionaries, on_article=on_article,
                on_stage=on_stage, on_failure=on_item, workers=pool)
        finally:
            pool.close()
    if store is None:  # only the Dask engine writing Parquet parts runs without one, and returned above
        raise ValueError("linking needs a store")
    from dateline.link import link_store  # imported by then where the model was loaded

    if on_stage is not None:
        on_stage("linking", None)
    summary.happenings = link_store(store)
    summary.event_mentions = store.count_event_mentions()
    return summary


def load_parts(
    folder: str,
    store: Store,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> RunSummary:
    """Bring Parquet parts written by a Dask run with ``out`` into the store, and relink."""
    from dateline.link import link_store
    from dateline.parquet import load

    summary = RunSummary()
    summary.take(load(folder, store, on_item=on_item, on_article=on_article))
    summary.happenings = link_store(store)
    summary.event_mentions = store.count_event_mentions()
    return summary
