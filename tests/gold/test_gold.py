"""The seeds gold: well formed, and every row still anchors in the text ingest produces."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsgraph.ingest import read_path
from newsgraph.model import Document
from tests.gold.anchor import KINDS, AnchorError, anchor, check, find_occurrences, load_gold

GOLD = load_gold()
CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
MODES = {"occurred", "planned", "threatened", "demanded", "denied", "hypothetical", "alleged"}
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
ACLED = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
PRECISIONS = {
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
    "range",
    "open",
    "duration",
}


def _rows(kind: str) -> list[dict]:
    return [row for rows in GOLD.values() for row in rows if row["kind"] == kind]


def _ingested(seeds_dir: Path, stem: str) -> Document:
    documents = [d for d in read_path(seeds_dir / f"{stem}.txt") if isinstance(d, Document)]
    assert len(documents) == 1, stem
    return documents[0]


def test_gold_covers_the_four_seeds_with_every_kind() -> None:
    assert len(GOLD) == 4
    for stem, rows in GOLD.items():
        kinds = {row["kind"] for row in rows}
        assert kinds >= set(KINDS) - {"figure"}, stem
        assert sum(row["kind"] == "document" for row in rows) == 1, stem


def test_gold_rows_are_well_formed() -> None:
    for rows in GOLD.values():
        for row in rows:
            assert row["kind"] in KINDS
            if row["kind"] != "document":
                assert row["text"] and isinstance(row["occurrence"], int) and row["occurrence"] >= 0
    for row in _rows("mention"):
        assert row["actor"] and CODE.match(row["code"]), row
    for row in _rows("place"):
        assert (
            row["role"] in {"place", "actor"}
            and -90 <= row["lat"] <= 90
            and -180 <= row["lon"] <= 180
        )
    for row in _rows("date"):
        vague = str(row["value"]).endswith("_REF")  # PRESENT_REF and the like: no precision
        assert row["precision"] in PRECISIONS or (vague and row["precision"] is None), row
        assert row["value"] is not None or row["reason"], row
    for row in _rows("figure"):
        assert row["min"] is not None and (row["max"] is None or row["min"] <= row["max"]), row


def test_gold_events_use_the_codebooks_vocabularies() -> None:
    ids = [row["id"] for row in _rows("event")]
    assert len(ids) == len(set(ids))
    for row in _rows("event"):
        assert row["plover_type"] in PLOVER and row["mode"] in MODES, row
        assert re.fullmatch(r"(0[1-9]|1\d|20)", row["cameo_root"]), row
        if row["acled_event_type"]:
            assert row["acled_sub_event_type"] in ACLED[row["acled_event_type"]], row
        for side in ("source", "target"):
            assert (row[side] is None) == (row[f"{side}_code"] is None), row
    for row in _rows("figure"):
        assert row.get("event") is None or row["event"] in ids, row


def test_gold_document_dates_parse() -> None:
    for row in _rows("document"):
        assert row["published"] is None or date.fromisoformat(row["published"])


def test_gold_anchor_places_occurrences_and_check_catches_stale_offsets() -> None:
    text = "Mali said Malian troops left Mali; Mali-related talks."
    rows = [{"kind": "mention", "doc": "x", "text": "Mali", "occurrence": 2}]
    assert find_occurrences(text, "Mali") == [0, 29, 35]
    anchored = anchor(rows, text)
    assert (anchored[0]["start"], anchored[0]["end"]) == (35, 39)
    assert check(anchored, text) == []
    assert check(anchored, "X" + text)
    with pytest.raises(AnchorError, match="occurrence 3"):
        anchor([{**rows[0], "occurrence": 3}], text)


def test_gold_anchors_in_the_ingested_seeds(seeds_dir: Path) -> None:
    for stem, rows in GOLD.items():
        text = _ingested(seeds_dir, stem).text
        anchored = anchor(rows, text)
        assert check(anchored, text) == []


def test_gold_document_rows_match_ingested_metadata(seeds_dir: Path) -> None:
    for stem, rows in GOLD.items():
        document = _ingested(seeds_dir, stem)
        gold = next(row for row in rows if row["kind"] == "document")
        published = document.published.isoformat() if document.published else None
        assert (document.title, list(document.authors), document.outlet, published) == (
            gold["title"],
            gold["authors"],
            gold["outlet"],
            gold["published"],
        ), stem
