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
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
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
    if out:
        Path(out).write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)


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
