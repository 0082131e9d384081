"""Dispatch a gold file to the scorer for its format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.store import Store


def is_timeml(gold_path: Path) -> bool:
    """A TimeML file, or a folder of them: scored without a store."""
    gold_path = Path(gold_path)
    if gold_path.is_dir():
        return any(gold_path.glob("*.tml"))
    return gold_path.suffix == ".tml"


def evaluate_gold(
    store: Store | None, gold_path: Path, *, articles: Path | None = None, half: str = "all",
    dictionaries: Path | None = None,
) -> dict[str, Any]:
    """Score the store against ``gold_path``; run the gold's articles first if given.

    ``gold_path`` may be a folder: of ``.tml`` files (TimeML, scored on the text alone, no
    store needed) or of dateline-dev/1 files (merged).  ``half`` selects the development
    corpus's tune or check half (of PLOVER records: those at even or odd positions).
    ``dictionaries``: a folder of PETRARCH dictionaries used when running the articles and
    when scoring PLOVER records."""
    gold_path = Path(gold_path)
    if not gold_path.exists():
        raise FileNotFoundError(f"gold file {gold_path} does not exist")
    if is_timeml(gold_path):
        from dateline.evaluation.timeml import score_timeml

        return score_timeml(gold_path)
    if store is None:
        raise ValueError(f"gold {gold_path} is scored against a store: give one")
    if gold_path.is_dir():
        from dateline.evaluation.devcorpus import score_dev

        if articles is not None:
            _run(articles, store, dictionaries)
        return score_dev(store, gold_path, which=half)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"gold file {gold_path} is not JSON: {exc}") from exc
    if articles is not None:
        _run(articles, store, dictionaries)
    if isinstance(gold, list):
        from dateline.evaluation.plover import score_plover

        return score_plover(gold_path, dictionaries=dictionaries, half=half)
    fmt = gold.get("format", "")
    if fmt.startswith("dateline-gold/"):
        from dateline.evaluation.seeds import score_seeds

        return score_seeds(store, gold)
    if fmt.startswith("dateline-dev/"):
        from dateline.evaluation.devcorpus import score_dev

        return score_dev(store, gold_path, which=half)
    if fmt.startswith("dateline-clusters/"):
        from dateline.evaluation.clusters import score_clusters

        return score_clusters(store, gold)
    raise ValueError(
        f"gold file {gold_path} has format {fmt!r}: expected dateline-gold/1, dateline-clusters/1, "
        "dateline-dev/1 or a list of PLOVER records"
    )


def _run(articles: Path, store: Store, dictionaries: Path | None = None) -> None:
    from dateline.pipeline import run
    from dateline.run_options import RunOptions

    run([str(articles)], store, RunOptions(dictionaries=dictionaries))


def article_ids_by_file(store: Store) -> dict[str, str]:
    """File name (and stem) of each source -> article id."""
    found: dict[str, str] = {}
    for article_id, source in store.article_sources():
        name = Path(source.split("#")[0]).name
        found.setdefault(name, article_id)
        found.setdefault(name.split(".")[0], article_id)
    return found
