"""Shared fixtures of the resolver tests."""

from __future__ import annotations

import pytest

from dateline.resolve.kb import ActorKB


@pytest.fixture(scope="session")
def kb() -> ActorKB:
    """The actor knowledge base, loaded once for every resolver test."""
    return ActorKB.load()
