"""The local engine's worker processes: cleaning and analysis in up to two forked processes
while the calling process stays the single writer of the store (``dateline.pipeline.run``).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.records import Article

if TYPE_CHECKING:
    import threading
    from concurrent.futures import ProcessPoolExecutor

# The local engine analyses in this many worker processes (DATELINE_WORKERS; default: the
# cores this process may use, at most 2) when there are at least MIN_PARALLEL articles; this
# process stays the single writer.
MAX_LOCAL_WORKERS = 2
MIN_PARALLEL = 48
TASK_ARTICLES = 16  # articles a task: one nlp.pipe batch
TAIL_ARTICLES = 4  # ... and a task among the last articles of an analysis (LocalWorkers._ordered)


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


def warm_cleaning() -> None:
    """Load here, before the cleaning workers are forked, what each of them would otherwise
    load for itself on its first article: the language identifier's model (0.15 s), the
    MinHash library with its band layout (0.06 s: scipy is not imported, see
    ``dateline.link.syndication.datasketch``), the clutter cues and the date patterns (0.1 s)."""
    from dateline.clean.cues import load_cues
    from dateline.clean.dates import find_dates
    from dateline.clean.language import detect_language
    from dateline.link.syndication import signed

    words = " ".join(f"word{i}" for i in range(40))
    detect_language(words)  # long enough to be classified: the model is loaded
    signed(words)  # enough shingles to be signed: the library is imported
    load_cues()
    find_dates("3 March 2014")  # a date: the patterns and month words are built


def load_analysis(actor_files: Sequence[str] = (), dictionaries: str | None = None) -> None:
    """Load here, before analysing workers are forked from this process, the model and the
    knowledge bases (they then share those pages and start at once)."""
    from dateline.build_cache import collection_paused

    with collection_paused():  # spaCy and the analysis modules: 0.08 s of collections else
        from dateline.analyse import Resources, load_nlp, settle_loaded
        from dateline.extract import load_lexicon, load_quote_cues, load_topics
        from dateline.resolve import country_words

    load_nlp()
    Resources.load([Path(p) for p in actor_files], dictionaries)
    import dateline.link.run  # noqa: F401 - linking's modules: imported here, beside cleaning, not after analysis
    # Read on first use otherwise, so once in every analysing worker (0.5 s each).
    load_lexicon()
    load_topics()
    load_quote_cues()
    country_words()
    settle_loaded()  # last: what was loaded above is handed to the permanent generation


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
        self._pool: ProcessPoolExecutor | None = None
        self._pool_kind: str | None = None
        self._loader: threading.Thread | None = None
        self._signed: deque = deque()  # the signature of each article ``clean`` gave, until taken

    def _context(self):
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        return multiprocessing.get_context("fork" if "fork" in methods else None)

    def _load(self) -> None:
        load_analysis(self.files, self.dictionaries)

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
        if kind == "clean" and forked:
            warm_cleaning()  # likewise
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

    def _ordered(self, items: Iterable, task: Callable, *args, kind: str = "analyse",
                 total: int | None = None) -> Iterable:
        """``task`` over chunks of ``items`` in the ``kind`` pool, the results' items in input order.

        With ``total`` (how many items come), the last TASK_ARTICLES per worker go in tasks of
        TAIL_ARTICLES: a worker that finishes first then takes a small task instead of waiting
        idle while the other ends a whole one (at the end of ECB+'s analysis that was up to
        half a second of one core)."""
        pool = self.pool(kind)
        flight: deque[tuple[list, Any]] = deque()
        chunk: list = []
        tail_from = None if total is None else total - self.count * TASK_ARTICLES
        for position, item in enumerate(items):
            chunk.append(item)
            size = TAIL_ARTICLES if tail_from is not None and position >= tail_from else TASK_ARTICLES
            if len(chunk) >= size:
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

    def analyse(self, articles: Iterable[Article], total: int | None = None) -> Iterable:
        """``analyse_articles`` over the workers (``total``: how many articles come, if known)."""
        return self._ordered(articles, _analyse_task, self.files, self.dictionaries, total=total)

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
