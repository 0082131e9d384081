"""The Dask engine on a LocalCluster of 1 and 2 workers: articles per second end to end, the
scaling ratio, peak memory per worker, and the CPU time of the workers and of the driver
(compare the figures of one run).

    python benchmarks/bench_dask.py [--count 2000] [--kind text|jsonl] [--workers 1 2]

Articles are generated (benchmarks/generate.py) as single text files (shards of --shard-size
files) or as JSON Lines shards of 250 records.  Each figure is a whole `dateline run --engine
dask` into a fresh store: cluster start, reading, cleaning, analysis on the workers, saving by
the single writer, and linking.  Worker memory is each worker process's peak RSS (model
included); the driver's is printed too.  Each run is made in a fresh process, as `dateline run`
is, and the CPU of every process it starts is counted (the workers, and the forkserver they
are forked from).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def write_jsonl(folder: Path, count: int, per_shard: int = 250) -> None:
    from generate import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), count, "text")
        folder.mkdir(parents=True, exist_ok=True)
        for start in range(0, count, per_shard):
            with open(folder / f"shard-{start // per_shard:04d}.jsonl", "w", encoding="utf-8") as out:
                for path in paths[start:start + per_shard]:
                    out.write(json.dumps({"text": path.read_text(encoding="utf-8")}) + "\n")


def _descendants_cpu() -> dict[int, float]:
    """CPU seconds of each live process started from this one (workers, the forkserver)."""
    import psutil

    cpu = {}
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
            cpu[child.pid] = times.user + times.system
        except psutil.Error:
            pass
    return cpu


def measure(folder: Path, count: int, workers: int, shard_size: int, tmp: Path) -> float:
    """One whole run on a fresh cluster of ``workers``; prints its figures, returns its rate."""
    from dask.distributed import Client

    from dateline.distributed import local_cluster
    from dateline.pipeline import run
    from dateline.run_options import RunOptions
    from dateline.store import Store

    started, driver_cpu, before = time.perf_counter(), _cpu_s(), _descendants_cpu()
    with local_cluster(workers) as cluster, Client(cluster) as client:
        with Store(tmp / f"bench-{workers}.db") as store:
            summary = run([str(folder)], store, RunOptions(engine="dask", scheduler=cluster.scheduler_address,
                                                           group=shard_size))
        elapsed = time.perf_counter() - started
        driver_cpu = _cpu_s() - driver_cpu
        worker_mb = client.run(_peak_rss_mb)
        worker_cpu = sum(client.run(_cpu_s).values())
        after = _descendants_cpu()
    # the workers' own CPU, and that of every process this run started or used (the
    # forkserver the workers are forked from, which loads what they share, included)
    processes_cpu = sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())
    rate = count / elapsed
    print(f"  {workers} worker(s): {elapsed:6.1f} s = {rate:5.1f} articles/s; "
          f"peak memory per worker {max(worker_mb.values()):.0f} MB; {summary.happenings} happenings; "
          f"CPU: workers {worker_cpu:.1f} s, all worker processes with their forkserver {processes_cpu:.1f} s, "
          f"driver (scheduler, saving, linking) {driver_cpu:.1f} s", flush=True)
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--kind", choices=["text", "jsonl"], default="text")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shard-size", type=int, default=64)
    parser.add_argument("--articles", help=argparse.SUPPRESS)  # one run on these (a child process)
    args = parser.parse_args()

    if args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            rate = measure(Path(args.articles), args.count, args.workers[0], args.shard_size, Path(tmp))
        print(f"RATE {rate}")
        print(f"  driver peak memory {_peak_rss_mb():.0f} MB")
        return

    from generate import write_corpus

    rates: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        if args.kind == "jsonl":
            write_jsonl(folder, args.count)
        else:
            write_corpus(folder, args.count, "text")
        print(f"Dask engine on {args.count} generated articles ({args.kind})", flush=True)
        for workers in args.workers:
            # Each run in a fresh process, as `dateline run` is: nothing one run loaded or
            # started (a forkserver, imports) is left for the next.
            child = subprocess.run([sys.executable, __file__, "--articles", str(folder), "--count", str(args.count),
                                    "--workers", str(workers), "--shard-size", str(args.shard_size)],
                                   check=True, capture_output=True, text=True)
            for line in child.stdout.splitlines():
                if line.startswith("RATE "):
                    rates[workers] = float(line.split()[1])
                else:
                    print(line, flush=True)
        if 1 in rates and len(rates) > 1:
            top = max(rates)
            print(f"  scaling: {top} workers run x{rates[top] / rates[1]:.2f} the rate of 1")


if __name__ == "__main__":
    main()
