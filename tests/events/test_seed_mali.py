"""Three paragraphs of a seed article (WSWS, 16 January 2013) with the earlier stages' output
set as they should produce it: the events an analyst codes from them."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

TEXT = (
    "On Tuesday morning, French warplanes bombed Diabaly in central Mali, which the insurgents "
    "had seized on Monday. Five people were confirmed killed in the town, which the opposition "
    "still reportedly held yesterday evening. Diabaly is only 400 kilometers north of the "
    "capital, Bamako, and roughly 150 kilometers from S\u00e9gou.\n\n"
    "The insurgents' capture of Diabaly shocked Malian military officials. One commander in "
    "nearby Niono, who had predicted with confidence that the rebels would not seize Diabaly, "
    "told the Associated Press that he feared the Diabaly garrison had been massacred, adding: "
    "\"We feel truly threatened.\"\n\n"
    "He added that French-backed Malian forces had also failed to retake Konna, the town "
    "initially bombed by the French to halt a rebel offensive on the crucial S\u00e9var\u00e9 "
    "airfield. Initial reports said that 100 people were killed in the bombing, mostly "
    "civilians."
)
ACTORS = [("French", "FRA", "France", "FRA", "state"), ("Malian", "MLI", "Mali", "MLI", "state"),
          ("Associated Press", "AP", "Associated Press", None, "media")]
PLACES = [("Diabaly", "Diabaly", "P.PPL", "place"), ("Mali", "Mali", "A.PCLI", "place"),
          ("Bamako", "Bamako", "P.PPLC", "place"), ("S\u00e9gou", "S\u00e9gou", "P.PPLA", "place"),
          ("Niono", "Niono", "P.PPL", "place"), ("Konna", "Konna", "P.PPL", "place"),
          ("S\u00e9var\u00e9", "S\u00e9var\u00e9", "P.PPL", "place")]
TIMES = [("On Tuesday morning", "2013-01-15", "day"), ("Monday", "2013-01-14", "day"),
         ("yesterday evening", "2013-01-15", "day")]


@pytest.fixture()
def doc(annotate):
    return annotate(TEXT, actors=ACTORS, places=PLACES, times=TIMES,
                    published=date(2013, 1, 16))


def test_seed_mali_bombing_of_diabaly(doc):
    (bombing,) = [e for e in doc._.events
                  if e.action == "bomb" and e.place and e.place.name == "Diabaly"]
    assert bombing.source.actor_id == "FRA" and bombing.target.name == "insurgents"
    assert (bombing.date, bombing.fatalities_min) == ("2013-01-15", 5)
    assert bombing.acled_sub_event_type == "Air/drone strike" and bombing.mode == "occurred"


def test_seed_mali_seizure_of_diabaly_is_one_event_with_two_mentions(doc):
    seizures = [e for e in doc._.events if e.plover_type == "COERCE" and e.mode == "occurred"]
    assert len(seizures) == 1
    assert seizures[0].date == "2013-01-14" and len(seizures[0].mentions) == 2
    denied = [e for e in doc._.events if e.plover_type == "COERCE" and e.mode == "denied"]
    assert {e.action for e in denied} >= {"retake"}  # "failed to retake Konna"


def test_seed_mali_konna_bombing_with_reported_toll(doc):
    (konna,) = [e for e in doc._.events if e.place and e.place.name == "Konna"
                and e.action == "bomb"]
    assert konna.source.actor_id == "FRA" and konna.fatalities_min == 100
    figure = next(f for f in doc._.figures if f.min == 100)
    assert figure.qualifier == "mostly civilians" and figure.reported_by.name == "Initial reports"
    assert figure.event_id == konna.id


def test_seed_mali_quotes(doc):
    direct = [q for q in doc._.quotes if q.direct]
    assert [q.text for q in direct] == ["We feel truly threatened."]
    assert direct[0].speaker_text.startswith("One commander")
