"""Which temporal expression dates a span of text (an event mention)."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.model import Document, TimeExpression

__all__ = ["time_for_span"]

# durations and PRESENT_REF-style references do not date an event
_DATING = ("day", "week", "month", "season", "quarter", "year", "decade", "range", "open")


def time_for_span(
    times: Sequence[TimeExpression], document: Document, start: int, end: int
) -> TimeExpression | None:
    """The dating expression nearest to [start, end) in the same sentence, or None (the
    caller then falls back to the publication date and flags it). Unresolved expressions
    are kept: an event dated 'on Monday' in an undated article is still dated by it, with
    value None and the reason."""
    sentence = document.sentence_at(start)
    same = [
        t
        for t in times
        if t.precision in _DATING
        and (not document.sentences or document.sentence_at(t.start) == sentence)
    ]
    if not same:
        return None
    return min(same, key=lambda t: max(t.start - end, start - t.end, 0))
