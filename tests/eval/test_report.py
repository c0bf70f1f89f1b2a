from __future__ import annotations

import json

from newsgraph.eval.metrics import Accuracy, Counts
from newsgraph.eval.report import mistakes_table, to_json, to_text
from newsgraph.eval.result import Mistake, Section, TaskResult


def _result() -> TaskResult:
    section = Section("TR-News resolution (gold spans)", documents=3)
    section.accuracy["within_161km"] = Accuracy(9, 10)
    section.counts["recognition"] = Counts(8, 2, 2)
    section.accuracy["recognition_recall/Literal"] = Accuracy(1, 2)
    section.accuracy["recognition_recall"] = Accuracy(8, 10)
    section.stats["median_km"] = 12.5
    mistakes = [Mistake(section.name, "d1", "wrong place", "Gao", "Gao, Guinea", "…[Gao]…")]
    return TaskResult("places", "dev", [section], mistakes)


def test_report_text_has_figures_types_and_published_references() -> None:
    text = to_text(_result())
    assert "90.0" in text and "median_km" in text and "12.5" in text
    assert "Mordecai3" in text and "96.6" in text
    lines = text.splitlines()
    assert lines.index(next(x for x in lines if "Literal" in x)) > lines.index(
        next(x for x in lines if x.strip().startswith("recognition_recall"))
    )


def test_report_json_carries_gate_figures() -> None:
    data = json.loads(to_json(_result()))
    figures = data["figures"]
    assert figures["places/dev/TR-News resolution (gold spans)/within_161km.accuracy"] == 0.9
    assert figures["places/dev/TR-News resolution (gold spans)/recognition.f1"] == 0.8
    assert not any("Literal" in name for name in figures)


def test_report_mistakes_table_shows_gold_beside_prediction() -> None:
    table = mistakes_table(_result().mistakes, 5)
    assert "gold='Gao'" in table and "predicted='Gao, Guinea'" in table
