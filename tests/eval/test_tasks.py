"""The matching rules of docs/evaluation.md, each on a small case."""

from __future__ import annotations

from datetime import date

from newsgraph.eval import tasks
from newsgraph.eval.gold.types import AcledEvent
from newsgraph.model import Actor, ActorRef


def _row(day: date, precision: int = 1) -> AcledEvent:
    return AcledEvent("MLI1", "mali", "", day, precision, None, None, "", "", "", 0, 0, 0)


def test_tasks_same_value_reads_unpadded_weeks() -> None:
    assert tasks.same_value("2000-W8", "2000-W08")
    assert tasks.same_value("2013-01-15", "2013-01-15")
    assert not tasks.same_value("2013-01", "2013")
    assert not tasks.same_value(None, None)


def test_tasks_acled_date_follows_time_precision() -> None:
    day = date(2023, 2, 14)
    assert tasks._acled_date_ok(_row(day), "2023-02-14")
    assert not tasks._acled_date_ok(_row(day), "2023-02-13")
    assert tasks._acled_date_ok(_row(day, 2), "2023-02-10")
    assert tasks._acled_date_ok(_row(day, 3), "2023-02")
    assert not tasks._acled_date_ok(_row(day), None)


def test_tasks_acled_actor_names_drop_qualifiers() -> None:
    assert tasks._acled_actor_names("JNIM: Group for Support of Islam and Muslims") == [
        "jnim",
        "group for support of islam and muslims",
    ]
    assert tasks._acled_actor_names("Military Forces of Mali (2021-)") == [
        "military forces of mali"
    ]


def test_tasks_acled_actor_matches_name_or_alias() -> None:
    jnim = Actor("a1", "JNIM", "armed_group", aliases=("Group for Support of Islam and Muslims",))
    ref = ActorRef("a1", "JNIM")
    assert tasks._acled_actor_ok("JNIM: Group for Support of Islam and Muslims", ref, {"a1": jnim})
    assert not tasks._acled_actor_ok("Islamic State (Sahel)", ref, {"a1": jnim})
    assert tasks._acled_actor_ok("", None, {})  # no actor2 and none predicted


def test_tasks_codes_match_by_prefix() -> None:
    assert tasks._code_matches("FRA", "FRAMIL")
    assert tasks._code_matches("IGO", "IGOUNO")
    assert not tasks._code_matches("FRAMIL", "FRA")
    assert not tasks._code_matches("FRA", None)


def test_tasks_speaker_names_contain_each_other() -> None:
    assert tasks._speaker_ok("Hillary Clinton", "Clinton")
    assert tasks._speaker_ok("The Post", "post")
    assert not tasks._speaker_ok("Trump", "Clinton")
    assert not tasks._speaker_ok("Trump", None)
