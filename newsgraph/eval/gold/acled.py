"""ACLED exports: each row's `notes` is the input text, the coder's columns the gold.

Splits (SPLITS.md): the Mali 2015-2023 file by event number, even = dev, odd = test; the
Burkina Faso sample is test only (another country); the legacy-taxonomy file has no
usable event types and serves places and actors on dev only.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, datetime

from newsgraph.eval.gold._common import data_path
from newsgraph.eval.gold.types import AcledEvent, Split

__all__ = ["CORPORA", "load"]

MALI = "acled_mali_2015-01-01_2023-03-01.csv"
BURKINA = "acled_burkina_faso_sample_to_2022-11-02.csv"
LEGACY = "acled_mali_2017-01-01_2019-02-27_legacy_taxonomy.csv"
CORPORA = {"mali": MALI, "burkina": BURKINA, "mali_legacy": LEGACY}


def _parse_date(text: str) -> date:
    for fmt in ("%d %B %Y", "%d-%b-%y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unknown ACLED date format: {text!r}")


def _number(event_id: str) -> int:
    match = re.search(r"(\d+)$", event_id)
    if not match:
        raise ValueError(f"ACLED event id without a number: {event_id!r}")
    return int(match.group(1))


def _rows(corpus: str) -> Iterator[AcledEvent]:
    with data_path("acled", CORPORA[corpus]).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            legacy = corpus == "mali_legacy"
            yield AcledEvent(
                event_id=row["event_id_cnty"],
                corpus=corpus,
                notes=row["notes"],
                date=_parse_date(row["event_date"]),
                time_precision=int(row["time_precision"] or 1),
                event_type=None if legacy else row["event_type"],
                sub_event_type=None if legacy else row.get("sub_event_type"),
                actor1=row["actor1"],
                actor2=row["actor2"],
                location=row["location"],
                lat=float(row["latitude"]),
                lon=float(row["longitude"]),
                fatalities=int(row["fatalities"] or 0),
            )


def load(split: Split, with_legacy: bool = False) -> list[AcledEvent]:
    """The rows of `split`, in file order; `with_legacy` adds the legacy file to dev."""
    if split == "dev":
        rows = [e for e in _rows("mali") if _number(e.event_id) % 2 == 0]
        if with_legacy:
            rows.extend(_rows("mali_legacy"))
        return rows
    rows = [e for e in _rows("mali") if _number(e.event_id) % 2 == 1]
    rows.extend(_rows("burkina"))
    return rows
