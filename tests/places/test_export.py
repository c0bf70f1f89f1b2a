from newsgraph.model import Place
from newsgraph.places import to_geojson


def _place(doc_id: str, geonameid: int | None, role: str = "place") -> Place:
    return Place(
        doc_id=doc_id,
        start=0,
        end=5,
        text="Gao",
        stage="newsgraph_places",
        confidence=0.9,
        name="Gao",
        geonameid=geonameid,
        lat=16.27,
        lon=-0.04,
        country_code="ML",
        admin1="Gao",
        feature="P.PPLA",
        role=role,
    )


def test_export_geojson_groups_mentions_by_place() -> None:
    places = [_place("a", 2457163), _place("b", 2457163), _place("b", 2457163, role="actor")]
    collection = to_geojson(places)
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
    properties = feature["properties"]
    assert properties["mentions"] == 2 and properties["documents"] == ["a", "b"]
    assert {"name", "country_code", "admin1", "geonameid"} <= properties.keys()
    assert to_geojson(places, include_actors=True)["features"][0]["properties"]["mentions"] == 3


def test_export_geojson_reads_store_rows() -> None:
    row = {
        "doc_id": "a",
        "text": "Gao",
        "name": "Gao",
        "geonameid": 2457163,
        "lat": 16.27,
        "lon": -0.04,
        "country_code": "ML",
        "admin1": "Gao",
        "feature": "P.PPLA",
        "radius_km": None,
        "role": "place",
    }
    (feature,) = to_geojson([row, dict(row, doc_id="b")])["features"]
    assert feature["properties"]["documents"] == ["a", "b"]
