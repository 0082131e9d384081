"""Scoring runs against gold data: the samples' hand annotation, happening clusters, PLOVER."""

from dateline.evaluation.gold import evaluate_gold

__all__ = ["evaluate_gold"]
