"""Exports of resolved places: a GeoJSON FeatureCollection for map tools."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsgraph.model import Place

__all__ = ["to_geojson"]


def _key(place: Place) -> tuple[object, ...]:
    if place.geonameid is not None:
        return ("id", place.geonameid)
    return ("point", place.name, place.lat, place.lon)


def to_geojson(places: Iterable[Place], include_actors: bool = False) -> dict[str, Any]:
    """One Point feature per distinct place (geonameid, else name and point), with the
    number of mentions and the documents naming it. Places used as governments
    (role="actor") are left out unless `include_actors`."""
    groups: dict[tuple[object, ...], list[Place]] = {}
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        if place.role == "actor" and not include_actors:
            continue
        groups.setdefault(_key(place), []).append(place)
    features = []
    for group in groups.values():
        first = group[0]
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [first.lon, first.lat]},
                "properties": {
                    "name": first.name or first.text,
                    "country_code": first.country_code,
                    "admin1": first.admin1,
                    "geonameid": first.geonameid,
                    "feature": first.feature,
                    "radius_km": first.radius_km,
                    "mentions": len(group),
                    "documents": sorted({p.doc_id for p in group}),
                    "texts": sorted({p.text for p in group}),
                },
            }
        )
    features.sort(key=lambda f: (-f["properties"]["mentions"], f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}
