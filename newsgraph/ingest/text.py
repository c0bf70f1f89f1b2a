"""Plain text and Markdown articles laid out as saved: header lines, then the body."""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.errors import InputError
from newsgraph.ingest.build import make_document
from newsgraph.ingest.clean import clean_paragraphs
from newsgraph.ingest.metadata import parse_header
from newsgraph.model import Document


def read_text(text: str, source: str) -> Iterator[Document | InputError]:
    """One article: metadata from the first lines, clean paragraphs from the rest."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta, body_start = parse_header(lines)
    paragraphs = clean_paragraphs("\n".join(lines[body_start:]))
    if not paragraphs:
        yield InputError(source, "no article text after the header lines")
        return
    yield make_document(paragraphs, meta, source)
