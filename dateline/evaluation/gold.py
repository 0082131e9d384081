"""Dispatch a gold file to the scorer for its format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.store import Store


def evaluate_gold(store: Store, gold_path: Path, *, articles: Path | None = None) -> dict[str, Any]:
    """Score the store against ``gold_path``; run the gold's articles first if given."""
    gold_path = Path(gold_path)
    if not gold_path.exists():
        raise FileNotFoundError(f"gold file {gold_path} does not exist")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"gold file {gold_path} is not JSON: {exc}") from exc
    if articles is not None:
        from dateline.pipeline import run

        run([str(articles)], store)
    if isinstance(gold, list):
        from dateline.evaluation.plover import score_plover

        return score_plover(gold_path)
    fmt = gold.get("format", "")
    if fmt.startswith("dateline-gold/"):
        from dateline.evaluation.seeds import score_seeds

        return score_seeds(store, gold)
    if fmt.startswith("dateline-clusters/"):
        from dateline.evaluation.clusters import score_clusters

        return score_clusters(store, gold)
    raise ValueError(
        f"gold file {gold_path} has format {fmt!r}: expected dateline-gold/1, dateline-clusters/1 "
        "or a list of PLOVER records"
    )


def article_ids_by_file(store: Store) -> dict[str, str]:
    """File name (and stem) of each source -> article id."""
    found: dict[str, str] = {}
    for article_id, source in store.article_sources():
        name = Path(source.split("#")[0]).name
        found.setdefault(name, article_id)
        found.setdefault(name.split(".")[0], article_id)
    return found
