"""The spaCy component `newsgraph_events`: writes doc._.events, doc._.figures, doc._.quotes.

Runs after the parser and the places, actors and time stages; each of those may be absent
(their attributes None), and the component then falls back as `refs` and `anchor` describe.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events.assemble import extract_document
from newsgraph.events.tables import lexicon
from newsgraph.nlp.extensions import register_extensions

__all__ = ["EventsComponent", "add_to_pipeline"]


class EventsComponent:
    """Event, figure and quote extraction over a parsed document."""

    def __init__(self, broad: bool = False, verb_dictionary: str | None = None) -> None:
        self.broad = broad
        self.words = lexicon(verb_dictionary)

    def __call__(self, doc: Doc) -> Doc:
        events, figures, quotes = extract_document(doc, broad=self.broad, words=self.words)
        doc._.events, doc._.figures, doc._.quotes = events, figures, quotes
        return doc


@Language.factory(
    "newsgraph_events",
    default_config={"broad": False, "verb_dictionary": None},
    assigns=["doc._.events", "doc._.figures", "doc._.quotes"],
    requires=["token.dep", "token.lemma"],
)
def make_events(
    nlp: Language, name: str, broad: bool, verb_dictionary: str | None
) -> EventsComponent:
    """`broad`: also code verbs from the PETRARCH dictionary when source and target are
    both actors (PETRARCH's dyadic rule); more recall, more noise. `verb_dictionary`: a
    PETRARCH-format verb file to use as that dictionary instead of the shipped one."""
    return EventsComponent(broad=broad, verb_dictionary=verb_dictionary)


def add_to_pipeline(nlp: Language) -> None:
    """Add `newsgraph_events` last: it reads every earlier stage."""
    register_extensions()
    if "newsgraph_events" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_events", last=True)
