"""The spaCy component and the seeds."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from newsgraph.config import shared_dir
from newsgraph.model import Document
from newsgraph.time import find_times
from newsgraph.time.component import add_to_pipeline

SEEDS = shared_dir() / "seeds"


def test_component_writes_times_with_document_spans() -> None:
    nlp = spacy.blank("en")
    add_to_pipeline(nlp)
    text = "French warplanes bombed Diabaly on Tuesday."
    doc = nlp.make_doc(text)
    doc._.document = Document(id="x", text=text, published=date(2013, 1, 16))
    (time,) = nlp(doc)._.times
    assert (time.doc_id, time.text, time.value) == ("x", "Tuesday", "2013-01-15")
    assert text[time.start : time.end] == time.text


def test_component_unknown_publication_date() -> None:
    nlp = spacy.blank("en")
    add_to_pipeline(nlp)
    text = "The coup took place in March of this year."
    doc = nlp.make_doc(text)
    doc._.document = Document(id="y", text=text)
    (time,) = nlp(doc)._.times
    assert time.value is None and time.reason


def seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("shared seeds absent")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def values(text: str, anchor: date | None) -> dict[str, str | None]:
    return {time.text: time.value for time in find_times(text, anchor)}


def test_component_seed_001_bombing_dates() -> None:
    found = values(seed("001"), date(2013, 1, 16))
    assert found["Tuesday morning"] == "2013-01-15"
    assert found["Monday"] == "2013-01-14"
    assert found["yesterday"] == "2013-01-15"
    assert found["the weekend"] == "2013-W02-WE"
    assert "2085" not in found  # Resolution 2085


def test_component_seed_000_and_002() -> None:
    found = values(seed("000"), date(2012, 11, 3))
    assert found["October 12"] == "2012-10-12"
    assert found["until November 26"] == "../2012-11-26"
    assert found["since this March"] == "2012-03/.."
    assert found["four-to-six-month period"] == "P4M/P6M"
    assert found["early next year"] == "2013"
    found = values(seed("002"), date(2021, 10, 14))
    assert found["last Friday"] == "2021-10-08"
    assert found["since 2013"] == "2013/.."


def test_component_seed_003_without_publication_date() -> None:
    times = find_times(seed("003"), None)
    this_year = next(t for t in times if t.text == "this year")
    assert this_year.value is None and this_year.reason
    assert next(t for t in times if t.text == "2010").value == "2010"


@pytest.mark.model
def test_component_in_the_real_pipeline() -> None:
    from newsgraph.pipeline import build_nlp, process

    nlp = build_nlp(stages=["time"])
    text = "Rebels seized Diabaly on Monday."
    (records,) = process([Document(id="z", text=text, published=date(2013, 1, 16))], nlp)
    assert [t.value for t in records.times] == ["2013-01-14"]
