"""The knowledge base: what `newsgraph.open(path)` returns, and what the CLI and API call.

Every query returns an Arrow table, or a pandas/polars DataFrame on request, so notebook
users and the command line see the same results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal

import pyarrow as pa

from newsgraph import config
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest import read_paths
from newsgraph.model import Document, Records
from newsgraph.store import queries
from newsgraph.store.writer import Store, connect

Frame = Literal["arrow", "pandas", "polars"]


@dataclass
class IngestReport:
    """What one ingest did, input by input."""

    stored: list[Document] = field(default_factory=list)
    reprocessed: list[Document] = field(default_factory=list)
    unchanged: list[Document] = field(default_factory=list)
    duplicates: list[Document] = field(default_factory=list)  # same text, new file name
    rejected: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


def as_frame(table: pa.Table, as_: Frame = "arrow") -> Any:
    """An Arrow table as the caller's preferred frame type."""
    if as_ == "arrow":
        return table
    if as_ == "pandas":
        return table.to_pandas()
    if as_ == "polars":
        try:
            import polars
        except ImportError as exc:
            raise NewsgraphError("polars is not installed: pip install polars") from exc
        return polars.from_arrow(table)
    raise ValueError(f"unknown frame type {as_!r}: arrow, pandas or polars")


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class KnowledgeBase:
    """One store, opened for reading and writing (or read-only for concurrent readers)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, read_only: bool = False):
        self.path = config.db_path(path)
        self.read_only = read_only
        self._store = None if read_only else Store(self.path)
        self.conn = connect(self.path, read_only=True) if read_only else self._store.conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]],
        stages: tuple[str, ...] | None = None,
        batch_size: int = config.DEFAULT_BATCH_SIZE,
        progress: Callable[[str], None] | None = None,
        reprocess: bool = False,
    ) -> IngestReport:
        """Read inputs, extract with `stages`, and store each document in its own transaction.

        A document already stored with the same stages is left alone unless `reprocess`
        (after an upgrade of newsgraph or its dictionaries, say)."""
        if self._store is None:
            raise NewsgraphError(f"{self.path}: opened read-only, cannot ingest")
        stages = config.DEFAULT_STAGES if stages is None else stages
        report = IngestReport()
        pending = self._triage(read_paths(paths), stages, report, progress, reprocess)
        for batch in _batches(pending, batch_size):
            self._process(batch, stages, report)
        return report

    def _triage(
        self,
        items: Iterable[Document | InputError],
        stages: tuple[str, ...],
        report: IngestReport,
        progress: Callable[[str], None] | None,
        reprocess: bool,
    ) -> Iterator[Document]:
        """Sort inputs into rejected, unchanged, duplicate and to-process."""
        assert self._store is not None
        seen: set[str] = set()
        for item in items:
            if progress:
                progress(item.source if isinstance(item, InputError) else item.source_path or "")
            if isinstance(item, InputError):
                report.rejected.append(item)
                continue
            known = item.id in seen or self._store.has_document(item.id)
            new_source = self._store.add_source(item.id, item.source_path) if known else False
            if known and item.id in seen:
                report.duplicates.append(item)
            elif known and not reprocess and self._store.processed_with(item.id) == stages:
                (report.duplicates if new_source else report.unchanged).append(item)
            else:
                seen.add(item.id)
                yield item

    def _process(self, batch: list[Document], stages: tuple[str, ...], report: IngestReport):
        assert self._store is not None
        for document, outcome in self._extract(batch, stages):
            if isinstance(outcome, Exception):
                report.rejected.append(
                    InputError(document.source_path or document.id, f"extraction failed: {outcome}")
                )
                continue
            existed = self._store.has_document(document.id)
            self._store.write(outcome, stages, config.model_name() if stages else "")
            (report.reprocessed if existed else report.stored).append(document)

    def _extract(
        self, batch: list[Document], stages: tuple[str, ...]
    ) -> Iterator[tuple[Document, Records | Exception]]:
        """Records for each document; a document that breaks a stage fails alone."""
        if not stages:
            yield from ((document, Records(document=document)) for document in batch)
            return
        from newsgraph.pipeline import process

        nlp = self._nlp(stages)
        try:
            results = list(process(batch, nlp))
        except Exception:  # retry one by one so one bad document does not sink the batch
            for document in batch:
                try:
                    yield document, next(process([document], nlp))
                except Exception as exc:  # noqa: BLE001 - reported per document
                    yield document, exc
            return
        yield from zip(batch, results, strict=True)

    _nlp_cache: dict[tuple[str, ...], Any] = {}

    def _nlp(self, stages: tuple[str, ...]) -> Any:
        if stages not in self._nlp_cache:
            from newsgraph.pipeline import build_nlp

            self._nlp_cache[stages] = build_nlp(stages)
        return self._nlp_cache[stages]

    # -- reading ---------------------------------------------------------------------------
    def documents(self, as_: Frame = "arrow") -> Any:
        """Every stored document: id, title, authors, outlet, date, size, sources."""
        return as_frame(queries.documents(self.conn), as_)

    def table(self, name: str, doc_id: str | None = None, as_: Frame = "arrow") -> Any:
        """A record table (mentions, places, times, events, figures, quotes, actors)."""
        return as_frame(queries.table(self.conn, name, doc_id), as_)

    def records(self, name: str, doc_id: str | None = None) -> list[Any]:
        """A record table as model dataclasses (Mention, Place, TimeExpression, Event, ...)."""
        return queries.records(self.conn, name, doc_id)

    def actors(self, as_: Frame = "arrow") -> Any:
        """Canonical actors with their codes, mention counts, documents and names seen."""
        return as_frame(queries.actors(self.conn), as_)

    def actor(self, name_or_id: str) -> dict[str, Any]:
        """One actor: its record, the names each outlet uses for it, and its mentions."""
        matches = queries.find_actor(self.conn, name_or_id)
        if not matches:
            raise NewsgraphError(f"no actor named or with id {name_or_id!r} in {self.path}")
        if len(matches) > 1:
            raise NewsgraphError(
                f"{name_or_id!r} matches {len(matches)} actors: {', '.join(matches[:8])}"
            )
        record = queries.actor_record(self.conn, matches[0]) or {"id": matches[0]}
        mentions = queries.actor_mentions(self.conn, matches[0]).to_pylist()
        by_outlet: dict[str, set[str]] = {}
        for mention in mentions:
            by_outlet.setdefault(mention["outlet"] or "(unknown outlet)", set()).add(
                mention["text"]
            )
        return {
            **record,
            "names_by_outlet": {k: sorted(v) for k, v in sorted(by_outlet.items())},
            "mentions": mentions,
        }

    def places(self, as_: Frame = "arrow") -> Any:
        """Resolved places with coordinates, country, mentions and documents."""
        return as_frame(queries.places(self.conn), as_)

    def resolve_id(self, doc_id: str) -> str:
        """A full document id from a unique prefix; a clear error otherwise."""
        matches = queries.find_document_id(self.conn, doc_id)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NewsgraphError(f"no document with id {doc_id!r} in {self.path}")
        raise NewsgraphError(f"id prefix {doc_id!r} is ambiguous: {', '.join(matches[:5])}")

    def document(self, doc_id: str) -> Document:
        found = queries.document(self.conn, self.resolve_id(doc_id))
        assert found is not None
        return found

    def sources(self, doc_id: str) -> list[str]:
        return queries.sources(self.conn, self.resolve_id(doc_id))

    def stats(self) -> dict[str, Any]:
        return queries.stats(self.conn)


def open_kb(path: str | os.PathLike[str] | None = None, read_only: bool = False) -> KnowledgeBase:
    """Open (creating if needed) the knowledge base at `path` (default: $NEWSGRAPH_DB or
    ./newsgraph.duckdb)."""
    return KnowledgeBase(path, read_only=read_only)
