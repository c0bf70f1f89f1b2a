"""The project's own gold for the seed articles (tests/gold/*.jsonl, see its README).

JSON Lines, one object per line: `kind` (document, mention, place, date, event, figure,
quote), the document (`doc`: the seed file's stem, or `doc_id`), `text` and the kind's
own fields. A span is given either by `start`/`end` into the *ingested* text, or, as the
seeds gold is written, by `occurrence`: the n-th whole-word occurrence (0-based) of
`text` in the ingested text, so that the gold survives changes to the cleaner. Either
way every span is checked against the ingested text: one that cannot be placed, or whose
offsets no longer cut out its text, is a failed check, never silently skipped.
`dates_own.jsonl` (expressions with an anchor date, no document) is read by `own_dates`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.eval.gold._common import GoldMissing
from newsgraph.model import Document

__all__ = [
    "KINDS",
    "OWN_DATES",
    "OwnDate",
    "SeedItem",
    "anchor",
    "find_document",
    "find_occurrences",
    "gold_dir",
    "load",
    "offset_errors",
    "own_dates",
    "parse_lines",
]

KINDS = frozenset({"document", "mention", "place", "date", "event", "figure", "quote"})
OWN_DATES = "dates_own.jsonl"
_COMMON = ("kind", "doc", "doc_id", "start", "end", "text")


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
        doc_id = obj.get("doc_id", obj.get("doc"))
        if obj.get("kind") not in KINDS or doc_id is None:
            raise ValueError(f"{where}: needs a kind in {sorted(KINDS)} and a doc")
        items.append(
            SeedItem(
                kind=obj["kind"],
                doc_id=str(doc_id),
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
    files = []
    if directory.is_dir():
        files = sorted(p for p in directory.glob("*.jsonl") if p.name != OWN_DATES)
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


def find_occurrences(text: str, needle: str) -> list[int]:
    """Starts of `needle` in `text` as a whole word (no letter or digit just outside)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [match.start() for match in pattern.finditer(text)]


def _place(item: SeedItem, document: Document) -> tuple[int, int] | str:
    """The item's span in the ingested text, or why it cannot be placed."""
    if item.start is not None and item.end is not None:
        found = document.text[item.start : item.end]
        if item.text is not None and found != item.text:
            return f"[{item.start}:{item.end}] is {found!r}, gold {item.text!r}"
        return item.start, item.end
    occurrence = int(item.get("occurrence", 0))
    starts = find_occurrences(document.text, item.text or "")
    if not item.text or occurrence >= len(starts):
        return f"occurrence {occurrence} of {item.text!r} not found ({len(starts)} in text)"
    return starts[occurrence], starts[occurrence] + len(item.text)


def anchor(
    items: Iterable[SeedItem], documents: Mapping[str, Document]
) -> tuple[list[SeedItem], list[str]]:
    """The items with their offsets into the ingested text, and one message per item that
    cannot be placed (such items are left out of the first list). Document lines pass."""
    placed, problems = [], []
    for item in items:
        if item.kind == "document" or item.text is None:
            placed.append(item)
            continue
        document = find_document(item.doc_id, documents)
        span = _place(item, document) if document else f"no ingested document {item.doc_id!r}"
        if isinstance(span, str):
            problems.append(f"{item.line}: {item.kind} {span}")
        else:
            placed.append(replace(item, start=span[0], end=span[1]))
    return placed, problems


def offset_errors(items: Iterable[SeedItem], documents: Mapping[str, Document]) -> list[str]:
    """One message per span that no longer matches the ingested text (or whose doc is gone)."""
    return anchor(items, documents)[1]


@dataclass(frozen=True, slots=True)
class OwnDate:
    """One of the project's own date cases: an expression, its anchor and its value."""

    expression: str
    anchor: date | None
    value: str | None
    precision: str | None
    note: str = ""


def own_dates(directory: Path | None = None) -> list[OwnDate]:
    """tests/gold/dates_own.jsonl: normalisation cases without a document."""
    path = (directory or gold_dir()) / OWN_DATES
    if not path.exists():
        raise GoldMissing(f"no own date cases at {path}")
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(
                OwnDate(
                    expression=row["expression"],
                    anchor=date.fromisoformat(row["anchor"]) if row.get("anchor") else None,
                    value=row.get("value"),
                    precision=row.get("precision"),
                    note=row.get("note", ""),
                )
            )
    return cases
