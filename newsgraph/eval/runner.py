"""Running the pipeline for the harness: stage checks, one cached pipeline, sampling.

A stage that cannot be imported raises `StageUnavailable`, which the CLI prints as one
line ("stage not available: ...") and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language

from newsgraph import config, pipeline
from newsgraph.errors import NewsgraphError
from newsgraph.eval.gold._common import GoldMissing
from newsgraph.model import Document, Records

__all__ = [
    "STAGE_ORDER",
    "StageUnavailable",
    "ingested_seeds",
    "make_document",
    "predict",
    "require",
    "sample",
    "stage_function",
]

STAGE_ORDER = ("places", "actors", "time", "events")
T = TypeVar("T")


class StageUnavailable(NewsgraphError):
    """A stage (or ingestion) the task needs is not installed in this checkout."""

    def __init__(self, stage: str, reason: str) -> None:
        self.stage = stage
        super().__init__(f"stage not available: {stage} ({reason})")


def _import(module: str, stage: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise StageUnavailable(stage, f"cannot import {module}: {exc}") from exc


def require(stages: Sequence[str]) -> tuple[str, ...]:
    """The stages in pipeline order, each checked importable."""
    ordered = tuple(s for s in STAGE_ORDER if s in stages)
    for stage in ordered:
        _import(f"newsgraph.{stage}.component", stage)
    return ordered


def stage_function(stage: str, name: str) -> Callable[..., Any]:
    """A stage's public function (e.g. places.resolve_toponyms), looked up at call time so
    that a test can break it on purpose."""
    module = _import(f"newsgraph.{stage}", stage)
    function = getattr(module, name, None)
    if function is None:
        raise StageUnavailable(stage, f"newsgraph.{stage} has no {name}()")
    return function


@lru_cache(maxsize=1)
def _nlp(stages: tuple[str, ...]) -> Language:
    return pipeline.build_nlp(stages=stages)


def predict(documents: Sequence[Document], stages: Sequence[str]) -> list[Records]:
    """Records for each document, in order, from one pipeline with `stages` (loaded once)."""
    return list(pipeline.process(documents, _nlp(require(stages))))


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph offsets at blank lines, the text itself left as it is (gold offsets
    index it)."""
    spans = [
        (m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", text, re.S)
    ]
    return tuple(spans)


def make_document(doc_id: str, text: str, published: date | None = None) -> Document:
    """A gold text as the pipeline's input document, with paragraphs and sentences found
    as ingestion finds them (when ingestion is installed)."""
    paragraphs = _paragraphs(text)
    try:
        from newsgraph.ingest.clean import sentence_offsets
    except ImportError:
        sentences: tuple[tuple[int, int], ...] = ()
    else:
        sentences = sentence_offsets(text, paragraphs)
    return Document(
        id=doc_id,
        text=text,
        published=published,
        date_status="found" if published else "unknown",
        paragraphs=paragraphs,
        sentences=sentences,
    )


def ingested_seeds() -> dict[str, Document]:
    """The seed articles as the ingester cleans them, by document id."""
    ingest = _import("newsgraph.ingest", "ingest")
    read_path = getattr(ingest, "read_path", None)
    if read_path is None:
        raise StageUnavailable("ingest", "newsgraph.ingest has no read_path()")
    seeds = Path(config.shared_dir()) / "seeds"
    if not seeds.is_dir():
        raise GoldMissing(f"seed articles not found: {seeds} (set NEWSGRAPH_SHARED)")
    return {d.id: d for d in _documents(read_path(seeds))}


def _documents(items: Iterator[Any]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Document):
            yield item


def sample(items: Sequence[T], limit: int | None) -> list[T]:
    """At most `limit` items spread evenly over the sequence (deterministic, keeps order),
    so a sample of a date-ordered file spans the whole period."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
