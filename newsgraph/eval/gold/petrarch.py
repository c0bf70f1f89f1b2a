"""PETRARCH gold: sentences with CAMEO source, target and event codes.

`PETR.UnitTest.records.xml` (stylised functional cases, dev) is well-formed;
`PETR2_GSR_validation.xml` (real AFP sentences, test) is not (self-closed `<Sentence/>`
later closed again, `#` lines outside comments), so both are read by one tolerant
reader: comments dropped, then each record cut from one `<Sentence` to the next.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime

from newsgraph.eval.gold._common import data_path
from newsgraph.eval.gold.types import CodedSentence, Coding, Split

__all__ = ["FILES", "load", "parse"]

FILES = {"dev": "PETR.UnitTest.records.xml", "test": "PETR2_GSR_validation.xml"}
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ATTR = re.compile(r'([\w-]+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _attrs(tag: str) -> dict[str, str]:
    return {key: value for key, value in _ATTR.findall(tag)}


def _date(value: str | None) -> date | None:
    try:
        return datetime.strptime(value or "", "%Y%m%d").date()
    except ValueError:
        return None


def parse(raw: str, corpus: str) -> list[CodedSentence]:
    """Every `<Sentence>` record of a PETRARCH validation file, in file order."""
    sentences = []
    for chunk in re.split(r"(?=<Sentence\b)", _COMMENT.sub("", raw))[1:]:
        head = _attrs(chunk[: chunk.index(">")])
        text = _TEXT.search(chunk)
        if text is None:
            continue
        codings = []
        for tag in _CODING.findall(chunk):
            attrs = _attrs(tag)
            if attrs.get("noevents", "").lower() == "true" or "eventcode" not in attrs:
                continue
            codings.append(
                Coding(
                    source=(attrs.get("sourcecode", ""),),
                    target=(attrs.get("targetcode", ""),),
                    cameo=attrs["eventcode"],
                )
            )
        sentences.append(
            CodedSentence(
                id=head.get("id", f"{corpus}-{len(sentences)}"),
                corpus=corpus,
                text=" ".join(html.unescape(text.group(1)).split()),
                published=_date(head.get("date")),
                codings=tuple(codings),
                category=head.get("category"),
            )
        )
    return sentences


def load(split: Split) -> list[CodedSentence]:
    """Dev: the unit-test records; test: the GSR validation records (SPLITS.md)."""
    name = FILES[split]
    path = data_path("petrarch", "validation", name)
    return parse(path.read_text(encoding="utf-8", errors="replace"), name.split(".")[0])
