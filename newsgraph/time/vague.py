"""Calendar periods and their vague parts, as TIMEX3 values with earliest/latest bounds.

Pure date arithmetic, no parsing: `normalize` decides which period an expression names,
this module says what that period is (its TIMEX3 value and first and last day) and what
"early", "mid", "late", "since", "by" and "between" make of it. dateparser has no notion
of these (it returns one datetime), which is why they are written here.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from newsgraph.model import Precision

__all__ = [
    "Period",
    "between",
    "century",
    "day",
    "decade",
    "half",
    "month",
    "open_after",
    "open_before",
    "part",
    "quarter",
    "season",
    "week",
    "weekend",
    "year",
]

# Northern-hemisphere meteorological seasons (TIMEX3 codes); winter starts in December.
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Period:
    """A normalised time: TIMEX3/ISO value, precision and the days it may cover."""

    value: str | None
    precision: Precision | None
    earliest: date | None = None
    latest: date | None = None
    reason: str | None = None  # why value is None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m: int, count: int) -> tuple[date, date]:
    """First day of month m of year y and last day `count` months on."""
    last_m = m + count - 1
    return date(y, m, 1), _month_end(y + (last_m - 1) // 12, (last_m - 1) % 12 + 1)


def day(d: date) -> Period:
    return Period(d.isoformat(), "day", d, d)


def week(d: date) -> Period:
    """The ISO week holding d (Monday to Sunday)."""
    iso_year, iso_week, weekday = d.isocalendar()
    monday = d - timedelta(days=weekday - 1)
    return Period(f"{iso_year}-W{iso_week:02d}", "week", monday, monday + timedelta(days=6))


def weekend(saturday: date) -> Period:
    iso_year, iso_week, _ = saturday.isocalendar()
    return Period(f"{iso_year}-W{iso_week:02d}-WE", "range", saturday, saturday + timedelta(days=1))


def month(y: int, m: int) -> Period:
    first, last = _months(y, m, 1)
    return Period(f"{y:04d}-{m:02d}", "month", first, last)


def season(y: int, code: str) -> Period:
    first, last = _months(y, SEASON_MONTHS[code], 3)
    return Period(f"{y:04d}-{code}", "season", first, last)


def quarter(y: int, q: int) -> Period:
    first, last = _months(y, 3 * q - 2, 3)
    return Period(f"{y:04d}-Q{q}", "quarter", first, last)


def half(y: int, h: int) -> Period:
    first, last = _months(y, 6 * h - 5, 6)
    return Period(f"{y:04d}-H{h}", "range", first, last)


def year(y: int) -> Period:
    return Period(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def decade(first_year: int) -> Period:
    """The decade starting at `first_year` (1990 -> TIMEX3 '199')."""
    return Period(
        f"{first_year // 10:03d}", "decade", date(first_year, 1, 1), date(first_year + 9, 12, 31)
    )


def century(number: int) -> Period:
    """The ordinal century (20 -> 1900-1999, TIMEX3 '19')."""
    first = (number - 1) * 100
    return Period(f"{number - 1:02d}", "range", date(max(first, 1), 1, 1), date(first + 99, 12, 31))


def part(period: Period, which: str) -> Period:
    """'early', 'mid' or 'late' part of a period: the same value (as TIMEX3 with a mod),
    the bounds narrowed to the first, middle or last third."""
    if period.earliest is None or period.latest is None:
        return replace(period, precision="range")
    span = (period.latest - period.earliest).days + 1
    third = max(span // 3, 1)
    if which == "early":
        first, last = period.earliest, period.earliest + timedelta(days=third - 1)
    elif which == "late":
        first, last = period.latest - timedelta(days=third - 1), period.latest
    else:
        first = period.earliest + timedelta(days=third)
        last = period.latest - timedelta(days=third)
    return Period(period.value, "range", first, last)


def open_after(period: Period) -> Period:
    """'since 2013': an interval open at the end (ISO 8601-2 'value/..')."""
    value = f"{period.value}/.." if period.value else None
    return Period(value, "open", period.earliest, None)


def open_before(period: Period) -> Period:
    """'by the end of 2012', 'until November 26': an interval open at the start."""
    value = f"../{period.value}" if period.value else None
    return Period(value, "open", None, period.latest)


def between(first: Period, last: Period) -> Period:
    """'from March to May 2012', '2008-2012': a closed range."""
    value = f"{first.value}/{last.value}" if first.value and last.value else None
    return Period(value, "range", first.earliest, last.latest)
