"""PLOVER gold-standard records: sentences from the CAMEO manual re-coded in PLOVER.

Gold per sentence: the PLOVER event type, its mode and context, source and target actors
(surface text and ISO3/IGO code), location, dead and injured. The first record is a
DOCUMENT header, not a sentence; SPLITS.md's "first 161 records" count sentences only.
"""

from __future__ import annotations

import json
from typing import Any

from newsgraph.eval.gold._common import data_path
from newsgraph.eval.gold.types import CodedSentence, Coding, Split

__all__ = ["DEV_SIZE", "PLOVER_05_TO_08", "load", "plover_08", "to_sentence"]

DEV_SIZE = 161
# The GSR is coded in PLOVER 0.5b1; newsgraph codes PLOVER 0.8. The 0.8 manual's own
# CAMEO-to-PLOVER table (PLOVER_MANUAL.tex, "CAMEO to PLOVER translation") gives the
# renamed categories: 09 INVESTIGATE and 11 DISAPPROVE -> ACCUSE, 10 DEMAND -> REQUEST,
# 19 FIGHT -> ASSAULT. Every other 0.5 label is unchanged in 0.8.
PLOVER_05_TO_08 = {
    "INVESTIGATE": "ACCUSE",
    "DISAPPROVE": "ACCUSE",
    "DEMAND": "REQUEST",
    "FIGHT": "ASSAULT",
}


def plover_08(label: str) -> str:
    """A PLOVER 0.5 event label in PLOVER 0.8 terms."""
    return PLOVER_05_TO_08.get(label, label)


def _actors(value: Any) -> list[dict[str, str]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _int(value: Any) -> int | None:
    try:
        return int(str(value).replace(",", ""))
    except ValueError:
        return None


def to_sentence(record: dict[str, Any]) -> CodedSentence:
    """One GSR record as a sentence with its single coding."""
    source, target = _actors(record.get("source")), _actors(record.get("target"))
    location = record.get("eventLoc") or {}
    coding = Coding(
        source=tuple(a.get("code", "") for a in source),
        target=tuple(a.get("code", "") for a in target),
        plover_type=plover_08(record["event"]),
        mode=record.get("mode") or None,
        context=record.get("context") or None,
        source_text=tuple(a.get("actorText", "") for a in source),
        target_text=tuple(a.get("actorText", "") for a in target),
        dead=_int(record["dead"]) if "dead" in record else None,
        injured=_int(record["injured"]) if "injured" in record else None,
        location=location.get("name") if isinstance(location, dict) else None,
    )
    return CodedSentence(
        id=record["id"],
        corpus="PLOVER",
        text=record["text"],
        published=None,  # the GSR's date is a placeholder (always 2000-01-01)
        codings=(coding,),
        category=plover_08(record["event"]),
    )


def load(split: Split) -> list[CodedSentence]:
    """Dev: the first 161 coded sentences in file order; test: the rest."""
    records = json.loads(data_path("plover", "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    sentences = [to_sentence(r) for r in records if r.get("event") != "DOCUMENT"]
    return sentences[:DEV_SIZE] if split == "dev" else sentences[DEV_SIZE:]
