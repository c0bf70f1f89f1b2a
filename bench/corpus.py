"""Real news text for the benchmarks: BBC News articles and Reuters-21578 bodies,
interleaved one to one in a fixed order, so any size is a deterministic prefix."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from itertools import chain, zip_longest
from pathlib import Path

from newsgraph import config

__all__ = ["load_texts", "word_count"]

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _bbc(root: Path) -> Iterator[str]:
    for path in sorted(root.glob("bbc/*/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace").strip()


def _reuters(root: Path) -> Iterator[str]:
    for path in sorted(root.glob("reut2-*.sgm")):
        for body in _BODY.findall(path.read_text(encoding="latin-1")):
            text = html.unescape(body).replace("\x03", "").strip()
            if len(text.split()) >= 50:  # briefs of a line or two are not articles
                yield re.sub(r"\s*\n\s*", " ", text)


def load_texts(n: int, shared: Path | None = None) -> list[str]:
    """The first `n` texts of the interleaved BBC/Reuters sequence."""
    data = (shared or config.shared_dir()) / "data"
    pairs = zip_longest(_bbc(data / "bbc_news"), _reuters(data / "reuters21578"))
    texts = [t for t in chain.from_iterable(pairs) if t]
    if len(texts) < n:
        raise ValueError(f"only {len(texts)} benchmark texts available, {n} asked")
    return texts[:n]


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)
