"""Imported once by the forkserver that starts a local Dask cluster's worker processes
(``dateline.distributed.local_cluster``): what every worker would otherwise import and load
for itself before its first article is loaded here, and each worker forked from it starts
with it, sharing those pages.

That is about 4 s of CPU a worker: importing spaCy and loading its model, reading the
knowledge bases, importing the MinHash library, the language model.
Actor files and dictionaries given to a run are read by the workers as before (they are
only known at the run).  Python's forkserver only imports this module: the loading happens
at import.
"""

from __future__ import annotations


def _preload() -> None:
    from dateline.corpus import process_shard_chunks  # noqa: F401 - the modules a worker runs
    from dateline.distributed import run_dask  # noqa: F401
    from dateline.local_engine import load_analysis, warm_cleaning

    warm_cleaning()
    load_analysis()


try:
    _preload()
except Exception:  # noqa: BLE001 - an error here would stop the forkserver: a worker then loads for itself
    pass
