"""Anchor the seeds gold to character offsets in whatever text ingest produces.

The gold is written as surface strings plus which whole-word occurrence of the string in the
cleaned text is meant ("text" + "occurrence"), so it survives changes to the cleaner; the
offsets are derived here, and `check` fails loudly when a row no longer matches. The
whole-word rule is the evaluation harness's own (`newsgraph.eval.gold.seeds`), so the two
can never place a row differently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.eval.gold.seeds import find_occurrences

__all__ = [
    "GOLD_DIR",
    "KINDS",
    "SEED_FILE",
    "AnchorError",
    "anchor",
    "check",
    "find_occurrences",
    "load_gold",
]

GOLD_DIR = Path(__file__).resolve().parent
SEED_FILE = re.compile(r"^\d{3}_[0-9a-f]{16}\.jsonl$")  # one file per seed; other gold sits beside
KINDS = ("document", "mention", "place", "date", "event", "figure", "quote")


class AnchorError(ValueError):
    """Gold rows whose text cannot be found (or no longer matches) in the cleaned text."""


def _locate(row: dict, clean_text: str) -> tuple[int, int] | str:
    """(start, end) of the row's text, or why it cannot be placed."""
    needle = row.get("text")
    if not needle:
        return "no text"
    starts = find_occurrences(clean_text, needle)
    occurrence = row.get("occurrence", 0)
    if occurrence >= len(starts):
        return f"occurrence {occurrence} of {needle!r} not found ({len(starts)} in text)"
    start = starts[occurrence]
    return start, start + len(needle)


def anchor(gold_rows: Iterable[dict], clean_text: str) -> list[dict]:
    """Copies of the rows with `start`/`end` into `clean_text` (document rows unchanged).

    Event rows also get `mentions`: their main span first, then each of `other_mentions`.
    Raises AnchorError naming every row that cannot be placed.
    """
    anchored: list[dict] = []
    problems: list[str] = []
    for row in gold_rows:
        row = dict(row)
        if row["kind"] != "document":
            spans = [_locate(row, clean_text)]
            spans += [_locate(extra, clean_text) for extra in row.get("other_mentions", ())]
            bad = [span for span in spans if isinstance(span, str)]
            if bad:
                problems.append(f"{row['doc']} {row['kind']}: {'; '.join(bad)}")
                continue
            row["start"], row["end"] = spans[0]
            if row["kind"] == "event":
                row["mentions"] = [
                    {"start": s, "end": e, "text": clean_text[s:e]} for s, e in spans
                ]
        anchored.append(row)
    if problems:
        raise AnchorError("\n".join(problems))
    return anchored


def check(anchored_rows: Iterable[dict], clean_text: str) -> list[str]:
    """Rows whose stored `start`/`end` no longer cut their own text out of `clean_text`."""
    problems = []
    for row in anchored_rows:
        if row["kind"] == "document":
            continue
        cut = clean_text[row["start"] : row["end"]]
        if cut != row["text"]:
            problems.append(
                f"{row['doc']} {row['kind']} [{row['start']}:{row['end']}]: "
                f"expected {row['text']!r}, found {cut!r}"
            )
    return problems


def load_gold(path: Path = GOLD_DIR) -> dict[str, list[dict]]:
    """Gold rows by document stem, from one JSON Lines file or every seed file in a folder."""
    files = (
        sorted(f for f in path.glob("*.jsonl") if SEED_FILE.match(f.name))
        if path.is_dir()
        else [path]
    )
    by_doc: dict[str, list[dict]] = {}
    for file in files:
        for row in _read_jsonl(file):
            by_doc.setdefault(row["doc"], []).append(row)
    return by_doc


def _read_jsonl(file: Path) -> Iterator[dict]:
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("kind") not in KINDS:
            raise ValueError(f"{file.name}:{number}: unknown kind {row.get('kind')!r}")
        yield row
