"""PolNeAR attribution gold: content (what was said), cue and source (speaker) spans.

BRAT standoff over the article text. Articles annotated by several people (for agreement)
count once: the first annotation file in file-name order. Splits: PolNeAR's own dev and
test folders (SPLITS.md). Relations without content are skipped (nothing to match).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from newsgraph.eval.gold._common import data_path
from newsgraph.eval.gold.types import Attribution, QuoteDocument, Split

__all__ = ["load", "parse_ann"]

_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
Spans = tuple[tuple[int, int], ...]


def _spans(field: str) -> Spans:
    return tuple(
        (int(start), int(end)) for start, end in (part.split() for part in field.split(";"))
    )


def parse_ann(ann: str) -> tuple[Attribution, ...]:
    """The attribution relations (E lines) of one BRAT file, with their role spans."""
    spans: dict[str, Spans] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = _spans(offsets)
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split()))
    attributions = []
    for relation in relations:
        if relation.get("Content") not in spans:
            continue
        attributions.append(
            Attribution(
                content=spans[relation["Content"]],
                cue=spans.get(relation.get("Cue", ""), ()),
                source=spans.get(relation.get("Source", ""), ()),
            )
        )
    return tuple(sorted(attributions, key=lambda a: a.content_span))


def _published(stem: str) -> date | None:
    match = _DATE.search(stem)
    return date.fromisoformat(match.group(1)) if match else None


def load(split: Split) -> list[QuoteDocument]:
    """One document per article of PolNeAR's `split` folder, in file-name order."""
    root = data_path("polnear_quotes", split)
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [
        QuoteDocument(
            doc_id=stem,
            corpus="PolNeAR",
            text=(root / "text" / f"{stem}.txt").read_text(encoding="utf-8"),
            published=_published(stem),
            attributions=parse_ann(ann.read_text(encoding="utf-8")),
        )
        for stem, ann in chosen.items()
    ]
