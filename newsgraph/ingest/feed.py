"""RSS and Atom feeds saved on disk: each item an article."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import feedparser
import lxml.html

from newsgraph.errors import InputError
from newsgraph.ingest.build import make_document
from newsgraph.ingest.clean import clean_paragraphs
from newsgraph.ingest.html import html_to_paragraphs
from newsgraph.ingest.metadata import Metadata, parse_date_value
from newsgraph.model import Document


def _entry_paragraphs(entry: feedparser.FeedParserDict) -> list[str]:
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    if "<" in body:
        paragraphs, _ = html_to_paragraphs(f"<html><body><article>{body}</article></body></html>")
        if paragraphs:
            return paragraphs
        body = lxml.html.fromstring(body).text_content()
    return clean_paragraphs(body)


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return parse_date_value(entry.get("published") or entry.get("updated"))


def read_feed(data: bytes, source: str) -> Iterator[Document | InputError]:
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "no items"
        yield InputError(source, f"feed has no readable items ({reason})")
        return
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        paragraphs = _entry_paragraphs(entry)
        if not paragraphs:
            yield InputError(source, f"feed item {number} has no text", None)
            continue
        authors = tuple(a.get("name", "") for a in entry.get("authors", []) if a.get("name"))
        meta = Metadata(
            title=entry.get("title") or None,
            authors=authors,
            outlet=outlet,
            url=entry.get("link") or None,
            published=_entry_date(entry),
        )
        yield make_document(paragraphs, meta, f"{source}#item{number}")
