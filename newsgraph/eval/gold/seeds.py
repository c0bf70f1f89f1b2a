"""The project's own gold for the seed articles (tests/gold/*.jsonl, see its README).

JSON Lines, one object per line: `kind` (document, mention, place, date, event, figure,
quote), `doc_id`, `start`, `end`, `text` and the kind's own fields. Offsets index the
*ingested* text, so every span is checked against it: a span whose text no longer equals
`text[start:end]` is a failed check (cleaning changed under the gold), never silently
skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.eval.gold._common import GoldMissing
from newsgraph.model import Document

__all__ = [
    "KINDS",
    "SeedItem",
    "find_document",
    "gold_dir",
    "load",
    "offset_errors",
    "parse_lines",
]

KINDS = frozenset({"document", "mention", "place", "date", "event", "figure", "quote"})
_COMMON = ("kind", "doc_id", "start", "end", "text")


@dataclass(frozen=True)
class SeedItem:
    """One gold line: the common fields, and the kind's own fields in `fields`."""

    kind: str
    doc_id: str
    start: int | None
    end: int | None
    text: str | None
    fields: Mapping[str, Any] = field(default_factory=dict)
    line: str = ""  # file:line, for error messages

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


def gold_dir() -> Path:
    """tests/gold/ of the checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "tests" / "gold"


def parse_lines(lines: Iterable[str], source: str) -> list[SeedItem]:
    """Parse JSON Lines; a malformed line or unknown kind is an error naming the line."""
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON ({exc.msg})") from exc
        if obj.get("kind") not in KINDS or "doc_id" not in obj:
            raise ValueError(f"{where}: needs a kind in {sorted(KINDS)} and a doc_id")
        items.append(
            SeedItem(
                kind=obj["kind"],
                doc_id=str(obj["doc_id"]),
                start=obj.get("start"),
                end=obj.get("end"),
                text=obj.get("text"),
                fields={k: v for k, v in obj.items() if k not in _COMMON},
                line=where,
            )
        )
    return items


def load(kinds: Iterable[str] = KINDS, directory: Path | None = None) -> list[SeedItem]:
    """Every gold item of the given kinds from all *.jsonl files in tests/gold/."""
    directory = directory or gold_dir()
    files = sorted(directory.glob("*.jsonl")) if directory.is_dir() else []
    if not files:
        raise GoldMissing(f"no seed gold (*.jsonl) in {directory}")
    wanted = set(kinds)
    items = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            items.extend(i for i in parse_lines(handle, path.name) if i.kind in wanted)
    return items


def find_document(doc_id: str, documents: Mapping[str, Document]) -> Document | None:
    """The ingested document a gold doc_id names: its id, or its source file's name/stem."""
    if doc_id in documents:
        return documents[doc_id]
    for document in documents.values():
        path = Path(document.source_path or "")
        if doc_id in (path.name, path.stem) or document.id.startswith(doc_id):
            return document
    return None


def offset_errors(items: Iterable[SeedItem], documents: Mapping[str, Document]) -> list[str]:
    """One message per span that no longer matches the ingested text (or whose doc is gone)."""
    errors = []
    for item in items:
        if item.start is None or item.end is None or item.text is None:
            continue
        document = find_document(item.doc_id, documents)
        if document is None:
            errors.append(f"{item.line}: no ingested document {item.doc_id!r}")
            continue
        found = document.text[item.start : item.end]
        if found != item.text:
            errors.append(
                f"{item.line}: [{item.start}:{item.end}] is {found!r}, gold {item.text!r}"
            )
    return errors
