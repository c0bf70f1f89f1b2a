"""Dating an event mention from the expressions of its sentence."""

from __future__ import annotations

from datetime import date

from newsgraph.model import Document
from newsgraph.time import find_times
from newsgraph.time.link import time_for_span

TEXT = "On Tuesday morning, jets bombed Diabaly, seized on Monday. Talks last three days."


def test_link_nearest_in_sentence() -> None:
    document = Document(
        id="d", text=TEXT, published=date(2013, 1, 16), sentences=((0, 58), (59, 83))
    )
    times = find_times(TEXT, document.published, "d")
    bombed = TEXT.index("bombed")
    assert time_for_span(times, document, bombed, bombed + 6).value == "2013-01-15"
    seized = TEXT.index("seized")
    assert time_for_span(times, document, seized, seized + 6).value == "2013-01-14"


def test_link_durations_do_not_date() -> None:
    document = Document(
        id="d", text=TEXT, published=date(2013, 1, 16), sentences=((0, 58), (59, 83))
    )
    times = find_times(TEXT, document.published, "d")
    talks = TEXT.index("Talks")
    assert time_for_span(times, document, talks, talks + 5) is None
