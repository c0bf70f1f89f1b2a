"""Each mode with its cue; events the text says did not happen are never 'occurred'."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _by_action(doc, action):
    return [e for e in doc._.events if e.action == action]


def test_mode_no_plans_is_denied(annotate):
    doc = annotate(
        "US Army General Carter F. Ham said that there were no plans for US direct military "
        "intervention in Mali.",
        actors=[("US", "USA", "United States", "USA", "state"),
                ("Carter F. Ham", "HAM", "Carter Ham", "USAMIL", "person")],
    )
    interventions = _by_action(doc, "intervention")
    assert interventions and all(e.mode == "denied" for e in interventions)
    assert interventions[0].mode_cue == "no plans"
    assert interventions[0].reported_by.actor_id == "HAM"


def test_mode_plans_to_send_is_planned(annotate):
    doc = annotate(
        "France plans to send two surveillance drones to west Africa by the end of the year.",
        actors=[("France", "FRA", "France", "FRA", "state")],
        times=[("by the end of the year", "2012-12", "month")],
    )
    (send,) = _by_action(doc, "send")
    assert (send.mode, send.mode_cue) == ("planned", "plans")
    assert send.source.actor_id == "FRA" and send.plover_type == "MOBILIZE"
    assert send.date == "2012-12"


def test_mode_accusation_is_alleged_by_the_accuser(annotate):
    doc = annotate(
        "Malian Prime Minister Choguel Kokalla Maiga accused the French government of "
        "secretly arming Islamist terrorists.",
        actors=[("Choguel Kokalla Maiga", "MAIGA", "Choguel Kokalla Maiga", "MLIGOV", "person"),
                ("French government", "FRAGOV", "French government", "FRAGOV", "agency"),
                ("Islamist", "MLIREB", "Insurgents (Mali)", "MLIREB", "armed_group")],
    )
    (arming,) = _by_action(doc, "arm")
    assert (arming.mode, arming.mode_cue) == ("alleged", "accused")
    assert arming.source.actor_id == "FRAGOV"
    assert arming.target.actor_id == "MLIREB"  # the armed, not the arms
    assert arming.reported_by.actor_id == "MAIGA"
    (accusation,) = _by_action(doc, "accuse")
    assert accusation.mode == "occurred" and accusation.target.actor_id == "FRAGOV"


def test_mode_threat_to_attack_is_threatened(annotate):
    doc = annotate(
        "AQIM has threatened to attack Mali\u2019s capital of Bamako if the ECOWAS force is "
        "set up.",
        actors=[("AQIM", "AQIM", "AQIM", "IMGMUSAQIM", "armed_group")],
        places=[("Bamako", "Bamako", "P.PPLC", "place")],
    )
    (attack,) = _by_action(doc, "attack")
    assert (attack.mode, attack.mode_cue) == ("threatened", "threatened")
    assert attack.source.actor_id == "AQIM" and attack.place.name == "Bamako"


def test_mode_call_for_intervention_is_demanded(annotate):
    doc = annotate(
        "Hollande has called for an African-led military intervention in Mali as quickly as "
        "possible.",
        actors=[("Hollande", "HOLLANDE", "Francois Hollande", "FRAGOV", "person")],
    )
    (intervention,) = _by_action(doc, "intervention")
    assert intervention.mode == "demanded"


def test_mode_failure_is_denied(annotate):
    doc = annotate(
        "Malian forces had also failed to retake Konna.",
        actors=[("Malian", "MLI", "Mali", "MLI", "state")],
        places=[("Konna", "Konna", "P.PPL", "place")],
    )
    (retake,) = _by_action(doc, "retake")
    assert retake.mode == "denied" and "failed" in retake.mode_cue
    assert retake.acled_sub_event_type == "Government regains territory"


def test_mode_negation_is_denied(annotate):
    doc = annotate(
        "The army did not attack the rebel camp near Kidal, a spokesman said.",
        places=[("Kidal", "Kidal", "P.PPLA", "place")],
    )
    (attack,) = _by_action(doc, "attack")
    assert attack.mode == "denied" and attack.mode_cue.startswith("not")


def test_mode_conditional_is_hypothetical(annotate):
    doc = annotate(
        "NATO would bomb the convoy if it crossed the border.",
        actors=[("NATO", "NATO", "NATO", "IGONAT", "igo")],
    )
    (bombing,) = _by_action(doc, "bomb")
    assert bombing.mode == "hypothetical"


def test_mode_relative_clause_event_keeps_its_own_mode(annotate):
    doc = annotate(
        "Malian forces had failed to retake Konna, the town initially bombed by the French.",
        actors=[("Malian", "MLI", "Mali", "MLI", "state"),
                ("French", "FRA", "France", "FRA", "state")],
        places=[("Konna", "Konna", "P.PPL", "place")],
    )
    (bombing,) = _by_action(doc, "bomb")
    assert bombing.mode == "occurred" and bombing.place.name == "Konna"


def test_mode_imminent_action_is_planned(annotate):
    actors = [("Arnor", "ARN", "Arnor", "ARN", "state"), ("Gondor", "GON", "Gondor", "GON",
                                                          "state")]
    for text in ("Arnor is about to restore full diplomatic ties with Gondor.",
                 "Arnor is willing to restore diplomatic ties with Gondor."):
        (restore,) = _by_action(annotate(text, actors=actors), "restore")
        assert restore.mode == "planned", text
        assert (restore.plover_type, restore.cameo_root) == ("SUPPORT", "05")
