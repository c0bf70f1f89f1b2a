"""Filters behind `newsgraph events`: by actor, type, mode, date range and place."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.model import ActorRef, Event

__all__ = ["filter_events"]


def _names(ref: ActorRef | None) -> tuple[str, ...]:
    return () if ref is None else tuple(x.lower() for x in (ref.actor_id, ref.name, ref.code or ""))


def filter_events(
    events: Iterable[Event],
    actor: str | None = None,
    event_type: str | None = None,
    mode: str | None = None,
    start: str | None = None,
    end: str | None = None,
    place: str | None = None,
) -> Iterator[Event]:
    """Events matching every filter given.

    actor: an actor id, name or code, as source or target (case-insensitive);
    event_type: a PLOVER type, CAMEO root or ACLED event or sub-event type;
    start/end: ISO dates, inclusive, compared on the event date's prefix ("2013-01");
    place: the place's name or country code."""
    for event in events:
        if actor and actor.lower() not in _names(event.source) + _names(event.target):
            continue
        kinds = (event.plover_type, event.cameo_root, event.acled_event_type,
                 event.acled_sub_event_type)
        if event_type and event_type.lower() not in {(k or "").lower() for k in kinds}:
            continue
        if mode and event.mode != mode:
            continue
        if (start or end) and not event.date:
            continue
        if start and event.date < start[: len(event.date)]:
            continue
        if end and event.date[: len(end)] > end:
            continue
        if place:
            names = {(event.place.name or "").lower(), (event.place.country_code or "").lower(),
                     event.place.text.lower()} if event.place else set()
            if place.lower() not in names:
                continue
        yield event
