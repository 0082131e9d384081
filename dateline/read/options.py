"""Settings for reading inputs."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import BinaryIO


@dataclass
class ReadOptions:
    """How inputs are read.

    ``max_bytes`` caps one file, one HTTP response, one JSON line or one WARC record
    (containers read record by record may be larger as a whole).  ``timeout`` is the HTTP
    connect/read timeout in seconds; a whole response must also arrive within three times
    that.  ``retries`` is how many times a URL is tried again after a connection error, a
    timeout or a 5xx answer, waiting ``backoff`` seconds, then twice that, and so on.
    ``stdin`` is the stream ``-`` reads (None means ``sys.stdin.buffer``).
    """

    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 0.5
    user_agent: str = "dateline/0.1 (+news event extraction)"
    stdin: BinaryIO | None = None

    def stdin_stream(self) -> BinaryIO:
        return self.stdin if self.stdin is not None else sys.stdin.buffer
