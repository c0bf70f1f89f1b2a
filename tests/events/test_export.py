"""Export dicts carry the keys the issue names; ACLED rows carry ACLED's columns."""

from __future__ import annotations

import csv
import io

import pytest

from newsgraph.config import shared_dir
from newsgraph.events.acled import ACLED_COLUMNS, to_acled_rows, write_acled_csv
from newsgraph.events.export import (
    figure_to_jsonl_dict,
    quote_to_jsonl_dict,
    to_geojson,
    to_jsonl_dict,
)
from newsgraph.events.tables import acled_taxonomy
from newsgraph.export import flatten
from newsgraph.model import ActorRef, Event, Figure, Place, Quote, Span

FRANCE = ActorRef("FRA", "France", "FRAMIL")
DIABALY = Place("d", 30, 37, "Diabaly", "test", 0.9, name="Diabaly", lat=14.68, lon=-6.02,
                country_code="ML", feature="P.PPL")


def _event(mode: str = "occurred") -> Event:
    return Event(
        id="ev_0123456789abcdef", doc_id="d", mentions=(Span(0, 37, "French warplanes ..."),),
        action="bomb", stage="newsgraph_events", confidence=0.9, source=FRANCE,
        target=ActorRef("agent:insurgents", "insurgents", "REB"), plover_type="ASSAULT",
        plover_mode="aerial", cameo_root="19", acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike", mode=mode, date="2013-01-15",
        date_precision="day", place=DIABALY, fatalities_min=5, fatalities_max=5,
    )


def test_export_event_jsonl_keys():
    record = to_jsonl_dict(_event())
    assert {"id", "doc_id", "mentions", "date", "date_precision", "source", "target", "action",
            "plover_type", "cameo_root", "acled_event_type", "acled_sub_event_type", "mode",
            "reported_by", "place", "fatalities", "confidence"} <= set(record)
    assert record["source"] == {"actor_id": "FRA", "name": "France", "code": "FRAMIL"}
    assert record["place"]["country_code"] == "ML"
    assert record["fatalities"] == {"min": 5, "max": 5}
    assert flatten(record)["source.code"] == "FRAMIL"


def test_export_figure_and_quote_keys():
    figure = figure_to_jsonl_dict(
        Figure("d", 0, 12, "500 troops", "force", "s", 0.8, 500, 500, FRANCE, "pledged"))
    assert figure["value"] == 500 and figure["status"] == "pledged" and "event_id" in figure
    quote = quote_to_jsonl_dict(Quote("d", 0, 5, "We feel", "s", 0.9, None, "He", "said"))
    assert {"doc_id", "start", "end", "text", "speaker", "cue"} <= set(quote)


def test_export_geojson_points_at_the_place():
    collection = to_geojson([_event()])
    assert collection["features"][0]["geometry"]["coordinates"] == [-6.02, 14.68]


def test_export_acled_rows_use_acled_columns_and_vocabulary():
    rows = to_acled_rows([_event(), _event("planned")])
    assert len(rows) == 1  # ACLED codes no planned events
    row = rows[0]
    assert tuple(row) == ACLED_COLUMNS
    assert row["event_date"] == "15 January 2013" and row["time_precision"] == 1
    assert row["iso"] == 466 and row["country"] == "Mali" and row["region"] == "Western Africa"
    assert row["inter1"] == 1 and row["inter2"] == 2 and row["interaction"] == 12
    assert row["disorder_type"] == "Political violence" and row["fatalities"] == 5
    assert row["sub_event_type"] in acled_taxonomy()["event_types"][row["event_type"]]
    assert row["event_id_cnty"].startswith("MLI")
    assert row["actor1"] == "Military Forces of France" and row["actor2"] == "insurgents"
    handle = io.StringIO()
    write_acled_csv(rows, handle)
    assert handle.getvalue().splitlines()[0] == ",".join(ACLED_COLUMNS)


def test_export_acled_header_matches_acled_export():
    path = shared_dir() / "data" / "acled" / "acled_mali_2015-01-01_2023-03-01.csv"
    if not path.exists():
        pytest.skip("shared ACLED data absent")
    with path.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == ACLED_COLUMNS


def test_export_filter_events_by_actor_type_mode_date_place():
    from newsgraph.events.query import filter_events

    events = [_event(), _event("planned")]
    assert len(list(filter_events(events, actor="fra"))) == 2
    assert len(list(filter_events(events, event_type="Air/drone strike", mode="occurred"))) == 1
    assert len(list(filter_events(events, start="2013-01", end="2013-01-15"))) == 2
    assert not list(filter_events(events, start="2013-02"))
    assert len(list(filter_events(events, place="ml"))) == 2
