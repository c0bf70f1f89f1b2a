import re

import pytest

from newsgraph.model import Place
from newsgraph.places import resolve_toponyms
from newsgraph.places.gazetteer import Gazetteer, haversine_km
from newsgraph.places.resolve import Toponym, destination, government_use, resolve

BAMAKO = (12.65, -8.0)


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    """Every occurrence of each name, as (start, end)."""
    return sorted(
        (m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)
    )


def _resolve(text: str, *names: str, gazetteer: Gazetteer, relative: bool = True) -> list[Place]:
    toponyms = [Toponym(s, e, text[s:e]) for s, e in _spans(text, *names)]
    return resolve("t", text, toponyms, gazetteer, relative=relative)


def _by_text(places: list[Place], text: str) -> Place:
    return next(p for p in places if p.text == text)


def _near(place: Place, lat: float, lon: float, km: float) -> bool:
    assert place.lat is not None and place.lon is not None
    return haversine_km(place.lat, place.lon, lat, lon) <= km


def test_resolve_context_picks_the_town_in_the_focus_country(gazetteer: Gazetteer) -> None:
    text = "Fighters left Timbuktu, Gao and Kidal for the mountains."
    places = _resolve(text, "Timbuktu", "Gao", "Kidal", gazetteer=gazetteer)
    assert {p.country_code for p in places} == {"ML"}
    assert _near(_by_text(places, "Gao"), 16.27, -0.04, 10)


def test_resolve_press_spellings_resolve_to_geonames_names(gazetteer: Gazetteer) -> None:
    text = "Troops in Mopti moved to Konna and Diabaly, then to Tombouctou."
    places = _resolve(text, "Mopti", "Konna", "Diabaly", "Tombouctou", gazetteer=gazetteer)
    assert _near(_by_text(places, "Konna"), 14.943, -3.895, 10)
    assert _near(_by_text(places, "Diabaly"), 14.694, -6.020, 10)
    assert _by_text(places, "Tombouctou").name == "Timbuktu"


def test_resolve_keeps_candidate_scores(gazetteer: Gazetteer) -> None:
    places = _resolve("Clashes near Konna in Mali.", "Konna", "Mali", gazetteer=gazetteer)
    konna = _by_text(places, "Konna")
    assert len(konna.candidates) > 1
    scores = [c.score for c in konna.candidates]
    assert scores == sorted(scores, reverse=True)
    assert konna.candidates[0].geonameid == konna.geonameid
    assert 0 < konna.confidence <= 1


def test_resolve_distance_and_bearing_give_a_point_with_radius(gazetteer: Gazetteer) -> None:
    text = "Diabaly is only 400 kilometers north of the capital, Bamako."
    place = _resolve(text, "Bamako", gazetteer=gazetteer)[0]
    assert place.text == "400 kilometers north of the capital, Bamako"
    assert _near(place, *destination(*BAMAKO, 0.0, 400.0), 1)
    assert place.geonameid is None and place.radius_km and 40 <= place.radius_km <= 150


def test_resolve_miles_and_compound_bearing(gazetteer: Gazetteer) -> None:
    text = "The base lies about 30 miles northeast of Mali's capital of Bamako."
    places = _resolve(text, "Mali", "Bamako", gazetteer=gazetteer)
    bamako = next(p for p in places if p.text.endswith("Bamako"))
    assert bamako.text.startswith("about 30 miles northeast")
    assert _near(bamako, *destination(*BAMAKO, 45.0, 48.28), 1)
    mali = _by_text(places, "Mali")  # the possessor is the country, not a relative place
    assert mali.feature == "A.PCLI"


def test_resolve_directional_region(gazetteer: Gazetteer) -> None:
    places = _resolve("Islamists took control of northern Mali.", "Mali", gazetteer=gazetteer)
    place = places[0]
    assert place.text == "northern Mali" and place.feature == "REL.AREA"
    mali = gazetteer.country("ML")
    assert mali is not None and place.lat is not None and place.lat > mali.lat
    assert place.radius_km and 100 < place.radius_km < (mali.radius_km or 0)


def test_resolve_named_region(gazetteer: Gazetteer) -> None:
    text = "The MNLA declared the independence of Azawad, in the Sahel."
    places = _resolve(text, "Azawad", "Sahel", gazetteer=gazetteer)
    azawad = _by_text(places, "Azawad")
    assert azawad.country_code == "ML" and (azawad.radius_km or 0) > 100
    assert (_by_text(places, "Sahel").radius_km or 0) > 1000


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Paris said it would send troops.", "Paris", "actor"),
        ("Washington and Paris cynically present their plans for war.", "Paris", "actor"),
        ("Washington and Paris cynically present their plans for war.", "Washington", "actor"),
        ("Bamako rejected the proposal.", "Bamako", "actor"),
        ("Officials travelled to Paris for a summit.", "Paris", "place"),
        ("Attacks in Paris killed 130 people.", "Paris", "place"),
        ("Bamako is a city of two million.", "Bamako", "place"),
        ("France has deployed 2,500 troops.", "France", "actor"),
        ("Gao said nothing.", "Gao", "place"),  # not a capital: never a government
        ("The war waged by Paris, London and Washington in 2011.", "London", "actor"),
        ("The war waged by Paris, London and Washington in 2011.", "Washington", "actor"),
    ],
)
def test_resolve_capitals_used_for_governments_are_actors(
    gazetteer: Gazetteer, text: str, name: str, role: str
) -> None:
    places = _resolve(text, name, gazetteer=gazetteer)
    assert places[0].role == role


def test_resolve_government_use_needs_a_capital_or_country() -> None:
    assert government_use("Paris said so.", 0, 5, "P.PPLC")
    assert not government_use("Paris said so.", 0, 5, "P.PPL")


def test_resolve_nigeria_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Boko Haram fighters attacked Maiduguri, the capital of Borno state, after "
        "retreating from the Sambisa Forest, Nigerian officials said."
    )
    places = _resolve(text, "Maiduguri", "Borno", "Sambisa Forest", gazetteer=gazetteer)
    assert _near(_by_text(places, "Maiduguri"), 11.85, 13.16, 10)
    assert {p.country_code for p in places} == {"NG"}


def test_resolve_libya_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Militias from Misrata advanced on Sirte while the government in Tripoli "
        "lost control of Benghazi."
    )
    places = _resolve(text, "Misrata", "Sirte", "Tripoli", "Benghazi", gazetteer=gazetteer)
    assert {p.country_code for p in places} == {"LY"}
    assert _near(_by_text(places, "Tripoli"), 32.89, 13.19, 10)  # not Tripoli, Lebanon
    assert _near(_by_text(places, "Benghazi"), 32.11, 20.07, 10)


def test_resolve_burkina_faso_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Jihadists killed 40 soldiers near Djibo and Arbinda in northern Burkina Faso; "
        "Ouagadougou declared mourning and reinforced Dori and Kaya."
    )
    places = _resolve(
        text,
        "Djibo",
        "Arbinda",
        "Burkina Faso",
        "Ouagadougou",
        "Dori",
        "Kaya",
        gazetteer=gazetteer,
    )
    assert {p.country_code for p in places} == {"BF"}
    assert _near(_by_text(places, "Kaya"), 13.09, -1.08, 10)  # not Kaya, Myanmar or Kenya
    assert _by_text(places, "Ouagadougou").role == "actor"
    assert _by_text(places, "northern Burkina Faso").feature == "REL.AREA"


def test_resolve_toponyms_keeps_the_given_spans() -> None:
    text = "Diabaly is 400 kilometers north of Bamako, in northern Mali."
    spans = _spans(text, "Diabaly", "Bamako", "Mali")
    places = resolve_toponyms("d", text, spans)
    assert [(p.start, p.end) for p in places] == spans
    assert _near(places[1], *BAMAKO, 10)  # the named place itself, for geoparsing gold


def test_resolve_a_kind_of_place_is_not_a_town_of_that_name(gazetteer: Gazetteer) -> None:
    text = "The parade went down Royal Street."
    places = resolve("d", text, [Toponym(21, 33, "Royal Street")], gazetteer)
    assert all(p.name != "Street" for p in places)
