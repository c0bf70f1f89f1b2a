"""Read queries over the store, returned as Arrow tables: the CLI, API and notebooks share them."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from newsgraph.model import Document
from newsgraph.store.schema import TABLES

DOCUMENT_LIST_SQL = """
SELECT d.id, d.title, d.authors, d.outlet, d.published, d.date_status,
       length(d.text) AS chars, len(string_split(d.text, ' ')) AS words,
       (SELECT count(*) FROM document_sources s WHERE s.doc_id = d.id) AS sources,
       d.source_path, d.ingested_at
FROM documents d ORDER BY d.published NULLS LAST, d.id
"""


def documents(conn: duckdb.DuckDBPyConnection) -> pa.Table:
    """One row per stored document, with counts; the text itself stays out of the list."""
    return conn.sql(DOCUMENT_LIST_SQL).to_arrow_table()


def table(conn: duckdb.DuckDBPyConnection, name: str, doc_id: str | None = None) -> pa.Table:
    """A whole record table (mentions, places, times, events, ...), optionally for one document."""
    if name not in TABLES and name != "document_sources":
        raise ValueError(f"unknown table {name!r}")
    if doc_id is None:
        return conn.sql(f"SELECT * FROM {name}").to_arrow_table()
    key = "id" if name == "documents" else "doc_id"
    return conn.sql(f"SELECT * FROM {name} WHERE {key} = ?", params=[doc_id]).to_arrow_table()


def find_document_id(conn: duckdb.DuckDBPyConnection, prefix: str) -> list[str]:
    """Ids starting with `prefix`, so users can type a short unambiguous id."""
    rows = conn.execute(
        "SELECT id FROM documents WHERE starts_with(id, ?) ORDER BY id", [prefix]
    ).fetchall()
    return [row[0] for row in rows]


def _from_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def document(conn: duckdb.DuckDBPyConnection, doc_id: str) -> Document | None:
    """The stored `Document`, rebuilt as the data model."""
    cursor = conn.execute("SELECT * FROM documents WHERE id = ?", [doc_id])
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip([d[0] for d in cursor.description], row, strict=True))
    return Document(
        **{
            **values,
            "authors": tuple(_from_json(values["authors"]) or ()),
            "paragraphs": tuple(tuple(p) for p in _from_json(values["paragraphs"]) or ()),
            "sentences": tuple(tuple(s) for s in _from_json(values["sentences"]) or ()),
        }
    )


def sources(conn: duckdb.DuckDBPyConnection, doc_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT source_path FROM document_sources WHERE doc_id = ? ORDER BY first_seen",
        [doc_id],
    ).fetchall()
    return [row[0] for row in rows]


def stats(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts per table and the span of publication dates."""
    counts = {
        name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]  # type: ignore[index]
        for name in (*TABLES, "document_sources")
    }
    first, last, undated, outlets = conn.execute(
        "SELECT min(published), max(published), count(*) FILTER (published IS NULL), "
        "count(DISTINCT outlet) FROM documents"
    ).fetchone()  # type: ignore[misc]
    return {
        **counts,
        "duplicate_sources": counts["document_sources"] - counts["documents"],
        "first_published": _iso(first),
        "last_published": _iso(last),
        "undated_documents": undated,
        "outlets": outlets,
    }


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None
