"""Bytes to text: refuse what is not text, decode what is, and say how."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.errors import InputError

_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the input was not UTF-8


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, source: str, max_bytes: int) -> Decoded:
    """Decode an input's bytes, refusing empty, oversized and binary inputs by name."""
    if not data.strip():
        raise InputError(source, "empty input: no text to ingest")
    if len(data) > max_bytes:
        raise InputError(
            source,
            f"input is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for "
            "one article (split it, or raise NEWSGRAPH_MAX_INPUT_BYTES)",
        )
    if looks_binary(data):
        raise InputError(source, "binary content: not a text, HTML, JSON Lines or feed file")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(
            text,
            encoding,
            f"not valid UTF-8 (byte {utf8_error.start}); decoded as {encoding}",
        )
    raise InputError(source, "not valid UTF-8, cp1252 or latin-1 text")  # pragma: no cover
