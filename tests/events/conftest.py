"""Fixtures: a real parsed doc with the earlier stages' records set by hand.

The actors, places and time stages are built in parallel; these tests fix their output so
that the events stage is tested on its own logic, as it will see them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from newsgraph.events.component import EventsComponent
from newsgraph.model import Actor, Document, Mention, Place, TimeExpression

Annotate = Callable[..., object]


def _words(text: str, surface: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text))


def _find(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """The nth whole-word occurrence of `surface` ("Niger" is not in "Nigeria")."""
    return _words(text, surface)[nth].span()


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    from newsgraph.config import model_name
    from newsgraph.nlp.extensions import register_extensions

    register_extensions()
    try:
        return spacy.load(model_name())
    except OSError:
        pytest.skip("spaCy model not installed")


@pytest.fixture()
def annotate(nlp) -> Annotate:
    """Parse `text`, set the earlier stages' attributes, run the events component.

    actors: (surface, actor_id, name, code, type); places: (surface, name, feature, role);
    times: (surface, value, precision). None leaves the attribute unset (stage absent)."""

    def run(
        text: str,
        actors: Sequence[tuple[str, str, str, str | None, str]] | None = (),
        places: Sequence[tuple[str, str, str, str]] | None = (),
        times: Sequence[tuple[str, str, str]] | None = (),
        published: date | None = date(2013, 1, 16),
        doc_id: str = "t1",
    ):
        document = Document(id=doc_id, text=text, published=published)
        doc = nlp(text)
        doc._.document = document
        if actors is not None:
            mentions, table = [], {}
            for surface, actor_id, name, code, kind in actors:
                for match in _words(text, surface):
                    start, end = match.span()
                    sentence = sum(1 for s in doc.sents if s.start_char <= start) - 1
                    mentions.append(Mention(doc_id, start, end, surface, "ORG", sentence,
                                            "test", 0.9, actor_id))
                    table[actor_id] = Actor(actor_id, name, kind, code)
            doc._.mentions, doc._.actors = mentions, list(table.values())
        if places is not None:
            doc._.places = [
                Place(doc_id, *_find(text, surface, nth), surface, "test", 0.9, name=name,
                      lat=1.0, lon=2.0, country_code="ML", feature=feature, role=role)
                for surface, name, feature, role in places
                for nth in range(len(_words(text, surface)))
            ]
        if times is not None:
            doc._.times = [
                TimeExpression(doc_id, *_find(text, surface), surface, "test", 0.9, value,
                               precision)
                for surface, value, precision in times
            ]
        return EventsComponent()(doc)

    return run
