"""The one data model that flows through newsgraph.

Ingestion makes a `Document`; the extraction stages turn it into `Records`; the store,
the exports, the evaluation harness, the CLI and the API see only these frozen
dataclasses, never spaCy objects. Every extracted fact carries its provenance: the
document id, the character span (`start`/`end` into `Document.text`, end excluded),
the stage that made it and a confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

DateStatus = Literal["found", "unknown"]
EventMode = Literal[
    "occurred", "planned", "threatened", "demanded", "denied", "hypothetical", "alleged"
]
Precision = Literal[
    "day", "week", "month", "season", "quarter", "year", "decade", "range", "open", "duration"
]


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned news article: the text every offset in newsgraph points into."""

    id: str
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    date_status: DateStatus = "unknown"
    language: str = "en"
    paragraphs: tuple[tuple[int, int], ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    source_path: str | None = None
    ingested_at: datetime | None = None
    note: str | None = None  # what ingestion had to do, e.g. "decoded as cp1252"

    def sentence_at(self, offset: int) -> int:
        """Index into `sentences` of the sentence holding character `offset` (-1: none)."""
        return bisect_right([start for start, _ in self.sentences], offset) - 1


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A pointer to a canonical actor, as events, figures and quotes carry it."""

    actor_id: str
    name: str
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A dated position: 'France, minister of defence, 2012-05 to 2017-05'."""

    title: str
    country: str | None = None
    start: str | None = None  # ISO date or year-month; None = unknown
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A dated link between actors: 'AQIM affiliated to al-Qaeda'."""

    actor_id: str
    relation: str  # affiliated_to, merged_into, part_of, ...
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor, from the shipped dictionary or discovered in the text."""

    id: str
    name: str
    type: str  # state, military, agency, igo, armed_group, party, media, person, ...
    code: str | None = None
    country: str | None = None  # ISO 3166 alpha-3 where the actor belongs to a state
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    origin: Literal["dictionary", "discovered"] = "dictionary"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text (person, organisation, state, group, place), maybe resolved."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, LOC, ARMED_GROUP, ...
    sentence: int
    stage: str
    confidence: float
    actor_id: str | None = None
    role: str | None = None  # the role the actor held at the article's date


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    geonameid: int | None
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym in the text resolved to a gazetteer point or region."""

    doc_id: str
    start: int
    end: int
    text: str
    stage: str
    confidence: float
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature: str | None = None  # GeoNames feature class.code, e.g. P.PPLC, A.ADM1
    radius_km: float | None = None  # uncertainty: regions and relative places
    role: Literal["place", "actor"] = "place"  # "Paris said": a government, not a place
    candidates: tuple[PlaceCandidate, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression normalised against the article's publication date."""

    doc_id: str
    start: int
    end: int
    text: str
    stage: str
    confidence: float
    value: str | None  # ISO 8601 (2013-01-15, 2013-01, 2012, 2013-W03, P4M ...) or None
    precision: Precision | None = None
    earliest: date | None = None
    latest: date | None = None
    reason: str | None = None  # why value is None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where, when, how many, and who says so."""

    id: str
    doc_id: str
    mentions: tuple[Span, ...]
    action: str
    stage: str
    confidence: float
    source: ActorRef | None = None
    target: ActorRef | None = None
    plover_type: str | None = None
    plover_context: str | None = None
    cameo_root: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    mode: EventMode = "occurred"
    mode_cue: str | None = None
    reported_by: ActorRef | None = None
    date: str | None = None
    date_precision: str | None = None
    date_from_publication: bool = False
    place: Place | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the text reports: fatalities, injured, force sizes, hostages."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: str  # fatalities, injured, force, hostages, displaced, ...
    stage: str
    confidence: float
    min: int | None = None
    max: int | None = None
    actor: ActorRef | None = None
    status: str | None = None  # announced, pledged, agreed, deployed, planned, reported
    qualifier: str | None = None  # "mostly civilians", "at least", ...
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or indirect speech attributed to a speaker."""

    doc_id: str
    start: int
    end: int
    text: str
    stage: str
    confidence: float
    speaker: ActorRef | None = None
    speaker_text: str | None = None
    cue: str | None = None
    direct: bool = True


@dataclass(frozen=True, slots=True)
class Records:
    """Everything extracted from one document: what `pipeline.process` returns."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
