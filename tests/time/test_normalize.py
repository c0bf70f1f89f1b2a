"""Normalisation against the publication date: the project's own gold and edge cases."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsgraph.time import normalize
from newsgraph.time.normalize import (
    ANAPHORIC,
    NO_ANCHOR,
    NOT_UNDERSTOOD,
    OUT_OF_RANGE,
    parse_number,
)

GOLD = Path(__file__).resolve().parent.parent / "gold" / "dates_own.jsonl"
CASES = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['expression']}@{c['anchor']}" for c in CASES])
def test_normalize_own_gold(case: dict) -> None:
    anchor = date.fromisoformat(case["anchor"]) if case["anchor"] else None
    found = normalize(case["expression"], anchor)
    assert (found.value, found.precision) == (case["value"], case["precision"])


def test_normalize_harness_shape() -> None:
    found = normalize("On Tuesday morning", date(2013, 1, 16))
    assert (found.doc_id, found.start, found.end) == ("", 0, len("On Tuesday morning"))
    assert found.earliest == found.latest == date(2013, 1, 15)


def test_normalize_unknown_anchor_gives_reason_not_guess() -> None:
    for expression in ("yesterday", "last Friday", "this March", "next year", "two weeks ago"):
        found = normalize(expression, None)
        assert found.value is None and found.reason == NO_ANCHOR, expression
        assert found.earliest is None and found.latest is None


def test_normalize_unknown_anchor_absolute_still_resolves() -> None:
    assert normalize("March 2012", None).value == "2012-03"
    assert normalize("by the end of 2012", None).latest == date(2012, 12, 31)


def test_normalize_anaphoric_is_unresolved() -> None:
    assert normalize("the next day", date(2013, 1, 16)).reason == ANAPHORIC


def test_normalize_nonsense_is_not_understood() -> None:
    found = normalize("the purple elephant", date(2013, 1, 16))
    assert (found.value, found.reason) == (None, NOT_UNDERSTOOD)


def test_normalize_future_tense_turns_weekday_forward() -> None:
    anchor = date(2013, 1, 16)  # a Wednesday
    assert normalize("Friday", anchor).value == "2013-01-11"
    assert normalize("Friday", anchor, "future").value == "2013-01-18"
    assert normalize("December", date(2012, 11, 3), "future").value == "2012-12"


def test_normalize_bounds_of_vague_parts() -> None:
    early = normalize("early next year", date(2012, 11, 3))
    assert early.earliest == date(2013, 1, 1) and early.latest < date(2013, 6, 1)
    since = normalize("since 2013", date(2021, 10, 14))
    assert since.earliest == date(2013, 1, 1) and since.latest is None
    weekend = normalize("over the weekend", date(2013, 1, 16))
    assert (weekend.earliest, weekend.latest) == (date(2013, 1, 12), date(2013, 1, 13))


def test_normalize_durations_have_no_dates() -> None:
    found = normalize("four-to-six-month period", date(2012, 11, 3))
    assert found.precision == "duration" and found.earliest is None


def test_normalize_dateparser_fallback_for_numeric_dates() -> None:
    assert normalize("5/12/1998", None).value == "1998-05-12"
    assert normalize("5/12", None).value is None


@pytest.mark.parametrize(
    ("text", "number"),
    [("twenty four", 24), ("1,500", 1500), ("a couple of", 2), ("three", 3), ("blue", None)],
)
def test_normalize_parse_number(text: str, number: float | None) -> None:
    assert parse_number(text) == number


def test_normalize_out_of_calendar_range() -> None:
    assert normalize("6,000 years ago", date(2013, 1, 16)).reason == OUT_OF_RANGE


def test_normalize_package_attribute_is_the_function() -> None:
    import newsgraph.time
    import newsgraph.time.normalize  # noqa: F401  (the submodule of the same name)

    assert callable(newsgraph.time.normalize)
    assert newsgraph.time.normalize("2012", None).value == "2012"
