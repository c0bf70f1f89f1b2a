import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from newsgraph.model import Document, Place
from newsgraph.pipeline import build_nlp, process
from newsgraph.places.component import PlacesRuler, _located
from newsgraph.places.gazetteer import Gazetteer, haversine_km

# GeoNames points (geonameid) of the towns the seed articles name.
TOWNS = {
    "Bamako": (2460596, 12.65, -8.0),
    "Diabaly": (2458187, 14.6937, -6.0197),
    "Konna": (2454857, 14.94329, -3.89474),
    "Niono": (2452655, 14.25054, -5.98679),
    "Ségou": (2451478, 13.4403, -6.2595),
    "Sévaré": (2451285, 14.52742, -4.09344),
    "Gao": (2457163, 16.2717, -0.0447),
    "Timbuktu": (2449067, 16.77348, -3.00742),
    "Kidal": (2455290, 18.44111, 1.40778),
    "Koulikoro": (2454530, 12.8627, -7.5598),
    "Algiers": (2507480, 36.73225, 3.08746),
    "Abu Dhabi": (292968, 24.45118, 54.39696),
    "Benghazi": (88319, 32.11486, 20.06859),
    "Paris": (2988507, 48.85341, 2.3488),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(stages=["places"])


@pytest.fixture(scope="module")
def seed_places(nlp: Language, seed_documents: list[Document]) -> list[Place]:
    return [place for records in process(seed_documents, nlp) for place in records.places]


@pytest.mark.model
@pytest.mark.parametrize("town", sorted(TOWNS))
def test_component_seed_towns_resolve_within_10_km(seed_places: list[Place], town: str) -> None:
    _, lat, lon = TOWNS[town]
    found = [p for p in seed_places if p.text == town and p.role == "place"]
    assert found, f"{town} not found"
    for place in found:
        assert place.lat is not None and place.lon is not None
        assert haversine_km(place.lat, place.lon, lat, lon) <= 10, place


@pytest.mark.model
def test_component_seed_regions(seed_places: list[Place]) -> None:
    azawad = [p for p in seed_places if p.text == "Azawad"]
    assert azawad and all(p.feature == "L.RGN" and (p.radius_km or 0) > 100 for p in azawad)
    north = [p for p in seed_places if p.text == "northern Mali"]
    assert north and all(p.feature == "REL.AREA" and (p.radius_km or 0) > 100 for p in north)


@pytest.mark.model
def test_component_seed_capitals_as_governments(seed_places: list[Place]) -> None:
    paris = {p.role for p in seed_places if p.text == "Paris"}
    assert paris == {"place", "actor"}


@pytest.mark.model
def test_component_fixes_small_model_mislabels(nlp: Language) -> None:
    text = (
        "Mali asked for help after rebels seized Gao and Kidal. French jets struck Konna, "
        "near Sévaré airport. Secretary of State Hillary Clinton met Bouteflika in Algiers. "
        "Later, Clinton said the talks in Algiers went well."
    )
    doc = nlp(text)
    names = {p.text: p for p in doc._.places}
    assert {"Mali", "Gao", "Kidal", "Konna", "Sévaré airport", "Algiers"} <= names.keys()
    assert names["Gao"].country_code == "ML"
    assert names["Sévaré airport"].name == "Sévaré"  # the facility, placed at its town
    assert "Clinton" not in names and "Hillary Clinton" not in names


@pytest.mark.model
def test_component_pipeline_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("newsgraph_places_ruler") < names.index("ner")
    assert names.index("newsgraph_places") > names.index("ner")


def test_component_ruler_marks_gazetteer_names_only_when_standalone(gazetteer: Gazetteer) -> None:
    nlp = spacy.blank("en")
    ruler = PlacesRuler(nlp, gazetteer)
    doc = ruler(nlp("Troops left Mali for Niger while Michael Jordan watched."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Mali", "GPE"), ("Niger", "GPE")]


@pytest.mark.model
def test_component_ruler_leaves_common_words_to_the_model(nlp: Language) -> None:
    labels = nlp.get_pipe("newsgraph_places_ruler").labels
    assert {"Mali", "Bamako", "Mopti", "Segou", "Ségou", "Burkina Faso"} <= labels.keys()
    assert not {"Centre", "Plateau", "Central", "Western", "North"} & labels.keys()


@pytest.mark.model
def test_component_datelines_and_city_alternate_names(nlp: Language) -> None:
    text = (
        "BEIRUT (AP) — A militia said on Monday that it had left the town.\n\n"
        "Rents in London were higher than New York’s, said a broker who lives in New York."
    )
    names = {p.text: p for p in nlp(text)._.places}
    assert names["BEIRUT"].country_code == "LB"
    assert names["New York’s"].name == names["New York"].name == "New York City"


def test_component_mislabelled_name_after_in_is_a_place(gazetteer: Gazetteer) -> None:
    nlp = spacy.blank("en")
    doc = nlp("Gunmen attacked a market in Enugu and then at Jones .")
    enugu, jones = Span(doc, 5, 6, label="ORG"), Span(doc, 9, 10, label="PERSON")
    assert _located(gazetteer, doc, enugu)
    assert not _located(gazetteer, doc, jones)  # a village of that name is not enough
