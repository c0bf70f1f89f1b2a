"""Stable document ids: the same text gives the same id, whatever the file is called."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """NFC, whitespace collapsed, case folded: cosmetic differences do not split a document."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def document_id(text: str) -> str:
    """16 hex digits of SHA-256 over the normalised clean text."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]
