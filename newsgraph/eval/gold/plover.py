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

__all__ = ["DEV_SIZE", "load", "to_sentence"]

DEV_SIZE = 161


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
        plover_type=record["event"],
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
        category=record["event"],
    )


def load(split: Split) -> list[CodedSentence]:
    """Dev: the first 161 coded sentences in file order; test: the rest."""
    records = json.loads(data_path("plover", "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    sentences = [to_sentence(r) for r in records if r.get("event") != "DOCUMENT"]
    return sentences[:DEV_SIZE] if split == "dev" else sentences[DEV_SIZE:]
