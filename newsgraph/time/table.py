"""Rows for `newsgraph dates DOC_ID` and `export dates --format jsonl|csv`."""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.model import TimeExpression

__all__ = ["DATE_COLUMNS", "dates_table"]

DATE_COLUMNS: tuple[str, ...] = (
    "doc_id", "start", "end", "text", "value", "precision", "earliest", "latest", "reason",
    "confidence",
)  # fmt: skip


def dates_table(times: Iterable[TimeExpression]) -> list[dict[str, object]]:
    """One flat dict per expression, in text order, with `DATE_COLUMNS` as keys; dates as
    ISO strings and None kept (JSON null, empty CSV cell)."""
    rows = []
    for time in sorted(times, key=lambda t: (t.doc_id, t.start)):
        rows.append(
            {
                "doc_id": time.doc_id,
                "start": time.start,
                "end": time.end,
                "text": time.text,
                "value": time.value,
                "precision": time.precision,
                "earliest": time.earliest.isoformat() if time.earliest else None,
                "latest": time.latest.isoformat() if time.latest else None,
                "reason": time.reason,
                "confidence": time.confidence,
            }
        )
    return rows
