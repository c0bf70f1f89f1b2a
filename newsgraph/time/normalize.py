"""Normalise one temporal expression against the article's publication date (the anchor).

The grammar covers what news writes about when: weekdays and day words resolved against
the publication date (past by default, future where the context says so), months and
seasons without a year, quarters, halves, decades, centuries, "N units ago", durations
(including ranges such as "four-to-six-month"), vague parts ("early next year",
"mid-November", "the end of 2012"), open intervals ("since 2013", "by the end of 2012"),
closed ranges ("from March to May 2012") and TimeML's PRESENT_REF/PAST_REF/FUTURE_REF.
dateparser handles the absolute formats the grammar does not ("5/12/98", "2012.10.12").

Without an anchor, relative expressions keep value None and a reason; nothing is guessed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import dateparser

from newsgraph.model import Precision
from newsgraph.time import vague
from newsgraph.time.vague import Period

__all__ = ["Tense", "normalize_expression", "parse_number"]

Tense = Literal["past", "future"]

NO_ANCHOR = "relative to the publication date, which is unknown"
ANAPHORIC = "relative to another time in the text"
NOT_UNDERSTOOD = "not understood as a date"
OUT_OF_RANGE = "outside the years 1 to 9999"

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number
WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "year": "Y",
    "decade": "10Y",
    "century": "100Y",
    "quarter": "Q",
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty first": 21, "last": -1, "final": -1,
}  # fmt: skip
SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "couple": 2, "a couple of": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
DECADE_WORDS = {word[:-1] + "ies": value for word, value in TENS.items()}
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "a number of", "dozens of")
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|dawn)"
PRESENT_REF = {
    "now", "currently", "current", "at present", "presently", "nowadays", "these days",
    "at the moment", "right now", "the present", "present", "at this time", "this time",
    "so far", "to date", "already", "this point", "at this point", "the moment",
}  # fmt: skip
PAST_REF = {
    "recently", "recent", "previously", "formerly", "earlier", "once", "the past", "past",
    "lately", "in the past", "more recently", "recent years", "recent months",
    "recent weeks", "recent days", "the recent past", "before", "then", "at the time",
    "the time", "in recent years", "in recent months", "in recent weeks", "in recent days",
}  # fmt: skip
FUTURE_REF = {
    "the future", "future", "soon", "the near future", "the coming months",
    "the coming years", "the coming weeks", "the coming days", "coming months",
    "coming years", "coming weeks", "coming days", "eventually", "shortly", "later",
    "the months ahead", "the years ahead", "the weeks ahead", "the days ahead",
}  # fmt: skip

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_UNIT = "(" + "|".join(UNITS) + r"|centurie)s?"
_YEAR = r"((?:1[0-9]|20)\d\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_NUMBER_WORD = (
    r"(?:\d[\d,.]*|(?:"
    + "|".join(sorted([*SMALL, *TENS, "hundred", "thousand", "and"], key=len, reverse=True))
    + r")(?: (?:"
    + "|".join([*SMALL, *TENS, "hundred", "thousand", "and"])
    + r"))*)"
)
_VAGUE_NUMBER = "(?:" + "|".join(VAGUE_NUMBERS) + ")"


def parse_number(text: str) -> float | None:
    """'twenty four' -> 24, '1,500' -> 1500, 'a couple of' -> 2; None when not a number."""
    text = text.strip().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    if text in SMALL:
        return SMALL[text]
    total, current = 0.0, 0.0
    for word in text.replace("-", " ").split():
        if word == "and":
            continue
        if word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year": (1, 1), "new year's eve": (12, 31),
}  # fmt: skip


def _spoken_year(match: re.Match[str]) -> int | None:
    """'nineteen ninety six' -> 1996, 'two thousand and three' -> 2003."""
    if match.group(1):
        rest = parse_number(match.group(2))
        century = 1900 if match.group(1) == "nineteen" else 2000
        return century + int(rest) if rest is not None and 10 <= rest < 100 else None
    rest = parse_number(match.group(3)) if match.group(3) else 0
    return 2000 + int(rest) if rest is not None and rest < 100 else None


def _clean(expression: str) -> str:
    text = expression.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"[\s\u00a0]+", " ", text).strip(" ,.;:!?\"'()[]")
    text = re.sub(r"'s$", "", text)
    # keep ISO dates and numeric year ranges; elsewhere a hyphen joins words
    if not re.search(r"\d[-/]\d", text):
        text = text.replace("-", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(
        r"^(?:on|in|at(?! least)|during|of|for|over|around|about|approximately|circa|some)\s+",
        "",
        text,
    )


class _Unresolvable(Exception):
    """Raised inside the grammar when a relative expression has no anchor to resolve on."""

    def __init__(self, precision: Precision | None, reason: str = NO_ANCHOR) -> None:
        super().__init__(reason)
        self.precision = precision
        self.reason = reason


def _need(anchor: date | None, precision: Precision | None) -> date:
    if anchor is None:
        raise _Unresolvable(precision)
    return anchor


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick(candidates: list[Period], anchor: date, tense: Tense | None) -> Period:
    """Past: the most recent period starting on or before the anchor; future: the first one
    ending on or after it; unknown: the nearest. Candidates are bounded periods."""
    if tense == "future":
        return min((c for c in candidates if c.latest >= anchor), key=_start)
    if tense == "past":
        return max((c for c in candidates if c.earliest <= anchor), key=_start)
    return min(candidates, key=lambda c: _distance(c, anchor))


def _start(period: Period) -> date:
    return period.earliest or date.min


def _distance(period: Period, anchor: date) -> int:
    """Days between the anchor and the period (0 inside it); the future counts double, as
    news reports more of the past than it announces."""
    if period.earliest and period.earliest > anchor:
        return 2 * (period.earliest - anchor).days
    if period.latest and period.latest < anchor:
        return (anchor - period.latest).days
    return 0


def _relative_choice(
    make: Callable[[int], Period], anchor: date, which: str | None, tense: Tense | None
) -> Period:
    """Resolve a yearless period ('March', 'summer', 'the third quarter') with 'this',
    'last', 'next' or the sentence's tense."""
    candidates = [make(y) for y in range(anchor.year - 2, anchor.year + 3)]
    if which in ("this", "current"):
        holding = [c for c in candidates if c.earliest <= anchor <= c.latest]
        return holding[0] if holding else make(anchor.year)
    if which in ("last", "past", "previous", "latest"):
        return max((c for c in candidates if c.latest < anchor), key=_start)
    if which in ("next", "coming", "following"):
        return min((c for c in candidates if c.earliest > anchor), key=_start)
    return _pick(candidates, anchor, tense)


def _weekday(anchor: date, index: int, which: str | None, tense: Tense | None) -> date:
    back = (anchor.weekday() - index) % 7
    if which in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if which == "next" or (which in ("this", "coming") and back) or tense == "future":
        ahead = (index - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead or (7 if which == "next" else 0))
    return anchor - timedelta(days=back)


def _weekend(anchor: date, which: str | None, tense: Tense | None) -> Period:
    back = (anchor.weekday() - 5) % 7
    saturday = anchor - timedelta(days=back)
    if which in ("last", "past", "previous") and back < 2:
        saturday -= timedelta(days=7)
    elif which in ("next", "coming") or (tense == "future" and which != "last"):
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 or 7 * (back >= 2))
    return vague.weekend(saturday)


def _year_of(text: str, anchor: date | None) -> int | None:
    """A year phrase ('2012', 'this year', 'last year', 'next year') as a number."""
    if re.fullmatch(_YEAR, text):
        return int(text)
    shifts = {"this year": 0, "last year": -1, "next year": 1, "the previous year": -1}
    if text in shifts:
        return _need(anchor, "year").year + shifts[text]
    return None


def _unit_shift(anchor: date, unit: str, amount: int) -> date:
    """anchor moved by `amount` (negative = back) units."""
    if unit in ("year", "decade", "century"):
        factor = {"year": 1, "decade": 10, "century": 100}[unit]
        y = anchor.year + amount * factor
        return _safe_date(y, anchor.month, anchor.day) or date(y, anchor.month, 28)
    if unit in ("month", "quarter"):
        y, m = _add_months(anchor.year, anchor.month, amount * (3 if unit == "quarter" else 1))
        return _safe_date(y, m, anchor.day) or date(y, m, calendar.monthrange(y, m)[1])
    days = {"week": 7, "fortnight": 14, "day": 1, "night": 1}.get(unit, 0)
    return anchor + timedelta(days=amount * days)


_AT_UNIT_PRECISION: dict[str, Precision] = {
    "year": "year", "decade": "year", "century": "year", "month": "month", "quarter": "quarter",
    "week": "week", "fortnight": "week",
}  # fmt: skip


def _at_unit(d: date, unit: str) -> Period:
    """The period of `unit`'s size holding d ('two years ago' is a year, not a day)."""
    if unit in ("year", "decade", "century"):
        return vague.year(d.year)
    if unit in ("month", "quarter"):
        return (
            vague.quarter(d.year, (d.month - 1) // 3 + 1)
            if unit == "quarter"
            else vague.month(d.year, d.month)
        )
    if unit in ("week", "fortnight"):
        return vague.week(d)
    return vague.day(d)


def _duration(amount: float | None, unit: str) -> Period:
    code = UNITS[unit]
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if amount is None:
        return Period(f"{prefix}X{'M' if unit == 'quarter' else code[-1]}", "duration")
    multiplier = int(code[:-1]) if code[:-1] else 1
    letter = code[-1]
    value = amount * multiplier
    if unit == "quarter":
        value, letter = value * 3, "M"
    number = f"{value:g}"
    return Period(f"{prefix}{number}{letter}", "duration")


def _core(text: str, anchor: date | None, tense: Tense | None) -> Period | None:  # noqa: C901
    """The grammar proper: one cleaned expression without signals or vague modifiers."""
    text = re.sub(r"^the ", "", text)
    text = re.sub(
        r"\b(?:fiscal|calendar|financial) (?=year|quarter|half|first|second|third|fourth|\d)",
        "",
        text,
    )

    # ISO forms
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        d = _safe_date(*map(int, m.groups()))
        return vague.day(d) if d else None
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        y, mo = map(int, m.groups())
        return vague.month(y, mo) if 1 <= mo <= 12 else None

    if text in ("year earlier", "year ago", "previous year", "prior year"):
        return vague.year(_need(anchor, "year").year - 1)
    if text in ("full year", "current year", "year to date"):
        return vague.year(_need(anchor, "year").year)
    if m := re.fullmatch(
        r"(?:year )?(nineteen|twenty) ([a-z]+(?: [a-z]+)?)"
        r"|(?:year )?two thousand(?: and)?(?: ([a-z]+))?",
        text,
    ):
        year_number = _spoken_year(m)
        if year_number:
            return vague.year(year_number)
    if m := re.fullmatch(r"(christmas(?: day| eve)?|new year's (?:day|eve)|new year)", text):
        a = _need(anchor, "day")
        month_day = HOLIDAYS[m.group(1)]
        return _relative_choice(lambda y: vague.day(date(y, *month_day)), a, None, tense)
    if text in PRESENT_REF or f"the {text}" in PRESENT_REF:
        return Period("PRESENT_REF", None, anchor, anchor)
    if text in PAST_REF or f"the {text}" in PAST_REF:
        return Period("PAST_REF", None, None, anchor)
    if text in FUTURE_REF or f"the {text}" in FUTURE_REF:
        return Period("FUTURE_REF", None, anchor, None)

    # day words, with an optional part of the day
    if text in ("last night", "overnight"):
        return vague.day(_need(anchor, "day") - timedelta(days=1))
    text = re.sub(
        rf"^(?:early|late|earlier|later) (?=(?:yesterday|today|tomorrow|{_WEEKDAY}))", "", text
    )
    text = re.sub(rf"^(?:{PART_OF_DAY}|mid ?afternoon|mid ?morning) (?=\w)", "", text)
    text = re.sub(rf" {PART_OF_DAY}$", "", text)
    if text in ("today", "tonight", "this", "this time") or re.fullmatch(
        rf"this {PART_OF_DAY}", text
    ):
        return vague.day(_need(anchor, "day"))
    if text == "yesterday":
        return vague.day(_need(anchor, "day") - timedelta(days=1))
    if text in ("tomorrow", "tomorrow night"):
        return vague.day(_need(anchor, "day") + timedelta(days=1))
    if text == "day before yesterday":
        return vague.day(_need(anchor, "day") - timedelta(days=2))
    if text == "day after tomorrow":
        return vague.day(_need(anchor, "day") + timedelta(days=2))
    if re.fullmatch(
        r"(?:that|same|the same|following|preceding) (?:day|night|morning|week|month|year)"
        r"|(?:next|previous) (?:day|night|morning)|day (?:before|after|earlier|later)"
        r"|(?:earlier|later) that (?:day|week|month|year)|that time",
        text,
    ):
        raise _Unresolvable("day" if "day" in text else None, ANAPHORIC)

    # clock times: "10:35 a.m.", "9 a.m. tuesday", "noon"
    clock = re.match(
        r"(\d{1,2})(?::(\d{2}))? ?([ap])\.?m\.?(?: (?:[a-z]{3}|gmt|local time)\b)?,? ?(.*)$", text
    )
    if not clock and (noon := re.fullmatch(r"(noon|midday|midnight) ?(.*)", text)):
        rest = noon.group(2)
        base = _core(rest, anchor, tense) if rest else vague.day(_need(anchor, "day"))
        if base is None or base.precision != "day" or base.value is None:
            return base
        return replace(
            base, value=f"{base.value}T{'00' if noon.group(1) == 'midnight' else '12'}:00"
        )
    if clock:
        rest = clock.group(4)
        base = _core(rest, anchor, tense) if rest else vague.day(_need(anchor, "day"))
        if base is None or base.precision != "day" or base.value is None:
            return base
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3) == "p" else 0)
        return replace(base, value=f"{base.value}T{hour:02d}:{clock.group(2) or '00'}")

    # weekdays
    if m := re.fullmatch(rf"(?:(last|this|next|past|coming|previous) )?{_WEEKDAY}", text):
        return vague.day(_weekday(_need(anchor, "day"), WEEKDAYS[m.group(2)], m.group(1), tense))
    # "monday, oct. 26" -> the date part
    if m := re.fullmatch(rf"{_WEEKDAY},? (.+)", text):
        return _core(m.group(2), anchor, tense)

    # month, day and year in their usual orders
    day_month = re.fullmatch(rf"{_MONTH} {_DAY},?(?: {_YEAR})?", text) or re.fullmatch(
        rf"{_DAY} (?:of )?{_MONTH},?(?: {_YEAR})?", text
    )
    if day_month:
        groups = day_month.groups()
        if groups[0].isdigit():
            d_str, m_str, y_str = groups
        else:
            m_str, d_str, y_str = groups
        mo, dd = MONTHS[m_str], int(d_str)
        if y_str:
            d = _safe_date(int(y_str), mo, dd)
            return vague.day(d) if d else None
        a = _need(anchor, "day")
        if not _safe_date(2000, mo, dd):
            return None
        return _relative_choice(
            lambda y: vague.day(_safe_date(y, mo, dd) or date(y, mo, 28)), a, None, tense
        )

    # months: "March 2012", "this March", "March of this year"
    if m := re.fullmatch(
        rf"(?:(this|last|next|past|coming|current|previous) )?{_MONTH}(?:,? (?:of )?(.+))?", text
    ):
        which, mo, rest = m.group(1), MONTHS[m.group(2)], m.group(3)
        if rest:
            y = _year_of(rest, anchor)
            return vague.month(y, mo) if y is not None else None
        a = _need(anchor, "month")
        return _relative_choice(lambda y: vague.month(y, mo), a, which, tense)

    # seasons
    if m := re.fullmatch(
        r"(?:(this|last|next|past|coming|current|previous) )?(spring|summer|fall|autumn|winter)"
        r"(?:,? (?:of )?(.+))?",
        text,
    ):
        which, code, rest = m.group(1), SEASONS[m.group(2)], m.group(3)
        if rest:
            y = _year_of(rest, anchor)
            return vague.season(y, code) if y is not None else None
        a = _need(anchor, "season")
        return _relative_choice(lambda y: vague.season(y, code), a, which, tense)

    # quarters and halves: "the third quarter", "Q4 2012", "the first half of 2013"
    quarter = (
        re.fullmatch(
            r"(?:(this|last|next|current|latest|coming|previous) )?(?:(\d{4}) )?(?:fiscal )?"
            r"(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]) (?:fiscal )?(quarter|half)?"
            r"(?:,? (?:of )?(?:fiscal )?(.+))?",
            text,
        )
        if re.search(r"quarter|half|\bq[1-4]\b", text)
        else None
    )
    if quarter:
        which, year_before, ordinal, kind, rest = quarter.groups()
        number = (
            int(ordinal[1]) if ordinal.startswith("q") else ORDINALS.get(ordinal) or int(ordinal[0])
        )
        kind = kind or "quarter"
        if kind == "half" and number > 2:
            return None
        make = vague.quarter if kind == "quarter" else vague.half
        year_text = year_before or rest
        if year_text:
            y = _year_of(year_text, anchor)
            return make(y, number) if y is not None else None
        a = _need(anchor, "quarter" if kind == "quarter" else "range")
        return _relative_choice(lambda y: make(y, number), a, which, tense)
    if m := re.fullmatch(r"q([1-4]) (\d{4})|(\d{4}) q([1-4])", text):
        q, y = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return vague.quarter(int(y), int(q))

    # "N units ago", "a year earlier", "several years ago"
    if m := re.fullmatch(
        rf"(?:almost |nearly |about |some |more than |over |just over |less than )?"
        rf"({_NUMBER_WORD}|{_VAGUE_NUMBER}) ?(?:or so )?{_UNIT}(?: or so)? (ago|earlier|before|"
        r"previously|later|after|from now|hence|on)",
        text,
    ):
        amount = parse_number(m.group(1))
        unit, direction = m.group(2), m.group(3)
        if amount is None:
            return Period(
                "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", None
            )
        sign = 1 if direction in ("later", "after", "from now", "hence", "on") else -1
        d = _unit_shift(
            _need(anchor, _AT_UNIT_PRECISION.get(unit, "day")), unit, int(sign * amount)
        )
        return _at_unit(d, unit)

    # this/last/next week, month, year, quarter, weekend, decade
    if m := re.fullmatch(
        r"(?:(this|last|next|past|coming|previous|current|latest|same|following|that) )?"
        r"(week|weekend|month|year|quarter|decade|century)",
        text,
    ):
        which, unit = m.groups()
        if which in ("same", "following", "that"):
            raise _Unresolvable("range" if unit == "weekend" else unit, ANAPHORIC)
        a = _need(anchor, "range" if unit == "weekend" else unit)
        if unit == "weekend":
            return _weekend(a, which, tense)
        if unit == "quarter" and which in (None, "latest", "last", "past", "previous"):
            y, mo = _add_months(a.year, a.month, -3)
            return vague.quarter(y, (mo - 1) // 3 + 1)
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which or "", 0)
        d = _unit_shift(a, unit, step)
        if unit == "decade":
            return vague.decade(d.year // 10 * 10)
        if unit == "century":
            return vague.century(d.year // 100 + 1)
        return _at_unit(d, unit)

    # durations: "three years", "the past three months", "four-to-six-month period"
    if m := re.fullmatch(
        rf"(?:(?:the )?(?:past|last|next|coming|previous|first|final|following|latest) )?"
        rf"(?:almost |nearly |about |some |more than |over |less than |up to |at least "
        rf"|no more than |at most |roughly |only |just )?"
        rf"({_NUMBER_WORD}|{_VAGUE_NUMBER})?(?: (?:to|or) ({_NUMBER_WORD}))?"
        rf"(?: more| additional)? ?{_UNIT}"
        r"(?: (?:period|span|stretch|long|old|time|term|deadline|window))?",
        text,
    ):
        low_text, high_text, unit = m.groups()
        if unit == "centurie":
            unit = "century"
        low = parse_number(low_text) if low_text else None
        if (
            low_text is None
            and not text.endswith("s")
            and not re.search(r"\bs?(?:period|span)$", text)
        ):
            low = 1.0
        duration = _duration(low, unit)
        if high_text and (high := parse_number(high_text)) is not None:
            return Period(f"{duration.value}/{_duration(high, unit).value}", "duration")
        return duration

    # years, decades and centuries
    if m := re.fullmatch(rf"(?:year )?{_YEAR}(?: (?:period|fiscal year|year))?", text):
        return vague.year(int(m.group(1)))
    if m := re.fullmatch(r"(1[0-9]|20)(\d)0 ?'?s", text):
        return vague.decade(int(m.group(1) + m.group(2) + "0"))
    if m := re.fullmatch(r"'(\d)0s", text):
        a = _need(anchor, "decade")
        first = a.year // 100 * 100 + int(m.group(1)) * 10
        return vague.decade(first if first <= a.year + 10 else first - 100)
    if text in DECADE_WORDS:
        a = _need(anchor, "decade")
        first = a.year // 100 * 100 + DECADE_WORDS[text]
        return vague.decade(first if first <= a.year + 10 else first - 100)
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century|(\w+(?: \w+)?) century", text):
        number = int(m.group(1)) if m.group(1) else ORDINALS.get(m.group(2) or "")
        return vague.century(number) if number and number > 0 else None
    return None


_RANGE = re.compile(r"(?:between|from) (.+?) (?:and|to|until|till|through) (.+)")
_YEAR_RANGE = re.compile(r"((?:1[0-9]|20)\d\d) ?[-/] ?(\d{2}|(?:1[0-9]|20)\d\d)")
_OPEN_AFTER = re.compile(
    r"(?:ever )?(?:since|after|starting(?: in| on| from)?|as of|beginning(?: in)?|from) "
    r"(.+?)(?: on(?:wards?)?)?"
)
_OPEN_BEFORE = re.compile(r"(?:by|until|till|up to|up until|before|no later than|through) (.+)")
_PART = re.compile(
    r"(?:the )?(?:(early|mid|middle|late|earlier|later)|(beginning|start|middle|end|close|turn)"
    r" of|(first|second) half of) (.+)"
)
_PART_KIND = {
    "early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
    "late": "late", "end": "late", "close": "late", "turn": "late",
}  # fmt: skip


def _with_modifiers(text: str, anchor: date | None, tense: Tense | None) -> Period | None:
    """Signals (since, by, between) and vague parts (early, mid, the end of) around a core."""
    if m := _YEAR_RANGE.fullmatch(text):
        first, last = m.group(1), m.group(2)
        if len(last) == 2:
            last = first[:2] + last
        if int(last) > int(first):
            return vague.between(vague.year(int(first)), vague.year(int(last)))
    if m := _RANGE.fullmatch(text):
        first, last = m.group(1), m.group(2)
        year = re.search(rf"\b{_YEAR}$", last)
        if year and not re.search(r"\d", first):
            first = f"{first} {year.group(1)}"
        if re.fullmatch(r"\d{1,2}", first) and (month := re.match(rf"{_MONTH} ", last)):
            first = f"{month.group(0)}{first}"
        low, high = _resolve(first, anchor, tense), _resolve(last, anchor, tense)
        if low and high and low.value and high.value:
            return vague.between(low, high)
        if low and high and (low.reason or high.reason):
            raise _Unresolvable("range", low.reason or high.reason or NO_ANCHOR)
    if m := _OPEN_AFTER.fullmatch(text):
        inner = _resolve(m.group(1), anchor, "past")
        if inner and inner.value and inner.precision not in ("duration", None):
            return vague.open_after(inner)
        if inner and inner.reason:
            raise _Unresolvable("open", inner.reason)
    if m := _OPEN_BEFORE.fullmatch(text):
        inner = _resolve(m.group(1), anchor, "future")
        if inner and inner.value and inner.precision not in ("duration", None):
            return vague.open_before(inner)
        if inner and inner.reason:
            raise _Unresolvable("open", inner.reason)
    if m := _PART.fullmatch(text):
        word = m.group(1) or m.group(2)
        inner = _resolve(m.group(4), anchor, tense)
        if inner is None or inner.value is None:
            if inner and inner.reason:
                raise _Unresolvable("range", inner.reason)
            return inner
        if inner.precision in ("duration", None, "day"):
            return inner
        if m.group(3):
            return _half_of(inner, 1 if m.group(3) == "first" else 2)
        if word in ("earlier", "later"):
            a = _need(anchor, "range")
            if word == "earlier":
                return Period(inner.value, "range", inner.earliest, min(a, inner.latest or a))
            return Period(inner.value, "range", max(a, inner.earliest or a), inner.latest)
        return vague.part(inner, _PART_KIND[word])
    return None


def _half_of(period: Period, which: int) -> Period:
    if period.precision == "year" and period.earliest:
        return vague.half(period.earliest.year, which)
    return vague.part(period, "early" if which == 1 else "late")


def _resolve(text: str, anchor: date | None, tense: Tense | None) -> Period | None:
    text = _clean(text)
    return _with_modifiers(text, anchor, tense) or _core(text, anchor, tense)


_PERIOD_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}


@lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: date | None) -> Period | None:
    """Fallback for absolute formats the grammar lacks; only where a year is written or an
    anchor exists, so that a missing anchor never turns into today's date."""
    from datetime import datetime

    if not re.search(r"\d", text) or (anchor is None and not re.search(r"\b\d{4}\b", text)):
        return None
    settings = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year"] if anchor is None else [],
        "RETURN_TIME_AS_PERIOD": True,
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    precision = _PERIOD_PRECISION.get(data.period or "day", "day")
    if precision == "year":
        return vague.year(found.year)
    if precision == "month":
        return vague.month(found.year, found.month)
    if precision == "week":
        return vague.week(found)
    return vague.day(found)


def normalize_expression(
    expression: str, anchor: date | None, tense: Tense | None = None
) -> Period:
    """Normalise `expression` against `anchor` (the publication date, or None).

    `tense` is the sentence's orientation when the caller knows it: a bare 'Thursday' or
    'December' is the most recent one in past narrative and the next one in future talk.
    """
    try:
        found = _resolve(expression, anchor, tense)
        if found is None:
            found = _dateparser(_clean(expression), anchor)
    except _Unresolvable as unresolved:
        return Period(None, unresolved.precision, reason=unresolved.reason)
    except (ValueError, OverflowError):  # "6,000 years ago": beyond Python's calendar
        return Period(None, None, reason=OUT_OF_RANGE)
    if found is None:
        return Period(None, None, reason=NOT_UNDERSTOOD)
    return found
