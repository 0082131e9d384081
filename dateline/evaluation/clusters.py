"""B-cubed scoring of lead-happening clusters against a dateline-clusters/1 gold file."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dateline.evaluation.gold import article_ids_by_file
from dateline.store import Store


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering over the items of ``gold``."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item in items:
        pred_members[predicted[item]].add(item)
        gold_members[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        mine, truth = pred_members[predicted[item]], gold_members[gold[item]]
        both = len(mine & truth)
        precision += both / len(mine)
        recall += both / len(truth)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_clusters(store: Store, gold: dict[str, Any]) -> dict[str, Any]:
    ids = article_ids_by_file(store)
    lead = store.lead_happenings()
    gold_of: dict[str, str] = {}
    predicted: dict[str, str] = {}
    missing = 0
    for doc in gold["docs"]:
        article_id = ids.get(doc["id"]) or ids.get(doc["id"] + ".txt")
        if article_id is None:
            missing += 1
            continue
        gold_of[doc["id"]] = doc["event"]
        # An article with no lead happening is a cluster of its own.
        predicted[doc["id"]] = lead.get(article_id) or f"alone:{doc['id']}"
    precision, recall, f1 = bcubed(predicted, gold_of)
    return {
        "clusters.articles_scored": len(gold_of),
        "clusters.articles_missing": missing,
        "clusters.gold_happenings": len(set(gold_of.values())),
        "clusters.predicted_happenings": len(set(predicted.values())),
        "clusters.bcubed_precision": precision,
        "clusters.bcubed_recall": recall,
        "clusters.bcubed_f1": f1,
    }
