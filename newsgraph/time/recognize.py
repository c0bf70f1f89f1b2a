"""Find temporal expressions in raw text with patterns, without spaCy.

Cores (dates, weekdays, day words, relative units, seasons, quarters, years, decades,
durations, "N units ago", clock times, PRESENT/PAST/FUTURE references) are matched
first; each is then widened to the left by vague modifiers ("early", "mid-", "the end
of") and signals ("since", "until", "by"), and "between X and Y" / "from X to Y" joins two
cores into one range. Month and weekday names must be capitalised ("may", "march" are
verbs); a bare year must not count something ("2000 troops").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Found", "find_spans"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"
_NUM = (
    r"(?:\d[\d,.]*|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a few"
    r"|a couple of|several|a dozen|few|half a|a half))"
)
_UNIT = (
    r"(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|centur(?:y|ies))"
)
_REL = (
    r"(?i:this|last|next|past|coming|previous|current|the past|the last|the next|the coming"
    r"|the previous|the current|the same)"
)
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_ORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"

CORES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b\d{4}-\d{2}-\d{2}\b"),
    (
        "date",
        rf"\b(?:{_WEEKDAY},? )?(?:{_MONTH} {_DAY}\b(?:,? {_YEAR}\b)?"
        rf"|{_DAY} {_MONTH}(?:,? {_YEAR}\b)?"
        rf"|(?i:the) (?i:\d{{1,2}}(?:st|nd|rd|th)) of {_MONTH}(?:,? {_YEAR}\b)?)",
    ),
    ("month", rf"\b{_MONTH}(?:,? (?:of )?{_YEAR}\b| (?:of )?(?i:this|last|next) year\b)"),
    (
        "month",
        r"(?:\b(?i:this|last|next|early|late|mid|since|until|by|in|of|from|through|during"
        r"|before|after)[- ])"
        rf"(?P<t>{_MONTH})(?!\w)",
    ),
    ("month", rf"(?<![A-Z][a-z] ){_MONTH}(?= (?:and|to|through|-) {_MONTH}\b)"),
    (
        "weekday",
        rf"\b(?:(?i:last|this|next|early|late|earlier|later) )?{_WEEKDAY}\b(?: {_PART_OF_DAY}\b)?",
    ),
    (
        "clock",
        rf"\b(?:\d{{1,2}}(?::\d{{2}})? ?[ap]\.m\.?|(?:[01]?\d|2[0-3]):[0-5]\d|(?i:noon|midnight))"
        rf"(?: (?:[A-Z]{{3}}|GMT|local time))?"
        rf"(?:,? {_WEEKDAY}\b| (?i:today|yesterday|tomorrow)\b)?",
    ),
    (
        "dayword",
        rf"\b(?i:(?:early |late |earlier |later )?(?:today|tonight|yesterday|tomorrow)"
        rf"(?: {_PART_OF_DAY})?|last night|this {_PART_OF_DAY}|the day before yesterday)\b",
    ),
    (
        "relunit",
        rf"\b(?:(?i:earlier|later|early|late) )?{_REL} (?i:week|weekend|month|year|quarter|decade"
        rf"|century|{_SEASON}|fiscal year)\b",
    ),
    ("relunit", rf"\b(?:(?i:earlier|later|early|late) )?{_REL} {_MONTH}\b"),
    (
        "relunit",
        r"\b(?i:the weekend|the year-ago|year-earlier|year-ago|the full year"
        r"|the (?:latest |current |previous )?quarter"
        r"|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)"
        r"|the (?:end|beginning|start|middle) of the (?:week|month|year))\b",
    ),
    ("duration", r"\b(?i:for|within|over|in) (?P<t>(?i:days|weeks|months|years|decades))\b"),
    ("season", rf"\b(?i:the )?{_SEASON},? (?:of )?{_YEAR}\b"),
    (
        "quarter",
        rf"\b(?:(?i:the )?(?:{_YEAR} |(?i:latest|fiscal) )?{_ORD}[- ](?i:fiscal )?(?i:quarter|half)"
        rf"(?:,? (?:of )?(?i:fiscal )?{_YEAR}\b)?|Q[1-4](?: {_YEAR})?\b)",
    ),
    (
        "decade",
        r"\b(?i:the )?(?:1[5-9]\d|20\d)0'?s\b|'\d0s\b"
        r"|\b(?i:the (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    ),
    (
        "century",
        r"\b(?i:the )?(?:\d{1,2}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty-first))"
        r" (?i:century)\b",
    ),
    (
        "year",
        rf"(?<![\d,.$£€])(?<!\d-)(?:(?i:fiscal) )?{_YEAR}(?:[-/](?:\d\d|{_YEAR}))?"
        r"(?![\d,.%]\d|%|\w)",
    ),
    (
        "ago",
        rf"\b(?:(?i:almost|nearly|about|some|more than|just over|over|less than) )?{_NUM}"
        rf"(?: (?i:or so))? {_UNIT}(?: (?i:or so))? (?i:ago|earlier|later|from now)\b",
    ),
    (
        "duration",
        rf"\b(?:(?i:the )?(?i:past|last|next|coming|previous|first|final) )?{_NUM}"
        rf"(?:[- ](?i:to|or)[- ]{_NUM})?(?: (?i:more|additional))?[- ]{_UNIT}\b"
        r"(?:[- ](?i:long|period))?(?![- ](?i:old)\b)",
    ),
    (
        "ref",
        r"\b(?i:now|currently|recently|nowadays|at present|these days"
        r"|the (?:near |distant )?future"
        r"|in the past|in recent (?:years|months|weeks|days)|the coming (?:years|months|weeks|days)"
        r"|recent (?:years|months|weeks|days))\b",
    ),
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in CORES)

# a bare year followed by a counted noun is a number, not a year ("2000 troops")
_COUNTED = re.compile(
    r"\s+(?:[a-z]+(?:ers|ies|ians|ists|ments|ons|ops|les|ents|ars)|people|men|troops|"
    r"soldiers|km|kilometers|miles|dollars|tons|feet|metres|meters)\b"
)
# nor is a number that labels something ("Resolution 2085", "Flight 1549")
_LABEL = re.compile(
    r"(?i)\b(?:resolution|no\.|number|article|flight|route|chapter|section|page|code|model"
    r"|room|unit|highway|decree|law|act|order)\s+$"
)
_NOT_A_NUMBER_UNIT = re.compile(r"(?i)^(?:a|an|one) (?:second|minute|day|week|month|year)")
_SIGNAL = re.compile(
    r"(?i)\b(?:ever since|since|until|till|by|as of|up to|no later than|starting in"
    r"|beginning in)\s+$"
)
_MODIFIER = re.compile(
    r"(?i)\b(?:early|late|mid|the (?:end|beginning|start|middle|close|first half|second half) of"
    r"|(?:end|beginning|start|middle) of)[- ]$"
)
_THE = re.compile(r"(?i)\bthe\s+$")
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|through|until|-|–)\s*$")
_RANGE_OPEN = re.compile(r"(?i)\b(?:between|from)\s+$")
_DURATION_CONTEXT = re.compile(
    r"(?i)\b(?:for|within|in|over|after|than|nearly|almost|about|just|some|last|lasting)\s+$"
)


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised expression: span and the kind of core it was built around."""

    start: int
    end: int
    kind: str
    core_start: int  # start without the signal ('since', 'by'), as TimeML spans it


def _keep(text: str, kind: str, start: int, end: int) -> bool:
    """Filters for cores that are numbers as often as times."""
    if kind == "year":
        return not _COUNTED.match(text, end) and not _LABEL.search(text, max(0, start - 20), start)
    if kind == "duration" and _NOT_A_NUMBER_UNIT.match(text[start:end]):
        # 'a year' is a time only after a cue ('for a year'); 'a day' in 'twice a day' is a
        # set; the adjective 'one-day' always is
        return bool(_DURATION_CONTEXT.search(text[max(0, start - 20) : start]))
    return True


def _cores(text: str) -> list[Found]:
    found = [
        Found(start, end, kind, start)
        for kind, pattern in _COMPILED
        for m in pattern.finditer(text)
        for start, end in [m.span("t") if "t" in pattern.groupindex else m.span()]
        if _keep(text, kind, start, end)
    ]
    # longest first, then earliest; drop whatever overlaps a kept span
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[Found] = []
    for item in found:
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _widen(text: str, item: Found) -> Found:
    """Take in vague modifiers, 'the' and signals written just before the core."""
    start = item.start
    if item.kind not in ("duration", "ref", "ago", "clock") and (
        m := _MODIFIER.search(text, max(0, start - 30), start)
    ):
        start = m.start()
    if item.kind in ("quarter", "decade", "relunit", "century", "duration") and (
        m := _THE.search(text, max(0, start - 5), start)
    ):
        start = m.start()
    core_start = start
    if item.kind not in ("duration", "ref", "ago") and (
        m := _SIGNAL.search(text, max(0, start - 20), start)
    ):
        start = m.start()
    return Found(start, item.end, item.kind, core_start)


def _join_ranges(text: str, items: list[Found]) -> list[Found]:
    """'between 2008 and 2012', 'from March to May 2012', '2008 - 2012' -> one range."""
    out: list[Found] = []
    for item in items:
        if out:
            prev = out[-1]
            gap = text[prev.end : item.start]
            dated = prev.kind not in ("duration", "ref") and item.kind not in ("duration", "ref")
            if dated and item.start == item.core_start and _RANGE_JOIN.match(gap):
                opener = _RANGE_OPEN.search(text, max(0, prev.start - 10), prev.start)
                if opener or gap.strip() in ("-", "–"):
                    first = opener.start() if opener else prev.start
                    out[-1] = Found(first, item.end, "range", first)
                    continue
        out.append(item)
    return out


def find_spans(text: str) -> list[Found]:
    """Every temporal expression in `text`, in order, as character spans."""
    return _join_ranges(text, [_widen(text, item) for item in _cores(text)])
