"""Near-duplicate articles (one story republished by several outlets), with MinHash LSH."""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from dateline.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)
THRESHOLD = 0.6  # Jaccard similarity of word 5-shingles above which two bodies are one story
NUM_PERM = 64


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    minhash = MinHash(num_perm=NUM_PERM)
    for shingle in shingles:
        minhash.update(shingle.encode("utf-8"))
    return minhash


def near_duplicate_roots(store: Store) -> dict[str, str]:
    """Map each article that nearly duplicates an earlier one to that earlier article's id."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    roots: dict[str, str] = {}
    for article_id, body in store.db.execute("SELECT id, body FROM articles ORDER BY rowid"):
        minhash = signature(body)
        matches = lsh.query(minhash)
        if matches:
            roots[article_id] = min(roots.get(m, m) for m in matches)
        lsh.insert(article_id, minhash)
    return roots
