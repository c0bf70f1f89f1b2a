from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from newsgraph.actors.component import add_to_pipeline
from newsgraph.actors.report import actor_detail, actor_rows, find_actor, mention_rows
from newsgraph.model import Document, Records
from newsgraph.pipeline import prepare, to_records


@pytest.fixture(scope="module")
def records() -> list[Records]:
    nlp: Language = spacy.blank("en")
    add_to_pipeline(nlp)
    texts = {
        "a": ("Boko Haram attacked Maiduguri. Buhari condemned Boko Haram.", "Daily Trust"),
        "b": ("The ISWAP faction split from Boko Haram.", "Reuters"),
    }
    out = []
    for doc_id, (text, outlet) in texts.items():
        document = Document(id=doc_id, text=text, outlet=outlet, published=date(2019, 5, 1),
                            sentences=((0, text.index(".") + 1), (text.index(".") + 2, len(text))))
        out.append(to_records(nlp(prepare(nlp, document))))
    return out


def test_report_actor_rows_count_mentions_and_documents(records: list[Records]) -> None:
    rows = {r["id"]: r for r in actor_rows(records)}
    boko = rows["boko-haram"]
    assert (boko["name"], boko["type"], boko["code"]) == ("Boko Haram", "armed_group", "NGAREB")
    assert boko["mentions"] == 3 and boko["documents"] == ["a", "b"]
    assert "JAS" in boko["aliases"]
    assert set(rows) >= {"boko-haram", "iswap", "muhammadu-buhari"}


def test_report_mention_rows(records: list[Records]) -> None:
    rows = mention_rows(records)
    assert {"doc_id", "start", "end", "text", "label", "sentence", "actor_id", "role"} <= set(
        rows[0]
    )


def test_report_find_and_detail(records: list[Records]) -> None:
    assert find_actor("Buhari", records) == "muhammadu-buhari"
    assert find_actor("no such actor", records) is None
    detail = actor_detail("boko-haram", records)
    assert detail is not None
    assert detail["names_seen"] == {"Boko Haram": 3}
    assert detail["names_by_outlet"] == {"Daily Trust": {"Boko Haram": 2},
                                         "Reuters": {"Boko Haram": 1}}
    assert detail["mentions"][1]["sentence"] == "Buhari condemned Boko Haram."
    buhari = actor_detail("Muhammadu Buhari", records)
    assert buhari is not None and buhari["roles"][0]["title"] == "President"
