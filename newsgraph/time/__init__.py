"""TIME stage: find temporal expressions and normalise them against the publication date."""

from __future__ import annotations

from datetime import date

from newsgraph.model import TimeExpression
from newsgraph.time.normalize import Tense, normalize_expression

__all__ = ["STAGE", "normalize"]

STAGE = "newsgraph_time"


def normalize(
    expression: str, anchor: date | None, tense: Tense | None = None
) -> TimeExpression:
    """One expression as a `TimeExpression` (doc_id "", span = the whole expression): the
    entry point of the evaluation harness."""
    found = normalize_expression(expression, anchor, tense)
    return TimeExpression(
        doc_id="",
        start=0,
        end=len(expression),
        text=expression,
        stage=STAGE,
        confidence=1.0 if found.value else 0.0,
        value=found.value,
        precision=found.precision,
        earliest=found.earliest,
        latest=found.latest,
        reason=found.reason,
    )
