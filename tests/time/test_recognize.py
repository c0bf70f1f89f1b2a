"""Recognition of temporal expressions in raw text."""

from __future__ import annotations

from newsgraph.time.recognize import find_spans


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_spans(text)]


def test_recognize_common_news_forms() -> None:
    text = (
        "On Tuesday morning, warplanes bombed the town, which rebels had seized on Monday. "
        "Talks are set for October 19 and a four-to-six-month period of training begins "
        "early next year."
    )
    assert spans(text) == [
        "Tuesday morning",
        "Monday",
        "October 19",
        "four-to-six-month period",
        "early next year",
    ]


def test_recognize_signals_join_the_span() -> None:
    text = "Troops have been deployed since 2013 and must leave by the end of 2012."
    assert spans(text) == ["since 2013", "by the end of 2012"]


def test_recognize_ranges() -> None:
    assert spans("It grew between 2008 and 2012.") == ["between 2008 and 2012"]
    assert spans("Fighting from March to May 2012 displaced many.") == ["from March to May 2012"]


def test_recognize_month_names_used_as_verbs_are_not_dates() -> None:
    assert spans("Protesters march to the capital and may stay.") == []


def test_recognize_numbers_that_are_not_years() -> None:
    text = "It sent 2000 troops under Resolution 2085; a 6-year-old girl died in 2012."
    assert spans(text) == ["2012"]


def test_recognize_a_year_only_after_a_cue() -> None:
    assert spans("They meet twice a year.") == []
    assert spans("They stayed for a year.") == ["a year"]


def test_recognize_core_start_excludes_the_signal() -> None:
    (found,) = find_spans("in Mali since 2013.")
    assert (found.start, found.core_start) == (8, 14)
