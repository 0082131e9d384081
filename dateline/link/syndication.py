"""Syndicated copy: near-duplicate articles found with MinHash LSH, kept incrementally.

Agency copy reprinted by several outlets, or a story re-posted with other clutter, is one
report, not several.  Each article's MinHash signature (word 5-shingles of the cleaned body)
is computed where the article is cleaned (on a Dask worker or a local worker process; in the
linking step for articles stored without one) and stored with its LSH band keys, so a new article is compared by an indexed
lookup against everything stored before, never by rebuilding an index or comparing pairs.

Within a group of near-duplicates the *original* is the earliest-published article (ties and
unknown dates: the earlier stored); every other member copies it.
"""

from __future__ import annotations

import hashlib
import re
import sys
import types
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np

from dateline.store import Store

THRESHOLD = 0.6  # estimated Jaccard similarity of word 5-shingles above which two bodies are one story
NUM_PERM = 64
MIN_SHINGLES = 25  # a shorter body (a caption, a teaser) is too short to tell a copy from a coincidence
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> bytes:
    """MinHash of the text's word 5-shingles, as bytes (NUM_PERM uint64 values); empty for a
    text too short to compare."""
    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    if len(shingles) < MIN_SHINGLES:
        return b""
    minhash = datasketch().MinHash(num_perm=NUM_PERM)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64).tobytes()


@lru_cache(maxsize=1)
def datasketch() -> types.ModuleType:
    """The datasketch package, imported where signing happens, without importing
    scipy.integrate with it.

    datasketch's LSH modules import ``quad`` from scipy.integrate at their top (a third of a
    second of CPU, in a local run before the cleaning workers are forked) for the one thing
    they integrate: choosing a band layout for a threshold, which signing never does (the
    layout is ``_bands()``'s, kept in the build cache).  While datasketch is imported, that
    module is stood in for by a ``_DeferredModule`` whose ``quad`` (and any other name) is the
    real module's, imported when first used; the stand-in leaves ``sys.modules`` once
    datasketch is in, so anything importing scipy.integrate afterwards gets the real module."""
    name = "scipy.integrate"
    if "datasketch" in sys.modules or name in sys.modules:
        import datasketch as package

        return package
    stand_in = _DeferredModule(name)
    sys.modules[name] = stand_in
    try:
        import datasketch as package
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    return package


class _DeferredModule(types.ModuleType):
    """A module imported when one of its names is first used: a stand-in in ``sys.modules``
    while a library that imports it is imported (``datasketch()``)."""

    def real(self) -> types.ModuleType:
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return importlib.import_module(self.__name__)

    def quad(self, *args: Any, **kwargs: Any) -> Any:
        return self.real().quad(*args, **kwargs)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # what the import system asks of a module it holds
            raise AttributeError(attribute)
        return getattr(self.real(), attribute)


def _layout() -> tuple[int, int]:
    # datasketch picks the band count and width that best separate THRESHOLD.
    lsh = datasketch().MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _bands() -> tuple[int, int]:
    """datasketch's band layout for THRESHOLD and NUM_PERM, from the build cache (choosing
    it integrates with scipy, which is then imported; keyed on datasketch's version)."""
    from importlib import metadata

    from dateline.build_cache import cached

    try:
        version = metadata.version("datasketch")
    except metadata.PackageNotFoundError:
        version = "-"
    bands, rows = cached("minhash-bands", [], _layout, params=(THRESHOLD, NUM_PERM, version), own_sources=False)
    return bands, rows


def signed(text: str) -> tuple[bytes, list[int]]:
    """The text's signature and its LSH band keys: what ``add_signatures`` stores, computed
    where the article is cleaned (in a worker process)."""
    minhash = signature(text)
    return minhash, (band_keys(minhash) if minhash else [])


def band_keys(minhash: bytes) -> list[int]:
    bands, rows = _bands()
    values = np.frombuffer(minhash, dtype=np.uint64)
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows:(band + 1) * rows].tobytes(),
                                 digest_size=8, person=band.to_bytes(2, "big")).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(a: bytes, b: bytes) -> float:
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


def add_signatures(store: Store, signatures: Iterable[tuple[str, bytes] | tuple[str, bytes, list[int]]]) -> int:
    """Store signatures of articles not signed yet and record their near-duplicates among
    all stored articles; returns how many near-duplicate pairs were found.  Each item is
    (article id, signature) or (article id, signature, its band keys) as ``signed`` gives.

    The caller's transaction is used when one is open (``with store.transaction()``)."""
    found = 0
    for item in signatures:
        article_id, minhash = item[0], item[1]
        if store.has_signature(article_id):
            continue
        if not minhash:  # too short to compare: signed, so it is not tried again
            store.add_signature(article_id, minhash)
            continue
        keys = item[2] if len(item) > 2 else band_keys(minhash)
        candidates = store.band_candidates(keys)
        candidates.discard(article_id)
        for other in sorted(candidates):
            other_minhash = store.signature(other)
            score = similarity(minhash, other_minhash) if other_minhash else 0.0
            if score >= THRESHOLD:
                store.add_near_duplicate(article_id, other, round(score, 3))
                found += 1
        store.add_signature(article_id, minhash, keys)
    return found


def sign_unsigned(store: Store, batch: int = 500) -> int:
    """Sign every stored article that has no signature yet (a local run's new articles)."""
    ids = store.unsigned_article_ids()
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        bodies = store.article_bodies(chunk)
        with store.transaction():
            add_signatures(store, [(article_id, signature(bodies[article_id])) for article_id in chunk])
    return len(ids)


def copy_of(store: Store) -> dict[str, str]:
    """Map each article that copies another to the original of its near-duplicate group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in store.near_duplicate_pairs():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    if not parent:
        return {}
    members: dict[str, list[str]] = {}
    for article_id in list(parent):
        members.setdefault(find(article_id), []).append(article_id)
    order = {article_id: (published is None, published or "", rowid)
             for article_id, (published, rowid) in store.publication_order().items()}
    copies: dict[str, str] = {}
    for root, group in members.items():
        group = sorted(set(group) | {root}, key=lambda x: order.get(x, (True, "", 0)))
        original = group[0]
        copies.update({member: original for member in group[1:]})
    return copies


def copy_group(store: Store, article_id: str) -> tuple[str | None, list[str]]:
    """(the original this article copies or None, the articles that copy it) for one article,
    from its own near-duplicate group only (what a page about the article needs)."""
    group, frontier = {article_id}, [article_id]
    while frontier:
        rows = store.near_duplicate_pairs(touching=frontier)
        found = {x for row in rows for x in row} - group
        group |= found
        frontier = sorted(found)
    if len(group) == 1:
        return None, []
    known = store.publication_order(sorted(group))
    order = sorted(known, key=lambda x: (known[x][0] is None, known[x][0] or "", known[x][1]))
    original = order[0]
    if original == article_id:
        return None, order[1:]
    return original, []
