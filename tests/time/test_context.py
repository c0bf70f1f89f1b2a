"""Future cues that turn a bare weekday forward."""

from __future__ import annotations

from newsgraph.time.context import tense_at


def at(text: str, expression: str) -> str | None:
    start = text.index(expression)
    return tense_at(text, start, start + len(expression))


def test_context_future_cue_in_sentence() -> None:
    assert at("The cabinet will discuss the plan on Wednesday.", "Wednesday") == "future"
    assert at("Hollande is expected to visit Algeria in December.", "December") == "future"


def test_context_past_narrative_has_no_cue() -> None:
    assert at("Rebels seized the town on Monday.", "Monday") is None
    assert at("He said it will rain. Rebels attacked on Monday.", "Monday") is None


def test_context_past_verb_after_cue_cancels_it() -> None:
    assert at("They will say the rebels attacked on Monday.", "Monday") is None
