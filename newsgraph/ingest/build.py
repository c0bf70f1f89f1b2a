"""Assemble a `Document` from clean paragraphs and metadata: the one place ids are made."""

from __future__ import annotations

from datetime import UTC, datetime

from newsgraph.ingest.clean import layout, sentence_offsets
from newsgraph.ingest.ids import document_id
from newsgraph.ingest.metadata import Metadata
from newsgraph.model import Document


def make_document(paragraphs: list[str], meta: Metadata, source: str) -> Document:
    """A Document whose id hashes the clean text, so renamed copies share one id."""
    text, paragraph_offsets = layout(paragraphs)
    return Document(
        id=document_id(text),
        text=text,
        title=meta.title,
        authors=meta.authors,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        date_status="found" if meta.published else "unknown",
        language=meta.language,
        paragraphs=paragraph_offsets,
        sentences=sentence_offsets(text, paragraph_offsets),
        source_path=source,
        ingested_at=datetime.now(UTC).replace(tzinfo=None),
    )
