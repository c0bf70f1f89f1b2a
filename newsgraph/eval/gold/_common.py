"""What every gold adapter shares: where the shared data lives, and a clear error when not."""

from __future__ import annotations

from pathlib import Path

from newsgraph import config
from newsgraph.errors import NewsgraphError

__all__ = ["GoldMissing", "data_path"]


class GoldMissing(NewsgraphError):
    """A gold file is not where SPLITS.md puts it (no shared data on this machine)."""


def data_path(*parts: str) -> Path:
    """The path of a file under the shared `data/` folder, checked to exist."""
    path = config.shared_dir().joinpath("data", *parts)
    if not path.exists():
        raise GoldMissing(f"gold data not found: {path} (set NEWSGRAPH_SHARED)")
    return path
