"""Ingest benchmark: articles per second and peak memory, plain text and HTML.

    python benchmarks/bench_ingest.py [--count 10000]

Each kind runs in a fresh process so peak memory (max RSS) is its own.
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


def measure(kind: str, count: int) -> dict:
    from generate import write_corpus

    from dateline.ingest import ingest
    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / kind
        write_corpus(folder, count, kind)
        with Store(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            summary = ingest([str(folder)], store)
            elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "articles": summary.new, "rejected": summary.rejected, "seconds": round(elapsed, 1),
            "articles_per_second": round(summary.new / elapsed, 1), "peak_rss_mb": round(peak_mb)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--kind", choices=["text", "html"], help="(internal) measure one kind in this process")
    args = parser.parse_args()
    if args.kind:
        print(json.dumps(measure(args.kind, args.count)))
        return
    print(f"ingest benchmark, {args.count} generated articles per kind")
    for kind in ("text", "html"):
        out = subprocess.run([sys.executable, __file__, "--kind", kind, "--count", str(args.count)],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{kind:5} {r['articles']:6d} articles in {r['seconds']:7.1f} s = {r['articles_per_second']:7.1f} articles/s, "
              f"peak memory {r['peak_rss_mb']} MB, rejected {r['rejected']}")


if __name__ == "__main__":
    main()
