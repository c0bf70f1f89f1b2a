"""When and where an event happened, from the time and places stages.

Date: the resolved time expression nearest to the trigger in its sentence, else the last one
in the previous sentences of its paragraph, else the publication date, flagged
`date_from_publication`. Place: a place (role "place", never a capital used as a government)
among the trigger's own arguments, else the nearest in its sentence, a town before a country.
"""

from __future__ import annotations

from datetime import date

from newsgraph.model import Place, TimeExpression

__all__ = ["event_date", "event_place", "paragraph_start"]

_UNDATED = {"duration"}


def paragraph_start(text: str, paragraphs: tuple[tuple[int, int], ...], offset: int) -> int:
    """Start of the paragraph holding `offset` (blank lines delimit it if none are given)."""
    for start, end in paragraphs:
        if start <= offset < end:
            return start
    cut = text.rfind("\n\n", 0, offset)
    return 0 if cut < 0 else cut + 2


def event_date(
    trigger: int,
    sentence: tuple[int, int],
    para_start: int,
    times: list[TimeExpression] | None,
    published: date | None,
    attached: set[int] = frozenset(),
    deadlines: set[int] = frozenset(),
) -> tuple[str | None, str | None, bool]:
    """(value, precision, from_publication) for an event whose trigger is at char `trigger`.

    `attached`: starts of the times the parse attaches to the event's clause (preferred);
    `deadlines`: starts of times that bound it ("until November 26"), never its date."""
    usable = [t for t in times or () if t.value and t.precision not in _UNDATED]
    inside = [
        t for t in usable
        if sentence[0] <= t.start and t.end <= sentence[1] and t.start not in deadlines
    ]
    if inside:
        best = min(inside, key=lambda t: (t.start not in attached, abs(t.start - trigger)))
        return best.value, best.precision, False
    before = [t for t in usable if para_start <= t.start < sentence[0]]
    if before:
        best = max(before, key=lambda t: t.start)
        return best.value, best.precision, False
    if published is not None:
        return published.isoformat(), "day", True
    return None, None, False


def _specificity(place: Place) -> int:
    """Towns before regions before countries."""
    feature = place.feature or ""
    if feature.startswith("P"):
        return 0
    if feature.startswith("A.PCL"):
        return 2
    return 1


def event_place(
    trigger: int, sentence: tuple[int, int], own: list[Place], places: list[Place]
) -> Place | None:
    """The place of the event: its own place arguments first, else its sentence's places."""
    if own:
        return min(own, key=_specificity)
    inside = [
        p for p in places
        if p.role == "place" and sentence[0] <= p.start and p.end <= sentence[1]
    ]
    if not inside:
        return None
    return min(inside, key=lambda p: (_specificity(p), abs(p.start - trigger)))
