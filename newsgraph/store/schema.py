"""Tables derived from the data model, and the numbered migrations that create them.

Record tables are generated from the `model` dataclasses so the store can never drift
from the data model: scalars become typed columns, nested records become JSON. A field
added to a dataclass later is added to its table as a nullable column on open.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, Literal

import duckdb

from newsgraph import model
from newsgraph.errors import StoreError

TABLES: dict[str, type] = {
    "documents": model.Document,
    "mentions": model.Mention,
    "actors": model.Actor,
    "places": model.Place,
    "times": model.TimeExpression,
    "events": model.Event,
    "figures": model.Figure,
    "quotes": model.Quote,
}
PRIMARY_KEYS = {"documents": "id", "actors": "id", "events": "id"}
RECORD_FIELDS = {  # Records attribute -> table, for the per-document extraction tables
    "mentions": "mentions",
    "places": "places",
    "times": "times",
    "events": "events",
    "figures": "figures",
    "quotes": "quotes",
}
_SCALARS: dict[Any, str] = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    date: "DATE",
    datetime: "TIMESTAMP",
}


def sql_type(annotation: Any) -> str:
    """The DuckDB type of a dataclass field: a scalar type, else JSON."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        present = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return sql_type(present[0]) if len(present) == 1 else "JSON"
    if origin is Literal:
        return "VARCHAR"
    return _SCALARS.get(annotation, "JSON")


@cache
def columns(cls: type) -> dict[str, str]:
    """Column name -> SQL type for a model dataclass, in field order (computed once per
    class: the writer asks for every row it stores)."""
    hints = typing.get_type_hints(cls)
    return {f.name: sql_type(hints[f.name]) for f in dataclasses.fields(cls)}


def create_table_sql(table: str) -> str:
    cols = columns(TABLES[table])
    key = PRIMARY_KEYS.get(table)
    body = ", ".join(
        f'"{name}" {kind}{" PRIMARY KEY" if name == key else ""}' for name, kind in cols.items()
    )
    return f"CREATE TABLE IF NOT EXISTS {table} ({body})"


def _v1_documents(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(create_table_sql("documents"))
    conn.execute(
        "CREATE TABLE IF NOT EXISTS document_sources ("
        "doc_id VARCHAR NOT NULL, source_path VARCHAR NOT NULL, first_seen TIMESTAMP, "
        "PRIMARY KEY (doc_id, source_path))"
    )


def _v2_extractions(conn: duckdb.DuckDBPyConnection) -> None:
    for table in ("actors", *RECORD_FIELDS.values()):
        conn.execute(create_table_sql(table))
    conn.execute(
        "CREATE TABLE IF NOT EXISTS processing ("
        "doc_id VARCHAR PRIMARY KEY, stages JSON, model VARCHAR, processed_at TIMESTAMP)"
    )


MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [_v1_documents, _v2_extractions]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: duckdb.DuckDBPyConnection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)"
    )
    [(version,)] = conn.execute("SELECT max(version) FROM schema_version").fetchall()
    return int(version) if version is not None else 0


def add_missing_columns(conn: duckdb.DuckDBPyConnection) -> None:
    """Additive migration: fields added to the model since the table was made."""
    for table, cls in TABLES.items():
        existing = {
            row[0]
            for row in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                [table],
            ).fetchall()
        }
        for name, kind in columns(cls).items():
            if existing and name not in existing:
                conn.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {kind}')


def migrate(conn: duckdb.DuckDBPyConnection) -> int:
    """Bring the schema to this version in one transaction; return the version."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {version} is newer than this newsgraph ({SCHEMA_VERSION})"
        )
    conn.execute("BEGIN TRANSACTION")
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[number - 1](conn)
            conn.execute("INSERT INTO schema_version VALUES (?, now())", [number])
        add_missing_columns(conn)
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION
