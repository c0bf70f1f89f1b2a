from __future__ import annotations

import pytest

from newsgraph.eval.metrics import (
    Accuracy,
    Counts,
    accuracy_within,
    haversine_km,
    match_spans,
    median,
    spans_match,
)


def test_metrics_counts_give_precision_recall_f1() -> None:
    counts = Counts(tp=6, fp=2, fn=4)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_metrics_counts_empty_are_zero_not_errors() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_metrics_counts_add() -> None:
    total = Counts(1, 2, 3)
    total.add(Counts(1, 1, 1))
    assert (total.tp, total.fp, total.fn) == (2, 3, 4)


def test_metrics_accuracy() -> None:
    accuracy = Accuracy()
    for ok in (True, False, True, True):
        accuracy.add(ok)
    assert accuracy.value == pytest.approx(0.75)
    assert accuracy.as_dict() == {"correct": 3, "total": 4, "accuracy": 0.75}


def test_metrics_spans_match_exact_and_overlap() -> None:
    assert spans_match((10, 15), (10, 15), "exact")
    assert not spans_match((10, 15), (10, 16), "exact")
    assert spans_match((10, 15), (14, 20), "overlap")
    assert not spans_match((10, 15), (15, 20), "overlap")  # touching is not overlapping


def test_metrics_match_spans_is_one_to_one() -> None:
    gold = [(0, 5), (6, 10)]
    pred = [(0, 10)]  # one long prediction covers both gold spans
    pairs, missed, spurious = match_spans(gold, pred, lambda g: g, lambda p: p)
    assert len(pairs) == 1 and len(missed) == 1 and spurious == []


def test_metrics_match_spans_prefers_the_largest_overlap() -> None:
    pairs, missed, spurious = match_spans([(10, 20)], [(0, 11), (12, 20)], lambda g: g, lambda p: p)
    assert pairs == [((10, 20), (12, 20))]
    assert missed == [] and spurious == [(0, 11)]


def test_metrics_match_spans_exact_mode() -> None:
    pairs, missed, spurious = match_spans(
        [(0, 5), (6, 9)], [(0, 5), (6, 10)], lambda g: g, lambda p: p, "exact"
    )
    assert pairs == [((0, 5), (0, 5))] and missed == [(6, 9)] and spurious == [(6, 10)]


def test_metrics_haversine_known_distances() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    # Bamako to Timbuktu is about 710 km; one degree of latitude about 111.2 km.
    assert haversine_km(12.65, -8.0, 16.77, -3.01) == pytest.approx(710, rel=0.02)
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.2, rel=0.001)


def test_metrics_median_of_nothing_is_none() -> None:
    assert median([]) is None
    assert median([3.0, 1.0, 2.0]) == 2.0


def test_metrics_accuracy_within_counts_unresolved_as_wrong() -> None:
    result = accuracy_within([0.0, 160.9, 161.1, None], 161)
    assert (result.correct, result.total) == (2, 4)
