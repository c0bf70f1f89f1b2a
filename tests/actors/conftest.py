"""Shared fixtures for the actors tests: the real pipeline (loaded once) and the seeds."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph import config
from newsgraph.model import Document, Records

_PRINTED_DATE = re.compile(
    r"^\W*(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4})\W*$",
    re.MULTILINE,
)


def seed_document(path: Path) -> Document:
    """A seed article as a Document, dated by the date printed in it (None when it prints
    none); stands in for the ingester until that stage is merged."""
    text = path.read_text(encoding="utf-8")
    match = _PRINTED_DATE.search(text[:400])
    published = datetime.strptime(match.group(1), "%d %B %Y").date() if match else None
    return Document(id=path.stem, text=text, published=published)


@pytest.fixture(scope="session")
def nlp() -> Language:
    from newsgraph.pipeline import build_nlp

    return build_nlp(stages=["actors"])


@pytest.fixture(scope="session")
def seeds(nlp: Language) -> dict[str, Records]:
    """The four seed articles through the actors stage, by file-name prefix (000 ... 003)."""
    from newsgraph.pipeline import process

    folder = config.shared_dir() / "seeds"
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        pytest.skip("no seed articles in the shared folder")
    records = process([seed_document(p) for p in paths], nlp)
    return {r.document.id[:3]: r for r in records}


def published(records: Records) -> date | None:
    return records.document.published
