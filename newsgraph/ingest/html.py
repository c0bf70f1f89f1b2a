"""HTML pages: main text and metadata by trafilatura, which runs offline."""

from __future__ import annotations

import json
from collections.abc import Iterator

import trafilatura

from newsgraph.errors import InputError
from newsgraph.ingest.build import make_document
from newsgraph.ingest.clean import clean_paragraphs
from newsgraph.ingest.metadata import Metadata, parse_authors, parse_date_value
from newsgraph.model import Document


def html_to_paragraphs(html: str) -> tuple[list[str], dict[str, str | None]]:
    """The page's main text as clean paragraphs, and trafilatura's metadata."""
    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not extracted:
        return [], {}
    data = json.loads(extracted)
    # trafilatura puts one paragraph a line; clean_paragraphs expects blank-line blocks
    return clean_paragraphs((data.get("text") or "").replace("\n", "\n\n")), data


def read_html(html: str, source: str) -> Iterator[Document | InputError]:
    paragraphs, data = html_to_paragraphs(html)
    if not paragraphs:
        yield InputError(source, "HTML page has no main article text that could be extracted")
        return
    author = data.get("author") or ""
    authors = tuple(a.strip() for a in author.split(";") if a.strip())
    meta = Metadata(
        title=data.get("title") or None,
        authors=authors if authors else parse_authors(author),
        outlet=data.get("sitename") or data.get("hostname") or None,
        url=data.get("url") or None,
        published=parse_date_value(data.get("date")),
        language=data.get("language") or "en",
    )
    yield make_document(paragraphs, meta, source)
