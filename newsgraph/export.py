"""Write a store table to JSON Lines, CSV or Parquet: `newsgraph export KIND --format F`."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv
import pyarrow.parquet

from newsgraph.store.schema import TABLES, columns

FORMATS = ("jsonl", "csv", "parquet")
KINDS = {  # export kind -> store table
    "documents": "documents",
    "mentions": "mentions",
    "actors": "actors",
    "places": "places",
    "dates": "times",
    "events": "events",
    "figures": "figures",
    "quotes": "quotes",
}


def _json_columns(kind: str) -> list[str]:
    return [name for name, sql in columns(TABLES[kind]).items() if sql == "JSON"]


def rows(table: pa.Table, kind: str) -> list[dict[str, Any]]:
    """Rows as dicts with JSON columns parsed back into lists and objects."""
    parsed = _json_columns(kind) if kind in TABLES else []
    out = table.to_pylist()
    for row in out:
        for name in parsed:
            if isinstance(row.get(name), str):
                row[name] = json.loads(row[name])
    return out


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def write_jsonl(records: list[dict[str, Any]], stream: IO[str]) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False, default=_default) + "\n")


def write_table(table: pa.Table, kind: str, fmt: str, out: str | None) -> None:
    """Write `table` to the file `out` (stdout when None; Parquet needs a file)."""
    if fmt not in FORMATS:
        raise ValueError(f"{kind} cannot be exported as {fmt!r}: use {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not out:
            raise ValueError("parquet is binary: give --out FILE")
        pyarrow.parquet.write_table(table, out)
        return
    if fmt == "jsonl":
        text = io.StringIO()
        write_jsonl(rows(table, kind), text)
        data = text.getvalue()
    else:
        buffer = io.BytesIO()
        pyarrow.csv.write_csv(_flatten(table), buffer)
        data = buffer.getvalue().decode("utf-8")
    write_text(data, out)


def _flatten(table: pa.Table) -> pa.Table:
    """CSV cannot hold lists or structs: write those cells as JSON text."""
    arrays = []
    for column in table.columns:
        if pa.types.is_nested(column.type):
            values = [
                None if v is None else json.dumps(v, default=_default, ensure_ascii=False)
                for v in column.to_pylist()
            ]
            arrays.append(pa.array(values, pa.string()))
        else:
            arrays.append(column)
    return pa.table(arrays, names=table.column_names)


def write_text(data: str, out: str | None) -> None:
    if out:
        Path(out).write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)


SPECIAL_FORMATS = {"places": ("geojson",), "events": ("acled-csv", "geojson")}
ALL_FORMATS = (*FORMATS, "geojson", "acled-csv")


def product_rows(kb: Any, kind: str) -> list[dict[str, Any]] | None:
    """The documented line format of a kind (dates, events, figures, quotes, actors);
    None where the stored table itself is the product."""
    if kind == "actors":
        return rows(kb.actors(), "actors")
    if kind == "dates":
        from newsgraph.time import dates_table

        return dates_table(kb.records("times"))
    if kind in ("events", "figures", "quotes"):
        from newsgraph.events import export as events_export

        convert = {
            "events": events_export.to_jsonl_dict,
            "figures": events_export.figure_to_jsonl_dict,
            "quotes": events_export.quote_to_jsonl_dict,
        }[kind]
        return [convert(record) for record in kb.records(kind)]
    return None


def export(kb: Any, kind: str, fmt: str, out: str | None) -> int:
    """Write one kind in one format to `out` (stdout when None); return the record count."""
    if fmt in ("geojson", "acled-csv"):
        if fmt not in SPECIAL_FORMATS.get(kind, ()):
            raise ValueError(f"{kind} cannot be exported as {fmt!r}")
        return _export_special(kb, kind, fmt, out)
    product = product_rows(kb, kind)
    if product is None:
        table = kb.table(KINDS[kind])
        write_table(table, kind, fmt, out)
        return table.num_rows
    if fmt == "jsonl":
        text = io.StringIO()
        write_jsonl(product, text)
        write_text(text.getvalue(), out)
    elif fmt == "csv":
        write_text(_csv_text([flatten(row) for row in product]), out)
    else:
        write_table(pa.Table.from_pylist(product), kind, fmt, out)
    return len(product)


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """A CSV row: nested objects as dotted columns (source.name), lists as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{sub}": inner for sub, inner in value.items()})
        elif isinstance(value, list | tuple):
            flat[key] = json.dumps(value, ensure_ascii=False, default=_default)
        else:
            flat[key] = value
    return flat


def _csv_text(flat_rows: list[dict[str, Any]]) -> str:
    import csv

    names: dict[str, None] = {}
    for row in flat_rows:
        names.update(dict.fromkeys(row))
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(names))
    writer.writeheader()
    writer.writerows(flat_rows)
    return text.getvalue()


def _export_special(kb: Any, kind: str, fmt: str, out: str | None) -> int:
    if kind == "places":
        from newsgraph.places import to_geojson as places_geojson

        collection = places_geojson(kb.records("places"))
    elif fmt == "geojson":
        from newsgraph.events.export import to_geojson as events_geojson

        collection = events_geojson(kb.records("events"))
    else:
        from newsgraph.events.acled import to_acled_rows, write_acled_csv

        documents = {d.id: d for d in map(kb.document, kb.documents().column("id").to_pylist())}
        actors = {a.id: a for a in kb.records("actors")}
        acled_rows = to_acled_rows(kb.records("events"), documents, actors)
        text = io.StringIO()
        write_acled_csv(acled_rows, text)
        write_text(text.getvalue(), out)
        return len(acled_rows)
    write_text(json.dumps(collection, ensure_ascii=False, default=_default) + "\n", out)
    return len(collection["features"])
