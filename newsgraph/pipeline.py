"""Compose the extraction stages into one spaCy pipeline and turn documents into records.

`process` is a pure function from documents to `Records`: no I/O, no store. The same
code therefore runs in one process, in a process pool or as a map on a Ray cluster,
while `store.writer` stays the only writer.

A stage is a package `newsgraph/<stage>/` whose `component.py` defines
`add_to_pipeline(nlp)`: it adds the stage's spaCy components (named `newsgraph_<stage>`)
where they belong. Components read `doc._.document` and earlier stages' attributes and
write their own (see `nlp.extensions`).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import config
from newsgraph.model import Document, Records
from newsgraph.nlp.extensions import register_extensions


def build_nlp(
    stages: Sequence[str] = config.DEFAULT_STAGES, model: str | None = None
) -> Language:
    """Load the spaCy pipeline named by `model` and add the newsgraph stages in order."""
    register_extensions()
    nlp = spacy.load(model or config.model_name())
    for stage in stages:
        importlib.import_module(f"newsgraph.{stage}.component").add_to_pipeline(nlp)
    return nlp


def prepare(nlp: Language, document: Document) -> Doc:
    """Tokenise the document's clean text and attach the document for the stages."""
    doc = nlp.make_doc(document.text)
    doc._.document = document
    return doc


def to_records(doc: Doc) -> Records:
    """The one conversion out of spaCy: gather what each stage wrote."""
    return Records(
        document=doc._.document,
        mentions=tuple(doc._.mentions or ()),
        actors=tuple(doc._.actors or ()),
        places=tuple(doc._.places or ()),
        times=tuple(doc._.times or ()),
        events=tuple(doc._.events or ()),
        figures=tuple(doc._.figures or ()),
        quotes=tuple(doc._.quotes or ()),
    )


def process(
    documents: Iterable[Document],
    nlp: Language,
    batch_size: int = config.DEFAULT_BATCH_SIZE,
) -> Iterator[Records]:
    """Run the pipeline over documents, yielding one `Records` per document, in order."""
    docs = (prepare(nlp, document) for document in documents)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield to_records(doc)
