"""The library API of the main job: ingest, analyse what is new, link everything.

Incremental: analysis runs only on articles not analysed before; linking is cheap (blocked,
about linear) and runs over all stored event mentions, so new articles update happenings
without redoing the rest.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest import IngestSummary, ingest
from dateline.link import link_store
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
    from dateline.analyse import Resources, analyse_articles, failure_rejection

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
    if own:
        workers = LocalWorkers(local_workers(len(pending)), actor_files, dictionaries)
    try:
        analyses = (workers.analyse(articles) if workers.count > 1 and local_workers(len(pending)) > 1
                    else analyse_articles(articles, resources))
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
            if on_article is not None:
                on_article(analysis.article_id)
    finally:
        if own:
            workers.close()
    return analysed, skipped


# The local engine analyses in this many worker processes (DATELINE_WORKERS; default: the
# cores this process may use, at most 2) when there are at least MIN_PARALLEL articles; this
# process stays the single writer.
MAX_LOCAL_WORKERS = 2
MIN_PARALLEL = 48
TASK_ARTICLES = 16  # articles a task: one nlp.pipe batch


def local_workers(pending: int) -> int:
    """Worker processes for analysing ``pending`` articles in the local engine (1: in this process)."""
    import os

    wanted = os.environ.get("DATELINE_WORKERS", "").strip()
    if wanted:
        if not wanted.isdigit():
            raise ValueError(f"DATELINE_WORKERS must be a whole number, not {wanted!r}")
        return max(1, int(wanted))
    if pending < MIN_PARALLEL:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_LOCAL_WORKERS))


def _analyse_task(articles: list[Article], actor_files: tuple[str, ...], dictionaries: str | None = None) -> list:
    from dateline.analyse import Resources, analyse_articles

    return list(analyse_articles(articles, Resources.load([Path(p) for p in actor_files], dictionaries),
                                 batch_size=TASK_ARTICLES))


def _clean_task(items: list) -> list:
    """Each input cleaned, with its article's near-copy signature (None for a rejection)."""
    from dateline.ingest import clean_item
    from dateline.link.syndication import signed

    out = []
    for item in items:
        outcome = clean_item(item)
        out.append((outcome, signed(outcome.body) if isinstance(outcome, Article) else None))
    return out


class LocalWorkers:
    """The local engine's worker processes: one set cleans, then another analyses.

    On Linux both are forked.  The cleaning workers are forked at once (cleaning needs neither
    the model nor the knowledge bases), and while they clean, this process loads the model and
    the knowledge bases in a thread; the analysing workers are forked after that, so they start
    at once and share those pages.  Tasks of TASK_ARTICLES inputs, a few in flight at a time
    (memory stays bounded on any corpus), results in input order; a task whose worker fails is
    done here."""

    def __init__(self, count: int, actor_files: Sequence[Path] = (), dictionaries: str | Path | None = None) -> None:
        self.count = count
        self.files = tuple(str(p) for p in actor_files)
        self.dictionaries = str(Path(dictionaries).resolve()) if dictionaries else None
        self._pool = None
        self._pool_kind: str | None = None
        self._loader = None
        self._signed: deque = deque()  # the signature of each article ``clean`` gave, until taken

    def _context(self):
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        return multiprocessing.get_context("fork" if "fork" in methods else None)

    def _load(self) -> None:
        from dateline.analyse import Resources, load_nlp

        load_nlp()
        Resources.load([Path(p) for p in self.files], self.dictionaries)

    def _background_load(self) -> None:
        try:
            self._load()
        except Exception:  # noqa: BLE001 - loaded (and the error raised) again where it is needed
            pass

    def pool(self, kind: str = "analyse"):
        """The workers for ``kind`` ("clean" or "analyse"); the other kind's are shut down first,
        so no thread of this process runs while it forks."""
        if self._pool is not None and self._pool_kind == kind:
            return self._pool
        from concurrent.futures import ProcessPoolExecutor

        self.close()
        context = self._context()
        forked = context.get_start_method() == "fork"
        if kind == "analyse" and forked:
            self._load()  # shared with the forked workers
        self._pool = ProcessPoolExecutor(max_workers=self.count, mp_context=context)
        self._pool_kind = kind
        return self._pool

    def _start_loading(self) -> None:
        """Load the model and knowledge bases in a thread while the cleaning workers run (they
        are forked by then: forking happens at a pool's first task)."""
        import threading

        if self._loader is None and self._context().get_start_method() == "fork":
            self._loader = threading.Thread(target=self._background_load, name="dateline-load", daemon=True)
            self._loader.start()

    def wait_loaded(self) -> None:
        """Wait for the thread loading the model and knowledge bases, if one runs."""
        if self._loader is not None:
            self._loader.join()
            self._loader = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
            self._pool_kind = None
        self.wait_loaded()

    def _ordered(self, items: Iterable, task: Callable, *args, kind: str = "analyse") -> Iterable:
        """``task`` over chunks of ``items`` in the ``kind`` pool, the results' items in input order."""
        pool = self.pool(kind)
        flight: deque = deque()
        chunk: list = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= TASK_ARTICLES:
                flight.append((chunk, pool.submit(task, chunk, *args)))
                chunk = []
                if kind == "clean":
                    self._start_loading()
                if len(flight) >= self.count * 3:
                    yield from _results(*flight.popleft(), task, args)
        if chunk:
            flight.append((chunk, pool.submit(task, chunk, *args)))
        while flight:
            yield from _results(*flight.popleft(), task, args)

    def analyse(self, articles: Iterable[Article]) -> Iterable:
        """``analyse_articles`` over the workers."""
        return self._ordered(articles, _analyse_task, self.files, self.dictionaries)

    def clean(self, items: Iterable) -> Iterable:
        """What cleaning makes of each input read (dateline.ingest.clean_item), in order: in
        this process when there are fewer than MIN_PARALLEL (unless DATELINE_WORKERS says
        otherwise), else in the workers."""
        from dateline.ingest import clean_item

        items = iter(items)
        head = []
        for item in items:
            head.append(item)
            if len(head) >= MIN_PARALLEL:
                break
        if self.count <= 1 or local_workers(len(head)) <= 1:
            for outcome in map(clean_item, itertools.chain(head, items)):
                self._signed.append(None)
                yield outcome
            return
        for outcome, signed in self._ordered(itertools.chain(head, items), _clean_task, kind="clean"):
            self._signed.append(signed)
            yield outcome

    def signature(self) -> tuple[bytes, list[int]] | None:
        """The signature and band keys of what ``clean`` gave last (None: not computed);
        called once for each thing it gives (``ingest(signatures=...)``)."""
        return self._signed.popleft() if self._signed else None


def _results(chunk: list, future, task: Callable, args: tuple) -> list:
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a worker that died: its inputs are done here
        return task(chunk, *args)




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
            summary.ingest = ingest(inputs, store, options=options.read, on_item=on_item, cleaner=pool.clean)
            summary.analysed, summary.skipped = analyse_store(
                store, actor_files=options.actor_files, dictionaries=options.dictionaries, on_article=on_article,
                on_stage=on_stage, on_failure=on_item, workers=pool)
        finally:
            pool.close()
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
    from dateline.parquet import load

    summary = RunSummary()
    summary.take(load(folder, store, on_item=on_item, on_article=on_article))
    summary.happenings = link_store(store)
    summary.event_mentions = store.count_event_mentions()
    return summary
