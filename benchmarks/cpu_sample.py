"""Where a `dateline` command spends CPU, by sampling: every 5 ms of this process's CPU time
(SIGPROF), the Python stack is read and each function on it counted once (inclusive) and the
innermost one apart (self).

    python benchmarks/cpu_sample.py OUT.txt run ARTICLES --db /tmp/x.db   # DATELINE_WORKERS=1

cProfile is no guide here: it adds a fixed cost to every Python call, so code of many small
calls (a check run on every token, a regex tried on every line) looks several times dearer
than it is next to spaCy's few big calls, and on a shared machine its clock counts the time
other processes hold the core.  Sampling CPU time has neither fault.  Only this process is
sampled (run with DATELINE_WORKERS=1); time in C code counts for the Python function that
called it.
"""

from __future__ import annotations

import atexit
import collections
import runpy
import signal
import sys

INTERVAL = 0.005
_SITE = "site-packages/"

inclusive: collections.Counter[str] = collections.Counter()
innermost: collections.Counter[str] = collections.Counter()
samples = [0]


def _name(code) -> str:
    path = code.co_filename
    if _SITE in path:
        path = path.split(_SITE, 1)[1]
    elif "/dateline/" in path:
        path = "dateline/" + path.rsplit("/dateline/", 1)[1]
    return f"{path}:{code.co_name}"


def _sample(_signum, frame) -> None:
    samples[0] += 1
    seen = set()
    if frame is not None:
        innermost[_name(frame.f_code)] += 1
    while frame is not None:
        key = _name(frame.f_code)
        if key not in seen:
            seen.add(key)
            inclusive[key] += 1
        frame = frame.f_back


def _report(out: str) -> None:
    signal.setitimer(signal.ITIMER_PROF, 0)
    n = samples[0] or 1
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(f"{samples[0]} samples of {INTERVAL * 1000:.0f} ms CPU\n== inclusive\n")
        for key, count in inclusive.most_common(150):
            handle.write(f"{count / n * 100:6.1f}% {count * INTERVAL:7.2f} s  {key}\n")
        handle.write("== self\n")
        for key, count in innermost.most_common(80):
            handle.write(f"{count / n * 100:6.1f}% {count * INTERVAL:7.2f} s  {key}\n")


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    out = sys.argv[1]
    sys.argv = ["dateline", *sys.argv[2:]]
    atexit.register(_report, out)
    signal.signal(signal.SIGPROF, _sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    runpy.run_module("dateline", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
