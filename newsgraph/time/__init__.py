"""TIME stage: find temporal expressions and normalise them against the publication date.

`normalize` (one expression) is what the evaluation harness calls; `find_times` (raw
text, no spaCy) is what the pipeline component runs on each document; `dates_table` gives
the rows of the `dates` command and exports; `time_for_span` dates an event mention.
"""

from __future__ import annotations

from datetime import date

from newsgraph.model import TimeExpression
from newsgraph.time.context import tense_at
from newsgraph.time.link import time_for_span
from newsgraph.time.normalize import Tense, normalize_expression
from newsgraph.time.recognize import find_spans
from newsgraph.time.table import DATE_COLUMNS, dates_table

__all__ = ["DATE_COLUMNS", "STAGE", "dates_table", "find_times", "normalize", "time_for_span"]

STAGE = "newsgraph_time"

# Confidence by how the value was reached: a written date is certain, a weekday or a
# month without a year rests on the past/future reading, a vague part on conventions.
_CONFIDENCE = {
    "iso": 0.99, "date": 0.95, "year": 0.9, "quarter": 0.9, "season": 0.85, "decade": 0.9,
    "century": 0.9, "month": 0.85, "dayword": 0.95, "weekday": 0.85, "clock": 0.8,
    "relunit": 0.85, "ago": 0.75, "duration": 0.85, "ref": 0.6, "range": 0.85,
}  # fmt: skip


def _record(
    doc_id: str, start: int, text: str, anchor: date | None, tense: Tense | None, confidence: float
) -> TimeExpression:
    found = normalize_expression(text, anchor, tense)
    return TimeExpression(
        doc_id=doc_id,
        start=start,
        end=start + len(text),
        text=text,
        stage=STAGE,
        confidence=confidence if found.value else 0.0,
        value=found.value,
        precision=found.precision,
        earliest=found.earliest,
        latest=found.latest,
        reason=found.reason,
    )


def normalize(expression: str, anchor: date | None, tense: Tense | None = None) -> TimeExpression:
    """One expression as a `TimeExpression` (doc_id "", span = the whole expression): the
    entry point of the evaluation harness. `anchor` is the publication date or None."""
    return _record("", 0, expression, anchor, tense, 1.0)


def find_times(text: str, anchor: date | None, doc_id: str = "") -> list[TimeExpression]:
    """Every temporal expression in raw `text`, normalised against `anchor`, with spans
    into `text`. Works without spaCy; the sentence's future cues orient bare weekdays."""
    return [
        _record(
            doc_id,
            found.start,
            text[found.start : found.end],
            anchor,
            tense_at(text, found.start, found.end),
            _CONFIDENCE.get(found.kind, 0.8),
        )
        for found in find_spans(text)
    ]
