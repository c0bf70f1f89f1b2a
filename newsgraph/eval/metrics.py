"""The measures every task reports: counts with P/R/F1, accuracy, span matching, distances.

Kept free of spaCy and of any gold format so that each rule is unit-tested on its own
and written down once (docs/evaluation.md quotes these definitions).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

__all__ = [
    "EARTH_RADIUS_KM",
    "Accuracy",
    "Counts",
    "SpanMode",
    "accuracy_within",
    "haversine_km",
    "match_spans",
    "median",
    "spans_match",
]

EARTH_RADIUS_KM = 6371.0088
SpanMode = Literal["exact", "overlap"]
G = TypeVar("G")
P = TypeVar("P")


@dataclass
class Counts:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Correct out of total, for fields where each gold item has one right answer."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


def spans_match(gold: tuple[int, int], pred: tuple[int, int], mode: SpanMode) -> bool:
    """Exact: same start and end. Overlap: at least one character in common."""
    if mode == "exact":
        return gold == pred
    return gold[0] < pred[1] and pred[0] < gold[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_spans(
    gold: Sequence[G],
    pred: Sequence[P],
    gold_span: Callable[[G], tuple[int, int]],
    pred_span: Callable[[P], tuple[int, int]],
    mode: SpanMode = "overlap",
) -> tuple[list[tuple[G, P]], list[G], list[P]]:
    """One-to-one matching of gold to predicted spans: (pairs, missed gold, spurious pred).

    Each gold item takes the unused prediction that overlaps it most (ties: the earliest),
    so one long prediction cannot count for two gold spans.
    """
    used: set[int] = set()
    pairs: list[tuple[G, P]] = []
    missed: list[G] = []
    pred_spans = [pred_span(p) for p in pred]
    for g in sorted(gold, key=gold_span):
        gs = gold_span(g)
        best, best_overlap = -1, 0
        for i, ps in enumerate(pred_spans):
            if i in used or not spans_match(gs, ps, mode):
                continue
            overlap = _overlap(gs, ps) if mode == "overlap" else gs[1] - gs[0] + 1
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best < 0:
            missed.append(g)
        else:
            used.add(best)
            pairs.append((g, pred[best]))
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return pairs, missed, spurious


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def median(values: Iterable[float]) -> float | None:
    """The median, or None for no values (printed as a dash, never as 0)."""
    values = list(values)
    return statistics.median(values) if values else None


def accuracy_within(errors_km: Sequence[float | None], threshold_km: float) -> Accuracy:
    """Share of items whose error is at most `threshold_km`; None (unresolved) counts wrong."""
    result = Accuracy()
    for error in errors_km:
        result.add(error is not None and error <= threshold_km)
    return result
