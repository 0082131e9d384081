"""How a run goes, in one object from the command line or the Python API down to the engines
(``dateline.pipeline.run``, ``dateline.distributed.run_dask``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dateline.read import ReadOptions
from dateline.shards import SPLIT_BYTES

__all__ = ["CHUNK", "ENGINES", "RunOptions"]

ENGINES = ("local", "dask")
CHUNK = 250  # articles analysed and handed on together: bounds a worker's memory on a huge shard


@dataclass(frozen=True)
class RunOptions:
    """What to read with, which knowledge to add, and which engine runs the analysis.

    ``read``: how inputs are read (sizes, timeouts, retries).  ``actor_files``: YAML actor
    files merged with the knowledge base; ``dictionaries``: a folder of PETRARCH actor, agent
    and verb dictionaries (docs/dictionaries.md).  ``engine``: "local" (worker processes on
    this machine, one writer) or "dask".  The rest belong to the Dask engine: ``workers`` of a
    local cluster (0: two), or the ``scheduler`` address of a running one; ``out``, a folder
    (or fsspec URL) for Parquet parts instead of the store; ``group`` inputs per shard,
    ``chunk`` articles per part written, ``split_bytes`` above which a big file is split.
    """

    read: ReadOptions = field(default_factory=ReadOptions)
    actor_files: tuple[Path, ...] = ()
    dictionaries: str | Path | None = None
    engine: str = "local"
    workers: int = 0
    scheduler: str | None = None
    out: str | None = None
    group: int = 64
    chunk: int = CHUNK
    split_bytes: int = SPLIT_BYTES

    def __post_init__(self) -> None:
        object.__setattr__(self, "actor_files", tuple(Path(p) for p in self.actor_files))
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}: use one of {', '.join(ENGINES)}")
        if self.engine != "dask" and (self.out is not None or self.workers or self.scheduler):
            raise ValueError("workers, scheduler and out belong to the Dask engine: add engine='dask'")
        if self.workers < 0 or self.group < 1 or self.chunk < 1 or self.split_bytes < 1:
            raise ValueError("workers must be 0 or more; group, chunk and split_bytes 1 or more")
