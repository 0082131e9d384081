"""The one exception readers raise internally; iter_documents turns it into a Rejection."""

from __future__ import annotations


class ReadError(Exception):
    """An input could not be read; ``reason`` says what was wrong in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
