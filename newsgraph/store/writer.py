"""The single writer: each document and its records land in one transaction.

A process killed mid-batch leaves every committed document intact and nothing of the one
in flight; running the same ingest again completes the batch.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from newsgraph.errors import StoreError
from newsgraph.model import Records
from newsgraph.store.schema import RECORD_FIELDS, TABLES, columns, migrate


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def to_cell(value: Any, kind: str) -> Any:
    """A dataclass field's value as a DuckDB cell: JSON for nested records and lists."""
    if kind != "JSON" or value is None:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    elif isinstance(value, tuple | list):
        value = [
            dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value
        ]
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def to_row(record: Any, table: str) -> list[Any]:
    return [to_cell(getattr(record, name), kind) for name, kind in columns(TABLES[table]).items()]


def connect(path: str | os.PathLike[str], read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating when writable) the DuckDB file at `path`."""
    target = Path(path)
    if read_only and not target.exists():
        raise StoreError(f"{target}: no store here (run `newsgraph ingest` first)")
    try:
        conn = duckdb.connect(str(target), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{target}: cannot open the store ({exc})") from exc
    if not read_only:
        migrate(conn)
    return conn


class Store:
    """Writes `Records` into the store; reads stay in `store.queries`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.conn = connect(path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_document(self, doc_id: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone())

    def processed_with(self, doc_id: str) -> tuple[str, ...] | None:
        """The stages a stored document was processed with (None: never processed)."""
        row = self.conn.execute(
            "SELECT stages FROM processing WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return tuple(json.loads(row[0])) if row else None

    def add_source(self, doc_id: str, source_path: str | None) -> bool:
        """Record another file holding the same text; True if this source is new."""
        if not source_path:
            return False
        inserted = self.conn.execute(
            "INSERT INTO document_sources VALUES (?, ?, now()) ON CONFLICT DO NOTHING "
            "RETURNING doc_id",
            [doc_id, source_path],
        ).fetchall()
        return bool(inserted)

    def write(self, records: Records, stages: Sequence[str] = (), model: str = "") -> None:
        """Store a document and everything extracted from it, replacing earlier extraction."""
        document = records.document
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            self._insert("documents", [document], replace=True)
            self.add_source(document.id, document.source_path)
            for table in RECORD_FIELDS.values():
                conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", [document.id])
            for attribute, table in RECORD_FIELDS.items():
                self._insert(table, getattr(records, attribute))
            self._insert("actors", records.actors, replace=True)
            conn.execute(
                "INSERT OR REPLACE INTO processing VALUES (?, ?, ?, now())",
                [document.id, json.dumps(list(stages)), model],
            )
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise

    def _insert(self, table: str, records: Iterable[Any], replace: bool = False) -> None:
        rows = [to_row(record, table) for record in records]
        if not rows:
            return
        names = ", ".join(f'"{name}"' for name in columns(TABLES[table]))
        marks = ", ".join("?" for _ in columns(TABLES[table]))
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        self.conn.executemany(f"{verb} INTO {table} ({names}) VALUES ({marks})", rows)
