"""The quality gate: recorded figures must not drop by more than the tolerance."""

from __future__ import annotations

import importlib

import pytest

from newsgraph.eval import gate
from newsgraph.eval.runner import StageUnavailable, require
from newsgraph.model import TimeExpression


def test_gate_compare_flags_drops_and_missing_figures() -> None:
    recorded = {"a.f1": 0.80, "b.accuracy": 0.50, "c.f1": 0.30}
    measured = {"a.f1": 0.79, "b.accuracy": 0.47}
    drops = gate.compare(recorded, measured, tolerance=0.02)
    assert [(d.figure, d.measured) for d in drops] == [("b.accuracy", 0.47), ("c.f1", None)]


def test_gate_compare_accepts_gains() -> None:
    assert gate.compare({"a.f1": 0.5}, {"a.f1": 0.9, "new.f1": 0.1}) == []


@pytest.mark.model
def test_gate_holds_against_recorded_baseline() -> None:
    """The gate proper: today's figures on the dev samples against eval/baseline.json."""
    baseline = gate.load_baseline()
    if not baseline.get("figures"):
        pytest.skip("no figures recorded yet: run python -m newsgraph.eval.gate --record")
    figures, _ = gate.measure()
    drops = gate.compare(baseline["figures"], figures, baseline.get("tolerance", gate.TOLERANCE))
    assert drops == [], "\n".join(str(d) for d in drops)


def _broken_normalize(expression: str, anchor: object) -> TimeExpression:
    return TimeExpression("", 0, 0, expression, "broken", 0.0, value=None)


@pytest.mark.model
def test_gate_fails_when_a_stage_is_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Break the time stage's normaliser on purpose: the gate must report a drop."""
    try:
        require(("time",))
    except StageUnavailable as exc:
        pytest.skip(str(exc))
    plan = (("dates", "dev", 8),)
    healthy, _ = gate.measure(plan)
    name = "dates/dev/TBAQ-cleaned normalisation (gold spans)/value.accuracy"
    assert healthy[name] > 0.1
    monkeypatch.setattr(importlib.import_module("newsgraph.time"), "normalize", _broken_normalize)
    broken, _ = gate.measure(plan)
    drops = gate.compare(healthy, broken)
    assert name in {d.figure for d in drops}
