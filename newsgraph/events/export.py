"""Export shapes for events, figures and quotes: JSON Lines dicts, flat CSV rows, GeoJSON.

The dict keys are the contract the issue names; the CLI writes them unchanged.
"""

from __future__ import annotations

from typing import Any

from newsgraph.model import ActorRef, Event, Figure, Place, Quote

__all__ = [
    "actor_dict",
    "figure_to_jsonl_dict",
    "plover_coded_type",
    "quote_to_jsonl_dict",
    "to_geojson",
    "to_jsonl_dict",
]


def actor_dict(ref: ActorRef | None) -> dict[str, Any] | None:
    return None if ref is None else {"actor_id": ref.actor_id, "name": ref.name, "code": ref.code}


def _place_dict(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name or place.text,
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country_code,
        "geonameid": place.geonameid,
    }


_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def plover_coded_type(event: Event) -> str | None:
    """The PLOVER category a PLOVER coder records, folding the mode in as the manual says:
    a demanded action is a REQUEST, a threatened one a THREATEN, a promised or planned
    cooperative action an AGREE; anything else keeps its own type."""
    if event.mode == "demanded":
        return "REQUEST"
    if event.mode == "threatened":
        return "THREATEN"
    if event.mode == "planned" and event.plover_type in _COOPERATIVE:
        return "AGREE"
    return event.plover_type


def to_jsonl_dict(event: Event) -> dict[str, Any]:
    """One event as a JSON Lines object."""
    fatalities = None
    if event.fatalities_min is not None or event.fatalities_max is not None:
        fatalities = {"min": event.fatalities_min, "max": event.fatalities_max}
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in event.mentions],
        "date": event.date,
        "date_precision": event.date_precision,
        "date_from_publication": event.date_from_publication,
        "source": actor_dict(event.source),
        "target": actor_dict(event.target),
        "action": event.action,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "plover_context": event.plover_context,
        "cameo_root": event.cameo_root,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "mode": event.mode,
        "mode_cue": event.mode_cue,
        "reported_by": actor_dict(event.reported_by),
        "place": _place_dict(event.place),
        "fatalities": fatalities,
        "confidence": event.confidence,
    }


def figure_to_jsonl_dict(figure: Figure) -> dict[str, Any]:
    """One figure; `value` is set when the figure is a single number."""
    return {
        "doc_id": figure.doc_id,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "kind": figure.kind,
        "actor": actor_dict(figure.actor),
        "value": figure.min if figure.min is not None and figure.min == figure.max else None,
        "min": figure.min,
        "max": figure.max,
        "status": figure.status,
        "qualifier": figure.qualifier,
        "event_id": figure.event_id,
        "reported_by": actor_dict(figure.reported_by),
        "confidence": figure.confidence,
    }


def quote_to_jsonl_dict(quote: Quote) -> dict[str, Any]:
    return {
        "doc_id": quote.doc_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": actor_dict(quote.speaker),
        "speaker_text": quote.speaker_text,
        "cue": quote.cue,
        "direct": quote.direct,
        "confidence": quote.confidence,
    }


def to_geojson(events: list[Event]) -> dict[str, Any]:
    """Events with a located place as a GeoJSON FeatureCollection (properties: the JSONL dict)."""
    features = []
    for event in events:
        place = event.place
        if place is None or place.lat is None or place.lon is None:
            continue
        properties = to_jsonl_dict(event)
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": properties,
        })
    return {"type": "FeatureCollection", "features": features}
