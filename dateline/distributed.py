"""The Dask engine: the per-article stages mapped over shards on a Dask distributed cluster.

Workers run ``process_shard`` (read, clean, analyse, sign); each worker process loads the
spaCy model and the knowledge base once and keeps them.  The process that owns the store stays
its single writer: it saves each shard's records as they come back (``save_shard``), then links
once over everything stored.  With ``out`` the workers write Parquet parts there instead, and
``dateline load`` brings them into a store later.
"""

from __future__ import annotations

import itertools
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlparse

from dateline.corpus import CorpusSummary, ShardResult, process_shard, process_shard_chunks, save_shard
from dateline.read import ReadOptions
from dateline.records import Article, Rejection
from dateline.run_options import RunOptions
from dateline.shards import Shard, plan_shards, split_shard
from dateline.store import Store


def _work(shard: Shard, options: ReadOptions | None, actor_files: tuple[str, ...], out: str | None,
          spool: str | None, chunk: int, dictionaries: str | None = None) -> ShardResult:
    """One shard on a worker.  Records go to the ``out`` parts; or, for a shard bigger than one
    chunk, to the ``spool`` parts (only ids and rejections travel back); or back whole."""
    target = out if out is not None else spool
    if target is None:
        return process_shard(shard, options, actor_files, dictionaries)
    from dateline.parquet import write_parts

    chunks = process_shard_chunks(shard, options, actor_files, chunk=chunk, dictionaries=dictionaries)
    first = next(chunks)
    second = next(chunks, None)
    if out is None and second is None:
        return first  # small enough to send back: cheaper than a round trip through the disk
    return write_parts(shard, itertools.chain([first], [second] if second else [], chunks), target)


def run_dask(
    inputs: Iterable[str],
    store: Store | None,
    options: RunOptions,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Map the per-article stages over the shards of ``inputs`` on Dask.

    Records go to ``store`` (shards it has taken in before are skipped), or, with
    ``options.out`` (a folder or fsspec URL), to Parquet parts there (shards with a part are
    skipped).  ``options.scheduler`` is the address of a running cluster; without it a local
    cluster of ``options.workers`` processes (0: two) runs for the call.
    """
    from dask.distributed import Client, as_completed

    out, chunk, workers = options.out, options.chunk, options.workers or 2
    if store is None and out is None:
        raise ValueError("run_dask needs a store or an output folder (out=...)")
    summary = CorpusSummary()
    done = None if store is None or out is not None else store.input_done
    plan = plan_shards(inputs, group=options.group, done=done, split_bytes=options.split_bytes)
    summary.skipped_inputs = plan.skipped
    for rejection in plan.rejections:
        summary.rejected += 1
        if store is not None:
            store.add_rejection(rejection)
        if on_item is not None:
            on_item(rejection)
    pending: list[Shard] = []
    for shard in plan.shards:
        if _already_done(shard, store, out):
            summary.skipped_inputs += len(shard.inputs)
        else:
            pending.append(shard)
    if not pending:
        return summary

    cluster = None
    spool = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = local_cluster(workers)
        client = Client(cluster)
    if out is None and store is not None and _workers_share_this_disk(client):
        # Records go through Parquet parts written a chunk at a time, so neither a worker nor
        # the writer holds a huge shard whole; remote workers send their records back instead.
        spool = tempfile.mkdtemp(prefix=".dateline-spool-", dir=Path(store.path).resolve().parent)
    files = tuple(str(p) for p in options.actor_files)
    # the workers read the dictionaries themselves: a path travels, not the loaded data
    folder = str(Path(options.dictionaries).resolve()) if options.dictionaries else None
    try:
        running = len(client.scheduler_info().get("workers", {})) or workers
        in_flight = 2 * running
        pending = balanced(pending, running)
        queue = iter(enumerate(pending))

        def submit(index: int, shard: Shard):
            return client.submit(_work, shard, options.read, files, out, spool, chunk, folder, pure=False,
                                 key=f"shard-{index}-{shard.id}")

        # range first: zip would otherwise take one shard from the queue and drop it.
        futures = [submit(i, shard) for _, (i, shard) in zip(range(in_flight), queue)]
        completed = as_completed(futures)
        # Results are saved in input order, so the store is the one the local engine makes;
        # a bounded number of shards in flight keeps the driver's memory flat on big corpora.
        waiting: dict[int, ShardResult] = {}
        next_to_save = 0
        parts_so_far: dict[str, tuple[int, int]] = {}  # articles and rejections of a split file's parts saved
        for future in completed:
            index = int(future.key.split("-")[1])
            try:
                waiting[index] = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker or a crash fails its shard, not the run
                shard = pending[index]
                reason = f"its shard failed on a Dask worker ({type(exc).__name__}: {exc}); run again to retry"
                waiting[index] = ShardResult(shard, rejections=[Rejection(name, reason) for name in shard.inputs],
                                             failed=True)
            future.release()
            nxt = next(queue, None)
            if nxt is not None:
                completed.add(submit(*nxt))
            while next_to_save in waiting:
                result = waiting.pop(next_to_save)
                next_to_save += 1
                if result.failed:
                    summary.add(_failed_summary(result, store, on_item))
                elif out is not None or store is None:  # (no store means parts in ``out``: checked above)
                    summary.add(_written_summary(result, on_item))
                elif result.written is not None and spool is not None:
                    summary.add(_load_spooled(spool, result.shard, store, on_item, on_article))
                else:
                    if result.shard.span is not None:  # the file's last part records the whole file's counts
                        result.total_articles, result.total_rejected = _counted_parts(parts_so_far, result)
                    summary.add(save_shard(store, result, on_item=on_item, on_article=on_article))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if spool is not None:
            shutil.rmtree(spool, ignore_errors=True)
    return summary


def balanced(shards: list[Shard], workers: int) -> list[Shard]:
    """The shards cut finer where a worker would otherwise wait: too few shards for the
    workers (one JSON Lines file) are split, and the last ``workers`` shards are split in
    quarters, so the run does not end with one worker on a whole shard while the others
    idle.  The records are the same: results are saved in input order whatever the cut."""
    if shards and len(shards) < SHARDS_PER_WORKER * workers:
        parts = -(-SHARDS_PER_WORKER * workers // len(shards))
        shards = [part for shard in shards for part in split_shard(shard, parts, **SMALLEST)]
    if workers < 2:
        return shards
    head, tail = shards[:-workers], shards[-workers:]
    return head + [part for shard in tail for part in split_shard(shard, TAIL_PARTS, **SMALLEST)]


SHARDS_PER_WORKER = 4  # fewer shards than this per worker are split
TAIL_PARTS = 4  # each of the last shards (one a worker) is split in this many
# No smaller parts: a task's own costs (scheduling, a transaction in the writer) stay small
# beside its articles' analysis.
SMALLEST = {"min_inputs": 8, "min_bytes": 32 << 10}


# Worker settings for this CPU-bound work: the statistical profiler samples the analysing
# thread every few milliseconds, and an eager malloc trim returns memory that spaCy asks for
# again at once; both cost a worker about a fifth of its speed here.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 64 * 1024 * 1024,
    # Setting the trim threshold turns off glibc's sliding mmap threshold: every array over
    # 128 KB would be mapped and unmapped afresh (2.7 million page faults, a fifth more CPU,
    # all of it system time, on the 496 ECB+ articles).  Big arrays come from the heap, as in
    # a plain process.
    "distributed.nanny.pre-spawn-environ.MALLOC_MMAP_THRESHOLD_": 16 * 1024 * 1024,
    # Housekeeping timers wake every process's event loop (and take the GIL from the analysing
    # thread): the loop-blocked check every 20 ms, the memory monitor every 100 ms, the
    # system monitor every 500 ms.  An idle 2-worker cluster spent 4% of a core in the driver
    # and 2% in each worker on them; at these intervals about a sixth of that.  Memory limits
    # still hold (checked every second).
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "10s",
}


def local_cluster(workers: int):
    """A local Dask cluster of ``workers`` single-threaded processes set up for analysis.

    Where Python can, the worker processes are forked from a forkserver that has imported
    and loaded what analysis needs (``dateline.worker_preload``) once, instead of each
    worker spawning a fresh interpreter that imports spaCy and loads the model itself (about
    4 s of CPU a worker).  The forkserver is started with the first worker, after the Nanny
    has set the pre-spawn environment (the malloc settings below, the hash seed), so each
    worker has the same environment as a spawned one."""
    import multiprocessing

    import dask
    from dask.distributed import LocalCluster

    settings = dict(WORKER_CONFIG)
    if "forkserver" in multiprocessing.get_all_start_methods():
        from distributed.utils import get_mp_context

        settings["distributed.worker.multiprocessing-method"] = "forkserver"
        with dask.config.set(settings):
            # Dask names its own modules to preload the first time; ours are added to them.
            # (Once the forkserver runs, this changes nothing: it has its modules.)
            get_mp_context().set_forkserver_preload(FORKSERVER_PRELOAD)
    with dask.config.set(settings):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


FORKSERVER_PRELOAD = ["distributed", "dask", "dateline.worker_preload"]


def _workers_share_this_disk(client) -> bool:
    hosts = {urlparse(address).hostname for address in client.scheduler_info().get("workers", {})}
    here = {"127.0.0.1", "localhost", "::1", socket.gethostname()}
    try:
        here |= {str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None)}
    except OSError:
        pass
    return bool(hosts) and hosts <= here


def _load_spooled(spool: str, shard: Shard, store: Store, on_item, on_article) -> CorpusSummary:
    from dateline.parquet import load_part, read_manifest, remove_part

    manifest = read_manifest(spool, shard.id)
    summary = load_part(spool, manifest, store, on_item=on_item, on_article=on_article)
    remove_part(spool, manifest)
    return summary


def _counted_parts(so_far: dict[str, tuple[int, int]], result: ShardResult) -> tuple[int, int]:
    """Articles and rejections of the parts of ``result``'s file up to this one."""
    articles, rejected = so_far.pop(result.shard.inputs[0], (0, 0))
    articles, rejected = articles + len(result.articles), rejected + len(result.rejections)
    if not result.shard.final:
        so_far[result.shard.inputs[0]] = (articles, rejected)
    return articles, rejected


def _already_done(shard: Shard, store: Store | None, out: str | None) -> bool:
    if out is None:
        return False  # the plan has left out what the store holds
    from dateline.parquet import has_part

    return has_part(out, shard)


def _failed_summary(result: ShardResult, store: Store | None, on_item: Callable | None) -> CorpusSummary:
    # Reported and stored as rejections, but not marked done: the next run tries the shard again.
    for rejection in result.rejections:
        if store is not None:
            store.add_rejection(rejection)
        if on_item is not None:
            on_item(rejection)
    return CorpusSummary(shards=1, rejected=len(result.rejections))


def _written_summary(result: ShardResult, on_item: Callable | None) -> CorpusSummary:
    summary = CorpusSummary(shards=1, read=len(result.articles), new=len(result.articles),
                            rejected=len(result.rejections))
    if on_item is not None:
        for item in [*result.rejections, *result.articles]:
            on_item(item)
    return summary
