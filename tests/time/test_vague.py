"""Calendar periods and their vague parts."""

from __future__ import annotations

from datetime import date

from newsgraph.time import vague


def test_vague_iso_week_crosses_year() -> None:
    period = vague.week(date(2013, 1, 1))
    assert period.value == "2013-W01" and period.earliest == date(2012, 12, 31)


def test_vague_winter_spans_new_year() -> None:
    winter = vague.season(2012, "WI")
    assert (winter.earliest, winter.latest) == (date(2012, 12, 1), date(2013, 2, 28))


def test_vague_quarter_and_half_bounds() -> None:
    assert vague.quarter(2012, 4).earliest == date(2012, 10, 1)
    assert vague.half(2023, 1).latest == date(2023, 6, 30)


def test_vague_parts_split_in_thirds() -> None:
    year = vague.year(2013)
    early, mid, late = (vague.part(year, which) for which in ("early", "mid", "late"))
    assert early.earliest == year.earliest and late.latest == year.latest
    assert early.latest < mid.earliest <= mid.latest < late.earliest
    assert {early.value, mid.value, late.value} == {"2013"}


def test_vague_open_and_closed_intervals() -> None:
    assert vague.open_after(vague.year(2013)).value == "2013/.."
    assert vague.open_before(vague.month(2012, 11)).latest == date(2012, 11, 30)
    assert vague.between(vague.year(2008), vague.year(2012)).value == "2008/2012"


def test_vague_decade_and_century_values() -> None:
    assert vague.decade(1990).value == "199"
    assert vague.century(20).value == "19"
