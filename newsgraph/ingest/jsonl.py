"""JSON Lines: one article an object, `text` required, metadata optional."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.build import make_document
from newsgraph.ingest.clean import clean_paragraphs
from newsgraph.ingest.metadata import Metadata, parse_authors, parse_date_value
from newsgraph.model import Document


def _authors(record: dict[str, Any]) -> tuple[str, ...]:
    value = record.get("authors", record.get("author"))
    if isinstance(value, list):
        return tuple(str(a).strip() for a in value if str(a).strip())
    if isinstance(value, str) and value.strip():
        return parse_authors(value) or (value.strip(),)
    return ()


def metadata_from_record(record: dict[str, Any]) -> Metadata:
    """The usual field names of news datasets, read leniently."""
    return Metadata(
        title=record.get("title") or record.get("headline") or None,
        authors=_authors(record),
        outlet=record.get("outlet") or record.get("source") or record.get("site") or None,
        url=record.get("url") or record.get("link") or None,
        published=parse_date_value(
            record.get("published") or record.get("date") or record.get("publication_date")
        ),
        language=record.get("language") or "en",
    )


def read_jsonl(text: str, source: str) -> Iterator[Document | InputError]:
    """Each line is read on its own: a broken line is reported and the rest still stored."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})", number)
            continue
        if not isinstance(record, dict):
            yield InputError(source, "a JSON Lines article must be an object", number)
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(source, "no 'text' field with the article text", number)
            continue
        paragraphs = clean_paragraphs(body)
        if not paragraphs:
            yield InputError(source, "the 'text' field holds no article text", number)
            continue
        yield make_document(paragraphs, metadata_from_record(record), f"{source}:{number}")
