"""TempEval-3 TimeML: TIMEX3 spans with normalised values, anchored at the document
creation time (DCT). Spans are inline tags, so the text is rebuilt without tags and the
offsets counted on it. Splits (SPLITS.md): TBAQ-cleaned is dev, TE3-Platinum is test."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from newsgraph.eval.gold._common import data_path
from newsgraph.eval.gold.types import Split, TimeDocument, Timex

__all__ = ["load", "parse"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def _dct(raw: str) -> date | None:
    match = _DCT.search(raw)
    try:
        return date.fromisoformat(match.group(1)[:10]) if match else None
    except ValueError:
        return None


def parse(raw: str, doc_id: str, corpus: str) -> TimeDocument:
    """The plain text of `<TEXT>` and its TIMEX3 spans (the DCT is not in the text)."""
    body = _BODY.search(raw)
    source = body.group(1) if body else ""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    position = 0
    for match in _TAG.finditer(source):
        chunk = html.unescape(source[position : match.start()])
        parts.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attrs, selfclosing = match.groups()
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, fields = open_timex
            text = "".join(parts)
            timexes.append(
                Timex(
                    start,
                    length,
                    text[start:length],
                    fields.get("type", ""),
                    fields.get("value", ""),
                )
            )
            open_timex = None
    parts.append(html.unescape(source[position:]))
    return TimeDocument(doc_id, corpus, "".join(parts), _dct(raw), tuple(timexes))


def _files(split: Split) -> list[Path]:
    if split == "dev":
        root = data_path("timebank_tempeval3", "TBAQ-cleaned")
        return sorted(root.glob("*/*.tml"))
    return sorted(data_path("timebank_tempeval3", "te3-platinum").glob("*.tml"))


def load(split: Split) -> list[TimeDocument]:
    """Dev: TBAQ-cleaned (TimeBank and AQUAINT); test: TE3-Platinum."""
    corpus = "TBAQ-cleaned" if split == "dev" else "TE3-Platinum"
    return [
        parse(path.read_text(encoding="utf-8", errors="replace"), path.stem, corpus)
        for path in _files(split)
    ]
