"""Fatalities with qualifiers and their events; force sizes with actor, range and status."""

from __future__ import annotations

import pytest

from newsgraph.events.figures import parse_number

COUNTRIES = [(name, name, name, None, "state")
             for name in ("Niger", "Burkina Faso", "Senegal", "Togo", "Benin", "Nigeria")]


def test_figures_parse_number_digits_words_and_vague_plurals():
    assert parse_number("2,500") == (2500, 2500)
    assert parse_number("Five") == (5, 5)
    assert parse_number("dozens") == (24, None)
    assert parse_number("Diabaly") is None


@pytest.mark.model
def test_figures_confirmed_killed_links_to_previous_sentence_bombing(annotate):
    doc = annotate(
        "On Tuesday morning, French warplanes bombed Diabaly. Five people were confirmed killed "
        "in the town.",
        actors=[("French", "FRA", "France", "FRA", "state")],
        places=[("Diabaly", "Diabaly", "P.PPL", "place")],
        times=[("Tuesday morning", "2013-01-15", "day")],
    )
    (figure,) = doc._.figures
    assert (figure.kind, figure.min, figure.max, figure.qualifier) == (
        "fatalities", 5, 5, "confirmed")
    (bombing,) = doc._.events
    assert figure.event_id == bombing.id
    assert (bombing.fatalities_min, bombing.fatalities_max) == (5, 5)
    assert bombing.date == "2013-01-15"


@pytest.mark.model
def test_figures_konna_mostly_civilians_per_initial_reports(annotate):
    doc = annotate(
        "He added that Malian forces had also failed to retake Konna, the town initially "
        "bombed by the French to halt a rebel offensive. Initial reports said that 100 people "
        "were killed in the bombing, mostly civilians.",
        actors=[("French", "FRA", "France", "FRA", "state"),
                ("Malian", "MLI", "Mali", "MLI", "state")],
        places=[("Konna", "Konna", "P.PPL", "place")],
    )
    (figure,) = doc._.figures
    assert (figure.min, figure.qualifier) == (100, "mostly civilians")
    assert figure.reported_by.name == "Initial reports"
    bombing = next(e for e in doc._.events if e.action == "bomb")
    assert figure.event_id == bombing.id and bombing.fatalities_min == 100
    assert bombing.mode == "occurred" and bombing.place.name == "Konna"
    assert len(bombing.mentions) == 2  # "bombed by the French" and "the bombing"


@pytest.mark.model
def test_figures_gao_bombing_sixty_killed(annotate):
    doc = annotate(
        "Islamist forces were leaving towns in northern Mali, several of which French warplanes "
        "bombed over the weekend. Recent reports indicated that 60 people were killed in the "
        "bombing of Gao.",
        actors=[("French", "FRA", "France", "FRA", "state")],
        places=[("Gao", "Gao", "P.PPLA", "place")],
    )
    gao = next(e for e in doc._.events if e.place is not None and e.place.name == "Gao")
    assert (gao.fatalities_min, gao.fatalities_max) == (60, 60)
    assert gao.acled_sub_event_type == "Air/drone strike"  # the document's other bombings
    assert gao.reported_by.name == "Recent reports"


@pytest.mark.model
def test_figures_troops_each_from_four_countries_and_a_range(annotate):
    doc = annotate(
        "This includes promises of 500 troops each from Niger, Burkina Faso, Senegal and Togo, "
        "300 troops from Benin, and 600 to 900 troops from Nigeria.",
        actors=COUNTRIES,
    )
    forces = [(f.actor.name if f.actor else None, f.min, f.max, f.status)
              for f in doc._.figures]
    assert [f for f in forces if f[1] == 500] == [
        (name, 500, 500, "pledged") for name in ("Niger", "Burkina Faso", "Senegal", "Togo")]
    assert ("Benin", 300, 300, "pledged") in forces
    assert ("Nigeria", 600, 900, "pledged") in forces


@pytest.mark.model
def test_figures_force_change_is_current_and_target(annotate):
    doc = annotate(
        "France has announced it will triple its armed forces in Mali to 2,500 from the current "
        "800 troops.",
        actors=[("France", "FRA", "France", "FRA", "state")],
    )
    figures = {f.min: f for f in doc._.figures}
    assert set(figures) == {800, 2500}
    assert (figures[800].status, figures[800].qualifier) == ("deployed", "current")
    assert figures[2500].status == "announced" and figures[2500].qualifier == "target, from 800"
    assert all(f.actor.actor_id == "FRA" and f.kind == "force" for f in figures.values())


@pytest.mark.model
def test_figures_at_least_and_wounded_in_an_ambush(annotate):
    doc = annotate(
        "At least 12 soldiers were killed when gunmen ambushed a patrol near Djibo on Monday.",
        places=[("Djibo", "Djibo", "P.PPLA", "place")],
        times=[("Monday", "2022-09-26", "day")],
        published=None,
    )
    (figure,) = [f for f in doc._.figures if f.kind == "fatalities"]
    assert (figure.min, figure.max, figure.qualifier) == (12, None, "at least")
    ambush = next(e for e in doc._.events if e.action == "ambush")
    assert ambush.fatalities_min == 12 and ambush.place.name == "Djibo"
    assert ambush.source.code == "UAF"  # "gunmen": an unidentified armed group
    assert ambush.acled_event_type == "Battles"


@pytest.mark.model
def test_figures_agreed_force_mostly_from_is_not_distributed(annotate):
    doc = annotate(
        "ECOWAS has agreed to provide 3,300 troops, mostly from Nigeria, Niger, and Burkina "
        "Faso.",
        actors=[("ECOWAS", "ECOWAS", "ECOWAS", "IGOWAFECW", "igo"), *COUNTRIES],
    )
    (figure,) = doc._.figures
    assert (figure.min, figure.status, figure.actor.actor_id) == (3300, "agreed", "ECOWAS")
    assert figure.qualifier.startswith("mostly from Nigeria")
