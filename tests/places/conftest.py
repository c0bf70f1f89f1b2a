"""Shared fixtures: the gazetteer (built once into the cache, then loaded) and the seeds."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from newsgraph import config
from newsgraph.model import Document
from newsgraph.places.gazetteer import Gazetteer, default

_DATE = re.compile(r"\*\*(\d{1,2} \w+ \d{4})\*\*")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default()


def _published(text: str) -> datetime.date | None:
    match = _DATE.search(text)
    return datetime.datetime.strptime(match.group(1), "%d %B %Y").date() if match else None


@pytest.fixture(scope="session")
def seed_documents() -> list[Document]:
    """The raw seed articles as Documents (the ingester's cleaning is not needed here)."""
    folder = config.shared_dir() / "seeds"
    if not folder.is_dir():
        pytest.skip("shared seeds not available")
    documents = []
    for path in sorted(Path(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        documents.append(Document(id=path.stem, text=text, published=_published(text)))
    return documents
