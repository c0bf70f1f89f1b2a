"""Gold items as the adapters hand them to the scorers: one shape per kind of gold,
whatever file format it came from. Offsets index `text` of the item's document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

__all__ = [
    "AcledEvent",
    "Attribution",
    "CodedSentence",
    "Coding",
    "GeoDocument",
    "QuoteDocument",
    "Split",
    "TimeDocument",
    "Timex",
    "Toponym",
]

Split = Literal["dev", "test"]


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    type: str = "toponym"  # GeoWebNews' fine-grained type, else "toponym"


@dataclass(frozen=True, slots=True)
class GeoDocument:
    doc_id: str
    corpus: str
    text: str
    toponyms: tuple[Toponym, ...]
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str


@dataclass(frozen=True, slots=True)
class TimeDocument:
    doc_id: str
    corpus: str
    text: str
    dct: date | None
    timexes: tuple[Timex, ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation: what was said (content), the cue, and who said it."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...] = ()
    source: tuple[tuple[int, int], ...] = ()

    @property
    def content_span(self) -> tuple[int, int]:
        return min(s for s, _ in self.content), max(e for _, e in self.content)


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    doc_id: str
    corpus: str
    text: str
    published: date | None
    attributions: tuple[Attribution, ...]


@dataclass(frozen=True, slots=True)
class AcledEvent:
    """One ACLED row: the coder's `notes` are the input text, the rest is the gold."""

    event_id: str
    corpus: str
    notes: str
    date: date
    time_precision: int
    event_type: str | None  # None in the legacy taxonomy file
    sub_event_type: str | None
    actor1: str
    actor2: str
    location: str
    lat: float
    lon: float
    fatalities: int


@dataclass(frozen=True, slots=True)
class Coding:
    """One gold event coding of a sentence (CAMEO and/or PLOVER)."""

    source: tuple[str, ...] = ()  # actor codes (CAMEO or ISO3)
    target: tuple[str, ...] = ()
    cameo: str | None = None  # 2-4 digit CAMEO event code
    plover_type: str | None = None
    mode: str | None = None
    context: str | None = None
    source_text: tuple[str, ...] = ()
    target_text: tuple[str, ...] = ()
    dead: int | None = None
    injured: int | None = None
    location: str | None = None

    @property
    def cameo_root(self) -> str | None:
        """The two-digit root, or None for codes outside CAMEO's 01-20 (the unit tests
        use private codes such as 345 or 9xx for their stylised dictionaries)."""
        root = self.cameo[:2] if self.cameo else ""
        return root if root.isdigit() and 1 <= int(root) <= 20 else None


@dataclass(frozen=True, slots=True)
class CodedSentence:
    """A sentence with its gold codings; no codings means "no event should be coded"."""

    id: str
    corpus: str
    text: str
    published: date | None
    codings: tuple[Coding, ...] = field(default=())
    category: str | None = None
