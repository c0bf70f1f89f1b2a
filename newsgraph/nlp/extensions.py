"""Every `Doc._` attribute newsgraph uses, registered in one place.

Each extraction stage is a spaCy component that reads `doc._.document` (the ingested
`model.Document`: id, publication date) and the attributes of earlier stages, and writes
its own attribute as a list of `model` records.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES: dict[str, object] = {
    "document": None,  # model.Document
    "mentions": None,  # list[model.Mention]
    "actors": None,  # list[model.Actor] referenced by mentions
    "places": None,  # list[model.Place]
    "times": None,  # list[model.TimeExpression]
    "events": None,  # list[model.Event]
    "figures": None,  # list[model.Figure]
    "quotes": None,  # list[model.Quote]
}


def register_extensions() -> None:
    """Register the attributes; safe to call many times."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
