"""Ingest: read articles from files, folders, JSON Lines, HTML pages, feeds and stdin.

`read_paths` yields a `Document` for every article and an `InputError` for every input
that cannot be read, so one bad file never stops a batch.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from newsgraph.config import MAX_INPUT_BYTES
from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.feed import read_feed
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_jsonl
from newsgraph.ingest.text import read_text
from newsgraph.model import Document

__all__ = ["detect_format", "read_bytes", "read_path", "read_paths"]

SKIPPED_NAMES = ("readme", "license", "licence", "changelog")  # folder documentation


def max_input_bytes() -> int:
    return int(os.environ.get("NEWSGRAPH_MAX_INPUT_BYTES", MAX_INPUT_BYTES))


def detect_format(name: str, head: str) -> str:
    """'feed', 'html', 'jsonl' or 'text', by content first and extension second."""
    sniff = head.lstrip()[:2048].lower()
    suffix = Path(name).suffix.lower()
    if sniff.startswith("<?xml") and ("<rss" in sniff or "<feed" in sniff or "<rdf" in sniff):
        return "feed"
    if sniff.startswith(("<rss", "<feed")) or suffix in (".rss", ".atom"):
        return "feed"
    if sniff.startswith(("<!doctype html", "<html")) or suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".jsonl", ".ndjson") or _first_line_is_json_object(sniff):
        return "jsonl"
    return "text"


def _first_line_is_json_object(head: str) -> bool:
    first = head.split("\n", 1)[0].strip()
    if not first.startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return first.endswith("}")


def read_bytes(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Read one input's bytes as whatever format its content shows."""
    try:
        decoded = decode_bytes(data, source, max_input_bytes())
    except InputError as error:
        yield error
        return
    kind = detect_format(source, decoded.text[:4096])
    if kind == "feed":
        items = read_feed(data, source)
    elif kind == "html":
        items = read_html(decoded.text, source)
    elif kind == "jsonl":
        items = read_jsonl(decoded.text, source)
    else:
        items = read_text(decoded.text, source)
    for item in items:
        if decoded.note and isinstance(item, Document):
            item = replace(item, note=decoded.note)
        yield item


def _walk(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and not path.name.lower().startswith(SKIPPED_NAMES)
    )


def read_path(path: str | os.PathLike[str]) -> Iterator[Document | InputError]:
    """A file, a folder (walked recursively) or '-' for standard input."""
    name = os.fspath(path)
    if name == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
        return
    target = Path(name)
    if not target.exists():
        yield InputError(name, "no such file or directory")
        return
    if target.is_dir():
        files = _walk(target)
        if not files:
            yield InputError(name, "directory holds no readable files")
            return
        for file in files:
            yield from read_path(file)
        return
    try:
        data = target.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, name)


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | InputError]:
    for path in paths:
        yield from read_path(path)
