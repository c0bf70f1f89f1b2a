"""The spaCy component in the pipeline: None-safe, deterministic, one event per event."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.model import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline():
    from newsgraph.pipeline import build_nlp

    try:
        return build_nlp(stages=["events"])
    except OSError:
        pytest.skip("spaCy model not installed")


def _records(pipeline, text: str, doc_id: str = "d1"):
    from newsgraph.pipeline import process

    document = Document(id=doc_id, text=text, published=date(2013, 1, 16))
    return next(process([document], pipeline))


TEXT = (
    "French warplanes bombed Diabaly on Tuesday. Five people were confirmed killed.\n\n"
    "Later, Diabaly was bombed by French warplanes again, officials said."
)


def test_component_runs_without_earlier_stages(pipeline):
    records = _records(pipeline, TEXT)
    assert records.events and records.figures and records.quotes
    assert all(e.stage == "newsgraph_events" and 0 < e.confidence <= 1 for e in records.events)


def test_component_same_event_twice_is_one_event_with_two_mentions(pipeline):
    records = _records(pipeline, TEXT)
    bombings = [e for e in records.events if e.action == "bomb"]
    assert len(bombings) == 1 and len(bombings[0].mentions) == 2
    assert bombings[0].fatalities_min == 5


def test_component_event_ids_are_deterministic(pipeline):
    first = [e.id for e in _records(pipeline, TEXT).events]
    again = [e.id for e in _records(pipeline, TEXT).events]
    other = [e.id for e in _records(pipeline, TEXT, doc_id="d2").events]
    assert first == again and set(first).isdisjoint(other)
