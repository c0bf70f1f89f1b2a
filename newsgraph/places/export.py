"""Exports of resolved places: a GeoJSON FeatureCollection for map tools."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsgraph.model import Place

__all__ = ["to_geojson"]

PlaceLike = Place | Mapping[str, Any]  # a Place, or a store row with the same field names


def _field(place: PlaceLike, name: str) -> Any:
    return place.get(name) if isinstance(place, Mapping) else getattr(place, name)


def _key(place: PlaceLike) -> tuple[object, ...]:
    if _field(place, "geonameid") is not None:
        return ("id", _field(place, "geonameid"))
    return ("point", _field(place, "name"), _field(place, "lat"), _field(place, "lon"))


def to_geojson(places: Iterable[PlaceLike], include_actors: bool = False) -> dict[str, Any]:
    """One Point feature per distinct place (geonameid, else name and point), with the
    number of mentions and the documents naming it. Places used as governments
    (role="actor") are left out unless `include_actors`."""
    groups: dict[tuple[object, ...], list[PlaceLike]] = {}
    for place in places:
        if _field(place, "lat") is None or _field(place, "lon") is None:
            continue
        if _field(place, "role") == "actor" and not include_actors:
            continue
        groups.setdefault(_key(place), []).append(place)
    features = []
    for group in groups.values():
        first = group[0]
        properties = {
            name: _field(first, name)
            for name in ("country_code", "admin1", "geonameid", "feature", "radius_km")
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [_field(first, "lon"), _field(first, "lat")],
                },
                "properties": {
                    "name": _field(first, "name") or _field(first, "text"),
                    **properties,
                    "mentions": len(group),
                    "documents": sorted({_field(p, "doc_id") for p in group}),
                    "texts": sorted({_field(p, "text") for p in group}),
                },
            }
        )
    features.sort(key=lambda f: (-f["properties"]["mentions"], f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}
