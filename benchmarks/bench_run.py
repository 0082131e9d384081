"""The main job end to end: `dateline run` on generated articles, articles per second and peak memory.

    python benchmarks/bench_run.py [--count 5000] [--workers 0]

Runs in a fresh process; peak memory is that process's max RSS (model included).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=0, help="Dask worker processes (0: in this process)")
    args = parser.parse_args()

    from generate import write_corpus

    from dateline.pipeline import run
    from dateline.run_options import RunOptions
    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_corpus(folder, args.count, "text")
        with Store(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            summary = run([str(folder)], store, RunOptions(engine="dask" if args.workers else "local", workers=args.workers))
            elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"dateline run on {args.count} generated articles (workers={args.workers}):")
    print(f"  {summary.line()}")
    print(f"  {elapsed:.1f} s = {args.count / elapsed:.1f} articles/s, peak memory {peak_mb:.0f} MB (this process)")


if __name__ == "__main__":
    main()
