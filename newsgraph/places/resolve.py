"""Toponym resolution with document context (pure: no spaCy).

Each toponym's candidates come from the gazetteer and are ranked in two passes. The first
ranks by name match, population and feature type alone. The second adds the document's
context: the countries the other toponyms point to (Gao beside Timbuktu and Kidal is the one
in Mali), closeness to the other places and a shared first-level region. Relative places
("400 kilometers north of Bamako", "northern Mali") become a point or an area with an
uncertainty radius; capitals and countries used for their governments ("Paris said") are
marked role="actor".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from newsgraph.model import Place, PlaceCandidate
from newsgraph.places.gazetteer import DATA, EARTH_RADIUS_KM, Entry, Gazetteer, haversine_km

__all__ = [
    "DIRECTION_WORD",
    "STAGE",
    "Toponym",
    "base_name",
    "best_entry",
    "destination",
    "government_use",
    "resolve",
]

STAGE = "newsgraph_places"
MAX_CANDIDATES = 60
KEPT_SCORES = 5

# Prior bonus per GeoNames feature code: countries and capitals are what news names most.
_FEATURE_PRIOR = {
    "A.PCLI": 1.3,
    "P.PPLC": 0.7,
    "A.ADM1": 0.05,
    "P.PPLA": 0.25,
    "P.PPLA2": 0.1,
    "A.ADM2": -0.1,
}
_CURATED_PRIOR = 1.6  # regions.yaml: named on purpose, so what the press means by the name
_DIRECTIONS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_NUMBER_WORDS = {
    "a few": 5,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "a hundred": 100,
}
# Words that name a kind of place: in "Royal Street" or "Rogers Centre" they are never the
# town that happens to bear the word ("Street", Somerset).
_FEATURE_NOUNS = frozenset(
    [
        "street",
        "avenue",
        "road",
        "drive",
        "lane",
        "boulevard",
        "square",
        "park",
        "canal",
        "bridge",
        "airport",
        "station",
        "hospital",
        "church",
        "cathedral",
        "basilica",
        "centre",
        "center",
        "hall",
        "hotel",
        "house",
        "market",
        "mall",
        "stadium",
        "union",
        "delta",
        "university",
        "college",
        "school",
        "court",
        "estate",
        "township",
        "district",
        "county",
        "city",
        "river",
        "lake",
        "island",
        "bay",
        "harbour",
        "harbor",
        "port",
        "beach",
        "valley",
        "heights",
    ]
)
_DIRECTION = r"(north|south|east|west)(?:[- ]?(east|west))?"
DIRECTION_WORD = re.compile(
    r"(?:north|south|east|west|central|middle|upper|lower)(?:[- ]?(?:east|west))?(?:ern)?",
    re.IGNORECASE,
)
_DISTANCE = re.compile(
    r"(?:(about|some|around|roughly|approximately|nearly|almost|over|more than|less than|"
    r"under|up to)\s+)?(\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")[- ]"
    r"(kilometers|kilometres|km|miles|mi)\b(?:\s*\([^)]{0,25}\))?\s+"
    + _DIRECTION
    + r"(?:ern)?\s+of\s+(?:[^.;]{0,45}?\s)?$",
    re.IGNORECASE,
)
_REGION_MODIFIER = re.compile(r"\b" + _DIRECTION + r"(?:ern)?\s+$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(
    r"\b(in|at|to|from|near|into|outside|across|around|towards?|inside|of|via|through|"
    r"between|and)\s+(the\s+)?$",
    re.IGNORECASE,
)
_WORDS = yaml.safe_load((DATA / "government_use.yaml").read_text(encoding="utf-8"))
_GOVERNMENT_VERBS = frozenset(_WORDS["verbs"])
_AUXILIARIES = frozenset(_WORDS["skipped"])
_POLITICAL_OBJECT = re.compile(  # "by Paris", "by Paris, London and Washington"
    r"\b(?i:by|against|(?:support|backing|pressure|behalf|side) of|between)\s+"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:,\s+|,?\s+and\s+))*$"
)
_FOLLOWING = re.compile(
    r"^(?:\s*(?:,|and|or)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)*"
    r"((?:\s+[a-z']+){1,4})"
)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A span of the document's text to resolve."""

    start: int
    end: int
    text: str


def _prior(entry: Entry) -> float:
    if entry.layer == "regions":
        return _CURATED_PRIOR
    population = math.log10(entry.population + 1) / 7.0
    if entry.feature in ("A.ADM1", "A.ADM2"):  # the sum of its towns: counts less
        population *= 0.7
    return (
        min(population, 1.1)
        + _FEATURE_PRIOR.get(entry.feature, 0.0)
        - (0.3 if entry.feature[0] in "THLS" else 0.0)
    )


def _lookup(gazetteer: Gazetteer, name: str) -> list[tuple[int, float]]:
    """Candidates for the whole name, else for its longest capitalised word sequences that
    name a place ("University of California" -> California), at a lower name score."""
    found = list(gazetteer.lookup(name))
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        if found:
            break
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            if (
                part[:1].isupper()
                and len(part) > 2
                and not DIRECTION_WORD.fullmatch(part)
                and part.lower() not in _FEATURE_NOUNS
            ):
                found += [(i, 0.9 * m) for i, m in gazetteer.lookup(part) if m >= 0.9]
    return found


@lru_cache(maxsize=50_000)
def _first_pass(gazetteer: Gazetteer, name: str) -> tuple[tuple[int, float, float], ...]:
    """(entry index, name score, prior score) for a surface form, best first; memoised
    (bounded), since every document names the same countries and capitals again."""
    found = _lookup(gazetteer, base_name(name))
    scored = [(i, m, 2.0 * m + _prior(gazetteer.entries[i])) for i, m in found]
    scored.sort(key=lambda item: -item[2])
    return tuple(scored[:MAX_CANDIDATES])


def best_entry(gazetteer: Gazetteer, name: str) -> Entry | None:
    """The best candidate for a name without context (name match, population, type)."""
    ranked = _first_pass(gazetteer, name)
    return gazetteer.entries[ranked[0][0]] if ranked else None


def base_name(name: str) -> str:
    """Without a leading article or a trailing possessive ("New York's" -> New York)."""
    name = re.sub(r"(?:['’]s|(?<=s)['’])$", "", name.strip())
    return re.sub(r"^(?:the)\s+", "", name, flags=re.IGNORECASE)


def _context_bonus(
    entry: Entry,
    focus: Counter[str],
    admin1s: Counter[tuple[str, str]],
    points: list[tuple[float, float]],
) -> float:
    total = sum(focus.values()) or 1.0
    if entry.country_code is None:  # continents, oceans, cross-border regions: neutral
        return 0.6 if focus else 0.0
    bonus = 1.2 * focus.get(entry.country_code, 0) / total
    if entry.country_code and entry.admin1 and admin1s.get((entry.country_code, entry.admin1)):
        bonus += 0.2
    if points:
        # from the area's edge: a town named beside Tallahassee is in Florida the state
        nearest = min(haversine_km(entry.lat, entry.lon, lat, lon) for lat, lon in points)
        nearest = max(0.0, nearest - (entry.radius_km or 0.0))
        bonus += 0.4 * max(0.0, 1.0 - nearest / 400.0)
    return bonus


def resolve(
    doc_id: str,
    text: str,
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    relative: bool = True,
    min_score: float = 0.0,
    min_name: float = 0.0,
) -> list[Place]:
    """Resolve every toponym of one document; unresolvable ones, and those whose best
    candidate scores below `min_score`, are left out.

    With `relative`, a place named with a distance and bearing ("30 miles northeast of
    Bamako") or a direction ("northern Mali") becomes the derived point or area, its span
    widened to the whole phrase.
    """
    mentions = Counter(_key(t.text) for t in toponyms)
    first = {key: [c for c in _first_pass(gazetteer, key) if c[1] >= min_name] for key in mentions}
    tops = {key: gazetteer.entries[found[0][0]] for key, found in first.items() if found}
    ranked = {key: _rank(key, first[key], tops, mentions, gazetteer) for key in tops}
    places = []
    for toponym in toponyms:
        best = ranked.get(_key(toponym.text))
        if not best or best[0][1] < min_score:
            continue
        place = _place(doc_id, toponym, best, gazetteer)
        if relative:
            place = _relative(place, text, gazetteer.entries[best[0][0]])
        if government_use(text, toponym.start, toponym.end, place.feature):
            place = replace(place, role="actor")
        places.append(place)
    return places


def _key(name: str) -> str:
    """One resolution per distinct name in a document ("Gao" is one town throughout)."""
    return " ".join(name.split())


def _rank(
    key: str,
    candidates: list[tuple[int, float, float]],
    tops: dict[str, Entry],
    mentions: Counter[str],
    gazetteer: Gazetteer,
) -> list[tuple[int, float]]:
    """Second pass: candidates re-scored with what the document's other names point to."""
    focus: Counter[str] = Counter()
    admin1s: Counter[tuple[str, str]] = Counter()
    points: set[tuple[float, float]] = set()
    for other, top in tops.items():
        if other.casefold() == key.casefold():
            continue
        weight = (2.0 if top.feature.startswith("A.PCL") else 1.0) * mentions[other]
        if top.country_code:
            focus[top.country_code] += weight
            if top.admin1:
                admin1s[top.country_code, top.admin1] += mentions[other]
        if not (top.radius_km or 0) > 100:
            points.add((top.lat, top.lon))
    rescored = [
        (i, score + _context_bonus(gazetteer.entries[i], focus, admin1s, list(points)))
        for i, _, score in candidates
    ]
    return sorted(rescored, key=lambda item: -item[1])


def _place(
    doc_id: str, toponym: Toponym, ranked: list[tuple[int, float]], gazetteer: Gazetteer
) -> Place:
    best_index, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else best - 2.0
    entry = gazetteer.entries[best_index]
    confidence = 1.0 / (1.0 + math.exp(-3.0 * (best - runner_up)))
    return Place(
        doc_id=doc_id,
        start=toponym.start,
        end=toponym.end,
        text=toponym.text,
        stage=STAGE,
        confidence=round(confidence, 3),
        name=entry.name,
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code,
        admin1=gazetteer.admin1_name(entry),
        feature=entry.feature,
        radius_km=entry.radius_km,
        candidates=tuple(
            PlaceCandidate(
                geonameid=gazetteer.entries[i].geonameid,
                name=_label(gazetteer.entries[i]),
                score=round(score, 3),
            )
            for i, score in ranked[:KEPT_SCORES]
        ),
    )


def _label(entry: Entry) -> str:
    return f"{entry.name} ({entry.feature}, {entry.country_code or '-'})"


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) on an initial bearing (great circle)."""
    d, b = km / EARTH_RADIUS_KM, math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


def _bearing(main: str, secondary: str | None) -> float:
    return _DIRECTIONS.get((main + (secondary or "")).lower(), _DIRECTIONS[main.lower()])


def _widened(
    place: Place,
    text: str,
    start: int,
    point: tuple[float, float],
    radius: float,
    feature: str,
    name: str,
) -> Place:
    """The place stretched back to `start` over its modifier, moved to `point`: a relative
    place has no GeoNames id of its own."""
    return replace(
        place,
        start=start,
        text=text[start : place.end],
        lat=round(point[0], 5),
        lon=round(point[1], 5),
        geonameid=None,
        radius_km=round(radius, 1),
        feature=feature,
        name=name,
    )


def _relative(place: Place, text: str, entry: Entry) -> Place:
    if text.startswith(("'s", "’s", "'", "’"), place.end):  # "Mali's capital of Bamako"
        return place
    before = text[max(0, place.start - 160) : place.start]
    match = _DISTANCE.search(before)
    if match:
        qualifier, amount, unit, main, secondary = match.groups()
        value = _NUMBER_WORDS.get(amount.lower()) or float(amount.replace(",", ""))
        km = value * (1.609344 if unit.lower().startswith("mi") else 1.0)
        point = destination(entry.lat, entry.lon, _bearing(main, secondary), km)
        radius = max(5.0, (0.35 if qualifier else 0.2) * km) + min(entry.radius_km or 0.0, 50.0)
        start = place.start - len(before) + match.start()
        name = f"{round(km)} km {(main + (secondary or '')).lower()} of {entry.name}"
        return _widened(place, text, start, point, radius, "REL.POINT", name)
    match = _REGION_MODIFIER.search(before)
    if match and entry.radius_km and entry.radius_km >= 30:
        main, secondary = match.groups()
        point = destination(entry.lat, entry.lon, _bearing(main, secondary), 0.5 * entry.radius_km)
        start = place.start - len(before) + match.start()
        name = f"{text[start : place.start].strip()} {entry.name}"
        return _widened(place, text, start, point, 0.6 * entry.radius_km, "REL.AREA", name)
    return place


def _verb_base(word: str) -> str:
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in _GOVERNMENT_VERBS:
            return word[: -len(suffix)] + repl
    return {"said": "say", "told": "tell", "sent": "send", "sought": "seek"}.get(word, word)


def government_use(text: str, start: int, end: int, feature: str | None) -> bool:
    """True when a country or capital stands for its government rather than a location.

    Either is the subject of a verb of saying, deciding or waging war ("Paris said",
    "Washington and Paris cynically present their plans", "Bamako rejected", "the war Paris
    is fighting"), unless a preposition makes it a location ("in Paris"); a capital also
    when it is the agent or target of a political act ("backed by Paris", "accusations
    against Paris", "the support of Paris", "Paris' attempts").
    """
    if feature not in ("A.PCLI", "P.PPLC"):
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 120]
    if feature == "P.PPLC" and (
        _POLITICAL_OBJECT.search(before) or after.startswith(("'s ", "’s ", "' ", "’ "))
    ):
        return True
    coordinated = re.search(r"\b[A-Z][\w.-]*\s+and\s+$", before)
    if _PLACE_PREPOSITION.search(before) and not coordinated:
        return False
    if after.startswith(("'", "’")):
        return False
    match = _FOLLOWING.match(after)
    if not match:
        return False
    for word in match.group(1).split():
        if word in _AUXILIARIES or word.endswith("ly"):
            continue
        return _verb_base(word) in _GOVERNMENT_VERBS
    return False
