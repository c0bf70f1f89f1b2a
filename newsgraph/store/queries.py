"""Read queries over the store, returned as Arrow tables: the CLI, API and notebooks share them."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from newsgraph.model import Document
from newsgraph.store.schema import TABLES
from newsgraph.store.schema import columns as schema_columns

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
    rows = cursor.fetchall()
    if not rows:
        return None
    values = dict(zip([d[0] for d in cursor.description], rows[0], strict=True))
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
        name: conn.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        for name in (*TABLES, "document_sources")
    }
    [(first, last, undated, outlets)] = conn.execute(
        "SELECT min(published), max(published), count(*) FILTER (published IS NULL), "
        "count(DISTINCT outlet) FROM documents"
    ).fetchall()
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


ACTORS_SQL = """
SELECT a.id, a.name, a.type, a.code, a.country, a.origin,
       coalesce(count(m.doc_id), 0) AS mentions,
       coalesce(list(DISTINCT m.doc_id ORDER BY m.doc_id) FILTER (m.doc_id IS NOT NULL), [])
           AS documents,
       coalesce(list(DISTINCT m.text ORDER BY m.text) FILTER (m.text IS NOT NULL), [])
           AS names_seen,
       a.aliases
FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id
GROUP BY ALL
HAVING count(m.doc_id) > 0
ORDER BY mentions DESC, a.name
"""


def actors(conn: duckdb.DuckDBPyConnection) -> pa.Table:
    """Canonical actors mentioned in the store, with mention and document counts."""
    return conn.sql(ACTORS_SQL).to_arrow_table()


def find_actor(conn: duckdb.DuckDBPyConnection, name_or_id: str) -> list[str]:
    """Actor ids matching an id, a canonical name or any alias or mention text, exactly."""
    rows = conn.execute(
        """
        SELECT DISTINCT a.id FROM actors a
        WHERE a.id = $q OR lower(a.name) = lower($q)
           OR list_contains(
               list_transform(CAST(a.aliases AS VARCHAR[]), lambda x: lower(x)), lower($q))
        UNION
        SELECT DISTINCT actor_id FROM mentions WHERE lower(text) = lower($q)
            AND actor_id IS NOT NULL
        """,
        {"q": name_or_id},
    ).fetchall()
    return sorted(row[0] for row in rows)


SENTENCE_SQL = """substr(d.text,
    CAST(json_extract(d.sentences, '$[' || {i} || '][0]') AS BIGINT) + 1,
    CAST(json_extract(d.sentences, '$[' || {i} || '][1]') AS BIGINT)
    - CAST(json_extract(d.sentences, '$[' || {i} || '][0]') AS BIGINT))"""


def actor_mentions(conn: duckdb.DuckDBPyConnection, actor_id: str) -> pa.Table:
    """Every mention of an actor, with its document's outlet and date and its sentence."""
    sentence = SENTENCE_SQL.format(i="m.sentence")
    return conn.sql(
        f"""
        SELECT m.doc_id, m.start, m."end", m.text, m.label, m.role, m.confidence,
               d.outlet, d.published, {sentence} AS sentence
        FROM mentions m JOIN documents d ON d.id = m.doc_id
        WHERE m.actor_id = $id
        ORDER BY d.published NULLS LAST, m.doc_id, m.start
        """,
        params={"id": actor_id},
    ).to_arrow_table()


def actor_record(conn: duckdb.DuckDBPyConnection, actor_id: str) -> dict[str, Any] | None:
    cursor = conn.execute("SELECT * FROM actors WHERE id = ?", [actor_id])
    rows = cursor.fetchall()
    if not rows:
        return None
    values = dict(zip([d[0] for d in cursor.description], rows[0], strict=True))
    return {key: _from_json(value) if key in ("aliases", "roles", "affiliations") else value
            for key, value in values.items()}


PLACES_SQL = """
SELECT coalesce(CAST(geonameid AS VARCHAR), name, text) AS key,
       any_value(name) AS name, any_value(country_code) AS country_code,
       any_value(admin1) AS admin1, any_value(geonameid) AS geonameid,
       any_value(lat) AS lat, any_value(lon) AS lon, any_value(feature) AS feature,
       max(radius_km) AS radius_km,
       count(*) AS mentions, list(DISTINCT doc_id ORDER BY doc_id) AS documents,
       list(DISTINCT text ORDER BY text) AS names_seen
FROM places
WHERE role = 'place' AND lat IS NOT NULL
GROUP BY key
ORDER BY mentions DESC, name
"""


def places(conn: duckdb.DuckDBPyConnection) -> pa.Table:
    """Resolved places (not capitals used as governments), grouped across mentions."""
    return conn.sql(PLACES_SQL).to_arrow_table()


def _revive(annotation: Any, value: Any) -> Any:
    """A JSON cell back into the model type its field declares (dataclass, tuple, date)."""
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _revive(present[0], value) if len(present) == 1 else value
    if origin is tuple:
        inner = typing.get_args(annotation)[0]
        return tuple(_revive(inner, v) for v in value)
    if dataclasses.is_dataclass(annotation):
        hints = typing.get_type_hints(annotation)
        return annotation(**{k: _revive(hints[k], v) for k, v in value.items() if k in hints})
    if annotation is date and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def records(conn: duckdb.DuckDBPyConnection, name: str, doc_id: str | None = None) -> list[Any]:
    """Rows of a record table rebuilt as the model's dataclasses, for exporters and eval."""
    cls = TABLES[name]
    hints = typing.get_type_hints(cls)
    rows = table(conn, name, doc_id).to_pylist()
    return [
        cls(**{key: _revive(hints[key], _from_json(value) if isinstance(value, str)
                            and schema_columns(cls)[key] == "JSON" else value)
               for key, value in row.items() if key in hints})
        for row in rows
    ]
