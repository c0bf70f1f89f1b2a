"""Plain-text tables for the terminal: the CLI's only formatting code."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any


def cell(value: Any, width: int = 60) -> str:
    if value is None:
        return "-"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def text_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int = 60) -> str:
    """Left-aligned columns with a header rule; long cells are cut with an ellipsis."""
    cells = [[cell(row.get(c), width) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)
